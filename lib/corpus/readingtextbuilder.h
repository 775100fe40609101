#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Recoupe {

// Builds a reading text from markup events: runs of text, word, cell, line and paragraph
// boundaries. Markup parsers (gumbo, md4c) hand out UTF-8 pieces; they are kept as UTF-8 and
// converted once at the end, which is much cheaper than one QString per piece.
//
// Separators are lazy: a boundary only becomes characters when more text follows, so the text
// never starts or ends with whitespace and blank paragraphs vanish; the strongest pending
// boundary wins (a paragraph break swallows a space).
class ReadingTextBuilder
{
public:
    enum class Whitespace {
        Collapse, // HTML flow text: any run of ASCII whitespace is one space
        Preserve, // <pre>, code blocks: kept as written
    };

    void reserve(qsizetype bytes) { m_text.reserve(bytes); }

    void appendText(QByteArrayView utf8, Whitespace whitespace = Whitespace::Collapse);
    void addSpace() { raise(Separator::Space); }
    // Between table cells: a tab, so that "12" and "500" in two cells never read as "12 500".
    void addCellBreak() { raise(Separator::Cell); }
    void addLineBreak() { raise(Separator::Line); }
    void addParagraphBreak() { raise(Separator::Paragraph); }

    bool isEmpty() const { return m_text.isEmpty(); }
    const QByteArray &utf8() const { return m_text; }
    // The text, without the invisible characters that markup uses for layout (soft hyphen,
    // zero-width space and joiner, BOM), which would split the words and numbers they sit in.
    QString toString() const;

private:
    enum class Separator { None, Space, Cell, Line, Paragraph };
    void raise(Separator separator)
    {
        if (separator > m_pending)
            m_pending = separator;
    }
    void flushSeparator();

    QByteArray m_text;
    Separator m_pending = Separator::None;
};

} // namespace Recoupe
