#include "mainwindow.h"

#include "analysissession.h"
#include "annotationcontroller.h"
#include "annotations/annotationstore.h"
#include "annotationspane.h"
#include "correctioncontroller.h"
#include "handbookwindow.h"
#include "comparisonspane.h"
#include "corpussession.h"
#include "corpus/wholepagetext.h"
#include "documentpropertiesdialog.h"
#include "documentspane.h"
#include "exportchartdialog.h"
#include "figures/figurelexerpool.h"
#include "figurespane.h"
#include "findinfolderpane.h"
#include "icons.h"
#include "loadprogresswidget.h"
#include "models/documentlistmodel.h"
#include "models/loadproblemsmodel.h"
#include "placeholderwidget.h"
#include "preferencesdialog.h"
#include "problemspane.h"
#include "readingarea.h"
#include "readingcontroller.h"
#include "readingpane.h"
#include "reportexporter.h"
#include "settings/settings.h"
#include "timelinechartview.h"
#include "timelinepane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QDesktopServices>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTimer>
#include <QTreeView>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

QString folderDisplayName(const QString &folder)
{
    const QString name = QFileInfo(folder).fileName();
    return name.isEmpty() ? QDir::toNativeSeparators(folder) : name;
}

} // namespace

MainWindow::MainWindow(Settings *settings, KSyntaxHighlighting::Repository *repository, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_repository(repository)
    , m_session(new CorpusSession(this))
    , m_analysis(new AnalysisSession(this))
    , m_central(new QStackedWidget(this))
    , m_welcome(new PlaceholderWidget(this))
    , m_readingArea(new ReadingArea(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Recoupe"));
    setWindowIcon(Icons::application());
    setAcceptDrops(true);

    createActions();
    createDocks();
    createMenus();
    createStatusBar();

    m_welcome->setObjectName(u"welcomePlaceholder"_s);
    m_welcome->setIcon(Icons::application(), 96);
    m_welcome->addActionButton(m_openFolderAction)->setObjectName(u"welcomeOpenFolderButton"_s);
    m_welcome->addActionButton(m_openSamplesAction)->setObjectName(u"welcomeOpenSamplesButton"_s);
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_readingArea);
    showWelcome(tr("Open a folder of articles"),
                tr("Recoupe reads the .txt, .md, .html and .pdf articles of a folder, highlights their figures "
                   "and shows where the sources disagree."));
    setCentralWidget(m_central);

    connect(m_session, &CorpusSession::loadStarted, this, &MainWindow::handleLoadStarted);
    connect(m_session, &CorpusSession::progressChanged, m_loadProgress, &LoadProgressWidget::setProgress);
    connect(m_session, &CorpusSession::loadFinished, this, &MainWindow::handleLoadFinished);
    connect(m_session, &CorpusSession::loadCanceled, this, &MainWindow::handleLoadCanceled);
    connect(m_session, &CorpusSession::documentChanged, this, &MainWindow::handleDocumentChanged);
    connect(m_loadProgress, &LoadProgressWidget::cancelRequested, m_session, &CorpusSession::cancel);
    // Panes are set up as they come; the first one right away.
    connect(m_readingArea, &ReadingArea::paneAdded, this, &MainWindow::setUpPane);
    m_reading = new ReadingController(m_session, m_analysis, m_documentsPane, m_readingArea, m_comparisonsPane, this);
    m_readingArea->addPane();
    connect(m_readingArea, &ReadingArea::paneAdded, this, &MainWindow::updatePaneActions);
    connect(m_readingArea, &ReadingArea::layoutChanged, this, &MainWindow::updatePaneActions);
    connect(m_readingArea, &ReadingArea::currentPaneChanged, this, &MainWindow::updatePaneActions);
    connect(m_reading, &ReadingController::layoutRestored, this, &MainWindow::updatePaneActions);
    // A pane shows another article (the Documents list, the pane's chooser, a chart point).
    connect(m_reading, &ReadingController::paneMarksUpdated, this, &MainWindow::updateWholePageAction);
    m_annotating = new AnnotationController(m_session, m_analysis, m_readingArea, m_reading, m_comparisonsPane, m_annotationsPane, m_settings, this);
    connect(m_annotating, &AnnotationController::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_annotateAction, &QAction::triggered, m_annotating, &AnnotationController::annotate);
    m_correcting = new CorrectionController(m_session, m_analysis, m_readingArea, m_reading, this);
    connect(m_correcting, &CorrectionController::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_correctFigureAction, &QAction::triggered, m_correcting, &CorrectionController::correctFigure);
    connect(m_rejectFigureAction, &QAction::triggered, m_correcting, &CorrectionController::rejectFigure);
    connect(m_addFigureAction, &QAction::triggered, m_correcting, &CorrectionController::addFigure);
    connect(m_editAnnotationAction, &QAction::triggered, this, [this] { m_annotating->editAnnotation(m_annotationsPane->currentAnnotation()); });
    connect(m_removeAnnotationAction, &QAction::triggered, this, [this] { m_annotating->removeAnnotation(m_annotationsPane->currentAnnotation()); });
    connect(m_restoreBackupAction, &QAction::triggered, m_annotating, &AnnotationController::restoreBackup);
    connect(m_importAnnotationsAction, &QAction::triggered, m_annotating, &AnnotationController::importAnnotations);
    connect(m_exportAnnotationsAction, &QAction::triggered, m_annotating, &AnnotationController::exportAnnotations);
    connect(m_annotationsPane, &AnnotationsPane::currentAnnotationChanged, this, [this](const QString &id) {
        m_editAnnotationAction->setEnabled(!id.isEmpty());
        m_removeAnnotationAction->setEnabled(!id.isEmpty());
    });
    m_annotationsPane->setActions(m_editAnnotationAction, m_removeAnnotationAction, m_restoreBackupAction, m_importAnnotationsAction);
    connect(m_session, &CorpusSession::annotationsProblem, this, [this](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Annotations"), message, QMessageBox::Close, this);
        box->setObjectName(u"annotationsProblemBox"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_session, &CorpusSession::documentReread, this, [this](const QString &documentId) {
        if (const Document *document = m_session->document(documentId))
            statusBar()->showMessage(tr("%1 changed on disk: read again, annotations placed again.").arg(document->path), 6000);
    });
    connect(m_reading, &ReadingController::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_reading, &ReadingController::claimSelected, m_timelinePane->chartView(), &TimelineChartView::highlightClaim);
    connect(m_findInFolderPane, &FindInFolderPane::hitActivated, m_reading, &ReadingController::showRange);
    connect(m_documentsPane, &DocumentsPane::currentDocumentChanged, this, &MainWindow::updateDocumentActions);
    connect(m_documentsPane, &DocumentsPane::documentActivated, this, [this](const QString &) {
        if (ReadingPane *pane = m_readingArea->currentPane())
            pane->view()->setFocus();
    });
    connect(m_problemsPane, &ProblemsPane::documentActivated, this, [this](const QString &documentId) {
        m_documentsDock->show();
        m_documentsDock->raise();
        m_documentsPane->selectDocument(documentId);
    });
    connect(m_figuresPane, &FiguresPane::claimActivated, m_reading, &ReadingController::showClaim);
    connect(m_timelinePane, &TimelinePane::claimActivated, m_reading, &ReadingController::showClaim);
    // A claim chosen anywhere is marked on the chart too (when the chart draws it).
    connect(m_figuresPane, &FiguresPane::claimActivated, m_timelinePane->chartView(), &TimelineChartView::highlightClaim);
    connect(m_comparisonsPane, &ComparisonsPane::claimActivated, m_timelinePane->chartView(), &TimelineChartView::highlightClaim);
    connect(m_timelinePane, &TimelinePane::claimActivated, m_timelinePane->chartView(), &TimelineChartView::highlightClaim);
    connect(m_timelinePane, &TimelinePane::exportRequested, this, &MainWindow::exportChart);
    connect(m_copyChartAction, &QAction::triggered, m_timelinePane->chartView(), &TimelineChartView::copyToClipboard);
    m_timelinePane->chartView()->addActions({m_exportChartAction, m_copyChartAction});
    m_timelinePane->chartView()->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_timelinePane, &TimelinePane::pointsChanged, this, [this](bool points) {
        m_exportChartAction->setEnabled(points);
        m_copyChartAction->setEnabled(points);
    });
    connect(m_analysis, &AnalysisSession::started, m_timelinePane, &TimelinePane::clear);
    m_analysis->setTimelineOptionsSource([this] { return m_timelinePane->layoutOptions(); });
    connect(m_analysis, &AnalysisSession::groupsReady, m_timelinePane, [this] {
        m_timelinePane->setResults(m_session->corpus().documents, m_analysis->claims(), m_analysis->groups(), m_analysis->timelineLayout(),
                                   m_analysis->timelineLayoutOptions());
    });
    connect(m_analysis, &AnalysisSession::started, this, &MainWindow::updateSummary);
    connect(m_analysis, &AnalysisSession::groupsReady, this, &MainWindow::updateSummary);
    connect(m_analysis, &AnalysisSession::finished, this, &MainWindow::updateSummary);
    // An entity file the analysis skipped (not valid JSON...): recoupe-cli warns of it too.
    connect(m_analysis, &AnalysisSession::groupsReady, this, [this] {
        if (!m_analysis->warnings().isEmpty())
            statusBar()->showMessage(m_analysis->warnings().join(u' '), 8000);
    });
    connect(m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::RecentFolders)
            updateRecentMenu();
        else if (key == Settings::Key::HighlightTheme || key == Settings::Key::ReadingFontPointSize)
            applyReadingSettings();
    });
    applyReadingSettings();
    updatePaneActions();

    updateRecentMenu();
    updateSummary();
    restoreWindow();
    // The window opens ready to move through the articles with the arrow keys.
    m_documentsPane->view()->setFocus();
    // The lexicon's expressions are compiled before a folder is read: for the workers that will
    // extract its claims, on the pool; for the reading panes, here once the window is up.
    FigureLexerPool::prepare();
    if (m_repository)
        QTimer::singleShot(0, this, [this] { FigureLexerPool::warmUp(*m_repository); });
}

