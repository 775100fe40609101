#include "annotations/annotationmerger.h"

#include <QHash>

#include <algorithm>

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
