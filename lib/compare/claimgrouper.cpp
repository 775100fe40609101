#include "compare/claimgrouper.h"

#include "compare/claimwording.h"
#include "compare/fiscalcalendar.h"

#include <QDate>
#include <QLocale>
#include <QFuture>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

// How claims are compared
// =======================
//
// 1. Buckets. Claims are hashed by (entity, metric), and further by what would lump different
//    figures together: an other_money figure's finer kind (MoneyKind::None is a kind of its own)
//    and, for a combined figure ("Big Tech"), the companies it sums (Claim::members; unnamed
//    members only meet unnamed members). Inside a bucket every money amount is expressed in one
//    reference currency (the bucket's most frequent one), converted at the rate of its own
//    article's date, so that claims stated in that currency keep their exact value. Quantities
//    are compared in one unit (MW are counted as GW).
//
// 2. Groups. Dated claims form one group per period. A claim with no period may be about any
//    period, or about none in particular (a multi-year total, a running figure), so it is never
//    evidence of a disagreement. It joins the dated group of its bucket that it matches: one that
//    holds the same number as written (in any currency), else one whose stated figures it agrees
//    with after conversion; among several, the period nearest to its article's date. There it is
//    a passenger: it sides with the figure it fits and is named with it, but neither makes nor
//    settles a disagreement. Claims that match no dated group are split into groups of one
//    figure each (the sweep of 3), "same figure, period not stated" when several articles give
//    it; different figures without a period are separate groups, never a disagreement, since
//    they may be about different periods.
//
// 3. Agreement. A figure is an interval: exact and approximate figures and ranges are points or
//    spans, "at least" and "at most" are open on one side. Two figures agree when their intervals
//    are closer than the larger of their tolerances (ComparisonTolerance), relative to the larger
//    value. Inside a group, claims are sorted and swept into clusters of agreeing figures (a chain:
//    O(n log n), never all pairs); hedged figures ("at least") only constrain and join the cluster
//    they fit, preferring the main one. The main cluster is the one most sources back.
//
// 4. Time. Claims are split into windows of articles published within a month of each other.
//    Inside a window, a cluster that another source contradicts is a discrepancy. Between
//    consecutive windows, a different main figure is a revision (guidance raised), not an error.
//    A figure an article gives as the one before a newer one (Claim::previous: "up from 75
//    billion") is never evidence of a disagreement; when it is the figure another article states,
//    the gap between that article and the newer figure is a revision too, provided the article
//    saying "up from" is not the earlier one.
//
// 5. Reasons.
//    - currency_swap: the same number as written in two currencies, in different articles;
//      flagged even when the converted values are close, and it then explains their gap.
//    - period_conflict: a contradicted cluster that agrees with what other sources give for
//      another period of the same entity and metric (unless it is the figure most sources back
//      for its own period). The misplaced figure moves into the group of the period most sources
//      give it, so that one group shows both articles and carries the reason.
//      A figure that only one source gives for its period, and that other sources give for an
//      overlapping period (calendar 2024 against fiscal 2025, which runs from July 2024 for
//      Microsoft), is contradicted by nothing in its own group, yet it is one figure dated twice:
//      also a period_conflict, in one group (findLonePeriodEchoes).
//    - value_mismatch, quantity_mismatch, percentage_mismatch: any other contradicted cluster.
//    - revision: see 4.
//    A document never contradicts itself here: only claims of different documents are compared,
//    and a document that states the main figure is not reported for another figure it gives.
//    Articles are named by their title (else their file name).
//
// 6. Confidence. Every disagreement is rated, so that a reader can set aside the weak ones:
//    low when an article on one side has no date, when the figures are less than 5 % apart, or
//    when one side is hedged ("about", "at least") and less than 15 % away; medium when one side
//    is hedged but far, its entity or period was inferred from outside its sentence, or the
//    figures are less than 10 % apart; high for plain figures of dated articles clearly apart,
//    and for a currency swap (the same number twice), unless one currency was inferred.

namespace Recoupe {

namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();

struct DateParts {
    int year = 0;
    int month = 0;
    int day = 0;
    bool isValid() const { return year > 0; }
    int ordinal() const { return year * 10000 + month * 100 + day; }
};

DateParts parseDate(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    DateParts date{match.capturedView(1).toInt(), 0, 0};
    if (match.hasCaptured(2))
        date.month = std::clamp(match.capturedView(2).toInt(), 0, 12);
    if (date.month > 0 && match.hasCaptured(3))
        date.day = std::clamp(match.capturedView(3).toInt(), 0, 31);
    return date;
}

// DESIGN.md: a revision is an article "dated more than a month after". Dates are compared at the
// precision both have: days, else months (two calendar months apart), else years.
bool moreThanAMonthLater(const DateParts &earlier, const DateParts &later)
{
    if (!earlier.isValid() || !later.isValid())
        return false;
    if (earlier.day > 0 && later.day > 0)
        return QDate(earlier.year, earlier.month, earlier.day).daysTo(QDate(later.year, later.month, later.day)) > 31;
    if (earlier.month > 0 && later.month > 0)
        return (later.year * 12 + later.month) - (earlier.year * 12 + earlier.month) >= 2;
    return later.year > earlier.year;
}

// The first year a period names ("FY2025" and "2025-Q2" are about 2025); 0 when none.
int periodYear(const QString &period)
{
    static const QRegularExpression year(u"(\\d{4})"_s);
    const QRegularExpressionMatch match = year.match(period);
    return match.hasMatch() ? match.capturedView(1).toInt() : 0;
}

// Relative distance between two intervals: 0 when they overlap, else the gap over the larger
// of the two facing ends.
double intervalGap(double low1, double high1, double low2, double high2)
{
    if (high1 >= low2 && high2 >= low1)
        return 0;
    const bool firstBelow = high1 < low2;
    const double bottom = firstBelow ? high1 : high2;
    const double top = firstBelow ? low2 : low1;
    const double scale = std::max(std::abs(bottom), std::abs(top));
    return scale > 0 ? (top - bottom) / scale : 0;
}

bool sameEnd(double a, double b, double tolerance)
{
    if (std::isinf(a) || std::isinf(b))
        return a == b;
    const double scale = std::max(std::abs(a), std::abs(b));
    return scale == 0 || std::abs(a - b) / scale <= tolerance;
}

QString numberKey(double value)
{
    return QString::number(value, 'g', 4);
}

enum class ReasonKind { ValueMismatch, CurrencySwap, PeriodConflict, QuantityMismatch, PercentageMismatch, Revision };

QString kindName(ReasonKind kind)
{
    switch (kind) {
    case ReasonKind::ValueMismatch:
        return u"value_mismatch"_s;
    case ReasonKind::CurrencySwap:
        return u"currency_swap"_s;
    case ReasonKind::PeriodConflict:
        return u"period_conflict"_s;
    case ReasonKind::QuantityMismatch:
        return u"quantity_mismatch"_s;
    case ReasonKind::PercentageMismatch:
        return u"percentage_mismatch"_s;
    case ReasonKind::Revision:
        return u"revision"_s;
    }
    return {};
}

// One claim prepared for comparison inside its bucket.
// One claim prepared for comparison inside its bucket.
struct Item {
    qsizetype claim = 0;    // index into the claims
    int document = 0;       // index into the document table (the order of sources)
    double low = 0;         // comparable interval: reference currency or base unit
    double high = 0;
    double tolerance = 0;
    bool bound = false;     // "at least" / "at most": a constraint, not a value
    bool comparable = true; // false when its currency cannot be converted
    bool dated = true;      // the claim states a period
    bool previous = false;  // the figure before a newer one (Claim::previous)
    QString numberKey;      // the figure as written (currency aside), for swaps and joining
    // Only these make or settle a disagreement.
    bool evidence() const { return dated && !previous; }
};

struct Cluster {
    QList<int> items;       // indexes into the bucket's items: evidence only
    QList<int> passengers;  // undated claims that fit it: named with it, never counted
    double low = 0;         // hull of the values (bounds only widen clusters made of bounds)
    double high = 0;
    double tolerance = 0;
    QList<int> documents;   // of the items, distinct, sorted
    bool misplaced = false; // agrees with another period rather than its own
};

struct Window {
    QList<int> items;       // evidence
    QList<int> passengers;  // undated claims
    QList<int> previous;    // figures given as the ones before newer ones
    QList<Cluster> clusters;
    qsizetype pointClusters = 0; // the first ones: swept from values, ascending and apart
    double pointTolerance = 0;   // the largest tolerance among them
    int main = -1;
};

struct Group {
    QString period;
    int year = 0;           // periodYear(period)
    QList<int> items;
    QList<Window> windows;
    QList<DiscrepancyReason> reasons;
    bool periodConflict = false; // gave or received a misplaced figure
    // For undated claims joining this group: point values sorted by low, with the running maximum
    // of their highs, and the numbers as written.
    QList<std::pair<double, double>> points;
    QList<double> prefixHigh;
    double pointTolerance = 0;
    QSet<QString> numberKeys;
};

// A misplaced figure's claims, moved into the group of the period that other sources give it.
struct Move {
    int to = 0;
    QList<int> items;
};

struct Rating {
    Confidence confidence = Confidence::None;
    QString reason;
};

struct Source {
    QString id;
    QString date;
    DateParts parts;
    QString name;           // how explanations name it: its title, else its file name
};

// The cluster most sources back (then most claims; then the lowest figure, for a stable result),
// among those not found misplaced.
int mostBacked(const QList<Cluster> &clusters)
{
    int best = -1;
    for (int c = 0; c < clusters.size(); ++c) {
        const Cluster &cluster = clusters.at(c);
        if (cluster.misplaced)
            continue;
        if (best < 0 || cluster.documents.size() > clusters.at(best).documents.size()
            || (cluster.documents.size() == clusters.at(best).documents.size() && cluster.items.size() > clusters.at(best).items.size()))
            best = c;
    }
    return best;
}

// A field the parser took from outside the figure's sentence: a guess worth checking.
bool inferredFromAfar(const FieldResolution &field)
{
    switch (field.source) {
    case FieldSource::PreviousSentence:
    case FieldSource::Paragraph:
    case FieldSource::Headline:
    case FieldSource::SameFigure:
    case FieldSource::MainEntity:
    case FieldSource::EntityDefault:
    case FieldSource::Restated:
        return true;
    case FieldSource::Clause:
    case FieldSource::Sentence:
    case FieldSource::Coreference:
    case FieldSource::PublicationDate:
    case FieldSource::FiscalCalendar:
        break;
    }
    return false;
}

class Comparison
{
    Q_DECLARE_TR_FUNCTIONS(Recoupe::ClaimGrouper)

public:
    Comparison(const ClaimGrouper &grouper, const ExchangeRateTable &rates, const ComparisonTolerance &tolerance,
               const ClaimList &claims, const QList<Document> &documents)
        : m_grouper(grouper), m_rates(rates), m_tolerance(tolerance), m_claims(claims)
    {
        for (const Document &document : documents)
            addDocument(document.id, document.date, ClaimWording::article(document));
    }

