#pragma once

#include <QByteArrayView>
#include <QString>

namespace Recoupe {

// The text of a file and the encoding it was written in.
struct DecodedText {
    enum class Problem {
        None,
        Binary,       // NUL or control bytes: not a text file
        Undecodable,  // claims an encoding (BOM) it does not follow, or is neither UTF-8 nor Windows-1252
    };

    QString text;          // BOM removed; line ends as in the file
    QString encoding;      // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "windows-1252"
    Problem problem = Problem::None;
    // When the file is UTF-8, where its text starts in the bytes (after the BOM), so that markup
    // parsers, which want UTF-8, can be given the bytes as they are; -1 otherwise.
    qsizetype utf8Offset = -1;

    bool isValid() const { return problem == Problem::None; }
    bool operator==(const DecodedText &) const = default;
};

// Decides how the bytes of an article are encoded, without any declaration to go by: a BOM
// (UTF-8, UTF-16LE/BE) is trusted; otherwise valid UTF-8 is UTF-8 and anything else is read as
// Windows-1252, the encoding of most older Western European text that is not UTF-8 (it is a
// superset of the printable ISO-8859-1).
class TextDecoder
{
public:
    static DecodedText decode(QByteArrayView bytes);

    // Windows-1252 without ICU: ISO-8859-1 plus the 27 characters that 1252 puts in 0x80-0x9F.
    // Used when QStringDecoder does not know "windows-1252" (a Qt built without ICU).
    static QString decodeWindows1252Table(QByteArrayView bytes);

    // The five bytes that Windows-1252 leaves undefined: text that has them is in another
    // encoding (Shift-JIS, GBK...), and reading it as 1252 would only give garbage.
    static bool isUndefinedInWindows1252(char byte);
};

} // namespace Recoupe
