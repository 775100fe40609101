#include "annotations/approximatematcher.h"

#include <QHash>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <vector>

namespace Recoupe {

namespace {

constexpr int wordBits = 64;

// The pattern's state while the text is read column by column: for each block of 64 pattern
// rows, the vertical deltas of the edit-distance matrix as two bit vectors (+1 and -1).
class MyersSearch
{
public:
    // anchoredStart: the substring must start where the text starts (edit distance against a
    // prefix of the text) rather than anywhere (search).
    explicit MyersSearch(QStringView pattern, bool anchoredStart = false)
        : m_anchoredStart(anchoredStart)
        , m_length(pattern.size())
        , m_blocks((pattern.size() + wordBits - 1) / wordBits)
        , m_positive(m_blocks, ~std::uint64_t(0))
        , m_negative(m_blocks, 0)
        , m_noMatch(m_blocks, 0)
        , m_score(int(pattern.size()))
    {
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            std::vector<std::uint64_t> &equal = m_equal[pattern[i].unicode()];
            if (equal.empty())
                equal.assign(m_blocks, 0);
            equal[i / wordBits] |= std::uint64_t(1) << (i % wordBits);
        }
        m_lastRowBit = std::uint64_t(1) << ((m_length - 1) % wordBits);
    }

    // Reads one more character of the text; returns the edit distance between the pattern and
    // the best substring of the text that ends here.
    int advance(char16_t character)
    {
        const auto found = m_equal.constFind(character);
        const std::vector<std::uint64_t> &equal = found == m_equal.cend() ? m_noMatch : *found;
        // Horizontal delta of the top row: 0 when any start position is free, 1 when skipping a
        // character of the text costs an edit.
        int carry = m_anchoredStart ? 1 : 0;
        for (qsizetype b = 0; b < m_blocks; ++b) {
            const std::uint64_t highBit = b == m_blocks - 1 ? m_lastRowBit : std::uint64_t(1) << (wordBits - 1);
            carry = advanceBlock(m_positive[b], m_negative[b], equal[b], carry, highBit);
        }
        m_score += carry;
        return m_score;
    }

private:
    // Myers 1999, figure 6 (advance_block).
    static int advanceBlock(std::uint64_t &pv, std::uint64_t &mv, std::uint64_t eq, int hin, std::uint64_t highBit)
    {
        const std::uint64_t xv = eq | mv;
        if (hin < 0)
            eq |= 1;
        const std::uint64_t xh = (((eq & pv) + pv) ^ pv) | eq;
        std::uint64_t ph = mv | ~(xh | pv);
        std::uint64_t mh = pv & xh;
        int hout = 0;
        if (ph & highBit)
            hout = 1;
        else if (mh & highBit)
            hout = -1;
        ph <<= 1;
        mh <<= 1;
        if (hin < 0)
            mh |= 1;
        else if (hin > 0)
            ph |= 1;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
        return hout;
    }

    bool m_anchoredStart;
    qsizetype m_length;
    qsizetype m_blocks;
    std::vector<std::uint64_t> m_positive;
    std::vector<std::uint64_t> m_negative;
    std::vector<std::uint64_t> m_noMatch;
    QHash<char16_t, std::vector<std::uint64_t>> m_equal;
    std::uint64_t m_lastRowBit = 0;
    int m_score;
};

// Where the best match ending at end starts: the edit distance of the reversed pattern against
// the text read backwards from end, for each length. Among equally good starts, the one that
// makes the match closest to the pattern's length.
qsizetype matchStart(QStringView text, QStringView pattern, qsizetype end, int errors)
{
    const qsizetype windowStart = std::max<qsizetype>(0, end - pattern.size() - errors);
    std::u16string reversedPattern(pattern.utf16(), pattern.utf16() + pattern.size());
    std::reverse(reversedPattern.begin(), reversedPattern.end());
    MyersSearch search(QStringView(reversedPattern), true);
    qsizetype best = end;
    int bestErrors = std::numeric_limits<int>::max();
    qsizetype bestLengthGap = std::numeric_limits<qsizetype>::max();
    for (qsizetype i = end - 1; i >= windowStart; --i) {
        const int score = search.advance(text[i].unicode());
        const qsizetype length = end - i;
        const qsizetype gap = std::abs(length - pattern.size());
        if (score < bestErrors || (score == bestErrors && gap < bestLengthGap)) {
            best = i;
            bestErrors = score;
            bestLengthGap = gap;
        }
    }
    return best;
}

} // namespace

QList<ApproximateMatch> ApproximateMatcher::search(QStringView text, QStringView pattern, int maxErrors, qsizetype maxResults)
{
    QList<ApproximateMatch> matches;
    if (pattern.isEmpty() || maxErrors < 0)
        return matches;
    maxErrors = std::min<int>(maxErrors, int(pattern.size()));

    // Runs of consecutive end positions under the bound describe one region; keep the best end
    // of each.
    MyersSearch search(pattern);
    qsizetype runBestEnd = -1;
    int runBestErrors = 0;
    qsizetype previousEnd = -2;
    QList<ApproximateMatch> ends;
    auto closeRun = [&] {
        if (runBestEnd >= 0)
            ends.append({0, runBestEnd, runBestErrors});
        runBestEnd = -1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int score = search.advance(text[i].unicode());
        if (score > maxErrors)
            continue;
        const qsizetype end = i + 1;
        if (end != previousEnd + 1)
            closeRun();
        if (runBestEnd < 0 || score < runBestErrors) {
            runBestEnd = end;
            runBestErrors = score;
        }
        previousEnd = end;
    }
    closeRun();

    std::stable_sort(ends.begin(), ends.end(), [](const ApproximateMatch &a, const ApproximateMatch &b) { return a.errors < b.errors; });
    if (ends.size() > maxResults)
        ends.resize(maxResults);
    for (ApproximateMatch &match : ends) {
        match.start = matchStart(text, pattern, match.end, match.errors);
        matches.append(match);
    }
    return matches;
}

int ApproximateMatcher::editDistance(QStringView a, QStringView b)
{
    if (a.isEmpty())
        return int(b.size());
    if (b.isEmpty())
        return int(a.size());
    std::vector<int> previous(b.size() + 1);
    std::vector<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace Recoupe
