#include "corpus/corpusloader.h"
#include "corpussession.h"
#include "documentpropertiesdialog.h"
#include "documentspane.h"
#include "elidedlabel.h"
#include "loadprogresswidget.h"
#include "mainwindow.h"
#include "models/documentlistmodel.h"
#include "models/loadproblemsmodel.h"
#include "placeholderwidget.h"
#include "problemspane.h"
#include "readingarea.h"
#include "readingpane.h"
#include "settings/settings.h"
#include "foldercopy.h"
#include "testconfig.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

const QString fixtureFolder = QStringLiteral(RECOUPE_FIXTURES_DIR "/gui");

template<typename T>
T *child(QObject *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_expected = CorpusLoader::load(fixtureFolder);
        QCOMPARE(m_expected.documents.size(), 4);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_folder = m_dir->filePath(u"articles"_s);
        QVERIFY(copyFolder(fixtureFolder, m_folder));
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"recouperc"_s));
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void startsWithAWelcome()
    {
        auto *central = qobject_cast<QStackedWidget *>(m_window->centralWidget());
        QVERIFY(central);
        auto *welcome = child<PlaceholderWidget>(m_window.get(), u"welcomePlaceholder"_s);
        QCOMPARE(central->currentWidget(), welcome);
        QVERIFY(child<QPushButton>(welcome, u"welcomeOpenFolderButton"_s)->isVisible());
        QCOMPARE(child<QLabel>(m_window.get(), u"statusSummary"_s)->text(), u"No folder open"_s);
        QVERIFY(!child<QAction>(m_window.get(), u"reloadAction"_s)->isEnabled());
        QVERIFY(!child<QAction>(m_window.get(), u"documentPropertiesAction"_s)->isEnabled());
        QVERIFY(!child<QMenu>(m_window.get(), u"openRecentMenu"_s)->isEnabled());
    }

    void openFolderThroughTheDialog()
    {
        auto *button = child<QPushButton>(m_window.get(), u"welcomeOpenFolderButton"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = child<QFileDialog>(m_window.get(), u"openFolderDialog"_s)));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->fileMode(), QFileDialog::Directory);

        QSignalSpy finished(m_window->session(), &CorpusSession::loadFinished);
        dialog->setDirectory(m_dir->path());
        dialog->selectFile(m_folder);
        static_cast<QDialog *>(dialog)->accept();
        QVERIFY(finished.wait(10000));
        QCOMPARE(QDir(m_window->session()->folder()), QDir(m_folder));
        QCOMPARE(m_window->windowTitle(), u"articles — Recoupe"_s);
    }

    void openFolderShortcut()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
        QTRY_VERIFY(child<QFileDialog>(m_window.get(), u"openFolderDialog"_s));
    }

    void listsTheDocuments()
    {
        openAndWait(m_folder);
        QTreeView *view = documentsView();
        QAbstractItemModel *model = view->model();
        QCOMPARE(model->rowCount(), 4);

        QStringList titles;
        for (int row = 0; row < model->rowCount(); ++row)
            titles.append(model->index(row, DocumentListModel::TitleColumn).data().toString());
        QVERIFY2(titles.contains(u"Harbour bridge repairs will cost more than planned"_s), qPrintable(titles.join(u" | "_s)));
        QVERIFY(titles.contains(u"Une usine de batteries promise à Saint-Brevin"_s));
        QVERIFY(titles.contains(u"Offshore wind farm gets its last turbine"_s));
        QVERIFY(titles.contains(u"scanned-page.txt"_s));

        const QModelIndex bridge = indexOf(u"harbour-bridge.md"_s);
        QCOMPARE(bridge.siblingAtColumn(DocumentListModel::DateColumn).data(DocumentListModel::DateRole).toString(), u"2025-02-11"_s);
        QCOMPARE(bridge.siblingAtColumn(DocumentListModel::DateColumn).data().toString(), u"11 Feb 2025"_s);
        QCOMPARE(bridge.siblingAtColumn(DocumentListModel::LanguageColumn).data().toString(), u"EN"_s);
        // Every date and its source as the library reads them.
        for (const Document &expected : std::as_const(m_expected.documents)) {
            const QModelIndex index = indexOf(expected.id);
            QVERIFY2(index.isValid(), qPrintable(expected.id));
            QCOMPARE(index.data(DocumentListModel::DateRole).toString(), expected.date);
            QCOMPARE(index.data(DocumentListModel::DateSourceRole).toString(), expected.dateSource);
            QCOMPARE(index.data(DocumentListModel::HasProblemsRole).toBool(), !expected.isLoaded());
        }
        QVERIFY(indexOf(u"scanned-page.txt"_s).data(DocumentListModel::HasProblemsRole).toBool());

        const QString summary = child<QLabel>(m_window.get(), u"statusSummary"_s)->text();
        QVERIFY2(summary.startsWith(u"Articles: 3  ·  Not read: 1  ·  "_s), qPrintable(summary));
        QVERIFY(child<QAction>(m_window.get(), u"reloadAction"_s)->isEnabled());
        QCOMPARE(child<QDockWidget>(m_window.get(), u"problemsDock"_s)->windowTitle(), u"Problems (1)"_s);
    }

    void firstArticleIsShownAfterLoading()
    {
        openAndWait(m_folder);
        auto *central = qobject_cast<QStackedWidget *>(m_window->centralWidget());
        QCOMPARE(central->currentWidget(), m_window->readingArea());
        // The problem file is skipped: there is nothing to read in it.
        const QString shown = m_window->readingPane()->documentId();
        QVERIFY(!shown.isEmpty());
        QVERIFY(shown != u"scanned-page.txt"_s);
        QCOMPARE(m_window->documentsPane()->currentDocumentId(), shown);
    }

    void selectingADocumentShowsIt()
    {
        openAndWait(m_folder);
        QTreeView *view = documentsView();
        const QModelIndex wind = indexOf(u"wind-farm.txt"_s);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(wind).center());
        QCOMPARE(m_window->readingPane()->documentId(), u"wind-farm.txt"_s);

        const Document *expected = m_expected.document(u"wind-farm.txt"_s);
        QVERIFY(expected);
        auto *pane = m_window->readingPane();
        QCOMPARE(child<QLabel>(pane, u"documentTitle"_s)->text(), u"Offshore wind farm gets its last turbine"_s);
        QCOMPARE(child<ElidedLabel>(pane, u"documentFile"_s)->text(), u"wind-farm.txt"_s);
        QVERIFY(child<QLabel>(pane, u"documentEncoding"_s)->text().startsWith(expected->encoding));
        QCOMPARE(child<QLabel>(pane, u"documentLanguage"_s)->toolTip(), u"English"_s);
        // The header's words depend on the pane's width: whole in a wide pane, short in a narrow one.
        const auto checkHeader = [&](bool narrow) {
            QTRY_COMPARE(child<QLabel>(pane, u"documentLanguage"_s)->text(), narrow ? u"EN"_s : u"English"_s);
            QCOMPARE(child<QLabel>(pane, u"documentEncoding"_s)->isVisibleTo(pane), !narrow);
            if (expected->date.isEmpty())
                QVERIFY(child<QLabel>(pane, u"documentDate"_s)->text().contains(u"No date"_s));
            else
                QCOMPARE(child<QLabel>(pane, u"documentDate"_s)->text(),
                         DocumentListModel::displayDate(expected->date, narrow ? QLocale::ShortFormat : QLocale::LongFormat));
        };
        m_window->resize(1800, 900);
        checkHeader(false);
        ReadingArea *area = m_window->readingArea();
        const int panes = area->paneCount();
        QAction *addPane = m_window->findChild<QAction *>(u"addPaneAction"_s);
        QVERIFY(addPane);
        while (area->paneCount() < 4 && addPane->isEnabled())
            addPane->trigger();
        m_window->resize(1000, 700);
        checkHeader(true);
        if (QTest::currentTestFailed())
            return;
        while (area->paneCount() > panes)
            area->removePane(area->pane(area->paneCount() - 1));
        area->setCurrentPane(pane);
        m_window->resize(1800, 900);
        checkHeader(false);
        if (QTest::currentTestFailed())
            return;
        m_window->resize(1200, 800);
        QCOMPARE(pane->view()->toPlainText(), expected->text);
        QVERIFY(pane->view()->isReadOnly());
        QVERIFY(!child<QWidget>(pane, u"documentProblem"_s)->isVisible());

        // No format of the previous article (its headline) carries over to this one.
        QTextCursor last(pane->view()->document());
        last.movePosition(QTextCursor::End);
        QCOMPARE(last.charFormat().fontWeight(), QFont::Normal);

        // The keyboard moves through the list too.
        const QModelIndex before = view->currentIndex();
        view->setFocus();
        QTest::keyClick(view, before.row() == 0 ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(view->currentIndex().row() != before.row());
        QCOMPARE(pane->documentId(), view->currentIndex().data(DocumentListModel::DocumentIdRole).toString());
        QVERIFY(child<QAction>(m_window.get(), u"documentPropertiesAction"_s)->isEnabled()
                != view->currentIndex().data(DocumentListModel::HasProblemsRole).toBool());
    }

    void filterNarrowsTheList()
    {
        openAndWait(m_folder);
        auto *filter = child<QLineEdit>(m_window.get(), u"documentFilter"_s);
        QTest::keyClicks(filter, u"usine"_s);
        QCOMPARE(documentsView()->model()->rowCount(), 1);
        filter->clear();
        QCOMPARE(documentsView()->model()->rowCount(), 4);
    }

    void problemsListShowsTheBadFile()
    {
        openAndWait(m_folder);
        auto *problems = child<QTreeView>(m_window.get(), u"problemsView"_s);
        QVERIFY(problems->isVisible());
        QAbstractItemModel *model = problems->model();
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex file = model->index(0, LoadProblemsModel::FileColumn);
        QCOMPARE(file.data().toString(), u"scanned-page.txt"_s);
        const QString reason = model->index(0, LoadProblemsModel::ReasonColumn).data().toString();
        QVERIFY(!reason.isEmpty());
        QCOMPARE(QStringList{reason}, m_expected.document(u"scanned-page.txt"_s)->errors.mid(0, 1));

        // Double-clicking the problem selects the file in the Documents list.
        const QPoint centre = problems->visualRect(file).center();
        QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(problems->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(m_window->documentsPane()->currentDocumentId(), u"scanned-page.txt"_s);
        QCOMPARE(m_window->readingPane()->documentId(), u"scanned-page.txt"_s);
        auto *problemLabel = child<QLabel>(m_window->readingPane(), u"documentProblem"_s);
        QVERIFY(problemLabel->isVisible());
        QVERIFY(problemLabel->text().contains(reason));
        QVERIFY(!child<QAction>(m_window.get(), u"documentPropertiesAction"_s)->isEnabled());
    }

    void noProblemsSaysSo()
    {
        QVERIFY(QFile::remove(QDir(m_folder).filePath(u"scanned-page.txt"_s)));
        openAndWait(m_folder);
        auto *empty = child<QLabel>(m_window.get(), u"problemsEmptyLabel"_s);
        QVERIFY(empty->isVisible());
        QVERIFY(!child<QTreeView>(m_window.get(), u"problemsView"_s)->isVisible());
        QCOMPARE(child<QDockWidget>(m_window.get(), u"problemsDock"_s)->windowTitle(), u"Problems"_s);
    }

    void cancelKeepsTheFolderShown()
    {
        openAndWait(m_folder);
        const QString big = makeBigFolder(u"big"_s, 3000);
        QSignalSpy canceled(m_window->session(), &CorpusSession::loadCanceled);
        QSignalSpy finished(m_window->session(), &CorpusSession::loadFinished);

        m_window->openFolder(big);
        auto *progress = child<LoadProgressWidget>(m_window.get(), u"loadProgress"_s);
        QVERIFY(progress->isVisible());
        QVERIFY(m_window->session()->isLoading());
        QTest::mouseClick(child<QToolButton>(m_window.get(), u"cancelLoadButton"_s), Qt::LeftButton);

        QCOMPARE(canceled.count(), 1);
        QVERIFY(!m_window->session()->isLoading());
        QVERIFY(!progress->isVisible());
        QCOMPARE(QDir(m_window->session()->folder()), QDir(m_folder));
        QCOMPARE(documentsView()->model()->rowCount(), 4);

        // Whatever the canceled load still delivers is ignored: a later load is the only result.
        QVERIFY(m_window->session()->loadPool()->waitForDone(10000));
        openAndWait(m_folder);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(QDir(m_window->session()->folder()), QDir(m_folder));
    }

    void newerLoadWins()
    {
        const QString big = makeBigFolder(u"big"_s, 2000);
        QSignalSpy finished(m_window->session(), &CorpusSession::loadFinished);
        m_window->openFolder(big);
        m_window->openFolder(m_folder);
        QVERIFY(finished.wait(10000));
        QVERIFY(m_window->session()->loadPool()->waitForDone(10000));
        openAndWait(m_folder);
        QCOMPARE(finished.count(), 2);
        for (const QList<QVariant> &arguments : std::as_const(finished))
            QCOMPARE(QDir(arguments.at(0).toString()), QDir(m_folder));
        QCOMPARE(documentsView()->model()->rowCount(), 4);
    }

    void recentFolders()
    {
        const QString other = m_dir->filePath(u"other"_s);
        QVERIFY(copyFolder(fixtureFolder, other));
        openAndWait(m_folder);
        openAndWait(other);

        const QStringList expected{QDir(other).canonicalPath(), QDir(m_folder).canonicalPath()};
        QStringList recent = m_settings->recentFolders();
        for (QString &folder : recent)
            folder = QDir(folder).canonicalPath();
        QCOMPARE(recent, expected);

        auto *menu = child<QMenu>(m_window.get(), u"openRecentMenu"_s);
        QVERIFY(menu->isEnabled());
        QList<QAction *> entries;
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (!action->data().toString().isEmpty())
                entries.append(action);
        }
        QCOMPARE(entries.size(), 2);
        QVERIFY(entries.at(0)->text().contains(u"other"_s));
        QVERIFY(entries.at(1)->text().contains(u"articles"_s));

        QSignalSpy finished(m_window->session(), &CorpusSession::loadFinished);
        entries.at(1)->trigger();
        QVERIFY(finished.wait(10000));
        QCOMPARE(QDir(m_window->session()->folder()), QDir(m_folder));
        QCOMPARE(QDir(m_settings->recentFolders().first()).canonicalPath(), QDir(m_folder).canonicalPath());

        child<QAction>(m_window.get(), u"clearRecentAction"_s)->trigger();
        QCOMPARE(m_settings->recentFolders(), QStringList());
        QVERIFY(!menu->isEnabled());
    }

    void reloadKeepsTheCurrentDocument()
    {
        openAndWait(m_folder);
        QVERIFY(m_window->documentsPane()->selectDocument(u"usine-batteries.html"_s));
        QSignalSpy finished(m_window->session(), &CorpusSession::loadFinished);
        child<QAction>(m_window.get(), u"reloadAction"_s)->trigger();
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_window->readingPane()->documentId(), u"usine-batteries.html"_s);
        QCOMPARE(m_window->documentsPane()->currentDocumentId(), u"usine-batteries.html"_s);
    }

    // A saved web page: Properties says how its article was found and where its date came from.
    void propertiesSayWhereAPageMetadataCameFrom()
    {
        openAndWait(m_folder);
        QVERIFY(m_window->documentsPane()->selectDocument(u"usine-batteries.html"_s));
        DocumentPropertiesDialog *dialog = openPropertiesDialog();
        QVERIFY(dialog);
        auto *page = child<QLabel>(dialog, u"pageLabel"_s);
        QVERIFY(page->isVisible());
        QVERIFY2(page->text().contains(u"date from article:published_time"_s), qPrintable(page->text()));
        QVERIFY2(page->text().contains(u"marks as its article"_s), qPrintable(page->text()));
        QCOMPARE(child<QLabel>(dialog, u"dateHint"_s)->text(), u"Found in the page's metadata: article:published_time"_s);
        dialog->reject();

        QVERIFY(m_window->documentsPane()->selectDocument(u"wind-farm.txt"_s));
        dialog = openPropertiesDialog();
        QVERIFY(dialog);
        QVERIFY(!child<QLabel>(dialog, u"pageLabel"_s)->isVisible());
        dialog->reject();
    }

    void correctADate()
    {
        openAndWait(m_folder);
        QVERIFY(m_window->documentsPane()->selectDocument(u"wind-farm.txt"_s));
        DocumentPropertiesDialog *dialog = openPropertiesDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->documentId(), u"wind-farm.txt"_s);

        auto *dateEdit = child<QLineEdit>(dialog, u"dateEdit"_s);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        dateEdit->selectAll();
        QTest::keyClicks(dateEdit, u"2025-13"_s);
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        dateEdit->selectAll();
        QTest::keyClicks(dateEdit, u"2024-05"_s);
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        QSignalSpy changed(m_window->session(), &CorpusSession::documentChanged);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!dialog->isVisible());

        const QJsonObject saved = readOverrides();
        QCOMPARE(saved.value(u"format"_s).toString(), u"recoupe-documents-1"_s);
        const QJsonObject entry = saved.value(u"documents"_s).toObject().value(u"wind-farm.txt"_s).toObject();
        QCOMPARE(entry.value(u"date"_s).toString(), u"2024-05"_s);
        // Only what was changed is stated.
        QVERIFY(!entry.contains(u"title"_s));
        QVERIFY(!entry.contains(u"language"_s));

        const QModelIndex row = indexOf(u"wind-farm.txt"_s);
        QCOMPARE(row.data(DocumentListModel::DateRole).toString(), u"2024-05"_s);
        QCOMPARE(row.data(DocumentListModel::DateSourceRole).toString(), u"user"_s);
        QCOMPARE(row.siblingAtColumn(DocumentListModel::DateColumn).data().toString(), u"May 2024"_s);
        auto *pane = m_window->readingPane();
        QCOMPARE(child<QLabel>(pane, u"documentDate"_s)->text(), u"May 2024"_s);
        QCOMPARE(child<QLabel>(pane, u"documentDateSource"_s)->text(), u"(set by you)"_s);

        // A reload reads the statement back from the folder.
        QSignalSpy finished(m_window->session(), &CorpusSession::loadFinished);
        m_window->session()->reload();
        QVERIFY(finished.wait(10000));
        QCOMPARE(indexOf(u"wind-farm.txt"_s).data(DocumentListModel::DateSourceRole).toString(), u"user"_s);
    }

    void correctTitleAndLanguageThenRestore()
    {
        openAndWait(m_folder);
        QVERIFY(m_window->documentsPane()->selectDocument(u"harbour-bridge.md"_s));
        DocumentPropertiesDialog *dialog = openPropertiesDialog();
        QVERIFY(dialog);
        auto *title = child<QLineEdit>(dialog, u"titleEdit"_s);
        title->selectAll();
        QTest::keyClicks(title, u"Bridge repairs: the bill grows"_s);
        auto *language = child<QComboBox>(dialog, u"languageCombo"_s);
        language->setCurrentIndex(language->findData(u"fr"_s));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

        QJsonObject entry = readOverrides().value(u"documents"_s).toObject().value(u"harbour-bridge.md"_s).toObject();
        QCOMPARE(entry.value(u"title"_s).toString(), u"Bridge repairs: the bill grows"_s);
        QCOMPARE(entry.value(u"language"_s).toString(), u"fr"_s);
        QCOMPARE(indexOf(u"harbour-bridge.md"_s).data().toString(), u"Bridge repairs: the bill grows"_s);
        QCOMPARE(child<QLabel>(m_window->readingPane(), u"documentTitle"_s)->text(), u"Bridge repairs: the bill grows"_s);

        // Forgetting the statements reads the file's own values again.
        dialog = openPropertiesDialog();
        QVERIFY(dialog);
        auto *restore = child<QPushButton>(dialog, u"restoreButton"_s);
        QVERIFY(restore->isEnabled());
        QSignalSpy finished(m_window->session(), &CorpusSession::loadFinished);
        QTest::mouseClick(restore, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY(!readOverrides().value(u"documents"_s).toObject().contains(u"harbour-bridge.md"_s));
        QCOMPARE(indexOf(u"harbour-bridge.md"_s).data().toString(), u"Harbour bridge repairs will cost more than planned"_s);
        QCOMPARE(m_window->readingPane()->documentId(), u"harbour-bridge.md"_s);
    }

    void savingIntoAnUnwritableFolderSaysWhy()
    {
        // A file where the .recoupe folder should be: no statement can be saved, even as root.
        QFile blocker(QDir(m_folder).filePath(u".recoupe"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        openAndWait(m_folder);
        QVERIFY(m_window->documentsPane()->selectDocument(u"wind-farm.txt"_s));
        DocumentPropertiesDialog *dialog = openPropertiesDialog();
        QVERIFY(dialog);
        auto *dateEdit = child<QLineEdit>(dialog, u"dateEdit"_s);
        dateEdit->selectAll();
        QTest::keyClicks(dateEdit, u"2023"_s);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

        QVERIFY(dialog->isVisible());
        auto *error = child<QLabel>(dialog, u"errorLabel"_s);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().startsWith(u"Could not save your correction"_s));
        QVERIFY(indexOf(u"wind-farm.txt"_s).data(DocumentListModel::DateRole).toString() != u"2023"_s);
        dialog->reject();
    }

    void viewMenuTogglesTheDocks()
    {
        auto *documentsDock = child<QDockWidget>(m_window.get(), u"documentsDock"_s);
        auto *problemsDock = child<QDockWidget>(m_window.get(), u"problemsDock"_s);
        QVERIFY(documentsDock->isVisible());
        QVERIFY(problemsDock->isVisible());
        child<QAction>(m_window.get(), u"showProblemsAction"_s)->trigger();
        QVERIFY(!problemsDock->isVisible());
        child<QAction>(m_window.get(), u"showDocumentsAction"_s)->trigger();
        QVERIFY(!documentsDock->isVisible());
        child<QAction>(m_window.get(), u"showDocumentsAction"_s)->trigger();
        QVERIFY(documentsDock->isVisible());
    }

    void windowStateIsRemembered()
    {
        openAndWait(m_folder);
        child<QAction>(m_window.get(), u"showProblemsAction"_s)->trigger();
        // Smaller than the offscreen screen (800x600), which a restored geometry must fit in.
        // Above the window's minimum width (docks and panes), below the offscreen screen's.
        const QSize size(780, 560);
        QVERIFY(m_window->minimumSizeHint().width() <= size.width());
        m_window->resize(size);
        QVERIFY(m_window->close());
        QVERIFY(!m_settings->windowState().isEmpty());
        QVERIFY(!m_settings->windowGeometry().isEmpty());
        QCOMPARE(QDir(m_settings->lastFolder()), QDir(m_folder));

        MainWindow again(m_settings.get());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!child<QDockWidget>(&again, u"problemsDock"_s)->isVisible());
        QVERIFY(child<QDockWidget>(&again, u"documentsDock"_s)->isVisible());
        QCOMPARE(again.size(), size);
    }

    void emptyFolderSaysSo()
    {
        const QString empty = m_dir->filePath(u"empty"_s);
        QVERIFY(QDir().mkpath(empty));
        openAndWait(empty);
        auto *welcome = child<PlaceholderWidget>(m_window.get(), u"welcomePlaceholder"_s);
        QVERIFY(welcome->isVisible());
        QVERIFY(welcome->title().startsWith(u"No articles in"_s));
    }

    void missingFolderSaysSo()
    {
        openAndWait(m_dir->filePath(u"does-not-exist"_s));
        auto *welcome = child<PlaceholderWidget>(m_window.get(), u"welcomePlaceholder"_s);
        QVERIFY(welcome->isVisible());
        QVERIFY2(welcome->title().startsWith(u"Cannot read"_s), qPrintable(welcome->title()));
        QVERIFY(!welcome->text().isEmpty());
        QCOMPARE(m_settings->recentFolders(), QStringList());
    }

    void samplesAction()
    {
        auto *action = child<QAction>(m_window.get(), u"openSamplesAction"_s);
        QVERIFY(!action->isEnabled());
        m_window->setSamplesFolder(m_folder);
        QVERIFY(action->isEnabled());
        QVERIFY(child<QPushButton>(m_window.get(), u"welcomeOpenSamplesButton"_s)->isVisible());
        QSignalSpy finished(m_window->session(), &CorpusSession::loadFinished);
        QTest::mouseClick(child<QPushButton>(m_window.get(), u"welcomeOpenSamplesButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(QDir(m_window->session()->folder()), QDir(m_folder));
    }

    void droppingAFolderOpensIt()
    {
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(m_folder)});
        QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false);
        QCoreApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());

        QSignalSpy finished(m_window->session(), &CorpusSession::loadFinished);
        QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(finished.wait(10000));
        QCOMPARE(QDir(m_window->session()->folder()), QDir(m_folder));

        // A file is not a folder: refused.
        QMimeData file;
        file.setUrls({QUrl::fromLocalFile(QDir(m_folder).filePath(u"wind-farm.txt"_s))});
        QDragEnterEvent refused(QPoint(100, 100), Qt::CopyAction, &file, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QCoreApplication::sendEvent(m_window.get(), &refused);
        QVERIFY(!refused.isAccepted());
    }

    void aboutShowsTheVersion()
    {
        child<QAction>(m_window.get(), u"aboutAction"_s)->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = child<QMessageBox>(m_window.get(), u"aboutDialog"_s)));
        QVERIFY(box->text().contains(QStringLiteral(RECOUPE_VERSION_STRING)));
        box->close();
    }

