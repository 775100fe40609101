#include "claims/claimtestsupport.h"
#include "compare/fiscalcalendar.h"
#include "export/timelinejson.h"
#include "models/timelineaggregate.h"
#include "models/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

Document makeDocument(const QString &id, const QString &title, const QString &date)
{
    Document document;
    document.id = id;
    document.path = id;
    document.title = title;
    document.date = date;
    return document;
}

Claim makeClaim(const QString &id, const QString &entity, const QString &period, double low, double high,
                const QString &currency, Qualifier qualifier = Qualifier::Exact, const QString &metric = u"capex"_s)
{
    Claim claim;
    QString document;
    Claim::splitId(id, &document, &claim.number);
    claim.document = document;
    claim.entity = entity;
    claim.metric = metric;
    claim.period = period;
    claim.low = low;
    claim.high = high;
    claim.currency = currency;
    claim.qualifier = qualifier;
    return claim;
}

// Written for these tests: three invented articles about invented budgets.
QList<Document> bareDocuments()
{
    return {makeDocument(u"a.txt"_s, u"Alpha spends"_s, u"2025-01-30"_s),
            makeDocument(u"b.txt"_s, u"Beta budgets"_s, u"2025-02-10"_s),
            makeDocument(u"c.txt"_s, u"Later view"_s, u"2025-07-31"_s)};
}

// The claims and the documents, whose texts say "Quote of <id>: quote of <id>." for each.
std::pair<ClaimList, QList<Document>> sampleData()
{
    ClaimList claims{
        makeClaim(u"a.txt#1"_s, u"Meta"_s, u"2025"_s, 60e9, 65e9, u"USD"_s, Qualifier::Range),
        makeClaim(u"a.txt#2"_s, u"Microsoft"_s, u"FY2025"_s, 80e9, 80e9, u"USD"_s, Qualifier::Approx),
        makeClaim(u"a.txt#3"_s, u"Meta"_s, {}, 14e9, 14e9, u"USD"_s),                   // no period
        makeClaim(u"a.txt#4"_s, u"Meta"_s, u"2025"_s, 100e9, 100e9, u"USD"_s, Qualifier::Exact, u"revenue"_s),
        makeClaim(u"b.txt#1"_s, u"Stargate"_s, u"2025-2028"_s, 500e9, 500e9, u"EUR"_s),
        makeClaim(u"b.txt#2"_s, u"Meta"_s, u"2025"_s, 65e9, 65e9, u"USD"_s, Qualifier::Approx),
        makeClaim(u"b.txt#3"_s, u"Amazon"_s, u"2024-Q4"_s, 26.3e9, 26.3e9, u"USD"_s),
        makeClaim(u"c.txt#1"_s, u"Meta"_s, u"2025"_s, 66e9, 72e9, u"USD"_s, Qualifier::Range),
    };
    QList<Document> documents = bareDocuments();
    writeClaimTexts(documents, claims, [](const Claim &c) { return u"quote of "_s + c.id(); },
                    [](const Claim &c) { return u"Quote of "_s + c.id() + u": quote of "_s + c.id() + u'.'; });
    return {claims, documents};
}

QList<Document> documents()
{
    return sampleData().second;
}

ClaimList claims()
{
    return sampleData().first;
}

QList<ClaimGroup> groups()
{
    ClaimGroup stargate;
    stargate.key = {u"Stargate"_s, u"capex"_s, u"2025-2028"_s};
    stargate.claims = {u"b.txt#1"_s};
    stargate.verdict = Verdict::Discrepancy;
    stargate.reasons = {{u"currency_swap"_s, {u"b.txt#1"_s}, u"Same number, another currency."_s}};
    ClaimGroup meta;
    meta.key = {u"Meta"_s, u"capex"_s, u"2025"_s};
    meta.claims = {u"a.txt#1"_s, u"b.txt#2"_s, u"c.txt#1"_s};
    meta.verdict = Verdict::Revised; // a revision is news, not a discrepancy
    meta.reasons = {{u"revision"_s, {u"a.txt#1"_s, u"c.txt#1"_s}, u"Raised later."_s}};
    return {stargate, meta};
}

