#include "chartrenderer.h"
#include "timelinechart.h"
#include "timelinechartview.h"

#include "models/timelinemodel.h"

#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

Claim makeClaim(const QString &id, const QString &entity, const QString &period, double low, double high,
                Qualifier qualifier = Qualifier::Exact)
{
    Claim claim;
    claim.id = id;
    claim.document = id.section(u'#', 0, 0);
    claim.entity = entity;
    claim.metric = u"capex"_s;
    claim.period = period;
    claim.low = low;
    claim.high = high;
    claim.currency = u"USD"_s;
    claim.qualifier = qualifier;
    claim.quote = u"figure "_s + id;
    claim.sentence = u"A sentence written for this test around figure "_s + id + u'.';
    return claim;
}

QList<Document> documents()
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

ClaimList claims()
{
    return {makeClaim(u"a.txt#1"_s, u"Meta"_s, u"2024"_s, 39e9, 39e9),
            makeClaim(u"a.txt#2"_s, u"Meta"_s, u"2025"_s, 60e9, 65e9, Qualifier::Range),
            makeClaim(u"b.txt#1"_s, u"Amazon"_s, u"2025-Q2"_s, 24e9, 24e9, Qualifier::Approx),
            makeClaim(u"b.txt#2"_s, u"Amazon"_s, u"2026"_s, 120e9, 120e9),
            makeClaim(u"b.txt#3"_s, u"Amazon"_s, {}, 10e9, 10e9)};
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
    void renderer();

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
    // The mapper read x (a QDateTime) and y (billions) from the model.
    const QModelIndex row = m_model->index(m_model->rowOfClaim(u"a.txt#2"_s), 0);
    QCOMPARE(meta->at(index).x(), qreal(row.data(TimelineModel::PlotXRole).toDateTime().toMSecsSinceEpoch()));
    QCOMPARE(meta->at(index).y(), 62.5);
    QVERIFY(chart->seriesOfClaim(u"b.txt#3"_s) == nullptr); // no period: not drawn
    QCOMPARE(chart->dateAxis()->min().date().year(), 2024);
    QCOMPARE(chart->dateAxis()->max().date().year(), 2027);
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

QTEST_MAIN(TimelineChartViewTest)
#include "tst_timelinechartview.moc"
