#include "claims/claimparser.h"

#include "figures/softlinebreaks.h"

#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

// How a claim is read, in order:
//
// 1. Sentences: lines (a plain-text line wrapped inside a sentence is joined first, see
//    joinSoftLineBreaks), and . ! ? … followed by a space or a capital ("euros.Mais"), except
//    after a one-letter word or a common abbreviation ("M. Dupont", "U.S.").
// 2. Figures, from the tokens of a sentence: [hedge] [entre|between] [currency] NUMBER
//    [magnitude...] [de|d'|of] [currency] [%] [glue] [unit], optionally followed by a range
//    connector and a second such part ("60 à 65 milliards", "$60 billion to $65 billion",
//    "entre 38 et 40"), and by a trailing hedge ("estimés"). A bare first part borrows the
//    second's magnitude and currency. "de X à Y" after a verb of change ("passé de 30 à 45
//    milliards") is two figures, not a range. A year is only an amount when a magnitude,
//    currency, unit or % follows it. A bare number (page, date, phone, "n°1", "Llama 4") is no
//    claim, nor is an amount per share. A magnitude without currency ("179 milliards,") takes
//    the currency of the nearest money figure of its sentence, unless a noun follows
//    ("3 milliards de messages").
// 3. Kind: a unit makes a quantity (GPU, GW with MW converted, users; "personnes" in a
//    sentence about jobs are not users); a percentage is a claim only as a share-price move
//    (its nearest metric cue is a stock cue), signed by the nearest rise/fall word before it;
//    anything else with a currency is money.
// 4. Entity: sentences are cut into clauses (";", "tandis que", "while", ", but", ", et"...)
//    and asides (", qui ...,", ", which ...,", appositions after a name, parentheses). The entity
//    is the nearest name before the figure in its clause, ignoring names inside asides the
//    figure is not in (for a figure inside an aside, the aside's own names, then the name it
//    hangs on); then the nearest after it in the clause; then the nearest before it in the
//    sentence. "l'entreprise", "le groupe", "the company", "son/sa/ses/its" stand for the
//    nearest name before them in their sentence, else the first name of the sentence before,
//    else the article's main entity. A sentence with no name at all goes on with the sentence
//    before it on its line, else it is about the main entity. The main entity is the most
//    mentioned one when it stands out (twice or more, twice as often as any other).
// 5. Metric of money: a cue right after the figure ("de chiffre d'affaires", "in revenue",
//    "en investissement"), else the nearest cue before it in its clause (not one inside an
//    apposition closed before the figure), after it in the clause, anywhere in the sentence;
//    else the entity's default metric (entities.json); else the metric of the last money figure
//    of the paragraph when the sentence has no cue at all; else other_money.
// 6. Period: the nearest period of the figure's part of its clause, a comparison ("par rapport
//    à", "compared with", "up from", "against") splitting the clause in two parts. A part
//    without a period facing "l'année dernière"/"last year" across the comparison is the year
//    after it. Then a period written before the sentence's first figure. Relative periods
//    resolve against the document's date (quarters need its month; "sur quatre ans" is four
//    years from the article's); unresolvable ones stay empty. "January 2025" dates news, it is
//    no period. "the first quarter of fiscal 2025" is FY2025-Q1. A share-price move only takes
//    a period written after it in its clause ("a gagné 20 % en 2024").
// 7. Within a document, a claim without any stated period takes the period of the same claim
//    (entity, metric, currency or unit, amount within 1 %) stated elsewhere with one, when all
//    such statements agree: a restated figure keeps its year.