TimelineOptions fixedRates()
{
    TimelineOptions options;
    options.rates = ExchangeRateTable();
    options.rates.setRate(u"USD"_s, u"2025-02"_s, 1.04);
    options.rates.setRate(u"USD"_s, u"2025-01"_s, 1.03);
    options.rates.setRate(u"USD"_s, u"2025-07"_s, 1.17);
    return options;
}

} // namespace

class TimelineModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fiscalSpans_data();
    void fiscalSpans();
    void userFiscalTable();
    void rowsAndColumns();
    void conversionKeepsOriginal();
    void noPeriodListedApart();
    void discrepancyFlag();
    void entityFilterAndEntities();
    void seriesAreContiguous();
    void claimsAtSamePlaceAreSpread();
    void guidanceMode();
    void sourcesNumberedByDate();
    void json();
    void repeatedFigureIsOnePoint();
    void discrepancyOnARepeatMarksThePoint();
    void subYearPeriodsCanBeLeftOut();
    void aggregatesSumUpAPeriod();
};

void TimelineModelTest::fiscalSpans_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("calendar year") << u"Meta"_s << u"2025"_s << QDate(2025, 1, 1) << QDate(2025, 12, 31);
    QTest::newRow("quarter") << u"Amazon"_s << u"2024-Q4"_s << QDate(2024, 10, 1) << QDate(2024, 12, 31);
    QTest::newRow("half") << u"Meta"_s << u"2025-H1"_s << QDate(2025, 1, 1) << QDate(2025, 6, 30);
    QTest::newRow("microsoft fiscal") << u"Microsoft"_s << u"FY2025"_s << QDate(2024, 7, 1) << QDate(2025, 6, 30);
    QTest::newRow("microsoft fiscal quarter") << u"Microsoft"_s << u"FY2025-Q1"_s << QDate(2024, 7, 1) << QDate(2024, 9, 30);
    QTest::newRow("oracle fiscal") << u"Oracle"_s << u"FY2026"_s << QDate(2025, 6, 1) << QDate(2026, 5, 31);
    QTest::newRow("softbank named after start") << u"SoftBank"_s << u"FY2024"_s << QDate(2024, 4, 1) << QDate(2025, 3, 31);
    QTest::newRow("unknown company: calendar") << u"Acme"_s << u"FY2025"_s << QDate(2025, 1, 1) << QDate(2025, 12, 31);
    QTest::newRow("multi-year") << u"Stargate"_s << u"2025-2028"_s << QDate(2025, 1, 1) << QDate(2028, 12, 31);
    QTest::newRow("case-insensitive entity") << u"microsoft"_s << u"FY2025"_s << QDate(2024, 7, 1) << QDate(2025, 6, 30);
    QTest::newRow("no period") << u"Meta"_s << QString() << QDate() << QDate();
    QTest::newRow("nonsense") << u"Meta"_s << u"soon"_s << QDate() << QDate();
    QTest::newRow("backwards") << u"Meta"_s << u"2028-2025"_s << QDate() << QDate();
}

void TimelineModelTest::fiscalSpans()
{
    QFETCH(QString, entity);
    QFETCH(QString, period);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const DateSpan span = FiscalCalendar::builtin().span(entity, period);
    QCOMPARE(span.first, first);
    QCOMPARE(span.last, last);
    QCOMPARE(span.isValid(), first.isValid());
}

void TimelineModelTest::userFiscalTable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"fiscal.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "recoupe-fiscal-years-1", "entities": {"Acme": {"yearEnd": "03-31"}, "Microsoft": {"yearEnd": "09-30"}}})");
    file.close();
    FiscalCalendar calendar = FiscalCalendar::builtin();
    QString error;
    QVERIFY2(calendar.load(path, &error), qPrintable(error));
    QCOMPARE(calendar.span(u"Acme"_s, u"FY2025"_s), (DateSpan{QDate(2024, 4, 1), QDate(2025, 3, 31)}));
    QCOMPARE(calendar.span(u"Microsoft"_s, u"FY2025"_s).last, QDate(2025, 9, 30)); // the user's table wins
    QCOMPARE(calendar.span(u"Oracle"_s, u"FY2025"_s).last, QDate(2025, 5, 31));    // the rest is kept

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"format": "recoupe-fiscal-years-1", "entities": {"Acme": {"yearEnd": "13-45"}}})");
    file.close();
    QVERIFY(!calendar.load(path, &error));
    QVERIFY(error.contains(u"Acme"_s));
    QCOMPARE(calendar.span(u"Acme"_s, u"FY2025"_s).last, QDate(2025, 3, 31)); // unchanged on error
}

