#pragma once

#include "claims/claim.h"
#include "compare/claimgroup.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Recoupe {

struct Document;
struct ExchangeRate;

// Figures, periods and dates in plain words of the UI language ("about 80 billion dollars",
// "Q2 2025", "January 2025"), for the explanations of discrepancies and the groups view.
// Whole phrases are translated (never "billion" + "dollars" glued together) because languages
// do not assemble them the same way ("80 milliards de dollars").
class ClaimWording
{
    Q_DECLARE_TR_FUNCTIONS(Recoupe::ClaimWording)

public:
    // The claim's amount with its hedge: "about 80 billion dollars", "60 to 65 billion dollars".
    static QString amount(const Claim &claim);
    // A computed amount (a conversion), rounded to three significant digits: "64.2 billion dollars".
    static QString computedAmount(double value, const QString &currency, const QString &unit);
    // "2024", "Q2 2025", "H1 2025", "fiscal 2025", "Q1 fiscal 2025", "2025 to 2028"; "no stated
    // period" when empty. The one wording of periods: the panels, the chart and the report use it.
    static QString period(const QString &period);
    // "30 January 2025", "January 2025", "2025"; "an unknown date" when empty.
    static QString date(const QString &date);
    // "the January 2025 average rate", "the 2025 average rate".
    static QString rate(const ExchangeRate &rate);
    // "capital expenditure", "revenue", "GPUs", ...; the key itself when unknown.
    static QString metric(const QString &metric);
    // The metric keys Recoupe names, in the order a list offers them: capex, revenue, ...
    static QStringList metricKeys();
    // "exact", "about", "at least", "at most", "range": how a figure is hedged, for choosers.
    static QString qualifier(Qualifier qualifier);
    // An other_money figure's finer kind: "earnings per share", "segment figure", ...; empty for None.
    static QString moneyKind(MoneyKind kind);
    // The metric of a group: its money kind when it has one, else metric().
    static QString metric(const GroupKey &key);
    // "Discrepancy", "Revised", "Agree", "Single source".
    static QString verdict(Verdict verdict);
    // verdict(), except for agreeing figures that no article dates: "Same figure, period not stated".
    static QString verdict(const ClaimGroup &group);
    // "high confidence", "medium confidence", "low confidence"; empty for None.
    static QString confidence(Confidence confidence);
    // "Entity · metric · period" in plain words: "Meta · capital expenditure · 2025"; a combined
    // figure names its companies: "Big Tech (Alphabet, Meta) · capital expenditure · 2025".
    static QString groupKey(const GroupKey &key);
    // How explanations name an article: its title in quotes (shortened when long), else its
    // file name.
    static QString article(const Document &document);
    static QString article(const QString &title, const QString &path);
    // Where the fields of a claim not written in its own clause came from, one line a field, for
    // the figure's tooltip: "Period from its paragraph: “Au troisième trimestre 2025, ...”".
    // text is the reading text of the claim's document; empty when every field is in the clause.
    static QStringList resolution(const Claim &claim, const QString &text);
    // The values a group's claims give, most stated first, each with how many articles give it:
    // "3 values: 64 to 65 billion dollars (12 articles), 72 billion dollars (5), 60 billion
    // dollars (1)". What a long list of reasons comes down to; past limit values (when limit > 0)
    // "and 4 other values". Empty when claims is.
    static QString valuesSummary(const QList<Claim> &claims, int limit = 0);
    // "a", "a and b", "a, b and c"; past limit items (when limit > 0): "a, b, c and 4 others".
    static QString list(const QStringList &items, int limit = 0);

private:
    static QString quantity(const QString &number, double magnitude, const QString &currency, const QString &unit);
};

} // namespace Recoupe
