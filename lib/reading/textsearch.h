#pragma once

#include "corpus/document.h"
#include "reading/foldedtext.h"
#include "reading/textsearchhit.h"

#include <QList>
#include <QString>

namespace Recoupe {

// Finding a needle in reading texts as a reader means it: accents, case, ligatures, apostrophes
// and no-break spaces ignored unless asked (FoldedText), optionally whole words only. Hits are
// in reading-text offsets, so the panes highlight them as they highlight figures.
class TextSearch
{
public:
    explicit TextSearch(const QString &needle, int sensitivity = FoldedText::Insensitive, bool wholeWords = false);

    bool isValid() const; // false for an empty or all-space needle
    const QString &needle() const { return m_needle; }

    // Hits do not overlap: "aa" in "aaaa" is found twice.
    QList<TextSearchHit> findAll(const QString &documentId, const QString &text) const;
    // Every document, in parallel on the global pool, in document order; stops adding after
    // maxHits (0 = no limit).
    QList<TextSearchHit> findInDocuments(const QList<Document> &documents, qsizetype maxHits = 0) const;
    // Forward: the first hit that starts at or after `from` (give the end of the current hit).
    // Backwards: the last hit that starts before `from` (give the start of the current hit).
    // Wraps around the text; a hit with start -1 when there is none.
    TextSearchHit findNext(const QString &documentId, const QString &text, qsizetype from, bool backwards = false) const;

private:
    struct Range {
        qsizetype start;
        qsizetype end;
    };
    QList<Range> findRanges(const QString &text) const;

    QString m_needle;
    QString m_foldedNeedle;
    int m_sensitivity = FoldedText::Insensitive;
    bool m_wholeWords = false;
};

} // namespace Recoupe