namespace Recoupe {

namespace {

struct Span {
    qsizetype start = 0;
    qsizetype end = 0;
    bool contains(qsizetype position) const { return position >= start && position < end; }
};

QString folded(QStringView text)
{
    QString result = text.toString().toCaseFolded();
    result.replace(u'\u2019', u'\'');
    result.replace(u'\u00a0', u' ');
    result.replace(u'\u202f', u' ');
    return result.simplified();
}

bool isBlank(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

// "", " ", " de ", " d'", " of ", " du ", " weekly active ", " Nvidia H100 ": what may sit between
// the parts of one figure (the lexicon's "figure glue" list, generate-recoupe-figures.py).
bool isGlue(QStringView gap)
{
    static const QStringList glue{u"de"_s, u"d"_s, u"of"_s, u"du"_s, u"weekly"_s, u"monthly"_s, u"daily"_s, u"active"_s,
                                  u"paying"_s, u"new"_s, u"additional"_s, u"extra"_s, u"Nvidia"_s, u"AMD"_s, u"H100"_s,
                                  u"H200"_s, u"H800"_s, u"A100"_s, u"B200"_s, u"GB200"_s, u"Blackwell"_s, u"Hopper"_s};
    QString words = gap.toString();
    words.replace(u'\'', u' ');
    words.replace(u'\u2019', u' ');
    const QStringList parts = words.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(parts.cbegin(), parts.cend(), [](const QString &word) { return glue.contains(word, Qt::CaseInsensitive); });
}

double wordNumber(const QString &word)
{
    static const QHash<QString, double> numbers{
        {u"un"_s, 1}, {u"une"_s, 1}, {u"one"_s, 1}, {u"a"_s, 1}, {u"an"_s, 1},
        {u"deux"_s, 2}, {u"two"_s, 2}, {u"trois"_s, 3}, {u"three"_s, 3}, {u"quatre"_s, 4}, {u"four"_s, 4},
        {u"cinq"_s, 5}, {u"five"_s, 5}, {u"six"_s, 6}, {u"sept"_s, 7}, {u"seven"_s, 7}, {u"huit"_s, 8},
        {u"eight"_s, 8}, {u"neuf"_s, 9}, {u"nine"_s, 9}, {u"dix"_s, 10}, {u"ten"_s, 10}};
    return numbers.value(word, -1);
}

// French writes 1,3 and 2 000; English 1.3 and 2,000. A lone group of three digits after the
// separator is a thousands group in English, a decimal part in French ("1,300" = 1.3), except
// that French "1.000" (dot, three digits) is a thousand.
std::optional<double> parseNumber(QStringView written, bool french)
{
    if (!written.isEmpty() && written.front().isLetter()) {
        const double value = wordNumber(written.toString().toLower());
        return value < 0 ? std::nullopt : std::optional<double>(value);
    }
    QString digits;
    digits.reserve(written.size());
    for (QChar c : written) {
        if (c.isDigit() || c == u',' || c == u'.')
            digits.append(c);
    }
    const qsizetype lastComma = digits.lastIndexOf(u',');
    const qsizetype lastDot = digits.lastIndexOf(u'.');
    auto groupsOfThree = [](const QStringList &groups) {
        return std::all_of(groups.cbegin() + 1, groups.cend(), [](const QString &g) { return g.size() == 3; });
    };
    if (lastComma >= 0 && lastDot >= 0) {
        const QChar decimal = lastComma > lastDot ? u',' : u'.';
        digits.remove(decimal == u',' ? u'.' : u',');
        digits.replace(u',', u'.');
    } else if (lastComma >= 0) {
        const QStringList groups = digits.split(u',');
        if ((!french || groups.size() > 2) && groupsOfThree(groups))
            digits.remove(u',');
        else
            digits.replace(u',', u'.');
    } else if (lastDot >= 0) {
        const QStringList groups = digits.split(u'.');
        if ((groups.size() > 2 || french) && groupsOfThree(groups))
            digits.remove(u'.');
    }
    bool ok = false;
    const double value = digits.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

double magnitudeValue(QStringView written, bool french)
{
    const QString word = folded(written);
    if (word == u"milliard"_s || word == u"milliards"_s || word == u"md"_s || word == u"mds"_s || word == u"mrd"_s
        || word == u"mrds"_s || word == u"bn"_s || word == u"b"_s)
        return 1e9;
    // French "billion" is a million millions.
    if (word == u"billion"_s || word == u"billions"_s)
        return french ? 1e12 : 1e9;
    if (word == u"million"_s || word == u"millions"_s || word == u"m"_s || word == u"mln"_s)
        return 1e6;
    if (word == u"thousand"_s || word == u"thousands"_s || word == u"mille"_s || word == u"k"_s)
        return 1e3;
    if (word == u"trillion"_s || word == u"trillions"_s || word == u"tn"_s)
        return 1e12;
    return 1;
}

QString currencyCode(QStringView written)
{
    const QString word = folded(written);
    if (word == u"€"_s || word.startsWith(u"euro"_s) || word == u"eur"_s)
        return u"EUR"_s;
    if (word.contains(u'$') || word.contains(u"dollar"_s) || word == u"usd"_s)
        return u"USD"_s;
    if (word == u"£"_s || word == u"gbp"_s || word.startsWith(u"livre"_s) || word.startsWith(u"pound"_s) || word == u"sterling"_s)
        return u"GBP"_s;
    if (word == u"¥"_s || word.startsWith(u"yen"_s) || word == u"jpy"_s)
        return u"JPY"_s;
    if (word.startsWith(u"yuan"_s) || word == u"cny"_s)
        return u"CNY"_s;
    if (word == u"chf"_s)
        return u"CHF"_s;
    return {};
}

struct UnitInfo {
    QString unit;
    QString metric;
    double scale = 1;
    bool people = false; // "personnes", "people": users unless the sentence is about jobs
};

UnitInfo unitInfo(QStringView written)
{
    const QString word = folded(written);
    if (word.startsWith(u"gigawatt"_s) || word == u"gw"_s)
        return {u"GW"_s, u"power_gw"_s, 1};
    if (word.startsWith(u"mégawatt"_s) || word.startsWith(u"megawatt"_s) || word == u"mw"_s)
        return {u"GW"_s, u"power_gw"_s, 0.001};
    if (word.startsWith(u"gpu"_s) || word.startsWith(u"puce"_s) || word == u"chips"_s || word.startsWith(u"processeur"_s)
        || word.startsWith(u"graphics"_s))
        return {u"GPU"_s, u"gpus"_s, 1};
    if (word == u"personnes"_s || word == u"people"_s)
        return {u"users"_s, u"users"_s, 1, true};
    return {u"users"_s, u"users"_s, 1};
}

QString metricOfCue(FigureKind kind)
{
    switch (kind) {
    case FigureKind::CapexCue: return u"capex"_s;
    case FigureKind::RevenueCue: return u"revenue"_s;
    case FigureKind::NetIncomeCue: return u"net_income"_s;
    default: return u"other_money"_s;
    }
}

bool isCue(FigureKind kind)
{
    return kind == FigureKind::CapexCue || kind == FigureKind::RevenueCue || kind == FigureKind::NetIncomeCue
        || kind == FigureKind::OtherMoneyCue || kind == FigureKind::StockCue;
}

// The lexicon marks hedges; which bound they set is in their words.
Qualifier qualifierOfHedge(QStringView written)
{
    const QString text = folded(written);
    static constexpr std::array atLeast{u"plus", u"pas moins", u"au moins", u"au-delà", u"au delà", u"supérieur", u"more than",
                                        u"at least", u"over", u"no less", u"upwards", u"above", u"ou plus", u"or more",
                                        u"minimum"};
    static constexpr std::array atMost{u"jusqu", u"au plus", u"au maximum", u"moins", u"pas plus", u"pourr", u"up to",
                                       u"as much", u"as high", u"at most", u"no more", u"less than", u"under", u"below",
                                       u"could", u"may", u"might", u"maximum"};
    auto startsWithAny = [&text](const auto &prefixes) {
        return std::any_of(prefixes.cbegin(), prefixes.cend(), [&text](const char16_t *p) { return text.startsWith(QStringView(p)); });
    };
    // "pas plus de" before "plus", "pas moins de" before "moins".
    if (text.startsWith(u"pas plus"_s))
        return Qualifier::AtMost;
    if (startsWithAny(atLeast))
        return Qualifier::AtLeast;
    if (startsWithAny(atMost))
        return Qualifier::AtMost;
    return Qualifier::Approx;
}

// The hedges that follow a figure ("75 milliards estimés", "$5bn or more"); "over" after a
// figure is the next figure's ("$500 billion over four years").
bool isTrailingHedge(QStringView written)
{
    const QString text = folded(written);
    static constexpr std::array trailing{u"estim", u"environ", u"approximately", u"au moins", u"at least", u"ou plus",
                                         u"or more", u"minimum", u"au plus", u"au maximum", u"at most", u"maximum"};
    return std::any_of(trailing.cbegin(), trailing.cend(), [&text](const char16_t *t) { return text.startsWith(QStringView(t)); });
}

// Words of movement, read around figures only (too common for the lexicon): the sign of a
// share-price move, and "passant de X à Y" (a change, not a range).
enum class Movement { None, Rise, Fall, Change };

Movement movementOf(const QString &word)
{
    static const QSet<QString> rise{u"hausse"_s, u"progression"_s, u"progressé"_s, u"progresse"_s, u"bond"_s, u"bondi"_s,
                                    u"bondit"_s, u"grimpé"_s, u"grimpe"_s, u"augmenté"_s, u"augmente"_s, u"augmentation"_s,
                                    u"gagné"_s, u"gagne"_s, u"gagnait"_s, u"rose"_s, u"risen"_s, u"rising"_s, u"rise"_s,
                                    u"rises"_s, u"up"_s, u"gained"_s, u"jumped"_s, u"climbed"_s, u"increase"_s,
                                    u"increased"_s, u"soared"_s, u"surged"_s, u"rallied"_s, u"advanced"_s};
    static const QSet<QString> fall{u"baisse"_s, u"recul"_s, u"reculé"_s, u"recule"_s, u"reculait"_s, u"chute"_s, u"chuté"_s,
                                    u"chutait"_s, u"repli"_s, u"perdu"_s, u"perd"_s, u"perdait"_s, u"cédé"_s, u"cède"_s,
                                    u"cédait"_s, u"diminution"_s, u"diminué"_s, u"plongé"_s, u"fell"_s, u"fallen"_s,
                                    u"falling"_s, u"fall"_s, u"dropped"_s, u"declined"_s, u"decline"_s, u"down"_s, u"lost"_s,
                                    u"slid"_s, u"slumped"_s, u"plunged"_s, u"tumbled"_s, u"sank"_s, u"decrease"_s,
                                    u"decreased"_s};
    static const QSet<QString> change{u"passant"_s, u"passer"_s, u"passé"_s, u"passée"_s, u"passés"_s, u"passées"_s,
                                      u"passera"_s, u"passe"_s, u"porté"_s, u"portée"_s, u"portés"_s, u"relevé"_s,
                                      u"relevée"_s, u"relève"_s, u"réduit"_s, u"réduite"_s, u"abaissé"_s, u"abaissée"_s,
                                      u"raised"_s, u"lowered"_s, u"cut"_s, u"boosted"_s, u"revised"_s, u"révisé"_s,
                                      u"révisée"_s};
    if (change.contains(word))
        return Movement::Change;
    if (rise.contains(word))
        return Movement::Rise;
    if (fall.contains(word))
        return Movement::Fall;
    return Movement::None;
}

int quarterNumber(const QString &word)
{
    // "entre avril et juin", "between April and June", "April-June": the first month says which.
    static constexpr std::array<std::array<const char16_t *, 2>, 4> firstMonths{{
        {u"janvier", u"january"}, {u"avril", u"april"}, {u"juillet", u"july"}, {u"octobre", u"october"}}};
    for (int quarter = 0; quarter < 4; ++quarter) {
        for (const char16_t *month : firstMonths[quarter]) {
            if (word.contains(QStringView(month)))
                return quarter + 1;
        }
    }
    static constexpr std::array<std::array<const char16_t *, 5>, 4> names{{
        {u"premier", u"1er", u"first", u"t1", u"q1"},
        {u"deuxième", u"second", u"2e", u"t2", u"q2"},
        {u"troisième", u"third", u"3e", u"t3", u"q3"},
        {u"quatrième", u"fourth", u"4e", u"t4", u"q4"},
    }};
    for (int quarter = 0; quarter < 4; ++quarter) {
        for (const char16_t *name : names[quarter]) {
            if (word.startsWith(QStringView(name)))
                return quarter + 1;
        }
    }
    if (word.startsWith(u"2ème"_s))
        return 2;
    if (word.startsWith(u"3ème"_s))
        return 3;
    if (word.startsWith(u"4ème"_s))
        return 4;
    return 0;
}

// "2025", "2025-2028", "2024/25" -> first and last year (equal for one year).
bool parseYears(QStringView written, int *first, int *last)
{
    QVarLengthArray<int, 2> numbers;
    int current = -1;
    int digits = 0;
    for (QChar c : written) {
        if (c.isDigit()) {
            current = (current < 0 ? 0 : current * 10) + c.digitValue();
            ++digits;
        } else if (current >= 0) {
            numbers.append(digits == 2 ? 2000 + current : current);
            current = -1;
            digits = 0;
        }
    }
    if (current >= 0)
        numbers.append(digits == 2 ? 2000 + current : current);
    if (numbers.isEmpty() || numbers.size() > 2)
        return false;
    *first = numbers.first();
    *last = numbers.last();
    if (*last < *first)
        *last = *first;
    return *first >= 1900 && *first < 2100;
}

QString yearPeriod(int first, int last)
{
    return first == last ? QString::number(first) : QString::number(first) + u'-' + QString::number(last);
}

QString quarterPeriod(int year, int quarter)
{
    return QString::number(year) + u"-Q"_s + QString::number(quarter);
}

// A period one year earlier or later, for the two sides of "par rapport à l'année dernière".
QString shiftedPeriod(const QString &period, int years)
{
    if (period.isEmpty())
        return {};
    if (period.startsWith(u"FY"_s))
        return u"FY"_s + QString::number(period.mid(2).toInt() + years);
    if (period.size() == 4)
        return QString::number(period.toInt() + years);
    if (period.size() == 7 && period.at(5) == u'Q')
        return QString::number(period.left(4).toInt() + years) + period.mid(4);
    return {};
}

struct Part {
    int firstToken = -1;      // currency prefix or number
    int numberToken = -1;
    int lastToken = -1;
    double number = 0;
    double magnitude = 0;     // 0: none written
    QString currency;
    UnitInfo unit;            // unit.unit empty: none
    bool percent = false;

    bool isBare() const { return magnitude == 0 && currency.isEmpty() && unit.unit.isEmpty() && !percent; }
};

struct Figure {
    int firstToken = -1;      // including "entre"/"between", excluding a leading hedge
    int lastToken = -1;
    qsizetype quoteStart = 0;
    qsizetype quoteEnd = 0;
    qsizetype numberStart = 0;
    double low = 0;
    double high = 0;
    bool isRange = false;
    QString currency;
    UnitInfo unit;
    bool percent = false;
    bool magnitudeOnly = false; // a magnitude and nothing to say what it counts
    bool negative = false;
    std::optional<Qualifier> hedge;
};

struct Mention {
    qsizetype start = 0;
    qsizetype end = 0;
    QString entity;           // canonical name; empty for an anaphor
    bool anaphor = false;
};

struct PeriodMention {
    qsizetype start = 0;
    qsizetype end = 0;
    QString value;            // empty when it cannot be resolved (no document date)
    bool relative = false;
    int relativeYears = 0;    // for relative year mentions: -1 last year, 0 this year, +1 next year
};

struct DraftClaim {
    Claim claim;
    bool periodStated = false; // a period was written for it, even one that could not be resolved
};

class DocumentParse
{
public:
    DocumentParse(const EntityCatalog &catalog, const LanguageKnowledge &language, const FiscalCalendar &fiscal,
                  const Document &document, const QString &text, const FigureTokenList &tokens)
        : m_catalog(catalog)
        , m_language(language)
        , m_fiscal(fiscal)
        , m_document(document)
        , m_unwrapped(joinSoftLineBreaks(text))
        , m_text(m_unwrapped)
        , m_tokens(tokens)
    {
        m_french = isFrench();
        parseDate();
        m_entityNames.resize(tokens.size());
        // Mentions are counted once a sentence: "Alphabet, maison mère de Google" names one
        // company once, not twice.
        QHash<QString, int> counts;
        QHash<QString, qsizetype> firstSeen;
        QHash<QString, qsizetype> lastSentence;
        m_sentences = sentences();
        qsizetype sentence = 0;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            if (tokens.at(i).kind != FigureKind::Entity)
                continue;
            const QString name = catalog.resolve(tokens.at(i).textIn(m_text));
            m_entityNames[i] = name;
            if (name.isEmpty())
                continue;
            while (sentence + 1 < m_sentences.size() && m_sentences.at(sentence).end <= tokens.at(i).start)
                ++sentence;
            if (lastSentence.value(name, -1) == sentence)
                continue;
            lastSentence.insert(name, sentence);
            ++counts[name];
            firstSeen.insert(name, std::min(firstSeen.value(name, tokens.at(i).start), qsizetype(tokens.at(i).start)));
        }
        // The article's main entity, when one stands out (named in two sentences or more, and at
        // least twice as often as any other): a roundup of many companies has none, and a figure
        // with no name near it there belongs to nobody in particular.
        int best = 0;
        int second = 0;
        QString leader;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > best || (it.value() == best && firstSeen.value(it.key()) < firstSeen.value(leader))) {
                second = std::max(second, best);
                best = it.value();
                leader = it.key();
            } else {
                second = std::max(second, it.value());
            }
        }
        if (best >= 2 && best >= 2 * second)
            m_mainEntity = leader;
    }