    QList<ClaimGroup> run();

private:
    int addDocument(const QString &id, const QString &date, const QString &name);
    QList<ClaimGroup> compareBucket(const QList<qsizetype> &claimIndexes);
    Item makeItem(qsizetype claimIndex, const QString &referenceCurrency);
    void prepareJoining(Group &group) const;
    bool joins(const Group &group, const Item &item, bool *sameNumber) const;
    void analyse(Group &group) const;
    void buildClusters(Window &window) const;
    Cluster singleCluster(int item) const;
    // The clusters of the window that the item fits, the main one first: the swept clusters
    // around its value and the bound clusters, never all of them.
    QList<int> fittingClusters(const Window &window, int item) const;
    // Groups of one figure each for the claims without a period that joined no dated group.
    QList<Group> undatedGroups(const QList<int> &items) const;
    bool compatible(const Cluster &a, const Cluster &b) const;
    bool crossDocument(const Cluster &a, const Cluster &b) const;
    // Number as written → currencies, for the money claims of a cluster.
    QHash<QString, QSet<QString>> writtenNumbers(const Cluster &cluster) const;
    // Does the cluster write one of those numbers in another currency (a swap explains the gap)?
    bool sharesSwappedNumber(const Cluster &cluster, const QHash<QString, QSet<QString>> &mainNumbers) const;
    void findPeriodConflicts(QList<Group> &groups, QList<Move> &moves);
    void findLonePeriodEchoes(QList<Group> &groups, QList<Move> &moves);
    void applyMoves(QList<Group> &groups, const QList<Move> &moves) const;
    void addWindowReasons(Group &group) const;
    void addSwapReasons(Group &group) const;
    ClaimGroup finish(const Group &group) const;

    // Confidence
    Rating rateMismatch(const Cluster &main, const Cluster &other) const;
    Rating rateSwap(const QList<int> &items) const;
    Rating ratePeriodConflict(const QList<int> &items, const QList<int> &documents, const Cluster &otherMain) const;
    bool allHedged(const QList<int> &items) const;
    bool allInferred(const QList<int> &items) const;
    bool allUndated(const QList<int> &documents) const;
    // Is the article not known to be older than every one of others?
    bool notEarlier(int document, const QList<int> &others) const;

    // Wording
    QString statement(const QList<int> &items) const;
    QString conversionSentence(int fromItem, const QString &toCurrency) const;
    int representative(const QList<int> &items) const;
    // The earliest or the latest publication date of the articles of items (ISO text; empty
    // when none is dated).
    QString dateOf(const QList<int> &items, bool latest) const;
    // ClaimWording::amount of an item, made once: a figure many sources give is described in
    // several explanations.
    QString amountText(int item) const;
    // ClaimWording::date, made once per date: the articles of a large folder share a few hundred.
    QString dateText(const QString &date) const;
    QStringList claimIds(QList<int> items) const;
    QStringList documentNames(const QList<int> &documents) const;
    // Items in reading order: document, then offset.
    void sortByReading(QList<int> &items) const;
    // Made once per cluster, when a reason first needs them: a main figure that hundreds of
    // sources back is in many reasons. Both hold the cluster's passengers too.
    QString clusterStatement(const Cluster &cluster) const;
    // By value (implicitly shared): a reference into m_orderedItems would dangle when a later call grows it.
    QList<int> orderedItems(const Cluster &cluster) const;
    // The claim ids of two lists in reading order, merged in reading order.
    QStringList mergedIds(const QList<int> &first, const QList<int> &second) const;
    ReasonKind mismatchKind() const;

    const Claim &claimOf(int item) const { return m_claims.at(m_items.at(item).claim); }
    const Source &documentOf(int item) const { return m_documents.at(m_items.at(item).document); }

    const ClaimGrouper &m_grouper;
    const ExchangeRateTable &m_rates;
    const ComparisonTolerance &m_tolerance;
    const ClaimList &m_claims;
    QList<Source> m_documents;
    QHash<QString, int> m_documentIndex;
    // The bucket being compared.
    QList<Item> m_items;
    mutable QHash<int, QString> m_amountTexts;
    mutable QHash<QString, QString> m_dateTexts;
    mutable QHash<const Cluster *, QString> m_clusterStatements;
    mutable QHash<const Cluster *, QList<int>> m_orderedItems;
    // (document, currency) → factor to the bucket's reference currency; nullopt when unknown.
    QHash<std::pair<int, QString>, std::optional<double>> m_conversionFactors;
    GroupKey m_bucket;      // the bucket's key, without a period
    FiscalCalendar m_calendar = FiscalCalendar::builtin();
};

int Comparison::addDocument(const QString &id, const QString &date, const QString &name)
{
    const auto found = m_documentIndex.constFind(id);
    if (found != m_documentIndex.cend())
        return *found;
    m_documents.append({id, date, parseDate(date), name});
    m_documentIndex.insert(id, int(m_documents.size() - 1));
    return int(m_documents.size() - 1);
}

QList<ClaimGroup> Comparison::run()
{
    // Bucket text key → index; the key joins the fields with a character no name holds.
    QHash<QString, qsizetype> bucketIndex;
    QList<GroupKey> bucketKeys;
    QList<QList<qsizetype>> bucketClaims;
    for (qsizetype i = 0; i < m_claims.size(); ++i) {
        const Claim &claim = m_claims.at(i);
        if (claim.entity.isEmpty())
            continue;
        addDocument(claim.document, {}, ClaimWording::article(QString(), claim.document));
        const MoneyKind kind = claim.metric == "other_money"_L1 ? claim.kind : MoneyKind::None;
        const QString textKey = claim.entity + u'\x1f' + claim.metric + u'\x1f' + QString::number(int(kind)) + u'\x1f' + claim.members;
        auto it = bucketIndex.constFind(textKey);
        if (it == bucketIndex.cend()) {
            it = bucketIndex.insert(textKey, bucketKeys.size());
            bucketKeys.append({claim.entity, claim.metric, {}, kind, claim.members});
            bucketClaims.emplaceBack();
        }
        bucketClaims[*it].append(i);
    }

    // Buckets share nothing: each worker compares whole buckets with its own copy of this
    // comparison's scratch state, largest buckets first so that the last ones to finish are
    // small; results are kept in bucket order, so they do not depend on the number of threads.
    QList<QList<ClaimGroup>> perBucket(bucketKeys.size());
    QList<qsizetype> bySize(bucketKeys.size());
    std::iota(bySize.begin(), bySize.end(), qsizetype(0));
    std::stable_sort(bySize.begin(), bySize.end(),
                     [&](qsizetype a, qsizetype b) { return bucketClaims.at(a).size() > bucketClaims.at(b).size(); });
    std::atomic<qsizetype> next{0};
    const auto work = [&](Comparison &comparison) {
        for (qsizetype n = next.fetch_add(1); n < bySize.size(); n = next.fetch_add(1)) {
            const qsizetype b = bySize.at(n);
            comparison.m_bucket = bucketKeys.at(b);
            perBucket[b] = comparison.compareBucket(bucketClaims.at(b));
        }
    };
    const int workers = std::min<qsizetype>(std::max(1, QThreadPool::globalInstance()->maxThreadCount()), bucketKeys.size());
    std::vector<Comparison> copies;
    copies.reserve(std::max(0, workers - 1));
    for (int w = 1; w < workers; ++w)
        copies.push_back(*this);
    QList<QFuture<void>> helpers;
    for (Comparison &copy : copies)
        helpers.append(QtConcurrent::run([&work, &copy] { work(copy); }));
    // Waiting on a helper that never started runs it here: no deadlock inside the pool.
    work(*this);
    for (QFuture<void> &helper : helpers)
        helper.waitForFinished();
    QList<ClaimGroup> result;
    for (QList<ClaimGroup> &groups : perBucket)
        result.append(std::move(groups));

    const auto verdictRank = [](Verdict verdict) {
        switch (verdict) {
        case Verdict::Discrepancy:
            return 0;
        case Verdict::Revised:
            return 1;
        case Verdict::Agree:
            return 2;
        case Verdict::Single:
            return 3;
        }
        return 4;
    };
    std::stable_sort(result.begin(), result.end(), [&](const ClaimGroup &a, const ClaimGroup &b) {
        if (a.verdict != b.verdict)
            return verdictRank(a.verdict) < verdictRank(b.verdict);
        if (const int c = a.key.entity.compare(b.key.entity, Qt::CaseInsensitive))
            return c < 0;
        if (const int c = a.key.metric.compare(b.key.metric))
            return c < 0;
        if (a.key.kind != b.key.kind)
            return a.key.kind < b.key.kind;
        if (const int c = a.key.members.compare(b.key.members))
            return c < 0;
        if (a.key.period.isEmpty() != b.key.period.isEmpty())
            return b.key.period.isEmpty(); // undated groups after dated ones
        return a.key.period < b.key.period;
    });
    return result;
}

Item Comparison::makeItem(qsizetype claimIndex, const QString &referenceCurrency)
{
    const Claim &claim = m_claims.at(claimIndex);
    Item item;
    item.claim = claimIndex;
    item.document = m_documentIndex.value(claim.document);
    item.dated = !claim.period.isEmpty();
    item.previous = claim.previous;
    double low = std::min(claim.low, claim.high);
    double high = std::max(claim.low, claim.high);
    // Hedged figures carry their number in one end; parsers may leave the other end unset.
    if (claim.qualifier == Qualifier::AtLeast)
        high = low = (claim.low != 0 ? claim.low : claim.high);
    else if (claim.qualifier == Qualifier::AtMost)
        low = high = (claim.high != 0 ? claim.high : claim.low);

    double scale = 1;
    if (claim.unit == "MW"_L1)
        scale = 1e-3;
    else if (claim.unit == "kW"_L1)
        scale = 1e-6;
    low *= scale;
    high *= scale;
    item.numberKey = (low == high) ? numberKey(low) : numberKey(low) + u'-' + numberKey(high);

    double tolerance = std::max(m_grouper.roundingTolerance(low), m_grouper.roundingTolerance(high));
    if (claim.qualifier == Qualifier::Approx)
        tolerance = std::max(tolerance, m_tolerance.approximate);
    if (claim.isMoney() && claim.currency != referenceCurrency) {
        // One rate per document and currency: a folder's claims share a few dates.
        const std::pair key{item.document, claim.currency};
        auto factor = m_conversionFactors.constFind(key);
        if (factor == m_conversionFactors.cend()) {
            const QString &date = m_documents.at(item.document).date;
            factor = m_conversionFactors.insert(key, m_rates.convert(1.0, claim.currency, referenceCurrency, date));
        }
        if (*factor) {
            low *= **factor;
            high *= **factor;
            tolerance += m_tolerance.conversion;
        } else {
            item.comparable = false;
        }
    }
    item.tolerance = tolerance;
    item.low = low;
    item.high = high;
    if (claim.qualifier == Qualifier::AtLeast) {
        item.bound = true;
        item.high = infinity;
    } else if (claim.qualifier == Qualifier::AtMost) {
        item.bound = true;
        item.low = -infinity;
    }
    return item;
}

QList<ClaimGroup> Comparison::compareBucket(const QList<qsizetype> &claimIndexes)
{
    // The reference currency: the most frequent, so that most amounts are compared as written.
    QMap<QString, int> currencyCounts;
    for (qsizetype i : claimIndexes) {
        if (m_claims.at(i).isMoney())
            ++currencyCounts[m_claims.at(i).currency];
    }
    QString referenceCurrency;
    int best = 0;
    for (auto it = currencyCounts.cbegin(); it != currencyCounts.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            referenceCurrency = it.key();
        }
    }