void TimelineModelTest::rowsAndColumns()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setResults(documents(), claims(), groups(), fixedRates());
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 6); // capex claims with a period: not the revenue, not the one without period
    QCOMPARE(model.columnCount(), int(TimelineModel::ColumnCount));

    const int row = model.rowOfClaim(u"b.txt#3"_s);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, TimelineModel::DateColumn).data().toDate(), QDate(2024, 11, 15)); // mid-quarter
    QCOMPARE(model.index(row, TimelineModel::ValueColumn).data().toDouble(), 26.3);
    QCOMPARE(model.index(row, TimelineModel::AmountColumn).data().toString(), u"$26.3bn"_s);

    const int microsoft = model.rowOfClaim(u"a.txt#2"_s);
    QCOMPARE(model.index(microsoft, 0).data(TimelineModel::XRole).toDateTime().date(), QDate(2024, 12, 30)); // FY2025 ends 30 June
    QCOMPARE(model.index(microsoft, 0).data(TimelineModel::IsHedgedRole).toBool(), true);
    QCOMPARE(model.index(microsoft, TimelineModel::AmountColumn).data().toString(), u"~$80bn"_s);

    const int range = model.rowOfClaim(u"a.txt#1"_s);
    QCOMPARE(model.index(range, 0).data(TimelineModel::IsRangeRole).toBool(), true);
    QCOMPARE(model.index(range, TimelineModel::LowColumn).data().toDouble(), 60.0);
    QCOMPARE(model.index(range, TimelineModel::HighColumn).data().toDouble(), 65.0);
    QCOMPARE(model.index(range, TimelineModel::ValueColumn).data().toDouble(), 62.5);
    QCOMPARE(model.index(range, 0).data(TimelineModel::DocumentTitleRole).toString(), u"Alpha spends"_s);
    QCOMPARE(model.index(range, 0).data(TimelineModel::DocumentDateRole).toString(), u"2025-01-30"_s);
    QCOMPARE(model.index(range, 0).data(TimelineModel::QuoteRole).toString(), u"quote of a.txt#1"_s);
    QCOMPARE(model.index(range, 0).data(Qt::ToolTipRole).toString(), u"Quote of a.txt#1: quote of a.txt#1."_s);
    QVERIFY(model.index(range, 0).data(TimelineModel::PlotXRole).toDateTime().isValid());
    QVERIFY(!model.headerData(TimelineModel::ValueColumn, Qt::Horizontal).toString().isEmpty());
    QVERIFY(model.roleNames().contains(TimelineModel::QuoteRole));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.noPeriodEntries().isEmpty());
}

void TimelineModelTest::conversionKeepsOriginal()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(documents(), claims(), groups(), fixedRates());
    const int row = model.rowOfClaim(u"b.txt#1"_s);
    const QModelIndex index = model.index(row, 0);
    QCOMPARE(index.data(TimelineModel::OriginalLowRole).toDouble(), 500e9);
    QCOMPARE(index.data(TimelineModel::OriginalCurrencyRole).toString(), u"EUR"_s);
    QCOMPARE(index.data(TimelineModel::LowRole).toDouble(), 520e9); // at February 2025's 1.04
    QCOMPARE(index.data(TimelineModel::CurrencyRole).toString(), u"USD"_s);
    QCOMPARE(model.index(row, TimelineModel::AmountColumn).data().toString(), u"€500bn"_s);
    QCOMPARE(index.data(TimelineModel::IsSpanRole).toBool(), true); // 2025-2028 is drawn as a span
    QCOMPARE(index.data(TimelineModel::SpanStartRole).toDateTime().date(), QDate(2025, 1, 1));
    QCOMPARE(index.data(TimelineModel::SpanEndRole).toDateTime().date(), QDate(2028, 12, 31));

    TimelineOptions euros = fixedRates();
    euros.currency = u"EUR"_s;
    model.setOptions(euros);
    const int meta = model.rowOfClaim(u"c.txt#1"_s);
    QCOMPARE(model.index(meta, 0).data(TimelineModel::LowRole).toDouble(), 66e9 / 1.17); // July's rate
    QCOMPARE(model.index(meta, 0).data(TimelineModel::OriginalLowRole).toDouble(), 66e9);

    // A currency with no rate is not guessed: it is listed with its reason.
    ClaimList more = claims();
    more.append(makeClaim(u"c.txt#2"_s, u"Meta"_s, u"2025"_s, 5e9, 5e9, u"CHF"_s));
    model.setResults(documents(), more, groups(), fixedRates());
    QCOMPARE(model.rowOfClaim(u"c.txt#2"_s), -1);
    QCOMPARE(model.unplacedEntries().constLast().placement, TimelineEntry::Placement::NoExchangeRate);
}

