#include "claims/claimparser.h"
#include "claims/sentencesplitter.h"

#include "claims/claimdraft.h"
#include "claims/documentcontextresolver.h"
#include "figures/softlinebreaks.h"

#include <QDate>
#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
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
    bool operator==(const Span &) const = default;
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
// the parts of one figure (the profiles' "figure_glue", the lexicon's "figure glue" list).
bool isGlue(const LanguageKnowledge &language, QStringView gap)
{
    QString words = gap.toString();
    words.replace(u'\'', u' ');
    words.replace(u'\u2019', u' ');
    // "300M+ users": the plus of "or more" sits between a count and its unit.
    if (words.startsWith(u'+'))
        words.remove(0, 1);
    const QStringList parts = words.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(parts.cbegin(), parts.cend(), [&language](const QString &word) { return language.isFigureGlue(word); });
}

// Between a count and its unit, one product name may stand too: "20M+ Gemini users".
bool isUnitGlue(const LanguageKnowledge &language, QStringView gap)
{
    if (isGlue(language, gap))
        return true;
    QString words = gap.toString().trimmed();
    if (words.startsWith(u'+'))
        words = words.mid(1).trimmed();
    return !words.isEmpty() && !words.contains(u' ') && words.front().isUpper()
        && std::all_of(words.cbegin(), words.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

// French writes 1,3 and 2 000; English 1.3 and 2,000. A lone group of three digits after the
// separator is a thousands group in English, a decimal part in French ("1,300" = 1.3), except
// that French "1.000" (dot, three digits) is a thousand.
std::optional<double> parseNumber(const LanguageKnowledge &language, QStringView written, bool french)
{
    if (!written.isEmpty() && written.front().isLetter()) {
        const double value = language.numberWord(LanguageKnowledge::fold(written));
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

// A magnitude in the article's language: French "billion" is a million millions.
double magnitudeValue(const LanguageKnowledge &language, QStringView written, bool french)
{
    const double value = language.magnitude(folded(written), french ? u"fr"_s : u"en"_s);
    return value == 0 ? 1 : value;
}

QString currencyCode(const LanguageKnowledge &language, QStringView written)
{
    return language.currency(folded(written));
}

using UnitInfo = UnitWord;

// A unit the lexicon marked that no profile names counts users, as the lexicon's units mostly do.
UnitInfo unitInfo(const LanguageKnowledge &language, QStringView written)
{
    if (const UnitWord *unit = language.unit(folded(written)))
        return *unit;
    return {u"users"_s, u"users"_s, 1, false};
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

// Words of movement, read around figures only (too common for the lexicon): "passant de X à Y"
// is a change, not a range. The words are the language profiles' rise, fall and change lists.
enum class Movement { None, Rise, Fall, Change };

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
    bool orMore = false;      // "300M+"

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
    bool project = false;     // "the joint venture", "ce projet": stands for a project
    bool possessive = false;  // "its", "sa": may stand for a project too ("Stargate and its sites")
};

struct PeriodMention {
    qsizetype start = 0;
    qsizetype end = 0;
    QString value;            // empty when it cannot be resolved (no document date)
    bool relative = false;
    int relativeYears = 0;    // for relative year mentions: -1 last year, 0 this year, +1 next year
    bool bareQuarter = false; // "au quatrième trimestre": a quarter with no year, read against the date
    int quarter = 0;          // its number

    // Says less than a period written out: "the fiscal first quarter", whose year the company's
    // calendar decides ("in its fiscal second quarter, that is October to December 2024").
    bool isVague() const { return value.startsWith(u"FY?"_s); }
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
        else if (!m_sentences.isEmpty())
            m_mainEntity = headlineSubject(leader, best);
    }

    // Without a clear leader, the first name of the headline, when the article names it again:
    // a headline "Stargate : ce que l'on sait du chantier" makes an article about Stargate.
    QString headlineSubject(const QString &leader, int best) const
    {
        const Span headline = m_sentences.constFirst();
        for (qsizetype t = 0; t < m_tokens.size() && m_tokens.at(t).start < headline.end; ++t) {
            if (m_tokens.at(t).kind == FigureKind::Entity && !m_entityNames.at(t).isEmpty())
                return m_entityNames.at(t) == leader && best >= 2 ? m_entityNames.at(t) : QString();
        }
        return {};
    }

    int figuresLeftOut() const { return m_figuresLeftOut; }

    ClaimList run()
    {
        QList<ClaimDraft> drafts;
        int tokenIndex = 0;
        for (const Span &sentence : std::as_const(m_sentences)) {
            while (tokenIndex < m_tokens.size() && m_tokens.at(tokenIndex).start < sentence.start)
                ++tokenIndex;
            int tokenEnd = tokenIndex;
            while (tokenEnd < m_tokens.size() && m_tokens.at(tokenEnd).start < sentence.end)
                ++tokenEnd;
            parseSentence(sentence, tokenIndex, tokenEnd, drafts);
            // "La société", "its" in the next sentence stand for this one's first name; when that is
            // itself a word standing for a company ("the firm plans..."), for the company it stood for.
            const QString standsFor = m_previousSubject.isEmpty() ? m_mainEntity : m_previousSubject;
            m_previousSubject.clear();
            bool named = false;
            for (int t = tokenIndex; t < tokenEnd; ++t) {
                if (kindAt(t) == FigureKind::Anaphor && !named) {
                    m_previousSubject = standsFor;
                    named = true;
                }
                if (kindAt(t) != FigureKind::Entity)
                    continue;
                if (!named && !m_entityNames.at(t).isEmpty()) {
                    m_previousSubject = m_entityNames.at(t);
                    named = true;
                }
                if (isProject(m_entityNames.at(t)))
                    m_lastProject = m_entityNames.at(t);
            }
            tokenIndex = tokenEnd;
        }
        DocumentContextResolver::resolve(drafts);
        ClaimList claims;
        claims.reserve(drafts.size());
        for (ClaimDraft &draft : drafts) {
            // A context period, or an amount whose currency nothing in the article gave.
            if (draft.contextOnly || (draft.claim.currency.isEmpty() && draft.claim.unit.isEmpty()))
                continue;
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
        return m_language.guessLanguage(QStringView(m_text).left(4000)) == u"fr"_s;
    }

    void parseDate()
    {
        // A date only inferred (a PDF's creation date: when it was printed, often months after the
        // article) dates no "this quarter" nor "this year": better no period than a wrong one.
        if (m_document.dateSource == u"inferred"_s)
            return;
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
        for (const auto &[start, end] : SentenceSplitter(m_language).sentences(m_text))
            result.append(Span{start, end});
        return result;
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
            part.currency = currencyCode(m_language, tokenText(i));
            ++i;
        }
        if (i >= end || (kindAt(i) != FigureKind::Number && kindAt(i) != FigureKind::Year))
            return std::nullopt;
        const std::optional<double> number = parseNumber(m_language, tokenText(i), m_french);
        if (!number)
            return std::nullopt;
        // "$1e3 billion", "10^308", "5G": a number glued to letters that are no token of their own,
        // or raised to a power, is not the number it starts with.
        if (const qsizetype after = tokenEnd(i); after < m_text.size() && (m_text.at(after).isLetter() || m_text.at(after) == u'^')
            && (i + 1 >= m_tokens.size() || tokenStart(i + 1) != after))
            return std::nullopt;
        part.number = *number;
        part.numberToken = i;
        part.lastToken = i;
        int j = i + 1;
        auto follows = [&](FigureKind kind, bool glue) {
            if (j >= end || kindAt(j) != kind)
                return false;
            const QStringView gap = textBetween(tokenEnd(j - 1), tokenStart(j));
            return glue ? isGlue(m_language, gap) : isBlank(gap);
        };
        while (follows(FigureKind::Magnitude, false)) {
            // "mille milliards", "a thousand million": a smaller magnitude multiplies the larger
            // one after it; "billion billion" is no number, and is not read rather than read wrong.
            const double magnitude = magnitudeValue(m_language, tokenText(j), m_french);
            if (part.magnitude != 0 && magnitude <= part.magnitude)
                return std::nullopt;
            part.magnitude = (part.magnitude == 0 ? 1 : part.magnitude) * magnitude;
            ++j;
        }
        // "capex 2025 $5 billion": a currency sign glued to the number after it is that number's.
        const bool currencyOfNext = j + 1 < end && kindAt(j) == FigureKind::Currency
            && (kindAt(j + 1) == FigureKind::Number || kindAt(j + 1) == FigureKind::Year) && tokenStart(j + 1) == tokenEnd(j);
        if (!currencyOfNext && follows(FigureKind::Currency, true)) {
            if (part.currency.isEmpty())
                part.currency = currencyCode(m_language, tokenText(j));
            ++j;
        }
        if (follows(FigureKind::Percent, false)) {
            part.percent = true;
            ++j;
        }
        // "300M+": at least that many.
        part.orMore = j < end && tokenEnd(j - 1) < m_text.size() && m_text.at(tokenEnd(j - 1)) == u'+';
        if (j < end && kindAt(j) == FigureKind::Unit && isUnitGlue(m_language, textBetween(tokenEnd(j - 1), tokenStart(j)))) {
            part.unit = unitInfo(m_language, tokenText(j));
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
        // The word right before the amount ("d'" with its apostrophe).
        qsizetype wordStart = end;
        if (wordStart > clause.start && (m_text.at(wordStart - 1) == u'\'' || m_text.at(wordStart - 1) == u'\u2019'))
            --wordStart;
        while (wordStart > clause.start && m_text.at(wordStart - 1).isLetter())
            --wordStart;
        const QString before = LanguageKnowledge::fold(textBetween(wordStart, end));
        // "lifted its outlook by $4 billion to $68 billion": by how much, then to what.
        const bool from = m_language.isWord(Cue::ChangeFrom, before);
        const bool de = m_language.isWord(Cue::ChangeFromOrBy, before);
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
                const QString word = LanguageKnowledge::fold(textBetween(begin, end));
                if (m_language.isWord(Cue::Change, word))
                    return Movement::Change;
                if (m_language.isWord(Cue::Rise, word))
                    return Movement::Rise;
                if (m_language.isWord(Cue::Fall, word))
                    return Movement::Fall;
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
                if (m_language.isRangeWord(RangeWord::Between, word)) {
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
                const bool conjunction = m_language.isRangeWord(RangeWord::And, word);
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
                // "40 à 45 milliards d'euros": the first part borrows what it does not say.
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
                figure.hedge = m_language.hedgeBound(tokenText(hedgeBefore));
                figure.quoteStart = tokenStart(hedgeBefore);
            } else if (last + 1 < end && kindAt(last + 1) == FigureKind::Hedge && m_language.isTrailingHedge(tokenText(last + 1))
                       && isBlank(textBetween(tokenEnd(last), tokenStart(last + 1)))) {
                figure.hedge = m_language.hedgeBound(tokenText(last + 1));
            } else if (first->orMore && !second) {
                figure.hedge = Qualifier::AtLeast;
            }

            const Span clause = clauseAt(clauses, figure.numberStart);
            // "from $40-45 billion to $48-52 billion": a dash joins the two ends of one range; only
            // "à"/"to" can be the two sides of a change.
            const bool dash = second && !folded(tokenText(first->lastToken + 1)).front().isLetter();
            if (second && !dash && isChange(figure, firstIsComplete, clause)) {
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

    // The word of the profiles' kind `cue` that starts at `position` ("l'" with its apostrophe).
    bool isWordAt(Cue cue, qsizetype position, qsizetype end) const
    {
        const QStringView word = wordAt(position, end);
        const qsizetype after = position + word.size();
        if (after < end && (m_text.at(after) == u'\'' || m_text.at(after) == u'\u2019'))
            return m_language.isWord(cue, LanguageKnowledge::fold(word) + u'\'');
        return m_language.isWord(cue, LanguageKnowledge::fold(word));
    }

    // Clauses: cut at ";", before "tandis que", "alors que", "whereas", and at ", while", ", mais",
    // ", but", ", et", ", and" (a comma before "and" starts a new statement more often than it
    // ends a list). The words are the profiles' clause_break and clause_break_after_comma.
    QList<Span> clausesOf(const Span &sentence, const QList<FoldedWord> &words) const
    {
        QList<qsizetype> cuts;
        for (qsizetype i = sentence.start; i < sentence.end; ++i) {
            if (m_text.at(i) == u';')
                cuts.append(i);
        }
        for (qsizetype w = 0; w < words.size(); ++w) {
            const qsizetype space = words.at(w).start - 1;
            if (space < sentence.start || m_text.at(space) != u' ')
                continue;
            if (m_language.startsPhrase(Cue::ClauseBreak, words, w))
                cuts.append(space);
            else if (space > sentence.start && m_text.at(space - 1) == u',' && m_language.startsPhrase(Cue::ClauseBreakAfterComma, words, w))
                cuts.append(space - 1);
        }
        std::sort(cuts.begin(), cuts.end());
        QList<Span> result;
        qsizetype start = sentence.start;
        for (const qsizetype at : std::as_const(cuts)) {
            if (at > start) {
                result.append(Span{start, at});
                start = at;
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
                // "qui associe Oracle, Nvidia et Meta, annonce": the list of names goes on.
                const bool afterName = std::any_of(m_tokens.cbegin() + begin, m_tokens.cbegin() + end,
                                                   [comma](const FigureToken &t) { return t.kind == FigureKind::Entity && t.end() == comma; });
                if (!afterName || !listContinues(comma + 1, next, begin, end))
                    return comma;
                comma = next;
                if (comma >= clause.end)
                    return clause.end;
            }
        };
        // "Comme Oracle l'an passé, l'éditeur ...", "Like Meta, Alphabet ...": a fronted
        // comparison up to its comma names someone else than the subject.
        const QList<FoldedWord> opening = LanguageKnowledge::words(m_text, sentence.start, std::min(sentence.end, sentence.start + 40));
        const QList<CueMatch> openingCues = m_language.cues(opening);
        if (!openingCues.isEmpty() && openingCues.constFirst().cue == Cue::FrontedComparison && openingCues.constFirst().start == sentence.start) {
            const qsizetype comma = QStringView(m_text).sliced(sentence.start, sentence.end - sentence.start).indexOf(u',');
            if (comma > 0)
                result.append(Span{sentence.start, sentence.start + comma + 1});
        }
        // The next ")" is found once for all the "(" before it: "(((((" costs one scan.
        qsizetype nextClose = -1;
        for (qsizetype i = sentence.start; i < sentence.end; ++i) {
            const QChar c = m_text.at(i);
            if (c == u'(') {
                if (nextClose < i) {
                    nextClose = QStringView(m_text).sliced(i, sentence.end - i).indexOf(u')');
                    nextClose = nextClose < 0 ? sentence.end : i + nextClose;
                }
                result.append(Span{i, nextClose >= sentence.end ? sentence.end : nextClose + 1});
                continue;
            }
            if (c != u',' || i + 2 >= sentence.end || m_text.at(i + 1) != u' ')
                continue;
            if (isWordAt(Cue::RelativePronoun, i + 2, sentence.end)) {
                result.append(Span{i, closeAt(i)});
                continue;
            }
            if (!isWordAt(Cue::Article, i + 2, sentence.end))
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
        return std::all_of(words.cbegin(), words.cend(), [this](const QString &w) {
            const QString word = LanguageKnowledge::fold(w);
            return m_language.isRangeWord(RangeWord::And, word) || m_language.isWord(Cue::Or, word);
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

    QList<Mention> mentionsOf(const Span &sentence, int begin, int end, const QList<CueMatch> &cues = {}) const
    {
        QList<Mention> result;
        for (const CueMatch &cue : cues) {
            if (cue.cue == Cue::ProjectAnaphor)
                result.append(Mention{cue.start, cue.end, QString(), true, true});
        }
        // Possessives are too common to be lexicon words; they only matter near a figure.
        for (qsizetype i = sentence.start; i < sentence.end;) {
            if (!m_text.at(i).isLetter()) {
                ++i;
                continue;
            }
            qsizetype j = i;
            while (j < sentence.end && m_text.at(j).isLetter())
                ++j;
            if (j - i <= 5 && m_language.isWord(Cue::Possessive, LanguageKnowledge::fold(textBetween(i, j))))
                result.append(Mention{i, j, QString(), true, false, true});
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
            if (mention.project && !isProject(other.entity))
                continue;
            // "SoftBank's part in the Stargate venture lifted the group's shares": a word for a
            // company ("the group", "la société") never stands for a project or programme.
            if (!mention.project && !mention.possessive && isProject(other.entity))
                continue;
            return other.entity;
        }
        // "An Oracle executive told reporters the venture would put in $40 billion first": the
        // project last named, not the company in the sentence.
        if (mention.project && !m_lastProject.isEmpty())
            return m_lastProject;
        return m_previousSubject.isEmpty() ? m_mainEntity : m_previousSubject;
    }

    // An investment is the project's when its sentence names the project ("The European Union is
    // raising €80 billion under a scheme named InvestAI"), and the source's when a "from" names
    // one right after it ("as much as €12 billion from the UAE").
    void preferProjectOrSource(const Figure &figure, const QList<Mention> &mentions, const QList<Span> &asides,
                               const QList<qsizetype> &projects, Claim *claim) const
    {
        const auto after = std::lower_bound(mentions.cbegin(), mentions.cend(), figure.quoteEnd,
                                            [](const Mention &m, qsizetype p) { return m.start < p; });
        for (auto it = after; it != mentions.cend(); ++it) {
            const Mention &mention = *it;
            if (mention.anaphor)
                continue;
            QString gap = textBetween(figure.quoteEnd, mention.start).toString().simplified().toCaseFolded();
            gap.replace(u'\u2019', u'\'');
            if (m_language.isPhrase(Cue::Source, gap)) {
                claim->entity = mention.entity;
                claim->members.clear();
                claim->resolution.entity = FieldResolution{};
                return;
            }
            break;
        }
        if (isProject(claim->entity))
            return;
        for (qsizetype m : projects) {
            const Mention &mention = mentions.at(m);
            // "40 milliards, soit l'équivalent de Stargate": a project compared with is not the figure's.
            const auto [first, last] = cuesAround(m_sentenceCues, m_sentenceWords, mention.start, mention.start, 3);
            const bool compared = std::any_of(m_sentenceCues.cbegin() + first, m_sentenceCues.cbegin() + last, [&](const CueMatch &cue) {
                return cue.cue == Cue::FrontedComparison && cue.end <= mention.start;
            });
            if (!compared && !isAside(asides, mention.start, figure.numberStart)) {
                claim->entity = mention.entity;
                claim->members.clear();
                claim->resolution.entity = FieldResolution{FieldSource::Sentence, qint32(mention.start), qint32(mention.end)};
                return;
            }
        }
    }

    // "Amazon a injecté 8 milliards dans Anthropic.": money put into another company, named right
    // after the figure and ending its phrase, buys a stake; it builds nothing.
    bool stakeInCompany(const Figure &figure, const QList<Mention> &mentions, const QString &investor) const
    {
        const auto after = std::lower_bound(mentions.cbegin(), mentions.cend(), figure.quoteEnd,
                                            [](const Mention &m, qsizetype p) { return m.start < p; });
        if (after == mentions.cend() || after->anaphor || after->entity == investor)
            return false;
        const Entity *entity = m_catalog.entity(after->entity);
        if (!entity || !(entity->kind.isEmpty() || entity->kind == u"company"_s))
            return false;
        if (!m_language.isPhrase(Cue::StakeIn, folded(textBetween(figure.quoteEnd, after->start))))
            return false;
        qsizetype next = after->end;
        while (next < m_text.size() && m_text.at(next).isSpace() && m_text.at(next) != u'\n')
            ++next;
        return next >= m_text.size() || !m_text.at(next).isLetterOrNumber();
    }

    bool isProject(const QString &name) const
    {
        const Entity *entity = m_catalog.entity(name);
        return entity && entity->isProject();
    }

    // The entity of a figure, and where it was found. A subject made of several companies ("Amazon,
    // Meta et Alphabet mettront 300 milliards") or a collective word ("collectively", "à eux
    // trois, ces groupes") makes a combined figure,
    // "Big Tech" with the companies it sums; the partners of a joint project stand for the project.
    void assignEntity(const Figure &figure, const QList<Mention> &mentions, const QList<Span> &clauses, const QList<Span> &asides,
                      const QList<CueMatch> &cues, Claim *claim) const
    {
        const qsizetype at = figure.numberStart;
        const Span clause = clauseAt(clauses, at);
        // Every pick wants the nearest accepted name before the figure (backward) or after it:
        // mentions are in text order, so a walk outwards from the figure finds it, usually at once.
        const qsizetype split = std::lower_bound(mentions.cbegin(), mentions.cend(), at, [](const Mention &m, qsizetype p) { return m.start < p; })
            - mentions.cbegin();
        auto pick = [&](auto accept, bool backward) -> const Mention * {
            if (backward) {
                for (qsizetype m = split - 1; m >= 0; --m) {
                    if (accept(mentions.at(m)))
                        return &mentions.at(m);
                }
                return nullptr;
            }
            for (qsizetype m = split; m < mentions.size(); ++m) {
                if (accept(mentions.at(m)))
                    return &mentions.at(m);
            }
            return nullptr;
        };
        const Mention *chosen = nullptr;
        const Span *aside = asideAt(asides, at);
        if (aside) {
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
        // A collective word between the last name and the figure: several companies together.
        const bool collective = std::any_of(cues.cbegin(), cues.cend(), [&](const CueMatch &cue) {
            return cue.cue == Cue::Combined && clause.contains(cue.start) && cue.end <= figure.quoteStart
                && (!chosen || cue.start > chosen->start) && !isAside(asides, cue.start, at);
        });
        if (!chosen && !aside && !collective) {
            // A name after the figure is its subject only outside an aside ("the outlook, which
            // topped the $9 billion analysts wanted, lands as Oracle reports" is not Oracle's).
            chosen = pick([&](const Mention &m) { return clause.contains(m.start) && m.start > at && !isAside(asides, m.start, at); }, false);
        }
        if (!chosen && !collective)
            chosen = pick([&](const Mention &m) { return m.start < at && !isAside(asides, m.start, at); }, true);
        if (chosen && !chosen->anaphor && !collective) {
            const QStringList together = coordinated(*chosen, mentions);
            if (together.size() >= 2) {
                const QString project = m_catalog.projectOf(together);
                claim->entity = project.isEmpty() ? u"Big Tech"_s : project;
                if (project.isEmpty())
                    claim->members = sortedNames(together);
                return;
            }
        }
        if (collective) {
            claim->entity = u"Big Tech"_s;
            return;
        }
        if (!chosen) {
            // "Ces 62 milliards ...": a sentence with no name goes on with the one before it in
            // its paragraph; a line of its own (a headline) is about the article's main entity.
            if (m_continuesParagraph && !m_previousSubject.isEmpty()) {
                claim->entity = m_previousSubject;
                claim->resolution.entity.source = FieldSource::PreviousSentence;
            } else {
                claim->entity = m_mainEntity;
                claim->resolution.entity.source = FieldSource::MainEntity;
            }
            return;
        }
        claim->entity = resolveMention(*chosen, mentions, asides);
        if (chosen->anaphor) {
            claim->resolution.entity = FieldResolution{FieldSource::Coreference, qint32(chosen->start), qint32(chosen->end)};
        } else if (!clause.contains(chosen->start)) {
            claim->resolution.entity = FieldResolution{FieldSource::Sentence, qint32(chosen->start), qint32(chosen->end)};
        }
    }

    static QString sortedNames(QStringList names)
    {
        names.sort();
        return names.join(u',');
    }

    // The distinct names of a list that ends with `last`: "Amazon, Google, Meta et Microsoft",
    // "OpenAI, SoftBank Group, and Oracle". A list needs its "et"/"and"; commas alone may be
    // appositions ("Microsoft et Meta, Alphabet prévoit").
    QStringList coordinated(const Mention &last, const QList<Mention> &mentions) const
    {
        QStringList names{last.entity};
        qsizetype index = &last - mentions.constData();
        bool conjunction = false;
        while (index > 0) {
            const Mention &before = mentions.at(index - 1);
            const Mention &after = mentions.at(index);
            if (before.anaphor || before.end > after.start)
                break;
            QString gap = textBetween(before.end, after.start).toString().simplified().toCaseFolded();
            gap.remove(u',');
            gap = gap.trimmed();
            if (m_language.isRangeWord(RangeWord::And, gap) || gap == u"&"_s) {
                conjunction = true;
            } else if (!(gap.isEmpty() && conjunction)) {
                break;
            }
            if (!names.contains(before.entity))
                names.prepend(before.entity);
            --index;
        }
        return conjunction ? names : QStringList{last.entity};
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
            if (gap.isEmpty() || m_language.isPhrase(Cue::MetricGap, gap))
                return t;
            break;
        }
        // Walks from the figure outwards over the sentence's cue tokens only (m_sentenceCueTokens)
        // and stops at the first that fits: a sentence of thousands of figures and no cue costs
        // a binary search a figure, not a walk over the sentence.
        auto nearest = [&](qsizetype from, qsizetype to, bool backward) {
            if (backward) {
                auto it = std::lower_bound(m_sentenceCueTokens.cbegin(), m_sentenceCueTokens.cend(), figure.firstToken);
                while (it != m_sentenceCueTokens.cbegin()) {
                    const int t = *--it;
                    if (t < begin || tokenStart(t) < from)
                        break;
                    if (tokenStart(t) < to && tokenStart(t) < figure.numberStart
                        && !inClosedApposition(tokenStart(t), figure.numberStart, clause))
                        return t;
                }
                return -1;
            }
            for (auto it = std::upper_bound(m_sentenceCueTokens.cbegin(), m_sentenceCueTokens.cend(), figure.lastToken);
                 it != m_sentenceCueTokens.cend(); ++it) {
                const int t = *it;
                if (t >= end || tokenStart(t) >= to)
                    break;
                if (tokenStart(t) >= from && tokenStart(t) >= figure.quoteEnd)
                    return t;
            }
            return -1;
        };
        int cue = nearest(clause.start, clause.end, true);
        if (cue < 0)
            cue = nearest(clause.start, clause.end, false);
        // Then the rest of the sentence (the tokens are its own); beyond it, the document-level
        // pass decides.
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
        // The commas of the sentence, found once (m_sentenceCommas): a binary search each.
        const auto after = std::lower_bound(m_sentenceCommas.cbegin(), m_sentenceCommas.cend(), position);
        if (after == m_sentenceCommas.cbegin() || after == m_sentenceCommas.cend())
            return false;
        const qsizetype open = *(after - 1);
        const qsizetype close = *after;
        if (open < clause.start || close >= figureStart || open + 2 >= position)
            return false;
        return isWordAt(Cue::Article, open + 2, position);
    }

    // ---------------------------------------------------------------------------------------
    // Periods

    QString resolveRelative(QStringView written, int *relativeYears) const
    {
        const QString word = folded(written);
        const QList<FoldedWord> words = LanguageKnowledge::words(word, 0, word.size());
        auto has = [&](Cue cue) { return std::any_of(words.cbegin(), words.cend(), [&](const FoldedWord &w) { return m_language.isWord(cue, w.text); }); };
        // "sur quatre ans", "over the next four years", "au cours des trois dernières années":
        // a span of years that starts (or ends) with the article's.
        if (!words.isEmpty() && m_language.isWord(Cue::YearsWord, words.constLast().text)) {
            *relativeYears = 0;
            int count = 0;
            for (const QString &part : word.split(u' ')) {
                bool ok = false;
                const int number = part.toInt(&ok);
                if (ok)
                    count = number;
                else if (m_language.numberWord(part) > 1)
                    count = int(m_language.numberWord(part));
            }
            if (m_year == 0 || count < 2 || count > 30)
                return {};
            if (has(Cue::PastPeriod))
                return yearPeriod(m_year - count, m_year - 1);
            return yearPeriod(m_year, m_year + count - 1);
        }
        const bool quarter = has(Cue::QuarterWord);
        int shift = has(Cue::PastPeriod) ? -1 : has(Cue::NextPeriod) ? 1 : 0;
        // "for the quarter" in a results article: the quarter just reported, the last one ended.
        if (quarter && shift == 0) {
            for (qsizetype w = 0; w < words.size() && shift == 0; ++w) {
                if (m_language.startsPhrase(Cue::ReportedQuarter, words, w))
                    shift = -1;
            }
        }
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

    // The word right before position, spaces skipped (at most 40 letters: a longer run is no word
    // of the profiles); empty when something else stands there.
    QString wordBefore(qsizetype position, qsizetype *wordStart = nullptr) const
    {
        qsizetype end = position;
        while (end > 0 && position - end < 8 && m_text.at(end - 1).isSpace())
            --end;
        qsizetype begin = end;
        while (begin > 0 && end - begin < 40 && m_text.at(begin - 1).isLetter())
            --begin;
        if (begin == end || end == position)
            return {};
        if (wordStart)
            *wordStart = begin;
        return LanguageKnowledge::fold(textBetween(begin, end));
    }

    // "January 2025", "en janvier 2025": the day news happened, not the period of a figure.
    bool afterMonthName(qsizetype yearStart) const { return m_language.isWord(Cue::Month, wordBefore(yearStart)); }

    // "depuis 2022", "since 2022": where a comparison starts, not the figure's period.
    // "since early 2023", "depuis fin 2022" too: the profiles' two-word phrases of the list.
    bool afterSince(qsizetype yearStart) const
    {
        qsizetype start = yearStart;
        const QString last = wordBefore(yearStart, &start);
        if (last.isEmpty())
            return false;
        if (m_language.isWord(Cue::Since, last))
            return true;
        const QString first = wordBefore(start);
        return !first.isEmpty() && m_language.isPhrase(Cue::Since, first + u' ' + last);
    }

    // "fiscal first quarter", "fiscal Q4", "premier trimestre fiscal", "trimestre de l'exercice":
    // the word "fiscal" or "exercice" within two words of the quarter.
    bool isFiscalQuarter(int quarterToken, int begin, int end) const
    {
        const qsizetype from = std::max<qsizetype>(tokenStart(quarterToken) - 24, begin < end ? tokenStart(begin) - 24 : 0);
        const QList<FoldedWord> before = LanguageKnowledge::words(m_text, std::max<qsizetype>(from, 0), tokenStart(quarterToken));
        const QList<FoldedWord> after = LanguageKnowledge::words(m_text, tokenEnd(quarterToken),
                                                                 std::min<qsizetype>(tokenEnd(quarterToken) + 24, m_text.size()));
        auto fiscalWord = [this](const QString &w) { return m_language.isWord(Cue::Fiscal, w); };
        for (qsizetype i = std::max<qsizetype>(0, before.size() - 2); i < before.size(); ++i) {
            if (fiscalWord(before.at(i).text))
                return true;
        }
        for (qsizetype i = 0; i < std::min<qsizetype>(3, after.size()); ++i) {
            if (fiscalWord(after.at(i).text))
                return true;
        }
        return false;
    }

    // A quarter written as a count of months ("the last three months", "trois premiers mois") is
    // one only with its year after it ("of 2024"); the Year branch of periodsOf() reads that.
    bool countsMonths(int quarterToken) const
    {
        const QString written = folded(tokenText(quarterToken));
        const QStringList words = written.split(u' ', Qt::SkipEmptyParts);
        return std::any_of(words.cbegin(), words.cend(), [this](const QString &word) { return m_language.numberWord(word) >= 2; });
    }

    static QString fiscalQuarterPlaceholder(int quarter) { return u"FY?-Q"_s + QString::number(quarter); }

    // Fiscal quarter `quarter` of entity's fiscal calendar, the latest begun by the article's date:
    // in July 2025 Microsoft's "fiscal first quarter" is FY2026-Q1 (July to September 2025), its
    // "fiscal fourth quarter" FY2025-Q4 (April to June 2025). Empty without a date.
    QString resolveFiscalQuarter(const QString &entity, int quarter) const
    {
        // Undated: "le premier trimestre fiscal" of an article about "l'exercice 2025" is that
        // year's.
        if ((m_year == 0 || m_month == 0) && m_lastFiscalYear != 0)
            return u"FY"_s + QString::number(m_lastFiscalYear) + u"-Q"_s + QString::number(quarter);
        if (m_year == 0 || m_month == 0)
            return {};
        const FiscalYearRule rule = m_fiscal.rule(entity);
        const QDate date(m_year, m_month, 1);
        for (int year = m_year + 2; year >= m_year - 1; --year) {
            const QDate yearStart = QDate(rule.namedAfterStart ? year : year - 1, rule.endMonth, 1).addMonths(1);
            if (yearStart.addMonths(3 * (quarter - 1)) <= date)
                return u"FY"_s + QString::number(year) + u"-Q"_s + QString::number(quarter);
        }
        return {};
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
                // "juillet-septembre 2025" is a quarter, not a month that dates news.
                const bool afterQuarter = t > begin && kindAt(t - 1) == FigureKind::Quarter && isBlank(textBetween(tokenEnd(t - 1), tokenStart(t)));
                if (!parseYears(tokenText(t), &first, &last) || (afterMonthName(tokenStart(t)) && !afterQuarter) || afterSince(tokenStart(t)))
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
                            if (between.isEmpty() || m_language.isPhrase(Cue::QuarterOf, between)) {
                                const int quarter = m_language.quarterNumber(folded(tokenText(quarterToken)));
                                result.removeLast();
                                mention = PeriodMention{tokenStart(quarterToken), tokenEnd(t),
                                                        u"FY"_s + QString::number(last) + u"-Q"_s + QString::number(quarter)};
                            }
                        }
                    } else if (before == FigureKind::Quarter && (gap.isEmpty() || m_language.isPhrase(Cue::QuarterYearGap, gap))) {
                        const int quarter = m_language.quarterNumber(folded(tokenText(previous)));
                        if (!result.isEmpty() && result.constLast().start == tokenStart(previous))
                            result.removeLast();
                        // "fiscal third-quarter 2025": a quarter of the company's own year.
                        const bool fiscal = isFiscalQuarter(previous, begin, end);
                        mention = PeriodMention{tokenStart(previous), tokenEnd(t),
                                                fiscal ? u"FY"_s + QString::number(first) + u"-Q"_s + QString::number(quarter)
                                                       : quarterPeriod(first, quarter)};
                    } else if (before == FigureKind::PeriodUntil && gap.isEmpty()) {
                        mention = PeriodMention{tokenStart(previous), tokenEnd(t),
                                                m_year != 0 && m_year < first ? yearPeriod(m_year, first) : QString::number(first)};
                    } else if (before == FigureKind::RelativePeriod && gap.isEmpty()
                               && m_language.isPhrase(Cue::NamedYear, folded(tokenText(previous)))) {
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
                const int quarter = m_language.quarterNumber(folded(tokenText(t)));
                if (countsMonths(t))
                    continue; // "over the last three months": the months before the article, no quarter
                if (quarter > 0 && isFiscalQuarter(t, begin, end)) {
                    // "the fiscal first quarter", "premier trimestre fiscal": which year depends on
                    // the company's fiscal calendar, known once the figure's entity is.
                    result.append(PeriodMention{tokenStart(t), tokenEnd(t), fiscalQuarterPlaceholder(quarter)});
                } else if (quarter > 0) {
                    PeriodMention mention{tokenStart(t), tokenEnd(t), resolveQuarter(quarter)};
                    mention.bareQuarter = true;
                    mention.quarter = quarter;
                    result.append(mention);
                }
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
        // "au deuxième trimestre fiscal, après 18 milliards au premier trimestre": one
        // sentence counts the quarters of one calendar, the company's.
        const bool fiscalSentence = std::any_of(result.cbegin(), result.cend(), [](const PeriodMention &m) { return m.value.startsWith(u"FY"_s); });
        if (fiscalSentence) {
            for (PeriodMention &mention : result) {
                if (mention.bareQuarter)
                    mention.value = fiscalQuarterPlaceholder(mention.quarter);
            }
        }
        return result;
    }

    // The period of a figure and whether one was written for it.
    QString periodFor(const Figure &figure, const QList<PeriodMention> &periods, const QList<Span> &clauses,
                      const QList<Span> &asides, qsizetype firstFigure, bool *stated, bool *relative, bool *compared) const
    {
        *stated = false;
        *relative = false;
        *compared = false;
        const qsizetype at = figure.numberStart;
        const Span clause = clauseAt(clauses, at);
        // The comparison that splits the clause, if any: a comparison word ("par rapport à",
        // "compared with") or the words before an earlier figure ("up from", "contre"), found by
        // binary search among the sentence's (m_sentenceComparisons).
        Span part = clause;
        Span other{0, 0};
        qsizetype beforeAt = -1;
        qsizetype afterAt = -1;
        const auto split = std::lower_bound(m_sentenceComparisons.cbegin(), m_sentenceComparisons.cend(), figure.quoteStart);
        if (split != m_sentenceComparisons.cbegin() && *(split - 1) >= clause.start)
            beforeAt = *(split - 1);
        const auto next = std::lower_bound(split, m_sentenceComparisons.cend(), figure.quoteEnd);
        if (next != m_sentenceComparisons.cend() && *next < clause.end)
            afterAt = *next;
        if (beforeAt >= 0) {
            part = Span{beforeAt, clause.end};
            other = Span{clause.start, beforeAt};
        } else if (afterAt >= 0) {
            part = Span{clause.start, afterAt};
            other = Span{afterAt, clause.end};
        }
        auto distance = [&](const PeriodMention &p) {
            return p.end <= figure.quoteStart ? figure.quoteStart - p.end : p.start - figure.quoteEnd;
        };
        auto firstFrom = [&periods](qsizetype position) {
            return std::lower_bound(periods.cbegin(), periods.cend(), position, [](const PeriodMention &p, qsizetype q) { return p.start < q; })
                - periods.cbegin();
        };
        // The nearest period of the part on each side, walking outwards from the figure; one
        // written out wins over one read against the date ("its current fiscal first quarter,
        // which is Q3 2025"), so a vague one lets the walk go on.
        const PeriodMention *best = nullptr;
        auto consider = [&](const PeriodMention &period) {
            if (isAside(asides, period.start, at) || (period.start < figure.quoteEnd && period.end > figure.quoteStart))
                return false;
            if (comparedObject(period, beforeAt, figure, clause.start))
                return false;
            if (!best || std::pair(period.isVague(), distance(period)) < std::pair(best->isVague(), distance(*best)))
                best = &period;
            return !period.isVague();
        };
        const qsizetype middle = firstFrom(figure.quoteStart);
        for (qsizetype i = middle - 1; i >= 0 && periods.at(i).start >= part.start; --i) {
            if (part.contains(periods.at(i).start) && consider(periods.at(i)))
                break;
        }
        for (qsizetype i = middle; i < periods.size() && periods.at(i).start < part.end; ++i) {
            // "an initial 40 billion, rising to 90 billion over three years": a period after a
            // later figure, past a comma, is that figure's.
            if (laterFigureBefore(figure, periods.at(i).start))
                break;
            if (part.contains(periods.at(i).start) && consider(periods.at(i)))
                break;
        }
        if (best && best->isVague()) {
            // "its fiscal second quarter, that is October to December 2024": the quarter written
            // out right after the company's own name for it says which.
            for (qsizetype i = firstFrom(best->end); i < periods.size() && periods.at(i).start - best->end <= 24; ++i) {
                const PeriodMention &restated = periods.at(i);
                if (!restated.isVague() && !restated.relative && !restated.value.isEmpty() && !laterFigureBefore(figure, restated.start)
                    && !(restated.start < figure.quoteEnd && restated.end > figure.quoteStart)) {
                    best = &restated;
                    break;
                }
            }
        }
        if (best) {
            *stated = true;
            *relative = best->relative || best->bareQuarter;
            return best->value;
        }
        // "X, en hausse par rapport à l'an dernier": X is the year the other side is not.
        for (qsizetype i = firstFrom(other.start); i < periods.size() && periods.at(i).start < other.end; ++i) {
            const PeriodMention &period = periods.at(i);
            if (period.relative && period.relativeYears != 0 && !period.value.isEmpty()) {
                *stated = true;
                *compared = true;
                return shiftedPeriod(period.value, -period.relativeYears);
            }
        }
        // "En 2024, Meta ... ; Google ... 39 milliards", "Fourth-quarter revenue rose to $48bn, and
        // net income to $20bn": a period written before the sentence's first figure frames all of
        // it; one written after a figure of another clause is that clause's ("1 GW cette année, et
        // un campus de 2 GW").
        for (qsizetype i = 0; i < periods.size() && periods.at(i).start < firstFigure; ++i) {
            const PeriodMention &period = periods.at(i);
            if (period.end <= clause.start && period.end <= firstFigure && !isAside(asides, period.start, at)) {
                *stated = true;
                return period.value;
            }
        }
        // "Oracle mettra 20 milliards en 2026 ; Meta, 60 milliards": clauses of a list after ";"
        // share the period of the clause before them.
        for (qsizetype c = clauses.indexOf(clause); c > 0 && m_text.at(clauses.at(c).start) == u';'; --c) {
            const Span previous = clauses.at(c - 1);
            const PeriodMention *last = nullptr;
            for (qsizetype i = firstFrom(previous.start); i < periods.size() && periods.at(i).start < previous.end; ++i) {
                if (!periods.at(i).isVague())
                    last = &periods.at(i);
            }
            if (last) {
                *stated = true;
                return last->value;
            }
        }
        return {};
    }

    // "(5 milliards) par rapport à 2023, grâce à une vente de 3 milliards": the
    // period a comparison word governs is what an earlier figure is compared with; a figure after
    // it past a comma is not of that period. (Without an earlier figure, "en forte hausse sur
    // 2023, passés de 10 à 18 milliards" gives the figure of that period.)
    bool comparedObject(const PeriodMention &period, qsizetype comparison, const Figure &figure, qsizetype clauseStart) const
    {
        if (comparison < 0 || period.start < comparison || period.start - comparison > 24 || period.end > figure.quoteStart)
            return false;
        const auto first = std::lower_bound(m_sentenceFigureStarts.cbegin(), m_sentenceFigureStarts.cend(), clauseStart);
        if (first == m_sentenceFigureStarts.cend() || *first >= comparison)
            return false;
        const QStringView between = textBetween(comparison, period.start);
        if (std::any_of(between.cbegin(), between.cend(), [](QChar c) { return c.isDigit() || c == u','; }))
            return false;
        return textBetween(period.end, figure.quoteStart).contains(u',');
    }

    // Another figure of the sentence stands between `figure` and position, past a comma after
    // `figure`; not the same amount in another currency ("1.2 trillion yen, or about 8 billion
    // dollars, over five years": one figure, converted).
    bool laterFigureBefore(const Figure &figure, qsizetype position) const
    {
        const auto other = std::upper_bound(m_sentenceFigureStarts.cbegin(), m_sentenceFigureStarts.cend(), figure.quoteStart);
        if (other == m_sentenceFigureStarts.cend() || *other >= position)
            return false;
        const QString &currency = m_sentenceFigureCurrencies.at(other - m_sentenceFigureStarts.cbegin());
        if (!currency.isEmpty() && !figure.currency.isEmpty() && currency != figure.currency)
            return false;
        const auto comma = std::lower_bound(m_sentenceCommas.cbegin(), m_sentenceCommas.cend(), figure.quoteEnd);
        return comma != m_sentenceCommas.cend() && *comma < *other;
    }

    // ---------------------------------------------------------------------------------------
    // Kinds of other_money figures

    // The word index of position in words (the first word that ends after it).
    static qsizetype wordIndex(const QList<FoldedWord> &words, qsizetype position)
    {
        const auto it = std::lower_bound(words.cbegin(), words.cend(), position,
                                         [](const FoldedWord &w, qsizetype p) { return w.end <= p; });
        return it - words.cbegin();
    }

    // Words strictly between a cue and a figure, and whether the cue comes first; -1 when they overlap.
    static qsizetype wordsBetween(const QList<FoldedWord> &words, const CueMatch &cue, const Figure &figure, bool *cueFirst)
    {
        if (cue.end <= figure.quoteStart) {
            *cueFirst = true;
            return wordIndex(words, figure.quoteStart) - wordIndex(words, cue.end);
        }
        if (cue.start >= figure.quoteEnd) {
            *cueFirst = false;
            return wordIndex(words, cue.start) - wordIndex(words, figure.quoteEnd);
        }
        return -1;
    }

    // A cue of that kind within `before` words before the figure or `after` words after it.
    // The cues that may lie within `window` words of [from, to): cues are in text order, so a
    // binary search and a walk over the few neighbours keeps a sentence of many figures linear.
    static std::pair<qsizetype, qsizetype> cuesAround(const QList<CueMatch> &cues, const QList<FoldedWord> &words, qsizetype from,
                                                     qsizetype to, int window)
    {
        const qsizetype firstWord = std::max<qsizetype>(0, wordIndex(words, from) - window - 1);
        const qsizetype lastWord = std::min<qsizetype>(words.size(), wordIndex(words, to) + window + 1);
        const qsizetype low = firstWord < words.size() ? words.at(firstWord).start : from;
        const qsizetype high = lastWord < words.size() ? words.at(lastWord).end : std::numeric_limits<qsizetype>::max();
        // A cue spans at most a few words: start the search a little before.
        const auto begin = std::lower_bound(cues.cbegin(), cues.cend(), low, [](const CueMatch &c, qsizetype p) { return c.end <= p; });
        const auto end = std::upper_bound(begin, cues.cend(), high, [](qsizetype p, const CueMatch &c) { return p < c.start; });
        return {begin - cues.cbegin(), end - cues.cbegin()};
    }

    static bool nearCue(const QList<CueMatch> &cues, const QList<FoldedWord> &words, const Figure &figure, Cue kind, int before, int after)
    {
        const auto [first, last] = cuesAround(cues, words, figure.quoteStart, figure.quoteEnd, std::max(before, after));
        for (qsizetype c = first; c < last; ++c) {
            const CueMatch &cue = cues.at(c);
            if (cue.cue != kind)
                continue;
            bool cueFirst = false;
            const qsizetype distance = wordsBetween(words, cue, figure, &cueFirst);
            if (distance >= 0 && distance <= (cueFirst ? before : after))
                return true;
        }
        return false;
    }

    // A table row (a line whose cells the reading text separates with tabs): the figure's column
    // header and its row's first cell say what the figure is and when ("| Q1 (Sep) | $11.0B |"
    // under "| Period | FY24 Capex |" is capex of FY2024-Q1). Returns false outside a table.
    struct TableContext {
        QString period;
        FigureKind cue = FigureKind::Number; // a metric cue of the header, Number when none
    };

    bool tableContext(const Figure &figure, const Span &sentence, TableContext *context) const
    {
        auto lineOf = [this](qsizetype position) {
            qsizetype start = position;
            while (start > 0 && m_text.at(start - 1) != u'\n')
                --start;
            qsizetype end = position;
            while (end < m_text.size() && m_text.at(end) != u'\n')
                ++end;
            return Span{start, end};
        };
        // Cheap first: a row's sentence holds its tabs (a long line of prose is never walked).
        if (!QStringView(m_text).sliced(sentence.start, sentence.end - sentence.start).contains(u'\t'))
            return false;
        const Span row = lineOf(sentence.start);
        if (!QStringView(m_text).sliced(row.start, row.end - row.start).contains(u'\t'))
            return false;
        // The header: the first line of the block of tabbed lines (at most a few dozen rows up;
        // the reading text puts a blank line between rows).
        Span header = row;
        Span cursor = row;
        for (int rows = 0; rows < 128 && cursor.start > 0; ++rows) {
            cursor = lineOf(cursor.start - 1);
            if (cursor.start == cursor.end)
                continue;
            if (!QStringView(m_text).sliced(cursor.start, cursor.end - cursor.start).contains(u'\t'))
                break;
            header = cursor;
        }
        if (header == row)
            return false;
        const qsizetype column = QStringView(m_text).sliced(row.start, figure.quoteStart - row.start).count(u'\t');
        auto cell = [this](const Span &line, qsizetype index) {
            qsizetype start = line.start;
            for (qsizetype i = 0; i < index; ++i) {
                const qsizetype tab = QStringView(m_text).sliced(start, line.end - start).indexOf(u'\t');
                if (tab < 0)
                    return Span{line.end, line.end};
                start += tab + 1;
            }
            const qsizetype tab = QStringView(m_text).sliced(start, line.end - start).indexOf(u'\t');
            return Span{start, tab < 0 ? line.end : start + tab};
        };
        auto tokensIn = [this](const Span &span) {
            const auto first = std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), span.start,
                                                [](const FigureToken &t, qsizetype p) { return t.start < p; });
            auto last = first;
            while (last != m_tokens.cend() && last->start < span.end)
                ++last;
            return std::pair<int, int>(int(first - m_tokens.cbegin()), int(last - m_tokens.cbegin()));
        };
        const Span columnHeader = cell(header, column);
        const auto [headerBegin, headerEnd] = tokensIn(columnHeader);
        QString year;
        for (int t = headerBegin; t < headerEnd; ++t) {
            if (isCue(kindAt(t)) && kindAt(t) != FigureKind::StockCue)
                context->cue = kindAt(t);
        }
        for (const PeriodMention &period : periodsOf(headerBegin, headerEnd, QList<bool>(headerEnd - headerBegin, false)))
            year = period.value;
        const auto [rowBegin, rowEnd] = tokensIn(cell(row, 0));
        int quarter = 0;
        for (int t = rowBegin; t < rowEnd; ++t) {
            if (kindAt(t) == FigureKind::Quarter)
                quarter = m_language.quarterNumber(folded(tokenText(t)));
        }
        if (year.startsWith(u"FY"_s) && year.size() == 6 && quarter > 0)
            context->period = year + u"-Q"_s + QString::number(quarter);
        else if (year.size() == 4 && quarter > 0)
            context->period = quarterPeriod(year.toInt(), quarter);
        else
            context->period = year;
        return true;
    }

    // A percentage is a share-price move when a word of rise or fall governs it ("fell more than
    // 4%", "a reculé de près de 5 %", "after a 2% intraday gain", "un repli de 3 % du titre") and the
    // sentence is about the market (shares, the stock, a trading session) or the company itself
    // is the subject of the move ("Oracle jumped 9%"). A metric just before the movement makes it
    // that metric's growth instead ("des ventes en progression de 8 %").
    // Returns Cue::Rise or Cue::Fall, else Cue::Count.
    Cue shareMove(const Figure &figure, const Span &clause, int begin, int end, const QList<Mention> &mentions,
                  const QList<CueMatch> &cues, const QList<FoldedWord> &words, bool market) const
    {
        const CueMatch *movement = nullptr;
        const auto [first, last] = cuesAround(cues, words, figure.quoteStart, figure.quoteEnd, 4);
        for (qsizetype c = first; c < last; ++c) {
            const CueMatch &cue = cues.at(c);
            if ((cue.cue != Cue::Rise && cue.cue != Cue::Fall) || !clause.contains(cue.start))
                continue;
            bool cueFirst = false;
            const qsizetype distance = wordsBetween(words, cue, figure, &cueFirst);
            if (distance >= 0 && distance <= (cueFirst ? 3 : 1) && (!movement || cueFirst))
                movement = &cue;
        }
        if (!movement)
            return Cue::Count;
        const qsizetype movementWord = wordIndex(words, movement->start);
        const auto mention = std::lower_bound(mentions.cbegin(), mentions.cend(), movement->start,
                                              [](const Mention &m, qsizetype p) { return m.start < p; });
        const bool companyMoves = mention != mentions.cbegin() && !(mention - 1)->anaphor
            && wordIndex(words, (mention - 1)->end - 1) == movementWord - 1;
        if (!market && !companyMoves)
            return Cue::Count;
        // "des ventes en progression de 8 %", "a 15% rise in net income": the tokens
        // within four words of the movement or the figure.
        const qsizetype figureWord = wordIndex(words, figure.quoteEnd - 1);
        const qsizetype from = words.at(std::max<qsizetype>(0, movementWord - 5)).start;
        const qsizetype to = words.at(std::min<qsizetype>(words.size() - 1, figureWord + 5)).end;
        const auto token = std::lower_bound(m_tokens.cbegin() + begin, m_tokens.cbegin() + end, from,
                                            [](const FigureToken &t, qsizetype p) { return t.start < p; });
        for (int t = int(token - m_tokens.cbegin()); t < end && tokenStart(t) < to; ++t) {
            const FigureKind kind = kindAt(t);
            if (kind != FigureKind::RevenueCue && kind != FigureKind::CapexCue && kind != FigureKind::NetIncomeCue)
                continue;
            if (tokenEnd(t) <= movement->start && movementWord - wordIndex(words, tokenEnd(t) - 1) <= 4)
                return Cue::Count;
            if (tokenStart(t) >= figure.quoteEnd && wordIndex(words, tokenStart(t)) - figureWord <= 4)
                return Cue::Count;
        }
        return movement->cue;
    }

    struct KindRule {
        Cue cue;
        MoneyKind kind;
        int before; // most words between a cue before the figure and the figure (-1: never before)
        int after;  // most words between the figure and a cue after it (-1: never after)
    };

    // Each cue of a kind tells what the nearest money figure of its clause is, within a few words:
    // "the $3.1 billion analysts had pencilled in", "Azure's sales came to $20 billion", "a profit
    // of $1.20 per share". Earlier rules win over later ones for one figure.
    QList<MoneyKind> kindsOf(const QList<Figure> &found, const QList<CueMatch> &cues, const QList<FoldedWord> &words,
                             const QList<Span> &clauses, const QList<Span> &asides) const
    {
        static constexpr std::array rules{
            KindRule{Cue::Estimate, MoneyKind::Estimate, 10, 3},
            KindRule{Cue::PerShare, MoneyKind::PerShare, 5, 0},
            KindRule{Cue::SharePrice, MoneyKind::SharePrice, 3, 0},
            KindRule{Cue::MarketValue, MoneyKind::MarketValue, 6, 1},
            KindRule{Cue::IncreaseBy, MoneyKind::Increase, 1, 0},
            KindRule{Cue::FundRaising, MoneyKind::FundRaising, 4, -1},
            KindRule{Cue::Valuation, MoneyKind::Valuation, 3, -1},
            KindRule{Cue::Debt, MoneyKind::Debt, 5, 1},
            KindRule{Cue::Backlog, MoneyKind::Backlog, 6, 1},
            KindRule{Cue::CashFlow, MoneyKind::CashFlow, 5, 1},
            KindRule{Cue::Charge, MoneyKind::Charge, 5, 1},
            KindRule{Cue::Income, MoneyKind::Income, 5, 2},
            KindRule{Cue::Segment, MoneyKind::Segment, 12, -1},
        };
        QList<MoneyKind> kinds(found.size(), MoneyKind::None);
        QList<int> ranks(found.size(), int(rules.size()));
        for (const CueMatch &cue : cues) {
            const auto rule = std::find_if(rules.cbegin(), rules.cend(), [&cue](const KindRule &r) { return r.cue == cue.cue; });
            if (rule == rules.cend())
                continue;
            const int rank = int(rule - rules.cbegin());
            const Span clause = clauseAt(clauses, cue.start);
            qsizetype best = -1;
            qsizetype bestDistance = 0;
            // Only the figures within the rule's window of words: a sentence of many figures stays linear.
            const int window = std::max(rule->before, rule->after);
            const qsizetype fromWord = std::max<qsizetype>(0, wordIndex(words, cue.start) - window - 2);
            const qsizetype toWord = std::min<qsizetype>(words.size() - 1, wordIndex(words, cue.end) + window + 2);
            const qsizetype low = words.isEmpty() ? 0 : words.at(fromWord).start;
            const qsizetype high = words.isEmpty() ? 0 : words.at(std::max<qsizetype>(toWord, 0)).end;
            const auto firstFigure = std::lower_bound(found.cbegin(), found.cend(), low, [](const Figure &f, qsizetype p) { return f.quoteEnd < p; });
            for (qsizetype f = firstFigure - found.cbegin(); f < found.size() && found.at(f).quoteStart <= high; ++f) {
                const Figure &figure = found.at(f);
                if (figure.percent || !figure.unit.unit.isEmpty() || !clause.contains(figure.numberStart))
                    continue;
                // A segment named in an aside ("Oracle, par sa branche cloud, compte") is not the subject.
                if (rule->kind == MoneyKind::Segment && isAside(asides, cue.start, figure.numberStart))
                    continue;
                bool cueFirst = false;
                const qsizetype distance = wordsBetween(words, cue, figure, &cueFirst);
                if (distance < 0 || distance > (cueFirst ? rule->before : rule->after))
                    continue;
                // "an increase of $10 billion", "raised by $2 billion", not "a rise from $57.9 billion".
                if (rule->kind == MoneyKind::Increase && cueFirst && distance == 1) {
                    const QString gap = words.at(wordIndex(words, cue.end)).text;
                    if (!m_language.isWord(Cue::IncreaseOf, gap))
                        continue;
                }
                if (best < 0 || distance < bestDistance) {
                    best = f;
                    bestDistance = distance;
                }
            }
            if (best >= 0 && rank < ranks.at(best)) {
                ranks[best] = rank;
                kinds[best] = rule->kind;
            }
            // "La division Azure, que ... , réalise 20 milliards de ventes": a segment that opens its
            // clause is what every figure of the clause is about.
            if (rule->kind == MoneyKind::Segment && wordIndex(words, cue.start) - wordIndex(words, clause.start) <= 4) {
                for (qsizetype f = 0; f < found.size(); ++f) {
                    const Figure &figure = found.at(f);
                    if (!figure.percent && figure.unit.unit.isEmpty() && clause.contains(figure.numberStart) && rank < ranks.at(f)) {
                        ranks[f] = rank;
                        kinds[f] = rule->kind;
                    }
                }
            }
        }
        // "$189.05", "196 dollars", "1,95 $": an amount without a magnitude is a price per share.
        for (qsizetype f = 0; f < found.size(); ++f) {
            const Figure &figure = found.at(f);
            if (kinds.at(f) == MoneyKind::None && !figure.percent && figure.unit.unit.isEmpty() && !figure.currency.isEmpty()
                && std::abs(figure.high) < 10000)
                kinds[f] = MoneyKind::SharePrice;
        }
        return kinds;
    }

    // ---------------------------------------------------------------------------------------
    // Sentences to claims

    bool aboutJobs(const Span &sentence) const
    {
        return m_language.mentionsJobs(textBetween(sentence.start, sentence.end));
    }

    // What a magnitude counts when no currency says it: "3 milliards d'abonnés", "2 million
    // glasses" (a noun) or nothing ("179 milliards,", "58 milliards attendus").
    bool followedByNoun(const Figure &figure, const Span &sentence, int tokenEnd) const
    {
        qsizetype i = figure.quoteEnd;
        while (i < sentence.end && m_text.at(i).isSpace())
            ++i;
        const QStringView word = wordAt(i, sentence.end);
        if (word.isEmpty())
            return false;
        // "1,8 milliard de coûts", "2,5 milliards de dépenses": what is counted is money.
        const int next = figure.lastToken + 1;
        if (next < tokenEnd && isCue(kindAt(next)) && kindAt(next) != FigureKind::StockCue && tokenStart(next) - figure.quoteEnd <= 6)
            return false;
        if (isWordAt(Cue::NounOf, i, sentence.end)) {
            qsizetype j = i + word.size();
            while (j < sentence.end && (m_text.at(j).isSpace() || m_text.at(j) == u'\'' || m_text.at(j) == u'\u2019'))
                ++j;
            const QString noun = LanguageKnowledge::fold(wordAt(j, sentence.end));
            return !(m_language.isWord(Cue::Charge, noun) || m_language.isWord(Cue::Capex, noun));
        }
        // French puts "de" before the noun; English may not.
        return !m_french && !m_language.isWord(Cue::NotANoun, LanguageKnowledge::fold(word));
    }

    // "Meta a publié mercredi ses comptes du deuxième trimestre 2025.": a period stated without a figure
    // frames the figures that follow in its paragraph (DocumentContextResolver).
    void noteFiscalYears(const QList<PeriodMention> &periods)
    {
        for (const PeriodMention &period : periods) {
            if (period.value.startsWith(u"FY"_s) && period.value.size() >= 6 && period.value.at(2).isDigit())
                m_lastFiscalYear = period.value.mid(2, 4).toInt();
        }
    }

    // writtenOnly: only a period written out with its year frames the figures after it.
    void noteContextPeriod(const Span &sentence, int begin, int end, QList<ClaimDraft> &drafts, bool writtenOnly = false)
    {
        const QList<PeriodMention> periods = periodsOf(begin, end, QList<bool>(end - begin, false));
        noteFiscalYears(periods);
        const auto period = std::find_if(periods.cbegin(), periods.cend(), [](const PeriodMention &p) { return !p.value.startsWith(u"FY?"_s); });
        if (period == periods.cend() || (writtenOnly && (period->relative || period->bareQuarter)))
            return;
        // "En 2021, le groupe changeait de nom" tells a story, it does not frame the figures after
        // it: only a sentence about results or a metric sets the period.
        const QList<CueMatch> cues = m_language.cues(LanguageKnowledge::words(m_text, sentence.start, sentence.end));
        const bool aboutFigures = std::any_of(cues.cbegin(), cues.cend(), [](const CueMatch &c) { return c.cue == Cue::Results; })
            || std::any_of(m_tokens.cbegin() + begin, m_tokens.cbegin() + end, [](const FigureToken &t) { return isCue(t.kind) && t.kind != FigureKind::StockCue; });
        if (!aboutFigures)
            return;
        ClaimDraft context;
        context.contextOnly = true;
        context.periodStated = true;
        context.paragraph = m_paragraph;
        const QList<Mention> mentions = mentionsOf(sentence, begin, end);
        if (!mentions.isEmpty())
            context.claim.entity = resolveMention(mentions.constFirst(), mentions, {});
        context.claim.period = period->value;
        context.claim.start = qint32(period->start);
        context.claim.end = qint32(period->end);
        context.claim.sentenceStart = qint32(sentence.start);
        context.claim.sentenceEnd = qint32(sentence.end);
        dateRestatedFigure(begin, end, *period, drafts);
        drafts.append(context);
    }

    // "Microsoft investira 80 milliards. Cet investissement porte sur l'exercice 2025.": a sentence
    // without a figure that points back at one ("cet investissement", "this spending") dates the
    // last money figure before it, when that one had no period and its metric is the one named.
    void dateRestatedFigure(int begin, int end, const PeriodMention &period, QList<ClaimDraft> &drafts) const
    {
        int cue = -1;
        for (int t = begin; t < end && cue < 0; ++t) {
            if (isCue(kindAt(t)) && kindAt(t) != FigureKind::StockCue && m_language.isWord(Cue::Demonstrative, wordBefore(tokenStart(t))))
                cue = t;
        }
        if (cue < 0 || period.value.isEmpty())
            return;
        for (auto it = drafts.rbegin(); it != drafts.rend(); ++it) {
            if (it->contextOnly || !it->claim.unit.isEmpty())
                continue;
            if (it->claim.metric == metricOfCue(kindAt(cue)) && it->claim.period.isEmpty() && !it->periodStated && !it->timeless) {
                it->claim.period = period.value;
                it->periodStated = true;
                it->claim.resolution.period = FieldResolution{FieldSource::SameFigure, qint32(period.start), qint32(period.end)};
            }
            return;
        }
    }

    void parseSentence(const Span &sentence, int begin, int end, QList<ClaimDraft> &drafts)
    {
        // A money figure without any cue in its sentence goes on with the last one of its
        // paragraph ("Multiply by four and the total lands at ...").
        const bool sameParagraph = m_lastSentenceEnd >= 0 && m_lastSentenceEnd <= sentence.start
            && !textBetween(m_lastSentenceEnd, sentence.start).contains(u'\n');
        m_continuesParagraph = sameParagraph;
        if (!sameParagraph) {
            ++m_paragraph;
            m_lastMoneyMetric.clear();
            m_paragraphCurrency.clear();
        }
        const QString previousMoneyMetric = m_lastMoneyMetric;
        const bool segmentBefore = sameParagraph && m_segmentBefore;
        m_segmentBefore = false;
        const QString namedMetric = sameParagraph ? m_namedMetric : QString();
        m_namedMetric.clear();
        m_lastSentenceEnd = sentence.end;
        // Most sentences with tokens hold names and cues but no number.
        const bool hasNumber = std::any_of(m_tokens.cbegin() + begin, m_tokens.cbegin() + end,
                                           [](const FigureToken &t) { return t.kind == FigureKind::Number || t.kind == FigureKind::Year; });
        const bool hasPeriod = std::any_of(m_tokens.cbegin() + begin, m_tokens.cbegin() + end, [](const FigureToken &t) {
            return t.kind == FigureKind::Year || t.kind == FigureKind::Quarter || t.kind == FigureKind::FiscalYear;
        });
        if (!hasNumber) {
            // "Meta a relevé ses dépenses d'investissement. Elles atteindront 70 milliards": a
            // sentence that names a metric and states no figure says what the next sentence's
            // figure is, when that one names none and refers back with a pronoun.
            for (int t = end - 1; t >= begin; --t) {
                if (isCue(kindAt(t)) && kindAt(t) != FigureKind::StockCue) {
                    m_namedMetric = metricOfCue(kindAt(t));
                    break;
                }
            }
            // "La division cloud ralentit. Croissance de 30 % à 12 milliards": the figures of the
            // next sentence, when it names nothing, are the segment's. Segments are named with a
            // company (Google Cloud, AWS): only such sentences are searched for one.
            if (std::any_of(m_tokens.cbegin() + begin, m_tokens.cbegin() + end, [](const FigureToken &t) { return t.kind == FigureKind::Entity; })) {
                const QList<CueMatch> found = m_language.cues(LanguageKnowledge::words(m_text, sentence.start, sentence.end));
                m_segmentBefore = std::any_of(found.cbegin(), found.cend(), [](const CueMatch &c) { return c.cue == Cue::Segment; });
            }
        }
        if (!hasNumber && !hasPeriod)
            return;
        const QList<FoldedWord> words = hasNumber ? LanguageKnowledge::words(m_text, sentence.start, sentence.end) : QList<FoldedWord>();
        const QList<Span> clauses = hasNumber ? clausesOf(sentence, words) : QList<Span>{sentence};
        QList<Figure> found = hasNumber ? figures(begin, end, clauses) : QList<Figure>();
        if (found.size() > ClaimParser::MostFiguresPerSentence) {
            m_figuresLeftOut += int(found.size()) - ClaimParser::MostFiguresPerSentence;
            found.resize(ClaimParser::MostFiguresPerSentence);
        }
        if (found.isEmpty()) {
            noteContextPeriod(sentence, begin, end, drafts);
            return;
        }
        const qsizetype draftsBefore = drafts.size();
        QList<bool> consumed(end - begin, false);
        for (const Figure &figure : std::as_const(found)) {
            for (int t = figure.firstToken; t <= figure.lastToken; ++t)
                consumed[t - begin] = true;
        }
        const QList<Span> asides = asidesOf(sentence, clauses, begin, end);
        const QList<CueMatch> cues = m_language.cues(words);
        m_sentenceCues = cues;
        m_sentenceWords = words;
        m_sentenceCommas.clear();
        m_sentenceCueTokens.clear();
        for (int t = begin; t < end; ++t) {
            if (isCue(kindAt(t)))
                m_sentenceCueTokens.append(t);
        }
        for (qsizetype i = sentence.start; i < sentence.end; ++i) {
            if (m_text.at(i) == u',')
                m_sentenceCommas.append(i);
        }
        m_sentenceFigureStarts.clear();
        m_sentenceFigureCurrencies.clear();
        {
            QList<std::pair<qsizetype, QString>> starts;
            for (const Figure &figure : std::as_const(found))
                starts.append({figure.quoteStart, figure.currency});
            std::sort(starts.begin(), starts.end());
            for (const auto &[start, currency] : std::as_const(starts)) {
                m_sentenceFigureStarts.append(start);
                m_sentenceFigureCurrencies.append(currency);
            }
        }
        m_sentenceComparisons.clear();
        for (int t = begin; t < end; ++t) {
            if (kindAt(t) == FigureKind::Comparison)
                m_sentenceComparisons.append(tokenStart(t));
        }
        for (const CueMatch &cue : cues) {
            if (cue.cue == Cue::PreviousSide)
                m_sentenceComparisons.append(cue.start);
        }
        std::sort(m_sentenceComparisons.begin(), m_sentenceComparisons.end());
        const QList<Mention> mentions = mentionsOf(sentence, begin, end, cues);
        // Which mentions name a project or programme, looked up once a sentence.
        QList<qsizetype> projectMentions;
        for (qsizetype m = 0; m < mentions.size(); ++m) {
            if (!mentions.at(m).anaphor && isProject(mentions.at(m).entity))
                projectMentions.append(m);
        }
        const QList<PeriodMention> periods = periodsOf(begin, end, consumed);
        noteFiscalYears(periods);
        const QList<MoneyKind> kinds = kindsOf(found, cues, words, clauses, asides);
        // A sentence about the market: shares, the stock, a trading session.
        const bool marketSentence = std::any_of(cues.cbegin(), cues.cend(), [](const CueMatch &c) { return c.cue == Cue::Stock; })
            || std::any_of(m_tokens.cbegin() + begin, m_tokens.cbegin() + end, [](const FigureToken &t) { return t.kind == FigureKind::StockCue; });

        for (qsizetype figureIndex = 0; figureIndex < found.size(); ++figureIndex) {
            Figure &figure = found[figureIndex];
            Claim claim;
            const Span clause = clauseAt(clauses, figure.numberStart);
            if (figure.percent) {
                const Cue movement = shareMove(figure, clause, begin, end, mentions, cues, words, marketSentence);
                if (movement != Cue::Rise && movement != Cue::Fall)
                    continue;
                claim.metric = u"stock_move_pct"_s;
                claim.unit = u"%"_s;
                const bool falling = figure.negative || movement == Cue::Fall;
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
                if (currency.isEmpty() && figure.magnitudeOnly && !followedByNoun(figure, sentence, end)) {
                    // "un bénéfice de 20 milliards de dollars sur un chiffre d'affaires de 90 milliards"
                    const Figure *nearest = nullptr;
                    for (const Figure &other : std::as_const(found)) {
                        if (other.currency.isEmpty())
                            continue;
                        if (!nearest || std::abs(other.numberStart - figure.numberStart) < std::abs(nearest->numberStart - figure.numberStart))
                            nearest = &other;
                    }
                    if (nearest) {
                        currency = nearest->currency;
                        claim.resolution.currency = FieldResolution{FieldSource::Sentence, qint32(nearest->quoteStart), qint32(nearest->quoteEnd)};
                    } else if (!m_paragraphCurrency.isEmpty()) {
                        // "Les ventes montent à 40 milliards de dollars. ... le bénéfice à 9 milliards":
                        // the currency is stated once, then left out.
                        currency = m_paragraphCurrency;
                        claim.resolution.currency = FieldResolution{FieldSource::Paragraph, m_paragraphCurrencyStart, m_paragraphCurrencyEnd};
                    } else if (!m_lastCurrency.isEmpty()) {
                        // Stated earlier in the article, in another paragraph.
                        currency = m_lastCurrency;
                        claim.resolution.currency = FieldResolution{FieldSource::SameFigure, m_lastCurrencyStart, m_lastCurrencyEnd};
                    }
                }
                // "Berlin Plans 30 Billion Chip Push" before "€30 billion" in the body: a
                // headline's amount without a currency may take the one the same number has later
                // (the document-level pass); with none it is no claim.
                const bool currencyPending = currency.isEmpty() && figure.magnitudeOnly && !followedByNoun(figure, sentence, end)
                    && m_lastCurrency.isEmpty();
                if (currency.isEmpty() && !currencyPending)
                    continue;
                claim.currency = currency;
                if (!figure.currency.isEmpty()) {
                    m_paragraphCurrency = m_lastCurrency = figure.currency;
                    m_paragraphCurrencyStart = m_lastCurrencyStart = qint32(figure.quoteStart);
                    m_paragraphCurrencyEnd = m_lastCurrencyEnd = qint32(figure.quoteEnd);
                }
                if (figure.negative) {
                    figure.low = -figure.low;
                    figure.high = -figure.high;
                    std::swap(figure.low, figure.high);
                }
            }
            claim.document = m_document.id;
            assignEntity(figure, mentions, clauses, asides, cues, &claim);
            bool metricGuessed = false;
            // Money, also when its currency is left to the document-level pass ("Berlin Plans 30
            // Billion Chip Push"): its metric is read here all the same.
            if (claim.unit.isEmpty() && claim.metric.isEmpty()) {
                const int cue = cueFor(figure, begin, end, clause);
                const bool investment = std::any_of(cues.cbegin(), cues.cend(), [](const CueMatch &c) { return c.cue == Cue::Capex; });
                if (cue >= 0 && kindAt(cue) != FigureKind::StockCue) {
                    claim.metric = metricOfCue(kindAt(cue));
                } else if (investment) {
                    // "pledged $500 million", "une enveloppe de 100 milliards": a pledge is capex.
                    claim.metric = u"capex"_s;
                } else if (const QString metric = m_catalog.defaultMetric(claim.entity); !metric.isEmpty()) {
                    claim.metric = metric;
                    claim.resolution.metric.source = FieldSource::EntityDefault;
                } else if (cue < 0 && segmentBefore && kinds.at(figureIndex) == MoneyKind::None) {
                    claim.metric = u"other_money"_s;
                    claim.kind = MoneyKind::Segment;
                    claim.resolution.metric.source = FieldSource::PreviousSentence;
                } else if (cue < 0 && !namedMetric.isEmpty()
                           && std::any_of(words.cbegin(), words.cend(), [this](const FoldedWord &w) { return m_language.isWord(Cue::Pronoun, w.text); })) {
                    claim.metric = namedMetric;
                    claim.resolution.metric.source = FieldSource::PreviousSentence;
                } else if (cue < 0 && !previousMoneyMetric.isEmpty()) {
                    claim.metric = previousMoneyMetric; // "Multiply by four and the total lands at ..."
                    claim.resolution.metric.source = FieldSource::Paragraph;
                } else {
                    claim.metric = u"other_money"_s;
                    metricGuessed = true;
                }
                // "Microsoft, via Azure, consacrera 50 milliards à ses serveurs": a segment's
                // investment is its company's capex.
                const bool segmentCapex = kinds.at(figureIndex) == MoneyKind::Segment && claim.metric == u"capex"_s;
                if (kinds.at(figureIndex) != MoneyKind::None && !segmentCapex) {
                    // Analysts' expectations, a segment's sales, an EPS: other_money, whatever the
                    // cue says they are about.
                    claim.metric = u"other_money"_s;
                    claim.kind = kinds.at(figureIndex);
                }
                if (claim.metric == u"capex"_s || metricGuessed) {
                    preferProjectOrSource(figure, mentions, asides, projectMentions, &claim);
                    if (const QString metric = m_catalog.defaultMetric(claim.entity); metricGuessed && !metric.isEmpty()) {
                        claim.metric = metric;
                        metricGuessed = false;
                        claim.resolution.metric.source = FieldSource::EntityDefault;
                    }
                }
                if (claim.metric == u"capex"_s && claim.kind == MoneyKind::None && stakeInCompany(figure, mentions, claim.entity))
                    claim.metric = u"other_money"_s;
                // "Sales excluding partner payouts were $81.6 billion": an adjusted figure.
                if ((claim.metric == u"revenue"_s || claim.metric == u"net_income"_s) && nearCue(cues, words, figure, Cue::Excluding, 4, 3))
                    claim.metric = u"other_money"_s;
                m_lastMoneyMetric = claim.metric;
            }
            ClaimDraft draft;
            draft.paragraph = m_paragraph;
            draft.metricGuessed = metricGuessed && claim.kind == MoneyKind::None;
            draft.projectEntity = isProject(claim.entity);
            draft.fullYear = std::any_of(cues.cbegin(), cues.cend(), [](const CueMatch &c) { return c.cue == Cue::FullYear; });
            // Share moves, counts of users or GPUs at a moment, run rates: no period form.
            draft.timeless = !claim.unit.isEmpty() || nearCue(cues, words, figure, Cue::RunRate, 3, 1);
            if (claim.metric == u"stock_move_pct"_s) {
                // A share price moves on a day: only a period written after the move is its own
                // ("a gagné 20 % en 2024"), not the quarter whose results moved it.
                draft.timeless = true;
                for (const PeriodMention &period : periods) {
                    if (period.start >= figure.quoteEnd && clause.contains(period.start) && !period.relative) {
                        claim.period = period.value;
                        draft.periodStated = true;
                        break;
                    }
                }
            } else {
                bool relative = false;
                QString period = periodFor(figure, periods, clauses, asides, found.constFirst().quoteStart, &draft.periodStated,
                                           &relative, &draft.comparedYear);
                if (relative && !period.isEmpty())
                    claim.resolution.period.source = FieldSource::PublicationDate;
                if (claim.kind == MoneyKind::MarketValue || claim.kind == MoneyKind::SharePrice) {
                    // A market value, a share price: the value of a day, no period's.
                    period.clear();
                    draft.periodStated = true;
                    draft.timeless = true;
                }
                if (period.startsWith(u"FY?-Q"_s)) {
                    period = resolveFiscalQuarter(claim.entity, period.back().digitValue());
                    claim.resolution.period.source = FieldSource::FiscalCalendar;
                }
                if (nearCue(cues, words, figure, Cue::RunRate, 3, 1)) {
                    // "un rythme annuel de 40 milliards": a rate, not a year's figure.
                    period.clear();
                    draft.periodStated = true;
                }
                TableContext table;
                if (period.isEmpty() && tableContext(figure, sentence, &table)) {
                    if (!table.period.isEmpty()) {
                        period = table.period;
                        draft.periodStated = true;
                        claim.resolution.period.source = FieldSource::Sentence;
                    }
                    if (table.cue != FigureKind::Number && claim.isMoney() && claim.kind == MoneyKind::None) {
                        claim.metric = metricOfCue(table.cue);
                        draft.metricGuessed = false;
                    }
                }
                claim.period = period;
            }
            // "up from $41 billion", "contre 18 milliards": the article gives it as the earlier figure.
            // ("1,95 $, contre 1,60 $ attendus": what analysts expected for the same period is no earlier figure.)
            claim.previous = nearCue(cues, words, figure, Cue::PreviousSide, 2, -1) && claim.kind != MoneyKind::Estimate;
            claim.low = figure.low;
            claim.high = figure.high;
            claim.qualifier = figure.isRange ? Qualifier::Range : figure.hedge.value_or(Qualifier::Exact);
            claim.start = figure.quoteStart;
            claim.end = figure.quoteEnd;
            claim.sentenceStart = sentence.start;
            claim.sentenceEnd = sentence.end;
            if (const ClaimDraft *earlier = restated(figure, claim, drafts)) {
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
        // "Amazon dépasse les attentes au troisième trimestre 2025 avec une hausse de 13 %": a
        // sentence whose figures are no claims frames the figures after it like one without any,
        // by a period written with its year ("the second-quarter results, published on December
        // 10" may be a fiscal quarter, which a bare quarter read against the date is not).
        if (drafts.size() == draftsBefore)
            noteContextPeriod(sentence, begin, end, drafts, true);
    }

    // The claim that a figure restates, when a demonstrative introduces it ("ces 109 Md€",
    // "this $500 billion") and an earlier claim of the article has the same amount; else nullptr.
    const ClaimDraft *restated(const Figure &figure, const Claim &claim, const QList<ClaimDraft> &drafts) const
    {
        qsizetype wordEnd = figure.quoteStart;
        while (wordEnd > 0 && m_text.at(wordEnd - 1).isSpace())
            --wordEnd;
        qsizetype wordStart = wordEnd;
        while (wordStart > 0 && m_text.at(wordStart - 1).isLetter())
            --wordStart;
        if (wordStart == wordEnd || (wordStart > 0 && m_text.at(wordStart - 1).isLetterOrNumber()))
            return nullptr;
        if (!m_language.isWord(Cue::Demonstrative, LanguageKnowledge::fold(textBetween(wordStart, wordEnd))))
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
    QString m_lastProject;     // the project or programme named last, for "the joint venture"
    qsizetype m_lastSentenceEnd = -1;
    bool m_continuesParagraph = false; // the sentence being parsed follows another on its line
    QList<Span> m_sentences;
    QString m_lastMoneyMetric;  // of the last money claim of the sentence parsed last
    bool m_segmentBefore = false; // the sentence parsed last names a segment and states no figure
    QString m_namedMetric;        // the metric the sentence parsed last names, when it states no figure
    // The currency last written in the paragraph, and where; the article's most written one.
    QString m_paragraphCurrency;
    qint32 m_paragraphCurrencyStart = 0;
    qint32 m_paragraphCurrencyEnd = 0;
    QString m_lastCurrency;     // the last currency written in the article so far
    qint32 m_lastCurrencyStart = 0;
    qint32 m_lastCurrencyEnd = 0;
    int m_paragraph = 0;
    QList<CueMatch> m_sentenceCues; // the cue phrases of the sentence being parsed
    QList<FoldedWord> m_sentenceWords; // and its words
    QList<qsizetype> m_sentenceCommas; // and the positions of its commas
    QList<int> m_sentenceCueTokens;    // and its tokens that are metric cues, in order
    int m_figuresLeftOut = 0;          // past ClaimParser::MostFiguresPerSentence
    QList<qsizetype> m_sentenceComparisons; // and of its comparison words, sorted
    QList<qsizetype> m_sentenceFigureStarts; // and where its figures start, in order
    QList<QString> m_sentenceFigureCurrencies; // and the currency each of them writes (empty: none)
    int m_lastFiscalYear = 0;       // the last fiscal year the article named ("exercice 2025")
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

ClaimList ClaimParser::parse(const Document &document, const QString &text, const FigureTokenList &tokens, int *figuresLeftOut) const
{
    DocumentParse parse(m_catalog, m_language, m_fiscal, document, text, tokens);
    ClaimList claims = parse.run();
    if (figuresLeftOut)
        *figuresLeftOut = parse.figuresLeftOut();
    return claims;
}

} // namespace Recoupe
