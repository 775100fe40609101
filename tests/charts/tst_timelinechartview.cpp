#include "chartrenderer.h"
#include "timelinechart.h"
#include "timelinechartview.h"

#include "claims/claimtestsupport.h"
#include "timelinescale.h"

#include "models/timelineaggregate.h"
#include "models/timelinemodel.h"

#include <QCategoryAxis>
#include <QHelpEvent>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

Claim makeClaim(const QString &id, const QString &entity, const QString &period, double low, double high,
                Qualifier qualifier = Qualifier::Exact)
{
    Claim claim;
    QString document;
    Claim::splitId(id, &document, &claim.number);
    claim.document = document;
    claim.entity = entity;
    claim.metric = u"capex"_s;
    claim.period = period;
    claim.low = low;
    claim.high = high;
    claim.currency = u"USD"_s;
    claim.qualifier = qualifier;
    return claim;
}

QList<Document> bareDocuments()
{
    Document a;
    a.id = u"a.txt"_s;
    a.title = u"First invented article"_s;
    a.date = u"2025-01-30"_s;
    Document b;
    b.id = u"b.txt"_s;
    b.title = u"Second invented article"_s;
    b.date = u"2025-03-02"_s;
    return {a, b};
}

// The claims and the documents, whose texts say "A sentence written for this test around figure <id>." for each.
std::pair<ClaimList, QList<Document>> sampleData(const QString &firstSentence = {})
{
    ClaimList claims{makeClaim(u"a.txt#1"_s, u"Meta"_s, u"2024"_s, 39e9, 39e9),
            makeClaim(u"a.txt#2"_s, u"Meta"_s, u"2025"_s, 60e9, 65e9, Qualifier::Range),
            makeClaim(u"b.txt#1"_s, u"Amazon"_s, u"2025-Q2"_s, 24e9, 24e9, Qualifier::Approx),
            makeClaim(u"b.txt#2"_s, u"Amazon"_s, u"2026"_s, 120e9, 120e9),
            makeClaim(u"b.txt#3"_s, u"Amazon"_s, {}, 10e9, 10e9)};
    QList<Document> documents = bareDocuments();
    const auto quote = [&](const Claim &c) { return c.number == 1 && c.document == u"a.txt"_s && !firstSentence.isEmpty() ? u"39"_s : u"figure "_s + c.id(); };
    writeClaimTexts(documents, claims, quote, [&](const Claim &c) {
        return c.number == 1 && c.document == u"a.txt"_s && !firstSentence.isEmpty() ? firstSentence
                                                                                   : u"A sentence written for this test around figure "_s + c.id() + u'.';
    });
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
    ClaimGroup group;
    group.key = {u"Amazon"_s, u"capex"_s, u"2026"_s};
    group.claims = {u"b.txt#2"_s};
    group.verdict = Verdict::Discrepancy;
    group.reasons = {{u"value_mismatch"_s, {u"b.txt#2"_s}, u"Another article says less."_s}};
    return {group};
}

} // namespace

class TimelineChartViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void seriesFromModel();
    void clickEmitsClaimId_data();
    void clickEmitsClaimId();
    void highlightChangesLook();
    void legendTogglesSeries();
    void followsModelReset();
    void hiddenViewLaysOutWhenShown();
    void renderer();
    void scaleCutsLongGaps();
    void gridShowsOneChartPerEntity();
    void gridRendersEveryEntity();
    void toolTipEscapesArticleText();
    void captionWrapsInsideThePicture();
    void legendFitsANarrowView();
    void quartersAreSquares();
    void crowdedChartSumsUpPeriods();
    void legendNamesEverySeriesInItsOwnColour_data();
    void legendNamesEverySeriesInItsOwnColour();
    void toolTipStaysUnderAStillPointer();

private:
    TimelineModel *m_model = nullptr;
    TimelineChartView *m_view = nullptr;
};