void TimelineModelTest::noPeriodListedApart()
{
    TimelineModel model;
    model.setResults(documents(), claims(), groups(), fixedRates());
    const QList<TimelineEntry> noPeriod = model.noPeriodEntries();
    QCOMPARE(noPeriod.size(), 1);
    QCOMPARE(noPeriod.constFirst().claim.id(), u"a.txt#3"_s);
    QCOMPARE(noPeriod.constFirst().series, u"Meta"_s); // what the list of figures without a period shows
    QCOMPARE(noPeriod.constFirst().documentTitle, u"Alpha spends"_s);
    QCOMPARE(model.rowOfClaim(u"a.txt#3"_s), -1);
    QCOMPARE(model.noPeriodCount(), 1);

    // Counted without a copy, and listed up to a limit, in the order of the claims; figures
    // unplaced for another reason (no exchange rate) are neither.
    ClaimList more = claims();
    more.append(makeClaim(u"c.txt#2"_s, u"Meta"_s, {}, 15e9, 15e9, u"USD"_s));
    more.append(makeClaim(u"c.txt#3"_s, u"Meta"_s, u"2025"_s, 5e9, 5e9, u"CHF"_s));
    more.append(makeClaim(u"c.txt#4"_s, u"Microsoft"_s, {}, 16e9, 16e9, u"USD"_s));
    model.setResults(documents(), more, groups(), fixedRates());
    QCOMPARE(model.noPeriodCount(), 3);
    QCOMPARE(model.noPeriodEntries().size(), 3);
    const QList<TimelineEntry> firstTwo = model.noPeriodEntries(2);
    QCOMPARE(firstTwo.size(), 2);
    QCOMPARE(firstTwo.at(0).claim.id(), u"a.txt#3"_s);
    QCOMPARE(firstTwo.at(1).claim.id(), u"c.txt#2"_s);
    QCOMPARE(model.noPeriodEntries(0).size(), 0);
    QCOMPARE(model.noPeriodEntries(10).constLast().claim.id(), u"c.txt#4"_s);
}

void TimelineModelTest::discrepancyFlag()
{
    TimelineModel model;
    model.setResults(documents(), claims(), groups(), fixedRates());
    QCOMPARE(model.index(model.rowOfClaim(u"b.txt#1"_s), 0).data(TimelineModel::IsDiscrepancyRole).toBool(), true);
    QCOMPARE(model.index(model.rowOfClaim(u"b.txt#1"_s), 0).data(TimelineModel::DiscrepancyTextRole).toString(),
             u"Same number, another currency."_s);
    QCOMPARE(model.index(model.rowOfClaim(u"a.txt#1"_s), 0).data(TimelineModel::IsDiscrepancyRole).toBool(), false); // revision
    QCOMPARE(model.index(model.rowOfClaim(u"a.txt#2"_s), 0).data(TimelineModel::IsDiscrepancyRole).toBool(), false);
}

void TimelineModelTest::entityFilterAndEntities()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TimelineOptions options = fixedRates();
    options.entity = u"meta"_s;
    model.setResults(documents(), claims(), groups(), options);
    QCOMPARE(model.rowCount(), 3);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, TimelineModel::SeriesColumn).data().toString(), u"Meta"_s);
    QCOMPARE(model.entities(), (QStringList{u"Amazon"_s, u"Meta"_s, u"Microsoft"_s, u"Stargate"_s}));
    QCOMPARE(model.periods(u"Meta"_s), QStringList{u"2025"_s});
    QCOMPARE(model.periods(u"meta"_s), QStringList{u"2025"_s});
    // Every entity's, each period once, in order.
    QStringList all;
    for (const QString &entity : model.entities())
        all += model.periods(entity);
    all.removeDuplicates();
    all.sort();
    QCOMPARE(model.periods(QString()), all);
    QVERIFY(all.size() > 1);

    options.entity.clear();
    options.metric = u"revenue"_s;
    model.setOptions(options);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.metricTitle(), u"Revenue"_s);
}

