#include "compare/claimwording.h"

#include "compare/exchangeratetable.h"
#include "corpus/document.h"

#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

const char *const trContext = "Recoupe::ClaimWording";

// One phrase per currency or unit and magnitude; %1 is the number ("62", "60 to 65").
struct Phrase {
    QLatin1StringView key;  // currency code or unit
    double magnitude;
    const char *text;
};

constexpr std::array phrases{
    Phrase{"EUR"_L1, 1, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "%1 euros")},
    Phrase{"EUR"_L1, 1e6, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "%1 million euros")},
    Phrase{"EUR"_L1, 1e9, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "%1 billion euros")},
    Phrase{"EUR"_L1, 1e12, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "%1 trillion euros")},
    Phrase{"USD"_L1, 1, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "%1 dollars")},
    Phrase{"USD"_L1, 1e6, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "%1 million dollars")},
    Phrase{"USD"_L1, 1e9, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "%1 billion dollars")},
    Phrase{"USD"_L1, 1e12, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "%1 trillion dollars")},
    Phrase{"GBP"_L1, 1, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "%1 pounds")},
    Phrase{"GBP"_L1, 1e6, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "%1 million pounds")},
    Phrase{"GBP"_L1, 1e9, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "%1 billion pounds")},
    Phrase{"GBP"_L1, 1e12, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "%1 trillion pounds")},
    Phrase{"GPU"_L1, 1, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "%1 GPUs")},
    Phrase{"GPU"_L1, 1e6, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "%1 million GPUs")},
    Phrase{"GPU"_L1, 1e9, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "%1 billion GPUs")},
    Phrase{"users"_L1, 1, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "%1 users")},
    Phrase{"users"_L1, 1e6, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "%1 million users")},
    Phrase{"users"_L1, 1e9, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "%1 billion users")},
    Phrase{"GW"_L1, 1, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "%1 GW")},
    Phrase{"MW"_L1, 1, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "%1 MW")},
    Phrase{"%"_L1, 1, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "%1%")},
};

// Magnitude words for what has no phrase of its own; %1 is the number.
constexpr std::array magnitudeWords{
    Phrase{{}, 1e6, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "%1 million")},
    Phrase{{}, 1e9, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "%1 billion")},
    Phrase{{}, 1e12, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "%1 trillion")},
};

struct MetricName {
    QLatin1StringView key;
    const char *text;
};

constexpr std::array metricNames{
    MetricName{"capex"_L1, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "capital expenditure")},
    MetricName{"revenue"_L1, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "revenue")},
    MetricName{"net_income"_L1, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "net income")},
    MetricName{"other_money"_L1, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "other amount")},
    MetricName{"gpus"_L1, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "GPUs")},
    MetricName{"power_gw"_L1, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "computing power")},
    MetricName{"users"_L1, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "users")},
    MetricName{"stock_move_pct"_L1, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "share price move")},
};

struct MoneyKindName {
    MoneyKind kind;
    const char *text;
};

constexpr std::array moneyKindNames{
    MoneyKindName{MoneyKind::Estimate, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "analysts' estimate")},
    MoneyKindName{MoneyKind::Segment, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "segment figure")},
    MoneyKindName{MoneyKind::PerShare, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "earnings per share")},
    MoneyKindName{MoneyKind::SharePrice, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "share price")},
    MoneyKindName{MoneyKind::Increase, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "increase")},
    MoneyKindName{MoneyKind::MarketValue, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "market value")},
    MoneyKindName{MoneyKind::FundRaising, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "funds raised")},
    MoneyKindName{MoneyKind::Valuation, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "valuation")},
    MoneyKindName{MoneyKind::Debt, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "debt")},
    MoneyKindName{MoneyKind::Backlog, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "backlog")},
    MoneyKindName{MoneyKind::CashFlow, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "cash flow")},
    MoneyKindName{MoneyKind::Charge, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "charge")},
    MoneyKindName{MoneyKind::RunRate, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "annual run rate")},
    MoneyKindName{MoneyKind::Income, QT_TRANSLATE_NOOP("Recoupe::ClaimWording", "operating income")},
};

// A title longer than this is cut in explanations: they name several articles in one sentence.
constexpr qsizetype longestTitle = 60;