    m_items.clear();
    m_amountTexts.clear();
    m_clusterStatements.clear();
    m_orderedItems.clear();
    m_conversionFactors.clear();
    QMap<QString, int> groupIndex; // period → index in groups, ordered by period
    QList<Group> groups;
    QList<int> undated;
    for (qsizetype i : claimIndexes) {
        m_items.append(makeItem(i, referenceCurrency));
        const int itemIndex = int(m_items.size() - 1);
        const QString &period = m_claims.at(i).period;
        if (period.isEmpty()) {
            undated.append(itemIndex);
            continue;
        }
        auto found = groupIndex.constFind(period);
        if (found == groupIndex.cend()) {
            found = groupIndex.insert(period, int(groups.size()));
            groups.emplaceBack();
            groups.last().period = period;
            groups.last().year = periodYear(period);
        }
        groups[*found].items.append(itemIndex);
    }
    // Period order, so that ties between periods are settled the same way on every run.
    QList<Group> ordered;
    for (int index : std::as_const(groupIndex))
        ordered.append(std::move(groups[index]));
    groups = std::move(ordered);

    for (Group &group : groups)
        prepareJoining(group);
    QList<int> leftovers;
    for (int itemIndex : std::as_const(undated)) {
        const Item &item = m_items.at(itemIndex);
        // Best: the same number as written, then the period nearest to the article, then the later period.
        int chosen = -1;
        std::pair<bool, int> chosenRank;
        const DateParts &articleDate = m_documents.at(item.document).parts;
        for (int g = 0; item.comparable && g < groups.size(); ++g) {
            bool sameNumber = false;
            if (!joins(groups.at(g), item, &sameNumber))
                continue;
            const int year = groups.at(g).year;
            const int distance = (articleDate.isValid() && year > 0) ? std::abs(year - articleDate.year) : 9999;
            const std::pair<bool, int> rank{!sameNumber, distance};
            // Groups are in period order: on a tie, the later period wins.
            if (chosen < 0 || rank <= chosenRank) {
                chosen = g;
                chosenRank = rank;
            }
        }
        if (chosen >= 0)
            groups[chosen].items.append(itemIndex);
        else
            leftovers.append(itemIndex);
    }

    for (Group &group : groups)
        analyse(group);
    QList<Move> moves;
    findPeriodConflicts(groups, moves);
    findLonePeriodEchoes(groups, moves);
    applyMoves(groups, moves);

    QList<ClaimGroup> result;
    for (Group &group : groups) {
        if (group.items.isEmpty())
            continue; // its only figure moved to the period other sources give it
        addWindowReasons(group);
        addSwapReasons(group);
        result.append(finish(group));
    }
    for (const Group &group : undatedGroups(leftovers))
        result.append(finish(group));
    return result;
}

void Comparison::prepareJoining(Group &group) const
{
    QList<int> points;
    for (int i : std::as_const(group.items)) {
        const Item &item = m_items.at(i);
        group.numberKeys.insert(item.numberKey);
        if (item.comparable && !item.bound)
            points.append(i);
    }
    std::sort(points.begin(), points.end(), [this](int a, int b) { return m_items.at(a).low < m_items.at(b).low; });
    double runningHigh = -infinity;
    for (int i : std::as_const(points)) {
        const Item &item = m_items.at(i);
        group.points.append({item.low, item.high});
        runningHigh = std::max(runningHigh, item.high);
        group.prefixHigh.append(runningHigh);
        group.pointTolerance = std::max(group.pointTolerance, item.tolerance);
    }
}

bool Comparison::joins(const Group &group, const Item &item, bool *sameNumber) const
{
    *sameNumber = group.numberKeys.contains(item.numberKey);
    if (*sameNumber)
        return true;
    if (group.points.isEmpty())
        return false;
    // Does a point of the group overlap the item widened by the larger tolerance? Points are
    // sorted by low: those starting below the widened top, and among them the highest end.
    const double tolerance = std::max(item.tolerance, group.pointTolerance);
    const double top = item.high + tolerance * std::abs(item.high);
    const double bottom = item.low - tolerance * std::abs(item.low);
    const auto end = std::upper_bound(group.points.cbegin(), group.points.cend(), top,
                                      [](double value, const std::pair<double, double> &point) { return value < point.first; });
    const qsizetype count = end - group.points.cbegin();
    return count > 0 && group.prefixHigh.at(count - 1) >= bottom;
}

void Comparison::analyse(Group &group) const
{
    // Windows of articles published within a month of the window's first article, opened by the
    // dated claims of dated articles. Undated articles are taken as current: they join the latest
    // window. Claims without a period join the window of their article's date.
    QList<int> dated;
    QList<int> currentItems;
    QList<int> passengers;
    for (int i : std::as_const(group.items)) {
        const Item &item = m_items.at(i);
        if (!item.dated)
            passengers.append(i);
        else if (documentOf(i).parts.isValid())
            dated.append(i);
        else
            currentItems.append(i);
    }
    const auto byDate = [this](int a, int b) { return documentOf(a).parts.ordinal() < documentOf(b).parts.ordinal(); };
    std::stable_sort(dated.begin(), dated.end(), byDate);
    const auto place = [this](Window &window, int i) {
        const Item &item = m_items.at(i);
        if (item.previous)
            window.previous.append(i);
        else if (!item.dated)
            window.passengers.append(i);
        else
            window.items.append(i);
    };
    QList<int> anchors; // the ordinal date of each window's first article
    DateParts anchor;
    for (int i : std::as_const(dated)) {
        const DateParts &date = documentOf(i).parts;
        if (group.windows.isEmpty() || moreThanAMonthLater(anchor, date)) {
            group.windows.emplaceBack();
            anchor = date;
            anchors.append(date.ordinal());
        }
        place(group.windows.last(), i);
    }
    if (group.windows.isEmpty())
        group.windows.emplaceBack();
    for (int i : std::as_const(currentItems))
        place(group.windows.last(), i);
    for (int i : std::as_const(passengers)) {
        const DateParts &date = documentOf(i).parts;
        qsizetype w = group.windows.size() - 1;
        if (date.isValid() && !anchors.isEmpty()) {
            // The last window opened on or before the article's date; the first when it is older.
            const auto after = std::upper_bound(anchors.cbegin(), anchors.cend(), date.ordinal());
            w = std::max<qsizetype>(0, after - anchors.cbegin() - 1);
        }
        place(group.windows[w], i);
    }
    for (Window &window : group.windows)
        buildClusters(window);
}

