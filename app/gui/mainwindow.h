#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Recoupe {

class AnalysisSession;
class CorrectionController;
class AnnotationController;
class AnnotationsPane;
class ComparisonsPane;
class CorpusSession;
class FiguresPane;
class DocumentsPane;
class FindInFolderPane;
class LoadProgressWidget;
class PlaceholderWidget;
class ProblemsPane;
class ReadingArea;
class ReadingController;
class ReadingPane;
class Settings;
class TimelinePane;

// Holds the docks, the actions and the status bar, and wires the session to the panes. Each pane
// is a class of its own over a model of the library; no logic lives here.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // repository: KSyntaxHighlighting's, owned by the application on this thread; nullptr shows
    // the articles without highlighting.
    explicit MainWindow(Settings *settings, KSyntaxHighlighting::Repository *repository = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Where the bundled sample articles are (empty: none); enables File > Open Sample Articles.
    void setSamplesFolder(const QString &folder);
    QString samplesFolder() const { return m_samplesFolder; }

    void openFolder(const QString &folder);
    // Opens the dialog that corrects a document's date, title and language (not modal for the
    // application: no nested event loop).
    void editDocumentProperties(const QString &documentId);

    CorpusSession *session() const { return m_session; }
    AnalysisSession *analysis() const { return m_analysis; }
    ComparisonsPane *comparisonsPane() const { return m_comparisonsPane; }
    FiguresPane *figuresPane() const { return m_figuresPane; }
    // The current reading pane (the one the window's actions apply to).
    ReadingPane *readingPane() const;
    ReadingArea *readingArea() const { return m_readingArea; }
    ReadingController *readingController() const { return m_reading; }
    FindInFolderPane *findInFolderPane() const { return m_findInFolderPane; }
    AnnotationsPane *annotationsPane() const { return m_annotationsPane; }
    AnnotationController *annotationController() const { return m_annotating; }
    // Writes the fact-check report (HTML and Markdown, charts) into directory, off the GUI thread.
    void exportReport(const QString &directory);
    DocumentsPane *documentsPane() const { return m_documentsPane; }
    ProblemsPane *problemsPane() const { return m_problemsPane; }
    TimelinePane *timelinePane() const { return m_timelinePane; }
    LoadProgressWidget *loadProgress() const { return m_loadProgress; }

Q_SIGNALS:
    // The report's HTML file, once written.
    void reportExported(const QString &htmlPath);

protected:
    void closeEvent(QCloseEvent *event) override;
    // A folder dropped on the window is opened.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void createMenus();
    void createStatusBar();
    void restoreWindow();
    void saveWindow();

    void chooseFolder();
    void updateRecentMenu();
    void showWelcome(const QString &title, const QString &text);
    void updateDocumentActions(const QString &documentId);

    void handleLoadStarted(const QString &folder);
    void handleLoadFinished(const QString &folder);
    void handleLoadCanceled(const QString &folder);
    void handleDocumentChanged(const QString &documentId);
    void updateSummary();
    void showAbout();
    void showHandbook();
    // After an export: says where the file is, with Open and Show in Folder.
    void showExported(const QString &title, const QString &text, const QString &filePath);
    void showPreferences();
    void applyReadingSettings();
    void setUpPane(ReadingPane *pane);
    void zoom(int delta);
    void updatePaneActions();
    // View > Show Whole Page follows the current pane: enabled for a saved web page, checked
    // while the pane shows it whole.
    void updateWholePageAction();
    void showWholePage(bool whole);
    void exportChart();

    Settings *m_settings;
    KSyntaxHighlighting::Repository *m_repository;
    CorpusSession *m_session;
    AnalysisSession *m_analysis;
    QString m_samplesFolder;

    QStackedWidget *m_central;
    PlaceholderWidget *m_welcome;
    ReadingArea *m_readingArea;
    ReadingController *m_reading = nullptr;
    FindInFolderPane *m_findInFolderPane;
    AnnotationsPane *m_annotationsPane;
    QDockWidget *m_annotationsDock;
    AnnotationController *m_annotating = nullptr;
    CorrectionController *m_correcting = nullptr;
    QDockWidget *m_findInFolderDock;
    DocumentsPane *m_documentsPane;
    ProblemsPane *m_problemsPane;
    ComparisonsPane *m_comparisonsPane;
    QDockWidget *m_comparisonsDock;
    FiguresPane *m_figuresPane;
    QDockWidget *m_figuresDock;
    QDockWidget *m_documentsDock;
    QDockWidget *m_problemsDock;
    TimelinePane *m_timelinePane;
    QDockWidget *m_timelineDock;
    // Where the last chart was exported, offered again (this session only).
    QString m_lastChartExport;
    QToolBar *m_toolBar;
    QLabel *m_summaryLabel;
    LoadProgressWidget *m_loadProgress;

    QAction *m_openFolderAction;
    QAction *m_openSamplesAction;
    QAction *m_reloadAction;
    QAction *m_propertiesAction;
    QAction *m_clearRecentAction;
    QAction *m_quitAction;
    QAction *m_preferencesAction;
    QAction *m_aboutAction;
    QAction *m_exportChartAction;
    QAction *m_copyChartAction;
    QAction *m_addPaneAction;
    QAction *m_closePaneAction;
    QAction *m_linkScrollingAction;
    QAction *m_showWholePageAction;
    QAction *m_zoomInAction;
    QAction *m_zoomOutAction;
    QAction *m_zoomResetAction;
    QAction *m_zoomAllPanesAction;
    QAction *m_findAction;
    QAction *m_findInFolderAction;
    QAction *m_nextFigureAction;
    QAction *m_previousFigureAction;
    QAction *m_nextGroupClaimAction;
    QAction *m_previousGroupClaimAction;
    QAction *m_nextPaneAction;
    QAction *m_annotateAction;
    QAction *m_correctFigureAction;
    QAction *m_handbookAction;
    QAction *m_rejectFigureAction;
    QAction *m_addFigureAction;
    QAction *m_editAnnotationAction;
    QAction *m_removeAnnotationAction;
    QAction *m_restoreBackupAction;
    QAction *m_importAnnotationsAction;
    QAction *m_exportAnnotationsAction;
    QAction *m_exportReportAction;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QAction *m_previousPaneAction;
    QMenu *m_recentMenu;
};

} // namespace Recoupe
