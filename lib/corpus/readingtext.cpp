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

namespace {

// The byte of utf8, from byte `from` at UTF-16 offset `units`, where UTF-16 offset `target`
// begins; -1 when target falls between the two halves of a surrogate pair (no byte begins
// there). The text is valid UTF-8 (made by QString::toUtf8()): a lead byte tells its length, and
// only a four-byte sequence is two UTF-16 units.
qsizetype byteOfUnit(QByteArrayView utf8, qsizetype from, qsizetype units, qsizetype target)
{
    qsizetype byte = from;
    while (units < target && byte < utf8.size()) {
        const auto lead = uchar(utf8[byte]);
        if (lead < 0x80) {
            byte += 1;
            units += 1;
        } else if (lead < 0xE0) {
            byte += 2;
            units += 1;
        } else if (lead < 0xF0) {
            byte += 3;
            units += 1;
        } else {
            byte += 4;
            units += 2;
        }
    }
    return units == target ? byte : -1;
}

} // namespace

QString ReadingText::mid(qsizetype position, qsizetype n) const
{
    if (position < 0)
        return toString().mid(position, n);
    if (position >= m_size)
        return position == m_size ? QString(u""_s) : QString();
    const qsizetype end = n < 0 || position + n > m_size ? m_size : position + n;
    const QByteArrayView bytes(m_utf8);
    if (m_ascii)
        return QString::fromLatin1(bytes.sliced(position, end - position));
    // Only the range is decoded: a tooltip or a row of a group of two thousand sources asked for
    // a quote and a sentence each, and decoding each whole article for them held the window.
    const qsizetype first = byteOfUnit(bytes, 0, 0, position);
    const qsizetype last = first < 0 ? -1 : byteOfUnit(bytes, first, position, end);
    if (last < 0)
        return toString().mid(position, n); // a range that splits a surrogate pair
    return QString::fromUtf8(bytes.sliced(first, last - first));
}

void ReadingText::clear()
{
    m_utf8.clear();
    m_size = 0;
    m_ascii = true;
}

} // namespace Recoupe
