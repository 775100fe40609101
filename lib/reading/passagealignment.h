#pragma once

#include "compare/passagematch.h"

#include <QList>
#include <QString>

namespace Recoupe {

// Linked scrolling of two reading panes, aligned on the sentences that say the same thing, as
// merge tools align diff hunks: when the first pane shows a matched sentence at its top, the
// second shows its counterpart; between two matched sentences, both move in proportion.
//
// Matches may cross (A's third sentence matches B's first, A's first matches B's third): a
// mapping that follows both would scroll one pane backwards while the other moves forwards. Only
// the heaviest chain of matches that runs forwards in both documents is kept.
class PassageAlignment
{
public:
    PassageAlignment() = default;
    // matches between any documents; only those joining firstId and secondId (in either order) are used.
    PassageAlignment(const QString &firstId, qsizetype firstLength, const QString &secondId, qsizetype secondLength,
                     const QList<PassageMatch> &matches);

    struct Anchor {
        qsizetype first = 0;  // offset in the first document: the start of a matched sentence
        qsizetype second = 0; // the start of its counterpart in the second document
        double score = 0;     // of the match; 0 for the two ends
        bool operator==(const Anchor &) const = default;
    };

    // Strictly increasing in both documents (the heaviest increasing subsequence by score), from
    // (0, 0) to (firstLength, secondLength); empty for a default-constructed alignment.
    QList<Anchor> anchors() const { return m_anchors; }
    // Piecewise linear between anchors, clamped to the documents; the offset itself when there are
    // no anchors.
    qsizetype mapToSecond(qsizetype firstOffset) const;
    qsizetype mapToFirst(qsizetype secondOffset) const;
    // No matched passage joins the two documents: the mapping is merely proportional.
    bool isEmpty() const { return m_matchCount == 0; }

private:
    QList<Anchor> m_anchors;
    qsizetype m_matchCount = 0;
};

} // namespace Recoupe
