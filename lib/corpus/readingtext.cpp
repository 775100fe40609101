#include "corpus/readingtext.h"

using namespace Qt::StringLiterals;

namespace Recoupe {

ReadingText::ReadingText(const QString &text)
{
    *this = text;
}

ReadingText &ReadingText::operator=(const QString &text)
{
    m_utf8 = text.toUtf8();
    m_utf8.squeeze(); // toUtf8() reserves three bytes a character: the text is kept for the folder's life
    m_size = text.size();
    m_ascii = m_utf8.size() == m_size;
    return *this;
}

QString ReadingText::toString() const
{
    return m_ascii ? QString::fromLatin1(m_utf8) : QString::fromUtf8(m_utf8);
}

QString ReadingText::mid(qsizetype position, qsizetype n) const
{
    if (!m_ascii || position < 0)
        return toString().mid(position, n);
    if (position >= m_size)
        return position == m_size ? QString(u""_s) : QString();
    const QByteArrayView bytes(m_utf8);
    return QString::fromLatin1(bytes.sliced(position, n < 0 || position + n > m_size ? m_size - position : n));
}

void ReadingText::clear()
{
    m_utf8.clear();
    m_size = 0;
    m_ascii = true;
}

} // namespace Recoupe
