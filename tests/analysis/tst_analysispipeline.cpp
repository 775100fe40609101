// AnalysisPipeline, the stages every client runs: on a fixture folder whose own entity file
// names a company the built-in list does not know, with each option, through the promise the
// window runs it with, and canceled.
#include "analysis/analysispipeline.h"
#include "analysistestsupport.h"
#include "claims/claimextractor.h"
#include "claims/claimtestsupport.h"
#include "compare/claimgrouper.h"
#include "compare/passagematcher.h"
#include "corpus/corpusloader.h"
#include "testconfig.h"

#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

const QString fixture = entitiesFixture();

// The entity of each capex claim of the folder, by claim id.
QMap<QString, QString> capexEntities(const ClaimList &claims)
{
    QMap<QString, QString> entities;
    for (const Claim &claim : claims) {
        if (claim.metric == "capex"_L1)
            entities.insert(claim.id(), claim.entity);
    }
    return entities;
}

const ClaimGroup *findGroup(const QList<ClaimGroup> &groups, const GroupKey &key)
{
    for (const ClaimGroup &group : groups) {
        if (group.key == key)
            return &group;
    }
    return nullptr;
}

QList<Document> generatedDocuments(int count, int sentences)
{
    QList<Document> documents;
    documents.reserve(count);
    for (int i = 0; i < count; ++i) {
        Document document;
        document.id = document.path = u"generated-%1.txt"_s.arg(i, 4, 10, QLatin1Char('0'));
        document.language = u"fr"_s;
        document.date = u"2025-02-01"_s;
        document.text = u"Meta investira %1 milliards de dollars en 2025.\n"_s.arg(i % 90 + 10).repeated(sentences);
        documents.append(document);
    }
    return documents;
}

} // namespace

