#include "analysissession.h"
#include "columnfitter.h"
#include "corpussession.h"
#include "exportchartdialog.h"
#include "figurespane.h"
#include "mainwindow.h"
#include "models/figuresmodel.h"
#include "models/timelinemodel.h"
#include "readingarea.h"
#include "readingcontroller.h"
#include "readingpane.h"
#include "settings/settings.h"
#include "testconfig.h"
#include "timelinechart.h"
#include "timelinechartview.h"
#include "timelinepane.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

// The reading view's selection writes paragraph breaks as U+2029 and keeps no-break spaces.
QString plain(QString text)
{
    text.replace(QChar::ParagraphSeparator, u' ');
    text.replace(QChar::Nbsp, u' ');
    text.replace(QChar(0x202F), u' ');
    return text.simplified();
}

} // namespace

// The Timeline dock over the bundled sample articles: its chart opens passages and follows the
// claim chosen elsewhere. The chart itself is tested in tests/charts.
class TestTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"recouperc"_s));
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy analysed(m_window->analysis(), &AnalysisSession::finished);
        m_window->openFolder(QStringLiteral(RECOUPE_SAMPLES_DIR));
        QVERIFY(analysed.wait(60000));
        m_pane = m_window->findChild<TimelinePane *>(u"timelinePane"_s);
        QVERIFY(m_pane);
        m_chart = m_pane->findChild<TimelineChartView *>(u"timelineChart"_s);
        QVERIFY(m_chart);
        auto *dock = m_window->findChild<QDockWidget *>(u"timelineDock"_s);
        QVERIFY(dock);
        dock->raise();
        QTRY_VERIFY(m_chart->isVisible());
        QTRY_VERIFY(m_chart->model()->rowCount() > 0);
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
    }

    void toolbarChoosesTheEntity()
    {
        auto *combo = m_pane->findChild<QComboBox *>(u"timelineEntityCombo"_s);
        QVERIFY(combo);
        QCOMPARE(combo->itemText(0), u"All entities"_s);
        QCOMPARE(combo->count(), m_chart->model()->entities().size() + 1);
        QVERIFY(combo->count() > 2);
        const int all = m_chart->model()->rowCount();
        combo->setCurrentIndex(1);
        const QString entity = combo->currentText();
        QCOMPARE(m_chart->model()->options().entity, entity);
        QVERIFY(m_chart->model()->rowCount() > 0);
        QVERIFY(m_chart->model()->rowCount() < all);
        for (const TimelineEntry &entry : m_chart->model()->entries())
            QCOMPARE(entry.claim.entity, entity);
        QVERIFY(m_pane->findChild<QPushButton *>(u"exportChartButton"_s)->isEnabled());
        QVERIFY(m_window->findChild<QAction *>(u"exportChartAction"_s)->isEnabled());
    }

    // A date set in Properties analyses the folder again: the lists empty, then fill again, and
    // the entity chosen (and the period followed) must still be the one drawn.
    void choiceSurvivesAnotherAnalysis()
    {
        auto *entities = m_pane->entityCombo();
        auto *mode = m_pane->findChild<QComboBox *>(u"timelineModeCombo"_s);
        auto *period = m_pane->findChild<QComboBox *>(u"timelinePeriodCombo"_s);
        QVERIFY(mode && period);
        mode->setCurrentIndex(mode->findData(int(TimelineOptions::Mode::Guidance)));
        entities->setCurrentIndex(1);
        const QString entity = entities->currentData().toString();
        QVERIFY(period->count() > 1);
        period->setCurrentIndex(1);
        const QString followed = period->currentData().toString();
        QCOMPARE(m_chart->model()->options().period, followed);

        QSignalSpy analysed(m_window->analysis(), &AnalysisSession::finished);
        QSignalSpy shown(m_pane, &TimelinePane::resultsShown);
        m_window->analysis()->analyse(m_window->session()->folder(), m_window->session()->corpus().documents);
        QVERIFY(analysed.wait(60000));
        QTRY_COMPARE(shown.size(), 1); // laid out on a worker
        QCOMPARE(entities->currentData().toString(), entity);
        QCOMPARE(m_chart->model()->options().entity, entity);
        QCOMPARE(period->currentData().toString(), followed);
        QCOMPARE(m_chart->model()->options().period, followed);
        QCOMPARE(m_chart->model()->options().mode, TimelineOptions::Mode::Guidance);
        // "All" chosen is a choice too.
        entities->setCurrentIndex(0);
        m_window->analysis()->analyse(m_window->session()->folder(), m_window->session()->corpus().documents);
        QVERIFY(analysed.wait(60000));
        QTRY_COMPARE(shown.size(), 2);
        QCOMPARE(entities->currentIndex(), 0);
        QVERIFY(m_chart->model()->rowCount() > 0);
    }

    // The analysis's worker lays the timeline out with the figures: the chart is ready when the
    // groups arrive, with no layout after them (on 2,000 articles it added a tenth of a second).
    void laidOutOnTheAnalysisWorker()
    {
        m_pane->entityCombo()->setCurrentIndex(1);
        const QString entity = m_pane->entityCombo()->currentData().toString();
        const int rows = m_chart->model()->rowCount();
        bool layingOutAtArrival = true;
        int rowsAtArrival = -1;
        QSignalSpy shown(m_pane, &TimelinePane::resultsShown);
        // Connected after the window's own handler: runs once the pane has had the results.
        connect(m_window->analysis(), &AnalysisSession::groupsReady, this, [&] {
            layingOutAtArrival = m_pane->isLayingOut();
            rowsAtArrival = m_chart->model()->rowCount();
        }, Qt::SingleShotConnection);
        QSignalSpy analysed(m_window->analysis(), &AnalysisSession::finished);
        m_window->analysis()->analyse(m_window->session()->folder(), m_window->session()->corpus().documents);
        QVERIFY(analysed.wait(60000));
        QVERIFY(!layingOutAtArrival);
        QCOMPARE(rowsAtArrival, rows);
        QCOMPARE(shown.size(), 1);
        QVERIFY(m_window->analysis()->timelineLayout().has_value());
        QCOMPARE(m_window->analysis()->timelineLayoutOptions().entity, entity);
        QCOMPARE(m_chart->model()->options().entity, entity);

        // Laid out in two halves beside the grouping: the same points and disagreements as the
        // layout made at once from the results.
        const TimelineModel::Layout direct = TimelineModel::layOut(m_window->session()->corpus().documents, m_window->analysis()->claims(),
                                                                   m_window->analysis()->groups(), m_chart->model()->options());
        const QList<TimelineEntry> entries = m_chart->model()->entries();
        QCOMPARE(entries.size(), direct.entries.size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QCOMPARE(entries.at(i).claim.id(), direct.entries.at(i).claim.id());
            QCOMPARE(entries.at(i).discrepancyExplanations, direct.entries.at(i).discrepancyExplanations);
        }
    }

    // The samples' planted disagreements reach the chart through the worker's layout.
    void disagreementsMarkedOnTheChart()
    {
        m_pane->entityCombo()->setCurrentIndex(0);
        QTRY_VERIFY(!m_pane->isLayingOut());
        QSignalSpy analysed(m_window->analysis(), &AnalysisSession::finished);
        m_window->analysis()->analyse(m_window->session()->folder(), m_window->session()->corpus().documents);
        QVERIFY(analysed.wait(60000));
        QTRY_VERIFY(!m_pane->isLayingOut());
        const QList<TimelineEntry> shown = m_chart->model()->entries();
        QVERIFY(std::any_of(shown.cbegin(), shown.cend(), [](const TimelineEntry &entry) { return entry.discrepancy; }));
    }

    // A choice made while the analysis runs is not the one its worker laid out: the pane lays
    // the results out again for the choice shown.
    void aChoiceMadeDuringTheAnalysisWins()
    {
        auto *metric = m_pane->findChild<QComboBox *>(u"timelineMetricCombo"_s);
        QVERIFY(metric);
        QVERIFY(metric->count() > 1);
        const QString before = metric->currentData().toString();
        QSignalSpy started(m_window->analysis(), &AnalysisSession::started);
        QSignalSpy shown(m_pane, &TimelinePane::resultsShown);
        QSignalSpy analysed(m_window->analysis(), &AnalysisSession::finished);
        m_window->analysis()->analyse(m_window->session()->folder(), m_window->session()->corpus().documents);
        QCOMPARE(started.size(), 1);
        const int other = metric->currentIndex() == 0 ? 1 : 0;
        metric->setCurrentIndex(other);
        const QString chosen = metric->currentData().toString();
        QVERIFY(chosen != before);
        QVERIFY(analysed.wait(60000));
        QTRY_VERIFY(!shown.isEmpty());
        QTRY_VERIFY(!m_pane->isLayingOut());
        QCOMPARE(m_window->analysis()->timelineLayoutOptions().metric, before);
        QCOMPARE(m_chart->model()->options().metric, chosen);
        QCOMPARE(metric->currentData().toString(), chosen);
        for (const TimelineEntry &entry : m_chart->model()->entries())
            QCOMPARE(entry.claim.metric, chosen);
    }

    // Quarters beside years: a toggle leaves them out, and says how many it hides.
    void quartersCanBeLeftOut()
    {
        QCheckBox *quarters = m_pane->subYearCheck();
        if (m_chart->model()->subYearCount() == 0)
            QSKIP("the samples give no quarter's figure of this metric");
        QVERIFY(quarters->isVisibleTo(m_pane));
        QVERIFY(quarters->isChecked());
        const int rows = m_chart->model()->rowCount();
        quarters->click();
        QCOMPARE(m_chart->model()->hiddenSubYearCount(), m_chart->model()->subYearCount());
        QVERIFY(m_chart->model()->rowCount() < rows);
        for (const TimelineEntry &entry : m_chart->model()->entries())
            QVERIFY(!entry.isSubYear());
        QVERIFY(quarters->text().contains(QString::number(m_chart->model()->hiddenSubYearCount())));
        quarters->click();
        QCOMPARE(m_chart->model()->rowCount(), rows);
    }

    void clickingAPointOpensItsPassage_data()
    {
        QTest::addColumn<int>("layout");
        QTest::newRow("one chart") << int(TimelineOptions::Layout::Single);
        QTest::newRow("chart per entity") << int(TimelineOptions::Layout::Grid);
    }

    void clickingAPointOpensItsPassage()
    {
        QFETCH(int, layout);
        // Several reading panes: the passage opens in the pane that shows its article, or in the current one.
        ReadingArea *area = m_window->readingArea();
        while (area->paneCount() < 3)
            QVERIFY(area->addPane());
        auto *layoutCombo = m_pane->findChild<QComboBox *>(u"timelineLayoutCombo"_s);
        QVERIFY(layoutCombo);
        layoutCombo->setCurrentIndex(layoutCombo->findData(layout));
        QCOMPARE(int(m_chart->model()->options().layout), layout);
        QCOMPARE(m_chart->isGrid(), layout == int(TimelineOptions::Layout::Grid));
        // The dock was just raised: the chart places its points once laid out.
        QTRY_VERIFY(!separatePoint().isEmpty());
        const QString claimId = separatePoint();
        const Claim *claim = m_window->analysis()->claim(claimId);
        QVERIFY(claim);
        const QPoint position = m_chart->claimPosition(claimId);
        QVERIFY(m_chart->viewport()->rect().contains(position));
        QTest::mouseClick(m_chart->viewport(), Qt::LeftButton, {}, position);

        QTRY_VERIFY(area->paneShowing(claim->document));
        ReadingPane *pane = area->paneShowing(claim->document);
        QTRY_COMPARE(pane->currentClaim(), claimId);
        const QTextCursor cursor = pane->view()->textCursor();
        QCOMPARE(plain(cursor.selectedText()), plain(claim->quote(m_window->session()->document(claim->document)->text)));
        QCOMPARE(cursor.selectionStart(), claim->start);
        // Scrolled into view.
        QVERIFY(pane->view()->viewport()->rect().intersects(pane->view()->cursorRect(cursor)));
        QCOMPARE(m_chart->highlightedClaim(), claimId);
    }

    // Done when: "selects a claim in a pane and checks that its point is highlighted".
    void selectingAClaimInAPaneHighlightsItsPoint_data()
    {
        QTest::addColumn<int>("layout");
        QTest::newRow("one chart") << int(TimelineOptions::Layout::Single);
        QTest::newRow("chart per entity") << int(TimelineOptions::Layout::Grid);
    }

    void selectingAClaimInAPaneHighlightsItsPoint()
    {
        QFETCH(int, layout);
        auto *layoutCombo = m_pane->findChild<QComboBox *>(u"timelineLayoutCombo"_s);
        layoutCombo->setCurrentIndex(layoutCombo->findData(layout));
        ReadingArea *area = m_window->readingArea();
        if (area->paneCount() < 2)
            QVERIFY(area->addPane());
        // The last pane (not the first one), on the article of the chart's last point.
        ReadingPane *pane = area->pane(area->paneCount() - 1);
        const TimelineModel *model = m_chart->model();
        QVERIFY(model->rowCount() > 0);
        const QString documentId = model->entryAt(model->rowCount() - 1)->claim.document;
        m_window->readingController()->showDocumentInPane(pane, documentId);
        QTRY_COMPARE(pane->documentId(), documentId);
        QTRY_VERIFY(!pane->claimMarks().isEmpty());

        // Ctrl+Right from the top, as a reader walks the figures, until one the chart places.
        pane->view()->setFocus();
        QTRY_VERIFY(pane->view()->hasFocus());
        pane->view()->moveCursor(QTextCursor::Start);
        QString selected;
        for (qsizetype i = 0; i <= pane->claimMarks().size() && selected.isEmpty(); ++i) {
            QTest::keyClick(pane->view(), Qt::Key_Right, Qt::ControlModifier);
            const QString current = pane->currentClaim();
            if (!current.isEmpty() && model->rowOfClaim(current) >= 0)
                selected = current;
        }
        QVERIFY2(!selected.isEmpty(), qPrintable(documentId));
        QCOMPARE(m_chart->highlightedClaim(), selected);
        TimelineChart *chart = m_chart->chartOfClaim(selected);
        QVERIFY(chart);
        int index = -1;
        QScatterSeries *series = chart->seriesOfClaim(selected, &index);
        QVERIFY(series);
        QCOMPARE(chart->highlightSeries()->count(), 1);
        QCOMPARE(chart->highlightSeries()->at(0), series->at(index));
        QVERIFY(chart->highlightSeries()->isVisible());
        if (layout == int(TimelineOptions::Layout::Grid))
            QCOMPARE(chart->seriesFilter(), model->entryAt(model->rowOfClaim(selected))->series);

        // The mark follows the reader to the next placed figure, or leaves the chart.
        QTest::keyClick(pane->view(), Qt::Key_Right, Qt::ControlModifier);
        const QString next = pane->currentClaim();
        if (!next.isEmpty() && next != selected)
            QCOMPARE(m_chart->highlightedClaim(), model->rowOfClaim(next) >= 0 ? next : QString());
    }

    void choosingAFigureHighlightsItsPoint()
    {
        QTableView *figures = m_window->figuresPane()->view();
        // The last point drawn, so that it is not the one a previous choice left highlighted.
        const QString claimId = m_chart->model()->entryAt(m_chart->model()->rowCount() - 1)->claim.id();
        const QModelIndexList found = figures->model()->match(figures->model()->index(0, 0), FiguresModel::ClaimIdRole, claimId, 1,
                                                              Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        figures->setCurrentIndex(found.constFirst());
        QCOMPARE(m_window->figuresPane()->currentClaimId(), claimId);
        QCOMPARE(m_chart->highlightedClaim(), claimId);
        QVERIFY(m_window->readingArea()->paneShowing(m_window->analysis()->claim(claimId)->document));
    }

    void noPeriodListOpensItsPassage()
    {
        auto *list = m_pane->findChild<QTreeWidget *>(u"noPeriodList"_s);
        QVERIFY(list);
        const QList<TimelineEntry> entries = m_chart->model()->noPeriodEntries();
        QCOMPARE(list->topLevelItemCount(), entries.size());
        if (entries.isEmpty())
            QSKIP("every capex figure of the samples states a period");
        const Claim &claim = entries.constFirst().claim;
        QTreeWidgetItem *item = list->topLevelItem(0);
        QCOMPARE(item->text(0), entries.constFirst().series);
        QTRY_VERIFY(list->isVisible());
        list->scrollToItem(item);
        QTRY_VERIFY(list->viewport()->rect().contains(list->visualItemRect(item).center()));
        const QRect rect = list->visualItemRect(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_VERIFY(m_window->readingArea()->paneShowing(claim.document));
        ReadingPane *pane = m_window->readingArea()->paneShowing(claim.document);
        QTRY_COMPARE(plain(pane->view()->textCursor().selectedText()), plain(entries.constFirst().quote));
    }

    // Behind Comparisons (where they sit when a folder opens), the Timeline and Figures docks stay
    // visible to Qt, moved off the window: the chart, the list of figures without a period and
    // the Figures columns wait until their dock is raised.
    void coveredDocksWaitToBeRaised()
    {
        auto *comparisons = m_window->findChild<QDockWidget *>(u"comparisonsDock"_s);
        auto *timeline = m_window->findChild<QDockWidget *>(u"timelineDock"_s);
        auto *figures = m_window->findChild<QDockWidget *>(u"figuresDock"_s);
        QVERIFY(comparisons && timeline && figures);
        const QList<ColumnFitter *> fitters = m_window->figuresPane()->findChildren<ColumnFitter *>();
        QVERIFY(!fitters.isEmpty());
        QVERIFY(!m_chart->model()->noPeriodEntries().isEmpty());
        // A claim chosen elsewhere is followed through the new analysis without laying out.
        const QString chosen = m_chart->model()->entryAt(0)->claim.id();
        QVERIFY(m_chart->highlightClaim(chosen));
        comparisons->raise();
        QTRY_VERIFY(timeline->visibleRegion().isEmpty());
        QVERIFY(m_pane->isVisible()); // what Qt says of a covered dock's contents
        const int fitted = fitters.constFirst()->fitCount();

        QSignalSpy analysed(m_window->analysis(), &AnalysisSession::finished);
        QSignalSpy shown(m_pane, &TimelinePane::resultsShown);
        m_window->analysis()->analyse(m_window->session()->folder(), m_window->session()->corpus().documents);
        QVERIFY(analysed.wait(60000));
        QTRY_COMPARE(shown.size(), 1);
        QTest::qWait(200); // the fitter's turn of the event loop, and more
        TimelineChart *chart = m_chart->timelineChart();
        QVERIFY(chart->isOutOfDate());
        auto *list = m_pane->findChild<QTreeWidget *>(u"noPeriodList"_s);
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 0);
        QCOMPARE(fitters.constFirst()->fitCount(), fitted);

        timeline->raise();
        QTRY_VERIFY(!chart->isOutOfDate());
        QCOMPARE(list->topLevelItemCount(), m_chart->model()->noPeriodEntries().size());
        QCOMPARE(m_chart->highlightedClaim(), chosen);
        QCOMPARE(chart->highlightSeries()->count(), 1);
        QVERIFY(m_chart->timelineChart()->seriesOfClaim(m_chart->model()->entryAt(0)->claim.id()));
        figures->raise();
        QTRY_COMPARE(fitters.constFirst()->fitCount(), fitted + 1);
    }

    // Behind another dock, the pane counts the figures without a period at once and lists them
    // when it shows.
    void noPeriodListFilledWhenShown()
    {
        ClaimList claims = m_window->analysis()->claims();
        int cleared = 0;
        for (Claim &claim : claims) {
            if (claim.metric == u"capex"_s && !claim.period.isEmpty() && cleared < 2) {
                claim.period.clear();
                ++cleared;
            }
        }
        QCOMPARE(cleared, 2);
        TimelinePane pane;
        QSignalSpy shown(&pane, &TimelinePane::resultsShown);
        pane.setResults(m_window->session()->corpus().documents, claims, m_window->analysis()->groups(), std::nullopt, {});
        QVERIFY(shown.wait());
        const qsizetype noPeriod = pane.model()->noPeriodEntries().size();
        QVERIFY(noPeriod >= 2);
        auto *list = pane.findChild<QTreeWidget *>(u"noPeriodList"_s);
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 0);
        const QList<QLabel *> labels = pane.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [noPeriod](QLabel *label) {
            return label->text() == u"No period stated: %1"_s.arg(noPeriod);
        }));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QCOMPARE(list->topLevelItemCount(), noPeriod);
    }

    void exportWritesTheFile_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("png") << u"chart.png"_s;
        QTest::newRow("svg") << u"chart.svg"_s;
        QTest::newRow("csv") << u"chart.csv"_s;
        QTest::newRow("json") << u"chart.json"_s;
    }

    void exportWritesTheFile()
    {
        QFETCH(QString, fileName);
        QTemporaryDir out;
        QVERIFY(out.isValid());
        m_window->findChild<QAction *>(u"exportChartAction"_s)->trigger();
        ExportChartDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ExportChartDialog *>(u"exportChartDialog"_s)));
        QVERIFY(dialog->isVisible());
        dialog->setPath(out.filePath(fileName));
        QSignalSpy saved(dialog, &ExportChartDialog::saved);
        dialog->accept();
        QCOMPARE(saved.size(), 1);
        QVERIFY(QFileInfo(out.filePath(fileName)).size() > 0);
    }

private:
    // A placed claim whose point no other point touches, so that a click cannot reach another one.
    QString separatePoint() const
    {
        const TimelineModel *model = m_chart->model();
        QString best;
        int bestDistance = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString id = model->entryAt(row)->claim.id();
            const QPoint position = m_chart->claimPosition(id);
            if (position.isNull() || !m_chart->viewport()->rect().adjusted(8, 8, -8, -8).contains(position))
                continue;
            int nearest = std::numeric_limits<int>::max();
            for (int other = 0; other < model->rowCount(); ++other) {
                if (other == row)
                    continue;
                const QPoint there = m_chart->claimPosition(model->entryAt(other)->claim.id());
                if (!there.isNull())
                    nearest = std::min(nearest, (there - position).manhattanLength());
            }
            if (nearest > bestDistance) {
                bestDistance = nearest;
                best = id;
            }
        }
        return best;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    TimelinePane *m_pane = nullptr;
    TimelineChartView *m_chart = nullptr;
};

QTEST_MAIN(TestTimeline)
#include "tst_gui_timeline.moc"
