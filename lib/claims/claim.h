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
//
// The quote and its sentence are ranges of the document's reading text, not copies: a folder of
// 10,000 articles holds about 100,000 claims, and their text would weigh as much again as the
// articles (DESIGN.md's memory budget is three times the corpus). quote() and sentence() read
// them from the text they were parsed from. The id is built from the document and the number.
struct Claim {
    QString document;       // Document::id
    QString entity;         // canonical entity name ("Meta"), empty when unknown
    QString metric;         // capex, revenue, net_income, other_money, gpus, power_gw, users, stock_move_pct
    QString period;         // "2025", "2025-Q2", "FY2025", "2025-2028"; empty when unknown
    double low = 0;
    double high = 0;
    QString currency;       // "USD", "EUR", "GBP" for money; empty for quantities
    QString unit;           // "GPU", "GW", "MW", "users", "%" for quantities; empty for money
    Qualifier qualifier = Qualifier::Exact;
    int number = 0;         // n in the id, counting from 1 in reading order
    // UTF-16 offsets in the reading text; 32 bits, since CorpusLoader refuses files of over 16 MB.
    qint32 start = 0;       // the quote (the figure as written, hedge included)
    qint32 end = 0;
    qint32 sentenceStart = 0; // the sentence that holds it
    qint32 sentenceEnd = 0;

    // "<document id>#<n>"
    QString id() const { return document + u'#' + QString::number(number); }
    // Splits an id into its document and number; false when it has no "#<n>" ending.
    static bool splitId(const QString &id, QString *document, int *number);

    // The quote and the sentence in text, the reading text of the claim's document.
    template<typename Text>
    QString quote(const Text &text) const { return text.mid(start, end - start); }
    template<typename Text>
    QString sentence(const Text &text) const { return text.mid(sentenceStart, sentenceEnd - sentenceStart); }

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
