#include "corpus/textdecoder.h"

#include <QStringDecoder>
#include <QUtf8StringView>

#include <algorithm>
#include <array>

namespace Recoupe {

namespace {

using namespace Qt::StringLiterals;

bool startsWith(QByteArrayView bytes, QByteArrayView prefix)
{
    return bytes.size() >= prefix.size() && bytes.first(prefix.size()) == prefix;
}

// Binary files almost always hold NUL bytes; the rare ones that do not (some old formats) show
// many C0 control characters, which text only uses for layout (tab, newlines, form feed) or,
// once in a while, as a stray escape or DOS end-of-file mark. Only the start is sampled.
bool looksBinary(QByteArrayView bytes)
{
    if (bytes.contains('\0'))
        return true;
    const QByteArrayView sample = bytes.first(std::min<qsizetype>(bytes.size(), 8192));
    const qsizetype controls = std::count_if(sample.begin(), sample.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f' && u != '\v') || u == 0x7F;
    });
    return controls > 8 && controls * 20 > sample.size(); // more than 5 %
}

DecodedText decodeUtf16(QByteArrayView bytes, QStringDecoder::Encoding encoding, const QString &name)
{
    DecodedText decoded;
    decoded.encoding = name;
    if (bytes.size() % 2 != 0) {
        decoded.problem = DecodedText::Problem::Undecodable;
        return decoded;
    }
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    decoded.text = decoder.decode(bytes);
    // Qt's UTF-16 decoder passes unpaired surrogates through; they are not text.
    if (decoder.hasError() || !decoded.text.isValidUtf16()) {
        decoded.problem = DecodedText::Problem::Undecodable;
        decoded.text.clear();
    } else if (decoded.text.contains(QChar(u'\0'))) {
        decoded.problem = DecodedText::Problem::Binary;
        decoded.text.clear();
    }
    return decoded;
}

} // namespace

bool TextDecoder::isUndefinedInWindows1252(char byte)
{
    const auto u = static_cast<unsigned char>(byte);
    return u == 0x81 || u == 0x8D || u == 0x8F || u == 0x90 || u == 0x9D;
}

QString TextDecoder::decodeWindows1252Table(QByteArrayView bytes)
{
    // 0x80-0x9F; the undefined bytes map to the C1 control of the same value, as ICU and
    // the WHATWG encoding standard do.
    static constexpr std::array<char16_t, 32> high = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    };
    QString text = QString::fromLatin1(bytes);
    for (QChar &c : text) {
        if (c.unicode() >= 0x80 && c.unicode() <= 0x9F)
            c = QChar(high[c.unicode() - 0x80]);
    }
    return text;
}

DecodedText TextDecoder::decode(QByteArrayView bytes)
{
    if (startsWith(bytes, "\xFF\xFE"))
        return decodeUtf16(bytes.sliced(2), QStringDecoder::Utf16LE, u"UTF-16LE"_s);
    if (startsWith(bytes, "\xFE\xFF"))
        return decodeUtf16(bytes.sliced(2), QStringDecoder::Utf16BE, u"UTF-16BE"_s);

    DecodedText decoded;
    if (looksBinary(bytes)) {
        decoded.problem = DecodedText::Problem::Binary;
        return decoded;
    }

    const bool bom = startsWith(bytes, "\xEF\xBB\xBF");
    const QByteArrayView body = bom ? bytes.sliced(3) : bytes;
    if (QUtf8StringView(body.data(), body.size()).isValidUtf8()) {
        decoded.text = QString::fromUtf8(body);
        decoded.encoding = bom ? u"UTF-8 (BOM)"_s : u"UTF-8"_s;
        decoded.utf8Offset = bom ? 3 : 0;
        return decoded;
    }
    if (bom) {
        // The file says it is UTF-8 and is not: guessing another encoding would contradict it.
        decoded.encoding = u"UTF-8 (BOM)"_s;
        decoded.problem = DecodedText::Problem::Undecodable;
        return decoded;
    }

    decoded.encoding = u"windows-1252"_s;
    if (std::any_of(body.begin(), body.end(), &TextDecoder::isUndefinedInWindows1252)) {
        decoded.problem = DecodedText::Problem::Undecodable;
        return decoded;
    }
    QStringDecoder decoder("windows-1252", QStringDecoder::Flag::Stateless);
    decoded.text = decoder.isValid() ? decoder.decode(body) : decodeWindows1252Table(body);
    return decoded;
}

} // namespace Recoupe
