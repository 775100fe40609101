#pragma once

#include "claims/claim.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Recoupe {

enum class Verdict { Agree, Discrepancy, Revised, Single };

QString verdictName(Verdict verdict); // "agree", "discrepancy", "revised", "single"

// How sure Recoupe is that a disagreement is an error rather than a hedge, a rounding or a
// parser's guess. None for reasons that are not disagreements (revision).
enum class Confidence { None, Low, Medium, High };

QString confidenceName(Confidence confidence); // "low", "medium", "high"; empty for None

// What a group is about. kind and members narrow it where the metric alone lumps different
// figures together: an other_money figure's finer kind (an EPS is never compared with a segment's
// revenue), and for a combined figure ("Big Tech") the companies it sums.
struct GroupKey {
    QString entity;
    QString metric;
    QString period; // empty: no period stated
    MoneyKind kind = MoneyKind::None;
    QString members = {}; // Claim::members: sorted, comma-separated; empty when not a combined figure
    bool operator==(const GroupKey &) const = default;
};

// Why a group is flagged. kind is one of recoupe-groups-1's reason kinds: value_mismatch,
// currency_swap, period_conflict, quantity_mismatch, percentage_mismatch, revision.
struct DiscrepancyReason {
    QString kind;
    QStringList claims;     // Claim::id of the claims involved
    QString explanation;    // one plain sentence in the UI language
    Confidence confidence = Confidence::None;
    // Why that confidence, in a few words of the UI language. Default-initialised, like every
    // member added after the first three, so that {kind, claims, explanation} still builds one.
    QString confidenceReason = {};
    bool isDiscrepancy() const { return kind != QLatin1StringView("revision"); }
    bool operator==(const DiscrepancyReason &) const = default;
};

struct ClaimGroup {
    GroupKey key;
    QStringList claims;     // Claim::id, in document then reading order
    QStringList documents;  // Document::id of the sources, distinct, in the same order
    Verdict verdict = Verdict::Single;
    QList<DiscrepancyReason> reasons;

    // False for the groups of figures that no article dates: they are never disagreements
    // ("same figure, period not stated"), since each may be about another period.
    bool periodStated() const { return !key.period.isEmpty(); }
    // The strongest confidence among the disagreements; None when there is none.
    Confidence confidence() const;
    bool operator==(const ClaimGroup &) const = default;
};

} // namespace Recoupe

Q_DECLARE_METATYPE(Recoupe::ClaimGroup)
