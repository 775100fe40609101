#include "corpus/textdecoder.h"

#include <QStringDecoder>
#include <QTest>

using namespace Recoupe;
using namespace Qt::StringLiterals;

namespace {

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray bytes = littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xFF);
        bytes.append(littleEndian ? low : high);
        bytes.append(littleEndian ? high : low);
    }
    return bytes;
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("problem");

        const int none = int(DecodedText::Problem::None);
        const int binary = int(DecodedText::Problem::Binary);
        const int undecodable = int(DecodedText::Problem::Undecodable);
        const QString french = u"Dépenses d’investissement : 62 milliards d’€, « record »"_s;

        QTest::newRow("ascii") << QByteArray("Capex rose by 12 %.\n") << u"UTF-8"_s << u"Capex rose by 12 %.\n"_s << none;
        QTest::newRow("utf-8") << french.toUtf8() << u"UTF-8"_s << french << none;
        QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF") + french.toUtf8() << u"UTF-8 (BOM)"_s << french << none;
        QTest::newRow("utf-16le") << utf16(french, true) << u"UTF-16LE"_s << french << none;
        QTest::newRow("utf-16be") << utf16(french, false) << u"UTF-16BE"_s << french << none;
        QTest::newRow("utf-16 surrogate pair") << utf16(u"GPU \U0001F4C8"_s, true) << u"UTF-16LE"_s << u"GPU \U0001F4C8"_s << none;
        // é ’ € « » in Windows-1252: E9 92 80 AB BB
        QTest::newRow("windows-1252")
            << QByteArray("D\xE9penses d\x92investissement : 62 milliards d\x92\x80, \xAB record \xBB")
            << u"windows-1252"_s << french << none;
        QTest::newRow("windows-1252 quotes and dashes")
            << QByteArray("\x93Hausse\x94 \x96 \x9C""uvre \x85") << u"windows-1252"_s << u"“Hausse” – œuvre …"_s << none;
        QTest::newRow("latin-1 letters read as 1252") << QByteArray("caf\xE9 cr\xE8me") << u"windows-1252"_s << u"café crème"_s << none;
        QTest::newRow("truncated utf-8 is 1252") << QByteArray("milliards \xE2\x82") << u"windows-1252"_s << u"milliards \u00E2\u201A"_s << none;

        QTest::newRow("utf-8 BOM then invalid") << QByteArray("\xEF\xBB\xBFok \xE9t\xE9") << u"UTF-8 (BOM)"_s << QString() << undecodable;
        QTest::newRow("undefined in 1252") << QByteArray("text \x81\x8D here") << u"windows-1252"_s << QString() << undecodable;
        QTest::newRow("utf-16 odd length") << QByteArray("\xFF\xFE" "a\0b", 5) << u"UTF-16LE"_s << QString() << undecodable;
        QTest::newRow("utf-16 lone surrogate") << QByteArray("\xFF\xFE" "\x00\xD8" "a\0", 6) << u"UTF-16LE"_s << QString() << undecodable;
        QTest::newRow("NUL bytes") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << QString() << QString() << binary;
        QTest::newRow("utf-16 without BOM") << utf16(u"Revenue"_s, true).sliced(2) << QString() << QString() << binary;
        QTest::newRow("control bytes") << QByteArray(200, '\x01') + QByteArray("text") << QString() << QString() << binary;
        QTest::newRow("utf-16 holding NUL") << utf16(u"a\0b"_s, true) << u"UTF-16LE"_s << QString() << binary;
        QTest::newRow("a stray escape is text") << QByteArray("Title\x1B\nBody\n") << u"UTF-8"_s << u"Title\x1B\nBody\n"_s << none;
    }

    void decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, text);
        QFETCH(int, problem);

        const DecodedText decoded = TextDecoder::decode(bytes);
        QCOMPARE(int(decoded.problem), problem);
        if (problem != int(DecodedText::Problem::Binary))
            QCOMPARE(decoded.encoding, encoding);
        QCOMPARE(decoded.text, text);
        if (decoded.isValid() && encoding.startsWith(u"UTF-8"_s))
            QCOMPARE(QString::fromUtf8(bytes.sliced(decoded.utf8Offset)), text);
        else
            QCOMPARE(decoded.utf8Offset, -1);
    }

    // The table used without ICU must agree with ICU on every byte it defines.
    void windows1252TableMatchesQt()
    {
        QStringDecoder icu("windows-1252");
        if (!icu.isValid())
            QSKIP("this Qt has no Windows-1252 decoder (built without ICU): only the table is in use");
        QByteArray all;
        for (int byte = 1; byte < 256; ++byte) {
            if (!TextDecoder::isUndefinedInWindows1252(char(byte)))
                all.append(char(byte));
        }
        const QString fromIcu = icu.decode(all);
        QVERIFY(!icu.hasError());
        QCOMPARE(TextDecoder::decodeWindows1252Table(all), fromIcu);
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
