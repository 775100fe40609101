#pragma once

#include "claims/claim.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Recoupe {

// The fields of a claim that a fact-checker sets: those given replace the parser's, those left
// out keep them. The "set" and "add" objects of recoupe-corrections-1 (DESIGN.md).
struct ClaimChange {
    std::optional<QString> entity;
    std::optional<QString> metric;
    std::optional<QString> period;      // empty: the period is not stated
    std::optional<double> low;
    std::optional<double> high;
    std::optional<QString> currency;    // empty for a quantity
    std::optional<QString> unit;        // empty for money
    std::optional<Qualifier> qualifier;

    // 2025, 2025-Q3, 2025-H1, FY2025, FY2025-Q1, 2025-2028 (the first year before the second),
    // or empty (not stated): the forms of recoupe-claims-1.
    static bool isValidPeriod(const QString &period);

    bool isEmpty() const;
    // claim with the fields given here.
    void applyTo(Claim &claim) const;
    // The fields of after that differ from before: what a correction dialog records.
    static ClaimChange between(const Claim &before, const Claim &after);
    // Only the fields given, with JSON null for an empty entity, period, currency or unit.
    QJsonObject toJson() const;
    // A field of the wrong type, an unknown qualifier, a negative or inverted range, or a
    // malformed period is an error naming the field.
    static std::optional<ClaimChange> fromJson(const QJsonObject &object, QString *error = nullptr);
    // "entity Meta → Alphabet; period 2024 → 2025": what applying this to claim changes, in
    // words, for the corrections list and the report. Translated.
    QStringList describe(const Claim &claim) const;

    bool operator==(const ClaimChange &) const = default;
};

} // namespace Recoupe
