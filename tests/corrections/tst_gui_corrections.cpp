#include "analysissession.h"
#include "annotations/annotationstore.h"
#include "correctiondialog.h"
#include "corrections/correctionstore.h"
#include "correctionsfixture.h"
#include "figurespane.h"
#include "models/figuresmodel.h"
#include "corpussession.h"
#include "mainwindow.h"
#include "readingarea.h"
#include "readingcontroller.h"
#include "readingpane.h"
#include "settings/settings.h"

#include <KSyntaxHighlighting/Repository>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

std::unique_ptr<MainWindow> openWindow(Settings *settings, KSyntaxHighlighting::Repository *repository, const QString &folder)
{
    auto window = std::make_unique<MainWindow>(settings, repository);
    window->resize(1400, 860);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    QSignalSpy analysed(window->analysis(), &AnalysisSession::finished);
    window->openFolder(folder);
    if (!analysed.wait(60000))
        return {};
    return window;
}

const ClaimGroup *capexGroup(const AnalysisSession *analysis)
{
    for (const ClaimGroup &group : analysis->groups()) {
        if (group.key.entity == "Meta"_L1 && group.key.metric == "capex"_L1)
            return &group;
    }
    return nullptr;
}

// Shows the French article in the current pane with the cursor inside its figure.
ReadingPane *cursorOnFrenchFigure(MainWindow *window)
{
    ReadingPane *pane = window->readingArea()->currentPane();
    window->readingController()->showDocumentInPane(pane, u"meta-fr.txt"_s);
    const qsizetype at = window->session()->document(u"meta-fr.txt"_s)->text.toString().indexOf(u"45 milliards"_s);
    QTextCursor cursor(pane->view()->document());
    cursor.setPosition(int(at + 3));
    pane->view()->setTextCursor(cursor);
    pane->view()->setFocus();
    return pane;
}

