#include "reading/passagealignment.h"

#include <QtMath>

#include <algorithm>
#include <utility>

namespace Recoupe {

namespace {

using Anchor = PassageAlignment::Anchor;

// The heaviest chain of anchors strictly increasing in both offsets, in O(n log n): anchors sorted
// by first offset, a Fenwick tree over the ranks of the second offsets keeps, for every prefix of
// ranks, the best chain ending there.
QList<Anchor> heaviestIncreasingChain(QList<Anchor> anchors)
{
    if (anchors.isEmpty())
        return anchors;
    std::sort(anchors.begin(), anchors.end(), [](const Anchor &a, const Anchor &b) {
        return a.first != b.first ? a.first < b.first : a.second < b.second;
    });
    QList<qsizetype> seconds;
    seconds.reserve(anchors.size());
    for (const Anchor &anchor : anchors)
        seconds.append(anchor.second);
    std::sort(seconds.begin(), seconds.end());
    seconds.erase(std::unique(seconds.begin(), seconds.end()), seconds.end());
    const auto rankOf = [&](qsizetype second) {
        return qsizetype(std::lower_bound(seconds.begin(), seconds.end(), second) - seconds.begin()) + 1;
    };

    struct Best {
        double weight = 0;
        qsizetype anchor = -1;
    };
    QList<Best> tree(seconds.size() + 1);
    const auto query = [&](qsizetype rank) { // best over ranks 1..rank
        Best best;
        for (; rank > 0; rank -= rank & -rank) {
            if (tree.at(rank).weight > best.weight)
                best = tree.at(rank);
        }
        return best;
    };
    const auto update = [&](qsizetype rank, Best value) {
        for (; rank < tree.size(); rank += rank & -rank) {
            if (value.weight > tree.at(rank).weight)
                tree[rank] = value;
        }
    };

    QList<double> chainWeight(anchors.size());
    QList<qsizetype> previous(anchors.size(), -1);
    Best overall;
    // Anchors with the same first offset cannot follow one another: all of a group are chained
    // before any of them is added to the tree.
    for (qsizetype groupStart = 0; groupStart < anchors.size();) {
        qsizetype groupEnd = groupStart;
        while (groupEnd < anchors.size() && anchors.at(groupEnd).first == anchors.at(groupStart).first)
            ++groupEnd;
        for (qsizetype i = groupStart; i < groupEnd; ++i) {
            const Best before = query(rankOf(anchors.at(i).second) - 1);
            // A match of score 0 still aligns more than no match.
            chainWeight[i] = before.weight + anchors.at(i).score + 1e-9;
            previous[i] = before.anchor;
            if (chainWeight.at(i) > overall.weight)
                overall = {chainWeight.at(i), i};
        }
        for (qsizetype i = groupStart; i < groupEnd; ++i)
            update(rankOf(anchors.at(i).second), {chainWeight.at(i), i});
        groupStart = groupEnd;
    }

    QList<Anchor> chain;
    for (qsizetype i = overall.anchor; i >= 0; i = previous.at(i))
        chain.prepend(anchors.at(i));
    return chain;
}

qsizetype interpolate(const QList<Anchor> &anchors, qsizetype offset, qsizetype Anchor::*from, qsizetype Anchor::*to)
{
    if (anchors.isEmpty())
        return offset;
    offset = qBound(anchors.constFirst().*from, offset, anchors.constLast().*from);
    // The last anchor whose `from` is at or before offset, and the one after it.
    auto after = std::upper_bound(anchors.cbegin(), anchors.cend(), offset,
                                  [from](qsizetype value, const Anchor &anchor) { return value < anchor.*from; });
    if (after == anchors.cend())
        return anchors.constLast().*to;
    const Anchor &lower = *std::prev(after);
    const Anchor &upper = *after;
    const qsizetype span = upper.*from - lower.*from;
    if (span <= 0)
        return lower.*to;
    const double fraction = double(offset - lower.*from) / double(span);
    return lower.*to + qRound64(fraction * double(upper.*to - lower.*to));
}

} // namespace

PassageAlignment::PassageAlignment(const QString &firstId, qsizetype firstLength, const QString &secondId,
                                   qsizetype secondLength, const QList<PassageMatch> &matches)
{
    firstLength = qMax(qsizetype(0), firstLength);
    secondLength = qMax(qsizetype(0), secondLength);
    QList<Anchor> candidates;
    for (const PassageMatch &match : matches) {
        std::pair<qsizetype, qsizetype> offsets;
        if (match.first.document == firstId && match.second.document == secondId)
            offsets = {match.first.start, match.second.start};
        else if (match.first.document == secondId && match.second.document == firstId)
            offsets = {match.second.start, match.first.start};
        else
            continue;
        ++m_matchCount;
        // The two ends are fixed anchors: a match must fall strictly between them to be followed
        // (one at the very start of both is the start anchor itself). Offsets past the end come
        // from a text that changed since matching.
        if (offsets.first <= 0 || offsets.second <= 0 || offsets.first >= firstLength || offsets.second >= secondLength)
            continue;
        candidates.append({offsets.first, offsets.second, match.score});
    }
    m_anchors.append({0, 0, 0});
    m_anchors.append(heaviestIncreasingChain(candidates));
    m_anchors.append({firstLength, secondLength, 0});
}

qsizetype PassageAlignment::mapToSecond(qsizetype firstOffset) const
{
    return interpolate(m_anchors, firstOffset, &Anchor::first, &Anchor::second);
}

qsizetype PassageAlignment::mapToFirst(qsizetype secondOffset) const
{
    return interpolate(m_anchors, secondOffset, &Anchor::second, &Anchor::first);
}

} // namespace Recoupe