bool Comparison::compatible(const Cluster &a, const Cluster &b) const
{
    return intervalGap(a.low, a.high, b.low, b.high) <= std::max(a.tolerance, b.tolerance);
}

bool Comparison::crossDocument(const Cluster &a, const Cluster &b) const
{
    return a.documents.size() > 1 || b.documents.size() > 1 || a.documents != b.documents;
}

Cluster Comparison::singleCluster(int item) const
{
    const Item &it = m_items.at(item);
    Cluster cluster;
    cluster.low = it.low;
    cluster.high = it.high;
    cluster.tolerance = it.tolerance;
    return cluster;
}

QList<int> Comparison::fittingClusters(const Window &window, int item) const
{
    const Cluster asCluster = singleCluster(item);
    QList<int> fitting;
    if (window.main >= 0 && compatible(asCluster, window.clusters.at(window.main)))
        fitting.append(window.main);
    const Item &it = m_items.at(item);
    const double tolerance = std::max(it.tolerance, window.pointTolerance);
    // The swept clusters are ascending and apart: the first two that reach the item's widened
    // bottom are the only ones a figure can fit (an "at least" may fit more; the nearest do).
    const double bottom = std::isinf(it.low) ? -infinity : it.low - tolerance * std::abs(it.low);
    const auto begin = window.clusters.cbegin();
    const auto first = std::partition_point(begin, begin + window.pointClusters, [bottom](const Cluster &c) { return c.high < bottom; });
    QList<int> candidates;
    for (auto c = first; c != begin + window.pointClusters && c - first < 2; ++c)
        candidates.append(int(c - begin));
    for (qsizetype c = window.pointClusters; c < window.clusters.size(); ++c)
        candidates.append(int(c));
    for (int c : std::as_const(candidates)) {
        if (c != window.main && compatible(asCluster, window.clusters.at(c)))
            fitting.append(c);
    }
    return fitting;
}

void Comparison::buildClusters(Window &window) const
{
    const auto addItem = [this](Cluster &cluster, int item, bool widen) {
        const Item &it = m_items.at(item);
        if (cluster.items.isEmpty()) {
            cluster.low = it.low;
            cluster.high = it.high;
        } else if (widen) {
            cluster.low = std::min(cluster.low, it.low);
            cluster.high = std::max(cluster.high, it.high);
        }
        cluster.items.append(item);
        cluster.tolerance = std::max(cluster.tolerance, it.tolerance);
        cluster.documents.append(it.document); // made distinct and sorted by settle()
    };
    const auto settle = [](QList<Cluster> &clusters) {
        for (Cluster &cluster : clusters) {
            std::sort(cluster.documents.begin(), cluster.documents.end());
            cluster.documents.erase(std::unique(cluster.documents.begin(), cluster.documents.end()), cluster.documents.end());
        }
    };
    QList<int> points;
    QList<int> bounds;
    for (int i : std::as_const(window.items)) {
        const Item &item = m_items.at(i);
        if (!item.comparable)
            continue;
        (item.bound ? bounds : points).append(i);
    }
    std::sort(points.begin(), points.end(), [this](int a, int b) {
        const Item &x = m_items.at(a);
        const Item &y = m_items.at(b);
        return std::tie(x.low, x.high, a) < std::tie(y.low, y.high, b);
    });
    // Sweep: a figure joins the current cluster when it is within tolerance of its top.
    for (int i : std::as_const(points)) {
        const Item &item = m_items.at(i);
        if (!window.clusters.isEmpty()) {
            Cluster &last = window.clusters.last();
            if (intervalGap(last.low, last.high, item.low, item.high) <= std::max(last.tolerance, item.tolerance)) {
                addItem(last, i, true);
                continue;
            }
        }
        window.clusters.emplaceBack();
        addItem(window.clusters.last(), i, true);
    }

    settle(window.clusters);

    // Bounds join the cluster they fit, the main one first, else the most backed one they fit;
    // the others gather by direction. The swept clusters are in ascending order and apart, so
    // an "at least" fits a suffix of them and an "at most" a prefix: the most backed cluster of
    // every prefix and suffix is known beforehand, and no bound is compared with every cluster.
    const int preliminaryMain = mostBacked(window.clusters);
    const qsizetype pointClusters = window.clusters.size();
    const auto moreBacked = [&window](int a, int b) {
        return window.clusters.at(a).documents.size() > window.clusters.at(b).documents.size() ? a : b;
    };
    QList<int> prefixBest(pointClusters);
    QList<int> suffixBest(pointClusters);
    double clusterTolerance = 0;
    for (int c = 0; c < pointClusters; ++c) {
        prefixBest[c] = c == 0 ? 0 : moreBacked(c, prefixBest.at(c - 1));
        clusterTolerance = std::max(clusterTolerance, window.clusters.at(c).tolerance);
    }
    for (int c = int(pointClusters) - 1; c >= 0; --c)
        suffixBest[c] = c == pointClusters - 1 ? c : moreBacked(suffixBest.at(c + 1), c);
    Cluster atLeast;
    Cluster atMost;
    for (int i : std::as_const(bounds)) {
        const Item &bound = m_items.at(i);
        const Cluster asCluster = singleCluster(i);
        int target = -1;
        if (preliminaryMain >= 0 && compatible(asCluster, window.clusters.at(preliminaryMain))) {
            target = preliminaryMain;
        } else if (pointClusters > 0) {
            const double tolerance = std::max(bound.tolerance, clusterTolerance);
            int candidate = -1;
            if (std::isinf(bound.high)) {
                const double bottom = bound.low - tolerance * std::abs(bound.low);
                const auto first = std::partition_point(window.clusters.cbegin(), window.clusters.cbegin() + pointClusters,
                                                        [bottom](const Cluster &c) { return c.high < bottom; });
                if (first != window.clusters.cbegin() + pointClusters)
                    candidate = suffixBest.at(first - window.clusters.cbegin());
            } else {
                const double top = bound.high + tolerance * std::abs(bound.high);
                const auto end = std::partition_point(window.clusters.cbegin(), window.clusters.cbegin() + pointClusters,
                                                      [top](const Cluster &c) { return c.low <= top; });
                if (end != window.clusters.cbegin())
                    candidate = prefixBest.at(end - window.clusters.cbegin() - 1);
            }
            if (candidate >= 0 && compatible(asCluster, window.clusters.at(candidate)))
                target = candidate;
        }
        if (target >= 0) {
            addItem(window.clusters[target], i, false);
            continue;
        }
        Cluster &side = std::isinf(m_items.at(i).high) ? atLeast : atMost;
        const bool first = side.items.isEmpty();
        addItem(side, i, false);
        // The constraint the bounds of one side set together: the tightest of them.
        if (!first) {
            side.low = std::max(side.low, m_items.at(i).low);
            side.high = std::min(side.high, m_items.at(i).high);
        }
    }
    if (!atLeast.items.isEmpty())
        window.clusters.append(atLeast);
    if (!atMost.items.isEmpty())
        window.clusters.append(atMost);
    settle(window.clusters);
    window.pointClusters = pointClusters;
    window.pointTolerance = clusterTolerance;
    // Without any value, "at least" and "at most" bounds that fit together are one statement.
    if (window.clusters.size() == 2 && !atLeast.items.isEmpty() && !atMost.items.isEmpty()
        && compatible(window.clusters.at(0), window.clusters.at(1))) {
        Cluster &merged = window.clusters.first();
        const Cluster &upper = window.clusters.last();
        merged.items.append(upper.items);
        merged.documents.append(upper.documents);
        merged.tolerance = std::max(merged.tolerance, upper.tolerance);
        merged.high = upper.high;
        window.clusters.removeLast();
        settle(window.clusters);
    }
    window.main = mostBacked(window.clusters);

    // Claims without a period side with the figure they fit, the main one first, the most backed
    // one else; they change no cluster's span nor its backing.
    for (int i : std::as_const(window.passengers)) {
        if (!m_items.at(i).comparable)
            continue;
        const QList<int> fitting = fittingClusters(window, i);
        if (fitting.isEmpty())
            continue;
        int target = fitting.first();
        if (target != window.main) {
            for (int c : fitting) {
                if (window.clusters.at(c).documents.size() > window.clusters.at(target).documents.size())
                    target = c;
            }
        }
        window.clusters[target].passengers.append(i);
    }
}

QList<Group> Comparison::undatedGroups(const QList<int> &items) const
{
    // One window of all of them, swept into clusters of agreeing figures: a cluster is a figure.
    Window window;
    QMap<std::pair<QString, QString>, QList<int>> incomparable; // (currency, number as written) → items
    for (int i : items) {
        if (m_items.at(i).comparable)
            window.items.append(i);
        else
            incomparable[{claimOf(i).currency, m_items.at(i).numberKey}].append(i);
    }
    buildClusters(window);
    QList<Group> groups;
    for (const Cluster &cluster : std::as_const(window.clusters)) {
        groups.emplaceBack();
        groups.last().items = cluster.items;
    }
    for (const QList<int> &same : std::as_const(incomparable)) {
        groups.emplaceBack();
        groups.last().items = same;
    }
    return groups;
}