    ClaimList run()
    {
        QList<DraftClaim> drafts;
        int tokenIndex = 0;
        for (const Span &sentence : std::as_const(m_sentences)) {
            while (tokenIndex < m_tokens.size() && m_tokens.at(tokenIndex).start < sentence.start)
                ++tokenIndex;
            int tokenEnd = tokenIndex;
            while (tokenEnd < m_tokens.size() && m_tokens.at(tokenEnd).start < sentence.end)
                ++tokenEnd;
            parseSentence(sentence, tokenIndex, tokenEnd, drafts);
            // "La société", "its" in the next sentence stand for this one's first name.
            m_previousSubject.clear();
            for (int t = tokenIndex; t < tokenEnd && m_previousSubject.isEmpty(); ++t) {
                if (kindAt(t) == FigureKind::Entity)
                    m_previousSubject = m_entityNames.at(t);
            }
            tokenIndex = tokenEnd;
        }
        inheritPeriods(drafts);
        ClaimList claims;
        claims.reserve(drafts.size());
        for (DraftClaim &draft : drafts) {
            draft.claim.number = int(claims.size() + 1);
            claims.append(std::move(draft.claim));
        }
        return claims;
    }

private:
    bool isFrench() const
    {
        if (m_document.language == u"fr"_s)
            return true;
        if (m_document.language == u"en"_s)
            return false;
        // No language stated: count a few unmistakable words near the start.
        const QStringView head = QStringView(m_text).left(4000);
        const qsizetype french = head.count(u" de "_s) + head.count(u" les "_s) + head.count(u" des "_s);
        const qsizetype english = head.count(u" the "_s) + head.count(u" of "_s) + head.count(u" and "_s);
        return french > english;
    }

    void parseDate()
    {
        const QStringList parts = m_document.date.split(u'-');
        bool ok = false;
        const int year = parts.value(0).toInt(&ok);
        if (!ok || year < 1900)
            return;
        m_year = year;
        const int month = parts.value(1).toInt(&ok);
        if (ok && month >= 1 && month <= 12)
            m_month = month;
    }

    QStringView textBetween(qsizetype from, qsizetype to) const
    {
        if (to <= from)
            return {};
        return QStringView(m_text).sliced(from, to - from);
    }

    QStringView tokenText(int index) const { return m_tokens.at(index).textIn(m_text); }
    qsizetype tokenStart(int index) const { return m_tokens.at(index).start; }
    qsizetype tokenEnd(int index) const { return m_tokens.at(index).end(); }
    FigureKind kindAt(int index) const { return m_tokens.at(index).kind; }

    QList<Span> sentences() const
    {
        QList<Span> result;
        const qsizetype size = m_text.size();
        qsizetype start = 0;
        auto close = [&](qsizetype end) {
            qsizetype s = start;
            qsizetype e = end;
            while (s < e && m_text.at(s).isSpace())
                ++s;
            while (e > s && m_text.at(e - 1).isSpace())
                --e;
            if (e > s)
                result.append(Span{s, e});
            start = end;
        };
        for (qsizetype i = 0; i < size; ++i) {
            const QChar c = m_text.at(i);
            if (c == u'\n') {
                close(i + 1);
                continue;
            }
            if (c != u'.' && c != u'!' && c != u'?' && c != u'…')
                continue;
            const QChar next = i + 1 < size ? m_text.at(i + 1) : u' ';
            const bool spaceAfter = next.isSpace() || next == u'«' || next == u'"' || next == u'“';
            const bool capitalAfter = next.isUpper();
            if (!spaceAfter && !capitalAfter)
                continue; // 1.6, Amazon.com, pic.twitter.com
            if (c == u'.' && isAbbreviation(i))
                continue;
            close(i + 1);
        }
        close(size);
        return result;
    }

    // The word before the dot at `dot` is an initial or a usual abbreviation.
    bool isAbbreviation(qsizetype dot) const
    {
        qsizetype begin = dot;
        while (begin > 0 && m_text.at(begin - 1).isLetter())
            --begin;
        const QStringView word = QStringView(m_text).sliced(begin, dot - begin);
        if (word.size() == 1 && word.front().isUpper())
            return true;
        static constexpr std::array abbreviations{u"etc", u"Inc", u"Corp", u"Co", u"Ltd", u"vs", u"Mr", u"Mrs", u"Ms",
                                                  u"Dr", u"St", u"Mme", u"Jr", u"env", u"cf", u"av", u"No", u"n"};
        return std::any_of(abbreviations.cbegin(), abbreviations.cend(),
                           [word](const char16_t *a) { return word == QStringView(a); });
    }

    // ---------------------------------------------------------------------------------------
    // Figures