MainWindow::~MainWindow()
{
    // ~QWidget destroys the children after this class's part is gone: a signal one of them emits
    // as it goes (the annotations view's current row) must not reach a slot of this class then.
    const QList<QObject *> children = findChildren<QObject *>();
    for (const QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    m_openFolderAction = new QAction(Icons::themed(u"document-open-folder"_s), tr("&Open Folder…"), this);
    m_openFolderAction->setObjectName(u"openFolderAction"_s);
    m_openFolderAction->setShortcut(QKeySequence::Open);
    m_openFolderAction->setToolTip(tr("Open a folder of articles"));
    connect(m_openFolderAction, &QAction::triggered, this, &MainWindow::chooseFolder);

    m_openSamplesAction = new QAction(Icons::own(u"date-text"_s), tr("Open &Sample Articles"), this);
    m_openSamplesAction->setObjectName(u"openSamplesAction"_s);
    m_openSamplesAction->setToolTip(tr("Open the articles bundled with Recoupe"));
    m_openSamplesAction->setEnabled(false);
    connect(m_openSamplesAction, &QAction::triggered, this, [this] { openFolder(m_samplesFolder); });

    m_reloadAction = new QAction(Icons::themed(u"view-refresh"_s), tr("&Reload"), this);
    m_reloadAction->setObjectName(u"reloadAction"_s);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setToolTip(tr("Read the folder again"));
    m_reloadAction->setEnabled(false);
    connect(m_reloadAction, &QAction::triggered, m_session, &CorpusSession::reload);

    m_propertiesAction = new QAction(Icons::themed(u"document-edit"_s), tr("Document &Properties…"), this);
    m_propertiesAction->setObjectName(u"documentPropertiesAction"_s);
    m_propertiesAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    m_propertiesAction->setToolTip(tr("Correct the date, title or language of the selected article"));
    m_propertiesAction->setIconText(tr("Properties"));
    m_propertiesAction->setEnabled(false);
    connect(m_propertiesAction, &QAction::triggered, this, [this] { editDocumentProperties(m_documentsPane->currentDocumentId()); });

    m_clearRecentAction = new QAction(tr("&Clear List"), this);
    m_clearRecentAction->setObjectName(u"clearRecentAction"_s);
    connect(m_clearRecentAction, &QAction::triggered, m_settings, &Settings::clearRecentFolders);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_preferencesAction = new QAction(Icons::themed(u"configure"_s), tr("&Configure Recoupe…"), this);
    m_preferencesAction->setObjectName(u"preferencesAction"_s);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_handbookAction = new QAction(Icons::themed(u"help-contents"_s), tr("Recoupe &Handbook"), this);
    m_handbookAction->setObjectName(u"handbookAction"_s);
    m_handbookAction->setShortcut(QKeySequence::HelpContents);
    connect(m_handbookAction, &QAction::triggered, this, &MainWindow::showHandbook);
    m_aboutAction = new QAction(Icons::application(), tr("&About Recoupe"), this);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_exportChartAction = new QAction(Icons::themed(u"document-export"_s), tr("&Export Chart…"), this);
    m_exportChartAction->setObjectName(u"exportChartAction"_s);
    m_exportChartAction->setToolTip(tr("Save the timeline as a picture (PNG, SVG) or its data (CSV, JSON)"));
    m_exportChartAction->setEnabled(false);
    connect(m_exportChartAction, &QAction::triggered, this, &MainWindow::exportChart);

    m_copyChartAction = new QAction(Icons::themed(u"edit-copy"_s), tr("Cop&y Chart"), this);
    m_copyChartAction->setObjectName(u"copyChartAction"_s);
    m_copyChartAction->setToolTip(tr("Copy the timeline to the clipboard as a picture"));
    m_copyChartAction->setEnabled(false);

    m_addPaneAction = new QAction(Icons::themed(u"view-split-left-right"_s), tr("&Add Pane"), this);
    m_addPaneAction->setObjectName(u"addPaneAction"_s);
    m_addPaneAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addPaneAction->setToolTip(tr("Read one more article side by side (up to four)"));
    m_addPaneAction->setIconText(tr("Add Pane"));
    connect(m_addPaneAction, &QAction::triggered, this, [this] {
        ReadingPane *current = m_readingArea->currentPane();
        const QString documentId = current ? current->documentId() : QString();
        if (ReadingPane *pane = m_readingArea->addPane()) {
            m_readingArea->setCurrentPane(pane);
            // The next article of the list, so that the new pane has something to compare.
            const QAbstractItemModel *model = m_documentsPane->view()->model();
            QString next;
            for (int row = 0; row < model->rowCount(); ++row) {
                const QString id = model->index(row, 0).data(DocumentListModel::DocumentIdRole).toString();
                if (!m_readingArea->paneShowing(id) && m_session->document(id) && m_session->document(id)->isLoaded()) {
                    next = id;
                    break;
                }
            }
            m_reading->showDocumentInPane(pane, next.isEmpty() ? documentId : next);
        }
    });

    m_closePaneAction = new QAction(Icons::themed(u"dialog-close"_s), tr("&Close Pane"), this);
    m_closePaneAction->setObjectName(u"closePaneAction"_s);
    m_closePaneAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(m_closePaneAction, &QAction::triggered, this, [this] { m_readingArea->removePane(m_readingArea->currentPane()); });

    m_linkScrollingAction = new QAction(Icons::themed(u"link"_s), tr("&Link Scrolling"), this);
    m_linkScrollingAction->setObjectName(u"linkScrollingAction"_s);
    m_linkScrollingAction->setCheckable(true);
    m_linkScrollingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_linkScrollingAction->setToolTip(tr("Scroll the panes together, aligned on the passages they share"));
    m_linkScrollingAction->setIconText(tr("Link"));
    connect(m_linkScrollingAction, &QAction::toggled, this, [this](bool linked) {
        m_readingArea->setLinkedScrolling(linked);
        if (linked)
            m_readingArea->alignPanesOn(m_readingArea->currentPane());
    });

    m_showWholePageAction = new QAction(tr("Show &Whole Page"), this);
    m_showWholePageAction->setObjectName(u"showWholePageAction"_s);
    m_showWholePageAction->setCheckable(true);
    m_showWholePageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_showWholePageAction->setToolTip(tr("Show everything the saved web page holds, the menus, comments and footer "
                                         "that Recoupe set aside included; their figures are never read as claims"));
    m_showWholePageAction->setEnabled(false);
    connect(m_showWholePageAction, &QAction::toggled, this, &MainWindow::showWholePage);

    m_zoomInAction = new QAction(Icons::themed(u"zoom-in"_s), tr("Zoom &In"), this);
    m_zoomInAction->setObjectName(u"zoomInAction"_s);
    m_zoomInAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    connect(m_zoomInAction, &QAction::triggered, this, [this] { zoom(1); });
    m_zoomOutAction = new QAction(Icons::themed(u"zoom-out"_s), tr("Zoom &Out"), this);
    m_zoomOutAction->setObjectName(u"zoomOutAction"_s);
    m_zoomOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { zoom(-1); });
    m_zoomResetAction = new QAction(tr("&Actual Size"), this);
    m_zoomResetAction->setObjectName(u"zoomResetAction"_s);
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomResetAction, &QAction::triggered, this, [this] { zoom(0); });
    m_zoomAllPanesAction = new QAction(tr("Zoom All &Panes Together"), this);
    m_zoomAllPanesAction->setObjectName(u"zoomAllPanesAction"_s);
    m_zoomAllPanesAction->setCheckable(true);

    m_findAction = new QAction(Icons::themed(u"edit-find"_s), tr("&Find…"), this);
    m_findAction->setObjectName(u"findAction"_s);
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    m_findAction->setToolTip(tr("Find text in the current pane's article"));
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (ReadingPane *pane = m_readingArea->currentPane(); pane && pane->hasDocument())
            pane->showFindBar();
    });
    m_findInFolderAction = new QAction(Icons::themed(u"edit-find"_s), tr("Find in &Folder…"), this);
    m_findInFolderAction->setObjectName(u"findInFolderAction"_s);
    m_findInFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_findInFolderAction->setToolTip(tr("Find text in every article of the folder"));
    m_findInFolderAction->setIconText(tr("Find in Folder"));
    connect(m_findInFolderAction, &QAction::triggered, this, [this] {
        m_findInFolderDock->show();
        m_findInFolderDock->raise();
        ReadingPane *pane = m_readingArea->currentPane();
        m_findInFolderPane->activate(pane ? pane->view()->textCursor().selectedText() : QString());
    });

    m_nextFigureAction = new QAction(tr("&Next Figure"), this);
    m_nextFigureAction->setObjectName(u"nextFigureAction"_s);
    m_nextFigureAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    connect(m_nextFigureAction, &QAction::triggered, this, [this] {
        if (ReadingPane *pane = m_readingArea->currentPane())
            pane->selectNextFigure();
    });
    m_previousFigureAction = new QAction(tr("&Previous Figure"), this);
    m_previousFigureAction->setObjectName(u"previousFigureAction"_s);
    m_previousFigureAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left));
    connect(m_previousFigureAction, &QAction::triggered, this, [this] {
        if (ReadingPane *pane = m_readingArea->currentPane())
            pane->selectPreviousFigure();
    });
    m_nextGroupClaimAction = new QAction(tr("Same Figure in the Ne&xt Source"), this);
    m_nextGroupClaimAction->setObjectName(u"nextGroupClaimAction"_s);
    m_nextGroupClaimAction->setShortcut(QKeySequence(Qt::Key_F3));
    m_nextGroupClaimAction->setToolTip(tr("Go to the next claim of the chosen group, across the panes"));
    connect(m_nextGroupClaimAction, &QAction::triggered, this, [this] { m_reading->walkGroup(false); });
    m_previousGroupClaimAction = new QAction(tr("Same Figure in the Pre&vious Source"), this);
    m_previousGroupClaimAction->setObjectName(u"previousGroupClaimAction"_s);
    m_previousGroupClaimAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    connect(m_previousGroupClaimAction, &QAction::triggered, this, [this] { m_reading->walkGroup(true); });
    m_annotateAction = new QAction(Icons::themed(u"document-edit"_s), tr("&Annotate…"), this);
    m_annotateAction->setObjectName(u"annotateAction"_s);
    m_annotateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_annotateAction->setToolTip(tr("Write a note and a verdict on the selected passage or figure"));
    m_annotateAction->setIconText(tr("Annotate"));
    m_correctFigureAction = new QAction(Icons::themed(u"edit-entry"_s), tr("&Correct Figure…"), this);
    m_correctFigureAction->setObjectName(u"correctFigureAction"_s);
    m_correctFigureAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_correctFigureAction->setToolTip(tr("Set the entity, metric, period or amount of the figure at the cursor"));
    m_rejectFigureAction = new QAction(tr("&Not a Figure"), this);
    m_rejectFigureAction->setObjectName(u"rejectFigureAction"_s);
    m_rejectFigureAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F2));
    m_rejectFigureAction->setToolTip(tr("Set aside the figure at the cursor: a year or a page number read as an amount"));
    m_addFigureAction = new QAction(tr("A&dd Figure…"), this);
    m_addFigureAction->setObjectName(u"addFigureAction"_s);
    m_addFigureAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F2));
    m_addFigureAction->setToolTip(tr("Make a figure of the selected text, which Recoupe missed"));
    m_editAnnotationAction = new QAction(tr("&Edit Annotation…"), this);
    m_editAnnotationAction->setObjectName(u"editAnnotationAction"_s);
    // The panel's buttons say it short: a narrow dock has room for a word, not three.
    m_editAnnotationAction->setIconText(tr("Edit…"));
    m_editAnnotationAction->setEnabled(false);
    m_removeAnnotationAction = new QAction(Icons::themed(u"dialog-close"_s), tr("&Delete Annotation"), this);
    m_removeAnnotationAction->setObjectName(u"removeAnnotationAction"_s);
    m_removeAnnotationAction->setIconText(tr("Delete"));
    m_removeAnnotationAction->setShortcut(QKeySequence::Delete);
    m_removeAnnotationAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_removeAnnotationAction->setEnabled(false);
    m_restoreBackupAction = new QAction(tr("&Restore Annotations from Backup…"), this);
    m_restoreBackupAction->setObjectName(u"restoreBackupAction"_s);
    m_importAnnotationsAction = new QAction(tr("&Import Annotations…"), this);
    m_importAnnotationsAction->setObjectName(u"importAnnotationsAction"_s);
    m_importAnnotationsAction->setToolTip(tr("Merge another fact-checker's annotations.json of this folder, or W3C Web "
                                             "Annotations of its articles from another tool"));
    m_exportAnnotationsAction = new QAction(tr("E&xport Annotations for Other Tools…"), this);
    m_exportAnnotationsAction->setObjectName(u"exportAnnotationsAction"_s);
    m_exportAnnotationsAction->setToolTip(tr("Write the annotations as a W3C Web Annotation collection, which other "
                                             "annotation tools read"));
    m_exportReportAction = new QAction(Icons::themed(u"document-export"_s), tr("Export Fact-Check &Report…"), this);
    m_exportReportAction->setObjectName(u"exportReportAction"_s);
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportReportAction->setToolTip(tr("Write the disagreements, annotations and charts as an HTML and Markdown report"));
    connect(m_exportReportAction, &QAction::triggered, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Export the Report into a Folder"));
        dialog->setObjectName(u"exportReportDialog"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        dialog->setDirectory(m_session->folder());
        connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::exportReport);
        dialog->open();
    });
    m_undoAction = m_session->annotations()->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(u"undoAction"_s);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_session->annotations()->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(u"redoAction"_s);
    // The platform's own, and both usual ones whatever the platform says (KDE: Ctrl+Shift+Z,
    // Windows habits: Ctrl+Y).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    m_redoAction->setShortcuts(redoKeys);

    m_nextPaneAction = new QAction(tr("Next P&ane"), this);
    m_nextPaneAction->setObjectName(u"nextPaneAction"_s);
    m_nextPaneAction->setShortcut(QKeySequence(Qt::Key_F6));
    m_previousPaneAction = new QAction(tr("Previous Pa&ne"), this);
    m_previousPaneAction->setObjectName(u"previousPaneAction"_s);
    m_previousPaneAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    for (QAction *action : {m_nextPaneAction, m_previousPaneAction}) {
        const int step = action == m_nextPaneAction ? 1 : -1;
        connect(action, &QAction::triggered, this, [this, step] {
            const QList<ReadingPane *> panes = m_readingArea->panes();
            const qsizetype at = panes.indexOf(m_readingArea->currentPane());
            ReadingPane *next = panes.value((at + step + panes.size()) % panes.size());
            m_readingArea->setCurrentPane(next);
            if (next)
                next->view()->setFocus(Qt::ShortcutFocusReason);
        });
    }
}