void TimelineChartViewTest::init()
{
    m_model = new TimelineModel(this);
    m_model->setResults(documents(), claims(), groups());
    m_view = new TimelineChartView;
    m_view->setModel(m_model);
    m_view->resize(1000, 640);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TimelineChartViewTest::cleanup()
{
    delete m_view;
    m_view = nullptr;
    delete m_model;
    m_model = nullptr;
}

void TimelineChartViewTest::seriesFromModel()
{
    TimelineChart *chart = m_view->timelineChart();
    int index = -1;
    QScatterSeries *meta = chart->seriesOfClaim(u"a.txt#2"_s, &index);
    QVERIFY(meta);
    QCOMPARE(meta->name(), u"Meta"_s);
    QCOMPARE(meta->count(), 2);
    // The mapper read x (on the chart's time scale: inside the claim's period, 2025) and y
    // (billions) from the model.
    QVERIFY(meta->at(index).x() > 2025 && meta->at(index).x() < 2026);
    QCOMPARE(chart->timeScale().map(QDate(2025, 7, 2)), 2025.5);
    QCOMPARE(meta->at(index).y(), 62.5);
    QVERIFY(chart->seriesOfClaim(u"b.txt#3"_s) == nullptr); // no period: not drawn
    QCOMPARE(chart->timeAxis()->categoriesLabels(), QStringList({u"2024"_s, u"2025"_s, u"2026"_s}));
    QVERIFY(chart->timeAxis()->min() < 2024.0 && chart->timeAxis()->min() > 2023.8);
    QVERIFY(chart->timeAxis()->max() > 2027.0 && chart->timeAxis()->max() < 2027.2);
    QVERIFY(chart->valueAxis()->titleText().contains(u"US dollars"_s));
}

void TimelineChartViewTest::clickEmitsClaimId_data()
{
    QTest::addColumn<QString>("claimId");
    QTest::newRow("plain") << u"a.txt#1"_s;
    QTest::newRow("range") << u"a.txt#2"_s;
    QTest::newRow("hedged") << u"b.txt#1"_s;
    QTest::newRow("under a discrepancy ring") << u"b.txt#2"_s;
}

void TimelineChartViewTest::clickEmitsClaimId()
{
    QFETCH(QString, claimId);
    QTRY_VERIFY(!m_view->claimPosition(claimId).isNull());
    const QPoint position = m_view->claimPosition(claimId);
    QVERIFY(m_view->viewport()->rect().contains(position));
    QSignalSpy activated(m_view, &TimelineChartView::claimActivated);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, position);
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().constFirst().toString(), claimId);
}

void TimelineChartViewTest::highlightChangesLook()
{
    TimelineChart *chart = m_view->timelineChart();
    int index = -1;
    QScatterSeries *series = chart->seriesOfClaim(u"a.txt#1"_s, &index);
    QVERIFY(series);
    QVERIFY(!series->pointConfiguration(index).contains(QXYSeries::PointConfiguration::Size));
    QCOMPARE(chart->highlightSeries()->count(), 0);

    QVERIFY(m_view->highlightClaim(u"a.txt#1"_s));
    QVERIFY(series->pointConfiguration(index).value(QXYSeries::PointConfiguration::Size).toReal() > series->markerSize());
    QCOMPARE(chart->highlightSeries()->count(), 1);
    QCOMPARE(chart->highlightSeries()->at(0), series->at(index));
    QCOMPARE(chart->highlightedClaim(), u"a.txt#1"_s);

    // Another claim moves the highlight; an unknown one clears it.
    QVERIFY(m_view->highlightClaim(u"b.txt#2"_s));
    QVERIFY(!series->pointConfiguration(index).contains(QXYSeries::PointConfiguration::Size));
    QVERIFY(!m_view->highlightClaim(u"b.txt#3"_s)); // no period: not on the chart
    QCOMPARE(chart->highlightSeries()->count(), 0);
}

void TimelineChartViewTest::legendTogglesSeries()
{
    TimelineChart *chart = m_view->timelineChart();
    QScatterSeries *amazon = chart->seriesOfClaim(u"b.txt#2"_s);
    QVERIFY(amazon);
    const QList<QLegendMarker *> markers = chart->legend()->markers(amazon);
    QCOMPARE(markers.size(), 1);
    QTRY_VERIFY(markers.constFirst()->isVisible());
    Q_EMIT markers.constFirst()->clicked();
    QVERIFY(!amazon->isVisible());
    QVERIFY(!chart->isSeriesShown(u"Amazon"_s));
    QVERIFY(markers.constFirst()->isVisible()); // still in the legend, to bring it back
    Q_EMIT markers.constFirst()->clicked();
    QVERIFY(amazon->isVisible());
}

