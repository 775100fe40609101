#pragma once

#include <QHash>
#include <QString>

#include <map>
#include <optional>

class QIODevice;

namespace Recoupe {

// The rate that converts euros into one currency, and which average it is, so that an
// explanation can say "at the January 2025 rate".
struct ExchangeRate {
    double perEuro = 0;     // units of the currency for 1 EUR; 0 when unknown
    QString period;         // the average used: "2025-01" (month) or "2025" (year); empty for EUR itself
    bool isValid() const { return perEuro > 0; }
    bool operator==(const ExchangeRate &) const = default;
};

// Average euro reference rates of the ECB (resources/fx/eur-rates.csv, embedded), looked up by
// an article's date. A conversion uses the rate of the article's month, else of its year, else
// the nearest month known (then the nearest year known, for currencies with annual rates only).
// An article with no date is converted at the latest annual average: an undated article is most
// likely recent, and a year's mean is the least surprising single rate.
class ExchangeRateTable
{
public:
    static QString builtinPath(); // ":/recoupe/fx/eur-rates.csv"
    // The embedded table. A fresh value at each call: no global state, cheap (about 160 rows).
    static ExchangeRateTable builtin();

    // CSV with the header "period,currency,per_eur[,...]"; period is YYYY-MM or YYYY.
    bool load(const QString &path, QString *error = nullptr);
    bool load(QIODevice *device, QString *error = nullptr);

    // Adds or replaces one average (period YYYY-MM or YYYY); for tests and user tables.
    void setRate(const QString &currency, const QString &period, double perEuro);

    bool isEmpty() const { return m_monthly.isEmpty() && m_annual.isEmpty(); }
    // EUR, and every currency with at least one rate.
    bool supports(const QString &currency) const;

    // date: "YYYY-MM-DD", "YYYY-MM", "YYYY" or empty. EUR always gives 1.
    ExchangeRate rate(const QString &currency, const QString &date) const;
    // amount in `from` expressed in `to`, both at the rates of `date`; nullopt when a currency is unknown.
    std::optional<double> convert(double amount, const QString &from, const QString &to, const QString &date) const;

private:
    // Keys: year * 12 + (month - 1) for months; the year for years. Ordered, for nearest lookups.
    QHash<QString, std::map<int, double>> m_monthly;
    QHash<QString, std::map<int, double>> m_annual;
};

} // namespace Recoupe