ReadingPane *MainWindow::readingPane() const
{
    return m_readingArea->currentPane();
}

void MainWindow::setUpPane(ReadingPane *pane)
{
    pane->setHighlightingRepository(m_repository);
    pane->setDocumentsModel(m_session->documentsModel());
    QFont font = ReadingView::defaultReadingFont();
    if (m_settings->readingFontPointSize() > 0)
        font.setPointSize(m_settings->readingFontPointSize());
    pane->setReadingFont(font);
    pane->setHighlightTheme(m_settings->highlightTheme());
    pane->setHint(tr("No article in this pane"), tr("Choose an article above, or drag one here from the Documents list."));
    connect(pane, &ReadingPane::editPropertiesRequested, this, &MainWindow::editDocumentProperties);
    connect(pane->view(), &ReadingView::zoomChanged, this, [this, pane](int steps) {
        if (!m_zoomAllPanesAction->isChecked())
            return;
        for (ReadingPane *other : m_readingArea->panes()) {
            if (other != pane)
                other->view()->setZoomSteps(steps);
        }
    });
    // The reading actions in the text's context menu too.
    pane->view()->setContextMenuPolicy(Qt::DefaultContextMenu);
}

void MainWindow::zoom(int delta)
{
    const QList<ReadingPane *> panes = m_zoomAllPanesAction->isChecked() ? m_readingArea->panes() : QList<ReadingPane *>{m_readingArea->currentPane()};
    for (ReadingPane *pane : panes) {
        if (pane)
            pane->view()->setZoomSteps(delta == 0 ? 0 : pane->view()->zoomSteps() + delta);
    }
}

