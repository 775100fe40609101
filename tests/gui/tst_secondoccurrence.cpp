#include "analysissession.h"
#include "corpussession.h"
#include "mainwindow.h"
#include "readingarea.h"
#include "readingcontroller.h"
#include "readingpane.h"
#include "settings/settings.h"

#include <KSyntaxHighlighting/Repository>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

// A figure stated twice in one article (a headline restated in the body): clicking the second
// occurrence chooses that one, not the first of its group.
class TestSecondOccurrence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dataHome.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataHome.path()));
        QVERIFY(write(QDir(m_folder.path()).filePath(u"twice.txt"_s),
                      "Meta sets aside $65 billion for 2025\n\nPublished 2025-01-24.\n\n"
                      "The company told analysts on Friday that its capital expenditure in 2025 would reach $65 billion, "
                      "a jump from the year before.\n"));
        QVERIFY(write(QDir(m_folder.path()).filePath(u"once.txt"_s),
                      "Meta investit\n\nPublié le 2025-01-25.\n\nMeta prévoit des investissements de 65 milliards de dollars en 2025.\n"));
    }

    void clickChoosesTheOccurrenceClicked()
    {
        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(u"recouperc"_s));
        KSyntaxHighlighting::Repository repository;
        MainWindow window(&settings, &repository);
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy analysed(window.analysis(), &AnalysisSession::finished);
        window.openFolder(m_folder.path());
        QVERIFY(analysed.wait(60000));

        ReadingPane *pane = window.readingArea()->currentPane();
        window.readingController()->showDocumentInPane(pane, u"twice.txt"_s);
        QList<ClaimMark> marks;
        for (const ClaimMark &mark : pane->claimMarks()) {
            const Claim *claim = window.analysis()->claim(mark.claimId);
            if (claim && claim->metric == "capex"_L1)
                marks.append(mark);
        }
        QCOMPARE(marks.size(), 2);
        const ClaimMark second = marks.at(1);
        pane->view()->scrollToOffset(second.start, ReadingView::ScrollPlacement::UpperThird);
        const QList<QRect> rects = pane->view()->rangeRects(second.start, second.end);
        QVERIFY(!rects.isEmpty());
        QTest::mouseClick(pane->view()->viewport(), Qt::LeftButton, {}, rects.constFirst().center());
        QTRY_COMPARE(pane->currentClaim(), second.claimId);
        QCOMPARE(pane->view()->textCursor().selectionStart(), int(second.start));
    }

private:
    QTemporaryDir m_dataHome;
    QTemporaryDir m_folder;
};

QTEST_MAIN(TestSecondOccurrence)
#include "tst_secondoccurrence.moc"