void TimelineModelTest::seriesAreContiguous()
{
    TimelineModel model;
    model.setResults(documents(), claims(), groups(), fixedRates());
    const QStringList series = model.seriesNames();
    QCOMPARE(series, (QStringList{u"Amazon"_s, u"Meta"_s, u"Microsoft"_s, u"Stargate"_s}));
    int expectedFirst = 0;
    for (const QString &name : series) {
        const auto [first, count] = model.seriesRows(name);
        QCOMPARE(first, expectedFirst);
        expectedFirst += count;
    }
    QCOMPARE(expectedFirst, model.rowCount());
}

void TimelineModelTest::claimsAtSamePlaceAreSpread()
{
    TimelineModel model;
    model.setResults(documents(), claims(), groups(), fixedRates());
    const auto [first, count] = model.seriesRows(u"Meta"_s);
    QCOMPARE(count, 3);
    QList<QDateTime> plotted;
    for (int row = first; row < first + count; ++row) {
        QCOMPARE(model.index(row, 0).data(TimelineModel::XRole).toDateTime().date(), QDate(2025, 7, 2)); // mid-2025
        plotted.append(model.index(row, TimelineModel::PlotDateColumn).data().toDateTime());
        QCOMPARE(plotted.constLast().date().year(), 2025); // never out of the period
    }
    // Spread apart, in publication order.
    QVERIFY(plotted.at(0) < plotted.at(1));
    QVERIFY(plotted.at(1) < plotted.at(2));
}

void TimelineModelTest::guidanceMode()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TimelineOptions options = fixedRates();
    options.mode = TimelineOptions::Mode::Guidance;
    options.entity = u"Meta"_s;
    options.period = u"2025"_s;
    model.setResults(documents(), claims(), groups(), options);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, TimelineModel::DateColumn).data().toDate(), QDate(2025, 1, 30));
    QCOMPARE(model.index(1, TimelineModel::DateColumn).data().toDate(), QDate(2025, 2, 10));
    QCOMPARE(model.index(2, TimelineModel::DateColumn).data().toDate(), QDate(2025, 7, 31));
    QCOMPARE(model.index(2, TimelineModel::LowColumn).data().toDouble(), 66.0);
    QCOMPARE(model.index(2, TimelineModel::HighColumn).data().toDouble(), 72.0);

    // An undated article cannot be placed by its date.
    QList<Document> undated = documents();
    undated[2].date.clear();
    model.setResults(undated, claims(), groups(), options);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.unplacedEntries().constFirst().placement, TimelineEntry::Placement::NoDate);
}

void TimelineModelTest::sourcesNumberedByDate()
{
    TimelineModel model;
    model.setResults(documents(), claims(), groups(), fixedRates());
    const QList<TimelineSource> sources = model.sources();
    QCOMPARE(sources.size(), 3);
    QCOMPARE(sources.at(0), (TimelineSource{1, u"a.txt"_s, u"Alpha spends"_s, u"2025-01-30"_s}));
    QCOMPARE(sources.at(2).documentId, u"c.txt"_s);
    QCOMPARE(model.index(model.rowOfClaim(u"c.txt#1"_s), 0).data(TimelineModel::SourceNumberRole).toInt(), 3);
    QCOMPARE(model.index(model.rowOfClaim(u"c.txt#1"_s), TimelineModel::SourceColumn).data().toString(), u"[3] Later view"_s);
}

void TimelineModelTest::json()
{
    TimelineModel model;
    model.setResults(documents(), claims(), groups(), fixedRates());
    const QJsonObject json = timelineToJson(model);
    QCOMPARE(json.value("format"_L1).toString(), u"recoupe-timeline-1"_s);
    QCOMPARE(json.value("points"_L1).toArray().size(), 6);
    const QJsonArray noPeriod = json.value("noPeriod"_L1).toArray();
    QCOMPARE(noPeriod.size(), 1);
    QCOMPARE(noPeriod.at(0).toObject().value("claim"_L1).toString(), u"a.txt#3"_s);
    QCOMPARE(json.value("sources"_L1).toArray().size(), 3);
    const QString csv = timelineToCsv(model);
    QCOMPARE(csv.count(u"\r\n"_s), 7); // header and six rows
    QVERIFY(csv.startsWith(u"claim,document,series"_s));
}

