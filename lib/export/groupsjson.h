#pragma once

#include "compare/claimgroup.h"

#include <QJsonObject>
#include <QList>

namespace Recoupe {

// recoupe-groups-1 (DESIGN.md), what `recoupe-cli groups --format json` prints:
// {"format": "recoupe-groups-1",
//  "groups": [{"key": {"entity": "Meta", "metric": "capex", "period": "2025"},
//              "claims": ["a.txt#3", "b.txt#1"], "verdict": "discrepancy",
//              "reasons": [{"kind": "currency_swap", "claims": [...], "explanation": "…"}]}]}
// An unknown entity or period is JSON null. Groups keep the order they are given in
// (ClaimGrouper puts discrepancies first).
QJsonObject claimGroupToJson(const ClaimGroup &group);
QJsonObject groupsToJson(const QList<ClaimGroup> &groups);

} // namespace Recoupe
