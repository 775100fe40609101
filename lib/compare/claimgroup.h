#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Recoupe {

enum class Verdict { Agree, Discrepancy, Revised, Single };

QString verdictName(Verdict verdict); // "agree", "discrepancy", "revised", "single"

struct GroupKey {
    QString entity;
    QString metric;
    QString period; // empty: no period stated
    bool operator==(const GroupKey &) const = default;
};

// Why a group is flagged. kind is one of recoupe-groups-1's reason kinds: value_mismatch,
// currency_swap, period_conflict, quantity_mismatch, percentage_mismatch, revision.
struct DiscrepancyReason {
    QString kind;
    QStringList claims;     // Claim::id of the claims involved
    QString explanation;    // one plain sentence in the UI language
    bool operator==(const DiscrepancyReason &) const = default;
};

struct ClaimGroup {
    GroupKey key;
    QStringList claims;     // Claim::id, in document then reading order
    QStringList documents;  // Document::id of the sources, distinct, in the same order
    Verdict verdict = Verdict::Single;
    QList<DiscrepancyReason> reasons;
    bool operator==(const ClaimGroup &) const = default;
};

} // namespace Recoupe

Q_DECLARE_METATYPE(Recoupe::ClaimGroup)
