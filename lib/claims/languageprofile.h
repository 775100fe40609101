#pragma once

#include "claims/claim.h"

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
    Month,          // January to December, in order: the first month of each quarter names it ("avril-juin")
    Results,        // "results", "résultats": a period stated about them frames the figures after it
    FrontedComparison, // "Comme Oracle l'an passé, l'éditeur ...": the name up to the comma is no subject
    ProjectAnaphor, // "the joint venture", "ce projet": stands for the project or programme last named
    Excluding,      // "excluding", "hors": revenue or a profit net of something is an adjusted figure, not the company's own
    FullYear,       // "full-year", "l'ensemble de l'exercice": a year's figure amid the paragraph's quarter
    // The lists from here on are looked up where a rule of the parser needs them
    // (LanguageKnowledge::isWord(), isPhrase(), startsPhrase()); cues() does not report them, so
    // that "from the" never hides the "from" of "up 44% from the $55.7B".
    PastPeriod,     // "last", "dernière": a relative period before the article's ("l'année dernière")
    NextPeriod,     // "next", "prochaine": after it
    ReportedQuarter, // "for the quarter": the quarter just reported, in a results article
    QuarterWord,    // "quarter", "trimestre": a relative period of a quarter, not a year
    YearsWord,      // "years", "ans": a relative period of several years ("over the next four years")
    Fiscal,         // "fiscal", "exercice": a quarter of the company's own calendar near it
    // The small words the parser's sentence rules read:
    ChangeFrom,     // "from", "by" before the first amount of a change: "rose from $60bn to $65bn" is two amounts
    ChangeFromOrBy, // French "de": the first amount of a change, or by how much after a rise ("a grimpé de 3 à 5 %")
    ClauseBreak,    // "tandis que", "whereas": a new clause starts at it
    ClauseBreakAfterComma, // ", mais", ", and": a new clause starts at the comma
    RelativePronoun, // ", qui ...,", ", which ...,": an aside
    Article,        // ", la maison mère de ...,": an apposition after a name
    Or,             // "Oracle, Nvidia ou Meta": a list of names goes on
    Source,         // "as much as €12 billion from the UAE": the name after it is the figure's
    MetricGap,      // "48 milliards de dollars de chiffre d'affaires", "$5bn in revenue": a cue right after the figure
    QuarterOf,      // "the first quarter of fiscal 2025": a quarter of that fiscal year
    QuarterYearGap, // "quatrième trimestre de 2024": the quarter of that year
    NamedYear,      // "l'année 2024" is 2024, not this year
    IncreaseOf,     // "an increase of $10 billion": the amount of the increase
    NounOf,         // "3 milliards d'abonnés": what a magnitude without currency counts follows it
    NotANoun,       // "$5bn and", "2 billion in": words after a magnitude that are not what it counts
    StakeIn,        // "invested $13 billion in OpenAI.": an investment in another company is a stake, not capex
    Pronoun,        // "they", "elles": a sentence that names no metric may refer back to the one before
    Count
};

QLatin1StringView cueName(Cue cue); // the JSON key: "rise", "per_share", ...

// A hedge of a figure, folded, hyphens read as spaces ("au delà de"): the bound it sets, and
// whether it follows the figure ("75 milliards estimés", "$5bn or more") or precedes it.
struct HedgePhrase {
    QString text;
    Qualifier bound = Qualifier::Approx;
    bool trailing = false;
};

// What a count is of: "gigawatts" (GW), "MW" (GW, scale 0.001), "puces" (GPU), "abonnés" (users).
struct UnitWord {
    QString unit;             // "GW", "GPU", "users"
    QString metric;           // "power_gw", "gpus", "users"
    double scale = 1;         // MW are counted in GW
    bool people = false;      // "personnes", "people": users unless the sentence is about jobs
};

// Words that join the two ends of a range: "entre 3 et 4", "from 3 to 4".
enum class RangeWord : quint8 { Between, And, To };

// One language's knowledge (recoupe-language-1, resources/languages/README.md): number words,
// magnitudes, currencies, hedges, the words of a range and of a quarter, the glue between a count
// and its unit, abbreviations, and cue phrases. The syntax-definition generator
// (resources/syntax/generate-recoupe-figures.py) reads the same files, so what the lexicon marks
// and what the parser reads of it are one list.
struct LanguageProfile {
    QString language;                     // "en", "fr"
    QHash<QString, double> numbers;       // "four" -> 4 (folded words)
    QHash<QString, double> magnitudes;    // "milliards" -> 1e9, "md" -> 1e9 (written out and abbreviated, folded)
    QHash<QString, QString> currencies;   // "dollars américains" -> "USD", "$" -> "USD" (folded)
    QList<HedgePhrase> hedges;            // before and after a figure
    QStringList rangeWords[3];            // by RangeWord, folded
    QStringList figureGlue;               // "de", "weekly", "H100" (folded): between a count and its unit
    QHash<QString, UnitWord> units;       // "mégawatts" -> GW at 0.001 (folded)
    QStringList commonWords;              // "the", "de": counted to tell an article's language when it is not stated
    QStringList jobStems;                 // "licenci", "hire": a sentence holding one is about jobs (case-insensitive)
    QList<QStringList> quarters;          // four lists: how quarters 1 to 4 are written (folded)
    QStringList abbreviations;            // as written: a dot after them ends no sentence ("Inc.", "Mme.")
    QList<QStringList> phrases[int(Cue::Count)]; // each phrase as folded words

    // Reads a recoupe-language-1 document; false (and error) when it is not one.
    bool load(const QByteArray &json, QString *error = nullptr);
    // ":/recoupe/languages/<language>.json", embedded in the library.
    static QString builtinPath(const QString &language);
    // The languages of the embedded profiles, in file-name order ("en", "fr").
    static QStringList builtinLanguages();
    static LanguageProfile builtin(const QString &language);
};

} // namespace Recoupe