void MainWindow::updatePaneActions()
{
    m_addPaneAction->setEnabled(m_readingArea->paneCount() < ReadingArea::maximumPanes);
    m_closePaneAction->setEnabled(m_readingArea->paneCount() > 1);
    const QSignalBlocker blocker(m_linkScrollingAction);
    m_linkScrollingAction->setChecked(m_readingArea->isLinkedScrolling());
    updateWholePageAction();
}

void MainWindow::updateWholePageAction()
{
    const ReadingPane *pane = m_readingArea->currentPane();
    const Document *document = pane && pane->hasDocument() ? m_session->document(pane->documentId()) : nullptr;
    const QSignalBlocker blocker(m_showWholePageAction);
    m_showWholePageAction->setEnabled(document && WholePageText::isAvailable(*document));
    m_showWholePageAction->setChecked(pane && pane->isShowingWholePage());
}

void MainWindow::showWholePage(bool whole)
{
    ReadingPane *pane = m_readingArea->currentPane();
    const Document *document = pane && pane->hasDocument() ? m_session->document(pane->documentId()) : nullptr;
    if (!document || !WholePageText::isAvailable(*document)) {
        updateWholePageAction();
        return;
    }
    if (!whole) {
        pane->showArticle();
        return;
    }
    QString error;
    const QString text = WholePageText::read(*document, &error);
    pane->showWholePage(text);
    if (!error.isEmpty())
        statusBar()->showMessage(error, 8000);
}

