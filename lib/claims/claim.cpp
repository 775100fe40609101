#include "claims/claim.h"

#include <array>

namespace Recoupe {

QString Claim::clippedSentence(QString part, bool cutBefore, bool cutAfter, qsizetype quoteStart, qsizetype quoteEnd)
{
    quoteStart = std::clamp<qsizetype>(quoteStart, 0, part.size());
    quoteEnd = std::clamp<qsizetype>(quoteEnd, quoteStart, part.size());
    if (cutAfter) {
        const qsizetype space = part.lastIndexOf(u' ');
        if (space >= quoteEnd)
            part.truncate(space);
        part += QChar(0x2026);
    }
    if (cutBefore) {
        const qsizetype space = part.indexOf(u' ');
        if (space >= 0 && space < quoteStart)
            part.remove(0, space + 1);
        part.prepend(QChar(0x2026));
    }
    return part;
}

namespace {
struct QualifierName {
    Qualifier qualifier;
    QLatin1StringView name;
};
constexpr std::array qualifierNames{
    QualifierName{Qualifier::Exact, QLatin1StringView("exact")},
    QualifierName{Qualifier::Approx, QLatin1StringView("approx")},
    QualifierName{Qualifier::AtLeast, QLatin1StringView("at_least")},
    QualifierName{Qualifier::AtMost, QLatin1StringView("at_most")},
    QualifierName{Qualifier::Range, QLatin1StringView("range")},
};
constexpr std::array<QLatin1StringView, 15> moneyKindNames{
    QLatin1StringView(""), QLatin1StringView("estimate"), QLatin1StringView("segment"), QLatin1StringView("per_share"),
    QLatin1StringView("share_price"), QLatin1StringView("increase"), QLatin1StringView("market_value"),
    QLatin1StringView("fund_raising"), QLatin1StringView("valuation"), QLatin1StringView("debt"),
    QLatin1StringView("backlog"), QLatin1StringView("cash_flow"), QLatin1StringView("charge"),
    QLatin1StringView("run_rate"), QLatin1StringView("income")};
static_assert(moneyKindNames.size() == std::size_t(MoneyKind::Income) + 1);

constexpr std::array<QLatin1StringView, 12> fieldSourceNames{
    QLatin1StringView(""), QLatin1StringView("sentence"), QLatin1StringView("coreference"),
    QLatin1StringView("previous_sentence"), QLatin1StringView("paragraph"), QLatin1StringView("headline"),
    QLatin1StringView("same_figure"), QLatin1StringView("publication_date"), QLatin1StringView("fiscal_calendar"),
    QLatin1StringView("main_entity"), QLatin1StringView("entity_default"), QLatin1StringView("restated")};
static_assert(fieldSourceNames.size() == std::size_t(FieldSource::Restated) + 1);
} // namespace

QString moneyKindName(MoneyKind kind)
{
    return moneyKindNames.at(std::size_t(kind));
}

MoneyKind moneyKindFromName(const QString &name)
{
    for (std::size_t i = 1; i < moneyKindNames.size(); ++i) {
        if (name == moneyKindNames.at(i))
            return MoneyKind(i);
    }
    return MoneyKind::None;
}

QString fieldSourceName(FieldSource source)
{
    return fieldSourceNames.at(std::size_t(source));
}

bool Claim::splitId(const QString &id, QString *document, int *number)
{
    const qsizetype hash = id.lastIndexOf(u'#');
    bool ok = false;
    const int n = hash > 0 ? id.sliced(hash + 1).toInt(&ok) : 0;
    if (!ok || n < 1)
        return false;
    if (document)
        *document = id.first(hash);
    if (number)
        *number = n;
    return true;
}

QString qualifierName(Qualifier qualifier)
{
    for (const auto &entry : qualifierNames) {
        if (entry.qualifier == qualifier)
            return entry.name;
    }
    return {};
}

Qualifier qualifierFromName(const QString &name, bool *ok)
{
    for (const auto &entry : qualifierNames) {
        if (name == entry.name) {
            if (ok)
                *ok = true;
            return entry.qualifier;
        }
    }
    if (ok)
        *ok = false;
    return Qualifier::Exact;
}

} // namespace Recoupe
