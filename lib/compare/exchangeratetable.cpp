#include "compare/exchangeratetable.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

const char *const trContext = "Recoupe::ExchangeRateTable";

struct ParsedDate {
    int year = 0;
    int month = 0; // 0: not stated
};

// Dates as Document::date writes them (YYYY, YYYY-MM, YYYY-MM-DD, anything after is ignored);
// periods of the table too. Read by hand: a comparison converts thousands of amounts, and a
// regular expression per date was most of the cost of a conversion.
ParsedDate parseDate(QStringView text)
{
    text = text.trimmed();
    const auto digits = [&text](qsizetype from, qsizetype count) {
        if (text.size() < from + count)
            return -1;
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t unit = text[i].unicode();
            if (unit < u'0' || unit > u'9')
                return -1;
            value = value * 10 + (unit - u'0');
        }
        return value;
    };
    ParsedDate date;
    date.year = std::max(0, digits(0, 4));
    if (date.year == 0 || text.size() < 7 || text[4] != u'-')
        return date;
    const int month = digits(5, 2);
    if (month >= 1 && month <= 12)
        date.month = month;
    return date;
}

int monthKey(int year, int month) { return year * 12 + (month - 1); }

QString monthName(int key)
{
    char name[24];
    const int size = std::snprintf(name, sizeof name, "%d-%02d", key / 12, key % 12 + 1);
    return QString::fromLatin1(name, size);
}

// The entry of `rates` whose key is nearest to `key`; the earlier one on a tie, because a rate
// that was already published is what a writer could have used.
std::map<int, double>::const_iterator nearest(const std::map<int, double> &rates, int key)
{
    auto after = rates.lower_bound(key);
    if (after == rates.cend())
        return std::prev(after);
    if (after->first == key || after == rates.cbegin())
        return after;
    auto before = std::prev(after);
    return (key - before->first) <= (after->first - key) ? before : after;
}

} // namespace

QString ExchangeRateTable::builtinPath()
{
    return u":/recoupe/fx/eur-rates.csv"_s;
}

ExchangeRateTable ExchangeRateTable::builtin()
{
    ExchangeRateTable table;
    // The resource is compiled in: failing to read it is a build error, which the tests catch.
    table.load(builtinPath());
    return table;
}

bool ExchangeRateTable::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = QCoreApplication::translate(trContext, "Cannot read the exchange rates %1: %2").arg(path, file.errorString());
        return false;
    }
    return load(&file, error);
}

bool ExchangeRateTable::load(QIODevice *device, QString *error)
{
    const auto fail = [error](int line, const QString &why) {
        if (error)
            *error = QCoreApplication::translate(trContext, "Exchange rates, line %1: %2").arg(line).arg(why);
        return false;
    };
    int lineNumber = 0;
    bool headerSeen = false;
    while (!device->atEnd()) {
        const QString line = QString::fromUtf8(device->readLine()).trimmed();
        ++lineNumber;
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u',');
        if (!headerSeen) {
            if (fields.size() < 3 || fields.at(0) != "period"_L1 || fields.at(1) != "currency"_L1 || fields.at(2) != "per_eur"_L1)
                return fail(lineNumber, QCoreApplication::translate(trContext, "expected the header period,currency,per_eur"));
            headerSeen = true;
            continue;
        }
        if (fields.size() < 3)
            return fail(lineNumber, QCoreApplication::translate(trContext, "expected at least three fields"));
        bool ok = false;
        const double perEuro = fields.at(2).toDouble(&ok);
        const ParsedDate period = parseDate(fields.at(0));
        if (!ok || !(perEuro > 0) || period.year == 0)
            return fail(lineNumber, QCoreApplication::translate(trContext, "invalid period or rate"));
        setRate(fields.at(1).trimmed().toUpper(), fields.at(0).trimmed(), perEuro);
    }
    if (!headerSeen)
        return fail(lineNumber, QCoreApplication::translate(trContext, "the file is empty"));
    return true;
}

void ExchangeRateTable::setRate(const QString &currency, const QString &period, double perEuro)
{
    const ParsedDate date = parseDate(period);
    if (date.year == 0)
        return;
    if (date.month > 0)
        m_monthly[currency][monthKey(date.year, date.month)] = perEuro;
    else
        m_annual[currency][date.year] = perEuro;
}

bool ExchangeRateTable::supports(const QString &currency) const
{
    return currency == "EUR"_L1 || m_monthly.contains(currency) || m_annual.contains(currency);
}

ExchangeRate ExchangeRateTable::rate(const QString &currency, const QString &date) const
{
    if (currency == "EUR"_L1)
        return {1.0, {}};
    const auto monthly = m_monthly.constFind(currency);
    const auto annual = m_annual.constFind(currency);
    const bool hasMonthly = monthly != m_monthly.cend() && !monthly->empty();
    const bool hasAnnual = annual != m_annual.cend() && !annual->empty();
    if (!hasMonthly && !hasAnnual)
        return {};

    const ParsedDate parsed = parseDate(date);
    if (parsed.year == 0) {
        if (hasAnnual)
            return {annual->crbegin()->second, QString::number(annual->crbegin()->first)};
        return {monthly->crbegin()->second, monthName(monthly->crbegin()->first)};
    }
    if (hasMonthly && parsed.month > 0) {
        const auto it = monthly->find(monthKey(parsed.year, parsed.month));
        if (it != monthly->cend())
            return {it->second, monthName(it->first)};
    }
    if (hasAnnual) {
        const auto it = annual->find(parsed.year);
        if (it != annual->cend())
            return {it->second, QString::number(it->first)};
    }
    if (hasMonthly) {
        // A year alone stands for its middle when looking for the nearest month.
        const int key = monthKey(parsed.year, parsed.month > 0 ? parsed.month : 7);
        const auto it = nearest(*monthly, key);
        return {it->second, monthName(it->first)};
    }
    const auto it = nearest(*annual, parsed.year);
    return {it->second, QString::number(it->first)};
}

std::optional<double> ExchangeRateTable::convert(double amount, const QString &from, const QString &to, const QString &date) const
{
    if (from == to)
        return amount;
    const ExchangeRate fromRate = rate(from, date);
    const ExchangeRate toRate = rate(to, date);
    if (!fromRate.isValid() || !toRate.isValid())
        return std::nullopt;
    return amount / fromRate.perEuro * toRate.perEuro;
}

} // namespace Recoupe