void TimelineChartViewTest::followsModelReset()
{
    m_view->highlightClaim(u"a.txt#1"_s);
    TimelineOptions options;
    options.entity = u"Amazon"_s;
    m_model->setOptions(options);
    TimelineChart *chart = m_view->timelineChart();
    QVERIFY(chart->seriesOfClaim(u"a.txt#1"_s) == nullptr);
    QVERIFY(chart->seriesOfClaim(u"b.txt#2"_s));
    QCOMPARE(chart->highlightSeries()->count(), 0);
}

// A view behind another dock does not lay its chart out on every change of the model: it does
// when it shows again, or when asked about a point.
void TimelineChartViewTest::hiddenViewLaysOutWhenShown()
{
    TimelineChart *chart = m_view->timelineChart();
    QVERIFY(!chart->isOutOfDate());
    const QList<QAbstractSeries *> drawn = chart->series();
    m_view->hide();
    TimelineOptions options;
    options.entity = u"Amazon"_s;
    m_model->setOptions(options);
    QVERIFY(chart->isOutOfDate());
    // Nothing was laid out again: the series still draw the points of the previous model.
    QCOMPARE(chart->series(), drawn);
    const auto meta = [chart] {
        for (QAbstractSeries *series : chart->series()) {
            if (series->isVisible() && series->name() == u"Meta"_s)
                return true;
        }
        return false;
    };
    QVERIFY(meta());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QVERIFY(!chart->isOutOfDate());
    QVERIFY(!meta());
    QVERIFY(chart->seriesOfClaim(u"b.txt#2"_s));

    // Covered (its dock behind another), the same; a claim highlighted meanwhile is marked once
    // the chart is laid out.
    m_view->setCovered(true);
    m_model->setOptions({});
    QVERIFY(chart->isOutOfDate());
    QVERIFY(m_view->highlightClaim(u"a.txt#1"_s));
    QVERIFY(chart->isOutOfDate());
    m_view->setCovered(false);
    QVERIFY(!chart->isOutOfDate());
    QCOMPARE(chart->highlightSeries()->count(), 1);
    QCOMPARE(chart->highlightedClaim(), u"a.txt#1"_s);
    m_model->setOptions(options);
    QVERIFY(!chart->isOutOfDate());

    // Asked while hidden, it lays out at once.
    m_view->hide();
    m_model->setOptions({});
    QVERIFY(chart->isOutOfDate());
    QVERIFY(chart->seriesOfClaim(u"a.txt#1"_s));
    QVERIFY(!chart->isOutOfDate());
    QVERIFY(meta());
}

void TimelineChartViewTest::renderer()
{
    ChartRenderer renderer(m_model);
    ChartRenderOptions options;
    options.size = QSize(640, 400);
    options.scale = 2;
    const QImage image = renderer.renderImage(options);
    QCOMPARE(image.size(), QSize(1280, 800));
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
    options.transparent = true;
    QCOMPARE(renderer.renderImage(options).pixelColor(2, 2).alpha(), 0);

    const QByteArray svg = renderer.renderSvg(options);
    QXmlStreamReader xml(svg);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(text.contains(renderer.defaultTitle()));
    QVERIFY(text.contains(u"First invented article"_s));
    QVERIFY(renderer.sourcesCaption().contains(u"no period"_s));
}