// Units whose numbers read without "million" or "billion".
bool takesMagnitude(const QString &unit)
{
    return unit != "GW"_L1 && unit != "MW"_L1 && unit != "%"_L1;
}

double magnitudeOf(double value, const QString &unit)
{
    if (!takesMagnitude(unit))
        return 1;
    const double size = std::abs(value);
    for (double magnitude : {1e12, 1e9, 1e6}) {
        if (size >= magnitude)
            return magnitude;
    }
    return 1;
}

// The shortest text for value, without the binary noise of a division ("48.4", not "48.400000000000006").
QString number(double value, int significantDigits)
{
    // Most figures are whole numbers of a few digits ("80 billion"), which need no rounding: an
    // integer is written without turning a double into text and back (a third of the wording of
    // a large folder's reasons).
    if (value == std::floor(value) && std::abs(value) < std::pow(10.0, significantDigits) && !(value == 0 && std::signbit(value)))
        return QLocale().toString(qint64(value));
    const double rounded = QString::number(value, 'g', significantDigits).toDouble();
    return QLocale().toString(rounded, 'f', QLocale::FloatingPointShortest);
}

} // namespace

QString ClaimWording::quantity(const QString &number, double magnitude, const QString &currency, const QString &unit)
{
    const QString key = currency.isEmpty() ? unit : currency;
    for (const Phrase &phrase : phrases) {
        if (phrase.key == key && phrase.magnitude == magnitude)
            return QCoreApplication::translate(trContext, phrase.text).arg(number);
    }
    QString withMagnitude = number;
    for (const Phrase &word : magnitudeWords) {
        if (word.magnitude == magnitude)
            withMagnitude = QCoreApplication::translate(trContext, word.text).arg(number);
    }
    return key.isEmpty() ? withMagnitude : u"%1 %2"_s.arg(withMagnitude, key);
}

QString ClaimWording::amount(const Claim &claim)
{
    const double magnitude = magnitudeOf(std::max(std::abs(claim.low), std::abs(claim.high)), claim.unit);
    const QString low = number(claim.low / magnitude, 9);
    // Most figures are one value: formatting a double twice cost a third of grouping's wording.
    const QString high = claim.high == claim.low ? low : number(claim.high / magnitude, 9);
    switch (claim.qualifier) {
    case Qualifier::Range:
        if (low != high)
            return quantity(tr("%1 to %2").arg(low, high), magnitude, claim.currency, claim.unit);
        return quantity(low, magnitude, claim.currency, claim.unit);
    case Qualifier::Approx:
        return tr("about %1").arg(quantity(low, magnitude, claim.currency, claim.unit));
    case Qualifier::AtLeast:
        return tr("at least %1").arg(quantity(low, magnitude, claim.currency, claim.unit));
    case Qualifier::AtMost:
        return tr("up to %1").arg(quantity(high, magnitude, claim.currency, claim.unit));
    case Qualifier::Exact:
        break;
    }
    return quantity(low, magnitude, claim.currency, claim.unit);
}

QString ClaimWording::computedAmount(double value, const QString &currency, const QString &unit)
{
    const double magnitude = magnitudeOf(value, unit);
    return quantity(number(value / magnitude, 3), magnitude, currency, unit);
}

QString ClaimWording::period(const QString &period)
{
    if (period.isEmpty())
        return tr("no stated period");
    // Most periods are a year, written as it is: only a dash or "FY" can make another form.
    if (!period.contains(u'-') && !period.startsWith("FY"_L1))
        return period;
    static const QRegularExpression quarter(u"^(\\d{4})-Q([1-4])$"_s);
    static const QRegularExpression half(u"^(\\d{4})-H([12])$"_s);
    static const QRegularExpression fiscal(u"^FY(\\d{4})$"_s);
    static const QRegularExpression fiscalQuarter(u"^FY(\\d{4})-Q([1-4])$"_s);
    static const QRegularExpression span(u"^(\\d{4})-(\\d{4})$"_s);
    if (const auto m = quarter.match(period); m.hasMatch())
        return tr("Q%1 %2").arg(m.captured(2), m.captured(1));
    if (const auto m = half.match(period); m.hasMatch())
        return tr("H%1 %2").arg(m.captured(2), m.captured(1));
    if (const auto m = fiscal.match(period); m.hasMatch())
        return tr("fiscal %1").arg(m.captured(1));
    if (const auto m = fiscalQuarter.match(period); m.hasMatch())
        return tr("Q%1 fiscal %2").arg(m.captured(2), m.captured(1));
    if (const auto m = span.match(period); m.hasMatch())
        return tr("%1 to %2").arg(m.captured(1), m.captured(2));
    return period;
}

