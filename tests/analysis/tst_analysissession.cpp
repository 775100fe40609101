// The window's side of the one pipeline: AnalysisSession, as the window runs it on a loaded
// folder, gives exactly what AnalysisPipeline (and so every recoupe-cli command) gives.
#include "analysis/analysispipeline.h"
#include "analysissession.h"
#include "analysistestsupport.h"
#include "claims/claimtestsupport.h"
#include "corpus/corpusloader.h"
#include "models/claimgroupsmodel.h"
#include "models/figuresmodel.h"
#include "testconfig.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

const QString fixture = entitiesFixture();

} // namespace

class TestAnalysisSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dataHome;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateUserEntityFile(m_dataHome));
    }

    void sameResultsAsThePipeline()
    {
        const Corpus corpus = CorpusLoader::load(fixture);
        AnalysisSession session;
        QSignalSpy finished(&session, &AnalysisSession::finished);
        session.analyse(corpus.folder, corpus.documents);
        QVERIFY(finished.wait(60000));

        AnalysisOptions options;
        options.passages = true;
        options.passageOptions.quotes = false; // the window's passages: their offsets, not their text
        const FolderAnalysis expected = AnalysisPipeline::analyseFolder(fixture, options);
        QCOMPARE(session.claims(), expected.claims);
        QCOMPARE(session.groups(), expected.groups);
        QCOMPARE(session.passages(), expected.passages);
        QVERIFY(session.warnings().isEmpty());
        const Claim *claim = session.claim(u"tarnova-fr.txt#1"_s);
        QVERIFY(claim);
        QCOMPARE(claim->entity, u"Tarnova Power"_s);

        // What was indexed on the worker: every claim by id, by article and by group, and the
        // models as setResults() fills them.
        QVERIFY(!session.claims().isEmpty());
        for (const Claim &each : session.claims()) {
            QCOMPARE(session.claim(each.id()), &each);
            QVERIFY(session.claimsOf(each.document).contains(each));
        }
        QCOMPARE(session.claim(u"tarnova-fr.txt#999"_s), nullptr);
        qsizetype grouped = 0;
        for (qsizetype g = 0; g < expected.groups.size(); ++g) {
            for (const QString &claimId : expected.groups.at(g).claims) {
                QCOMPARE(session.groupOf(claimId), int(g));
                ++grouped;
            }
        }
        QVERIFY(grouped > 0);
        ClaimGroupsModel groups;
        groups.setResults(expected.groups);
        QCOMPARE(session.groupsModel()->groups(), groups.groups());
        for (const ClaimGroup &group : expected.groups)
            QCOMPARE(session.groupsModel()->rowOfClaim(group.claims.constFirst()), groups.rowOfClaim(group.claims.constFirst()));
        FiguresModel figures;
        figures.setResults(expected.claims, corpus.documents);
        QCOMPARE(session.figuresModel()->rowCount(), figures.rowCount());
        for (int row = 0; row < figures.rowCount(); ++row) {
            for (int column = 0; column < FiguresModel::ColumnCount; ++column) {
                QCOMPARE(session.figuresModel()->index(row, column).data(), figures.index(row, column).data());
                QCOMPARE(session.figuresModel()->index(row, column).data(FiguresModel::SortRole),
                         figures.index(row, column).data(FiguresModel::SortRole));
            }
        }
    }

    void entityFileProblemsReachTheWindow()
    {
        QTemporaryDir folder;
        QVERIFY(makeFolder(folder, u"tarnova-en.md"_s, "{\"format\": \"recoupe-entities-0\", \"entities\": []}"));

        const Corpus corpus = CorpusLoader::load(folder.path());
        AnalysisSession session;
        QSignalSpy finished(&session, &AnalysisSession::finished);
        session.analyse(corpus.folder, corpus.documents);
        QVERIFY(finished.wait(60000));
        QCOMPARE(session.warnings(), AnalysisPipeline::analyseFolder(folder.path()).warnings);
        QCOMPARE(session.warnings().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisSession)
#include "tst_analysissession.moc"
