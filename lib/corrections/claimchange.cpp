#include "corrections/claimchange.h"

#include "compare/claimwording.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {


// A string field: a string, or null for "not stated"; anything else is an error.
bool readText(const QJsonObject &object, QLatin1StringView key, std::optional<QString> *field, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (value.isNull()) {
        *field = QString();
        return true;
    }
    if (!value.isString()) {
        if (error)
            *error = QCoreApplication::translate("Recoupe::ClaimChange", "\"%1\" must be a string or null").arg(key);
        return false;
    }
    *field = value.toString().trimmed();
    return true;
}

bool readNumber(const QJsonObject &object, QLatin1StringView key, std::optional<double> *field, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < 0) {
        if (error)
            *error = QCoreApplication::translate("Recoupe::ClaimChange", "\"%1\" must be a number, zero or more").arg(key);
        return false;
    }
    *field = value.toDouble();
    return true;
}

QJsonValue textToJson(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString shown(const QString &text)
{
    return text.isEmpty() ? QCoreApplication::translate("Recoupe::ClaimChange", "none") : text;
}

} // namespace

bool ClaimChange::isValidPeriod(const QString &period)
{
    if (period.isEmpty())
        return true;
    static const QRegularExpression pattern(u"^(?:FY)?(\\d{4})(?:-(?:Q[1-4]|H[12]))?$|^(\\d{4})-(\\d{4})$"_s);
    const QRegularExpressionMatch match = pattern.match(period);
    if (!match.hasMatch())
        return false;
    if (match.hasCaptured(2))
        return match.capturedView(2).toInt() < match.capturedView(3).toInt();
    return true;
}

bool ClaimChange::isEmpty() const
{
    return *this == ClaimChange();
}

void ClaimChange::applyTo(Claim &claim) const
{
    if (entity)
        claim.entity = *entity;
    if (metric && *metric != claim.metric) {
        claim.metric = *metric;
        // The finer kind belongs to other_money; a metric set by hand says what the figure is.
        claim.kind = MoneyKind::None;
    }
    if (period)
        claim.period = *period;
    if (low)
        claim.low = *low;
    if (high)
        claim.high = *high;
    if (low && !high && claim.high < claim.low)
        claim.high = claim.low;
    if (high && !low && claim.low > claim.high)
        claim.low = claim.high;
    if (currency) {
        claim.currency = *currency;
        if (!currency->isEmpty())
            claim.unit.clear();
    }
    if (unit) {
        claim.unit = *unit;
        if (!unit->isEmpty())
            claim.currency.clear();
    }
    if (qualifier)
        claim.qualifier = *qualifier;
}

ClaimChange ClaimChange::between(const Claim &before, const Claim &after)
{
    ClaimChange change;
    if (after.entity != before.entity)
        change.entity = after.entity;
    if (after.metric != before.metric)
        change.metric = after.metric;
    if (after.period != before.period)
        change.period = after.period;
    if (after.low != before.low)
        change.low = after.low;
    if (after.high != before.high)
        change.high = after.high;
    if (after.currency != before.currency)
        change.currency = after.currency;
    if (after.unit != before.unit)
        change.unit = after.unit;
    if (after.qualifier != before.qualifier)
        change.qualifier = after.qualifier;
    return change;
}

QJsonObject ClaimChange::toJson() const
{
    QJsonObject object;
    if (entity)
        object.insert("entity"_L1, textToJson(*entity));
    if (metric)
        object.insert("metric"_L1, *metric);
    if (period)
        object.insert("period"_L1, textToJson(*period));
    if (low)
        object.insert("low"_L1, *low);
    if (high)
        object.insert("high"_L1, *high);
    if (currency)
        object.insert("currency"_L1, textToJson(*currency));
    if (unit)
        object.insert("unit"_L1, textToJson(*unit));
    if (qualifier)
        object.insert("qualifier"_L1, qualifierName(*qualifier));
    return object;
}

std::optional<ClaimChange> ClaimChange::fromJson(const QJsonObject &object, QString *error)
{
    ClaimChange change;
    if (!readText(object, "entity"_L1, &change.entity, error) || !readText(object, "metric"_L1, &change.metric, error)
        || !readText(object, "period"_L1, &change.period, error) || !readText(object, "currency"_L1, &change.currency, error)
        || !readText(object, "unit"_L1, &change.unit, error) || !readNumber(object, "low"_L1, &change.low, error)
        || !readNumber(object, "high"_L1, &change.high, error))
        return std::nullopt;
    if (change.metric && change.metric->isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Recoupe::ClaimChange", "\"metric\" cannot be empty");
        return std::nullopt;
    }
    if (change.period && !isValidPeriod(*change.period)) {
        if (error)
            *error = QCoreApplication::translate("Recoupe::ClaimChange", "\"period\" must be written as 2025, 2025-Q3, FY2025, FY2025-Q1 or 2025-2028, not \"%1\"")
                         .arg(*change.period);
        return std::nullopt;
    }
    if (change.low && change.high && *change.low > *change.high) {
        if (error)
            *error = QCoreApplication::translate("Recoupe::ClaimChange", "\"low\" is greater than \"high\"");
        return std::nullopt;
    }
    const QJsonValue qualifier = object.value("qualifier"_L1);
    if (!qualifier.isUndefined()) {
        bool ok = false;
        const Qualifier value = qualifierFromName(qualifier.toString(), &ok);
        if (!ok) {
            if (error)
                *error = QCoreApplication::translate("Recoupe::ClaimChange", "unknown \"qualifier\" %1").arg(qualifier.toVariant().toString());
            return std::nullopt;
        }
        change.qualifier = value;
    }
    return change;
}

QStringList ClaimChange::describe(const Claim &claim) const
{
    QStringList lines;
    const auto line = [&lines](const char *field, const QString &from, const QString &to) {
        if (from != to)
            lines.append(QCoreApplication::translate("Recoupe::ClaimChange", "%1: %2 → %3").arg(QCoreApplication::translate("Recoupe::ClaimChange", field), from, to));
    };
    if (entity)
        line(QT_TRANSLATE_NOOP("Recoupe::ClaimChange", "entity"), shown(claim.entity), shown(*entity));
    if (metric)
        line(QT_TRANSLATE_NOOP("Recoupe::ClaimChange", "metric"), ClaimWording::metric(claim.metric), ClaimWording::metric(*metric));
    if (period)
        line(QT_TRANSLATE_NOOP("Recoupe::ClaimChange", "period"), ClaimWording::period(claim.period), ClaimWording::period(*period));
    Claim after = claim;
    applyTo(after);
    if (low || high || currency || unit || qualifier)
        line(QT_TRANSLATE_NOOP("Recoupe::ClaimChange", "amount"), ClaimWording::amount(claim), ClaimWording::amount(after));
    return lines;
}

} // namespace Recoupe
