#pragma once

#include "annotations/annotationlocation.h"
#include "annotations/textanchorer.h"
#include "claims/claim.h"
#include "corpus/document.h"
#include "corrections/correction.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>

namespace Recoupe {

// What became of one correction on the articles as they are now.
struct AppliedCorrection {
    enum class Status : quint8 {
        Anchored,   // its text is where it was: applied
        Moved,      // its text was found elsewhere in the changed article: applied
        Orphaned,   // its text is gone (or the article): kept and listed, not applied
        NoFigure,   // set or reject on a text where the parser finds no figure any more: listed
    };

    Correction correction;
    AnchorResult anchor;
    Status status = Status::Orphaned;
    QString claimId;    // the claim it changed, removed or added; empty when not applied
    // Set and reject: the parser's claim as it read it; add: the claim added.
    Claim parsed;

    bool isApplied() const { return status == Status::Anchored || status == Status::Moved; }
    static QString statusName(Status status);        // "anchored", "moved", "orphaned", "no_figure"
    static QString statusDisplayName(Status status); // translated
    bool operator==(const AppliedCorrection &) const = default;
};

// Applies fact-checkers' corrections to the parser's claims, before they are grouped: each
// target is placed again in its article's current text (as annotations are: position, quote with
// context, approximate), then a set changes the claim whose quote it covers, a reject removes
// it, an add makes a new claim on that text. Corrections apply in the order given (the file's,
// oldest first): the later of two sets on one claim wins field by field.
class CorrectionApplier
{
    Q_DECLARE_TR_FUNCTIONS(Recoupe::CorrectionApplier)
public:
    struct Result {
        ClaimList claims;                       // in document order, then reading order
        QList<AppliedCorrection> corrections;   // one per correction, in the order given
    };
    // documents: those the claims were read from (their reading texts anchor the targets).
    // Added claims are numbered after the parser's claims of their document, so that no
    // parser's claim id changes.
    static Result apply(const ClaimList &claims, const QList<Document> &documents, const QList<Correction> &corrections);

    // A claim for text[start, end) of document with the fields of change: what "add" makes.
    static Claim addedClaim(const Document &document, const QString &text, qsizetype start, qsizetype end, const ClaimChange &change);
};

} // namespace Recoupe

Q_DECLARE_METATYPE(Recoupe::AppliedCorrection)