void TimelineModelTest::repeatedFigureIsOnePoint()
{
    // An article that gives its figure in the headline and twice in the body: one source, one
    // point; each of its claims finds that point. Another article's same figure stays its own.
    ClaimList list{makeClaim(u"a.txt#1"_s, u"Meta"_s, u"2025"_s, 65e9, 65e9, u"USD"_s),
                   makeClaim(u"a.txt#2"_s, u"Meta"_s, u"2025"_s, 65e9, 65e9, u"USD"_s),
                   makeClaim(u"a.txt#3"_s, u"Meta"_s, u"2025"_s, 65e9, 65e9, u"USD"_s),
                   makeClaim(u"a.txt#4"_s, u"Meta"_s, u"2025"_s, 72e9, 72e9, u"USD"_s),
                   makeClaim(u"b.txt#1"_s, u"Meta"_s, u"2025"_s, 65e9, 65e9, u"USD"_s)};
    QList<Document> docs = bareDocuments();
    writeClaimTexts(docs, list, [](const Claim &c) { return u"quote of "_s + c.id(); },
                    [](const Claim &c) { return u"Quote of "_s + c.id() + u'.'; });
    TimelineModel model;
    QAbstractItemModelTester tester(&model);
    model.setResults(docs, list, {});
    QCOMPARE(model.rowCount(), 3);
    const int row = model.rowOfClaim(u"a.txt#1"_s);
    QVERIFY(row >= 0);
    QCOMPARE(model.rowOfClaim(u"a.txt#2"_s), row);
    QCOMPARE(model.rowOfClaim(u"a.txt#3"_s), row);
    QCOMPARE(model.entryAt(row)->repeats, QStringList({u"a.txt#2"_s, u"a.txt#3"_s}));
    QVERIFY(model.rowOfClaim(u"a.txt#4"_s) != row);
    QVERIFY(model.rowOfClaim(u"b.txt#1"_s) != row);
}

// The window lays out the claims beside the grouping (layOutClaims), then marks what the
// groups name (markDiscrepancies): the same layout as layOut() at once, a disagreement named on
// any copy of a repeated figure included, and on figures left off the chart.
void TimelineModelTest::discrepancyOnARepeatMarksThePoint()
{
    ClaimList list{makeClaim(u"a.txt#1"_s, u"Meta"_s, u"2025"_s, 65e9, 65e9, u"USD"_s),
                   makeClaim(u"a.txt#2"_s, u"Meta"_s, u"2025"_s, 65e9, 65e9, u"USD"_s),
                   makeClaim(u"a.txt#3"_s, u"Meta"_s, QString(), 65e9, 65e9, u"USD"_s),
                   makeClaim(u"b.txt#1"_s, u"Meta"_s, u"2025"_s, 72e9, 72e9, u"USD"_s)};
    QList<Document> docs = bareDocuments();
    writeClaimTexts(docs, list, [](const Claim &c) { return u"quote of "_s + c.id(); },
                    [](const Claim &c) { return u"Quote of "_s + c.id() + u'.'; });
    ClaimGroup meta;
    meta.key = {u"Meta"_s, u"capex"_s, u"2025"_s};
    meta.claims = {u"a.txt#1"_s, u"a.txt#2"_s, u"b.txt#1"_s};
    meta.verdict = Verdict::Discrepancy;
    meta.reasons = {{u"amount"_s, {u"a.txt#2"_s, u"b.txt#1"_s}, u"65 against 72."_s},
                    {u"amount"_s, {u"a.txt#3"_s}, u"No period."_s},
                    {u"revision"_s, {u"a.txt#1"_s}, u"Raised later."_s}};
    const TimelineOptions options = fixedRates();

    TimelineModel::Layout whole = TimelineModel::layOut(docs, list, {meta}, options);
    TimelineModel::Layout halves = TimelineModel::layOutClaims(docs, list, options);
    for (const TimelineEntry &entry : std::as_const(halves.entries))
        QVERIFY(!entry.discrepancy);
    TimelineModel::markDiscrepancies(halves, {meta});

    QCOMPARE(halves.entries.size(), 2);
    QCOMPARE(whole.entries.size(), 2);
    for (qsizetype i = 0; i < whole.entries.size(); ++i) {
        QCOMPARE(halves.entries.at(i).claim.id(), whole.entries.at(i).claim.id());
        QCOMPARE(halves.entries.at(i).discrepancyExplanations, whole.entries.at(i).discrepancyExplanations);
        QCOMPARE(halves.entries.at(i).discrepancy, whole.entries.at(i).discrepancy);
    }
    QCOMPARE(halves.rowOfClaim, whole.rowOfClaim);
    // The point of a.txt#1 stands for a.txt#2 too, which the disagreement names.
    const TimelineEntry &point = halves.entries.at(halves.rowOfClaim.value(u"a.txt#1"_s));
    QCOMPARE(point.repeats, QStringList{u"a.txt#2"_s});
    QVERIFY(point.discrepancy);
    QCOMPARE(point.discrepancyExplanations, QStringList{u"65 against 72."_s});
    // A figure left off the chart keeps its own.
    QCOMPARE(halves.unplaced.size(), 1);
    QCOMPARE(halves.unplaced.constFirst().discrepancyExplanations, QStringList{u"No period."_s});
    QCOMPARE(whole.unplaced.constFirst().discrepancyExplanations, QStringList{u"No period."_s});
}

