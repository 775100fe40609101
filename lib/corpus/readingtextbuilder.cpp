#include "corpus/readingtextbuilder.h"

#include <algorithm>

namespace Recoupe {

namespace {

constexpr bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

} // namespace

void ReadingTextBuilder::flushSeparator()
{
    if (m_pending == Separator::None)
        return;
    if (m_text.isEmpty()) {
        m_pending = Separator::None;
        return;
    }
    switch (m_pending) {
    case Separator::None:
        break;
    case Separator::Space:
        if (!isAsciiSpace(m_text.back()))
            m_text.append(' ');
        break;
    case Separator::Cell:
        while (!m_text.isEmpty() && (m_text.back() == ' '))
            m_text.chop(1);
        m_text.append('\t');
        break;
    case Separator::Line:
    case Separator::Paragraph:
        // Preserved text (a code block) ends with its own newline: do not add to it.
        while (!m_text.isEmpty() && isAsciiSpace(m_text.back()))
            m_text.chop(1);
        m_text.append(m_pending == Separator::Line ? QByteArrayView("\n") : QByteArrayView("\n\n"));
        break;
    }
    m_pending = Separator::None;
}

void ReadingTextBuilder::appendText(QByteArrayView utf8, Whitespace whitespace)
{
    if (utf8.isEmpty())
        return;
    if (whitespace == Whitespace::Preserve) {
        flushSeparator();
        m_text.append(utf8);
        return;
    }
    const char *p = utf8.data();
    const char *const end = p + utf8.size();
    while (p < end) {
        if (isAsciiSpace(*p)) {
            raise(Separator::Space);
            ++p;
            continue;
        }
        const char *wordEnd = p;
        while (wordEnd < end && !isAsciiSpace(*wordEnd))
            ++wordEnd;
        flushSeparator();
        m_text.append(p, wordEnd - p);
        p = wordEnd;
    }
}

QString ReadingTextBuilder::toString() const
{
    QString text = QString::fromUtf8(m_text);
    // All four are above U+00AC: one cheap scan tells whether anything needs removing.
    const auto invisible = [](QChar c) {
        const char16_t u = c.unicode();
        return u == 0x00AD || u == 0x200B || u == 0x2060 || u == 0xFEFF;
    };
    if (std::any_of(text.cbegin(), text.cend(), invisible))
        text.removeIf(invisible);
    return text;
}

} // namespace Recoupe