QString ClaimWording::date(const QString &date)
{
    if (date.isEmpty())
        return tr("an unknown date");
    const QLocale locale;
    const QDate day = QDate::fromString(date, Qt::ISODate);
    if (day.isValid())
        return locale.toString(day, tr("d MMMM yyyy", "QDate format of a day"));
    static const QRegularExpression month(u"^(\\d{4})-(\\d{2})$"_s);
    if (const auto m = month.match(date); m.hasMatch()) {
        const int monthNumber = m.capturedView(2).toInt();
        if (monthNumber >= 1 && monthNumber <= 12)
            return tr("%1 %2", "month year").arg(locale.standaloneMonthName(monthNumber), m.captured(1));
    }
    return date;
}

QString ClaimWording::rate(const ExchangeRate &rate)
{
    if (rate.period.size() == 4)
        return tr("the %1 average rate").arg(rate.period);
    return tr("the %1 average rate").arg(date(rate.period));
}

QString ClaimWording::metric(const QString &metric)
{
    for (const MetricName &name : metricNames) {
        if (name.key == metric)
            return QCoreApplication::translate(trContext, name.text);
    }
    return metric;
}

QStringList ClaimWording::metricKeys()
{
    QStringList keys;
    for (const MetricName &name : metricNames)
        keys.append(QString(name.key));
    return keys;
}

QString ClaimWording::qualifier(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Exact:
        return tr("exact");
    case Qualifier::Approx:
        return tr("about");
    case Qualifier::AtLeast:
        return tr("at least");
    case Qualifier::AtMost:
        return tr("at most");
    case Qualifier::Range:
        return tr("range");
    }
    return {};
}

QString ClaimWording::moneyKind(MoneyKind kind)
{
    for (const MoneyKindName &name : moneyKindNames) {
        if (name.kind == kind)
            return QCoreApplication::translate(trContext, name.text);
    }
    return {};
}

QString ClaimWording::metric(const GroupKey &key)
{
    const QString kind = moneyKind(key.kind);
    return kind.isEmpty() ? metric(key.metric) : kind;
}

QString ClaimWording::verdict(const ClaimGroup &group)
{
    if (group.verdict == Verdict::Agree && !group.periodStated())
        return tr("Same figure, period not stated");
    return verdict(group.verdict);
}

QString ClaimWording::confidence(Confidence confidence)
{
    switch (confidence) {
    case Confidence::None:
        return {};
    case Confidence::Low:
        return tr("low confidence");
    case Confidence::Medium:
        return tr("medium confidence");
    case Confidence::High:
        return tr("high confidence");
    }
    return {};
}

QString ClaimWording::article(const Document &document)
{
    return article(document.title, document.path.isEmpty() ? document.id : document.path);
}

QString ClaimWording::article(const QString &title, const QString &path)
{
    const QString simplified = title.simplified();
    if (simplified.isEmpty())
        return QFileInfo(path).fileName();
    QString shown = simplified;
    if (shown.size() > longestTitle) {
        // Cut at a word, so that the title stays readable.
        qsizetype cut = shown.lastIndexOf(u' ', longestTitle);
        if (cut < longestTitle / 2)
            cut = longestTitle;
        shown = shown.first(cut) + u'…';
    }
    return tr("“%1”", "an article's title in an explanation").arg(shown);
}

QString ClaimWording::verdict(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Discrepancy:
        return tr("Discrepancy");
    case Verdict::Revised:
        return tr("Revised");
    case Verdict::Agree:
        return tr("Agree");
    case Verdict::Single:
        return tr("Single source");
    }
    return {};
}

