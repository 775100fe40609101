#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>

namespace Recoupe {

// What the lexicon (resources/syntax/recoupe-figures.xml) says a stretch of text is. Each kind
// is one itemData of the definition; figureKindFromFormatName() maps the names.
enum class FigureKind : quint8 {
    Number,          // 62 · 1,3 · 2 000 · 1.6 · "un" in "un milliard"
    Year,            // 2025 · 2025-2028 (may still be an amount: "2000 GPU")
    Date,            // 2025-01-30 · 30 janvier 2025 · "30, 2025" of January 30, 2025 (never a period)
    Magnitude,       // milliards · billion · Md · bn · M
    Currency,        // € · $ · US$ · euros · USD
    Percent,         // % · pour cent · per cent
    Unit,            // gigawatts · MW · GPU · processeurs graphiques · utilisateurs
    Hedge,           // près de · plus de · jusqu'à · about · up to · estimés (after the figure); its words say the bound
    Range,           // entre · between · à · to · - · – (between two numbers)
    Comparison,      // par rapport à · compared with · contre · against · up from
    Entity,          // Meta · Meta Platforms · Google · projet Stargate
    Anaphor,         // l'entreprise · (le) groupe · (the) company (possessives are read by the parser)
    CapexCue,        // capex · dépenses d'investissement · investir · data centers · spending
    RevenueCue,      // chiffre d'affaires · revenue · sales
    NetIncomeCue,    // bénéfice net · profit · net income
    OtherMoneyCue,   // valorisation · dette · rachat · acquisition · operating income
    StockCue,        // action(s) · titre · Bourse · shares · stock
    Quarter,         // quatrième trimestre · T4 · Q4 · fourth quarter · entre avril et juin
    FiscalYear,      // exercice · fiscal · FY25 (the year follows as a Year token, or is inside)
    RelativePeriod,  // cette année · l'année dernière · last year · dernier trimestre · sur quatre ans
    PeriodUntil,     // jusqu'en · until · through (before a year)
};

// The itemData name of a kind ("Capex Cue"), and back. Returns false for "Normal Text"
// and names the lexicon does not define.
QString figureKindName(FigureKind kind);
bool figureKindFromFormatName(QStringView name, FigureKind *kind);

// One typed stretch of a document's reading text. 32-bit offsets: a corpus holds millions of
// tokens, and a document is at most CorpusLoadOptions::maxFileBytes long.
struct FigureToken {
    FigureKind kind = FigureKind::Number;
    qint32 start = 0;
    qint32 length = 0;

    qint32 end() const { return start + length; }
    QStringView textIn(QStringView text) const { return text.sliced(start, length); }
    bool operator==(const FigureToken &) const = default;
};

using FigureTokenList = QList<FigureToken>;

} // namespace Recoupe

Q_DECLARE_METATYPE(Recoupe::FigureToken)
