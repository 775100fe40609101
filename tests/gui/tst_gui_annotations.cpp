#include "analysissession.h"
#include "annotationcontroller.h"
#include "annotationdialog.h"
#include "annotations/annotationfile.h"
#include "annotations/annotationstore.h"
#include "annotationspane.h"
#include "corpussession.h"
#include "mainwindow.h"
#include "models/annotationsmodel.h"
#include "readingarea.h"
#include "readingcontroller.h"
#include "readingpane.h"
#include "restorebackupdialog.h"
#include "settings/settings.h"
#include "foldercopy.h"
#include "testconfig.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

const QString articleId = u"meta-guidance-janvier-2025.txt"_s;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A sentence of the article that the tests annotate: its second paragraph's first words.
struct Passage {
    qsizetype start = -1;
    qsizetype end = -1;
    QString text;
};

Passage passageOf(const Document &document)
{
    const QString text = document.text.toString();
    const QStringList paragraphs = text.split(u"\n\n"_s);
    const qsizetype at = text.indexOf(paragraphs.value(2));
    Passage passage;
    passage.start = at;
    passage.end = at + qMin<qsizetype>(40, paragraphs.value(2).size());
    passage.text = document.text.mid(passage.start, passage.end - passage.start);
    return passage;
}

std::unique_ptr<MainWindow> openWindow(Settings *settings, KSyntaxHighlighting::Repository *repository, const QString &folder)
{
    auto window = std::make_unique<MainWindow>(settings, repository);
    window->resize(1500, 900);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    QSignalSpy analysed(window->analysis(), &AnalysisSession::finished);
    window->openFolder(folder);
    if (!analysed.wait(60000))
        return {};
    return window;
}

// Selects the passage in the current pane, presses Ctrl+M and saves the dialog with note.
QString annotateThroughTheWindow(MainWindow *window, const QString &note, const QString &verdict)
{
    ReadingPane *pane = window->readingArea()->currentPane();
    window->readingController()->showDocumentInPane(pane, articleId);
    const Passage passage = passageOf(*window->session()->document(articleId));
    QTextCursor cursor(pane->view()->document());
    cursor.setPosition(int(passage.start));
    cursor.setPosition(int(passage.end), QTextCursor::KeepAnchor);
    pane->view()->setTextCursor(cursor);
    pane->view()->setFocus();
    QTest::keyClick(window, Qt::Key_M, Qt::ControlModifier);
    auto *dialog = window->findChild<AnnotationDialog *>();
    if (!dialog)
        return {};
    // Typed as far as QTest can type (ASCII), the rest inserted as an input method would.
    auto *editor = dialog->findChild<QPlainTextEdit *>(u"annotationNote"_s);
    qsizetype ascii = 0;
    while (ascii < note.size() && note.at(ascii).unicode() < 128)
        ++ascii;
    QTest::keyClicks(editor, note.left(ascii));
    editor->insertPlainText(note.mid(ascii));
    auto *combo = dialog->findChild<QComboBox *>(u"annotationVerdict"_s);
    combo->setCurrentIndex(combo->findData(verdict));
    QSignalSpy added(window->session()->annotations(), &AnnotationStore::annotationAdded);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    if (added.isEmpty())
        return {};
    return added.constFirst().at(0).toString();
}

// Run as a child process by killedRightAfterAnnotating(): annotates through the window, says
// so, and waits to be killed.
int runChild(int argc, char **argv, const QString &folder)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(u"recouperc"_s));
    KSyntaxHighlighting::Repository repository;
    std::unique_ptr<MainWindow> window = openWindow(&settings, &repository, folder);
    if (!window)
        return 3;
    const QString id = annotateThroughTheWindow(window.get(), u"Killed right after this note"_s, u"needs_source"_s);
    if (id.isEmpty())
        return 4;
    std::printf("annotated %s\n", qPrintable(id));
    std::fflush(stdout);
    return app.exec();
}

} // namespace

