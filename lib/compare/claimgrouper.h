#pragma once

#include "claims/claim.h"
#include "compare/claimgroup.h"
#include "compare/exchangeratetable.h"
#include "corpus/document.h"

#include <QCoreApplication>
#include <QList>

namespace Recoupe {

// How far two stated figures may be apart and still agree, as fractions of the larger one.
struct ComparisonTolerance {
    // A figure as written is rounded to its last digit ("62 billion" is 61.5 to 62.5): the tolerance
    // is half a unit of the last significant digit, kept within these bounds. The floor absorbs
    // writers' own roundings; the ceiling keeps "1 %" and "1.6 %" apart.
    double roundingFloor = 0.01;
    double roundingCeiling = 0.025;
    // "about", "nearly", "some": "près de 80" and "80" agree, so do "about 83" and "78" (a
    // writer's "about" rounds to the nearest 5 or 10; ±10 % is also the reference annotations'
    // convention, ../shared/corpus/real-dev/groups-gold.json).
    double approximate = 0.10;
    // Added when an amount was converted: a writer converts at the day's rate, Recoupe at the
    // month's average; within a month EUR/USD rarely moves more than this.
    double conversion = 0.02;
    bool operator==(const ComparisonTolerance &) const = default;
};

// Groups claims about the same thing (entity, metric, period) across documents and says whether
// the sources agree, with a reason and a confidence for every disagreement. See claimgrouper.cpp
// for the rules. Near-linear in the number of claims: hashing by key, sorting and sweeping inside
// a group. Buckets (entity, metric, money kind, combined members) are compared on every thread of
// the global pool; the result does not depend on the number of threads.
class ClaimGrouper
{
    Q_DECLARE_TR_FUNCTIONS(Recoupe::ClaimGrouper)

public:
    explicit ClaimGrouper(ExchangeRateTable rates = ExchangeRateTable::builtin(), ComparisonTolerance tolerance = {});

    // documents gives each claim's article date (exchange rates, revisions, confidence), its title
    // (how explanations name it) and the order of sources; a claim whose document is missing is
    // treated as undated. Claims without an entity are not grouped: nothing says what they are
    // about; claims without a period are never a disagreement. Groups come discrepancies first,
    // then revised, agreeing and single-source groups, each by entity, metric and period.
    QList<ClaimGroup> group(const ClaimList &claims, const QList<Document> &documents) const;

    // The relative rounding tolerance of a figure written as `value` (see ComparisonTolerance).
    double roundingTolerance(double value) const;

private:
    ExchangeRateTable m_rates;
    ComparisonTolerance m_tolerance;
};

} // namespace Recoupe
