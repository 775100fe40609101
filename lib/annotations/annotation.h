#pragma once

#include "compare/claimgroup.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Recoupe {

// What an annotation points at. A passage of a document's reading text is described twice, as
// the W3C Web Annotation model recommends: by its quote with some context (robust to edits
// elsewhere in the text) and by its offsets (fast, exact while the text is unchanged). A claim id
// or a claim group key may be given too, or instead of a passage (a group spans documents).
struct AnnotationTarget {
    static constexpr qsizetype contextLength = 32;

    QString documentId;     // Document::id; W3C target "source"
    // TextQuoteSelector
    QString exact;
    QString prefix;         // up to contextLength characters before the quote
    QString suffix;         // up to contextLength characters after it
    // TextPositionSelector: QString offsets in the reading text; -1 when not a passage
    qsizetype start = -1;
    qsizetype end = -1;
    // "sha256:<hex>" of the reading text the selectors were taken from (recoupe:textHash)
    QString textHash;

    QString claimId;        // Claim::id, recoupe:claim
    GroupKey claimGroup;    // recoupe:claimGroup; empty entity and metric when none
    // Selectors of other kinds (XPath, CSS, ...) written by other tools, kept as they were.
    QJsonArray otherSelectors;

    bool hasPassage() const { return !documentId.isEmpty() && (start >= 0 || !exact.isEmpty()); }
    bool hasClaimGroup() const { return !claimGroup.entity.isEmpty() || !claimGroup.metric.isEmpty(); }

    // The target of text[start, end) in a document whose reading text is text: quote, context,
    // offsets and hash. Offsets are clamped to the text.
    static AnnotationTarget forPassage(const QString &documentId, const QString &text, qsizetype start, qsizetype end);

    bool operator==(const AnnotationTarget &) const = default;
};

// One fact-checker's note on a passage, a claim or a claim group.
struct Annotation {
    QString id;             // a UUID without braces; written as "urn:uuid:<id>"
    AnnotationTarget target;
    QString note;           // TextualBody, purpose "commenting"
    QString verdict;        // one of standardVerdicts(), a custom tag, or empty
    QString author;         // creator name
    QDateTime created;      // UTC
    QDateTime modified;     // UTC
    // What other tools (or a later Recoupe of the same format version) wrote that this version
    // does not understand: top-level properties and bodies, written back unchanged.
    QJsonObject otherProperties;
    QJsonArray otherBodies;

    static QString newId();

    // The four verdicts Recoupe names; any other non-empty text is a custom tag.
    static QStringList standardVerdicts(); // confirmed, discrepancy, unsupported, needs_source
    static bool isStandardVerdict(const QString &verdict);
    // "Confirmed", "Needs a source", ...; a custom tag as it is written.
    static QString verdictDisplayName(const QString &verdict);

    bool operator==(const Annotation &) const = default;
};

// "sha256:<hex>" of a reading text, as stored in AnnotationTarget::textHash.
QString readingTextHash(const QString &text);

} // namespace Recoupe

Q_DECLARE_METATYPE(Recoupe::Annotation)