void TimelineChartViewTest::scaleCutsLongGaps()
{
    // A pledge for 2030 beside figures for 2024 and 2025: the four empty years shrink to a break.
    const TimelineScale scale(QList<int>{2025, 2024, 2030, 2025});
    QCOMPARE(scale.bands().size(), 4);
    QVERIFY(scale.hasBreak());
    const TimelineScale::Band gap = scale.bands().at(2);
    QVERIFY(gap.isBreak);
    QCOMPARE(gap.firstYear, 2026);
    QCOMPARE(gap.lastYear, 2029);
    QCOMPARE(scale.minimum(), 2024.0);
    QCOMPARE(scale.maximum(), 2027.0 + TimelineScale::breakWidth);
    QVERIFY(qAbs(scale.map(QDate(2025, 7, 2)) - 2025.5) < 0.01);
    QVERIFY(qAbs(scale.map(QDate(2030, 7, 2)) - (2026.5 + TimelineScale::breakWidth)) < 0.01);
    QVERIFY(scale.map(QDate(2027, 6, 1)) > 2026 && scale.map(QDate(2027, 6, 1)) < 2026 + TimelineScale::breakWidth);
    // One empty year is kept as it is: it says something.
    const TimelineScale oneGap(QList<int>{2024, 2026});
    QCOMPARE(oneGap.bands().size(), 3);
    QVERIFY(!oneGap.hasBreak());
    QCOMPARE(oneGap.maximum(), 2027.0);
}

void TimelineChartViewTest::gridShowsOneChartPerEntity()
{
    QCOMPARE(m_view->charts().size(), 1);
    QVERIFY(!m_view->isGrid());
    m_view->highlightClaim(u"a.txt#1"_s);
    TimelineOptions options = m_model->options();
    options.layout = TimelineOptions::Layout::Grid;
    m_model->setOptions(options);
    QVERIFY(m_view->isGrid());
    const QList<TimelineChart *> charts = m_view->charts();
    QCOMPARE(charts.size(), 2);
    QCOMPARE(charts.at(0)->seriesFilter(), u"Amazon"_s);
    QCOMPARE(charts.at(0)->title(), u"Amazon"_s);
    QCOMPARE(charts.at(1)->seriesFilter(), u"Meta"_s);
    QVERIFY(!m_view->timelineChart()->isVisible());
    // The same years in every cell, each value axis its own.
    QCOMPARE(charts.at(0)->timeScale(), charts.at(1)->timeScale());
    QTRY_VERIFY(charts.at(0)->valueAxis()->max() >= 120); // Amazon: 120
    QVERIFY(charts.at(1)->valueAxis()->max() < 120);      // Meta: 65
    QCOMPARE(m_view->chartOfClaim(u"a.txt#1"_s), charts.at(1));
    QVERIFY(charts.at(0)->seriesOfClaim(u"a.txt#1"_s) == nullptr);
    // The highlight followed into the grid; a claim of the other cell moves it there.
    QCOMPARE(m_view->highlightedClaim(), u"a.txt#1"_s);
    QVERIFY(m_view->highlightClaim(u"b.txt#2"_s));
    QCOMPARE(charts.at(0)->highlightedClaim(), u"b.txt#2"_s);
    QVERIFY(charts.at(1)->highlightedClaim().isEmpty());

    // The cells fill the view side by side, and a click on a point of either opens it.
    QTRY_VERIFY(!m_view->claimPosition(u"a.txt#2"_s).isNull());
    for (const QString &claimId : {u"a.txt#2"_s, u"b.txt#1"_s}) {
        const QPoint position = m_view->claimPosition(claimId);
        QVERIFY(m_view->viewport()->rect().contains(position));
        QSignalSpy activated(m_view, &TimelineChartView::claimActivated);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, position);
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(activated.constFirst().constFirst().toString(), claimId);
    }
    QVERIFY(m_view->claimPosition(u"a.txt#2"_s).x() > m_view->claimPosition(u"b.txt#1"_s).x()
            || m_view->claimPosition(u"a.txt#2"_s).y() > m_view->claimPosition(u"b.txt#1"_s).y());

    // Back to one chart.
    options.layout = TimelineOptions::Layout::Single;
    m_model->setOptions(options);
    QVERIFY(!m_view->isGrid());
    QCOMPARE(m_view->charts(), QList<TimelineChart *>{m_view->timelineChart()});
    QCOMPARE(m_view->highlightedClaim(), u"b.txt#2"_s);
}