// A contradicted cluster that agrees with what other sources say for another period of the same
// entity and metric was most likely given the wrong period. It is "misplaced" unless it is the
// figure most sources back for its own period, and moves to the group of that other period.
void Comparison::findPeriodConflicts(QList<Group> &groups, QList<Move> &moves)
{
    struct Conflict {
        int group;
        int window;
        int cluster;
        int otherGroup;
        int otherWindow;
    };
    // The main figure of every window of every period, sorted by value with the running maximum
    // of their tops, so that a cluster finds the ones it may agree with without a scan.
    struct MainFigure {
        double low;
        double high;
        int group;
        int window;
    };
    QList<MainFigure> mains;
    QList<MainFigure> openMains; // "at least" figures, open upwards: they would void the running top
    double mainTolerance = 0;
    for (int g = 0; g < groups.size(); ++g) {
        for (int w = 0; w < groups.at(g).windows.size(); ++w) {
            const Window &window = groups.at(g).windows.at(w);
            if (window.main < 0)
                continue;
            const Cluster &main = window.clusters.at(window.main);
            (std::isinf(main.high) ? openMains : mains).append({main.low, main.high, g, w});
            mainTolerance = std::max(mainTolerance, main.tolerance);
        }
    }
    std::sort(mains.begin(), mains.end(), [](const MainFigure &a, const MainFigure &b) {
        return std::tie(a.low, a.group, a.window) < std::tie(b.low, b.group, b.window);
    });
    QList<double> mainsTop;
    double top = -infinity;
    for (const MainFigure &main : std::as_const(mains)) {
        top = std::max(top, main.high);
        mainsTop.append(top);
    }

    QList<Conflict> conflicts;
    for (int g = 0; g < groups.size(); ++g) {
        for (int w = 0; w < groups.at(g).windows.size(); ++w) {
            Window &window = groups[g].windows[w];
            if (window.clusters.size() < 2)
                continue;
            // Without comparing clusters pairwise: the two largest source counts, and how many
            // clusters stand on each single document alone.
            qsizetype largest = 0;
            qsizetype secondLargest = 0;
            QHash<int, int> singleSourceClusters;
            for (const Cluster &cluster : std::as_const(window.clusters)) {
                const qsizetype size = cluster.documents.size();
                secondLargest = std::max(secondLargest, std::min(largest, size));
                largest = std::max(largest, size);
                if (size == 1)
                    ++singleSourceClusters[cluster.documents.first()];
            }
            for (int c = 0; c < window.clusters.size(); ++c) {
                const Cluster &cluster = window.clusters.at(c);
                const qsizetype size = cluster.documents.size();
                // Contradicted: another cluster stands on another source.
                const bool contradicted = size > 1 || singleSourceClusters.value(cluster.documents.first()) < window.clusters.size();
                const bool strictlyLargest = size == largest && size > secondLargest;
                if (!contradicted || strictlyLargest)
                    continue;
                // Main figures starting below the cluster's widened top whose running top
                // reaches its widened bottom; among those that agree, the most backed one.
                const double tolerance = std::max(cluster.tolerance, mainTolerance);
                const double widenedTop = cluster.high + tolerance * std::abs(cluster.high);
                const double widenedBottom = cluster.low - tolerance * std::abs(cluster.low);
                qsizetype m = std::upper_bound(mains.cbegin(), mains.cend(), widenedTop,
                                               [](double value, const MainFigure &main) { return value < main.low; })
                    - mains.cbegin();
                const MainFigure *bestMatch = nullptr;
                qsizetype bestSources = 0;
                const auto consider = [&](const MainFigure &figure) {
                    if (figure.group == g)
                        return;
                    const Window &other = groups.at(figure.group).windows.at(figure.window);
                    const Cluster &main = other.clusters.at(other.main);
                    // The cheap tests first: most figures scanned are apart from the cluster or
                    // less backed than the best match so far, and the search of the main's sources
                    // among the cluster's is the dearest test.
                    const bool better = !bestMatch || main.documents.size() > bestSources
                        || (main.documents.size() == bestSources
                            && std::tie(figure.group, figure.window) < std::tie(bestMatch->group, bestMatch->window));
                    if (!better || !compatible(cluster, main))
                        return;
                    const bool otherSources = std::any_of(main.documents.cbegin(), main.documents.cend(), [&](int d) {
                        return !std::binary_search(cluster.documents.cbegin(), cluster.documents.cend(), d);
                    });
                    if (!otherSources)
                        return;
                    bestMatch = &figure;
                    bestSources = main.documents.size();
                };
                for (--m; m >= 0 && mainsTop.at(m) >= widenedBottom; --m)
                    consider(mains.at(m));
                for (const MainFigure &figure : std::as_const(openMains))
                    consider(figure);
                if (bestMatch)
                    conflicts.append({g, w, c, bestMatch->group, bestMatch->window});
            }
        }
    }
    for (const Conflict &conflict : std::as_const(conflicts))
        groups[conflict.group].windows[conflict.window].clusters[conflict.cluster].misplaced = true;

    // The main cluster of a window is the most backed one that is not misplaced; when all are
    // misplaced, the most backed one stays main and is not reported.
    for (Group &group : groups) {
        for (Window &window : group.windows) {
            const int best = mostBacked(window.clusters);
            if (best >= 0)
                window.main = best;
            else if (window.main >= 0)
                window.clusters[window.main].misplaced = false;
        }
    }

    // One reason per period and window whose figures were placed in another period's window:
    // several such clusters (a figure written two ways) are one conflict.
    QMap<std::tuple<int, int, int, int>, QList<int>> misplaced; // (group, window, other group, other window) → clusters
    for (const Conflict &conflict : std::as_const(conflicts)) {
        if (groups.at(conflict.group).windows.at(conflict.window).clusters.at(conflict.cluster).misplaced)
            misplaced[{conflict.group, conflict.window, conflict.otherGroup, conflict.otherWindow}].append(conflict.cluster);
    }
    for (auto it = misplaced.cbegin(); it != misplaced.cend(); ++it) {
        const auto [g, w, g2, w2] = it.key();
        Group &group = groups[g];
        const Window &window = group.windows.at(w);
        Group &otherGroup = groups[g2];
        const Window &otherWindow = otherGroup.windows.at(w2);
        const Cluster &otherMain = otherWindow.clusters.at(otherWindow.main);

        QList<int> items;
        QList<int> moved;
        QList<int> documents;
        for (int c : it.value()) {
            const Cluster &cluster = window.clusters.at(c);
            items.append(cluster.items);
            moved.append(cluster.items);
            moved.append(cluster.passengers);
            documents.append(cluster.documents);
        }
        std::sort(documents.begin(), documents.end());
        documents.erase(std::unique(documents.begin(), documents.end()), documents.end());
        group.periodConflict = true;
        otherGroup.periodConflict = true;
        moves.append({g2, moved});
        // Articles that also give the figure for the other period only word it loosely ("in
        // 2025" for fiscal 2025): a document never contradicts itself. The figure joins the
        // other period, silently.
        const bool alsoStateOther = std::all_of(documents.cbegin(), documents.cend(), [&](int d) {
            return std::binary_search(otherMain.documents.cbegin(), otherMain.documents.cend(), d);
        });
        if (alsoStateOther)
            continue;
        QString explanation = tr("Same amount, different period. For %1: %2. For %3: %4.")
                                  .arg(ClaimWording::period(group.period), statement(moved),
                                       ClaimWording::period(otherGroup.period), clusterStatement(otherMain));
        const int from = representative(items);
        const int to = representative(otherMain.items);
        if (claimOf(from).isMoney() && claimOf(from).currency != claimOf(to).currency) {
            if (const QString conversion = conversionSentence(from, claimOf(to).currency); !conversion.isEmpty())
                explanation += u' ' + conversion;
        }
        if (window.main >= 0 && !window.clusters.at(window.main).misplaced) {
            explanation += u' '
                + tr("Other sources give another amount for %1 (%2): the period in %3 is probably wrong.")
                      .arg(ClaimWording::period(group.period), clusterStatement(window.clusters.at(window.main)),
                           ClaimWording::list(documentNames(documents), 4));
        } else {
            explanation += u' ' + tr("The period in %1 is probably wrong.").arg(ClaimWording::list(documentNames(documents), 4));
        }
        QList<int> ordered = moved;
        sortByReading(ordered);
        const Rating rating = ratePeriodConflict(items, documents, otherMain);
        otherGroup.reasons.append({kindName(ReasonKind::PeriodConflict), mergedIds(ordered, orderedItems(otherMain)), explanation,
                                   rating.confidence, rating.reason});
    }
}

// A period whose only figure comes from one source is contradicted by nothing in its own group,
// so findPeriodConflicts() cannot see it. When another source gives the same figure for an
// overlapping period of the same entity and metric (the spans of days overlap, fiscal calendars
// included), one of the two periods is wrong: "80 billion in 2024" against "80 billion in fiscal
// 2025". Periods that do not overlap are left alone: the same amount two years running is news.
// "2025" and "FY2025": a fiscal year and the calendar year that bears its number.
static bool sameYearName(const QString &a, const QString &b)
{
    const auto named = [](const QString &calendar, const QString &fiscal) {
        return calendar.size() == 4 && fiscal.size() == 6 && fiscal.startsWith(u"FY"_s) && fiscal.mid(2) == calendar;
    };
    return named(a, b) || named(b, a);
}

