// A figure that many articles repeat, as a large folder has them by the thousand: the reading
// pane's tooltip names a few sources and counts the rest, the Comparisons list fits its columns
// once and leaves them to the reader, and the claims' places found by the window agree with the
// groups.
#include "analysissession.h"
#include "comparisonspane.h"
#include "mainwindow.h"
#include "models/claimgroupsmodel.h"
#include "readingarea.h"
#include "readingcontroller.h"
#include "readingpane.h"
#include "settings/settings.h"

#include <KSyntaxHighlighting/Repository>

#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

constexpr int articleCount = 11;

} // namespace

class TestWidelyReported : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dataHome.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataHome.path()));
        // Eleven brief dispatches, each dated apart, stating Amazon's spending plan for 2025.
        for (int i = 1; i <= articleCount; ++i) {
            const QByteArray day = QByteArray::number(i + 10);
            QVERIFY(write(QDir(m_folder.path()).filePath(u"dispatch-%1.txt"_s.arg(i, 2, 10, QChar(u'0'))),
                          "Dispatch " + QByteArray::number(i) + " on cloud spending\n\nPublished 2025-02-" + day
                              + ".\n\nAmazon intends to put $100 billion into capital expenditure in 2025, wire report number "
                              + QByteArray::number(i) + " says.\n"));
        }
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
    }

    void toolTipNamesSomeSourcesAndCountsTheRest()
    {
        openWindow();
        if (QTest::currentTestFailed())
            return;
        MainWindow &window = *m_window;

        // One group of every article.
        const ClaimGroup *widest = nullptr;
        int widestIndex = -1;
        const QList<ClaimGroup> &groups = window.analysis()->groups();
        for (qsizetype g = 0; g < groups.size(); ++g) {
            if (!widest || groups.at(g).documents.size() > widest->documents.size()) {
                widest = &groups.at(g);
                widestIndex = int(g);
            }
        }
        QVERIFY(widest);
        QCOMPARE(widest->documents.size(), articleCount);
        for (const QString &claimId : widest->claims) {
            QCOMPARE(window.analysis()->groupOf(claimId), widestIndex);
            QVERIFY(window.analysis()->claim(claimId));
        }

        ReadingPane *pane = window.readingArea()->currentPane();
        window.readingController()->showDocumentInPane(pane, u"dispatch-01.txt"_s);
        std::optional<ClaimMark> mark;
        const QList<ClaimMark> marks = pane->claimMarks();
        for (const ClaimMark &each : marks) {
            if (widest->claims.contains(each.claimId))
                mark = each;
        }
        QVERIFY(mark);
        QVERIFY(mark->colourIndex >= 0);
        // Six other sources by name, and the four left over counted.
        QVERIFY2(mark->toolTip.contains(u"Other sources"_s), qPrintable(mark->toolTip));
        QCOMPARE(mark->toolTip.count(u"Dispatch "_s), 6);
        QVERIFY2(mark->toolTip.contains(u"and 4 more"_s), qPrintable(mark->toolTip));
        QVERIFY2(!mark->toolTip.contains(u"Dispatch 1 "_s), qPrintable(mark->toolTip)); // not itself
    }

    void groupColumnsFitOnceThenStayTheReaders()
    {
        openWindow();
        if (QTest::currentTestFailed())
            return;
        MainWindow &window = *m_window;

        QTreeView *view = window.comparisonsPane()->groupsView();
        QHeaderView *header = view->header();
        const int entity = ClaimGroupsModel::EntityColumn;
        QCOMPARE(header->sectionResizeMode(entity), QHeaderView::Interactive);
        QCOMPARE(header->sectionResizeMode(ClaimGroupsModel::MetricColumn), QHeaderView::Stretch);
        // As wide as the entity names of the first rows need.
        QVERIFY(view->model()->rowCount() > 0);
        const int fitted = header->sectionSize(entity);
        view->resizeColumnToContents(entity);
        QCOMPARE(header->sectionSize(entity), fitted);
        // A width the reader set stays as the window lays itself out again.
        header->resizeSection(entity, header->sectionSize(entity) + 40);
        const int chosen = header->sectionSize(entity);
        window.resize(1300, 800);
        QTest::qWait(50);
        QCOMPARE(header->sectionSize(entity), chosen);
    }

private:
    void openWindow()
    {
        m_settings = std::make_unique<Settings>(m_settingsDir.filePath(u"recouperc"_s));
        m_window = std::make_unique<MainWindow>(m_settings.get(), &m_repository);
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy analysed(m_window->analysis(), &AnalysisSession::finished);
        m_window->openFolder(m_folder.path());
        QVERIFY(analysed.wait(60000));
    }

    QTemporaryDir m_dataHome;
    QTemporaryDir m_folder;
    QTemporaryDir m_settingsDir;
    KSyntaxHighlighting::Repository m_repository;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestWidelyReported)
#include "tst_widelyreported.moc"