void MainWindow::createDocks()
{
    m_documentsPane = new DocumentsPane(m_session->documentsModel(), this);
    m_documentsPane->setObjectName(u"documentsPane"_s);
    m_documentsPane->setContextActions({m_propertiesAction});
    m_documentsDock = new QDockWidget(tr("Documents"), this);
    m_documentsDock->setObjectName(u"documentsDock"_s);
    m_documentsDock->setWidget(m_documentsPane);
    addDockWidget(Qt::LeftDockWidgetArea, m_documentsDock);

    m_problemsPane = new ProblemsPane(m_session->problemsModel(), this);
    m_problemsPane->setObjectName(u"problemsPane"_s);
    m_problemsPane->setEmptyText(tr("Files that cannot be read are listed here, with the reason."));
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(u"problemsDock"_s);
    m_problemsDock->setWidget(m_problemsPane);
    // Under the list whose files it explains, leaving the reading pane its full height.
    splitDockWidget(m_documentsDock, m_problemsDock, Qt::Vertical);

    m_comparisonsPane = new ComparisonsPane(m_analysis, m_session, m_settings, this);
    m_comparisonsPane->setObjectName(u"comparisonsPane"_s);
    m_comparisonsDock = new QDockWidget(tr("Comparisons"), this);
    m_comparisonsDock->setObjectName(u"comparisonsDock"_s);
    m_comparisonsDock->setWidget(m_comparisonsPane);
    addDockWidget(Qt::RightDockWidgetArea, m_comparisonsDock);

    m_figuresPane = new FiguresPane(m_analysis, this);
    m_figuresPane->setObjectName(u"figuresPane"_s);
    m_figuresDock = new QDockWidget(tr("Figures"), this);
    m_figuresDock->setObjectName(u"figuresDock"_s);
    m_figuresDock->setWidget(m_figuresPane);
    addDockWidget(Qt::RightDockWidgetArea, m_figuresDock);
    tabifyDockWidget(m_comparisonsDock, m_figuresDock);

    m_timelinePane = new TimelinePane(this);
    m_timelineDock = new QDockWidget(tr("Timeline"), this);
    m_timelineDock->setObjectName(u"timelineDock"_s);
    m_timelineDock->setWidget(m_timelinePane);
    addDockWidget(Qt::RightDockWidgetArea, m_timelineDock);
    // A third tab beside the lists: the reading pane keeps its size until the user moves the chart.
    tabifyDockWidget(m_figuresDock, m_timelineDock);
    m_comparisonsDock->raise();

    m_annotationsPane = new AnnotationsPane(m_session, this);
    m_annotationsPane->setObjectName(u"annotationsPane"_s);
    m_annotationsDock = new QDockWidget(tr("Annotations"), this);
    m_annotationsDock->setObjectName(u"annotationsDock"_s);
    m_annotationsDock->setWidget(m_annotationsPane);
    addDockWidget(Qt::RightDockWidgetArea, m_annotationsDock);
    tabifyDockWidget(m_timelineDock, m_annotationsDock);
    m_comparisonsDock->raise();

    m_findInFolderPane = new FindInFolderPane(m_session, this);
    m_findInFolderPane->setObjectName(u"findInFolderPane"_s);
    m_findInFolderDock = new QDockWidget(tr("Find in Folder"), this);
    m_findInFolderDock->setObjectName(u"findInFolderDock"_s);
    m_findInFolderDock->setWidget(m_findInFolderPane);
    addDockWidget(Qt::LeftDockWidgetArea, m_findInFolderDock);
    tabifyDockWidget(m_problemsDock, m_findInFolderDock);
    // Shown by Find in Folder (Ctrl+Shift+F) when it is wanted.
    m_findInFolderDock->hide();
    m_problemsDock->raise();

    // The side docks run the full height; the bottom dock spans only the reading area.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(u"fileMenu"_s);
    fileMenu->addAction(m_openFolderAction);
    m_recentMenu = fileMenu->addMenu(Icons::themed(u"document-open-folder"_s), tr("Open &Recent"));
    m_recentMenu->setObjectName(u"openRecentMenu"_s);
    m_recentMenu->setToolTipsVisible(true);
    fileMenu->addAction(m_openSamplesAction);
    fileMenu->addAction(m_reloadAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_propertiesAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_exportReportAction);
    fileMenu->addAction(m_importAnnotationsAction);
    fileMenu->addAction(m_exportAnnotationsAction);
    fileMenu->addAction(m_restoreBackupAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_exportChartAction);
    fileMenu->addAction(m_copyChartAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(u"editMenu"_s);
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);
    editMenu->addSeparator();
    editMenu->addAction(m_annotateAction);
    editMenu->addAction(m_editAnnotationAction);
    editMenu->addAction(m_removeAnnotationAction);
    editMenu->addSeparator();
    editMenu->addAction(m_correctFigureAction);
    editMenu->addAction(m_rejectFigureAction);
    editMenu->addAction(m_addFigureAction);
    editMenu->addSeparator();
    editMenu->addAction(m_findAction);
    editMenu->addAction(m_findInFolderAction);

    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_openFolderAction);
    m_toolBar->addAction(m_reloadAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_propertiesAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_addPaneAction);
    m_toolBar->addAction(m_linkScrollingAction);
    m_toolBar->addAction(m_findInFolderAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_annotateAction);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(u"viewMenu"_s);
    viewMenu->addAction(m_addPaneAction);
    viewMenu->addAction(m_closePaneAction);
    viewMenu->addAction(m_linkScrollingAction);
    viewMenu->addAction(m_showWholePageAction);
    viewMenu->addSeparator();
    viewMenu->addAction(m_zoomInAction);
    viewMenu->addAction(m_zoomOutAction);
    viewMenu->addAction(m_zoomResetAction);
    viewMenu->addAction(m_zoomAllPanesAction);
    viewMenu->addSeparator();
    QAction *showDocuments = m_documentsDock->toggleViewAction();
    showDocuments->setText(tr("Show &Documents"));
    showDocuments->setObjectName(u"showDocumentsAction"_s);
    showDocuments->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    viewMenu->addAction(showDocuments);
    QAction *showProblems = m_problemsDock->toggleViewAction();
    showProblems->setText(tr("Show &Problems"));
    showProblems->setObjectName(u"showProblemsAction"_s);
    showProblems->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    viewMenu->addAction(showProblems);
    QAction *showComparisons = m_comparisonsDock->toggleViewAction();
    showComparisons->setText(tr("Show &Comparisons"));
    showComparisons->setObjectName(u"showComparisonsAction"_s);
    showComparisons->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    viewMenu->addAction(showComparisons);
    QAction *showFigures = m_figuresDock->toggleViewAction();
    showFigures->setText(tr("Show &Figures"));
    showFigures->setObjectName(u"showFiguresAction"_s);
    showFigures->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    viewMenu->addAction(showFigures);
    QAction *showTimeline = m_timelineDock->toggleViewAction();
    showTimeline->setText(tr("Show &Timeline"));
    showTimeline->setObjectName(u"showTimelineAction"_s);
    showTimeline->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    viewMenu->addAction(showTimeline);
    QAction *showAnnotations = m_annotationsDock->toggleViewAction();
    showAnnotations->setText(tr("Show &Annotations"));
    showAnnotations->setObjectName(u"showAnnotationsAction"_s);
    showAnnotations->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    viewMenu->addAction(showAnnotations);
    QAction *showFindInFolder = m_findInFolderDock->toggleViewAction();
    showFindInFolder->setText(tr("Show Find &Results"));
    showFindInFolder->setObjectName(u"showFindInFolderAction"_s);
    viewMenu->addAction(showFindInFolder);
    viewMenu->addSeparator();
    QAction *showToolBar = m_toolBar->toggleViewAction();
    showToolBar->setText(tr("Show &Toolbar"));
    showToolBar->setObjectName(u"showToolBarAction"_s);
    viewMenu->addAction(showToolBar);

    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    goMenu->setObjectName(u"goMenu"_s);
    goMenu->addAction(m_nextFigureAction);
    goMenu->addAction(m_previousFigureAction);
    goMenu->addSeparator();
    goMenu->addAction(m_nextGroupClaimAction);
    goMenu->addAction(m_previousGroupClaimAction);
    goMenu->addSeparator();
    goMenu->addAction(m_nextPaneAction);
    goMenu->addAction(m_previousPaneAction);

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->setObjectName(u"settingsMenu"_s);
    settingsMenu->addAction(m_preferencesAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(u"helpMenu"_s);
    helpMenu->addAction(m_handbookAction);
    helpMenu->addSeparator();
    helpMenu->addAction(m_aboutAction);
}