void Comparison::findLonePeriodEchoes(QList<Group> &groups, QList<Move> &moves)
{
    const auto lone = [](const Window &window) {
        return window.clusters.size() == 1 && window.clusters.first().documents.size() == 1;
    };
    QList<DateSpan> spans;
    // How many articles back each period: the figure moves to the better backed one.
    QList<qsizetype> sources;
    for (const Group &group : std::as_const(groups)) {
        spans.append(m_calendar.span(m_bucket.entity, group.period));
        QSet<int> documents;
        for (int i : group.items) {
            if (m_items.at(i).evidence())
                documents.insert(m_items.at(i).document);
        }
        sources.append(documents.size());
    }

    for (int g = 0; g < groups.size(); ++g) {
        if (!spans.at(g).isValid() || groups.at(g).periodConflict)
            continue;
        for (int w = 0; w < groups.at(g).windows.size(); ++w) {
            const Window &window = groups.at(g).windows.at(w);
            if (window.main < 0 || !lone(window))
                continue;
            const Cluster &cluster = window.clusters.at(window.main);
            int bestGroup = -1;
            int bestWindow = -1;
            qsizetype bestSources = 0;
            for (int g2 = 0; g2 < groups.size(); ++g2) {
                const DateSpan &other = spans.at(g2);
                if (g2 == g || !other.isValid() || other.last < spans.at(g).first || spans.at(g).last < other.first)
                    continue;
                // Calendar Q3 2025 and Microsoft's fiscal Q1 2026 are one quarter written two ways;
                // "2025" for fiscal 2025 is the fiscal year by its own name, as news often writes
                // it: nothing in either is wrong.
                if (other == spans.at(g) || sameYearName(groups.at(g).period, groups.at(g2).period))
                    continue;
                for (int w2 = 0; w2 < groups.at(g2).windows.size(); ++w2) {
                    const Window &otherWindow = groups.at(g2).windows.at(w2);
                    if (otherWindow.main < 0)
                        continue;
                    const Cluster &main = otherWindow.clusters.at(otherWindow.main);
                    // Two lone figures echo each other: the pair is reported once, from the first.
                    if (lone(otherWindow) && g2 < g)
                        continue;
                    if (main.documents.contains(cluster.documents.first()) || !compatible(cluster, main))
                        continue;
                    if (bestGroup < 0 || main.documents.size() > bestSources) {
                        bestGroup = g2;
                        bestWindow = w2;
                        bestSources = main.documents.size();
                    }
                }
            }
            if (bestGroup < 0 || groups.at(bestGroup).periodConflict)
                continue;
            // The figure joins the period more articles back; two lone figures of equally backed
            // periods go to the later period, the one compared second.
            int from = g;
            int fromWindow = w;
            int to = bestGroup;
            int toWindow = bestWindow;
            if (lone(groups.at(bestGroup).windows.at(bestWindow)) && sources.at(g) > sources.at(bestGroup)) {
                std::swap(from, to);
                std::swap(fromWindow, toWindow);
            }
            Group &group = groups[from];
            Group &otherGroup = groups[to];
            Window &movedWindow = group.windows[fromWindow];
            const Cluster &movedCluster = movedWindow.clusters.at(movedWindow.main);
            const Window &otherWindow = otherGroup.windows.at(toWindow);
            const Cluster &otherMain = otherWindow.clusters.at(otherWindow.main);
            QString explanation = tr("Same amount, different period. For %1: %2. For %3: %4.")
                                      .arg(ClaimWording::period(group.period), clusterStatement(movedCluster),
                                           ClaimWording::period(otherGroup.period), clusterStatement(otherMain));
            const int fromItem = representative(movedCluster.items);
            const int toItem = representative(otherMain.items);
            if (claimOf(fromItem).isMoney() && claimOf(fromItem).currency != claimOf(toItem).currency) {
                if (const QString conversion = conversionSentence(fromItem, claimOf(toItem).currency); !conversion.isEmpty())
                    explanation += u' ' + conversion;
            }
            explanation += u' ' + tr("The two periods overlap: one of them is probably wrong.");
            const Rating rating = ratePeriodConflict(movedCluster.items, movedCluster.documents, otherMain);
            otherGroup.reasons.append({kindName(ReasonKind::PeriodConflict), mergedIds(orderedItems(movedCluster), orderedItems(otherMain)),
                                       explanation, rating.confidence, rating.reason});
            group.periodConflict = true;
            otherGroup.periodConflict = true;
            moves.append({to, movedCluster.items + movedCluster.passengers});
            // Gone from its window: nothing there to compare, nor to call a revision.
            movedWindow.clusters[movedWindow.main].misplaced = true;
            movedWindow.main = -1;
            if (from != g)
                break; // this window's figure stays; the other one moved in
        }
    }
}

void Comparison::applyMoves(QList<Group> &groups, const QList<Move> &moves) const
{
    if (moves.isEmpty())
        return;
    QHash<int, int> destination; // item → group
    for (const Move &move : moves) {
        for (int i : move.items)
            destination.insert(i, move.to);
    }
    for (int g = 0; g < groups.size(); ++g) {
        QList<int> kept;
        for (int i : std::as_const(groups.at(g).items)) {
            const int to = destination.value(i, g);
            if (to == g)
                kept.append(i);
            else
                groups[to].items.append(i);
        }
        groups[g].items = std::move(kept);
    }
}

QHash<QString, QSet<QString>> Comparison::writtenNumbers(const Cluster &cluster) const
{
    QHash<QString, QSet<QString>> currencies;
    for (int i : cluster.items) {
        if (claimOf(i).isMoney())
            currencies[m_items.at(i).numberKey].insert(claimOf(i).currency);
    }
    return currencies;
}

bool Comparison::sharesSwappedNumber(const Cluster &cluster, const QHash<QString, QSet<QString>> &mainNumbers) const
{
    for (int i : cluster.items) {
        const auto found = mainNumbers.constFind(m_items.at(i).numberKey);
        if (found == mainNumbers.cend() || !claimOf(i).isMoney())
            continue;
        if (found->size() > 1 || !found->contains(claimOf(i).currency))
            return true;
    }
    return false;
}

ReasonKind Comparison::mismatchKind() const
{
    const bool money = std::any_of(m_items.cbegin(), m_items.cend(), [this](const Item &item) { return m_claims.at(item.claim).isMoney(); });
    if (money)
        return ReasonKind::ValueMismatch;
    const bool percentage = m_bucket.metric.endsWith("_pct"_L1)
        || std::any_of(m_items.cbegin(), m_items.cend(), [this](const Item &item) { return m_claims.at(item.claim).unit == "%"_L1; });
    return percentage ? ReasonKind::PercentageMismatch : ReasonKind::QuantityMismatch;
}

