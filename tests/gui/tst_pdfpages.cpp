#include "analysissession.h"
#include "corpussession.h"
#include "mainwindow.h"
#include "pdffixtures.h"
#include "readingarea.h"
#include "readingcontroller.h"
#include "readingpane.h"
#include "settings/settings.h"

#include <KSyntaxHighlighting/Repository>

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

using namespace Qt::StringLiterals;
using namespace Recoupe;

// A PDF in the window: its reading pane knows where its pages begin, and a claim on its second
// page opens there (claims open by their offset in the reading text).
class TestPdfPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    QTemporaryDir m_dataHome;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dataHome.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataHome.path()));
        QVERIFY(PdfFixtures::runningHeaderAndFooter().pdf.writeTo(QDir(m_folder.path()).filePath(u"lumen.pdf"_s)));
    }

    void claimOnTheSecondPage()
    {
        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(u"recouperc"_s));
        KSyntaxHighlighting::Repository repository;
        MainWindow window(&settings, &repository);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy analysed(window.analysis(), &AnalysisSession::finished);
        window.openFolder(m_folder.path());
        QVERIFY(analysed.wait(60000));

        ReadingPane *pane = window.readingArea()->currentPane();
        window.readingController()->showDocumentInPane(pane, u"lumen.pdf"_s);
        const QString text = PdfFixtures::runningHeaderAndFooter().expectedText;
        const qsizetype secondPage = text.indexOf(u"which it now sees"_s);
        QCOMPARE(pane->view()->pageStarts(), (QList<qsizetype>{0, secondPage}));

        const Claim *onSecondPage = nullptr;
        for (const Claim &claim : window.analysis()->claims()) {
            if (claim.document == u"lumen.pdf"_s && claim.start > secondPage)
                onSecondPage = &claim;
        }
        QVERIFY(onSecondPage);
        window.readingController()->showClaim(onSecondPage->id());
        QTRY_COMPARE(pane->view()->textCursor().selectionStart(), int(onSecondPage->start));
        QCOMPARE(pane->view()->textCursor().selectedText(), text.mid(onSecondPage->start, onSecondPage->end - onSecondPage->start));
        // The page mark is drawn without a hitch once the page is in view.
        pane->view()->scrollToOffset(secondPage);
        QVERIFY(!pane->view()->grab().isNull());
    }
};

QTEST_MAIN(TestPdfPages)
#include "tst_pdfpages.moc"