    std::optional<Part> parsePart(int i, int end) const
    {
        Part part;
        part.firstToken = i;
        if (i < end && kindAt(i) == FigureKind::Currency && i + 1 < end
            && (kindAt(i + 1) == FigureKind::Number || kindAt(i + 1) == FigureKind::Year)
            && isBlank(textBetween(tokenEnd(i), tokenStart(i + 1)))) {
            part.currency = currencyCode(tokenText(i));
            ++i;
        }
        if (i >= end || (kindAt(i) != FigureKind::Number && kindAt(i) != FigureKind::Year))
            return std::nullopt;
        const std::optional<double> number = parseNumber(tokenText(i), m_french);
        if (!number)
            return std::nullopt;
        part.number = *number;
        part.numberToken = i;
        part.lastToken = i;
        int j = i + 1;
        auto follows = [&](FigureKind kind, bool glue) {
            if (j >= end || kindAt(j) != kind)
                return false;
            const QStringView gap = textBetween(tokenEnd(j - 1), tokenStart(j));
            return glue ? isGlue(gap) : isBlank(gap);
        };
        while (follows(FigureKind::Magnitude, false)) {
            part.magnitude = (part.magnitude == 0 ? 1 : part.magnitude) * magnitudeValue(tokenText(j), m_french);
            ++j;
        }
        if (follows(FigureKind::Currency, true)) {
            if (part.currency.isEmpty())
                part.currency = currencyCode(tokenText(j));
            ++j;
        }
        if (follows(FigureKind::Percent, false)) {
            part.percent = true;
            ++j;
        }
        if (follows(FigureKind::Unit, true)) {
            part.unit = unitInfo(tokenText(j));
            ++j;
        }
        part.lastToken = j - 1;
        // A year alone is a period; "2000 GPU" or "2025 milliards" is an amount.
        if (kindAt(i) == FigureKind::Year) {
            int first = 0;
            int last = 0;
            if (part.isBare() || (parseYears(tokenText(i), &first, &last) && first != last))
                return std::nullopt;
        }
        return part;
    }

    // "passé de 30 milliards d'euros à 45 milliards d'euros", "rose from $60bn to $65bn": two
    // amounts, not a range. French "de" after a verb of rise or fall means "by" ("a grimpé de 3
    // à 5 %" is a range) unless the first amount is complete in itself.
    bool isChange(const Figure &figure, bool firstIsComplete, const Span &clause) const
    {
        qsizetype end = figure.numberStart;
        while (end > clause.start && (m_text.at(end - 1).isSpace() || m_text.at(end - 1) == u'$' || m_text.at(end - 1) == u'€'
                                      || m_text.at(end - 1) == u'£'))
            --end;
        const QStringView before = textBetween(clause.start, end);
        const bool from = before.endsWith(u"from"_s, Qt::CaseInsensitive);
        const bool de = before.endsWith(u" de"_s, Qt::CaseInsensitive) || before.endsWith(u" d'"_s) || before.endsWith(u" d’"_s);
        if (!from && !de)
            return false;
        switch (movementBefore(clause.start, figure.quoteStart)) {
        case Movement::Change:
            return true;
        case Movement::Rise:
        case Movement::Fall:
            return from || firstIsComplete;
        case Movement::None:
            return false;
        }
        return false;
    }

    // The nearest word of movement before `position` in [from, position).
    Movement movementBefore(qsizetype from, qsizetype position) const
    {
        qsizetype end = position;
        while (end > from) {
            while (end > from && !m_text.at(end - 1).isLetter())
                --end;
            qsizetype begin = end;
            while (begin > from && m_text.at(begin - 1).isLetter())
                --begin;
            if (begin == end)
                break;
            if (end - begin <= 12) {
                const Movement movement = movementOf(m_text.sliced(begin, end - begin).toLower());
                if (movement != Movement::None)
                    return movement;
            }
            end = begin;
        }
        return Movement::None;
    }

    double partValue(const Part &part, double magnitude) const
    {
        const double scale = part.unit.unit.isEmpty() ? 1 : part.unit.scale;
        return tidy(part.number * (magnitude == 0 ? 1 : magnitude) * scale);
    }

    // 65.6 × 1e9 is 65599999999.99999 in binary: a figure as written has at most a dozen
    // significant digits.
    static double tidy(double value)
    {
        if (value == 0 || !std::isfinite(value))
            return value;
        const double scale = std::pow(10.0, 11 - std::floor(std::log10(std::abs(value))));
        return std::round(value * scale) / scale;
    }

    // The figures of one sentence, in order; a change "de X à Y" gives two.
    QList<Figure> figures(int begin, int end, const QList<Span> &clauses) const
    {
        QList<Figure> result;
        int i = begin;
        while (i < end) {
            int start = i;
            bool between = false;
            if (kindAt(i) == FigureKind::Range && i + 1 < end) {
                const QString word = folded(tokenText(i));
                if (word == u"entre"_s || word == u"between"_s) {
                    between = true;
                    start = i + 1;
                }
            }
            std::optional<Part> first = parsePart(start, end);
            if (!first) {
                ++i;
                continue;
            }
            std::optional<Part> second;
            int last = first->lastToken;
            const int connector = last + 1;
            if (connector < end && kindAt(connector) == FigureKind::Range
                && isBlank(textBetween(tokenEnd(last), tokenStart(connector)))) {
                const QString word = folded(tokenText(connector));
                const bool conjunction = word == u"et"_s || word == u"and"_s;
                if (!conjunction || between) {
                    second = parsePart(connector + 1, end);
                    if (second && !isBlank(textBetween(tokenEnd(connector), tokenStart(second->firstToken))))
                        second.reset();
                }
            }
            if (second) {
                const bool compatible = (first->currency.isEmpty() || second->currency.isEmpty() || first->currency == second->currency)
                    && (first->unit.unit.isEmpty() || second->unit.unit.isEmpty() || first->unit.unit == second->unit.unit)
                    && !(first->percent && !second->percent && !second->isBare());
                if (!compatible)
                    second.reset();
            }

            Figure figure;
            figure.firstToken = between && second ? i : first->firstToken;
            figure.numberStart = tokenStart(first->numberToken);
            figure.quoteStart = tokenStart(figure.firstToken);
            // "de 30 milliards d'euros à": the first amount says what it counts by itself.
            const bool firstIsComplete = first->magnitude != 0 && (!first->currency.isEmpty() || !first->unit.unit.isEmpty());
            if (second) {
                // "60 à 65 milliards de dollars": the first part borrows what it does not say.
                Part &a = *first;
                Part &b = *second;
                if (a.magnitude == 0 && !a.percent && a.unit.unit.isEmpty())
                    a.magnitude = b.magnitude;
                if (b.magnitude == 0)
                    b.magnitude = a.magnitude;
                if (a.currency.isEmpty())
                    a.currency = b.currency;
                if (b.currency.isEmpty())
                    b.currency = a.currency;
                if (a.unit.unit.isEmpty())
                    a.unit = b.unit;
                if (b.unit.unit.isEmpty())
                    b.unit = a.unit;
                a.percent = a.percent || b.percent;
                b.percent = a.percent;
                last = b.lastToken;
            }
            figure.lastToken = last;
            figure.quoteEnd = tokenEnd(last);
            figure.currency = first->currency;
            figure.unit = first->unit;
            figure.percent = first->percent;
            figure.low = partValue(*first, first->magnitude);
            figure.high = figure.low;
            figure.magnitudeOnly = first->magnitude != 0 && first->currency.isEmpty() && first->unit.unit.isEmpty() && !first->percent;
            if (figure.quoteStart > 0) {
                // "-3 %", "−1,2 %": a sign right before the number, not a range dash.
                const qsizetype before = tokenStart(first->numberToken) - 1;
                if (before >= 0 && (m_text.at(before) == u'-' || m_text.at(before) == u'−')
                    && (before == 0 || m_text.at(before - 1).isSpace() || m_text.at(before - 1) == u'('))
                    figure.negative = true;
            }

            // Hedges: right before the figure, or right after it ("estimés").
            const int hedgeBefore = figure.firstToken - 1;
            if (hedgeBefore >= begin && kindAt(hedgeBefore) == FigureKind::Hedge
                && isBlank(textBetween(tokenEnd(hedgeBefore), tokenStart(figure.firstToken)))) {
                figure.hedge = qualifierOfHedge(tokenText(hedgeBefore));
                figure.quoteStart = tokenStart(hedgeBefore);
            } else if (last + 1 < end && kindAt(last + 1) == FigureKind::Hedge && isTrailingHedge(tokenText(last + 1))
                       && isBlank(textBetween(tokenEnd(last), tokenStart(last + 1)))) {
                figure.hedge = qualifierOfHedge(tokenText(last + 1));
            }

            const Span clause = clauseAt(clauses, figure.numberStart);
            if (second && isChange(figure, firstIsComplete, clause)) {
                // Two statements: the figure before and the figure after the change.
                Figure from = figure;
                from.lastToken = first->lastToken;
                from.quoteEnd = tokenEnd(first->lastToken);
                from.hedge.reset();
                from.quoteStart = tokenStart(first->firstToken);
                Figure to = figure;
                to.firstToken = second->firstToken;
                to.numberStart = tokenStart(second->numberToken);
                to.quoteStart = tokenStart(second->firstToken);
                to.currency = second->currency;
                to.low = to.high = partValue(*second, second->magnitude);
                to.negative = false;
                to.hedge.reset();
                result.append(from);
                result.append(to);
            } else {
                if (second) {
                    figure.high = partValue(*second, second->magnitude);
                    figure.isRange = true;
                    if (figure.high < figure.low)
                        std::swap(figure.low, figure.high);
                }
                result.append(figure);
            }
            i = last + 1;
        }
        return result;
    }