void Comparison::addWindowReasons(Group &group) const
{
    const ReasonKind kind = mismatchKind();
    for (const Window &window : std::as_const(group.windows)) {
        if (window.main < 0)
            continue;
        const Cluster &main = window.clusters.at(window.main);

        // A figure an article gives as the one before its newer figure explains a gap between
        // two clusters: cluster → (the previous claim, whether the cluster holds the older figure).
        QHash<int, std::pair<int, bool>> revised;
        if (!window.previous.isEmpty()) {
            QHash<int, QList<int>> clustersOf; // document → its clusters
            for (int c = 0; c < window.clusters.size(); ++c) {
                for (int d : window.clusters.at(c).documents)
                    clustersOf[d].append(c);
            }
            for (int p : window.previous) {
                if (!m_items.at(p).comparable)
                    continue;
                const int d = m_items.at(p).document;
                if (std::binary_search(main.documents.cbegin(), main.documents.cend(), d)) {
                    // Its article states the main figure: a cluster stating the previous one is older.
                    for (int c : fittingClusters(window, p)) {
                        const Cluster &older = window.clusters.at(c);
                        if (c != window.main && !std::binary_search(older.documents.cbegin(), older.documents.cend(), d)
                            && notEarlier(d, older.documents))
                            revised.insert(c, {p, true});
                    }
                } else if (compatible(singleCluster(p), main) && notEarlier(d, main.documents)) {
                    // The main figure is the previous one: its article's cluster is the newer figure.
                    for (int c : clustersOf.value(d)) {
                        if (c != window.main)
                            revised.insert(c, {p, false});
                    }
                }
            }
        }

        const QHash<QString, QSet<QString>> mainNumbers = writtenNumbers(main);
        for (int c = 0; c < window.clusters.size(); ++c) {
            const Cluster &cluster = window.clusters.at(c);
            if (c == window.main || cluster.misplaced || !crossDocument(cluster, main) || sharesSwappedNumber(cluster, mainNumbers))
                continue;
            // Sources that also state the main figure are not contradicted by it: their other
            // figure is most likely about something else (another scope of the same metric).
            const bool alsoStateMain = std::all_of(cluster.documents.cbegin(), cluster.documents.cend(), [&](int d) {
                return std::binary_search(main.documents.cbegin(), main.documents.cend(), d);
            });
            if (alsoStateMain)
                continue;
            if (const auto found = revised.constFind(c); found != revised.cend()) {
                const auto [previous, clusterIsOlder] = *found;
                const Cluster &older = clusterIsOlder ? cluster : main;
                const Cluster &newer = clusterIsOlder ? main : cluster;
                const int document = m_items.at(previous).document;
                int newerItem = -1;
                for (int i : newer.items) {
                    if (m_items.at(i).document == document && (newerItem < 0 || claimOf(i).start < claimOf(newerItem).start))
                        newerItem = i;
                }
                const QString explanation = tr("Revised: %1 gives %2 in place of %3, the figure that %4 gives. A revision, not an error.")
                                                .arg(m_documents.at(document).name, amountText(newerItem), amountText(previous),
                                                     ClaimWording::list(documentNames(older.documents), 4));
                group.reasons.append({kindName(ReasonKind::Revision), claimIds(orderedItems(older) + orderedItems(newer) + QList<int>{previous}),
                                      explanation});
                continue;
            }
            const QString mainStatement = clusterStatement(main);
            QString explanation;
            switch (kind) {
            case ReasonKind::ValueMismatch: {
                const int from = representative(main.items);
                const int to = representative(cluster.items);
                const QString &toCurrency = claimOf(to).currency;
                QString conversion = claimOf(from).currency != toCurrency ? conversionSentence(from, toCurrency) : QString();
                if (!conversion.isEmpty())
                    conversion += u' ';
                explanation = tr("Different amounts: %1; %2. %3The amounts cannot both be right.")
                                  .arg(mainStatement, clusterStatement(cluster), conversion);
                break;
            }
            case ReasonKind::PercentageMismatch:
                explanation = tr("Different percentages: %1; %2. The figures cannot both be right.")
                                  .arg(mainStatement, clusterStatement(cluster));
                break;
            default:
                explanation = tr("Different quantities: %1; %2. The figures cannot both be right.")
                                  .arg(mainStatement, clusterStatement(cluster));
                break;
            }
            const Rating rating = rateMismatch(main, cluster);
            group.reasons.append({kindName(kind), mergedIds(orderedItems(main), orderedItems(cluster)), explanation, rating.confidence,
                                  rating.reason});
        }
    }

    // A different main figure in a later window: the figure was restated. Not for events: a
    // share's move in July is another move than January's, not a revision of it.
    const bool event = m_bucket.metric == "stock_move_pct"_L1;
    for (qsizetype w = 1; w < group.windows.size() && !event; ++w) {
        const Window &earlier = group.windows.at(w - 1);
        const Window &later = group.windows.at(w);
        if (earlier.main < 0 || later.main < 0)
            continue;
        const Cluster &before = earlier.clusters.at(earlier.main);
        const Cluster &after = later.clusters.at(later.main);
        // Compare as written when both state one same currency: exchange rates move between the
        // two dates, the figure did not. Each end is compared within the tolerance of the figures
        // that set it: an "about 65" beside "60 to 65" must not make 60 to 65 and 66 to 72 alike.
        struct Hull {
            double low = infinity;
            double high = -infinity;
            double lowTolerance = 0;
            double highTolerance = 0;
            QString currency;       // empty when the cluster mixes currencies
        };
        const auto writtenHull = [this](const Cluster &cluster) {
            Hull hull;
            QSet<QString> currencies;
            for (int i : cluster.items) {
                const Claim &claim = claimOf(i);
                currencies.insert(claim.currency);
                const Item &item = m_items.at(i);
                if (item.bound)
                    continue;
                const double low = std::min(claim.low, claim.high);
                const double high = std::max(claim.low, claim.high);
                if (low < hull.low || (low == hull.low && item.tolerance < hull.lowTolerance)) {
                    hull.low = low;
                    hull.lowTolerance = item.tolerance;
                }
                if (high > hull.high || (high == hull.high && item.tolerance < hull.highTolerance)) {
                    hull.high = high;
                    hull.highTolerance = item.tolerance;
                }
            }
            hull.currency = currencies.size() == 1 ? *currencies.cbegin() : QString();
            return hull;
        };
        Hull beforeHull = writtenHull(before);
        Hull afterHull = writtenHull(after);
        const bool asWritten = beforeHull.currency == afterHull.currency && !std::isinf(beforeHull.low) && !std::isinf(afterHull.low);
        if (!asWritten) {
            beforeHull = {before.low, before.high, before.tolerance, before.tolerance, {}};
            afterHull = {after.low, after.high, after.tolerance, after.tolerance, {}};
        }
        if (sameEnd(beforeHull.low, afterHull.low, std::max(beforeHull.lowTolerance, afterHull.lowTolerance))
            && sameEnd(beforeHull.high, afterHull.high, std::max(beforeHull.highTolerance, afterHull.highTolerance)))
            continue;
        // "70 to 72" after "64 to 72": the later figure lies within what the earlier ones
        // covered, it narrows them and revises nothing.
        const bool within = !std::isinf(beforeHull.low) && !std::isinf(afterHull.low)
            && (afterHull.low >= beforeHull.low || sameEnd(beforeHull.low, afterHull.low, std::max(beforeHull.lowTolerance, afterHull.lowTolerance)))
            && (afterHull.high <= beforeHull.high || sameEnd(beforeHull.high, afterHull.high, std::max(beforeHull.highTolerance, afterHull.highTolerance)));
        if (within)
            continue;
        // The dates bound the change: the earlier figure was still given on the first date, the
        // later one from the second. One date beside a list of articles read as that article's.
        const QString explanation = tr("Restated later: %1 (until %2); %3 (from %4). A later article gives another figure for the same period: a "
                                       "revision, not an error.")
                                        .arg(clusterStatement(before), dateText(dateOf(before.items, true)),
                                             clusterStatement(after), dateText(dateOf(after.items, false)));
        group.reasons.append({kindName(ReasonKind::Revision), mergedIds(orderedItems(before), orderedItems(after)), explanation});
    }
}

void Comparison::addSwapReasons(Group &group) const
{
    // Number as written → currency → items. Only figures dated by their article count: one
    // without a period, or given as the figure before another, is no evidence of a swap.
    QHash<QString, QMap<QString, QList<int>>> numbers;
    for (int i : std::as_const(group.items)) {
        const Claim &claim = claimOf(i);
        if (claim.isMoney() && m_items.at(i).evidence())
            numbers[m_items.at(i).numberKey][claim.currency].append(i);
    }
    // Hash order changes from run to run: reasons are put in reading order of their first claim.
    QList<std::pair<int, DiscrepancyReason>> reasons;
    for (auto number = numbers.cbegin(); number != numbers.cend(); ++number) {
        if (number->size() < 2)
            continue;
        // Swapped between documents: one currency in one document, another in another.
        QList<int> involved;
        QSet<int> documents;
        for (const QList<int> &items : *number) {
            involved.append(items);
            for (int i : items)
                documents.insert(m_items.at(i).document);
        }
        if (documents.size() < 2)
            continue;
        sortByReading(involved);
        // Statements in the order the currencies first appear in the sources.
        QStringList currencyOrder;
        for (int i : std::as_const(involved)) {
            if (!currencyOrder.contains(claimOf(i).currency))
                currencyOrder.append(claimOf(i).currency);
        }
        QStringList statements;
        for (const QString &currency : std::as_const(currencyOrder))
            statements.append(statement(number->value(currency)));
        const int from = representative(number->value(currencyOrder.at(0)));
        QString conversion = conversionSentence(from, currencyOrder.at(1));
        if (!conversion.isEmpty())
            conversion += u' ';
        const QString explanation = tr("Same number, different currency: %1. %2One of the currencies is probably wrong.")
                                        .arg(statements.join(u"; "_s), conversion);
        const Rating rating = rateSwap(involved);
        reasons.append({involved.first(), {kindName(ReasonKind::CurrencySwap), claimIds(involved), explanation, rating.confidence, rating.reason}});
    }
    std::sort(reasons.begin(), reasons.end(), [this](const auto &x, const auto &y) {
        return std::tie(m_items.at(x.first).document, claimOf(x.first).start, m_items.at(x.first).claim)
            < std::tie(m_items.at(y.first).document, claimOf(y.first).start, m_items.at(y.first).claim);
    });
    for (const auto &[first, reason] : std::as_const(reasons))
        group.reasons.append(reason);
}

ClaimGroup Comparison::finish(const Group &group) const
{
    ClaimGroup result;
    result.key = m_bucket;
    result.key.period = group.period;
    QList<int> items = group.items;
    sortByReading(items);
    QSet<int> documents;
    for (int i : std::as_const(items)) {
        result.claims.append(claimOf(i).id());
        if (!documents.contains(m_items.at(i).document)) {
            documents.insert(m_items.at(i).document);
            result.documents.append(documentOf(i).id);
        }
    }
    result.reasons = group.reasons;
    const bool discrepancy = std::any_of(result.reasons.cbegin(), result.reasons.cend(),
                                         [](const DiscrepancyReason &reason) { return reason.isDiscrepancy(); });
    if (discrepancy)
        result.verdict = Verdict::Discrepancy;
    else if (!result.reasons.isEmpty())
        result.verdict = Verdict::Revised;
    else
        result.verdict = result.documents.size() > 1 ? Verdict::Agree : Verdict::Single;
    return result;
}

bool Comparison::allHedged(const QList<int> &items) const
{
    return std::all_of(items.cbegin(), items.cend(),
                       [this](int i) { return m_items.at(i).bound || claimOf(i).qualifier == Qualifier::Approx; });
}

bool Comparison::allInferred(const QList<int> &items) const
{
    return !items.isEmpty() && std::all_of(items.cbegin(), items.cend(), [this](int i) {
        const ClaimResolution &resolution = claimOf(i).resolution;
        return inferredFromAfar(resolution.entity) || inferredFromAfar(resolution.period);
    });
}

bool Comparison::allUndated(const QList<int> &documents) const
{
    return std::all_of(documents.cbegin(), documents.cend(), [this](int d) { return !m_documents.at(d).parts.isValid(); });
}

bool Comparison::notEarlier(int document, const QList<int> &others) const
{
    const DateParts &date = m_documents.at(document).parts;
    if (!date.isValid())
        return true;
    return std::any_of(others.cbegin(), others.cend(), [&](int other) {
        const DateParts &otherDate = m_documents.at(other).parts;
        return !otherDate.isValid() || otherDate.ordinal() <= date.ordinal();
    });
}

