#include "analysissession.h"
#include "comparisonspane.h"
#include "connectorhandle.h"
#include "corpussession.h"
#include "documentspane.h"
#include "findbar.h"
#include "findinfolderpane.h"
#include "mainwindow.h"
#include "models/claimgroupsmodel.h"
#include "models/searchresultsmodel.h"
#include "readingarea.h"
#include "readingcontroller.h"
#include "readingpane.h"
#include "readingsplitter.h"
#include "reading/passagealignment.h"
#include "settings/settings.h"
#include "foldercopy.h"
#include "testconfig.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

bool inView(ReadingPane *pane, const ClaimMark &mark)
{
    const QList<QRect> rects = pane->view()->rangeRects(mark.start, mark.end);
    return !rects.isEmpty() && pane->view()->viewport()->rect().contains(rects.constFirst());
}

} // namespace

// Side-by-side reading driven as a reader does: panes, clicks on figures, F3, both finds, linked
// scrolling, and the layout found again after a restart. On a copy of the sample articles.
class TestReading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.filePath(u"samples"_s);
        QVERIFY(copyFolder(QStringLiteral(RECOUPE_SAMPLES_DIR), m_folder));
    }

    void init()
    {
        QFile::remove(m_folder + u"/.recoupe/layout.json"_s);
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"recouperc"_s));
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
    }

    void opensTwoPanesOnFirstArticles()
    {
        ReadingArea *area = m_window->readingArea();
        QCOMPARE(area->paneCount(), 2);
        QVERIFY(area->pane(0)->hasDocument());
        QVERIFY(area->pane(1)->hasDocument());
        QVERIFY(area->pane(0)->documentId() != area->pane(1)->documentId());
        // The current pane's article is the one chosen in the Documents list.
        QCOMPARE(m_window->documentsPane()->currentDocumentId(), area->currentPane()->documentId());
    }

    void addAndClosePanes()
    {
        ReadingArea *area = m_window->readingArea();
        QAction *add = m_window->findChild<QAction *>(u"addPaneAction"_s);
        QAction *close = m_window->findChild<QAction *>(u"closePaneAction"_s);
        add->trigger();
        add->trigger();
        QCOMPARE(area->paneCount(), 4);
        QVERIFY(!add->isEnabled());
        QSet<QString> shown;
        for (ReadingPane *pane : area->panes())
            shown.insert(pane->documentId());
        QCOMPARE(shown.size(), 4);
        close->trigger();
        QCOMPARE(area->paneCount(), 3);
        // The close button of a pane closes it; the last pane cannot be closed.
        QTest::mouseClick(area->pane(0)->findChild<QWidget *>(u"closePaneButton"_s), Qt::LeftButton);
        QTRY_COMPARE(area->paneCount(), 2);
        close->trigger();
        QCOMPARE(area->paneCount(), 1);
        QVERIFY(!close->isEnabled());
        close->trigger();
        QCOMPARE(area->paneCount(), 1);
    }

    void chooseArticleInPaneBar()
    {
        ReadingPane *pane = m_window->readingArea()->pane(1);
        auto *chooser = pane->findChild<QComboBox *>(u"documentChooser"_s);
        QVERIFY(chooser);
        const int row = chooser->findText(u"Oracle bets its balance sheet on AI"_s);
        QVERIFY(row >= 0);
        chooser->setFocus();
        chooser->setCurrentIndex(row);
        Q_EMIT chooser->activated(row);
        QCOMPARE(pane->documentId(), u"oracle-ai-bet-january-2026.txt"_s);
        QCOMPARE(m_window->readingArea()->currentPane(), pane);
    }

    // View > Show Whole Page: the saved page's chrome, one click away, in the current pane only;
    // another article, or the action again, brings the article back.
    void showWholePage()
    {
        ReadingPane *pane = m_window->readingArea()->currentPane();
        QAction *whole = m_window->findChild<QAction *>(u"showWholePageAction"_s);
        QVERIFY(whole);
        auto *view = pane->findChild<QWidget *>(u"wholePageView"_s);
        QVERIFY(view);
        m_window->readingController()->showDocumentInPane(pane, u"oracle-ai-bet-january-2026.txt"_s);
        QVERIFY(!whole->isEnabled()); // a text file has no page around it

        QVERIFY(m_window->documentsPane()->selectDocument(u"coreweave-capex-may-2025.html"_s));
        QTRY_COMPARE(pane->documentId(), u"coreweave-capex-may-2025.html"_s);
        QVERIFY(whole->isEnabled());
        QVERIFY(!pane->view()->toPlainText().contains(u"$120 a share"_s));
        whole->trigger();
        QVERIFY(pane->isShowingWholePage());
        QVERIFY(whole->isChecked());
        QVERIFY(view->isVisible());
        QVERIFY(!pane->view()->isVisible());
        const QString text = static_cast<QPlainTextEdit *>(view)->toPlainText();
        QVERIFY(text.contains(u"$120 a share"_s));
        QVERIFY(text.contains(u"between $20 billion and $23 billion"_s));
        // The claims are still only the article's.
        for (const Claim &claim : m_window->analysis()->claims())
            QVERIFY(claim.document != pane->documentId() || !claim.sentence(pane->view()->toPlainText()).contains(u"$120"_s));
        whole->trigger();
        QVERIFY(!pane->isShowingWholePage());
        QVERIFY(pane->view()->isVisible());

        whole->trigger();
        QVERIFY(pane->isShowingWholePage());
        m_window->readingController()->showDocumentInPane(pane, u"oracle-ai-bet-january-2026.txt"_s);
        QVERIFY(!pane->isShowingWholePage());
    }

    void clickFigureLinksPeersInOtherPanes()
    {
        const QStringList documents = showDiscrepancyInThreePanes();
        ReadingArea *area = m_window->readingArea();
        ReadingPane *first = area->pane(0);
        // A figure of the group in the first pane, clicked.
        const ClaimGroup group = m_group;
        ClaimMark target;
        for (const ClaimMark &mark : first->claimMarks()) {
            if (group.claims.contains(mark.claimId)) {
                target = mark;
                break;
            }
        }
        QVERIFY(!target.claimId.isEmpty());
        // Start from no group chosen, the other panes at their top.
        m_window->comparisonsPane()->groupsView()->setCurrentIndex({});
        for (ReadingPane *pane : area->panes())
            pane->view()->verticalScrollBar()->setValue(0);
        first->selectClaim(target.claimId);
        const QRect rect = first->view()->rangeRects(target.start, target.end).constFirst();
        QSignalSpy selected(m_window->comparisonsPane(), &ComparisonsPane::currentGroupChanged);
        QTest::mouseClick(first->view()->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_VERIFY(!selected.isEmpty());
        const ClaimGroup *chosen = m_window->comparisonsPane()->currentGroup();
        QVERIFY(chosen);
        QVERIFY(chosen->claims.contains(target.claimId));
        // Every other pane marks its peer claims as selected and shows one of them.
        for (int i = 1; i < area->paneCount(); ++i) {
            ReadingPane *pane = area->pane(i);
            bool visible = false;
            int marked = 0;
            for (const ClaimMark &mark : pane->claimMarks()) {
                if (mark.selected) {
                    ++marked;
                    QVERIFY(chosen->claims.contains(mark.claimId));
                    visible = visible || inView(pane, mark);
                }
            }
            QVERIFY2(marked > 0, qPrintable(pane->documentId()));
            QVERIFY2(visible, qPrintable(u"the peer claim is not scrolled into view in "_s + pane->documentId()));
        }
        // The gutters join the claims.
        QCOMPARE(area->linkedClaims(), chosen->claims);
        auto *gutter = qobject_cast<ConnectorHandle *>(area->splitter()->handle(1));
        QVERIFY(gutter);
        QVERIFY(!gutter->bands().isEmpty());
        Q_UNUSED(documents);
    }

    void discrepancyHasTooltipAndColour()
    {
        showDiscrepancyInThreePanes();
        ReadingPane *pane = m_window->readingArea()->pane(0);
        bool found = false;
        for (const ClaimMark &mark : pane->claimMarks()) {
            if (!m_group.claims.contains(mark.claimId))
                continue;
            found = true;
            QVERIFY(mark.discrepancy);
            QVERIFY(mark.colourIndex >= 0);
            QVERIFY2(mark.toolTip.contains(u"disagree"_s), qPrintable(mark.toolTip));
            QVERIFY2(mark.toolTip.contains(u"Other sources"_s), qPrintable(mark.toolTip));
        }
        QVERIFY(found);
        // The same group has the same colour in every pane.
        QSet<int> colours;
        for (ReadingPane *other : m_window->readingArea()->panes()) {
            for (const ClaimMark &mark : other->claimMarks()) {
                if (m_group.claims.contains(mark.claimId))
                    colours.insert(mark.colourIndex);
            }
        }
        QCOMPARE(colours.size(), 1);
    }

    void walkGroupWithF3()
    {
        showDiscrepancyInThreePanes();
        QVERIFY(m_window->comparisonsPane()->selectGroupOfClaim(m_group.claims.constFirst()));
        ReadingArea *area = m_window->readingArea();
        QStringList visited;
        QList<ReadingPane *> panes;
        for (int step = 0; step < 4; ++step) {
            QTest::keyClick(m_window.get(), Qt::Key_F3);
            ReadingPane *pane = area->currentPane();
            const QString claim = pane->currentClaim();
            QVERIFY2(m_group.claims.contains(claim), qPrintable(claim));
            visited.append(claim);
            panes.append(pane);
        }
        // Across the panes, one after the other.
        QVERIFY(panes.at(0) != panes.at(1) || panes.at(1) != panes.at(2));
        QVERIFY(QSet<ReadingPane *>(panes.cbegin(), panes.cend()).size() >= 2);
        // Shift+F3 goes back to where F3 came from.
        QTest::keyClick(m_window.get(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(area->currentPane()->currentClaim(), visited.at(2));
    }

    void nextAndPreviousFigure()
    {
        ReadingPane *pane = m_window->readingArea()->pane(0);
        m_window->readingController()->showDocumentInPane(pane, u"meta-q4-2024-earnings.html"_s);
        pane->view()->setFocus();
        QTRY_VERIFY(pane->view()->hasFocus());
        QVERIFY2(pane->claimMarks().size() >= 2, qPrintable(pane->documentId() + u" "_s + QString::number(pane->claimMarks().size())));
        pane->view()->moveCursor(QTextCursor::Start);
        QSignalSpy selected(pane, &ReadingPane::claimSelected);
        QTest::keyClick(pane->view(), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(pane->currentClaim(), pane->claimMarks().at(0).claimId);
        QTest::keyClick(pane->view(), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(pane->currentClaim(), pane->claimMarks().at(1).claimId);
        QTest::keyClick(pane->view(), Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(pane->currentClaim(), pane->claimMarks().at(0).claimId);
        QCOMPARE(selected.size(), 3);
        // Enter on the figure chooses its group.
        QSignalSpy groups(m_window->comparisonsPane(), &ComparisonsPane::currentGroupChanged);
        QTest::keyClick(pane->view(), Qt::Key_Return);
        if (m_window->comparisonsPane()->currentGroup())
            QVERIFY(m_window->comparisonsPane()->currentGroup()->claims.contains(pane->claimMarks().at(0).claimId));
        else
            QVERIFY(groups.isEmpty());
    }

    void findInPaneIgnoresAccents()
    {
        ReadingArea *area = m_window->readingArea();
        ReadingPane *pane = area->currentPane();
        m_window->readingController()->showDocumentInPane(pane, u"course-ia-fevrier-2025-cp1252.txt"_s);
        pane->view()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        FindBar *bar = pane->findBar();
        QVERIFY(bar->isVisible());
        QTRY_VERIFY(bar->lineEdit()->hasFocus());
        QTest::keyClicks(bar->lineEdit(), u"centres de donnees"_s);
        QCOMPARE(pane->view()->textCursor().selectedText().toLower(), u"centres de données"_s);
        const qsizetype first = pane->view()->textCursor().selectionStart();
        QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
        const qsizetype second = pane->view()->textCursor().selectionStart();
        QVERIFY(second != first);
        QTest::keyClick(bar->lineEdit(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(pane->view()->textCursor().selectionStart(), first);
        QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
    }

    void findInFolderOpensHit()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        FindInFolderPane *find = m_window->findInFolderPane();
        auto *dock = m_window->findChild<QDockWidget *>(u"findInFolderDock"_s);
        QVERIFY(dock->isVisible());
        QTRY_VERIFY(find->lineEdit()->hasFocus());
        QSignalSpy finished(find, &FindInFolderPane::searchFinished);
        QTest::keyClicks(find->lineEdit(), u"depenses"_s);
        QTest::keyClick(find->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY(!finished.isEmpty());
        QVERIFY(finished.constLast().at(0).toInt() > 0);
        SearchResultsModel *model = find->model();
        QVERIFY(model->rowCount() > 0);
        const QModelIndex article = model->index(0, 0);
        const QModelIndex hit = model->index(0, 0, article);
        QVERIFY(hit.isValid());
        const QString documentId = hit.data(SearchResultsModel::DocumentIdRole).toString();
        find->resultsView()->setCurrentIndex(hit);
        Q_EMIT find->resultsView()->activated(hit);
        ReadingPane *pane = m_window->readingArea()->paneShowing(documentId);
        QVERIFY(pane);
        QCOMPARE(m_window->readingArea()->currentPane(), pane);
        const QString selected = pane->view()->textCursor().selectedText();
        QVERIFY2(selected.compare(u"dépenses"_s, Qt::CaseInsensitive) == 0 || selected.compare(u"depenses"_s, Qt::CaseInsensitive) == 0,
                 qPrintable(selected));
    }

    void linkedScrollingAlignsPassages()
    {
        ReadingArea *area = m_window->readingArea();
        // The two articles that share the most passages, side by side.
        QHash<QString, int> pairs;
        for (const PassageMatch &match : m_window->analysis()->passages())
            ++pairs[match.first.document + u'|' + match.second.document];
        QString best;
        for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
            if (best.isEmpty() || it.value() > pairs.value(best))
                best = it.key();
        }
        QVERIFY(!best.isEmpty());
        m_window->readingController()->showDocumentInPane(area->pane(0), best.section(u'|', 0, 0));
        m_window->readingController()->showDocumentInPane(area->pane(1), best.section(u'|', 1, 1));
        QAction *link = m_window->findChild<QAction *>(u"linkScrollingAction"_s);
        QVERIFY(!area->isLinkedScrolling());
        link->trigger();
        QVERIFY(area->isLinkedScrolling());
        ReadingPane *source = area->pane(0);
        ReadingPane *other = area->pane(1);
        // A passage the two articles share: scrolling the first to it brings the second to its own.
        const QList<PassageMatch> passages = m_window->analysis()->passages();
        const PassageAlignment alignment(source->documentId(), source->view()->document()->characterCount() - 1, other->documentId(),
                                         other->view()->document()->characterCount() - 1, passages);
        QVERIFY2(!alignment.isEmpty(), "the two articles share no passage");
        const PassageAlignment::Anchor anchor = alignment.anchors().at(alignment.anchors().size() / 2);
        source->view()->scrollToOffset(anchor.first);
        const qsizetype top = source->view()->topOffset();
        const qsizetype expected = alignment.mapToSecond(top);
        QTRY_VERIFY(other->view()->verticalScrollBar()->value() > 0 || expected < 200);
        const QList<QRect> rects = other->view()->rangeRects(expected, expected + 1);
        QVERIFY(!rects.isEmpty());
        // The aligned place is at the top of the other pane (within two lines, or the pane's end).
        const bool atEnd = other->view()->verticalScrollBar()->value() == other->view()->verticalScrollBar()->maximum();
        QVERIFY2(atEnd || qAbs(rects.constFirst().top()) <= 2 * rects.constFirst().height(), qPrintable(QString::number(rects.constFirst().top())));
        // Unlinked, the panes scroll on their own.
        link->trigger();
        const int before = other->view()->verticalScrollBar()->value();
        source->view()->verticalScrollBar()->setValue(0);
        QCOMPARE(other->view()->verticalScrollBar()->value(), before);
    }

    void zoomPerPaneAndAll()
    {
        ReadingArea *area = m_window->readingArea();
        area->setCurrentPane(area->pane(0));
        QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(area->pane(0)->view()->zoomSteps(), 1);
        QCOMPARE(area->pane(1)->view()->zoomSteps(), 0);
        QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(area->pane(0)->view()->zoomSteps(), -1);
        m_window->findChild<QAction *>(u"zoomAllPanesAction"_s)->setChecked(true);
        QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(area->pane(0)->view()->zoomSteps(), 0);
        QCOMPARE(area->pane(1)->view()->zoomSteps(), 0);
    }

    void layoutRestoredAfterRestart()
    {
        ReadingArea *area = m_window->readingArea();
        m_window->findChild<QAction *>(u"addPaneAction"_s)->trigger();
        QCOMPARE(area->paneCount(), 3);
        m_window->readingController()->showDocumentInPane(area->pane(1), u"oracle-ai-bet-january-2026.txt"_s);
        area->pane(2)->view()->setZoomSteps(2);
        ReadingPane *scrolled = area->pane(1);
        scrolled->view()->scrollToOffset(scrolled->view()->document()->characterCount() / 2);
        const ReadingLayout before = area->readingLayout();
        QVERIFY(before.panes.at(1).topOffset > 0 || before.panes.at(2).topOffset > 0);
        m_window->close();
        m_window.reset();

        openWindow();
        ReadingArea *again = m_window->readingArea();
        QCOMPARE(again->paneCount(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(again->pane(i)->documentId(), before.panes.at(i).documentId);
            QCOMPARE(again->pane(i)->view()->zoomSteps(), before.panes.at(i).zoomSteps);
        }
        // The same place, give or take the line it starts.
        for (int i = 0; i < 3; ++i) {
            QTRY_VERIFY2(qAbs(again->pane(i)->view()->topOffset() - before.panes.at(i).topOffset) < 120,
                         qPrintable(u"pane %1: %2 vs %3"_s.arg(i).arg(again->pane(i)->view()->topOffset()).arg(before.panes.at(i).topOffset)));
        }
        QVERIFY(!again->isLinkedScrolling());

        // Linked scrolling is remembered too.
        m_window->findChild<QAction *>(u"linkScrollingAction"_s)->trigger();
        m_window->close();
        m_window.reset();
        openWindow();
        QTRY_VERIFY(m_window->readingArea()->isLinkedScrolling());
        QVERIFY(m_window->findChild<QAction *>(u"linkScrollingAction"_s)->isChecked());
    }

    void languageChosenInPreferences()
    {
        QAction *preferences = m_window->findChild<QAction *>(u"preferencesAction"_s);
        preferences->trigger();
        auto *dialog = m_window->findChild<QDialog *>(u"preferencesDialog"_s);
        QVERIFY(dialog);
        auto *language = dialog->findChild<QComboBox *>(u"languageCombo"_s);
        auto *note = dialog->findChild<QWidget *>(u"languageRestartNote"_s);
        QVERIFY(language && note);
        QVERIFY(!note->isVisible());
        language->setCurrentIndex(language->findData(u"fr"_s));
        QVERIFY(note->isVisible());
        QTest::keyClick(dialog, Qt::Key_Return);
        QCOMPARE(m_settings->interfaceLanguage(), u"fr"_s);
        m_settings->setInterfaceLanguage({});
    }

private:
    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_settings.get(), &m_repository);
        m_window->resize(1600, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy analysed(m_window->analysis(), &AnalysisSession::finished);
        m_window->openFolder(m_folder);
        QVERIFY(analysed.wait(60000));
        QVERIFY(!m_window->analysis()->claims().isEmpty());
    }

    // The disagreement most articles state, its articles in three panes.
    QStringList showDiscrepancyInThreePanes()
    {
        const QList<ClaimGroup> &groups = m_window->analysis()->groups();
        const ClaimGroup *best = nullptr;
        for (const ClaimGroup &group : groups) {
            if (group.verdict == Verdict::Discrepancy && (!best || group.documents.size() > best->documents.size()))
                best = &group;
        }
        if (!best || best->documents.size() < 3)
            return {};
        m_group = *best;
        ReadingArea *area = m_window->readingArea();
        while (area->paneCount() < 3)
            area->addPane();
        for (int i = 0; i < 3; ++i)
            m_window->readingController()->showDocumentInPane(area->pane(i), best->documents.at(i));
        area->setCurrentPane(area->pane(0));
        return best->documents.mid(0, 3);
    }

    QTemporaryDir m_dir;
    QString m_folder;
    KSyntaxHighlighting::Repository m_repository;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    ClaimGroup m_group;
};

QTEST_MAIN(TestReading)
#include "tst_reading.moc"