    // ---------------------------------------------------------------------------------------
    // Clauses and asides

    static Span clauseAt(const QList<Span> &clauses, qsizetype position)
    {
        for (const Span &clause : clauses) {
            if (clause.contains(position))
                return clause;
        }
        return clauses.isEmpty() ? Span{} : clauses.constLast();
    }

    // The letters from `position` on ("qui" in ", qui ").
    QStringView wordAt(qsizetype position, qsizetype end) const
    {
        qsizetype stop = position;
        while (stop < end && m_text.at(stop).isLetter())
            ++stop;
        return textBetween(position, stop);
    }

    static bool isOneOf(QStringView word, std::initializer_list<const char16_t *> words)
    {
        return std::any_of(words.begin(), words.end(), [word](const char16_t *w) {
            return word.compare(QStringView(w), Qt::CaseInsensitive) == 0;
        });
    }

    // Clauses: cut at ";", before "tandis que", "alors que", "whereas", and at ", while", ", mais",
    // ", but", ", et", ", and" (a comma before "and" starts a new statement more often than it
    // ends a list).
    QList<Span> clausesOf(const Span &sentence) const
    {
        QList<Span> result;
        qsizetype start = sentence.start;
        auto cut = [&](qsizetype at) {
            if (at > start) {
                result.append(Span{start, at});
                start = at;
            }
        };
        for (qsizetype i = sentence.start; i < sentence.end; ++i) {
            const QChar c = m_text.at(i);
            if (c == u';') {
                cut(i);
            } else if (c == u' ' && i + 1 < sentence.end && m_text.at(i + 1).isLetter()) {
                const QStringView word = wordAt(i + 1, sentence.end);
                const qsizetype after = i + 1 + word.size();
                const bool beforeQue = after + 3 <= sentence.end && textBetween(after, after + 3).compare(u" qu"_s, Qt::CaseInsensitive) == 0;
                if ((beforeQue && isOneOf(word, {u"tandis", u"alors"})) || isOneOf(word, {u"whereas"}))
                    cut(i);
                else if (i > sentence.start && m_text.at(i - 1) == u',' && isOneOf(word, {u"while", u"mais", u"but", u"et", u"and"}))
                    cut(i - 1);
            }
        }
        result.append(Span{start, sentence.end});
        return result;
    }

    // Asides: ", qui ...,", ", which ...,", an apposition after a name (", la maison mère de ...,"),
    // and parentheses.
    QList<Span> asidesOf(const Span &sentence, const QList<Span> &clauses, int begin, int end) const
    {
        QList<Span> result;
        auto closeAt = [&](qsizetype open) {
            const Span clause = clauseAt(clauses, open);
            qsizetype comma = open + 1;
            while (true) {
                comma = m_text.indexOf(u',', comma);
                if (comma < 0 || comma >= clause.end)
                    return clause.end;
                qsizetype next = m_text.indexOf(u',', comma + 1);
                if (next < 0 || next > clause.end)
                    next = clause.end;
                // "qui réunit OpenAI, SoftBank et Oracle, prévoit": the list of names goes on.
                const bool afterName = std::any_of(m_tokens.cbegin() + begin, m_tokens.cbegin() + end,
                                                   [comma](const FigureToken &t) { return t.kind == FigureKind::Entity && t.end() == comma; });
                if (!afterName || !listContinues(comma + 1, next, begin, end))
                    return comma;
                comma = next;
                if (comma >= clause.end)
                    return clause.end;
            }
        };
        for (qsizetype i = sentence.start; i < sentence.end; ++i) {
            const QChar c = m_text.at(i);
            if (c == u'(') {
                const qsizetype close = m_text.indexOf(u')', i);
                result.append(Span{i, close < 0 || close > sentence.end ? sentence.end : close + 1});
                continue;
            }
            if (c != u',' || i + 2 >= sentence.end || m_text.at(i + 1) != u' ')
                continue;
            const QStringView word = wordAt(i + 2, sentence.end);
            if (isOneOf(word, {u"qui", u"which", u"who", u"dont", u"lequel", u"laquelle", u"lesquels", u"lesquelles"})) {
                result.append(Span{i, closeAt(i)});
                continue;
            }
            const qsizetype after = i + 2 + word.size();
            const bool elided = word.compare(u"l"_s, Qt::CaseInsensitive) == 0 && after < sentence.end
                && (m_text.at(after) == u'\'' || m_text.at(after) == u'’');
            if (!elided && !isOneOf(word, {u"la", u"le", u"les", u"un", u"une", u"the", u"a", u"an"}))
                continue;
            // An apposition hangs on a name: "Meta, la maison mère de ...,".
            const bool afterName = std::any_of(m_tokens.cbegin() + begin, m_tokens.cbegin() + end, [i](const FigureToken &t) {
                return t.kind == FigureKind::Entity && t.end() == i;
            });
            if (afterName)
                result.append(Span{i, closeAt(i)});
        }
        return result;
    }

    bool listContinues(qsizetype from, qsizetype to, int begin, int end) const
    {
        QString rest = textBetween(from, to).toString();
        bool hasName = false;
        for (int t = begin; t < end; ++t) {
            if (kindAt(t) == FigureKind::Entity && tokenStart(t) >= from && tokenEnd(t) <= to) {
                rest.replace(tokenStart(t) - from, tokenEnd(t) - tokenStart(t), QString(tokenEnd(t) - tokenStart(t), u' '));
                hasName = true;
            }
        }
        if (!hasName)
            return false;
        const QStringList words = rest.split(u' ', Qt::SkipEmptyParts);
        return std::all_of(words.cbegin(), words.cend(), [](const QString &w) {
            return w == u"et"_s || w == u"and"_s || w == u"ou"_s || w == u"or"_s;
        });
    }

    static const Span *asideAt(const QList<Span> &asides, qsizetype position)
    {
        const Span *best = nullptr;
        for (const Span &aside : asides) {
            if (aside.contains(position) && (!best || aside.start > best->start))
                best = &aside;
        }
        return best;
    }

    // Inside an aside the figure is not in.
    static bool isAside(const QList<Span> &asides, qsizetype position, qsizetype figurePosition)
    {
        return std::any_of(asides.cbegin(), asides.cend(), [&](const Span &aside) {
            return aside.contains(position) && !aside.contains(figurePosition);
        });
    }

    // ---------------------------------------------------------------------------------------
    // Entities

    QList<Mention> mentionsOf(const Span &sentence, int begin, int end) const
    {
        QList<Mention> result;
        // Possessives are too common to be lexicon words; they only matter near a figure.
        static const QStringList possessives{u"son"_s, u"sa"_s, u"ses"_s, u"its"_s, u"leur"_s, u"leurs"_s, u"their"_s};
        for (qsizetype i = sentence.start; i < sentence.end;) {
            if (!m_text.at(i).isLetter()) {
                ++i;
                continue;
            }
            qsizetype j = i;
            while (j < sentence.end && m_text.at(j).isLetter())
                ++j;
            if (j - i <= 5 && possessives.contains(textBetween(i, j), Qt::CaseInsensitive))
                result.append(Mention{i, j, QString(), true});
            i = j;
        }
        for (int t = begin; t < end; ++t) {
            if (kindAt(t) == FigureKind::Entity && !m_entityNames.at(t).isEmpty())
                result.append(Mention{tokenStart(t), tokenEnd(t), m_entityNames.at(t), false});
            else if (kindAt(t) == FigureKind::Anaphor)
                result.append(Mention{tokenStart(t), tokenEnd(t), QString(), true});
        }
        std::sort(result.begin(), result.end(), [](const Mention &a, const Mention &b) { return a.start < b.start; });
        return result;
    }

    // An anaphor stands for the nearest name before it in its sentence ("Amazon a dit que ses
    // dépenses"), else the first name of the sentence before, else the article's main entity.
    QString resolveMention(const Mention &mention, const QList<Mention> &mentions, const QList<Span> &asides) const
    {
        if (!mention.anaphor)
            return mention.entity;
        for (qsizetype m = mentions.size() - 1; m >= 0; --m) {
            const Mention &other = mentions.at(m);
            if (other.anaphor || other.start >= mention.start)
                continue;
            if (isAside(asides, other.start, mention.start))
                continue;
            return other.entity;
        }
        return m_previousSubject.isEmpty() ? m_mainEntity : m_previousSubject;
    }

