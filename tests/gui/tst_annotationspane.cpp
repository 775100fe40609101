#include "analysissession.h"
#include "annotations/annotationstore.h"
#include "annotationspane.h"
#include "corpussession.h"
#include "mainwindow.h"
#include "models/annotationsmodel.h"
#include "settings/settings.h"
#include "foldercopy.h"
#include "testconfig.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Recoupe;

// The Annotations panel in daily use: a click opens the note, the article column follows a
// title that changed, and Edit/Delete are off once the list is empty.
class TestAnnotationsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dataHome.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataHome.path()));
        QVERIFY(copyFolder(QStringLiteral(RECOUPE_SAMPLES_DIR), m_folder.path()));
    }

    void dailyUse()
    {
        Settings settings(m_settingsDir.filePath(u"recouperc"_s));
        KSyntaxHighlighting::Repository repository;
        MainWindow window(&settings, &repository);
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy analysed(window.analysis(), &AnalysisSession::finished);
        window.openFolder(m_folder.path());
        QVERIFY(analysed.wait(60000));

        const QString article = u"meta-guidance-janvier-2025.txt"_s;
        AnnotationStore *store = window.session()->annotations();
        const QString id = store->annotatePassage(article, 0, 12, u"to check"_s, u"needs_source"_s);
        QVERIFY(!id.isEmpty());
        auto *pane = window.findChild<AnnotationsPane *>();
        auto *view = window.findChild<QTreeView *>(u"annotationsView"_s);
        QVERIFY(pane && view);
        window.findChild<QWidget *>(u"annotationsDock"_s)->show();
        window.findChild<QWidget *>(u"annotationsDock"_s)->raise();
        QTRY_COMPARE(view->model()->rowCount(), 1);

        // One click opens it.
        QSignalSpy activated(pane, &AnnotationsPane::annotationActivated);
        const QModelIndex row = view->model()->index(0, AnnotationsModel::QuoteColumn);
        QTRY_VERIFY(view->visualRect(row).isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.constFirst().at(0).toString(), id);

        // The article gets a new title on disk: the Article column says it.
        QFile file(QDir(m_folder.path()).filePath(article));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        text.prepend("A headline of our own\n\n");
        QSignalSpy changed(window.session(), &CorpusSession::documentChanged);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        file.close();
        QVERIFY(changed.wait(10000));
        QTRY_COMPARE(view->model()->index(0, AnnotationsModel::DocumentColumn).data().toString(), u"A headline of our own"_s);

        // Deleting the last annotation leaves nothing to edit or delete.
        auto *edit = window.findChild<QAction *>(u"editAnnotationAction"_s);
        auto *remove = window.findChild<QAction *>(u"removeAnnotationAction"_s);
        view->setCurrentIndex(view->model()->index(0, 0));
        QVERIFY(edit->isEnabled() && remove->isEnabled());
        QVERIFY(store->removeAnnotation(id));
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(!edit->isEnabled());
        QVERIFY(!remove->isEnabled());
    }

private:
    QTemporaryDir m_dataHome;
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_folder;
};

QTEST_MAIN(TestAnnotationsPane)
#include "tst_annotationspane.moc"
