#include "analysis/analysispipeline.h"
#include "annotations/annotationstore.h"
#include "corrections/correctionapplier.h"
#include "corrections/correctionfile.h"
#include "corrections/correctionstore.h"
#include "correctionsfixture.h"
#include "models/figuresmodel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

const ClaimGroup *capexGroup(const FolderAnalysis &analysis)
{
    for (const ClaimGroup &group : analysis.groups) {
        if (group.key.entity == "Meta"_L1 && group.key.metric == "capex"_L1 && group.key.period == "2025"_L1)
            return &group;
    }
    return nullptr;
}

const Claim *claimQuoting(const FolderAnalysis &analysis, const QString &quote)
{
    for (const Claim &claim : analysis.claims) {
        const Document *document = analysis.corpus.document(claim.document);
        if (document && claim.quote(document->text) == quote)
            return &claim;
    }
    return nullptr;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Correction setCorrection(const QString &document, const QString &text, const QString &quote, double amount)
{
    Correction correction;
    const qsizetype at = text.indexOf(quote);
    correction.target = AnnotationTarget::forPassage(document, text, at, at + quote.size());
    correction.action = Correction::Action::Set;
    correction.change.low = amount;
    correction.change.high = amount;
    return correction;
}

} // namespace

class TestCorrections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dataHome.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataHome.path()));
    }

    void periods_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<bool>("valid");
        for (const char *good : {"", "2025", "2025-Q3", "FY2025", "FY2025-Q1", "2025-2028", "2025-H1"})
            QTest::newRow(good) << QString::fromLatin1(good) << true;
        for (const char *bad : {"2025-Q5", "FY25", "2028-2025", "2025-", "Q3 2025", "20255", "FY2025-2026"})
            QTest::newRow(bad) << QString::fromLatin1(bad) << false;
    }
    void periods()
    {
        QFETCH(QString, period);
        QFETCH(bool, valid);
        QCOMPARE(ClaimChange::isValidPeriod(period), valid);
    }

    void fileRoundTrip()
    {
        const CorrectionFile::ReadResult read = CorrectionFile::parse(CorrectionsFixture::designShapedCorrections(), u"c.json"_s);
        QCOMPARE(read.status, CorrectionFile::Status::Ok);
        QCOMPARE(read.content.corrections.size(), 3);
        const Correction &first = read.content.corrections.at(0);
        QCOMPARE(first.id, u"0b7c6f7e-3d1a-4d0e-9a55-6b2f1c1d0001"_s);
        QCOMPARE(first.action, Correction::Action::Set);
        QCOMPARE(first.change.low, std::optional<double>(4.0e10));
        QVERIFY(!first.change.entity);
        QCOMPARE(first.author, u"Claire"_s);
        QCOMPARE(read.content.corrections.at(1).action, Correction::Action::Reject);
        QCOMPARE(read.content.corrections.at(2).action, Correction::Action::Add);
        QCOMPARE(read.content.corrections.at(2).change.qualifier, std::optional<Qualifier>(Qualifier::Range));
        const CorrectionFile::ReadResult again = CorrectionFile::parse(CorrectionFile::serialize(read.content), u"c.json"_s);
        QCOMPARE(again.content, read.content);
    }

    void damagedFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<CorrectionFile::Status>("status");
        QTest::newRow("not json") << QByteArray("{\"format\": ") << CorrectionFile::Status::Corrupt;
        QTest::newRow("annotations") << QByteArray("{\"format\": \"recoupe-annotations-1\", \"annotations\": []}") << CorrectionFile::Status::Corrupt;
        QTest::newRow("newer") << QByteArray("{\"format\": \"recoupe-corrections-2\", \"corrections\": []}") << CorrectionFile::Status::NewerVersion;
        // Never read as version 1.
        QTest::newRow("huge version") << QByteArray("{\"format\": \"recoupe-corrections-99999999999999999999\", \"corrections\": []}")
                                      << CorrectionFile::Status::NewerVersion;
        QTest::newRow("exponent") << QByteArray("{\"format\": \"recoupe-corrections-1e300\", \"corrections\": []}") << CorrectionFile::Status::NewerVersion;
        QTest::newRow("no list") << QByteArray("{\"format\": \"recoupe-corrections-1\"}") << CorrectionFile::Status::Corrupt;
    }
    void damagedFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(CorrectionFile::Status, status);
        const CorrectionFile::ReadResult read = CorrectionFile::parse(bytes, u"corrections.json"_s);
        QCOMPARE(read.status, status);
        QVERIFY(read.error.contains(u"corrections.json"_s));
    }

    void unreadableEntriesAreKept()
    {
        const QByteArray bytes = "{\"format\": \"recoupe-corrections-1\", \"corrections\": [\n"
"            {\"id\": \"a\", \"document\": \"x.txt\", \"target\": {\"quote\": \"12\"}, \"set\": {\"period\": \"sometime\"}},\n"
"            {\"id\": \"b\", \"document\": \"x.txt\", \"target\": {\"quote\": \"12\"}, \"reject\": true}]}";
        const CorrectionFile::ReadResult read = CorrectionFile::parse(bytes, u"c.json"_s);
        QCOMPARE(read.status, CorrectionFile::Status::Ok);
        QCOMPARE(read.content.corrections.size(), 1);
        QCOMPARE(read.content.unreadableEntries.size(), 1);
        QVERIFY(read.warnings.constFirst().contains(u"period"_s));
        QVERIFY(CorrectionFile::serialize(read.content).contains("sometime"));
    }

    void specialFileIsRefused()
    {
        // A device in place of the file: refused at once, never read (it would never end).
        QTemporaryDir folder;
        QVERIFY(QDir(folder.path()).mkdir(u".recoupe"_s));
        QVERIFY(QFile::link(u"/dev/zero"_s, folder.filePath(u".recoupe/corrections.json"_s)));
        const CorrectionFolderContent content = CorrectionStore::readFolder(folder.path());
        QVERIFY(!content.ok);
        QVERIFY(content.problems.constFirst().contains(u"regular file"_s));
    }

    void pipelineAppliesTheFolderFile()
    {
        QTemporaryDir folder;
        QVERIFY(CorrectionsFixture::makeFolder(folder.path()));
        const FolderAnalysis before = AnalysisPipeline::analyseFolder(folder.path());
        QVERIFY(capexGroup(before));
        QCOMPARE(capexGroup(before)->verdict, Verdict::Discrepancy);
        QVERIFY(claimQuoting(before, u"3,000 GPUs"_s));

        QVERIFY(CorrectionsFixture::writeCorrections(folder.path(), CorrectionsFixture::designShapedCorrections()));
        const FolderAnalysis after = AnalysisPipeline::analyseFolder(folder.path());
        QCOMPARE(after.corrections.size(), 3);
        for (const AppliedCorrection &applied : after.corrections)
            QVERIFY2(applied.isApplied(), qPrintable(applied.correction.target.exact));
        // The set: the French figure now says 40 billion, and the group agrees.
        const Claim *french = claimQuoting(after, u"45 milliards de dollars"_s);
        QVERIFY(french);
        QCOMPARE(french->low, 4.0e10);
        QCOMPARE(french->origin, ClaimOrigin::Corrected);
        QCOMPARE(after.correctionOf(french->id())->parsed.low, 4.5e10);
        QCOMPARE(capexGroup(after)->verdict, Verdict::Agree);
        // The reject: gone from the claims. The add: a new claim numbered after the parser's.
        QVERIFY(!claimQuoting(after, u"3,000 GPUs"_s));
        const Claim *added = claimQuoting(after, u"most of it"_s);
        QVERIFY(added);
        QCOMPARE(added->origin, ClaimOrigin::Added);
        QCOMPARE(added->id(), u"meta-en.txt#3"_s);
        QCOMPARE(added->high, 3.0e10);
        QVERIFY(added->sentenceStart < added->start && added->end < added->sentenceEnd);
        // No parser's id changed.
        QCOMPARE(claimQuoting(after, u"$40 billion"_s)->id(), claimQuoting(before, u"$40 billion"_s)->id());
        // Reading order within the article: the added figure comes after "$40 billion".
        qsizetype forty = -1;
        qsizetype mostOfIt = -1;
        for (qsizetype i = 0; i < after.claims.size(); ++i) {
            if (after.claims.at(i).id() == u"meta-en.txt#1"_s)
                forty = i;
            if (after.claims.at(i).id() == added->id())
                mostOfIt = i;
        }
        QVERIFY(forty >= 0 && mostOfIt == forty + 1);

        // The Figures table shows which figures a person corrected or added.
        FiguresModel model;
        model.setResults(after.claims, after.corpus.documents);
        const int frenchRow = model.rowOf(french->id());
        QCOMPARE(model.index(frenchRow, 0).data(FiguresModel::OriginRole).toString(), u"corrected"_s);
        QVERIFY(model.index(frenchRow, FiguresModel::AmountColumn).data().toString().startsWith(u"✓"_s));
        QCOMPARE(model.index(model.rowOf(added->id()), 0).data(FiguresModel::OriginRole).toString(), u"added"_s);
        QCOMPARE(model.index(model.rowOf(u"meta-en.txt#1"_s), 0).data(FiguresModel::OriginRole).toString(), u"parsed"_s);
    }

    void reanchoredWhenTheArticleChanges()
    {
        QTemporaryDir folder;
        QVERIFY(CorrectionsFixture::makeFolder(folder.path()));
        QVERIFY(CorrectionsFixture::writeCorrections(folder.path(), CorrectionsFixture::designShapedCorrections()));
        // The set made as the window makes it: with the offsets of the text as it was.
        {
            const FolderAnalysis original = AnalysisPipeline::analyseFolder(folder.path());
            const Document *french = original.corpus.document(u"meta-fr.txt"_s);
            CorrectionFileContent content = CorrectionFile::read(CorrectionStore::folderFilePath(folder.path())).content;
            const Correction exact = setCorrection(french->id, french->text.toString(), u"45 milliards de dollars"_s, 4.0e10);
            QVERIFY(exact.target.start > 0);
            content.corrections[0].target = exact.target;
            QVERIFY(CorrectionsFixture::writeCorrections(folder.path(), CorrectionFile::serialize(content)));
            QCOMPARE(AnalysisPipeline::analyseFolder(folder.path()).corrections.at(0).status, AppliedCorrection::Status::Anchored);
        }
        // Text inserted before the corrected figure: the correction moves with it.
        QByteArray french = CorrectionsFixture::frenchArticle();
        french.replace("Meta prévoit", "Selon un communiqué, Meta prévoit");
        QVERIFY(CorrectionsFixture::write(QDir(folder.path()).filePath(u"meta-fr.txt"_s), french));
        FolderAnalysis analysis = AnalysisPipeline::analyseFolder(folder.path());
        QCOMPARE(analysis.corrections.at(0).status, AppliedCorrection::Status::Moved);
        QCOMPARE(claimQuoting(analysis, u"45 milliards de dollars"_s)->low, 4.0e10);
        // Its quote deleted: orphaned, listed, not applied, and still in the file.
        QByteArray english = CorrectionsFixture::englishArticle();
        english.replace("The company also ordered 3,000 GPUs for a new site in Ohio.", "The company gave no further detail.");
        QVERIFY(CorrectionsFixture::write(QDir(folder.path()).filePath(u"meta-en.txt"_s), english));
        analysis = AnalysisPipeline::analyseFolder(folder.path());
        QCOMPARE(analysis.corrections.at(1).status, AppliedCorrection::Status::Orphaned);
        QVERIFY(analysis.warnings.join(u'\n').contains(u"3,000 GPUs"_s));
        QCOMPARE(CorrectionStore::readFolder(folder.path()).corrections.size(), 3);
    }

    void reapplyWithoutReading()
    {
        QTemporaryDir folder;
        QVERIFY(CorrectionsFixture::makeFolder(folder.path()));
        const FolderAnalysis analysis = AnalysisPipeline::analyseFolder(folder.path());
        const Document *french = analysis.corpus.document(u"meta-fr.txt"_s);
        const QList<Correction> corrections{setCorrection(french->id, french->text.toString(), u"45 milliards de dollars"_s, 4.0e10)};
        const FolderAnalysis corrected = AnalysisPipeline::reapplyCorrections(analysis, corrections);
        QCOMPARE(capexGroup(corrected)->verdict, Verdict::Agree);
        // Taking the correction back gives the parser's claims again.
        const FolderAnalysis undone = AnalysisPipeline::reapplyCorrections(corrected, {});
        QCOMPARE(undone.claims, analysis.claims);
        QCOMPARE(capexGroup(undone)->verdict, Verdict::Discrepancy);
    }

    void addedClaimJoinsAGroup()
    {
        QTemporaryDir folder;
        QVERIFY(CorrectionsFixture::makeFolder(folder.path()));
        const FolderAnalysis analysis = AnalysisPipeline::analyseFolder(folder.path());
        const Document *english = analysis.corpus.document(u"meta-en.txt"_s);
        const QString text = english->text.toString();
        const QString words = u"most of it"_s;
        Correction add;
        add.target = AnnotationTarget::forPassage(english->id, text, text.indexOf(words), text.indexOf(words) + words.size());
        add.action = Correction::Action::Add;
        add.change.entity = u"Meta"_s;
        add.change.metric = u"capex"_s;
        add.change.period = u"2025"_s;
        add.change.low = 4.5e10;
        add.change.currency = u"USD"_s;
        const FolderAnalysis corrected = AnalysisPipeline::reapplyCorrections(analysis, {add});
        QCOMPARE(capexGroup(corrected)->claims.size(), 3);
        QVERIFY(capexGroup(corrected)->claims.contains(corrected.corrections.constFirst().claimId));
    }

    void storeSavesBeforeReturningAndUndoes()
    {
        QTemporaryDir folder;
        QVERIFY(CorrectionsFixture::makeFolder(folder.path()));
        const FolderAnalysis analysis = AnalysisPipeline::analyseFolder(folder.path());
        const Document *french = analysis.corpus.document(u"meta-fr.txt"_s);
        QUndoStack shared;
        CorrectionStore store;
        store.setUndoStack(&shared);
        QVERIFY(store.open(folder.path()));
        store.setAuthor(u"Claire"_s);
        const QString id = store.addCorrection(setCorrection(french->id, french->text.toString(), u"45 milliards de dollars"_s, 4.0e10));
        QVERIFY(!id.isEmpty());
        // On disk when the call returns, with its author and time.
        const QByteArray written = readFile(CorrectionStore::folderFilePath(folder.path()));
        QVERIFY(written.contains(id.toUtf8()));
        QVERIFY(written.contains("Claire"));
        QCOMPARE(shared.count(), 1);
        shared.undo();
        QVERIFY(!readFile(CorrectionStore::folderFilePath(folder.path())).contains(id.toUtf8()));
        QVERIFY(store.corrections().isEmpty());
        shared.redo();
        QVERIFY(readFile(CorrectionStore::folderFilePath(folder.path())).contains(id.toUtf8()));
        // A backup of the file replaced by the first save after opening.
        QVERIFY(QFileInfo::exists(CorrectionStore::folderFilePath(folder.path()) + u".bak.1"_s));
        // A restart reads it back, and the pipeline applies it.
        CorrectionStore reopened;
        QVERIFY(reopened.open(folder.path()));
        QCOMPARE(reopened.corrections().size(), 1);
        QCOMPARE(capexGroup(AnalysisPipeline::analyseFolder(folder.path()))->verdict, Verdict::Agree);
    }

    void oneUndoStackForNotesAndCorrections()
    {
        QTemporaryDir folder;
        QVERIFY(CorrectionsFixture::makeFolder(folder.path()));
        const FolderAnalysis analysis = AnalysisPipeline::analyseFolder(folder.path());
        const Document *french = analysis.corpus.document(u"meta-fr.txt"_s);
        AnnotationStore::Options options;
        options.saveDelayMs = 0;
        AnnotationStore annotations(options);
        CorrectionStore corrections;
        corrections.setUndoStack(annotations.undoStack());
        QVERIFY(annotations.open(folder.path()));
        QVERIFY(corrections.open(folder.path()));
        annotations.setDocuments(analysis.corpus.documents);
        const QString note = annotations.annotatePassage(french->id, 0, 10, u"checked"_s, u"confirmed"_s);
        const QString correction = corrections.addCorrection(setCorrection(french->id, french->text.toString(), u"45 milliards de dollars"_s, 4.0e10));
        QVERIFY(!note.isEmpty() && !correction.isEmpty());
        QUndoStack *stack = annotations.undoStack();
        QCOMPARE(stack->count(), 2);
        stack->undo(); // the correction, the later step
        QVERIFY(corrections.corrections().isEmpty());
        QCOMPARE(annotations.count(), 1);
        stack->undo();
        QCOMPARE(annotations.count(), 0);
        stack->redo();
        stack->redo();
        QCOMPARE(annotations.count(), 1);
        QCOMPARE(corrections.corrections().size(), 1);
        QCOMPARE(CorrectionStore::readFolder(folder.path()).corrections.size(), 1);
    }

    void damagedFileIsKeptAside()
    {
        QTemporaryDir folder;
        QVERIFY(CorrectionsFixture::makeFolder(folder.path()));
        QVERIFY(CorrectionsFixture::writeCorrections(folder.path(), "{\"format\": \"recoupe-corrections-7\", \"corrections\": [{\"future\": 1}]}"));
        CorrectionStore store;
        QString error;
        QVERIFY(!store.open(folder.path(), &error));
        QVERIFY(error.contains(u"newer"_s));
        const QStringList aside = QDir(folder.filePath(u".recoupe"_s)).entryList({u"corrections.json.newer-*"_s}, QDir::Files | QDir::Hidden);
        QCOMPARE(aside.size(), 1);
        QVERIFY(readFile(folder.filePath(u".recoupe/"_s + aside.constFirst())).contains("future"));
        // New corrections start a new file; the newer one stays untouched.
        Correction correction;
        correction.target.documentId = u"meta-fr.txt"_s;
        correction.target.exact = u"45 milliards de dollars"_s;
        correction.action = Correction::Action::Reject;
        QVERIFY(!store.addCorrection(correction).isEmpty());
        QVERIFY(readFile(folder.filePath(u".recoupe/"_s + aside.constFirst())).contains("future"));
        QVERIFY(readFile(CorrectionStore::folderFilePath(folder.path())).contains("recoupe-corrections-1"));
    }

private:
    QTemporaryDir m_dataHome;
};

QTEST_GUILESS_MAIN(TestCorrections)
#include "tst_corrections.moc"