void TimelineChartViewTest::gridRendersEveryEntity()
{
    const auto svgText = [this] {
        ChartRenderOptions render;
        render.size = QSize(1200, 700);
        QXmlStreamReader xml(ChartRenderer(m_model).renderSvg(render));
        QString text;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::Characters)
                text += xml.text();
        }
        return xml.hasError() ? QString() : text;
    };
    const QString single = svgText();
    TimelineOptions options = m_model->options();
    options.layout = TimelineOptions::Layout::Grid;
    m_model->setOptions(options);
    const QString grid = svgText();
    QVERIFY(!grid.isEmpty());
    // Each cell is titled with its entity; the caption lists the sources once, as one chart does.
    QVERIFY(grid.contains(u"Amazon"_s));
    QVERIFY(grid.contains(u"Meta"_s));
    QVERIFY(grid.count(u"Second invented article"_s) > 0);
    QCOMPARE(grid.count(u"Second invented article"_s), single.count(u"Second invented article"_s));
    ChartRenderer renderer(m_model);
    QVERIFY(renderer.defaultSubtitle().contains(u"One chart per company"_s));
    ChartRenderOptions render;
    render.size = QSize(1200, 700);
    QCOMPARE(renderer.renderImage(render).size(), QSize(1200, 700));
}

void TimelineChartViewTest::toolTipEscapesArticleText()
{
    auto [list, docs] = sampleData(u"It spent <b>39</b> & more."_s);
    docs[0].title = u"Capex <script>alert(1)</script> & \"AI\""_s;
    TimelineModel model;
    model.setResults(docs, list, groups());
    TimelineChartView view;
    view.setModel(&model);
    const QString tip = view.claimToolTip(u"a.txt#1"_s);
    QVERIFY(!tip.isEmpty());
    QVERIFY(!tip.contains(u"<script>"_s));
    QVERIFY(!tip.contains(u"<b>39"_s));
    QVERIFY(tip.contains(u"&lt;script&gt;"_s));
    QVERIFY(tip.contains(u"&lt;b&gt;39&lt;/b&gt; &amp; more"_s));
    // The amount as the Figures table writes it, in the interface's language and number format.
    QVERIFY2(tip.contains(u"<b>Meta</b> · 2024 · 39 bn USD"_s), qPrintable(tip));
    // The discrepancy's explanation is text too.
    QVERIFY(view.claimToolTip(u"b.txt#2"_s).contains(u"Another article says less."_s));
    QVERIFY(view.claimToolTip(u"b.txt#3"_s).isEmpty()); // not on the chart
}

void TimelineChartViewTest::captionWrapsInsideThePicture()
{
    // A source whose title has no space to break at must still stay inside the picture.
    QList<Document> docs = documents();
    docs[1].title = QString(120, u'W');
    TimelineModel model;
    model.setResults(docs, claims(), groups());
    ChartRenderOptions options;
    options.size = QSize(500, 600);
    const QImage image = ChartRenderer(&model).renderImage(options).convertToFormat(QImage::Format_RGB32);
    for (int x = image.width() - 8; x < image.width(); ++x) {
        for (int y = 0; y < image.height(); ++y)
            QCOMPARE(image.pixelColor(x, y), QColor(Qt::white));
    }
}

void TimelineChartViewTest::legendFitsANarrowView()
{
    TimelineChart *chart = m_view->timelineChart();
    QVERIFY(chart->legend()->showToolTips()); // an elided name shows in full on hover
    const auto keysShown = [chart] {
        int shown = 0;
        for (QLegendMarker *marker : chart->legend()->markers()) {
            if (marker->label().startsWith(u"Hedged"_s) || marker->label() == u"Sources disagree"_s)
                shown += marker->isVisible() ? 1 : 0;
        }
        return shown;
    };
    QTRY_COMPARE(keysShown(), 2); // markers show once the legend is laid out
    // A dock as narrow as a side panel: the entities keep the room, the keys to the marks go
    // (the tooltips of the points explain them too); wide again, they come back.
    m_view->resize(340, 300);
    QTRY_COMPARE(keysShown(), 0);
    for (QScatterSeries *series : {chart->seriesOfClaim(u"a.txt#1"_s), chart->seriesOfClaim(u"b.txt#2"_s)})
        QVERIFY(chart->legend()->markers(series).constFirst()->isVisible());
    m_view->resize(1000, 640);
    QTRY_COMPARE(keysShown(), 2);
}

