#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include "claims/internedstring.h"

#include <algorithm>
#include <utility>

namespace Recoupe {

enum class Qualifier : quint8 { Exact, Approx, AtLeast, AtMost, Range };

QString qualifierName(Qualifier qualifier);              // "exact", "approx", "at_least", ...
Qualifier qualifierFromName(const QString &name, bool *ok = nullptr);

// What an other_money figure is, finer than the metric: two figures of other kinds are never
// compared (an EPS beside a cloud segment's revenue). Kept in the claims JSON as "kind".
enum class MoneyKind : quint8 {
    None,           // not other_money, or nothing more precise is known
    Estimate,       // analysts' expectation or consensus ("anticipated by analysts")
    Segment,        // a segment's figure (Google Cloud, AWS, Azure, advertising)
    PerShare,       // earnings per share
    SharePrice,     // a share's price
    Increase,       // an increase or a decrease by an amount ("a $10 billion increase")
    MarketValue,    // market capitalisation
    FundRaising,    // money raised, a funding round
    Valuation,      // what investors value a company at
    Debt,           // debt, bonds, loans
    Backlog,        // backlog, remaining performance obligations
    CashFlow,       // operating or free cash flow
    Charge,         // a charge, a fine, a loss on a bet
    RunRate,        // an annual revenue run rate
    Income,         // operating income, profit of a segment
};

QString moneyKindName(MoneyKind kind);                   // "estimate", "segment", ...; empty for None
MoneyKind moneyKindFromName(const QString &name);        // None for an unknown name

// Whether a claim is the parser's, or a fact-checker's (corrections.json, lib/corrections).
enum class ClaimOrigin : quint8 {
    Parsed,     // as the parser read it
    Corrected,  // the parser's claim with fields set by a fact-checker
    Added,      // a figure the parser missed, added by a fact-checker
};

// Where a field of a claim was found, when not in the figure's own clause. Stated in the JSON as
// "resolution" and in the figure's tooltip, so that a reader can check what the parser inferred.
enum class FieldSource : quint8 {
    Clause,          // written in the figure's clause (or the figure itself): nothing to explain
    Sentence,        // elsewhere in its sentence
    Coreference,     // "the company", "le groupe", "its" standing for a name
    PreviousSentence,// the sentence before, in the same paragraph
    Paragraph,       // the paragraph, list or section the figure continues
    Headline,        // the article's headline
    SameFigure,      // the same figure stated elsewhere in the article with it
    PublicationDate, // a relative period ("this year") read against the article's date
    FiscalCalendar,  // a company's fiscal quarter or year ("Q4 FY25", "fiscal 2026")
    MainEntity,      // the company the article is about
    EntityDefault,   // the entity's usual metric (entities.json)
    Restated,        // a demonstrative restating an earlier figure ("ces 109 Md€")
};

QString fieldSourceName(FieldSource source);             // "sentence", "paragraph", ...; empty for Clause

// How one field came to be: where, and the words that said it (a range of the reading text, of
// at most 65,535 characters). Eight bytes: a corpus holds hundreds of thousands of claims.
struct FieldResolution {
    FieldResolution() = default;
    FieldResolution(FieldSource source, qint32 start, qint32 end)
        : evidenceStart(start)
        , evidenceLength(quint16(std::clamp<qint32>(end - start, 0, 65535)))
        , source(source)
    {
    }
    qint32 evidenceEnd() const { return evidenceStart + evidenceLength; }

    qint32 evidenceStart = 0;
    quint16 evidenceLength = 0;
    FieldSource source = FieldSource::Clause;
    bool operator==(const FieldResolution &) const = default;
};

struct ClaimResolution {
    FieldResolution entity;
    FieldResolution metric;
    FieldResolution period;
    FieldResolution currency;
    bool operator==(const ClaimResolution &) const = default;
};

// One figure stated by one article, as recoupe-claims-1 (DESIGN.md) describes it.
// Empty strings stand for JSON null (entity, period, currency, unit).
//
// The quote and its sentence are ranges of the document's reading text, not copies: a folder of
// 10,000 articles holds about 100,000 claims, and their text would weigh as much again as the
// articles (DESIGN.md's memory budget is three times the corpus). quote() and sentence() read
// them from the text they were parsed from. The id is built from the document and the number.
struct Claim {
    InternedString document;       // Document::id
    InternedString entity;         // canonical entity name ("Meta"), empty when unknown
    InternedString metric;         // capex, revenue, net_income, other_money, gpus, power_gw, users, stock_move_pct
    InternedString period;         // "2025", "2025-Q2", "FY2025", "2025-2028"; empty when unknown
    double low = 0;
    double high = 0;
    InternedString currency;       // "USD", "EUR", "GBP" for money; empty for quantities
    InternedString unit;           // "GPU", "GW", "MW", "users", "%" for quantities; empty for money
    Qualifier qualifier = Qualifier::Exact;
    MoneyKind kind = MoneyKind::None;
    // The article gives this figure as the one before a newer one ("up from $85 billion",
    // "contre 75 milliards auparavant"): a later figure that differs is a revision, not an error.
    bool previous = false;
    ClaimOrigin origin = ClaimOrigin::Parsed; // in the padding before number: no byte more a claim
    int number = 0;         // n in the id, counting from 1 in reading order
    // UTF-16 offsets in the reading text; 32 bits, since CorpusLoader refuses files of over 16 MB.
    qint32 start = 0;       // the quote (the figure as written, hedge included)
    qint32 end = 0;
    qint32 sentenceStart = 0; // the sentence that holds it
    qint32 sentenceEnd = 0;
    // For a combined figure of several companies (entity "Big Tech"), the ones it sums, sorted and
    // comma-separated ("Alphabet,Amazon,Meta,Microsoft"); empty when the article does not name them.
    InternedString members;
    ClaimResolution resolution;

    // "<document id>#<n>"
    QString id() const { return document.toString() + u'#' + QString::number(number); }
    // Splits an id into its document and number; false when it has no "#<n>" ending.
    static bool splitId(const QString &id, QString *document, int *number);

    // The quote and the sentence in text, the reading text of the claim's document.
    template<typename Text>
    QString quote(const Text &text) const { return text.mid(start, end - start); }
    template<typename Text>
    QString sentence(const Text &text) const { return text.mid(sentenceStart, sentenceEnd - sentenceStart); }
    // The sentence as an output or a tooltip shows it: whole, unless it is so long that copying it
    // for each of its figures would grow with figures × length (a 48 KB "sentence" of 16,000
    // figures made 775 MB of JSON): then the words around the quote, with "…" where it was cut.
    static constexpr qint32 LongestShownSentence = 600;
    // Where the shown sentence begins and ends in the text (before any cut to whole words).
    std::pair<qint32, qint32> shownSentenceRange() const
    {
        if (sentenceEnd - sentenceStart <= LongestShownSentence)
            return {sentenceStart, sentenceEnd};
        return {std::max(sentenceStart, start - LongestShownSentence / 3), std::min(sentenceEnd, end + LongestShownSentence / 3)};
    }
    template<typename Text>
    QString shownSentence(const Text &text) const
    {
        const auto [from, to] = shownSentenceRange();
        if (from == sentenceStart && to == sentenceEnd)
            return sentence(text);
        return clippedSentence(text.mid(from, to - from), from > sentenceStart, to < sentenceEnd, start - from, end - from);
    }
    // part cut to whole words outside [quoteStart, quoteEnd), "…" on the sides cut.
    static QString clippedSentence(QString part, bool cutBefore, bool cutAfter, qsizetype quoteStart, qsizetype quoteEnd);

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
