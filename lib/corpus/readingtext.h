#pragma once

#include <QByteArray>
#include <QString>

namespace Recoupe {

// A document's reading text, held as UTF-8 and handed out as QString. News text is nearly all
// ASCII, so UTF-8 halves what a folder keeps in memory for as long as it is open (10,000 articles:
// 33 MB instead of 65 MB of UTF-16). Offsets everywhere stay QString (UTF-16) offsets: size() and
// mid() count in UTF-16 code units, as toString() would. The text is valid UTF-16 (TextDecoder
// rejects the rest), so the round trip through UTF-8 is exact.
//
// toString() decodes on each call: code that reads a text several times decodes it once.
class ReadingText
{
public:
    ReadingText() = default;
    ReadingText(const QString &text); // implicit: a text is assigned from a QString like any string
    ReadingText &operator=(const QString &text);

    QString toString() const;
    QByteArray toUtf8() const { return m_utf8; }

    qsizetype size() const { return m_size; } // in UTF-16 code units
    bool isEmpty() const { return m_size == 0; }
    // The UTF-16 range [position, position + n) as toString().mid() gives it; n < 0 for the rest.
    QString mid(qsizetype position, qsizetype n = -1) const;
    void clear();

    bool operator==(const ReadingText &other) const { return m_utf8 == other.m_utf8; }

private:
    QByteArray m_utf8;
    qsizetype m_size = 0;
    bool m_ascii = true; // then UTF-8 and UTF-16 offsets are the same, and mid() decodes only the range
};

} // namespace Recoupe
