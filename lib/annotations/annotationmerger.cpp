#include "annotations/annotationmerger.h"

#include <QHash>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Recoupe {

QString AnnotationMergeReport::summary() const
{
    QString text = AnnotationMerger::tr("%n annotation(s) added", nullptr, added);
    if (updated > 0)
        text += u", "_s + AnnotationMerger::tr("%n updated", nullptr, updated);
    if (duplicates > 0)
        text += u", "_s + AnnotationMerger::tr("%n already present", nullptr, duplicates);
    if (keptOurs > 0)
        text += u", "_s + AnnotationMerger::tr("%n older than ours, not taken", nullptr, keptOurs);
    if (!conflicts.isEmpty())
        text += u", "_s + AnnotationMerger::tr("%n conflicting verdict(s) kept side by side", nullptr, int(conflicts.size()));
    if (orphans > 0)
        text += u", "_s + AnnotationMerger::tr("%n for an article not in this folder (kept, orphaned)", nullptr, orphans);
    return text + u'.';
}

bool AnnotationMerger::sameTargetAndBody(const Annotation &a, const Annotation &b)
{
    const AnnotationTarget &x = a.target;
    const AnnotationTarget &y = b.target;
    return x.documentId == y.documentId && x.exact == y.exact && x.start == y.start && x.end == y.end
        && x.claimId == y.claimId && x.claimGroup == y.claimGroup && a.note == b.note && a.verdict == b.verdict;
}

bool AnnotationMerger::samePassage(const AnnotationTarget &a, const AnnotationTarget &b)
{
    if (!a.claimId.isEmpty() && a.claimId == b.claimId)
        return true;
    if (!a.hasPassage() && !b.hasPassage())
        return a.hasClaimGroup() && a.claimGroup == b.claimGroup;
    if (!a.hasPassage() || !b.hasPassage() || a.documentId != b.documentId)
        return false;
    if (a.start < 0 || b.start < 0 || a.end <= a.start || b.end <= b.start)
        return !a.exact.isEmpty() && a.exact == b.exact;
    const qsizetype overlap = std::min(a.end, b.end) - std::max(a.start, b.start);
    const qsizetype shorter = std::min(a.end - a.start, b.end - b.start);
    return overlap > 0 && 2 * overlap >= shorter;
}

bool AnnotationMerger::conflicting(const Annotation &a, const Annotation &b)
{
    return a.id != b.id && !a.verdict.isEmpty() && !b.verdict.isEmpty() && a.verdict != b.verdict
        && samePassage(a.target, b.target);
}