void MainWindow::createStatusBar()
{
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"statusSummary"_s);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_summaryLabel, 1);
    m_loadProgress = new LoadProgressWidget(this);
    statusBar()->addPermanentWidget(m_loadProgress);
}

void MainWindow::restoreWindow()
{
    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1280, 800);
    if (!restoreState(m_settings->windowState())) {
        resizeDocks({m_documentsDock, m_comparisonsDock}, {fontMetrics().averageCharWidth() * 50, fontMetrics().averageCharWidth() * 60},
                    Qt::Horizontal);
        resizeDocks({m_documentsDock, m_problemsDock}, {height() - fontMetrics().height() * 14, fontMetrics().height() * 9}, Qt::Vertical);
    }
}

void MainWindow::saveWindow()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_reading->saveLayout();
    m_session->cancel();
    saveWindow();
    QMainWindow::closeEvent(event);
}

namespace {

QString droppedFolder(const QMimeData *data)
{
    if (!data || !data->hasUrls() || data->urls().size() != 1)
        return {};
    const QUrl url = data->urls().constFirst();
    return url.isLocalFile() && QFileInfo(url.toLocalFile()).isDir() ? url.toLocalFile() : QString();
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFolder(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString folder = droppedFolder(event->mimeData());
    if (folder.isEmpty())
        return;
    event->acceptProposedAction();
    openFolder(folder);
}

void MainWindow::setSamplesFolder(const QString &folder)
{
    m_samplesFolder = folder;
    m_openSamplesAction->setEnabled(!folder.isEmpty() && QFileInfo(folder).isDir());
    m_openSamplesAction->setVisible(!folder.isEmpty());
}

void MainWindow::openFolder(const QString &folder)
{
    if (folder.isEmpty())
        return;
    m_session->openFolder(folder);
}

void MainWindow::chooseFolder()
{
    auto *dialog = new QFileDialog(this, tr("Open a Folder of Articles"));
    dialog->setObjectName(u"openFolderDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    const QString start = !m_session->folder().isEmpty() ? m_session->folder() : m_settings->recentFolders().value(0);
    if (!start.isEmpty())
        dialog->setDirectory(QFileInfo(start).absolutePath());
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openFolder);
    dialog->open();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList folders = m_settings->recentFolders();
    int number = 0;
    for (const QString &folder : folders) {
        ++number;
        QString name = folderDisplayName(folder);
        name.replace(u'&', u"&&"_s);
        // Numbered accelerators, as KDE's recent-files menus have.
        const QString text = number < 10 ? u"&%1  %2"_s.arg(number).arg(name) : name;
        QAction *action = m_recentMenu->addAction(text);
        action->setToolTip(QDir::toNativeSeparators(folder));
        action->setData(folder);
        connect(action, &QAction::triggered, this, [this, folder] { openFolder(folder); });
    }
    if (!folders.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!folders.isEmpty());
    m_recentMenu->setEnabled(!folders.isEmpty());
}

void MainWindow::showWelcome(const QString &title, const QString &text)
{
    m_welcome->setTitle(title);
    m_welcome->setText(text);
    m_central->setCurrentWidget(m_welcome);
}

void MainWindow::updateDocumentActions(const QString &documentId)
{
    const Document *document = documentId.isEmpty() ? nullptr : m_session->document(documentId);
    m_propertiesAction->setEnabled(document && document->isLoaded());
    updateWholePageAction();
}

void MainWindow::handleLoadStarted(const QString &folder)
{
    m_loadProgress->start(tr("Reading %1…").arg(folderDisplayName(folder)));
    m_reloadAction->setEnabled(false);
    if (m_session->folder().isEmpty())
        showWelcome(tr("Reading %1…").arg(folderDisplayName(folder)), QDir::toNativeSeparators(folder));
}

void MainWindow::handleLoadFinished(const QString &folder)
{
    m_loadProgress->stop();
    m_reloadAction->setEnabled(true);
    const Corpus &corpus = m_session->corpus();
    setWindowTitle(tr("%1 — Recoupe").arg(folderDisplayName(folder)));
    m_problemsDock->setWindowTitle(corpus.problemCount() > 0 ? tr("Problems (%1)").arg(corpus.problemCount()) : tr("Problems"));
    m_problemsPane->setEmptyText(tr("No problems: every file of the folder was read."));
    updateSummary();

    m_analysis->cancel();
    m_analysis->clear();
    m_timelinePane->clear();
    if (!corpus.folderError.isEmpty()) {
        showWelcome(tr("Cannot read %1").arg(folderDisplayName(folder)), corpus.folderError);
        return;
    }
    m_settings->addRecentFolder(folder);
    m_settings->setLastFolder(folder);
    if (corpus.documents.isEmpty()) {
        showWelcome(tr("No articles in %1").arg(folderDisplayName(folder)),
                    tr("Recoupe reads the .txt, .md, .html and .pdf files of a folder and of its subfolders."));
        return;
    }
    m_analysis->analyse(corpus.folder, corpus.documents);
    m_central->setCurrentWidget(m_readingArea);
    // The panes as they were left in this folder (a reload included), else two on the first articles.
    m_reading->restoreLayout();
    if (!m_reading->layoutError().isEmpty())
        statusBar()->showMessage(m_reading->layoutError(), 8000);
    updatePaneActions();
    updateDocumentActions(m_documentsPane->currentDocumentId());
}

void MainWindow::handleLoadCanceled(const QString &folder)
{
    m_loadProgress->stop();
    m_reloadAction->setEnabled(!m_session->folder().isEmpty());
    statusBar()->showMessage(tr("Stopped reading %1.").arg(folderDisplayName(folder)), 5000);
    if (m_session->folder().isEmpty()) {
        showWelcome(tr("Open a folder of articles"), tr("Reading %1 was canceled.").arg(QDir::toNativeSeparators(folder)));
    }
}

void MainWindow::handleDocumentChanged(const QString &documentId)
{
    // A date places "this year" and converts currencies: compare again.
    m_analysis->analyse(m_session->folder(), m_session->corpus().documents);
    if (const Document *document = m_session->document(documentId))
        statusBar()->showMessage(tr("Saved your correction of %1.").arg(document->path), 5000);
}

void MainWindow::updateSummary()
{
    const Corpus &corpus = m_session->corpus();
    if (corpus.folder.isEmpty()) {
        m_summaryLabel->setText(tr("No folder open"));
        return;
    }
    // "Label: number" needs no plural forms, in any language.
    QString text = tr("Articles: %1").arg(corpus.loadedCount());
    if (corpus.problemCount() > 0)
        text += u"  ·  "_s + tr("Not read: %1").arg(corpus.problemCount());
    if (m_analysis->isRunning()) {
        text += u"  ·  "_s + tr("Comparing figures…");
    } else if (!m_analysis->claims().isEmpty()) {
        text += u"  ·  "_s + tr("Figures: %1").arg(m_analysis->claims().size());
        const auto discrepancies = std::count_if(m_analysis->groups().cbegin(), m_analysis->groups().cend(),
                                                 [](const ClaimGroup &group) { return group.verdict == Verdict::Discrepancy; });
        text += u"  ·  "_s + tr("Disagreements: %1").arg(discrepancies);
    }
    text += u"  ·  "_s + QDir::toNativeSeparators(corpus.folder);
    m_summaryLabel->setText(text);
}

void MainWindow::editDocumentProperties(const QString &documentId)
{
    const Document *document = documentId.isEmpty() ? nullptr : m_session->document(documentId);
    if (!document || !document->isLoaded())
        return;
    auto *dialog = new DocumentPropertiesDialog(m_session, documentId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::applyReadingSettings()
{
    QFont font = ReadingView::defaultReadingFont();
    if (m_settings->readingFontPointSize() > 0)
        font.setPointSize(m_settings->readingFontPointSize());
    for (ReadingPane *pane : m_readingArea->panes()) {
        pane->setReadingFont(font);
        pane->setHighlightTheme(m_settings->highlightTheme());
    }
}

void MainWindow::showPreferences()
{
    if (auto *open = findChild<PreferencesDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new PreferencesDialog(m_settings, m_repository, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::exportChart()
{
    if (!m_timelinePane->hasPoints())
        return;
    if (auto *open = findChild<ExportChartDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    QString path = m_lastChartExport;
    if (path.isEmpty()) {
        // A picture for an article goes where pictures go, not among the articles being read
        // (where the next analysis would list it as a problem).
        QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        if (folder.isEmpty() || !QFileInfo(folder).isDir())
            folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (folder.isEmpty() || !QFileInfo(folder).isDir())
            folder = QDir::homePath();
        path = QDir(folder).filePath(tr("timeline") + u".png"_s);
    }
    auto *dialog = new ExportChartDialog(m_timelinePane->model(), path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportChartDialog::saved, this, [this](const QString &saved) {
        m_lastChartExport = saved;
        statusBar()->showMessage(tr("Saved the chart as %1.").arg(QDir::toNativeSeparators(saved)), 5000);
        showExported(tr("Export Chart"), tr("The chart was saved as %1.").arg(QDir::toNativeSeparators(saved)), saved);
    });
    dialog->open();
}

void MainWindow::exportReport(const QString &directory)
{
    if (directory.isEmpty() || m_session->folder().isEmpty())
        return;
    FactCheckReportInput input;
    input.folder = m_session->folder();
    input.created = QDateTime::currentDateTime();
    input.documents = m_session->corpus().documents;
    input.claims = m_analysis->claims();
    input.groups = m_analysis->groups();
    input.annotations = m_session->annotations()->annotations();
    input.corrections = m_analysis->corrections();
    ReportExportOptions options;
    options.outputDirectory = directory;
    // Charts are drawn here (Qt Charts wants the GUI thread, well under a second); the files are
    // written by a worker.
    const QList<ReportChart> charts = ReportExporter::renderCharts(input, options.chart);
    m_loadProgress->start(tr("Writing the report…"));
    auto *watcher = new QFutureWatcher<ReportExportResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, directory] {
        watcher->deleteLater();
        m_loadProgress->stop();
        if (watcher->future().resultCount() == 0)
            return;
        const ReportExportResult result = watcher->result();
        if (!result.ok) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Fact-Check Report"), result.error, QMessageBox::Close, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        statusBar()->showMessage(tr("Report written in %1.").arg(QDir::toNativeSeparators(directory)), 8000);
        const QString html = QDir(directory).filePath(ReportExporter::htmlFileName());
        showExported(tr("Export Fact-Check Report"), tr("The report was written in %1.").arg(QDir::toNativeSeparators(directory)), html);
        Q_EMIT reportExported(html);
    });
    watcher->setFuture(QtConcurrent::run(&ReportExporter::writeWithPromise, input, charts, options));
}

void MainWindow::showExported(const QString &title, const QString &text, const QString &filePath)
{
    // What was just written is one click away: opened in its application, or shown in its folder.
    delete findChild<QMessageBox *>(u"exportedBox"_s);
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Close, this);
    box->setObjectName(u"exportedBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *open = box->addButton(tr("&Open"), QMessageBox::ActionRole);
    open->setObjectName(u"openExportedButton"_s);
    QPushButton *show = box->addButton(tr("Show in &Folder"), QMessageBox::ActionRole);
    show->setObjectName(u"showExportedButton"_s);
    box->setDefaultButton(open);
    box->setWindowModality(Qt::NonModal);
    connect(box, &QMessageBox::buttonClicked, this, [open, show, filePath](QAbstractButton *button) {
        // Local files only: Recoupe never opens an address on the network.
        if (button == open)
            QDesktopServices::openUrl(QUrl::fromLocalFile(filePath));
        else if (button == show)
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(filePath).absolutePath()));
    });
    box->show();
}

void MainWindow::showHandbook()
{
    // One window, raised again when it is already open.
    auto *handbook = findChild<HandbookWindow *>();
    if (!handbook) {
        handbook = new HandbookWindow(this);
        handbook->setAttribute(Qt::WA_DeleteOnClose);
    }
    handbook->show();
    handbook->raise();
    handbook->activateWindow();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(u"aboutDialog"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Recoupe"));
    box->setIconPixmap(Icons::application().pixmap(QSize(64, 64), devicePixelRatio()));
    box->setTextFormat(Qt::RichText);
    box->setText(u"<h3>%1</h3><p>%2</p>"_s.arg(tr("Recoupe %1").arg(QStringLiteral(RECOUPE_VERSION_STRING)),
                                              tr("Cross-check the figures of news articles.")));
    // QMessageBox::aboutQt() would run a nested event loop: the versions are said here instead.
    box->setInformativeText(tr("Recoupe highlights every figure of a folder of articles, groups the same claim "
                               "across them and flags where the sources disagree. It never uses the network.")
                            + u"\n\n"_s + tr("Built with Qt %1 (running on %2) and KDE Frameworks.").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

} // namespace Recoupe