    QString entityFor(const Figure &figure, const QList<Mention> &mentions, const QList<Span> &clauses,
                      const QList<Span> &asides) const
    {
        const qsizetype at = figure.numberStart;
        const Span clause = clauseAt(clauses, at);
        auto pick = [&](auto accept, bool nearestFirstBackward) -> const Mention * {
            const Mention *found = nullptr;
            for (const Mention &mention : mentions) {
                if (!accept(mention))
                    continue;
                if (!found)
                    found = &mention;
                else if (nearestFirstBackward ? mention.start > found->start : mention.start < found->start)
                    found = &mention;
            }
            return found;
        };
        const Mention *chosen = nullptr;
        if (const Span *aside = asideAt(asides, at)) {
            chosen = pick([&](const Mention &m) { return aside->contains(m.start) && m.start < at; }, true);
            if (!chosen) {
                chosen = pick(
                    [&](const Mention &m) {
                        return m.start < aside->start && m.start >= clause.start && !isAside(asides, m.start, at);
                    },
                    true);
            }
        }
        if (!chosen)
            chosen = pick([&](const Mention &m) { return clause.contains(m.start) && m.start < at && !isAside(asides, m.start, at); }, true);
        if (!chosen)
            chosen = pick([&](const Mention &m) { return clause.contains(m.start) && m.start > at && !isAside(asides, m.start, at); }, false);
        if (!chosen)
            chosen = pick([&](const Mention &m) { return m.start < at && !isAside(asides, m.start, at); }, true);
        if (!chosen) {
            // "Ces 62 milliards ...": a sentence with no name goes on with the one before it in
            // its paragraph; a line of its own (a headline) is about the article's main entity.
            return m_continuesParagraph && !m_previousSubject.isEmpty() ? m_previousSubject : m_mainEntity;
        }
        return resolveMention(*chosen, mentions, asides);
    }

    // ---------------------------------------------------------------------------------------
    // Metrics

    // The cue that tells what a figure is, or -1.
    int cueFor(const Figure &figure, int begin, int end, const Span &clause) const
    {
        // Tight: "48 milliards de dollars de chiffre d'affaires", "$5bn in revenue", "en investissement (Capex)".
        for (int t = figure.lastToken + 1; t < end; ++t) {
            if (!isCue(kindAt(t)))
                continue;
            QString gap = folded(textBetween(tokenEnd(figure.lastToken), tokenStart(t)));
            gap.remove(u'(');
            gap = gap.trimmed();
            if (gap.isEmpty() || gap == u"de"_s || gap == u"d'"_s || gap == u"en"_s || gap == u"in"_s || gap == u"of"_s
                || gap == u"en dépenses"_s || gap == u"de dépenses"_s)
                return t;
            break;
        }
        auto nearest = [&](qsizetype from, qsizetype to, bool backward) {
            int found = -1;
            for (int t = begin; t < end; ++t) {
                if (!isCue(kindAt(t)) || tokenStart(t) < from || tokenStart(t) >= to)
                    continue;
                if (backward && inClosedApposition(tokenStart(t), figure.numberStart, clause))
                    continue;
                if (backward ? tokenStart(t) < figure.numberStart : tokenStart(t) >= figure.quoteEnd) {
                    if (found < 0 || (backward ? tokenStart(t) > tokenStart(found) : tokenStart(t) < tokenStart(found)))
                        found = t;
                }
            }
            return found;
        };
        int cue = nearest(clause.start, clause.end, true);
        if (cue < 0)
            cue = nearest(clause.start, clause.end, false);
        if (cue < 0)
            cue = nearest(0, m_text.size(), true);
        if (cue < 0)
            cue = nearest(0, m_text.size(), false);
        return cue;
    }

    // "Oracle said its obligations, the contracted revenue it has yet to recognize, had reached
    // $455 billion": a cue in an apposition closed before the figure describes something else.
    bool inClosedApposition(qsizetype position, qsizetype figureStart, const Span &clause) const
    {
        const qsizetype open = m_text.lastIndexOf(u',', position);
        const qsizetype close = m_text.indexOf(u',', position);
        if (open < clause.start || close < 0 || close >= figureStart || open + 2 >= position)
            return false;
        const QStringView word = wordAt(open + 2, position);
        return isOneOf(word, {u"la", u"le", u"les", u"l", u"un", u"une", u"the", u"a", u"an"});
    }

    // ---------------------------------------------------------------------------------------
    // Periods

    QString resolveRelative(QStringView written, int *relativeYears) const
    {
        const QString word = folded(written);
        // "sur quatre ans", "over the next four years", "au cours des trois dernières années":
        // a span of years that starts (or ends) with the article's.
        if (word.endsWith(u" ans"_s) || word.endsWith(u"années"_s) || word.endsWith(u"years"_s)) {
            *relativeYears = 0;
            int count = 0;
            for (const QString &part : word.split(u' ')) {
                bool ok = false;
                const int number = part.toInt(&ok);
                if (ok)
                    count = number;
                else if (wordNumber(part) > 1)
                    count = int(wordNumber(part));
            }
            if (m_year == 0 || count < 2 || count > 30)
                return {};
            if (word.contains(u"dernières"_s) || word.contains(u"last"_s) || word.contains(u"past"_s))
                return yearPeriod(m_year - count, m_year - 1);
            return yearPeriod(m_year, m_year + count - 1);
        }
        const bool quarter = word.contains(u"trimestre"_s) || word.contains(u"quarter"_s);
        int shift = 0;
        static constexpr std::array before{u"dernier", u"dernière", u"passé", u"passée", u"précédent", u"précédente",
                                           u"écoulé", u"écoulée", u"last", u"previous", u"prior"};
        static constexpr std::array after{u"prochain", u"prochaine", u"next", u"coming"};
        if (std::any_of(before.cbegin(), before.cend(), [&word](const char16_t *w) { return word.contains(QStringView(w)); }))
            shift = -1;
        else if (std::any_of(after.cbegin(), after.cend(), [&word](const char16_t *w) { return word.contains(QStringView(w)); }))
            shift = 1;
        *relativeYears = quarter ? 0 : shift;
        if (m_year == 0)
            return {};
        if (!quarter)
            return QString::number(m_year + shift);
        if (m_month == 0)
            return {};
        int q = (m_month - 1) / 3 + 1 + shift;
        int year = m_year;
        if (q < 1) {
            q += 4;
            --year;
        } else if (q > 4) {
            q -= 4;
            ++year;
        }
        return quarterPeriod(year, q);
    }

    // A quarter written without its year: the last such quarter begun by the document's date.
    QString resolveQuarter(int quarter) const
    {
        if (m_year == 0 || m_month == 0)
            return {};
        const int firstMonth = 3 * quarter - 2;
        return quarterPeriod(firstMonth <= m_month ? m_year : m_year - 1, quarter);
    }

    // "January 2025", "en janvier 2025": the day news happened, not the period of a figure.
    bool afterMonthName(qsizetype yearStart) const
    {
        qsizetype end = yearStart;
        while (end > 0 && m_text.at(end - 1).isSpace())
            --end;
        qsizetype begin = end;
        while (begin > 0 && m_text.at(begin - 1).isLetter())
            --begin;
        if (begin == end || end == yearStart)
            return false;
        return isOneOf(textBetween(begin, end),
                       {u"janvier", u"février", u"mars", u"avril", u"mai", u"juin", u"juillet", u"août", u"septembre",
                        u"octobre", u"novembre", u"décembre", u"January", u"February", u"March", u"April", u"May", u"June",
                        u"July", u"August", u"September", u"October", u"November", u"December"});
    }

