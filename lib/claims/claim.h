#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Recoupe {

enum class Qualifier { Exact, Approx, AtLeast, AtMost, Range };

QString qualifierName(Qualifier qualifier);              // "exact", "approx", "at_least", ...
Qualifier qualifierFromName(const QString &name, bool *ok = nullptr);

// One figure stated by one article, as recoupe-claims-1 (DESIGN.md) describes it.
// Empty strings stand for JSON null (entity, period, currency, unit).
struct Claim {
    QString id;             // "<document id>#<n>", n counting from 1 in reading order
    QString document;       // Document::id
    QString entity;         // canonical entity name ("Meta"), empty when unknown
    QString metric;         // capex, revenue, net_income, other_money, gpus, power_gw, users, stock_move_pct
    QString period;         // "2025", "2025-Q2", "FY2025", "2025-2028"; empty when unknown
    double low = 0;
    double high = 0;
    QString currency;       // "USD", "EUR", "GBP" for money; empty for quantities
    QString unit;           // "GPU", "GW", "MW", "users", "%" for quantities; empty for money
    Qualifier qualifier = Qualifier::Exact;
    QString quote;          // the figure as written, hedge included
    QString sentence;       // the sentence that holds it
    qsizetype start = 0;    // offsets of quote in the document's reading text
    qsizetype end = 0;

    bool isMoney() const { return !currency.isEmpty(); }
    bool operator==(const Claim &) const = default;
};

} // namespace Recoupe

// Every member moves by a plain copy of its bytes: a growing ClaimList is reallocated in place
// (on Linux, large ones by remapping) rather than copied into a second buffer beside the first.
Q_DECLARE_TYPEINFO(Recoupe::Claim, Q_RELOCATABLE_TYPE);

namespace Recoupe {

using ClaimList = QList<Claim>;

} // namespace Recoupe

Q_DECLARE_METATYPE(Recoupe::Claim)
