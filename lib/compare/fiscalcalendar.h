#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

class QIODevice;

namespace Recoupe {

// The days a period covers, both ends included.
struct DateSpan {
    QDate first;
    QDate last;
    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    // The middle day: where a chart places a figure that covers the whole span.
    QDate middle() const { return isValid() ? first.addDays(first.daysTo(last) / 2) : QDate(); }
    bool operator==(const DateSpan &) const = default;
};

// How one company counts its fiscal years.
struct FiscalYearRule {
    int endMonth = 12;
    int endDay = 31;
    // FY2025 is the fiscal year that ends in 2025 (Microsoft, Oracle, Nvidia); a few companies
    // (SoftBank) name it after the year in which it starts instead.
    bool namedAfterStart = false;
    bool operator==(const FiscalYearRule &) const = default;
};

// Which days a claim's period ("2025", "2025-Q2", "2025-H1", "FY2025", "FY2025-Q1", "2025-2028")
// covers, for a given company. Calendar periods are the same for everyone; fiscal years follow
// the company's calendar, read from a documented table (resources/fiscal/fiscal-years.json,
// embedded) that a user file of the same format extends or overrides. A company that is not
// listed keeps the calendar year: guessing a fiscal calendar would misplace its figures.
class FiscalCalendar
{
    Q_DECLARE_TR_FUNCTIONS(Recoupe::FiscalCalendar)

public:
    static QString builtinPath(); // ":/recoupe/fiscal/fiscal-years.json"
    // The embedded table; a fresh value at each call (no global state).
    static FiscalCalendar builtin();

    // Reads a recoupe-fiscal-years-1 file; its entries are added to (and win over) those already
    // known. On error nothing is changed.
    bool load(const QString &path, QString *error = nullptr);
    bool load(QIODevice *device, QString *error = nullptr);

    void setRule(const QString &entity, const FiscalYearRule &rule);
    // The company's rule; the calendar year when the entity is not listed.
    FiscalYearRule rule(const QString &entity) const;
    bool hasRule(const QString &entity) const;

    // The days of fiscal year `year` (as the company names it).
    DateSpan fiscalYear(const QString &entity, int year) const;
    // The days of `period` for `entity`; invalid when the period is empty or not understood.
    DateSpan span(const QString &entity, const QString &period) const;

private:
    QHash<QString, FiscalYearRule> m_rules; // keyed by entity name, case-folded
};

} // namespace Recoupe