    QList<PeriodMention> periodsOf(int begin, int end, const QList<bool> &consumed) const
    {
        QList<PeriodMention> result;
        for (int t = begin; t < end; ++t) {
            if (consumed.at(t - begin))
                continue;
            const FigureKind kind = kindAt(t);
            auto gapTo = [&](int other) { return folded(textBetween(tokenEnd(std::min(t, other)), tokenStart(std::max(t, other)))); };
            if (kind == FigureKind::Year) {
                int first = 0;
                int last = 0;
                if (!parseYears(tokenText(t), &first, &last) || afterMonthName(tokenStart(t)))
                    continue;
                PeriodMention mention{tokenStart(t), tokenEnd(t), yearPeriod(first, last)};
                const int previous = t - 1;
                if (previous >= begin && !consumed.at(previous - begin)) {
                    const QString gap = gapTo(previous);
                    const FigureKind before = kindAt(previous);
                    if (before == FigureKind::FiscalYear && gap.size() <= 2) {
                        mention = PeriodMention{tokenStart(previous), tokenEnd(t), u"FY"_s + QString::number(last)};
                        // "the first quarter of fiscal 2025": a quarter of the company's own year.
                        const int quarterToken = previous - 1;
                        if (quarterToken >= begin && kindAt(quarterToken) == FigureKind::Quarter && !result.isEmpty()
                            && result.constLast().start == tokenStart(quarterToken)) {
                            const QString between = folded(textBetween(tokenEnd(quarterToken), tokenStart(previous)));
                            if (between.isEmpty() || between == u"of"_s || between == u"de"_s || between == u"de l'"_s || between == u"du"_s) {
                                const int quarter = quarterNumber(folded(tokenText(quarterToken)));
                                result.removeLast();
                                mention = PeriodMention{tokenStart(quarterToken), tokenEnd(t),
                                                        u"FY"_s + QString::number(last) + u"-Q"_s + QString::number(quarter)};
                            }
                        }
                    } else if (before == FigureKind::Quarter && (gap.isEmpty() || gap == u"de"_s || gap == u"of"_s || gap == u"de l'année"_s)) {
                        const int quarter = quarterNumber(folded(tokenText(previous)));
                        if (!result.isEmpty() && result.constLast().start == tokenStart(previous))
                            result.removeLast();
                        mention = PeriodMention{tokenStart(previous), tokenEnd(t), quarterPeriod(first, quarter)};
                    } else if (before == FigureKind::PeriodUntil && gap.isEmpty()) {
                        mention = PeriodMention{tokenStart(previous), tokenEnd(t),
                                                m_year != 0 && m_year < first ? yearPeriod(m_year, first) : QString::number(first)};
                    } else if (before == FigureKind::RelativePeriod && gap.isEmpty()
                               && folded(tokenText(previous)) == u"l'année"_s) {
                        // "l'année 2024" is 2024, not this year.
                        if (!result.isEmpty() && result.constLast().start == tokenStart(previous))
                            result.removeLast();
                        mention.start = tokenStart(previous);
                    } else if (before == FigureKind::Range && previous - 1 >= begin && kindAt(previous - 1) == FigureKind::Year
                               && !result.isEmpty() && result.constLast().end == tokenEnd(previous - 1)) {
                        // "de 2025 à 2028", "between 2025 and 2028"
                        int firstOfRange = 0;
                        int lastOfRange = 0;
                        if (parseYears(tokenText(previous - 1), &firstOfRange, &lastOfRange) && firstOfRange < last) {
                            mention.start = result.constLast().start;
                            mention.value = yearPeriod(firstOfRange, last);
                            result.removeLast();
                        }
                    }
                }
                result.append(mention);
            } else if (kind == FigureKind::Quarter) {
                const int quarter = quarterNumber(folded(tokenText(t)));
                if (quarter > 0)
                    result.append(PeriodMention{tokenStart(t), tokenEnd(t), resolveQuarter(quarter)});
            } else if (kind == FigureKind::FiscalYear) {
                int first = 0;
                int last = 0;
                if (parseYears(tokenText(t), &first, &last))
                    result.append(PeriodMention{tokenStart(t), tokenEnd(t), u"FY"_s + QString::number(last)});
            } else if (kind == FigureKind::RelativePeriod) {
                PeriodMention mention{tokenStart(t), tokenEnd(t), {}, true};
                mention.value = resolveRelative(tokenText(t), &mention.relativeYears);
                result.append(mention);
            }
        }
        return result;
    }

    // The period of a figure and whether one was written for it.
    QString periodFor(const Figure &figure, const QList<PeriodMention> &periods, const QList<Span> &clauses,
                      const QList<Span> &asides, int begin, int end, qsizetype firstFigure, bool *stated) const
    {
        *stated = false;
        const qsizetype at = figure.numberStart;
        const Span clause = clauseAt(clauses, at);
        // The comparison that splits the clause, if any.
        Span part = clause;
        Span other{0, 0};
        int before = -1;
        int after = -1;
        for (int t = begin; t < end; ++t) {
            if (kindAt(t) != FigureKind::Comparison || !clause.contains(tokenStart(t)))
                continue;
            if (tokenStart(t) < at)
                before = t;
            else if (after < 0 && tokenStart(t) >= figure.quoteEnd)
                after = t;
        }
        if (before >= 0) {
            part = Span{tokenStart(before), clause.end};
            other = Span{clause.start, tokenStart(before)};
        } else if (after >= 0) {
            part = Span{clause.start, tokenStart(after)};
            other = Span{tokenStart(after), clause.end};
        }
        auto distance = [&](const PeriodMention &p) {
            return p.end <= figure.quoteStart ? figure.quoteStart - p.end : p.start - figure.quoteEnd;
        };
        const PeriodMention *best = nullptr;
        for (const PeriodMention &period : periods) {
            if (!part.contains(period.start) || isAside(asides, period.start, at))
                continue;
            if (period.start < figure.quoteEnd && period.end > figure.quoteStart)
                continue;
            if (!best || distance(period) < distance(*best))
                best = &period;
        }
        if (best) {
            *stated = true;
            return best->value;
        }
        // "X, un bond par rapport à l'année dernière": X is the year the other side is not.
        for (const PeriodMention &period : periods) {
            if (other.contains(period.start) && period.relative && period.relativeYears != 0 && !period.value.isEmpty()) {
                *stated = true;
                return shiftedPeriod(period.value, -period.relativeYears);
            }
        }
        // "En 2024, Meta ... ; Google ... 39 milliards", "Fourth-quarter revenue rose to $48bn, and
        // net income to $20bn": a period written before the sentence's first figure frames all of
        // it; one written after a figure of another clause is that clause's ("1 GW cette année, et
        // un campus de 2 GW").
        for (const PeriodMention &period : periods) {
            if (period.end <= clause.start && period.end <= firstFigure && !isAside(asides, period.start, at)) {
                *stated = true;
                return period.value;
            }
        }
        return {};
    }

    // ---------------------------------------------------------------------------------------
    // Sentences to claims

    bool aboutJobs(const Span &sentence) const
    {
        static constexpr std::array words{u"salarié", u"employé", u"emploi", u"licenci", u"embauch", u"poste",
                                          u"employee", u"worker", u"job", u"staff", u"layoff", u"laid off", u"hire"};
        const QStringView text = textBetween(sentence.start, sentence.end);
        return std::any_of(words.cbegin(), words.cend(),
                           [text](const char16_t *w) { return text.contains(QStringView(w), Qt::CaseInsensitive); });
    }

    // What a magnitude counts when no currency says it: "3 milliards d'abonnés", "2 million
    // glasses" (a noun) or nothing ("179 milliards,", "58 milliards attendus").
    bool followedByNoun(const Figure &figure, const Span &sentence) const
    {
        qsizetype i = figure.quoteEnd;
        while (i < sentence.end && m_text.at(i).isSpace())
            ++i;
        const QStringView word = wordAt(i, sentence.end);
        if (word.isEmpty())
            return false;
        if (isOneOf(word, {u"de", u"d", u"des", u"du", u"of"}))
            return true;
        // French puts "de" before the noun; English may not.
        return !m_french && !isOneOf(word, {u"and", u"or", u"in", u"to", u"for", u"on", u"at", u"by", u"from", u"this", u"last",
                                            u"next", u"a", u"the", u"than", u"as", u"while", u"but", u"with", u"over", u"since"});
    }

    bool isPerShare(const Figure &figure, const Span &sentence) const
    {
        qsizetype i = figure.quoteEnd;
        while (i < sentence.end && m_text.at(i).isSpace())
            ++i;
        const QStringView rest = textBetween(i, std::min(sentence.end, i + 10));
        return rest.startsWith(u"per share"_s, Qt::CaseInsensitive) || rest.startsWith(u"a share"_s, Qt::CaseInsensitive)
            || rest.startsWith(u"par action"_s, Qt::CaseInsensitive);
    }

