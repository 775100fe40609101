#pragma once

#include <QList>
#include <QString>

namespace Recoupe {

// A text folded for matching as a reader expects: "depenses" finds "Dépenses", "oeuvre" finds
// "œuvre", "l'an" finds "l’an". Searching happens in the folded text, and every folded range maps
// back to the original, which is what panes highlight. Folding is done one code point at a time,
// so that each folded character knows the original character it came from, even when one original
// character becomes several (œ -> oe, ß -> ss) or none (a combining accent of decomposed text).
class FoldedText
{
public:
    enum Sensitivity { Insensitive = 0, CaseSensitive = 1, AccentSensitive = 2 }; // flags

    FoldedText() = default;
    explicit FoldedText(const QString &text, int sensitivity = Insensitive);

    const QString &folded() const { return m_folded; }
    qsizetype originalLength() const { return m_originalStarts.isEmpty() ? 0 : m_originalStarts.constLast(); }

    // Original offsets of the folded range [foldedStart, foldedEnd). A range that starts or ends
    // inside an expansion (the "e" of "oe" from "œ") covers the whole original character, a
    // surrogate pair stays whole, and the combining accents that follow a character belong to it.
    qsizetype originalStart(qsizetype foldedStart) const;
    qsizetype originalEnd(qsizetype foldedEnd) const;

    // The same folding, for the needle.
    static QString fold(const QString &text, int sensitivity = Insensitive);

private:
    QString m_folded;
    // For each folded UTF-16 unit, the offset of the original code point it came from, then the
    // original length: size m_folded.size() + 1, never decreasing.
    QList<qsizetype> m_originalStarts;
};

} // namespace Recoupe
