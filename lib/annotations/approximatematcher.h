#pragma once

#include <QList>
#include <QStringView>

namespace Recoupe {

// One place where a pattern was found in a text, with the number of edits (insertions,
// deletions, substitutions) between the pattern and text[start, end).
struct ApproximateMatch {
    qsizetype start = 0;
    qsizetype end = 0;
    int errors = 0;
    bool operator==(const ApproximateMatch &) const = default;
};

// Approximate substring search: where does a pattern occur in a text with at most k edits?
// Myers' bit-parallel algorithm (1999), in its block form for patterns longer than a machine
// word, as Hypothesis' approx-string-match does: time proportional to the text length times the
// pattern length / 64, with no limit on the pattern length (Bitap, as in diff-match-patch, stops
// at 32 characters, shorter than many quotes).
class ApproximateMatcher
{
public:
    // The best match of each region where the pattern fits with at most maxErrors edits, best
    // (fewest errors, then earliest) first; at most maxResults of them. Empty for an empty pattern.
    static QList<ApproximateMatch> search(QStringView text, QStringView pattern, int maxErrors, qsizetype maxResults = 100);

    // Levenshtein distance between two strings (for short ones: context, quotes).
    static int editDistance(QStringView a, QStringView b);
};

} // namespace Recoupe