QByteArray correctionsOnDisk(const QString &folder)
{
    QFile file(CorrectionStore::folderFilePath(folder));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Correcting figures through the window: F2, the dialog, the file written at once, the groups
// following without reading the folder again, undo and redo, Not a Figure, and a restart.
class TestGuiCorrections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dataHome.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataHome.path()));
        QVERIFY(CorrectionsFixture::makeFolder(m_folder.path()));
    }

    void correctThroughTheWindow()
    {
        Settings settings(m_settingsDir.filePath(u"recouperc"_s));
        KSyntaxHighlighting::Repository repository;
        std::unique_ptr<MainWindow> window = openWindow(&settings, &repository, m_folder.path());
        QVERIFY(window);
        QCOMPARE(capexGroup(window->analysis())->verdict, Verdict::Discrepancy);
        ReadingPane *pane = cursorOnFrenchFigure(window.get());

        QTest::keyClick(pane->view(), Qt::Key_F2);
        auto *dialog = window->findChild<CorrectionDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *low = dialog->findChild<QLineEdit *>(u"correctionLow"_s);
        auto *period = dialog->findChild<QLineEdit *>(u"correctionPeriod"_s);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(low->text(), u"45"_s); // in billions, as written
        QCOMPARE(dialog->findChild<QComboBox *>(u"correctionScale"_s)->currentData().toDouble(), 1e9);
        // A malformed period keeps OK disabled and says why.
        period->clear();
        QTest::keyClicks(period, u"2025-Q7"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(u"correctionProblem"_s)->text().contains(u"2025-Q3"_s));
        period->clear();
        QTest::keyClicks(period, u"2025"_s);
        QVERIFY(ok->isEnabled());
        low->clear();
        QTest::keyClicks(low, u"40"_s);

        QSignalSpy applied(window->analysis(), &AnalysisSession::correctionsApplied);
        QTest::mouseClick(ok, Qt::LeftButton);
        // In the file before the click returned.
        const QByteArray saved = correctionsOnDisk(m_folder.path());
        QVERIFY(saved.contains("\"set\""));
        QVERIFY(saved.contains("45 milliards de dollars"));
        QVERIFY(applied.wait(20000));
        QCOMPARE(capexGroup(window->analysis())->verdict, Verdict::Agree);
        // The figure looks corrected, and its tooltip says what the parser read.
        QTRY_COMPARE(pane->correctionMarks().size(), 1);
        QVERIFY(pane->correctionMarks().constFirst().toolTip.contains(u"45 billion dollars"_s));

        // Undo (the annotations' stack) takes it back, on disk and in the groups; redo again.
        QUndoStack *stack = window->session()->annotations()->undoStack();
        stack->undo();
        QVERIFY(!correctionsOnDisk(m_folder.path()).contains("\"set\""));
        QVERIFY(applied.wait(20000));
        QCOMPARE(capexGroup(window->analysis())->verdict, Verdict::Discrepancy);
        stack->redo();
        QVERIFY(applied.wait(20000));
        QCOMPARE(capexGroup(window->analysis())->verdict, Verdict::Agree);

        // Not a Figure (Shift+F2): the claim leaves its group.
        // The dialog was the active window; shortcuts go to the main window once it is again.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        pane = cursorOnFrenchFigure(window.get());
        QTest::keyClick(pane->view(), Qt::Key_F2, Qt::ShiftModifier);
        QVERIFY2(correctionsOnDisk(m_folder.path()).contains("\"reject\""), qPrintable(window->statusBar()->currentMessage()));
        QVERIFY(applied.wait(20000));
        QCOMPARE(capexGroup(window->analysis())->claims.size(), 1);
        stack->undo();
        QVERIFY(applied.wait(20000));
        QCOMPARE(capexGroup(window->analysis())->claims.size(), 2);

        // F2 on a row of the Figures panel corrects that figure.
        QTableView *figures = window->figuresPane()->view();
        QModelIndex row;
        for (int r = 0; r < figures->model()->rowCount(); ++r) {
            if (figures->model()->index(r, 0).data(FiguresModel::ClaimIdRole).toString() == u"meta-en.txt#1"_s)
                row = figures->model()->index(r, 0);
        }
        QVERIFY(row.isValid());
        figures->setFocus();
        figures->setCurrentIndex(row);
        QTest::keyClick(figures, Qt::Key_F2);
        CorrectionDialog *fromFigures = nullptr;
        for (CorrectionDialog *candidate : window->findChildren<CorrectionDialog *>()) {
            if (candidate->isVisible())
                fromFigures = candidate;
        }
        QVERIFY(fromFigures);
        QVERIFY(fromFigures->findChild<QLabel *>(u"correctionQuote"_s)->text().contains(u"$40 billion"_s));
        fromFigures->reject();
    }

    void correctionSurvivesARestart()
    {
        Settings settings(m_settingsDir.filePath(u"recouperc"_s));
        KSyntaxHighlighting::Repository repository;
        std::unique_ptr<MainWindow> window = openWindow(&settings, &repository, m_folder.path());
        QVERIFY(window);
        QCOMPARE(window->session()->corrections()->corrections().size(), 1);
        QCOMPARE(capexGroup(window->analysis())->verdict, Verdict::Agree);
        const AppliedCorrection &applied = window->analysis()->corrections().constFirst();
        QVERIFY(applied.isApplied());
        QCOMPARE(window->analysis()->claim(applied.claimId)->origin, ClaimOrigin::Corrected);

        // The report written from the window has the correction, and says where it is with
        // Open and Show in Folder at hand.
        QTemporaryDir out;
        QSignalSpy exported(window.get(), &MainWindow::reportExported);
        window->exportReport(out.path());
        QVERIFY(exported.wait(30000));
        QFile html(exported.constFirst().at(0).toString());
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(html.readAll());
        QVERIFY(page.contains(u"id=\"corrections\""_s));
        QVERIFY(page.contains(u"Figure corrected"_s));
        auto *box = window->findChild<QMessageBox *>(u"exportedBox"_s);
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(box->findChild<QPushButton *>(u"openExportedButton"_s));
        QVERIFY(box->findChild<QPushButton *>(u"showExportedButton"_s));
        box->close();
    }

private:
    QTemporaryDir m_dataHome;
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_folder;
};

QTEST_MAIN(TestGuiCorrections)
#include "tst_gui_corrections.moc"
