#include "compare/fiscalcalendar.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

// A year end such as 02-29 is valid only in leap years: fall back to the last day of the month.
QDate dayOfYear(int year, int month, int day)
{
    const QDate firstOfMonth(year, month, 1);
    return QDate(year, month, std::min(day, firstOfMonth.daysInMonth()));
}

DateSpan calendarYears(int firstYear, int lastYear)
{
    return {QDate(firstYear, 1, 1), QDate(lastYear, 12, 31)};
}

} // namespace

QString FiscalCalendar::builtinPath()
{
    return u":/recoupe/fiscal/fiscal-years.json"_s;
}

FiscalCalendar FiscalCalendar::builtin()
{
    FiscalCalendar calendar;
    // The embedded table is checked by the tests; a failure here can only be a build mistake.
    calendar.load(builtinPath());
    return calendar;
}

bool FiscalCalendar::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return load(&file, error);
}

bool FiscalCalendar::load(QIODevice *device, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(device->readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = tr("Not a JSON object: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value("format"_L1).toString() != "recoupe-fiscal-years-1"_L1) {
        if (error)
            *error = tr("Not a fiscal-year table (expected \"format\": \"recoupe-fiscal-years-1\").");
        return false;
    }
    static const QRegularExpression monthDay(u"^(\\d{2})-(\\d{2})$"_s);
    QHash<QString, FiscalYearRule> rules;
    const QJsonObject entities = root.value("entities"_L1).toObject();
    for (auto it = entities.constBegin(); it != entities.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const QRegularExpressionMatch match = monthDay.match(entry.value("yearEnd"_L1).toString());
        const int month = match.hasMatch() ? match.capturedView(1).toInt() : 0;
        const int day = match.hasMatch() ? match.capturedView(2).toInt() : 0;
        if (month < 1 || month > 12 || day < 1 || day > QDate(2024, month, 1).daysInMonth()) {
            if (error)
                *error = tr("%1: \"yearEnd\" must be MM-DD, for example 06-30.").arg(it.key());
            return false;
        }
        const QString namedAfter = entry.value("namedAfter"_L1).toString(u"end"_s);
        if (namedAfter != "end"_L1 && namedAfter != "start"_L1) {
            if (error)
                *error = tr("%1: \"namedAfter\" must be \"end\" or \"start\".").arg(it.key());
            return false;
        }
        rules.insert(it.key().toCaseFolded(), FiscalYearRule{month, day, namedAfter == "start"_L1});
    }
    m_rules.insert(rules);
    return true;
}

void FiscalCalendar::setRule(const QString &entity, const FiscalYearRule &rule)
{
    m_rules.insert(entity.toCaseFolded(), rule);
}

FiscalYearRule FiscalCalendar::rule(const QString &entity) const
{
    return m_rules.value(entity.toCaseFolded());
}

bool FiscalCalendar::hasRule(const QString &entity) const
{
    return m_rules.contains(entity.toCaseFolded());
}

DateSpan FiscalCalendar::fiscalYear(const QString &entity, int year) const
{
    const FiscalYearRule fiscal = rule(entity);
    const int endYear = fiscal.namedAfterStart && !(fiscal.endMonth == 12 && fiscal.endDay == 31) ? year + 1 : year;
    const QDate last = dayOfYear(endYear, fiscal.endMonth, fiscal.endDay);
    const QDate previousEnd = dayOfYear(endYear - 1, fiscal.endMonth, fiscal.endDay);
    return {previousEnd.addDays(1), last};
}

DateSpan FiscalCalendar::span(const QString &entity, const QString &period) const
{
    static const QRegularExpression pattern(
        u"^(FY)?(\\d{4})(?:-(?:Q([1-4])|H([12])|(\\d{4})))?$"_s);
    const QRegularExpressionMatch match = pattern.match(period.trimmed());
    if (!match.hasMatch())
        return {};
    const bool fiscal = match.hasCaptured(1);
    const int year = match.capturedView(2).toInt();
    DateSpan whole = fiscal ? fiscalYear(entity, year) : calendarYears(year, year);
    if (match.hasCaptured(5)) {
        const int lastYear = match.capturedView(5).toInt();
        if (lastYear < year)
            return {};
        if (fiscal)
            return {whole.first, fiscalYear(entity, lastYear).last};
        return calendarYears(year, lastYear);
    }
    if (match.hasCaptured(3)) {
        const int quarter = match.capturedView(3).toInt();
        const QDate first = whole.first.addMonths(3 * (quarter - 1));
        return {first, first.addMonths(3).addDays(-1)};
    }
    if (match.hasCaptured(4)) {
        const int half = match.capturedView(4).toInt();
        const QDate first = whole.first.addMonths(6 * (half - 1));
        return {first, first.addMonths(6).addDays(-1)};
    }
    return whole;
}

} // namespace Recoupe
