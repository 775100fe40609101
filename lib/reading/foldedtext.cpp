#include "reading/foldedtext.h"

#include <QChar>

namespace Recoupe {

namespace {

// Appends the folded form of one code point. Returns nothing: the caller measures the growth.
void appendFolded(QString &out, char32_t codePoint, int sensitivity)
{
    const bool foldCase = !(sensitivity & FoldedText::CaseSensitive);
    const bool foldAccents = !(sensitivity & FoldedText::AccentSensitive);

    // Plain ASCII is most of any article: no table look-up for it.
    if (codePoint < 0x80) {
        const char16_t unit = char16_t(codePoint);
        out.append(QChar(foldCase && unit >= u'A' && unit <= u'Z' ? char16_t(unit + (u'a' - u'A')) : unit));
        return;
    }

    switch (codePoint) {
    // Spaces that only forbid a line break: French puts them before ":" and "%", and inside
    // numbers; a needle typed with a plain space must still find them.
    case 0x00A0: // no-break space
    case 0x202F: // narrow no-break space
    case 0x2007: // figure space
        out.append(u' ');
        return;
    // The typographic apostrophe of "l’an" against the typed one of "l'an". Apostrophes are not
    // accents, so this holds in every sensitivity.
    case 0x2019: // right single quotation mark
    case 0x02BC: // modifier letter apostrophe
        out.append(u'\'');
        return;
    // Ligatures that no Unicode decomposition splits, yet that French writes or omits freely.
    case 0x0153: // œ
        out.append(u"oe");
        return;
    case 0x0152: // Œ
        out.append(foldCase ? u"oe" : u"OE");
        return;
    case 0x00E6: // æ
        out.append(u"ae");
        return;
    case 0x00C6: // Æ
        out.append(foldCase ? u"ae" : u"AE");
        return;
    case 0x00DF: // ß: Qt's simple case folding keeps it one letter, German spelling does not
        out.append(u"ss");
        return;
    case 0x1E9E: // ẞ
        out.append(foldCase ? u"ss" : u"SS");
        return;
    default:
        break;
    }

    const auto appendCodePoint = [&](char32_t c) {
        if (foldCase)
            c = QChar::toCaseFolded(c);
        if (QChar::requiresSurrogates(c)) {
            out.append(QChar(QChar::highSurrogate(c)));
            out.append(QChar(QChar::lowSurrogate(c)));
        } else {
            out.append(QChar(char16_t(c)));
        }
    };

    if (!foldAccents) {
        appendCodePoint(codePoint);
        return;
    }
    if (QChar::category(codePoint) == QChar::Mark_NonSpacing)
        return; // the accent of decomposed text ("e" + U+0301)
    if (QChar::decompositionTag(codePoint) != QChar::Canonical) {
        appendCodePoint(codePoint);
        return;
    }
    // Only characters with a canonical decomposition (é, Ç, ǻ...) pay for normalization, which
    // also applies decompositions recursively.
    const QString decomposed = QString::fromUcs4(&codePoint, 1).normalized(QString::NormalizationForm_D);
    for (const char32_t c : decomposed.toUcs4()) {
        if (QChar::category(c) != QChar::Mark_NonSpacing)
            appendCodePoint(c);
    }
}

} // namespace

FoldedText::FoldedText(const QString &text, int sensitivity)
{
    m_folded.reserve(text.size());
    m_originalStarts.reserve(text.size() + 1);
    const qsizetype length = text.size();
    for (qsizetype i = 0; i < length;) {
        char32_t codePoint = text.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(codePoint) && i + 1 < length && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        const qsizetype before = m_folded.size();
        appendFolded(m_folded, codePoint, sensitivity);
        for (qsizetype added = m_folded.size() - before; added > 0; --added)
            m_originalStarts.append(i);
        i += width;
    }
    m_originalStarts.append(length);
}

qsizetype FoldedText::originalStart(qsizetype foldedStart) const
{
    if (m_originalStarts.isEmpty())
        return 0;
    return m_originalStarts.at(qBound(qsizetype(0), foldedStart, m_originalStarts.size() - 1));
}

qsizetype FoldedText::originalEnd(qsizetype foldedEnd) const
{
    if (m_originalStarts.isEmpty() || foldedEnd <= 0)
        return 0;
    qsizetype next = qMin(foldedEnd, m_originalStarts.size() - 1);
    // The range ends where the next original character starts: past the rest of an expansion
    // (only "o" of "oe" asked) and past the combining accents dropped after the last character.
    const qsizetype last = m_originalStarts.at(next - 1);
    while (m_originalStarts.at(next) == last && next < m_originalStarts.size() - 1)
        ++next;
    return m_originalStarts.at(next);
}

QString FoldedText::fold(const QString &text, int sensitivity)
{
    return FoldedText(text, sensitivity).folded();
}

} // namespace Recoupe