    void parseSentence(const Span &sentence, int begin, int end, QList<DraftClaim> &drafts)
    {
        // A money figure without any cue in its sentence goes on with the last one of its
        // paragraph ("Multiply by four and the total lands at ...").
        const bool sameParagraph = m_lastSentenceEnd >= 0 && m_lastSentenceEnd <= sentence.start
            && !textBetween(m_lastSentenceEnd, sentence.start).contains(u'\n');
        m_continuesParagraph = sameParagraph;
        if (!sameParagraph)
            m_lastMoneyMetric.clear();
        const QString previousMoneyMetric = m_lastMoneyMetric;
        m_lastSentenceEnd = sentence.end;
        // Most sentences with tokens hold names and cues but no number.
        if (std::none_of(m_tokens.cbegin() + begin, m_tokens.cbegin() + end,
                         [](const FigureToken &t) { return t.kind == FigureKind::Number || t.kind == FigureKind::Year; }))
            return;
        const QList<Span> clauses = clausesOf(sentence);
        QList<Figure> found = figures(begin, end, clauses);
        if (found.isEmpty())
            return;
        QList<bool> consumed(end - begin, false);
        for (const Figure &figure : std::as_const(found)) {
            for (int t = figure.firstToken; t <= figure.lastToken; ++t)
                consumed[t - begin] = true;
        }
        const QList<Span> asides = asidesOf(sentence, clauses, begin, end);
        const QList<Mention> mentions = mentionsOf(sentence, begin, end);
        const QList<PeriodMention> periods = periodsOf(begin, end, consumed);

        for (Figure &figure : found) {
            Claim claim;
            const Span clause = clauseAt(clauses, figure.numberStart);
            if (figure.percent) {
                const int cue = cueFor(figure, begin, end, clause);
                if (cue < 0 || kindAt(cue) != FigureKind::StockCue)
                    continue;
                claim.metric = u"stock_move_pct"_s;
                claim.unit = u"%"_s;
                const bool falling = figure.negative || movementBefore(clause.start, figure.quoteStart) == Movement::Fall;
                if (falling) {
                    figure.low = -std::abs(figure.low);
                    figure.high = -std::abs(figure.high);
                    if (figure.low > figure.high)
                        std::swap(figure.low, figure.high);
                }
            } else if (!figure.unit.unit.isEmpty()) {
                if (figure.unit.people && aboutJobs(sentence))
                    continue;
                claim.metric = figure.unit.metric;
                claim.unit = figure.unit.unit;
            } else {
                QString currency = figure.currency;
                if (currency.isEmpty() && figure.magnitudeOnly && !followedByNoun(figure, sentence)) {
                    // "un bénéfice de 20 milliards de dollars sur un chiffre d'affaires de 90 milliards"
                    const Figure *nearest = nullptr;
                    for (const Figure &other : std::as_const(found)) {
                        if (other.currency.isEmpty())
                            continue;
                        if (!nearest || std::abs(other.numberStart - figure.numberStart) < std::abs(nearest->numberStart - figure.numberStart))
                            nearest = &other;
                    }
                    if (nearest)
                        currency = nearest->currency;
                }
                if (currency.isEmpty())
                    continue;
                claim.currency = currency;
                if (figure.negative) {
                    figure.low = -figure.low;
                    figure.high = -figure.high;
                    std::swap(figure.low, figure.high);
                }
            }
            claim.document = m_document.id;
            claim.entity = entityFor(figure, mentions, clauses, asides);
            if (claim.currency.isEmpty() == false) {
                if (isPerShare(figure, sentence))
                    continue; // "$8.02 per share": a ratio, not an amount of the company
                const int cue = cueFor(figure, begin, end, clause);
                if (cue >= 0 && kindAt(cue) != FigureKind::StockCue)
                    claim.metric = metricOfCue(kindAt(cue));
                else if (const QString metric = m_catalog.defaultMetric(claim.entity); !metric.isEmpty())
                    claim.metric = metric;
                else if (cue < 0 && !previousMoneyMetric.isEmpty())
                    claim.metric = previousMoneyMetric; // "Multiply by four and the total lands at ..."
                else
                    claim.metric = u"other_money"_s;
                m_lastMoneyMetric = claim.metric;
            }
            DraftClaim draft;
            if (claim.metric == u"stock_move_pct"_s) {
                // A share price moves on a day: only a period written after the move is its own
                // ("a gagné 20 % en 2024"), not the quarter whose results moved it.
                for (const PeriodMention &period : periods) {
                    if (period.start >= figure.quoteEnd && clause.contains(period.start)) {
                        claim.period = interned(period.value);
                        draft.periodStated = true;
                        break;
                    }
                }
            } else {
                claim.period = interned(periodFor(figure, periods, clauses, asides, begin, end, found.constFirst().quoteStart,
                                                  &draft.periodStated));
            }
            claim.low = figure.low;
            claim.high = figure.high;
            claim.qualifier = figure.isRange ? Qualifier::Range : figure.hedge.value_or(Qualifier::Exact);
            claim.start = figure.quoteStart;
            claim.end = figure.quoteEnd;
            claim.sentenceStart = sentence.start;
            claim.sentenceEnd = sentence.end;
            if (const DraftClaim *earlier = restated(figure, claim, drafts)) {
                // "ces 109 Md€", "this $500 billion": the figure stated before, whatever this
                // sentence names around it ("rapproché ces 109 Md€ du projet Stargate").
                claim.entity = earlier->claim.entity;
                claim.metric = earlier->claim.metric;
                if (!draft.periodStated) { // "Ces 62 milliards seront dépensés en 2025" dates it
                    claim.period = earlier->claim.period;
                    draft.periodStated = earlier->periodStated;
                }
            }
            draft.claim = std::move(claim);
            drafts.append(std::move(draft));
        }
    }

    // The claim that a figure restates, when a demonstrative introduces it ("ces 109 Md€",
    // "this $500 billion") and an earlier claim of the article has the same amount; else nullptr.
    const DraftClaim *restated(const Figure &figure, const Claim &claim, const QList<DraftClaim> &drafts) const
    {
        qsizetype wordEnd = figure.quoteStart;
        while (wordEnd > 0 && m_text.at(wordEnd - 1).isSpace())
            --wordEnd;
        qsizetype wordStart = wordEnd;
        while (wordStart > 0 && m_text.at(wordStart - 1).isLetter())
            --wordStart;
        if (wordStart == wordEnd || (wordStart > 0 && m_text.at(wordStart - 1).isLetterOrNumber()))
            return nullptr;
        if (!isOneOf(textBetween(wordStart, wordEnd), {u"ces", u"ce", u"cet", u"cette", u"these", u"this", u"those", u"that"}))
            return nullptr;
        for (auto it = drafts.crbegin(); it != drafts.crend(); ++it) {
            const Claim &earlier = it->claim;
            if (sameAmount(earlier.low, claim.low) && sameAmount(earlier.high, claim.high) && earlier.currency == claim.currency
                && earlier.unit == claim.unit)
                return &*it;
        }
        return nullptr;
    }

    static bool sameAmount(double a, double b)
    {
        return a == b || std::abs(a - b) <= 0.01 * std::max(std::abs(a), std::abs(b));
    }

    static void inheritPeriods(QList<DraftClaim> &drafts)
    {
        for (DraftClaim &draft : drafts) {
            Claim &claim = draft.claim;
            if (!claim.period.isEmpty() || draft.periodStated || claim.entity.isEmpty())
                continue;
            QString period;
            bool agree = true;
            for (const DraftClaim &other : std::as_const(drafts)) {
                const Claim &o = other.claim;
                if (&other == &draft || o.period.isEmpty() || o.entity != claim.entity || o.metric != claim.metric
                    || o.currency != claim.currency || o.unit != claim.unit || !sameAmount(o.low, claim.low)
                    || !sameAmount(o.high, claim.high))
                    continue;
                if (period.isEmpty())
                    period = o.period;
                else if (period != o.period)
                    agree = false;
            }
            if (agree)
                claim.period = period;
        }
    }

    // Claims of a document share their period strings: a corpus holds hundreds of thousands.
    QString interned(const QString &value)
    {
        if (value.isEmpty())
            return value;
        auto it = m_interned.constFind(value);
        if (it == m_interned.cend())
            it = m_interned.insert(value, value);
        return *it;
    }

    QHash<QString, QString> m_interned;
    const EntityCatalog &m_catalog;
    const LanguageKnowledge &m_language;
    const FiscalCalendar &m_fiscal;
    const Document &m_document;
    // The text read for sentences (wrapped lines joined, same offsets); quotes and sentences are
    // cut from the document's own text.
    const QString m_unwrapped;
    const QString &m_text;
    const FigureTokenList &m_tokens;
    QList<QString> m_entityNames; // per token: the canonical name of an Entity token
    QString m_mainEntity;
    QString m_previousSubject; // the first name of the sentence before the current one
    qsizetype m_lastSentenceEnd = -1;
    bool m_continuesParagraph = false; // the sentence being parsed follows another on its line
    QList<Span> m_sentences;
    QString m_lastMoneyMetric;  // of the last money claim of the sentence parsed last
    bool m_french = true;
    int m_year = 0;
    int m_month = 0;
};

} // namespace

ClaimParser::ClaimParser(EntityCatalog catalog, LanguageKnowledge language, FiscalCalendar fiscal)
    : m_catalog(std::move(catalog))
    , m_language(std::move(language))
    , m_fiscal(std::move(fiscal))
{
}

ClaimList ClaimParser::parse(const Document &document, const FigureTokenList &tokens) const
{
    return parse(document, document.text.toString(), tokens);
}

ClaimList ClaimParser::parse(const Document &document, const QString &text, const FigureTokenList &tokens) const
{
    return DocumentParse(m_catalog, m_language, m_fiscal, document, text, tokens).run();
}

} // namespace Recoupe
