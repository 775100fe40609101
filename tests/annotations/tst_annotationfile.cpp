#include "annotations/annotationfile.h"
#include "annotations/textanchorer.h"

#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

const QString sampleText = u"The regional authority said the tunnel would now cost 2.4 billion euros, up from 1.9 billion. "
                           u"Work should end in 2029."_s;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<Annotation> sampleAnnotations()
{
    Annotation passage;
    passage.id = Annotation::newId();
    const qsizetype start = sampleText.indexOf(u"2.4 billion euros"_s);
    passage.target = AnnotationTarget::forPassage(u"tunnel.txt"_s, sampleText, start, start + 17);
    passage.target.claimId = u"tunnel.txt#1"_s;
    passage.note = u"Matches the authority's press release of 4 March.\nSecond line, «guillemets» and ünïcödé."_s;
    passage.verdict = u"confirmed"_s;
    passage.author = u"Inès"_s;
    passage.created = QDateTime(QDate(2025, 3, 4), QTime(9, 30, 0, 125), QTimeZone::UTC);
    passage.modified = QDateTime(QDate(2025, 3, 5), QTime(18, 2, 7), QTimeZone::UTC);

    Annotation group;
    group.id = Annotation::newId();
    group.target.claimGroup = GroupKey{u"Harbour authority"_s, u"capex"_s, u"2025"_s};
    group.note = u"Ask the authority which year the figure covers."_s;
    group.verdict = u"to-call-back"_s; // a custom tag
    group.author = u"Paul"_s;
    group.created = QDateTime(QDate(2025, 3, 6), QTime(11, 0), QTimeZone::UTC);
    group.modified = group.created;

    Annotation bare;
    bare.id = Annotation::newId();
    bare.target = AnnotationTarget::forPassage(u"sub/other.md"_s, sampleText, 0, 3);
    bare.created = QDateTime(QDate(2025, 3, 7), QTime(0, 0), QTimeZone::UTC);
    bare.modified = bare.created;
    return {passage, group, bare};
}

} // namespace

class TestAnnotationFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void targetForPassage()
    {
        const qsizetype start = sampleText.indexOf(u"1.9 billion"_s);
        const AnnotationTarget target = AnnotationTarget::forPassage(u"a.txt"_s, sampleText, start, start + 11);
        QCOMPARE(target.exact, u"1.9 billion"_s);
        QCOMPARE(target.prefix.size(), AnnotationTarget::contextLength);
        QVERIFY(sampleText.left(start).endsWith(target.prefix));
        QCOMPARE(target.suffix, sampleText.mid(start + 11, 32));
        QCOMPARE(target.start, start);
        QCOMPARE(target.end, start + 11);
        QCOMPARE(target.textHash, readingTextHash(sampleText));
        QVERIFY(target.textHash.startsWith(u"sha256:"_s));
        QCOMPARE(target.textHash.size(), 7 + 64);

        const AnnotationTarget atStart = AnnotationTarget::forPassage(u"a.txt"_s, sampleText, -5, 3);
        QCOMPARE(atStart.start, 0);
        QCOMPARE(atStart.prefix, QString());
        QCOMPARE(atStart.exact, u"The"_s);
    }

    void roundTrip()
    {
        AnnotationFileContent content;
        content.annotations = sampleAnnotations();
        const QByteArray bytes = AnnotationFile::serialize(content);
        const AnnotationFile::ReadResult read = AnnotationFile::parse(bytes, u"annotations.json"_s);
        QCOMPARE(read.status, AnnotationFile::Status::Ok);
        QVERIFY(read.warnings.isEmpty());
        QCOMPARE(read.content, content);
        // Stable: writing what was read gives the same bytes.
        QCOMPARE(AnnotationFile::serialize(read.content), bytes);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"annotations.json"_s);
        QVERIFY(AnnotationFile::write(path, bytes).ok);
        const AnnotationFile::ReadResult fromDisk = AnnotationFile::read(path);
        QCOMPARE(fromDisk.status, AnnotationFile::Status::Ok);
        QCOMPARE(fromDisk.content, content);
        QCOMPARE(fromDisk.bytes, bytes);
    }

    void w3cShape()
    {
        AnnotationFileContent content;
        content.annotations = sampleAnnotations();
        const QJsonObject root = QJsonDocument::fromJson(AnnotationFile::serialize(content)).object();
        QCOMPARE(root.value("format"_L1).toString(), u"recoupe-annotations-1"_s);
        QCOMPARE(root.value("version"_L1).toInt(), 1);
        const QJsonArray annotations = root.value("annotations"_L1).toArray();
        QCOMPARE(annotations.size(), 3);

        const QJsonObject first = annotations.at(0).toObject();
        QCOMPARE(first.value("@context"_L1).toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
        QCOMPARE(first.value("type"_L1).toString(), u"Annotation"_s);
        QCOMPARE(first.value("id"_L1).toString(), u"urn:uuid:"_s + content.annotations[0].id);
        QCOMPARE(first.value("created"_L1).toString(), u"2025-03-04T09:30:00.125Z"_s);
        QCOMPARE(first.value("modified"_L1).toString(), u"2025-03-05T18:02:07.000Z"_s);
        QCOMPARE(first.value("creator"_L1).toObject().value("name"_L1).toString(), u"Inès"_s);
        QCOMPARE(first.value("creator"_L1).toObject().value("type"_L1).toString(), u"Person"_s);

        const QJsonArray body = first.value("body"_L1).toArray();
        QCOMPARE(body.size(), 2);
        QCOMPARE(body.at(0).toObject().value("type"_L1).toString(), u"TextualBody"_s);
        QCOMPARE(body.at(0).toObject().value("purpose"_L1).toString(), u"commenting"_s);
        QCOMPARE(body.at(0).toObject().value("value"_L1).toString(), content.annotations[0].note);
        QCOMPARE(body.at(1).toObject().value("purpose"_L1).toString(), u"assessing"_s);
        QCOMPARE(body.at(1).toObject().value("value"_L1).toString(), u"confirmed"_s);

        const QJsonObject target = first.value("target"_L1).toObject();
        QCOMPARE(target.value("source"_L1).toString(), u"tunnel.txt"_s);
        QCOMPARE(target.value("recoupe:claim"_L1).toString(), u"tunnel.txt#1"_s);
        QCOMPARE(target.value("recoupe:textHash"_L1).toString(), readingTextHash(sampleText));
        const QJsonArray selectors = target.value("selector"_L1).toArray();
        QCOMPARE(selectors.size(), 2);
        const QJsonObject quote = selectors.at(0).toObject();
        QCOMPARE(quote.value("type"_L1).toString(), u"TextQuoteSelector"_s);
        QCOMPARE(quote.value("exact"_L1).toString(), u"2.4 billion euros"_s);
        QCOMPARE(quote.value("prefix"_L1).toString().size(), 32);
        QCOMPARE(quote.value("suffix"_L1).toString().size(), 32);
        const QJsonObject position = selectors.at(1).toObject();
        QCOMPARE(position.value("type"_L1).toString(), u"TextPositionSelector"_s);
        QCOMPARE(position.value("start"_L1).toInt(), int(sampleText.indexOf(u"2.4 billion"_s)));
        QCOMPARE(position.value("end"_L1).toInt(), position.value("start"_L1).toInt() + 17);

        // A tag of the user's own is a tagging body; a claim group has no passage.
        const QJsonObject second = annotations.at(1).toObject();
        QCOMPARE(second.value("body"_L1).toArray().at(1).toObject().value("purpose"_L1).toString(), u"tagging"_s);
        const QJsonObject group = second.value("target"_L1).toObject().value("recoupe:claimGroup"_L1).toObject();
        QCOMPARE(group.value("entity"_L1).toString(), u"Harbour authority"_s);
        QCOMPARE(group.value("period"_L1).toString(), u"2025"_s);
        QVERIFY(!second.value("target"_L1).toObject().contains("selector"_L1));

        // No note, no verdict, no author: no body and no creator rather than empty ones.
        const QJsonObject third = annotations.at(2).toObject();
        QVERIFY(!third.contains("body"_L1));
        QVERIFY(!third.contains("creator"_L1));
    }

    void foreignAnnotationReadAndKept()
    {
        const QString path = QStringLiteral(RECOUPE_FIXTURES_DIR "/annotations/foreign.json");
        const AnnotationFile::ReadResult read = AnnotationFile::read(path);
        QCOMPARE(read.status, AnnotationFile::Status::Ok);
        QCOMPARE(read.content.annotations.size(), 1);
        QCOMPARE(read.content.unreadableEntries.size(), 1);
        QCOMPARE(read.warnings.size(), 1);
        QVERIFY(read.warnings.constFirst().contains(u"foreign.json"_s));

        const Annotation &annotation = read.content.annotations.constFirst();
        QCOMPARE(annotation.id, u"https://annotations.example.org/anno/7781"_s);
        QCOMPARE(annotation.author, u"Inès Moreau"_s);
        QCOMPARE(annotation.verdict, u"discrepancy"_s);
        QVERIFY(annotation.note.startsWith(u"The 2022 figure"_s));
        QCOMPARE(annotation.target.documentId, u"harbour-tunnel.txt"_s);
        QCOMPARE(annotation.target.exact, u"1.9 billion euros"_s);
        QCOMPARE(annotation.target.start, 150);
        QCOMPARE(annotation.target.end, 167);
        QCOMPARE(annotation.created, QDateTime(QDate(2025, 2, 3), QTime(8, 15), QTimeZone::UTC));
        QCOMPARE(annotation.modified, QDateTime(QDate(2025, 2, 4), QTime(17, 40, 12, 250), QTimeZone::UTC));
        QCOMPARE(annotation.otherBodies.size(), 1);
        QCOMPARE(annotation.target.otherSelectors.size(), 1);
        QVERIFY(annotation.otherProperties.contains("motivation"_L1));
        QVERIFY(annotation.otherProperties.contains("generator"_L1));

        // Written back, nothing Recoupe does not understand is lost.
        const QJsonObject root = QJsonDocument::fromJson(AnnotationFile::serialize(read.content)).object();
        const QJsonArray entries = root.value("annotations"_L1).toArray();
        QCOMPARE(entries.size(), 2);
        const QJsonObject written = entries.at(0).toObject();
        QCOMPARE(written.value("id"_L1).toString(), annotation.id); // not a UUID: kept as it was
        QCOMPARE(written.value("motivation"_L1).toString(), u"assessing"_s);
        QCOMPARE(written.value("generator"_L1).toObject().value("name"_L1).toString(), u"Another annotation tool"_s);
        QCOMPARE(written.value("body"_L1).toArray().size(), 3);
        QCOMPARE(written.value("body"_L1).toArray().at(2).toObject().value("purpose"_L1).toString(), u"linking"_s);
        const QJsonArray selectors = written.value("target"_L1).toObject().value("selector"_L1).toArray();
        QCOMPARE(selectors.size(), 3);
        QCOMPARE(selectors.at(2).toObject().value("type"_L1).toString(), u"XPathSelector"_s);
        QCOMPARE(entries.at(1).toObject().value("body"_L1).toObject().value("value"_L1).toString(),
                 u"an entry with neither id nor target"_s);
        // And read again, the same.
        QCOMPARE(AnnotationFile::parse(AnnotationFile::serialize(read.content), path).content, read.content);
    }

    void damaged_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank") << QByteArray("  \n");
        QTest::newRow("truncated") << readAll(QStringLiteral(RECOUPE_FIXTURES_DIR "/annotations/truncated.json"));
        QTest::newRow("binary") << QByteArray("\x00\x01\x02garbage", 10);
        QTest::newRow("array, not of annotations") << QByteArray("[1, 2, 3]");
        QTest::newRow("no format") << QByteArray(R"({"annotations": []})");
        QTest::newRow("other format") << QByteArray(R"({"format": "recoupe-documents-1", "documents": {}})");
        QTest::newRow("no list") << QByteArray(R"({"format": "recoupe-annotations-1", "version": 1, "annotations": {}})");
    }

    void damaged()
    {
        QFETCH(QByteArray, bytes);
        const AnnotationFile::ReadResult read = AnnotationFile::parse(bytes, u"/some/folder/.recoupe/annotations.json"_s);
        QCOMPARE(read.status, AnnotationFile::Status::Corrupt);
        QVERIFY(!read.isUsable());
        QVERIFY2(read.error.contains(QDir::toNativeSeparators(u"/some/folder/.recoupe/annotations.json"_s)), qPrintable(read.error));
        QVERIFY2(read.error.contains(u"damaged"_s), qPrintable(read.error));
        QVERIFY(read.content.annotations.isEmpty());
    }

    void newerVersion_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("fixture") << readAll(QStringLiteral(RECOUPE_FIXTURES_DIR "/annotations/newer-version.json"));
        QTest::newRow("format only") << QByteArray(R"({"format": "recoupe-annotations-3", "annotations": []})");
        QTest::newRow("version only") << QByteArray(R"({"format": "recoupe-annotations-1", "version": 2, "annotations": []})");
        // Issue 17, item 9: numbers too large for an int, or not whole, were read as version 1.
        QTest::newRow("format beyond int") << QByteArray(R"({"format": "recoupe-annotations-99999999999999999999", "annotations": []})");
        QTest::newRow("format not a number") << QByteArray(R"({"format": "recoupe-annotations-1e300", "annotations": []})");
        QTest::newRow("version 1e300") << QByteArray(R"({"format": "recoupe-annotations-1", "version": 1e300, "annotations": []})");
        QTest::newRow("version 1.5") << QByteArray(R"({"format": "recoupe-annotations-1", "version": 1.5, "annotations": []})");
        QTest::newRow("version a string") << QByteArray(R"({"format": "recoupe-annotations-1", "version": "2", "annotations": []})");
    }

    void newerVersion()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!bytes.isEmpty());
        const AnnotationFile::ReadResult read = AnnotationFile::parse(bytes, u"annotations.json"_s);
        QCOMPARE(read.status, AnnotationFile::Status::NewerVersion);
        QVERIFY(read.error.contains(u"newer version of Recoupe"_s));
        QVERIFY(read.error.contains(u"annotations.json"_s));
    }

    void missingAndUnreadable()
    {
        QTemporaryDir dir;
        QCOMPARE(AnnotationFile::read(dir.filePath(u"none.json"_s)).status, AnnotationFile::Status::Missing);
        QVERIFY(AnnotationFile::read(dir.filePath(u"none.json"_s)).isUsable());
        QVERIFY(QDir(dir.path()).mkdir(u"adir"_s));
        const AnnotationFile::ReadResult read = AnnotationFile::read(dir.filePath(u"adir"_s));
        QCOMPARE(read.status, AnnotationFile::Status::Unreadable);
        QVERIFY(read.error.contains(u"adir"_s));
    }

    void repeatedIdsAreRenamed()
    {
        const QByteArray bytes = R"({"format": "recoupe-annotations-1", "version": 1, "annotations": [
            {"type": "Annotation", "id": "urn:uuid:0b6c1d6e-5d1f-4c89-9f57-1b2d3c4e5f60", "target": {"source": "a.txt"}},
            {"type": "Annotation", "id": "urn:uuid:0b6c1d6e-5d1f-4c89-9f57-1b2d3c4e5f60", "target": "b.txt"}]})";
        const AnnotationFile::ReadResult read = AnnotationFile::parse(bytes, u"annotations.json"_s);
        QCOMPARE(read.status, AnnotationFile::Status::Ok);
        QCOMPARE(read.content.annotations.size(), 2);
        QCOMPARE(read.content.annotations[0].id, u"0b6c1d6e-5d1f-4c89-9f57-1b2d3c4e5f60"_s);
        QVERIFY(read.content.annotations[1].id != read.content.annotations[0].id);
        QCOMPARE(read.content.annotations[1].target.documentId, u"b.txt"_s);
        QCOMPARE(read.warnings.size(), 1);
    }

    // Issue 17, item 9: a TextPositionSelector of 1e300 with no quote was "anchored" with null
    // offsets (and converting 1e300 to an integer is undefined). An offset no text can have is no
    // position: without a quote the annotation is not placed.
    void impossiblePositionIsNoPosition_data()
    {
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("end");
        QTest::newRow("1e300") << 1e300 << 1e300;
        QTest::newRow("negative") << -5.0 << 3.0;
        QTest::newRow("not whole") << 2.5 << 7.0;
        QTest::newRow("beyond 32 bits") << 1e10 << 2e10;
    }

    void impossiblePositionIsNoPosition()
    {
        QFETCH(double, start);
        QFETCH(double, end);
        const QJsonObject position{{u"type"_s, u"TextPositionSelector"_s}, {u"start"_s, start}, {u"end"_s, end}};
        const QJsonObject json{{u"source"_s, u"a.txt"_s}, {u"selector"_s, QJsonArray{position}}};
        const AnnotationTarget target = AnnotationFile::targetFromJson(json);
        QCOMPARE(target.start, qsizetype(-1));
        QCOMPARE(target.end, qsizetype(-1));
        const AnchorResult result = TextAnchorer::anchor(target, sampleText);
        QVERIFY(result.status != AnchorStatus::Anchored);
    }

    void writeOverDirectoryFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"annotations.json"_s);
        QVERIFY(QDir(dir.path()).mkdir(u"annotations.json"_s));
        const AnnotationFile::WriteResult result = AnnotationFile::write(path, "{}");
        QVERIFY(!result.ok);
        QVERIFY(result.couldNotCreate);
        QVERIFY(result.error.contains(u"annotations.json"_s));
        QVERIFY(QFileInfo(path).isDir());
    }
};

QTEST_GUILESS_MAIN(TestAnnotationFile)
#include "tst_annotationfile.moc"
