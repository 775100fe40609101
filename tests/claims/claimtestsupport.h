#pragma once

#include "claims/claim.h"

#include <QString>
#include <QStringList>
#include <QTest>

namespace Recoupe {

// Lets QCOMPARE print two claims that differ (found by argument-dependent lookup).
inline char *toString(const Claim &claim)
{
    const QString text = QStringLiteral("Claim(%1 %2 entity=%3 metric=%4 period=%5 low=%6 high=%7 currency=%8 unit=%9 "
                                        "qualifier=%10 quote=\"%11\" at %12-%13)")
                             .arg(claim.id, claim.document, claim.entity, claim.metric, claim.period)
                             .arg(claim.low, 0, 'g', 15)
                             .arg(claim.high, 0, 'g', 15)
                             .arg(claim.currency, claim.unit, qualifierName(claim.qualifier), claim.quote)
                             .arg(claim.start)
                             .arg(claim.end);
    return QTest::toString(text);
}

// "Entity|metric|period|low|high|currency-or-unit|qualifier|quote", "-" for empty: one claim
// on one line of a _data() row.
inline QString describeClaim(const Claim &claim)
{
    auto orDash = [](const QString &s) { return s.isEmpty() ? QStringLiteral("-") : s; };
    return QStringList{orDash(claim.entity),
                       claim.metric,
                       orDash(claim.period),
                       QString::number(claim.low, 'g', 15),
                       QString::number(claim.high, 'g', 15),
                       orDash(claim.isMoney() ? claim.currency : claim.unit),
                       qualifierName(claim.qualifier),
                       claim.quote}
        .join(QLatin1Char('|'));
}

inline QString describeClaims(const ClaimList &claims)
{
    QStringList lines;
    for (const Claim &claim : claims)
        lines.append(describeClaim(claim));
    return lines.join(QStringLiteral(" ; "));
}

} // namespace Recoupe