// The thresholds are those of a reader checking by hand: within 5 % a rounding or a conversion
// at another day's rate may explain the gap; a hedge ("about") covers up to some 15 %.
Rating Comparison::rateMismatch(const Cluster &main, const Cluster &other) const
{
    const double gap = intervalGap(main.low, main.high, other.low, other.high);
    const QString apart = QLocale().toString(gap * 100, 'f', gap < 0.1 ? 1 : 0);
    if (allUndated(main.documents) || allUndated(other.documents))
        return {Confidence::Low, tr("an article on one side has no date")};
    if (gap < 0.05)
        return {Confidence::Low, tr("the figures are only %1% apart").arg(apart)};
    const bool hedged = allHedged(main.items) || allHedged(other.items);
    if (hedged && gap < 0.15)
        return {Confidence::Low, tr("one side is hedged (about, at least, up to) and only %1% away").arg(apart)};
    if (hedged)
        return {Confidence::Medium, tr("one side is hedged (about, at least, up to), though %1% away").arg(apart)};
    if (allInferred(main.items) || allInferred(other.items))
        return {Confidence::Medium, tr("the entity or period of one side was inferred from outside its sentence")};
    if (gap < 0.10)
        return {Confidence::Medium, tr("the figures are %1% apart").arg(apart)};
    return {Confidence::High, tr("figures of dated articles, %1% apart").arg(apart)};
}

Rating Comparison::rateSwap(const QList<int> &items) const
{
    const bool inferredCurrency = std::any_of(items.cbegin(), items.cend(), [this](int i) {
        const FieldSource source = claimOf(i).resolution.currency.source;
        return source != FieldSource::Clause && source != FieldSource::Sentence;
    });
    if (inferredCurrency)
        return {Confidence::Medium, tr("the currency of one figure was inferred from elsewhere in its article")};
    return {Confidence::High, tr("the same number written in two currencies")};
}

Rating Comparison::ratePeriodConflict(const QList<int> &items, const QList<int> &documents, const Cluster &otherMain) const
{
    const auto undated = [this](int d) { return !m_documents.at(d).parts.isValid(); };
    if (std::any_of(documents.cbegin(), documents.cend(), undated) || std::any_of(otherMain.documents.cbegin(), otherMain.documents.cend(), undated))
        return {Confidence::Low, tr("an article on one side has no date")};
    const bool periodInferred = std::all_of(items.cbegin(), items.cend(),
                                            [this](int i) { return inferredFromAfar(claimOf(i).resolution.period); });
    if (periodInferred)
        return {Confidence::Low, tr("the period of the figure was inferred from outside its sentence")};
    if (otherMain.documents.size() > 1)
        return {Confidence::High, tr("%n other article(s) give this amount for the other period", nullptr, int(otherMain.documents.size()))};
    return {Confidence::Medium, tr("one article on each side")};
}

QString Comparison::amountText(int item) const
{
    auto found = m_amountTexts.find(item);
    if (found == m_amountTexts.end())
        found = m_amountTexts.insert(item, ClaimWording::amount(claimOf(item)));
    return *found;
}

QString Comparison::dateText(const QString &date) const
{
    auto found = m_dateTexts.find(date);
    if (found == m_dateTexts.end())
        found = m_dateTexts.insert(date, ClaimWording::date(date));
    return *found;
}

int Comparison::representative(const QList<int> &items) const
{
    int best = -1;
    for (int i : items) {
        const auto rank = std::tuple{m_items.at(i).bound, m_items.at(i).document, claimOf(i).start};
        if (best < 0 || rank < std::tuple{m_items.at(best).bound, m_items.at(best).document, claimOf(best).start})
            best = i;
    }
    return best;
}

QString Comparison::dateOf(const QList<int> &items, bool latest) const
{
    QString found;
    for (int i : items) {
        const QString date = documentOf(i).date;
        if (!date.isEmpty() && (found.isEmpty() || (latest ? date > found : date < found)))
            found = date;
    }
    return found;
}

void Comparison::sortByReading(QList<int> &items) const
{
    std::sort(items.begin(), items.end(), [this](int a, int b) {
        return std::tie(m_items.at(a).document, claimOf(a).start, m_items.at(a).claim)
            < std::tie(m_items.at(b).document, claimOf(b).start, m_items.at(b).claim);
    });
}

QStringList Comparison::claimIds(QList<int> items) const
{
    sortByReading(items);
    items.erase(std::unique(items.begin(), items.end()), items.end());
    QStringList ids;
    for (int i : std::as_const(items))
        ids.append(claimOf(i).id());
    return ids;
}

QStringList Comparison::documentNames(const QList<int> &documents) const
{
    QStringList names;
    for (int d : documents)
        names.append(m_documents.at(d).name);
    return names;
}

QString Comparison::clusterStatement(const Cluster &cluster) const
{
    auto found = m_clusterStatements.constFind(&cluster);
    if (found == m_clusterStatements.cend())
        found = m_clusterStatements.insert(&cluster, statement(cluster.items + cluster.passengers));
    return *found;
}

QList<int> Comparison::orderedItems(const Cluster &cluster) const
{
    auto found = m_orderedItems.find(&cluster);
    if (found == m_orderedItems.end()) {
        QList<int> items = cluster.items + cluster.passengers;
        sortByReading(items);
        found = m_orderedItems.insert(&cluster, items);
    }
    return *found;
}

QStringList Comparison::mergedIds(const QList<int> &first, const QList<int> &second) const
{
    QList<int> merged;
    merged.reserve(first.size() + second.size());
    std::merge(first.cbegin(), first.cend(), second.cbegin(), second.cend(), std::back_inserter(merged), [this](int a, int b) {
        return std::tie(m_items.at(a).document, claimOf(a).start, m_items.at(a).claim)
            < std::tie(m_items.at(b).document, claimOf(b).start, m_items.at(b).claim);
    });
    merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
    QStringList ids;
    ids.reserve(merged.size());
    for (int i : std::as_const(merged))
        ids.append(claimOf(i).id());
    return ids;
}

// "a.txt and c.txt: 35 billion euros; b.txt: 38 to 40 billion dollars", articles named by their
// title else their file name. Each document says what it states as a value; its hedged figures
// only when it states nothing else.
QString Comparison::statement(const QList<int> &items) const
{
    QMap<int, QList<int>> byDocument;
    for (int i : items)
        byDocument[m_items.at(i).document].append(i);
    QStringList order;                 // distinct descriptions, in document order
    QHash<QString, QStringList> sources;
    for (auto it = byDocument.cbegin(); it != byDocument.cend(); ++it) {
        QList<int> documentItems = *it;
        std::sort(documentItems.begin(), documentItems.end(), [this](int a, int b) { return claimOf(a).start < claimOf(b).start; });
        const bool hasValue = std::any_of(documentItems.cbegin(), documentItems.cend(), [this](int i) { return !m_items.at(i).bound; });
        QStringList amounts;
        for (int i : std::as_const(documentItems)) {
            if (hasValue && m_items.at(i).bound)
                continue;
            const QString amount = amountText(i);
            if (!amounts.contains(amount))
                amounts.append(amount);
        }
        const QString description = amounts.join(u", "_s);
        if (!sources.contains(description))
            order.append(description);
        sources[description].append(m_documents.at(it.key()).name);
    }
    // A figure backed by hundreds of sources names a few of them: an explanation is read, not searched.
    constexpr int namedSources = 4;
    constexpr int namedFigures = 4;
    QStringList parts;
    for (const QString &description : order.first(std::min<qsizetype>(order.size(), namedFigures)))
        parts.append(tr("%1: %2", "sources: figures").arg(ClaimWording::list(sources.value(description), namedSources), description));
    if (order.size() > namedFigures)
        parts.append(tr("%n other figure(s)", nullptr, int(order.size() - namedFigures)));
    return parts.join(u"; "_s);
}

QString Comparison::conversionSentence(int fromItem, const QString &toCurrency) const
{
    const Claim &claim = claimOf(fromItem);
    const QString &date = documentOf(fromItem).date;
    const auto low = m_rates.convert(std::min(claim.low, claim.high), claim.currency, toCurrency, date);
    const auto high = m_rates.convert(std::max(claim.low, claim.high), claim.currency, toCurrency, date);
    if (!low || !high)
        return {};
    const ExchangeRate rate = m_rates.rate(claim.currency == "EUR"_L1 ? toCurrency : claim.currency.toString(), date);
    const QString convertedText = (claim.qualifier == Qualifier::Range && *low != *high)
        ? tr("%1 to %2").arg(ClaimWording::computedAmount(*low, toCurrency, {}), ClaimWording::computedAmount(*high, toCurrency, {}))
        : ClaimWording::computedAmount(claim.qualifier == Qualifier::AtMost ? *high : *low, toCurrency, {});
    // "about 80 billion euros is about 82.8 billion dollars" would say "about" twice.
    Claim stated = claim;
    if (stated.qualifier == Qualifier::Approx)
        stated.qualifier = Qualifier::Exact;
    return tr("At %1, %2 is about %3.").arg(ClaimWording::rate(rate), ClaimWording::amount(stated), convertedText);
}

} // namespace

ClaimGrouper::ClaimGrouper(ExchangeRateTable rates, ComparisonTolerance tolerance)
    : m_rates(std::move(rates)), m_tolerance(tolerance)
{
}

double ClaimGrouper::roundingTolerance(double value) const
{
    const double size = std::abs(value);
    if (size == 0 || std::isinf(size) || std::isnan(size))
        return m_tolerance.roundingFloor;
    // The last significant digit of the figure as written: the largest power of ten that still
    // divides it (62e9 → 1e9), so half of it is what rounding may have hidden.
    const int exponent = int(std::floor(std::log10(size)));
    double unit = std::pow(10.0, exponent);
    for (int digits = 0; digits < 15; ++digits) {
        const double quotient = size / unit;
        if (std::abs(quotient - std::round(quotient)) <= 1e-9 * quotient)
            break;
        unit /= 10;
    }
    return std::clamp(unit / 2 / size, m_tolerance.roundingFloor, m_tolerance.roundingCeiling);
}

QList<ClaimGroup> ClaimGrouper::group(const ClaimList &claims, const QList<Document> &documents) const
{
    Comparison comparison(*this, m_rates, m_tolerance, claims, documents);
    return comparison.run();
}

} // namespace Recoupe