void TimelineModelTest::subYearPeriodsCanBeLeftOut()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model);
    model.setResults(documents(), claims(), groups());
    // Amazon's 2024-Q4 is a quarter beside years and longer periods.
    const int quarter = model.rowOfClaim(u"b.txt#3"_s);
    QVERIFY(quarter >= 0);
    QVERIFY(model.entryAt(quarter)->isSubYear());
    QVERIFY(!model.entryAt(model.rowOfClaim(u"a.txt#1"_s))->isSubYear()); // a year
    QVERIFY(!model.entryAt(model.rowOfClaim(u"b.txt#1"_s))->isSubYear()); // a pledge over years
    QCOMPARE(model.subYearCount(), 1);
    QCOMPARE(model.hiddenSubYearCount(), 0);
    const int rows = model.rowCount();

    TimelineOptions options = model.options();
    options.subYearPeriods = false;
    model.setOptions(options);
    QCOMPARE(model.rowCount(), rows - 1);
    QCOMPARE(model.rowOfClaim(u"b.txt#3"_s), -1);
    QCOMPARE(model.hiddenSubYearCount(), 1);
    QCOMPARE(model.subYearCount(), 1);
}

void TimelineModelTest::aggregatesSumUpAPeriod()
{
    TimelineModel model;
    model.setResults(documents(), claims(), groups());
    const QList<TimelineAggregate> meta = TimelineAggregate::fromModel(model, u"Meta"_s);
    // Meta's capex of 2025: 60-65 (62.5), ~65 and 66-72 (69) from three articles.
    QCOMPARE(meta.size(), 1);
    const TimelineAggregate &year = meta.constFirst();
    QCOMPARE(year.period, u"2025"_s);
    QCOMPARE(year.count(), 3);
    QCOMPARE(year.sources, 3);
    QCOMPARE(year.median, 65e9);
    QCOMPARE(year.lowest, 60e9);
    QCOMPARE(year.highest, 72e9);
    QCOMPARE(year.lowerQuartile, 63.75e9);
    QCOMPARE(year.upperQuartile, 67e9);
    QCOMPARE(model.entryAt(year.representativeRow(model))->claim.id(), u"b.txt#2"_s);
    // Every series and period once, every row in one of them.
    const QList<TimelineAggregate> all = TimelineAggregate::fromModel(model);
    int rows = 0;
    for (const TimelineAggregate &aggregate : all)
        rows += aggregate.count();
    QCOMPARE(rows, model.rowCount());
    QCOMPARE(all.size(), 4); // Amazon 2024-Q4, Meta 2025, Microsoft FY2025, Stargate 2025-2028
}

QTEST_GUILESS_MAIN(TimelineModelTest)
#include "tst_timelinemodel.moc"
