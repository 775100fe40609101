#pragma once

#include "annotations/annotation.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

namespace Recoupe {

// What an import did, for a message to the user.
struct AnnotationMergeReport {
    int added = 0;          // new annotations
    int updated = 0;        // same id, the imported one edited later: it replaced ours
    int duplicates = 0;     // already here: same id and content, or same target, note and verdict
    int keptOurs = 0;       // same id, ours edited later (or at the same time): ours kept
    // Pairs of ids (ours or earlier imported, imported) on the same passage with different verdicts;
    // both are kept and flagged.
    QList<QPair<QString, QString>> conflicts;
    // Added or updated annotations whose article is not in the folder (no such path, no article
    // with that web address): kept, and shown as orphaned.
    int orphans = 0;
    // What the file held that could not be imported (entries that are not annotations, pages
    // not included in it), translated.
    QStringList warnings;

    QString summary() const; // one translated sentence
    bool operator==(const AnnotationMergeReport &) const = default;
};

// Merges another fact-checker's annotations of the same folder into ours. Nothing is ever dropped
// except exact duplicates: two verdicts on the same passage are kept side by side, and the store
// flags them as conflicting until someone deletes one or aligns them.
class AnnotationMerger
{
    Q_DECLARE_TR_FUNCTIONS(Recoupe::AnnotationMerger)
public:
    struct Result {
        QList<Annotation> added;     // to append
        QList<Annotation> replaced;  // to replace ours of the same id
        AnnotationMergeReport report;
    };
    static Result merge(const QList<Annotation> &ours, const QList<Annotation> &theirs);

    // The same annotation made twice: same target and same body (note and verdict), whoever
    // made it and whenever.
    static bool sameTargetAndBody(const Annotation &a, const Annotation &b);

    // Both point at the same thing: the same claim, the same claim group (without passage), or
    // overlapping passages of a document (the overlap is at least half of the shorter one).
    static bool samePassage(const AnnotationTarget &a, const AnnotationTarget &b);

    // Two annotations in conflict: same passage, different non-empty verdicts.
    static bool conflicting(const Annotation &a, const Annotation &b);

    // For each annotation, the indexes of those it conflicts with, ascending. Annotations are
    // put in buckets (claim, claim group, document then quote) and passages of a document swept
    // in order of their start, so that the cost is linear in the annotations plus the pairs that
    // share a passage: comparing every pair took 36 s for 40,000 annotations.
    static QList<QList<qsizetype>> conflicts(const QList<Annotation> &annotations);
};

} // namespace Recoupe
