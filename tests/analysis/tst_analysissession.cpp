// The window's side of the one pipeline: AnalysisSession, as the window runs it on a loaded
// folder, gives exactly what AnalysisPipeline (and so every recoupe-cli command) gives.
#include "analysis/analysispipeline.h"
#include "analysissession.h"
#include "analysistestsupport.h"
#include "claims/claimtestsupport.h"
#include "corpus/corpusloader.h"
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
        const FolderAnalysis expected = AnalysisPipeline::analyseFolder(fixture, options);
        QCOMPARE(session.claims(), expected.claims);
        QCOMPARE(session.groups(), expected.groups);
        QCOMPARE(session.passages(), expected.passages);
        QVERIFY(session.warnings().isEmpty());
        const Claim *claim = session.claim(u"tarnova-fr.txt#1"_s);
        QVERIFY(claim);
        QCOMPARE(claim->entity, u"Tarnova Power"_s);
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