QList<QList<qsizetype>> AnnotationMerger::conflicts(const QList<Annotation> &annotations)
{
    std::vector<std::pair<qsizetype, qsizetype>> pairs;
    const auto check = [&](qsizetype i, qsizetype j) {
        if (conflicting(annotations[i], annotations[j]))
            pairs.emplace_back(std::min(i, j), std::max(i, j));
    };
    // Members of a bucket that may share a passage: only pairs of different verdicts can
    // conflict, so many annotations agreeing on one passage cost nothing more.
    const auto checkAcrossVerdicts = [&](const QList<qsizetype> &members, const auto &mayPair) {
        QHash<QString, QList<qsizetype>> byVerdict;
        for (const qsizetype i : members)
            byVerdict[annotations[i].verdict].append(i);
        if (byVerdict.size() < 2)
            return;
        const QList<QList<qsizetype>> groups = byVerdict.values();
        for (qsizetype g = 0; g < groups.size(); ++g) {
            for (qsizetype h = g + 1; h < groups.size(); ++h) {
                for (const qsizetype i : groups[g]) {
                    for (const qsizetype j : groups[h]) {
                        if (mayPair(i, j))
                            check(i, j);
                    }
                }
            }
        }
    };
    const auto always = [](qsizetype, qsizetype) { return true; };

    QHash<QString, QList<qsizetype>> byClaim;
    QHash<QString, QList<qsizetype>> byGroup;       // no passage, a claim group
    QHash<QString, QList<qsizetype>> byDocument;    // a passage
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const Annotation &annotation = annotations[i];
        if (annotation.verdict.isEmpty())
            continue;
        const AnnotationTarget &target = annotation.target;
        if (!target.claimId.isEmpty())
            byClaim[target.claimId].append(i);
        if (target.hasPassage())
            byDocument[target.documentId].append(i);
        else if (target.hasClaimGroup())
            byGroup[target.claimGroup.entity + QChar(0x1f) + target.claimGroup.metric].append(i);
    }
    for (const QList<qsizetype> &members : std::as_const(byClaim))
        checkAcrossVerdicts(members, always);
    for (const QList<qsizetype> &members : std::as_const(byGroup))
        checkAcrossVerdicts(members, always);

    const auto hasRange = [&](qsizetype i) {
        const AnnotationTarget &target = annotations[i].target;
        return target.start >= 0 && target.end > target.start;
    };
    for (const QList<qsizetype> &members : std::as_const(byDocument)) {
        // Without offsets on either side, the same passage is the same quote.
        QHash<QString, QList<qsizetype>> byQuote;
        std::vector<qsizetype> ranged;
        for (const qsizetype i : members) {
            if (!annotations[i].target.exact.isEmpty())
                byQuote[annotations[i].target.exact].append(i);
            if (hasRange(i))
                ranged.push_back(i);
        }
        for (const QList<qsizetype> &quoted : std::as_const(byQuote))
            checkAcrossVerdicts(quoted, [&](qsizetype i, qsizetype j) { return !hasRange(i) || !hasRange(j); });
        // Both with offsets: overlapping ranges, found by a sweep in order of start.
        std::sort(ranged.begin(), ranged.end(), [&](qsizetype a, qsizetype b) {
            return annotations[a].target.start < annotations[b].target.start;
        });
        std::vector<qsizetype> open;
        for (const qsizetype i : ranged) {
            const qsizetype start = annotations[i].target.start;
            std::erase_if(open, [&](qsizetype j) { return annotations[j].target.end <= start; });
            for (const qsizetype j : open) {
                if (annotations[j].verdict != annotations[i].verdict)
                    check(i, j);
            }
            open.push_back(i);
        }
    }

    // A pair met in two buckets (same claim and same passage) counts once.
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    QList<QList<qsizetype>> result(annotations.size());
    for (const auto &[i, j] : pairs) {
        result[i].append(j);
        result[j].append(i);
    }
    for (QList<qsizetype> &list : result)
        std::sort(list.begin(), list.end());
    return result;
}

AnnotationMerger::Result AnnotationMerger::merge(const QList<Annotation> &ours, const QList<Annotation> &theirs)
{
    Result result;
    QHash<QString, qsizetype> ourIndex;
    for (qsizetype i = 0; i < ours.size(); ++i)
        ourIndex.insert(ours[i].id, i);
    QHash<QString, qsizetype> addedIndex;

    for (const Annotation &incoming : theirs) {
        if (const auto found = ourIndex.constFind(incoming.id); found != ourIndex.cend()) {
            const Annotation &mine = ours[*found];
            if (mine == incoming) {
                ++result.report.duplicates;
            } else if (incoming.modified.isValid() && (!mine.modified.isValid() || incoming.modified > mine.modified)) {
                result.replaced.append(incoming);
                ++result.report.updated;
            } else {
                ++result.report.keptOurs;
            }
            continue;
        }
        if (addedIndex.contains(incoming.id)) {
            ++result.report.duplicates;
            continue;
        }
        const auto sameAsIncoming = [&incoming](const Annotation &a) { return sameTargetAndBody(a, incoming); };
        if (std::any_of(ours.cbegin(), ours.cend(), sameAsIncoming)
            || std::any_of(result.added.cbegin(), result.added.cend(), sameAsIncoming)) {
            ++result.report.duplicates;
            continue;
        }
        for (const Annotation &mine : ours) {
            if (conflicting(mine, incoming))
                result.report.conflicts.append({mine.id, incoming.id});
        }
        for (const Annotation &earlier : std::as_const(result.added)) {
            if (conflicting(earlier, incoming))
                result.report.conflicts.append({earlier.id, incoming.id});
        }
        addedIndex.insert(incoming.id, result.added.size());
        result.added.append(incoming);
        ++result.report.added;
    }
    return result;
}

} // namespace Recoupe