// Annotating as a fact-checker does, through the window: Ctrl+M, the panel, undo and redo, an
// article edited on disk while open, a backup restored, and a crash right after a note.
class TestGuiAnnotations : public QObject
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
        static int run = 0;
        m_folder = m_dir.filePath(u"samples%1"_s.arg(++run));
        QVERIFY(copyFolder(QStringLiteral(RECOUPE_SAMPLES_DIR), m_folder));
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"recouperc"_s));
        m_settings->setAnnotationAuthor(u"Camille Test"_s);
        m_window = openWindow(m_settings.get(), &m_repository, m_folder);
        QVERIFY(m_window);
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
    }

    void annotateWithCtrlM()
    {
        const QString id = annotateThroughTheWindow(m_window.get(), u"Le chiffre vient du communiqué"_s, u"confirmed"_s);
        QVERIFY(!id.isEmpty());
        AnnotationStore *store = m_window->session()->annotations();
        QCOMPARE(store->count(), 1);
        const Annotation annotation = *store->annotation(id);
        QCOMPARE(annotation.note, u"Le chiffre vient du communiqué"_s);
        QCOMPARE(annotation.verdict, u"confirmed"_s);
        QCOMPARE(annotation.author, u"Camille Test"_s);
        QCOMPARE(annotation.target.documentId, articleId);
        // On disk already, in the W3C format.
        QFile file(m_folder + u"/.recoupe/annotations.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(json.contains("Le chiffre vient du communiqu"));
        QVERIFY(json.contains("TextQuoteSelector"));
        // In the panel and in the pane (underline and margin marker).
        QCOMPARE(m_window->annotationsPane()->model()->rowCount(), 1);
        bool marked = false;
        for (const TextHighlight &highlight : m_window->readingArea()->currentPane()->view()->highlights())
            marked = marked || (highlight.markerSymbol == u'✎' && highlight.toolTip.contains(u"communiqué"_s));
        QVERIFY(marked);
    }

    void undoAndRedoFromTheKeyboard()
    {
        const QString id = annotateThroughTheWindow(m_window.get(), u"To be undone"_s, u"unsupported"_s);
        QVERIFY(!id.isEmpty());
        AnnotationStore *store = m_window->session()->annotations();
        QCOMPARE(store->count(), 1);
        m_window->readingArea()->currentPane()->view()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(store->count(), 0);
        QCOMPARE(m_window->annotationsPane()->model()->rowCount(), 0);
        QFile file(store->filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("To be undone"));
        file.close();
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(store->count(), 1);
        QCOMPARE(store->annotations().constFirst().note, u"To be undone"_s);
        // Deleting from the panel, undone too.
        QVERIFY(m_window->annotationsPane()->selectAnnotation(id));
        m_window->annotationsPane()->view()->setFocus();
        QTest::keyClick(m_window->annotationsPane()->view(), Qt::Key_Delete);
        QCOMPARE(store->count(), 0);
        m_window->findChild<QAction *>(u"undoAction"_s)->trigger();
        QCOMPARE(store->count(), 1);
    }

    void articleChangedOnDiskWhileOpen()
    {
        const QString id = annotateThroughTheWindow(m_window.get(), u"Follows the text"_s, u"needs_source"_s);
        QVERIFY(!id.isEmpty());
        AnnotationStore *store = m_window->session()->annotations();
        const qsizetype before = store->anchor(id).start;
        const QString path = m_folder + u"/"_s + articleId;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        // A paragraph inserted before the passage: the note moves with its text.
        const qsizetype firstBreak = bytes.indexOf("\n\n");
        QVERIFY(firstBreak > 0);
        bytes.insert(firstBreak, "\n\nA correction was added at the top of this article.");
        QSignalSpy reread(m_window->session(), &CorpusSession::documentReread);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        QVERIFY(reread.wait(10000));
        const AnchorResult moved = store->anchor(id);
        QCOMPARE(moved.status, AnchorStatus::Moved);
        QVERIFY(moved.start > before);
        const QString text = m_window->session()->document(articleId)->text.toString();
        QCOMPARE(text.mid(moved.start, moved.end - moved.start), store->annotation(id)->target.exact);
        AnnotationsModel *model = m_window->annotationsPane()->model();
        QCOMPARE(model->index(model->rowOf(id), 0).data(AnnotationsModel::StatusRole).toString(), u"moved"_s);

        // The passage deleted: orphaned, still listed with its note, never dropped.
        const QByteArray exact = store->annotation(id)->target.exact.toUtf8();
        QVERIFY(bytes.contains(exact));
        bytes.replace(exact, "");
        reread.clear();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        QVERIFY(reread.wait(10000));
        QCOMPARE(store->anchor(id).status, AnchorStatus::Orphaned);
        QCOMPARE(store->count(), 1);
        QCOMPARE(model->index(model->rowOf(id), 0).data(AnnotationsModel::StatusRole).toString(), u"orphaned"_s);
    }

    void restoreABackupFromTheWindow()
    {
        QVERIFY(!annotateThroughTheWindow(m_window.get(), u"Kept in a backup"_s, u"confirmed"_s).isEmpty());
        m_window->close();
        m_window.reset();
        // A new session: its first save backs up the file as it was.
        m_window = openWindow(m_settings.get(), &m_repository, m_folder);
        QVERIFY(m_window);
        AnnotationStore *store = m_window->session()->annotations();
        QCOMPARE(store->count(), 1);
        store->removeAnnotation(store->annotations().constFirst().id);
        QCOMPARE(store->count(), 0);
        QVERIFY(!store->backups().isEmpty());

        m_window->findChild<QAction *>(u"restoreBackupAction"_s)->trigger();
        auto *dialog = m_window->findChild<RestoreBackupDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->list()->count() > 0);
        dialog->list()->setCurrentRow(0);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"restoreButton"_s), Qt::LeftButton);
        QCOMPARE(store->count(), 1);
        QCOMPARE(store->annotations().constFirst().note, u"Kept in a backup"_s);
    }

    // Regression: when a window was destroyed, its session went first and took the annotation
    // store with it; the store's last reset reached the panel, which read the half-destroyed
    // session (heap corruption seen in CI, "member call on ... QObject" under the asan preset).
    // The panel now reads only its model, which empties itself when the store goes.
    void panelOutlivesItsSession()
    {
        QVERIFY(!annotateThroughTheWindow(m_window.get(), u"Checked against the filing"_s, u"confirmed"_s).isEmpty());
        auto session = std::make_unique<CorpusSession>();
        QSignalSpy loaded(session.get(), &CorpusSession::loadFinished);
        session->openFolder(m_folder);
        QVERIFY(loaded.wait(60000));
        QCOMPARE(session->annotations()->count(), 1);
        AnnotationsPane pane(session.get());
        auto *authors = pane.findChild<QComboBox *>(u"annotationsAuthorFilter"_s);
        auto *documents = pane.findChild<QComboBox *>(u"annotationsDocumentFilter"_s);
        QVERIFY(authors && documents);
        QCOMPARE(authors->count(), 2);
        QCOMPARE(authors->itemData(1).toString(), u"Camille Test"_s);
        QCOMPARE(documents->count(), 2);
        QCOMPARE(documents->itemData(1).toString(), articleId);
        authors->setCurrentIndex(1);

        session.reset();
        QCOMPARE(pane.model()->rowCount(), 0);
        QCOMPARE(authors->count(), 1);
        QCOMPARE(documents->count(), 1);
        QCOMPARE(authors->currentIndex(), 0);
    }

    // Annotations from a web annotation tool, named by the articles' web addresses, imported
    // through File → Import Annotations…; then exported for such tools through the menu.
    void importAndExportW3cThroughTheWindow()
    {
        m_window.reset();
        const QString folder = m_dir.filePath(u"web-articles"_s);
        QVERIFY(copyFolder(QStringLiteral(RECOUPE_FIXTURES_DIR "/annotations/web"), folder));
        m_window = openWindow(m_settings.get(), &m_repository, folder);
        QVERIFY(m_window);
        AnnotationStore *store = m_window->session()->annotations();
        QCOMPARE(store->count(), 0);

        m_window->findChild<QAction *>(u"importAnnotationsAction"_s)->trigger();
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QFileDialog *>(u"importAnnotationsDialog"_s)));
        QVERIFY(dialog->nameFilters().constFirst().contains(u"*.jsonld"_s));
        dialog->selectFile(QStringLiteral(RECOUPE_FIXTURES_DIR "/annotations/by-address.jsonld"));
        static_cast<QDialog *>(dialog)->accept();
        QTRY_COMPARE(store->count(), 4);
        QVERIFY(!m_window->findChild<QMessageBox *>()); // read, not refused

        // In the panel, under each article's title, placed; the one for an article that is
        // not in the folder listed as orphaned, under its address.
        AnnotationsModel *model = m_window->annotationsPane()->model();
        QCOMPARE(model->rowCount(), 4);
        QHash<QString, QString> statusByDocument;
        QStringList titles;
        for (int row = 0; row < model->rowCount(); ++row) {
            statusByDocument.insert(model->index(row, 0).data(AnnotationsModel::DocumentIdRole).toString(),
                                    model->index(row, 0).data(AnnotationsModel::StatusRole).toString());
            titles.append(model->index(row, AnnotationsModel::DocumentColumn).data().toString());
        }
        QCOMPARE(statusByDocument.value(u"ferry-terminal.html"_s), u"anchored"_s);
        QCOMPARE(statusByDocument.value(u"night-buses.html"_s), u"anchored"_s);
        QCOMPARE(statusByDocument.value(u"orchard-grants.html"_s), u"anchored"_s);
        QCOMPARE(statusByDocument.value(u"https://another-paper.example.org/ports/ferry"_s), u"orphaned"_s);
        QVERIFY2(titles.contains(u"Night buses return to three suburbs"_s), qPrintable(titles.join(u", "_s)));

        // Marked in the article's pane like any annotation.
        ReadingPane *pane = m_window->readingArea()->currentPane();
        m_window->readingController()->showDocumentInPane(pane, u"night-buses.html"_s);
        bool marked = false;
        for (const TextHighlight &highlight : pane->view()->highlights())
            marked = marked || highlight.markerSymbol == u'✎';
        QVERIFY(marked);

        // Saved in the folder in Recoupe's format, by path.
        const AnnotationFile::ReadResult saved = AnnotationFile::read(store->filePath());
        QCOMPARE(saved.container, AnnotationContainer::Recoupe);
        QCOMPARE(saved.content.annotations.size(), 4);

        // File → Export Annotations for Other Tools…
        const QString exportPath = m_dir.filePath(u"web-articles-export.jsonld"_s);
        m_window->findChild<QAction *>(u"exportAnnotationsAction"_s)->trigger();
        QFileDialog *save = nullptr;
        QTRY_VERIFY((save = m_window->findChild<QFileDialog *>(u"exportAnnotationsDialog"_s)));
        QCOMPARE(save->acceptMode(), QFileDialog::AcceptSave);
        save->selectFile(exportPath);
        static_cast<QDialog *>(save)->accept();
        QTRY_VERIFY(QFileInfo::exists(exportPath));
        const AnnotationFile::ReadResult exported = AnnotationFile::read(exportPath);
        QCOMPARE(exported.status, AnnotationFile::Status::Ok);
        QCOMPARE(exported.container, AnnotationContainer::W3cCollection);
        QCOMPARE(exported.content.annotations.size(), 4);
        const QJsonObject first = QJsonDocument::fromJson(readFile(exportPath)).object().value("first"_L1).toObject();
        const QJsonObject target = first.value("items"_L1).toArray().at(1).toObject().value("target"_L1).toObject();
        QCOMPARE(target.value("source"_L1).toString(), u"http://metro-daily.example.net/transport/night-buses"_s);
        QCOMPARE(target.value("recoupe:document"_L1).toString(), u"night-buses.html"_s);
    }

    void killedRightAfterAnnotating()
    {
        m_window.reset();
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"RECOUPE_TEST_CHILD_FOLDER"_s, m_folder);
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains("annotated "), 60000);
        // SIGKILL at once: nothing in the program runs after this.
        child.kill();
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QString id = QString::fromUtf8(out.mid(out.indexOf("annotated ") + 10).trimmed());
        const AnnotationFolderContent content = AnnotationStore::readFolder(m_folder);
        QVERIFY(content.ok);
        bool found = false;
        for (const Annotation &annotation : content.annotations)
            found = found || (annotation.id == id && annotation.note == u"Killed right after this note"_s);
        QVERIFY2(found, qPrintable(content.filePath));
    }

private:
    QTemporaryDir m_dir;
    QString m_folder;
    KSyntaxHighlighting::Repository m_repository;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

int main(int argc, char **argv)
{
    const QString childFolder = qEnvironmentVariable("RECOUPE_TEST_CHILD_FOLDER");
    if (!childFolder.isEmpty())
        return runChild(argc, argv, childFolder);
    QApplication app(argc, argv);
    TestGuiAnnotations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_annotations.moc"
