#pragma once

#include "compare/claimgroup.h"

#include <QJsonObject>
#include <QList>

namespace Recoupe {

// recoupe-groups-1 (DESIGN.md, README), what `recoupe-cli groups --format json` prints:
// {"format": "recoupe-groups-1",
//  "groups": [{"key": {"entity": "Meta", "metric": "capex", "period": "2025"},
//              "claims": ["a.txt#3", "b.txt#1"], "verdict": "discrepancy", "periodStated": true,
//              "reasons": [{"kind": "currency_swap", "claims": [...], "explanation": "…",
//                           "confidence": "high", "confidenceReason": "…"}]}]}
// An unknown entity or period is JSON null; "periodStated" is false (and the period null) for
// figures no article dates, which are never a discrepancy. The key has "kind" (an other_money
// figure's finer kind) and "members" (the companies a combined figure sums) only when set, as in
// recoupe-claims-1; a reason has "confidence" and "confidenceReason" unless it is a revision.
// Groups keep the order they are given in (ClaimGrouper puts discrepancies first).
QJsonObject claimGroupToJson(const ClaimGroup &group);
QJsonObject groupsToJson(const QList<ClaimGroup> &groups);

} // namespace Recoupe