private:
    void openAndWait(const QString &folder)
    {
        QSignalSpy finished(m_window->session(), &CorpusSession::loadFinished);
        m_window->openFolder(folder);
        QVERIFY(finished.wait(10000));
    }

    QTreeView *documentsView() const
    {
        return child<QTreeView>(m_window.get(), u"documentsView"_s);
    }

    QModelIndex indexOf(const QString &documentId) const
    {
        QAbstractItemModel *model = documentsView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(DocumentListModel::DocumentIdRole).toString() == documentId)
                return index;
        }
        return {};
    }

    DocumentPropertiesDialog *openPropertiesDialog()
    {
        child<QAction>(m_window.get(), u"documentPropertiesAction"_s)->trigger();
        const QList<DocumentPropertiesDialog *> dialogs = m_window->findChildren<DocumentPropertiesDialog *>();
        for (DocumentPropertiesDialog *dialog : dialogs) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    QJsonObject readOverrides() const
    {
        QFile file(QDir(m_folder).filePath(u".recoupe/documents.json"_s));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    QString makeBigFolder(const QString &name, int files) const
    {
        const QString folder = m_dir->filePath(name);
        QDir().mkpath(folder);
        for (int i = 0; i < files; ++i) {
            QFile file(QDir(folder).filePath(u"article-%1.txt"_s.arg(i, 5, 10, QChar(u'0'))));
            if (file.open(QIODevice::WriteOnly))
                file.write("A short article\n\nIt says that 12 people came.\n");
        }
        return folder;
    }

    Corpus m_expected;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
