#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Recoupe {

// What a word or phrase tells the claim parser about a figure near it. Each is one list of a
// language profile (resources/languages/LANG.json, key in cueName()).
enum class Cue : quint8 {
    Rise,           // "rose", "hausse": the sign of a share move
    Fall,           // "fell", "recul"
    Change,         // "raised", "passé": "de X à Y" is a change, not a range
    Estimate,       // analysts' expectations: other_money (kind estimate), whatever they are about
    Segment,        // a segment of a company (Google Cloud, AWS): other_money (kind segment)
    PerShare,       // "per share", "par action"
    SharePrice,     // "closed at", "cours de"
    MarketValue,    // "market cap", "capitalisation"
    IncreaseBy,     // "a $10 billion increase": the amount of a change
    FundRaising,    // "raised", "levée de fonds"
    Valuation,      // "valued at", "valorisation"
    Debt,
    Backlog,
    CashFlow,
    Charge,         // a charge, a fine, severance costs
    RunRate,        // "on an annual basis", "projection annuelle": no period form
    Income,         // operating income of a company or a segment
    Capex,          // investment and spending words that make a pledge capex
    Combined,       // "collectively", "les quatre géants": a figure of several companies together
    PreviousSide,   // "up from", "contre": the figure after it is the earlier one
    Since,          // "since 2022": a starting point, not the figure's period
    Annual,         // "annual", "annuel"
    Stock,          // "shares", "action"
    Jobs,           // "employees", "postes": people counted are not users
    ThisPeriod,     // determiners of a relative period ("this quarter", "ce trimestre")
    Demonstrative,  // "these", "ces": a figure restating an earlier one
    Possessive,     // "its", "sa": stands for a company
    Month,
    Abbreviation,   // a dot after these does not end a sentence
    Results,        // "results", "résultats": a period stated about them frames the figures after it
    FrontedComparison, // "Comme Oracle l'an passé, l'éditeur ...": the name up to the comma is no subject
    ProjectAnaphor, // "the joint venture", "ce projet": stands for the project or programme last named
    Count
};

QLatin1StringView cueName(Cue cue); // the JSON key: "rise", "per_share", ...

// One language's knowledge: number words, magnitudes and cue phrases (recoupe-language-1).
struct LanguageProfile {
    QString language;                     // "en", "fr"
    QHash<QString, double> numbers;       // "four" -> 4 (folded words)
    QHash<QString, double> magnitudes;    // "milliards" -> 1e9
    QList<QStringList> phrases[int(Cue::Count)]; // each phrase as folded words

    // Reads a recoupe-language-1 document; false (and error) when it is not one.
    bool load(const QByteArray &json, QString *error = nullptr);
    // ":/recoupe/languages/<language>.json", embedded in the library.
    static QString builtinPath(const QString &language);
    static LanguageProfile builtin(const QString &language);
};

} // namespace Recoupe