void TimelineChartViewTest::quartersAreSquares()
{
    // Amazon's 2025-Q2 figure is a quarter's: a square, never the round marker of a year beside it.
    TimelineChart *chart = m_view->timelineChart();
    QScatterSeries *quarter = chart->seriesOfClaim(u"b.txt#1"_s);
    QScatterSeries *year = chart->seriesOfClaim(u"b.txt#2"_s);
    QVERIFY(quarter && year);
    QCOMPARE(quarter->markerShape(), QScatterSeries::MarkerShapeRectangle);
    QCOMPARE(year->markerShape(), QScatterSeries::MarkerShapeCircle);
    QCOMPARE(quarter->color(), year->color()); // the same entity
    bool keyed = false;
    for (QLegendMarker *marker : chart->legend()->markers())
        keyed = keyed || marker->label() == u"Quarter or half-year"_s;
    QVERIFY(keyed);
    // Left out of the timeline, the quarter is gone from the chart.
    TimelineOptions options = m_model->options();
    options.subYearPeriods = false;
    m_model->setOptions(options);
    QVERIFY(chart->seriesOfClaim(u"b.txt#1"_s) == nullptr);
    QVERIFY(chart->seriesOfClaim(u"b.txt#2"_s));
}

void TimelineChartViewTest::crowdedChartSumsUpPeriods()
{
    // More figures than a reader can tell apart: one summary point per entity and period.
    ClaimList list;
    QList<Document> docs;
    const int articles = TimelineChart::aggregateThreshold + 50;
    for (int i = 0; i < articles; ++i) {
        Document document;
        document.id = document.path = u"n%1.txt"_s.arg(i);
        document.title = u"Invented article %1"_s.arg(i);
        document.date = u"2025-02-10"_s;
        docs.append(document);
        list.append(makeClaim(document.id + u"#1"_s, u"Meta"_s, i % 2 ? u"2025"_s : u"2024"_s, (60 + i % 10) * 1e9, (60 + i % 10) * 1e9));
    }
    list.append(makeClaim(u"n0.txt#2"_s, u"Amazon"_s, u"2025"_s, 100e9, 100e9));
    writeClaimTexts(docs, list, [](const Claim &c) { return u"figure "_s + c.id(); },
                    [](const Claim &c) { return u"A sentence written for this test around figure "_s + c.id() + u'.'; });
    TimelineModel model;
    model.setResults(docs, list, {});
    TimelineChartView view;
    view.setModel(&model);
    view.resize(1000, 640);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    TimelineChart *chart = view.timelineChart();
    QVERIFY(chart->isAggregated());
    int index = -1;
    QScatterSeries *meta = chart->seriesOfClaim(u"n1.txt#1"_s, &index);
    QVERIFY(meta);
    QCOMPARE(meta->count(), 2); // 2024 and 2025
    // Every figure of Meta's 2025 is drawn by the same point, the median.
    int other = -1;
    QCOMPARE(chart->seriesOfClaim(u"n3.txt#1"_s, &other), meta);
    QCOMPARE(other, index);
    QCOMPARE(meta->at(index).y(), 65.0); // 61, 63, 65, 67 and 69, as many times each
    const TimelineAggregate *aggregate = chart->aggregateOfClaim(u"n1.txt#1"_s);
    QVERIFY(aggregate);
    QCOMPARE(aggregate->count(), articles / 2);
    QVERIFY2(view.claimToolTip(u"n1.txt#1"_s).contains(u"225 figure"_s), qPrintable(view.claimToolTip(u"n1.txt#1"_s)));
    // A click opens the figure nearest the median.
    QTRY_VERIFY(!view.claimPosition(u"n1.txt#1"_s).isNull());
    QSignalSpy activated(&view, &TimelineChartView::claimActivated);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.claimPosition(u"n1.txt#1"_s));
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(model.entryAt(model.rowOfClaim(activated.constFirst().constFirst().toString()))->value(), 65e9);
    // One entity with few figures: its own points again.
    TimelineOptions options = model.options();
    options.entity = u"Amazon"_s;
    model.setOptions(options);
    QVERIFY(!chart->isAggregated());
    QVERIFY(chart->aggregateOfClaim(u"n0.txt#2"_s) == nullptr);
    QVERIFY(chart->seriesOfClaim(u"n0.txt#2"_s));
}