class TestAnalysisPipeline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dataHome;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateUserEntityFile(m_dataHome));
        QVERIFY(QFile::exists(EntityCatalog::folderFilePath(fixture)));
    }

    void folderEntitiesNameTheClaims()
    {
        const FolderAnalysis analysis = AnalysisPipeline::analyseFolder(fixture);
        QVERIFY(analysis.corpus.folderError.isEmpty());
        QCOMPARE(analysis.corpus.documents.size(), 3);
        QVERIFY2(analysis.warnings.isEmpty(), qPrintable(analysis.warnings.join(u'\n')));
        QCOMPARE(analysis.catalog.resolve(u"Tarnova"), u"Tarnova Power"_s);

        const QMap<QString, QString> entities = capexEntities(analysis.claims);
        QCOMPARE(entities.value(u"tarnova-en.md#1"_s), u"Tarnova Power"_s);
        QCOMPARE(entities.value(u"tarnova-fr.txt#1"_s), u"Tarnova Power"_s);
        QCOMPARE(entities.value(u"meta-fr.txt#1"_s), u"Meta"_s);

        // The two articles agree, once both say whom they are about.
        const ClaimGroup *tarnova = findGroup(analysis.groups, {u"Tarnova Power"_s, u"capex"_s, u"2026"_s});
        QVERIFY(tarnova);
        QCOMPARE(tarnova->claims, (QStringList{u"tarnova-en.md#1"_s, u"tarnova-fr.txt#1"_s}));
        QCOMPARE(tarnova->verdict, Verdict::Agree);
        QVERIFY(findGroup(analysis.groups, {u"Meta"_s, u"capex"_s, u"2026"_s}));
        QVERIFY(analysis.passages.isEmpty()); // not asked for
    }

    // The pipeline is the stages as each client used to assemble them, with the folder's entities.
    void sameAsTheStagesOneByOne()
    {
        const FolderAnalysis analysis = AnalysisPipeline::analyseFolder(fixture);
        const Corpus corpus = CorpusLoader::load(fixture);
        QCOMPARE(analysis.corpus, corpus);
        const EntityCatalog catalog = EntityCatalog::forFolder(corpus.folder);
        QCOMPARE(analysis.catalog, catalog);
        const ClaimList claims = ClaimExtractor::extract(corpus.documents, catalog);
        QCOMPARE(analysis.claims, claims);
        QCOMPARE(analysis.groups, ClaimGrouper().group(claims, corpus.documents));
    }

    void analyseDocumentsAsTheWindowDoes()
    {
        AnalysisOptions options;
        options.passages = true;
        const FolderAnalysis fromFolder = AnalysisPipeline::analyseFolder(fixture, options);
        const FolderAnalysis fromDocuments = AnalysisPipeline::analyseDocuments(fromFolder.corpus.folder, fromFolder.corpus.documents, options);
        QCOMPARE(fromDocuments.corpus.folder, fromFolder.corpus.folder);
        QCOMPARE(fromDocuments.corpus.documents, fromFolder.corpus.documents);
        QCOMPARE(fromDocuments.catalog, fromFolder.catalog);
        QCOMPARE(fromDocuments.claims, fromFolder.claims);
        QCOMPARE(fromDocuments.groups, fromFolder.groups);
        QCOMPARE(fromDocuments.passages, fromFolder.passages);
        QCOMPARE(fromFolder.passages, PassageMatcher(options.passageOptions).match(fromFolder.corpus.documents));
    }

    void optionsChooseTheStages()
    {
        AnalysisOptions options;
        options.groups = false;
        FolderAnalysis analysis = AnalysisPipeline::analyseFolder(fixture, options);
        QVERIFY(!analysis.claims.isEmpty());
        QVERIFY(analysis.groups.isEmpty());

        options.claims = false;
        options.groups = true; // groups are made of claims: none without them
        options.passages = true;
        options.passageOptions.threshold = 0.05;
        analysis = AnalysisPipeline::analyseFolder(fixture, options);
        QVERIFY(analysis.claims.isEmpty());
        QVERIFY(analysis.groups.isEmpty());
        QCOMPARE(analysis.passages, PassageMatcher(options.passageOptions).match(analysis.corpus.documents));
    }

    // Tests may name the entities themselves; the built-in list alone does not know Tarnova.
    void catalogOverride()
    {
        AnalysisOptions options;
        options.catalog = EntityCatalog::builtIn();
        const FolderAnalysis analysis = AnalysisPipeline::analyseFolder(fixture, options);
        QCOMPARE(analysis.catalog, EntityCatalog::builtIn());
        QVERIFY(!capexEntities(analysis.claims).values().contains(u"Tarnova Power"_s));
        QVERIFY(!findGroup(analysis.groups, {u"Tarnova Power"_s, u"capex"_s, u"2026"_s}));
    }

    void invalidEntityFileIsAWarning()
    {
        QTemporaryDir folder;
        QVERIFY(makeFolder(folder, u"tarnova-fr.txt"_s, "{\"format\": \"recoupe-entities-1\", \"entities\": ["));

        const FolderAnalysis analysis = AnalysisPipeline::analyseFolder(folder.path());
        QCOMPARE(analysis.warnings.size(), 1);
        QVERIFY2(analysis.warnings.constFirst().contains(u"entities.json"_s), qPrintable(analysis.warnings.constFirst()));
        // The file is skipped, the rest goes on with the entities known without it.
        QCOMPARE(analysis.claims.size(), 1);
        QVERIFY(analysis.claims.constFirst().entity.isEmpty());
    }

    void unreadableFolder()
    {
        const FolderAnalysis analysis = AnalysisPipeline::analyseFolder(fixture + u"/no-such-folder"_s);
        QVERIFY(!analysis.corpus.folderError.isEmpty());
        QVERIFY(analysis.claims.isEmpty());
        QVERIFY(analysis.groups.isEmpty());
    }

    void promiseReportsProgressOverEveryStage()
    {
        AnalysisOptions options;
        options.passages = true;
        const Corpus corpus = CorpusLoader::load(fixture);
        QFutureWatcher<FolderAnalysis> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(QtConcurrent::run(&AnalysisPipeline::analyseDocumentsWithPromise, corpus.folder, corpus.documents, options));
        QVERIFY(finished.wait(60000));
        // A step per document extracted, one for the groups, one for the passages.
        QCOMPARE(watcher.progressMaximum(), int(corpus.documents.size()) + 2);
        QCOMPARE(watcher.progressValue(), watcher.progressMaximum());
        QCOMPARE(watcher.future().resultCount(), 1);
        QCOMPARE(watcher.result(), AnalysisPipeline::analyseDocuments(corpus.folder, corpus.documents, options));
    }

    void canceledBeforeItStartsGivesNoResult()
    {
        const Corpus corpus = CorpusLoader::load(fixture);
        QPromise<FolderAnalysis> promise;
        QFuture<FolderAnalysis> future = promise.future();
        promise.start();
        future.cancel();
        AnalysisPipeline::analyseDocumentsWithPromise(promise, corpus.folder, corpus.documents, AnalysisOptions());
        promise.finish();
        QVERIFY(future.isCanceled());
        QCOMPARE(future.resultCount(), 0);
        QCOMPARE(future.progressValue(), 0);
    }

    // Canceled as soon as the extraction reports progress: it stops there, long before the
    // last document, and the later stages never run.
    void canceledDuringExtractionStopsEarly()
    {
        const QList<Document> documents = generatedDocuments(3000, 40);
        AnalysisOptions options;
        options.catalog = EntityCatalog::builtIn();
        options.passages = true;
        QFutureWatcher<FolderAnalysis> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        connect(&watcher, &QFutureWatcherBase::progressValueChanged, this, [&watcher](int value) {
            if (value > 0)
                watcher.cancel();
        });
        watcher.setFuture(QtConcurrent::run(&AnalysisPipeline::analyseDocumentsWithPromise, QString(), documents, options));
        QVERIFY(finished.wait(120000));
        QVERIFY(watcher.isCanceled());
        QCOMPARE(watcher.future().resultCount(), 0);
        QCOMPARE(watcher.progressMaximum(), 3000 + 2);
        QVERIFY2(watcher.progressValue() < 3000, qPrintable(QString::number(watcher.progressValue())));
    }

    // What the pipeline passes down: ClaimExtractor hands out no document once told to stop.
    void extractionStopsWhenTold()
    {
        const QList<Document> documents = generatedDocuments(200, 1);
        QCOMPARE(ClaimExtractor::extract(documents, EntityCatalog::builtIn()).size(), 200);
        QVERIFY(ClaimExtractor::extract(documents, EntityCatalog::builtIn(), [](qsizetype, qsizetype) { return false; }).isEmpty());
        // Stopped by the first document done: each worker ends the document it holds, no more.
        const ClaimList claims = ClaimExtractor::extract(documents, EntityCatalog::builtIn(), [](qsizetype done, qsizetype) { return done == 0; });
        QVERIFY(!claims.isEmpty());
        QVERIFY2(claims.size() <= QThreadPool::globalInstance()->maxThreadCount(), qPrintable(QString::number(claims.size())));
    }
};

QTEST_GUILESS_MAIN(TestAnalysisPipeline)
#include "tst_analysispipeline.moc"
