#pragma once

#include "claims/claim.h"
#include "corpus/document.h"
#include "corrections/correctionapplier.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace Recoupe {

// recoupe-claims-1 (DESIGN.md): one claim is {"id", "document", "entity", "metric", "period",
// "low", "high", "currency", "unit", "qualifier", "quote", "sentence", "start", "end"}, with JSON
// null for an empty entity, period, currency or unit. Optional: "kind" (the finer kind of an
// other_money figure), "previous": true (stated as the figure before a newer one), "members"
// (the companies a combined figure sums) and "resolution" ({"period": {"from": "paragraph",
// "evidence": "Au troisième trimestre"}}: where each field not written in the figure's clause
// was found).
// text is the reading text of the claim's document, documents those of the claims.
QJsonObject claimToJson(const Claim &claim, const QString &text);
// A claim that a fact-checker corrected also has "corrected": {the parser's values of the fields
// changed, "by": author, "correction": id, "note"}; a claim added by hand "corrected":
// {"added": true, "by", "correction", "note"} (DESIGN.md). corrections: those the pipeline applied.
QJsonArray claimsToJson(const ClaimList &claims, const QList<Document> &documents, const QList<AppliedCorrection> &corrections = {});
// {"format": "recoupe-claims-1", "documents": [...], "claims": [...]}
QJsonObject claimsDocumentToJson(const QList<Document> &documents, const ClaimList &claims, const QList<AppliedCorrection> &corrections = {});
// The "corrected" object of a claim, from the correction applied to it last.
QJsonObject correctedToJson(const Claim &claim, const AppliedCorrection &applied);

// The reverse, for tools and tests that read what recoupe-cli wrote. A missing or mistyped
// field is an error (error names the claim).
bool claimFromJson(const QJsonObject &object, Claim *claim, QString *error = nullptr);
bool claimsFromJson(const QJsonArray &array, ClaimList *claims, QString *error = nullptr);

} // namespace Recoupe