void TimelineChartViewTest::legendNamesEverySeriesInItsOwnColour_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("timeline") << int(TimelineOptions::Mode::Timeline);
    QTest::newRow("guidance over time") << int(TimelineOptions::Mode::Guidance);
}

void TimelineChartViewTest::legendNamesEverySeriesInItsOwnColour()
{
    // Fifteen entities (in guidance over time, each with two periods: thirty series).
    QFETCH(int, mode);
    ClaimList list;
    QList<Document> docs = bareDocuments();
    for (int i = 0; i < 15; ++i) {
        const QString entity = u"Company %1"_s.arg(QChar(u'A' + i));
        for (int k = 0; k <= i % 3; ++k)
            list.append(makeClaim(u"a.txt#%1"_s.arg(i * 10 + k + 1), entity, k % 2 ? u"2025"_s : u"2024"_s, (10 + i) * 1e9, (10 + i) * 1e9));
    }
    writeClaimTexts(docs, list, [](const Claim &c) { return u"figure "_s + c.id(); },
                    [](const Claim &c) { return u"A sentence written for this test around figure "_s + c.id() + u'.'; });
    TimelineModel model;
    TimelineOptions options;
    options.mode = TimelineOptions::Mode(mode);
    model.setResults(docs, list, {}, options);
    QVERIFY(model.seriesNames().size() >= 15);
    TimelineChartView view;
    view.setModel(&model);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    TimelineChart *chart = view.timelineChart();
    QStringList names;
    QList<QRgb> colours;
    for (QLegendMarker *marker : chart->legend()->markers()) {
        if (!marker->isVisible())
            continue;
        QVERIFY2(!marker->label().isEmpty(), "every legend entry is named");
        auto *series = qobject_cast<QScatterSeries *>(marker->series());
        if (!series || marker->label() == u"Sources disagree"_s || marker->label().startsWith(u"Hedged"_s))
            continue;
        names.append(marker->label());
        colours.append(series->color().rgb());
    }
    QCOMPARE(names.size(), TimelineChart::maxLegendSeries);
    QVERIFY2(names.constLast().startsWith(u"Other ("_s), qPrintable(names.join(u", "_s)));
    std::sort(colours.begin(), colours.end());
    QVERIFY2(std::adjacent_find(colours.cbegin(), colours.cend()) == colours.cend(), "no colour twice");
    // A column at the right names them: a row on top would elide fifteen names to dots.
    QCOMPARE(chart->legend()->alignment(), Qt::AlignRight);
    // Every figure is still drawn and opens its passage.
    for (const Claim &claim : std::as_const(list))
        QVERIFY2(chart->seriesOfClaim(claim.id()), qPrintable(claim.id()));
}

void TimelineChartViewTest::toolTipStaysUnderAStillPointer()
{
    TimelineChart *chart = m_view->timelineChart();
    QTRY_VERIFY(!m_view->claimPosition(u"a.txt#1"_s).isNull());
    const QPoint position = m_view->claimPosition(u"a.txt#1"_s);
    Q_EMIT chart->claimHovered(u"a.txt#1"_s, true); // what the point's hover does
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(u"around figure a.txt#1"_s));
    // Then the pointer rests and Qt asks for the tooltip of what lies under it: the point's stays
    // (the scene has no tooltip of its own, which used to hide it a second later).
    QHelpEvent help(QEvent::ToolTip, position, m_view->viewport()->mapToGlobal(position));
    QCoreApplication::sendEvent(m_view->viewport(), &help);
    // A negative: it must still be there once Qt's delay to hide a tooltip (300 ms) has passed.
    QTest::qWait(600);
    QVERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(u"around figure a.txt#1"_s));
    Q_EMIT chart->claimHovered(u"a.txt#1"_s, false);
    QTRY_VERIFY(!QToolTip::isVisible());
}

QTEST_MAIN(TimelineChartViewTest)
#include "tst_timelinechartview.moc"
