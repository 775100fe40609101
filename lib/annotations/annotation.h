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

    // Document::id; W3C target "source". Until the article is found (see
    // AnnotationSourceResolver), what the file named: a web address, or a path no article has.
    QString documentId;
    // The web address another tool (or an export) named as the source, kept while it says more
    // than the article's own canonical address: when no article has it yet, or it is spelled
    // otherwise (another tracking parameter...). recoupe:sourceUrl in Recoupe's file.
    QString sourceUrl;
    // TextQuoteSelector
    QString exact;
    QString prefix;         // up to contextLength characters before the quote
    QString suffix;         // up to contextLength characters after it
    // TextPositionSelector: QString offsets in the reading text; -1 when not a passage
    qsizetype start = -1;
    qsizetype end = -1;
    // start and end count Unicode code points, as the W3C model does, not QString (UTF-16)
    // units: they come from a W3C file and the article was not known yet to convert them.
    // Differs only past a character beyond U+FFFF (an emoji); AnnotationSourceResolver converts.
    bool offsetsInCodePoints = false;
    // "sha256:<hex>" of the reading text the selectors were taken from (recoupe:textHash)
    QString textHash;

    QString claimId;        // Claim::id, recoupe:claim
    GroupKey claimGroup;    // recoupe:claimGroup; empty entity and metric when none
    // Selectors of other kinds (XPath, CSS, ...) written by other tools, kept as they were.
    QJsonArray otherSelectors;

    bool hasPassage() const { return !documentId.isEmpty() && (start >= 0 || !exact.isEmpty()); }
    // A passage was named but could not be read (a TextPositionSelector at 1e300, kept among
    // otherSelectors): the annotation is not placed rather than taken for the whole document's.
    bool hasUnreadablePassage() const;
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

// Offsets in a text, from QString (UTF-16) units to Unicode code points, which the W3C
// TextPositionSelector counts, and back. Offsets past the end are kept past the end (by as much),
// so that a position that no longer fits the text still fails to anchor by position.
qsizetype codePointOffset(QStringView text, qsizetype utf16Offset);
qsizetype utf16Offset(QStringView text, qsizetype codePointOffset);

} // namespace Recoupe

Q_DECLARE_METATYPE(Recoupe::Annotation)