QString ClaimWording::groupKey(const GroupKey &key)
{
    QString entity = key.entity.isEmpty() ? tr("unknown entity") : key.entity;
    if (!key.members.isEmpty())
        entity = tr("%1 (%2)", "combined entity (its companies)").arg(entity, list(key.members.split(u',')));
    return tr("%1 · %2 · %3", "entity · metric · period").arg(entity, metric(key), period(key.period));
}

QString ClaimWording::valuesSummary(const QList<Claim> &claims, int limit)
{
    struct Value {
        Claim claim;          // the first claim that states it: its words
        QSet<QString> documents;
    };
    QList<Value> values;
    QHash<QString, qsizetype> indexOf;
    for (const Claim &claim : claims) {
        // The same amount as the reader sees it: hedge, bounds and currency or unit.
        const QString key = amount(claim);
        auto found = indexOf.constFind(key);
        if (found == indexOf.cend()) {
            found = indexOf.insert(key, values.size());
            values.append(Value{claim, {}});
        }
        values[*found].documents.insert(claim.document);
    }
    if (values.isEmpty())
        return {};
    std::stable_sort(values.begin(), values.end(), [](const Value &a, const Value &b) { return a.documents.size() > b.documents.size(); });
    QStringList items;
    for (qsizetype i = 0; i < values.size() && (limit <= 0 || i < limit); ++i) {
        const int articles = int(values.at(i).documents.size());
        // The first value says "articles", the others only the number, as a reader lists them.
        items.append(i == 0 ? tr("%1 (%n article(s))", nullptr, articles).arg(amount(values.at(i).claim))
                            : tr("%1 (%2)", "value (number of articles)").arg(amount(values.at(i).claim)).arg(articles));
    }
    QString text = items.join(tr(", "));
    if (limit > 0 && values.size() > limit)
        text = tr("%1 and %n other value(s)", nullptr, int(values.size() - limit)).arg(text);
    return tr("%n value(s): %1", nullptr, int(values.size())).arg(text);
}

QString ClaimWording::list(const QStringList &items, int limit)
{
    if (items.isEmpty())
        return {};
    if (limit > 0 && items.size() > limit)
        return tr("%1 and %n other(s)", nullptr, int(items.size() - limit)).arg(items.first(limit).join(tr(", ")));
    if (items.size() == 1)
        return items.first();
    const QStringList head = items.first(items.size() - 1);
    return tr("%1 and %2").arg(head.join(tr(", ")), items.last());
}

QStringList ClaimWording::resolution(const Claim &claim, const QString &text)
{
    auto where = [](FieldSource source) -> QString {
        switch (source) {
        case FieldSource::Clause: return {};
        case FieldSource::Sentence: return tr("elsewhere in its sentence");
        case FieldSource::Coreference: return tr("a word standing for a name");
        case FieldSource::PreviousSentence: return tr("the sentence before");
        case FieldSource::Paragraph: return tr("its paragraph");
        case FieldSource::Headline: return tr("the headline");
        case FieldSource::SameFigure: return tr("the same figure elsewhere in the article");
        case FieldSource::PublicationDate: return tr("the article's date");
        case FieldSource::FiscalCalendar: return tr("the company's fiscal calendar");
        case FieldSource::MainEntity: return tr("the company the article is about");
        case FieldSource::EntityDefault: return tr("what this entity's figures usually are");
        case FieldSource::Restated: return tr("the figure it restates");
        }
        return {};
    };
    QStringList lines;
    auto add = [&](const QString &field, const FieldResolution &how) {
        const QString origin = where(how.source);
        if (origin.isEmpty())
            return;
        QString evidence;
        if (how.evidenceLength > 0 && how.evidenceEnd() <= text.size()) {
            evidence = text.mid(how.evidenceStart, how.evidenceLength).simplified();
            if (evidence.size() > 90)
                evidence = evidence.left(89) + u'…';
        }
        lines.append(evidence.isEmpty() ? tr("%1 from %2").arg(field, origin)
                                        : tr("%1 from %2: “%3”").arg(field, origin, evidence));
    };
    add(tr("Company"), claim.resolution.entity);
    add(tr("Metric"), claim.resolution.metric);
    add(tr("Period"), claim.resolution.period);
    add(tr("Currency"), claim.resolution.currency);
    return lines;
}

} // namespace Recoupe
