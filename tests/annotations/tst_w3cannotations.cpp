#include "annotations/annotationfile.h"
#include "annotations/annotationsourceresolver.h"
#include "annotations/annotationstore.h"
#include "annotations/textanchorer.h"
#include "annotations/w3cannotationreader.h"
#include "annotations/w3cannotationwriter.h"
#include "corpus/corpusloader.h"

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

const QString webFolder = QStringLiteral(RECOUPE_FIXTURES_DIR "/annotations/web");
const QString ferryId = u"ferry-terminal.html"_s;
const QString busesId = u"night-buses.html"_s;
const QString orchardId = u"orchard-grants.html"_s;
const QString marketId = u"market-hall.txt"_s;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

bool copyWebArticles(const QString &to)
{
    const QDir from(webFolder);
    for (const QString &name : from.entryList(QDir::Files)) {
        if (!QFile::copy(from.filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return true;
}

// Two annotations in W3C JSON, on the market-hall article (by path).
QJsonObject annotationJson(const QString &id, const QString &note, const QString &quote)
{
    return QJsonObject{{"type"_L1, u"Annotation"_s},
                       {"id"_L1, id},
                       {"bodyValue"_L1, note},
                       {"target"_L1, QJsonObject{{"source"_L1, marketId},
                                                 {"selector"_L1, QJsonObject{{"type"_L1, u"TextQuoteSelector"_s}, {"exact"_L1, quote}}}}}};
}

const QJsonObject first = annotationJson(u"urn:uuid:1f0c7f1e-8c1d-4a8e-9a57-0d6a5f0e1a01"_s, u"First note"_s, u"2.7 million euros"_s);
const QJsonObject second = annotationJson(u"https://notes.example.org/a/2"_s, u"Second note"_s, u"nine months"_s);

QByteArray json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson() : QJsonDocument(value.toObject()).toJson();
}

QStringList notesOf(const QList<Annotation> &annotations)
{
    QStringList notes;
    for (const Annotation &annotation : annotations)
        notes.append(annotation.note);
    return notes;
}

const Annotation *byNote(const QList<Annotation> &annotations, const QString &note)
{
    for (const Annotation &annotation : annotations) {
        if (annotation.note == note)
            return &annotation;
    }
    return nullptr;
}

} // namespace

// Annotations that travel: W3C containers written by other tools, targets named by web address,
// and the collection Recoupe exports for those tools.
class TestW3cAnnotations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_fallback;

    AnnotationStore::Options storeOptions() const
    {
        AnnotationStore::Options options;
        options.fallbackRoot = m_fallback.path();
        options.saveDelayMs = 0;
        return options;
    }

private Q_SLOTS:
    void containers_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<AnnotationContainer>("container");
        QTest::addColumn<QStringList>("notes");

        const QStringList both{u"First note"_s, u"Second note"_s};
        QTest::newRow("one annotation") << json(first) << AnnotationContainer::W3cAnnotation << QStringList{u"First note"_s};
        QTest::newRow("array") << json(QJsonArray{first, second}) << AnnotationContainer::W3cArray << both;
        QTest::newRow("page") << json(QJsonObject{{"type"_L1, u"AnnotationPage"_s}, {"items"_L1, QJsonArray{first, second}}})
                              << AnnotationContainer::W3cPage << both;
        QTest::newRow("page, then an embedded next page")
            << json(QJsonObject{{"type"_L1, u"AnnotationPage"_s},
                                {"items"_L1, QJsonArray{first}},
                                {"next"_L1, QJsonObject{{"type"_L1, u"AnnotationPage"_s}, {"items"_L1, QJsonArray{second}}}}})
            << AnnotationContainer::W3cPage << both;
        QTest::newRow("collection, first page embedded")
            << json(QJsonObject{{"@context"_L1, u"http://www.w3.org/ns/anno.jsonld"_s},
                                {"type"_L1, u"AnnotationCollection"_s},
                                {"total"_L1, 2},
                                {"first"_L1, QJsonObject{{"type"_L1, u"AnnotationPage"_s}, {"items"_L1, QJsonArray{first, second}}}}})
            << AnnotationContainer::W3cCollection << both;
        QTest::newRow("collection, two embedded pages")
            << json(QJsonObject{{"type"_L1, u"AnnotationCollection"_s},
                                {"first"_L1, QJsonObject{{"type"_L1, u"AnnotationPage"_s},
                                                         {"items"_L1, QJsonArray{second}},
                                                         {"next"_L1, QJsonObject{{"type"_L1, u"AnnotationPage"_s}, {"items"_L1, QJsonArray{first}}}}}}})
            << AnnotationContainer::W3cCollection << QStringList{u"Second note"_s, u"First note"_s};
        QTest::newRow("types as arrays")
            << json(QJsonObject{{"type"_L1, QJsonArray{u"AnnotationPage"_s}}, {"items"_L1, QJsonArray{first}}})
            << AnnotationContainer::W3cPage << QStringList{u"First note"_s};
        QTest::newRow("Recoupe's own")
            << json(QJsonObject{{"format"_L1, u"recoupe-annotations-1"_s}, {"version"_L1, 1}, {"annotations"_L1, QJsonArray{first, second}}})
            << AnnotationContainer::Recoupe << both;
        QTest::newRow("empty array") << QByteArray("[]") << AnnotationContainer::W3cArray << QStringList();
    }

    void containers()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(AnnotationContainer, container);
        QFETCH(QStringList, notes);
        const AnnotationFile::ReadResult read = AnnotationFile::parse(bytes, u"/notes/from-elsewhere.json"_s);
        QCOMPARE(read.status, AnnotationFile::Status::Ok);
        QVERIFY2(read.warnings.isEmpty(), qPrintable(read.warnings.join(u'\n')));
        QCOMPARE(read.container, container);
        QCOMPARE(notesOf(read.content.annotations), notes);
        for (const Annotation &annotation : read.content.annotations) {
            QCOMPARE(annotation.target.documentId, marketId);
            QVERIFY(!annotation.target.exact.isEmpty());
        }
        if (notes.contains(u"First note"_s))
            QCOMPARE(byNote(read.content.annotations, u"First note"_s)->id, u"1f0c7f1e-8c1d-4a8e-9a57-0d6a5f0e1a01"_s);
    }

    void pagesOnAServerAreNotFetched()
    {
        // A collection whose first page is only named: nothing to read, and the reason given.
        const QByteArray remote = json(QJsonObject{{"type"_L1, u"AnnotationCollection"_s}, {"total"_L1, 12},
                                                   {"first"_L1, u"https://notes.example.org/collections/9/page1"_s}});
        AnnotationFile::ReadResult read = AnnotationFile::parse(remote, u"remote.json"_s);
        QCOMPARE(read.status, AnnotationFile::Status::Ok);
        QCOMPARE(read.container, AnnotationContainer::W3cCollection);
        QVERIFY(read.content.annotations.isEmpty());
        QCOMPARE(read.warnings.size(), 1);
        QVERIFY2(read.warnings.constFirst().contains(u"https://notes.example.org/collections/9/page1"_s), qPrintable(read.warnings.constFirst()));
        QVERIFY(read.warnings.constFirst().contains(u"network"_s));

        // A page whose next page is only named: its own items are read.
        const QByteArray partly = json(QJsonObject{{"type"_L1, u"AnnotationPage"_s}, {"items"_L1, QJsonArray{first}},
                                                   {"next"_L1, u"https://notes.example.org/p/2"_s}});
        read = AnnotationFile::parse(partly, u"partly.json"_s);
        QCOMPARE(read.status, AnnotationFile::Status::Ok);
        QCOMPARE(notesOf(read.content.annotations), QStringList{u"First note"_s});
        QCOMPARE(read.warnings.size(), 1);
        QVERIFY(read.warnings.constFirst().contains(u"https://notes.example.org/p/2"_s));
    }

    void notAnnotations_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("array of numbers") << QByteArray("[1, 2, 3]");
        QTest::newRow("array of other records") << QByteArray(R"([{"name": "a"}, {"name": "b"}])");
        QTest::newRow("object of another type") << QByteArray(R"({"type": "Person", "name": "Oona"})");
        QTest::newRow("no format, no type") << QByteArray(R"({"annotations": []})");
    }

    void notAnnotations()
    {
        QFETCH(QByteArray, bytes);
        const AnnotationFile::ReadResult read = AnnotationFile::parse(bytes, u"/x/annotations.json"_s);
        QCOMPARE(read.status, AnnotationFile::Status::Corrupt);
        QVERIFY2(read.error.contains(u"damaged"_s), qPrintable(read.error));
        QVERIFY2(read.error.contains(u"W3C"_s), qPrintable(read.error));
    }

    void unusableEntriesKeptInAW3cArray()
    {
        // An entry with no target among good ones: kept (to be written back), said, not shown.
        const QJsonObject noTarget{{"type"_L1, u"Annotation"_s}, {"bodyValue"_L1, u"Where was this?"_s}};
        const AnnotationFile::ReadResult read = AnnotationFile::parse(json(QJsonArray{first, noTarget, second}), u"mixed.json"_s);
        QCOMPARE(read.status, AnnotationFile::Status::Ok);
        QCOMPARE(notesOf(read.content.annotations), (QStringList{u"First note"_s, u"Second note"_s}));
        QCOMPARE(read.content.unreadableEntries.size(), 1);
        QCOMPARE(read.warnings.size(), 1);
        QVERIFY(read.warnings.constFirst().contains(u"Entry 2"_s));
    }

    void handWrittenAnnotation()
    {
        const AnnotationFile::ReadResult read =
            AnnotationFile::read(QStringLiteral(RECOUPE_FIXTURES_DIR "/annotations/two-annotations.json"));
        QCOMPARE(read.status, AnnotationFile::Status::Ok);
        QCOMPARE(read.container, AnnotationContainer::W3cArray);
        QCOMPARE(read.content.annotations.size(), 2);
        const Annotation &byAddress = read.content.annotations.at(0);
        QCOMPARE(byAddress.id, u"https://notes.example.org/anno/ferry-1"_s);
        QCOMPARE(byAddress.verdict, u"confirmed"_s);
        QCOMPARE(byAddress.author, u"Oona Varga"_s);
        QCOMPARE(byAddress.target.documentId, u"http://coastline-courier.example.org/2025/03/ferry-terminal-works"_s);
        QCOMPARE(byAddress.target.sourceUrl, byAddress.target.documentId);
        // No id, a bodyValue: given an id, the value read as the note.
        const Annotation &byHand = read.content.annotations.at(1);
        QVERIFY(!byHand.id.isEmpty());
        QCOMPARE(byHand.note, u"Ask the traders' association for its own count."_s);
        QVERIFY(!byHand.otherProperties.contains(u"bodyValue"_s));
        QCOMPARE(byHand.target.documentId, marketId);
        QVERIFY(byHand.target.sourceUrl.isEmpty());

        // Written in Recoupe's format and read again: the same, the given id kept.
        const QByteArray saved = AnnotationFile::serialize(read.content);
        const AnnotationFile::ReadResult again = AnnotationFile::parse(saved, u"saved.json"_s);
        QCOMPARE(again.container, AnnotationContainer::Recoupe);
        QCOMPARE(again.content.annotations, read.content.annotations);
        const QJsonObject written = QJsonDocument::fromJson(saved).object().value("annotations"_L1).toArray().at(1).toObject();
        QCOMPARE(written.value("body"_L1).toArray().at(0).toObject().value("purpose"_L1).toString(), u"commenting"_s);
    }

    void sourcesFoundByWebAddress()
    {
        const Corpus corpus = CorpusLoader::load(webFolder);
        QCOMPARE(corpus.loadedCount(), 4);
        QCOMPARE(corpus.document(ferryId)->url, u"https://www.coastline-courier.example.org/2025/03/ferry-terminal-works/"_s);
        QCOMPARE(corpus.document(busesId)->url, u"http://metro-daily.example.net/transport/night-buses"_s);
        QCOMPARE(corpus.document(orchardId)->url, u"https://valley-gazette.example.com/farming/orchard-grants"_s);
        QVERIFY(corpus.document(marketId)->url.isEmpty());

        const AnnotationFile::ReadResult read = AnnotationFile::read(QStringLiteral(RECOUPE_FIXTURES_DIR "/annotations/by-address.jsonld"));
        QCOMPARE(read.status, AnnotationFile::Status::Ok);
        QCOMPARE(read.content.annotations.size(), 4);
        QList<Annotation> annotations = read.content.annotations;
        const AnnotationSourceResolver resolver(corpus.documents);
        QCOMPARE(resolver.resolve(annotations), 3);
        // Through <link rel="canonical">, og:url and JSON-LD, each written otherwise by the tool.
        QCOMPARE(annotations.at(0).target.documentId, ferryId);
        QCOMPARE(annotations.at(1).target.documentId, busesId);
        QCOMPARE(annotations.at(2).target.documentId, orchardId);
        // The article's own address, byte for byte: nothing more to keep. Spelled otherwise: kept,
        // it is what the other tool knows the page by.
        QVERIFY(annotations.at(0).target.sourceUrl.isEmpty());
        QCOMPARE(annotations.at(1).target.sourceUrl, u"https://metro-daily.example.net/transport/night-buses/#top"_s);
        // An article that is not in the folder: left as it was, never dropped.
        QCOMPARE(annotations.at(3).target.documentId, u"https://another-paper.example.org/ports/ferry"_s);
        QVERIFY(resolver.documentFor(annotations.at(3).target).isEmpty());
        for (qsizetype i = 0; i < 3; ++i) {
            const Document *document = corpus.document(annotations.at(i).target.documentId);
            const AnchorResult anchor = TextAnchorer::anchor(annotations.at(i).target, document->text.toString());
            QCOMPARE(anchor.status, AnchorStatus::Anchored);
            QCOMPARE(document->text.mid(anchor.start, anchor.end - anchor.start), annotations.at(i).target.exact);
        }
    }

    void sourceUrlKeptWhenItSaysMore()
    {
        // The article's address is its own, byte for byte: the source kept aside adds nothing.
        // Spelled otherwise (http, no www): kept, so that a W3C export still names it that way.
        const Corpus corpus = CorpusLoader::load(webFolder);
        const AnnotationSourceResolver resolver(corpus.documents);
        AnnotationTarget same;
        same.documentId = corpus.document(ferryId)->url;
        same.exact = u"86 million euros"_s;
        QVERIFY(resolver.resolve(same));
        QCOMPARE(same.documentId, ferryId);
        QVERIFY(same.sourceUrl.isEmpty());
        AnnotationTarget other = same;
        other.documentId = u"http://coastline-courier.example.org/2025/03/ferry-terminal-works"_s;
        QVERIFY(resolver.resolve(other));
        QCOMPARE(other.documentId, ferryId);
        QCOMPARE(other.sourceUrl, u"http://coastline-courier.example.org/2025/03/ferry-terminal-works"_s);
        // Already by path: nothing to do.
        QVERIFY(!resolver.resolve(other));
    }

    void codePointOffsets()
    {
        // The orchard article has an emoji (two QString units, one code point) before "the
        // regional council decided": W3C offsets after it are one less than Recoupe's.
        const Corpus corpus = CorpusLoader::load(webFolder);
        const QString text = corpus.document(orchardId)->text.toString();
        const QString quote = u"the regional council decided"_s;
        const qsizetype start = text.indexOf(quote);
        QVERIFY(start > 0);
        QVERIFY(text.left(start).contains(u"🍎"_s));
        QCOMPARE(codePointOffset(text, start), start - 1);
        QCOMPARE(utf16Offset(text, start - 1), start);
        QCOMPARE(utf16Offset(text, codePointOffset(text, text.size())), text.size());

        const QJsonObject annotation{
            {"type"_L1, u"Annotation"_s},
            {"id"_L1, u"https://notes.example.org/anno/emoji"_s},
            {"bodyValue"_L1, u"Which council meeting?"_s},
            {"target"_L1, QJsonObject{{"source"_L1, u"https://valley-gazette.example.com/farming/orchard-grants"_s},
                                      {"selector"_L1, QJsonArray{QJsonObject{{"type"_L1, u"TextQuoteSelector"_s}, {"exact"_L1, quote}},
                                                                 QJsonObject{{"type"_L1, u"TextPositionSelector"_s},
                                                                             {"start"_L1, double(start - 1)},
                                                                             {"end"_L1, double(start - 1 + quote.size())}}}}}}};
        const AnnotationFile::ReadResult read = AnnotationFile::parse(json(QJsonArray{annotation}), u"emoji.json"_s);
        QCOMPARE(read.content.annotations.size(), 1);
        Annotation placed = read.content.annotations.constFirst();
        QVERIFY(placed.target.offsetsInCodePoints);
        // Still in code points, written in Recoupe's file so, and read back so.
        const AnnotationFile::ReadResult saved = AnnotationFile::parse(AnnotationFile::serialize(read.content), u"saved.json"_s);
        QCOMPARE(saved.content.annotations.constFirst(), placed);

        QVERIFY(AnnotationSourceResolver(corpus.documents).resolve(placed));
        QVERIFY(!placed.target.offsetsInCodePoints);
        QCOMPARE(placed.target.start, start);
        QCOMPARE(placed.target.end, start + quote.size());
        const AnchorResult anchor = TextAnchorer::anchor(placed.target, text);
        QCOMPARE(anchor.status, AnchorStatus::Anchored);
        QCOMPARE(anchor.method, AnchorMethod::Position);
    }

    void exportedCollection()
    {
        const Corpus corpus = CorpusLoader::load(webFolder);
        const QString text = corpus.document(orchardId)->text.toString();
        const qsizetype start = text.indexOf(u"150,000 euros"_s);
        Annotation onOrchard;
        onOrchard.id = u"0b0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"_s;
        onOrchard.target = AnnotationTarget::forPassage(orchardId, text, start, start + 13);
        onOrchard.note = u"Cap confirmed by the council's rules."_s;
        onOrchard.verdict = u"confirmed"_s;
        Annotation onMarket;
        onMarket.id = Annotation::newId();
        const QString marketText = corpus.document(marketId)->text.toString();
        onMarket.target = AnnotationTarget::forPassage(marketId, marketText, marketText.indexOf(u"nine months"_s),
                                                       marketText.indexOf(u"nine months"_s) + 11);

        const QJsonObject collection = W3cAnnotationWriter::collection({onOrchard, onMarket}, corpus.documents, u"Desk notes"_s);
        QCOMPARE(collection.value("@context"_L1).toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
        QCOMPARE(collection.value("type"_L1).toString(), u"AnnotationCollection"_s);
        QCOMPARE(collection.value("label"_L1).toString(), u"Desk notes"_s);
        QCOMPARE(collection.value("total"_L1).toInt(), 2);
        QVERIFY(collection.value("id"_L1).toString().startsWith(u"urn:uuid:"_s));
        const QJsonObject page = collection.value("first"_L1).toObject();
        QCOMPARE(page.value("type"_L1).toString(), u"AnnotationPage"_s);
        const QJsonArray items = page.value("items"_L1).toArray();
        QCOMPARE(items.size(), 2);

        const QJsonObject item = items.at(0).toObject();
        QCOMPARE(item.value("type"_L1).toString(), u"Annotation"_s);
        QCOMPARE(item.value("id"_L1).toString(), u"urn:uuid:0b0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"_s);
        QVERIFY(!item.contains("@context"_L1));
        const QJsonObject target = item.value("target"_L1).toObject();
        // The article's own address for other tools, its path for Recoupe.
        QCOMPARE(target.value("source"_L1).toString(), u"https://valley-gazette.example.com/farming/orchard-grants"_s);
        QCOMPARE(target.value("recoupe:document"_L1).toString(), orchardId);
        const QJsonArray selectors = target.value("selector"_L1).toArray();
        QCOMPARE(selectors.size(), 2);
        QCOMPARE(selectors.at(0).toObject().value("type"_L1).toString(), u"TextQuoteSelector"_s);
        QCOMPARE(selectors.at(0).toObject().value("exact"_L1).toString(), u"150,000 euros"_s);
        QCOMPARE(selectors.at(1).toObject().value("type"_L1).toString(), u"TextPositionSelector"_s);
        // Past the emoji: code points, one less than QString units.
        QCOMPARE(selectors.at(1).toObject().value("start"_L1).toInteger(), start - 1);
        QCOMPARE(selectors.at(1).toObject().value("end"_L1).toInteger(), start - 1 + 13);
        QVERIFY(!selectors.at(1).toObject().contains("recoupe:unit"_L1));
        QCOMPARE(item.value("body"_L1).toArray().size(), 2);

        // An article without an address: its path is the source.
        const QJsonObject marketTarget = items.at(1).toObject().value("target"_L1).toObject();
        QCOMPARE(marketTarget.value("source"_L1).toString(), marketId);
        QVERIFY(!marketTarget.contains("recoupe:document"_L1));

        // What the export says is what a reader of W3C containers finds.
        const AnnotationFile::ReadResult read = AnnotationFile::parse(W3cAnnotationWriter::serialize(collection), u"export.jsonld"_s);
        QCOMPARE(read.status, AnnotationFile::Status::Ok);
        QCOMPARE(read.container, AnnotationContainer::W3cCollection);
        QList<Annotation> back = read.content.annotations;
        AnnotationSourceResolver(corpus.documents).resolve(back);
        QCOMPARE(back, (QList<Annotation>{onOrchard, onMarket}));
    }

    void exportThenImportIntoAFreshCopy()
    {
        QTemporaryDir original;
        QVERIFY(copyWebArticles(original.path()));
        const Corpus corpus = CorpusLoader::load(original.path());
        AnnotationStore store(storeOptions());
        QVERIFY(store.open(original.path()));
        store.setDocuments(corpus.documents);
        store.setAuthor(u"Oona Varga"_s);
        const auto annotate = [&](const QString &documentId, const QString &quote, const QString &note, const QString &verdict) {
            const qsizetype start = corpus.document(documentId)->text.toString().indexOf(quote);
            Q_ASSERT(start >= 0);
            return store.annotatePassage(documentId, start, start + quote.size(), note, verdict);
        };
        QVERIFY(!annotate(ferryId, u"86 million euros"_s, u"Matches the tender notice."_s, u"confirmed"_s).isEmpty());
        QVERIFY(!annotate(busesId, u"every forty minutes"_s, u"The timetable says forty-five."_s, u"discrepancy"_s).isEmpty());
        QVERIFY(!annotate(orchardId, u"the regional council decided"_s, u"After the emoji: offsets differ in W3C."_s, u"needs_source"_s)
                     .isEmpty());
        QVERIFY(!annotate(marketId, u"2.7 million euros"_s, u"No address: found by path."_s, u"my own tag"_s).isEmpty());
        Annotation onGroup;
        onGroup.target.claimGroup = GroupKey{u"Port authority"_s, u"capex"_s, u"2025"_s};
        onGroup.note = u"A group, not a passage."_s;
        QVERIFY(!store.addAnnotation(onGroup).isEmpty());
        // One by an address no article has: exported as it is, and still orphaned after.
        Annotation elsewhere;
        elsewhere.target.documentId = u"https://another-paper.example.org/ports/ferry"_s;
        elsewhere.target.sourceUrl = elsewhere.target.documentId;
        elsewhere.target.exact = u"86 million euros"_s;
        elsewhere.note = u"The other paper agrees."_s;
        QVERIFY(!store.addAnnotation(elsewhere).isEmpty());
        QCOMPARE(store.count(), 6);

        const QString exportPath = original.filePath(u"export.jsonld"_s);
        const QJsonObject collection = W3cAnnotationWriter::collection(store.annotations(), corpus.documents, u"Desk"_s);
        QVERIFY(AnnotationFile::write(exportPath, W3cAnnotationWriter::serialize(collection)).ok);

        // A fresh copy of the folder, one article renamed: found by its address instead.
        QTemporaryDir copy;
        QVERIFY(copyWebArticles(copy.path()));
        QVERIFY(QFile::rename(copy.filePath(busesId), copy.filePath(u"buses-renamed.html"_s)));
        const Corpus copied = CorpusLoader::load(copy.path());
        AnnotationStore imported(storeOptions());
        QVERIFY(imported.open(copy.path()));
        imported.setDocuments(copied.documents);
        AnnotationMergeReport report;
        QString error;
        QVERIFY2(imported.importFile(exportPath, &report, &error), qPrintable(error));
        QCOMPARE(report.added, 6);
        QCOMPARE(report.orphans, 1);
        QVERIFY(report.warnings.isEmpty());
        QCOMPARE(imported.count(), 6);

        for (const Annotation &mine : store.annotations()) {
            const std::optional<Annotation> theirs = imported.annotation(mine.id);
            QVERIFY2(theirs, qPrintable(mine.note));
            QCOMPARE(theirs->note, mine.note);
            QCOMPARE(theirs->verdict, mine.verdict);
            QCOMPARE(theirs->author, mine.author);
            QCOMPARE(theirs->created, mine.created);
            QCOMPARE(theirs->target.exact, mine.target.exact);
            QCOMPARE(theirs->target.claimGroup, mine.target.claimGroup);
            const QString expectedDocument = mine.target.documentId == busesId ? u"buses-renamed.html"_s : mine.target.documentId;
            QCOMPARE(theirs->target.documentId, expectedDocument);
            const AnchorResult before = store.anchor(mine.id);
            const AnchorResult after = imported.anchor(mine.id);
            QCOMPARE(after.status, before.status);
            QCOMPARE(after.start, before.start);
            QCOMPARE(after.end, before.end);
        }
        QCOMPARE(imported.anchor(byNote(imported.annotations(), u"The other paper agrees."_s)->id).status, AnchorStatus::Orphaned);
        QCOMPARE(imported.anchor(byNote(imported.annotations(), u"After the emoji: offsets differ in W3C."_s)->id).method,
                 AnchorMethod::Position);

        // Into the same folder again: all already there.
        AnnotationMergeReport again;
        QVERIFY(store.importFile(exportPath, &again, &error));
        QCOMPARE(again.added, 0);
        QCOMPARE(again.duplicates, 6);
        QCOMPARE(store.count(), 6);
    }

    void importMatchesWebAddresses()
    {
        QTemporaryDir folder;
        QVERIFY(copyWebArticles(folder.path()));
        const Corpus corpus = CorpusLoader::load(folder.path());
        AnnotationStore store(storeOptions());
        QVERIFY(store.open(folder.path()));
        store.setDocuments(corpus.documents);
        AnnotationMergeReport report;
        QString error;
        QVERIFY2(store.importFile(QStringLiteral(RECOUPE_FIXTURES_DIR "/annotations/by-address.jsonld"), &report, &error), qPrintable(error));
        QCOMPARE(report.added, 4);
        QCOMPARE(report.orphans, 1);
        QVERIFY2(report.summary().contains(u"not in this folder"_s), qPrintable(report.summary()));
        QCOMPARE(store.annotationsOfDocument(ferryId).size(), 1);
        QCOMPARE(store.annotationsOfDocument(busesId).size(), 1);
        QCOMPARE(store.annotationsOfDocument(orchardId).size(), 1);
        for (const Annotation &annotation : store.annotations()) {
            const AnchorStatus expected =
                annotation.target.documentId.startsWith(u"https://another-paper"_s) ? AnchorStatus::Orphaned : AnchorStatus::Anchored;
            QCOMPARE(store.anchor(annotation.id).status, expected);
        }
        // In the file, by path; the orphan by its address, waiting for its article.
        const AnnotationFile::ReadResult saved = AnnotationFile::read(store.filePath());
        QCOMPARE(saved.container, AnnotationContainer::Recoupe);
        QCOMPARE(saved.content.annotations.size(), 4);
        QCOMPARE(saved.content.annotations.at(1).target.documentId, busesId);

        // The article appears (saved into the folder later): the orphan finds it.
        QVERIFY(writeAll(folder.filePath(u"ferry-other-paper.html"_s),
                         "<html><head><link rel=\"canonical\" href=\"https://another-paper.example.org/ports/ferry\"></head>"
                         "<body><p>The terminal will cost 86 million euros, the port said.</p></body></html>"));
        const Corpus grown = CorpusLoader::load(folder.path());
        store.updateDocument(*grown.document(u"ferry-other-paper.html"_s));
        const Annotation *found = byNote(store.annotations(), u"Same figure in the other paper."_s);
        QVERIFY(found);
        QCOMPARE(found->target.documentId, u"ferry-other-paper.html"_s);
        QCOMPARE(store.anchor(found->id).status, AnchorStatus::Anchored);
    }

    void w3cFileInFolderReadAndKept_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("kind");
        QTest::newRow("array") << readAll(QStringLiteral(RECOUPE_FIXTURES_DIR "/annotations/two-annotations.json")) << u"array"_s;
        QTest::newRow("collection") << readAll(QStringLiteral(RECOUPE_FIXTURES_DIR "/annotations/by-address.jsonld"))
                                    << u"AnnotationCollection"_s;
        QTest::newRow("one annotation") << json(first) << u"single"_s;
        QTest::newRow("page") << json(QJsonObject{{"type"_L1, u"AnnotationPage"_s}, {"items"_L1, QJsonArray{first, second}}})
                              << u"AnnotationPage"_s;
    }

    void w3cFileInFolderReadAndKept()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, kind);
        QTemporaryDir folder;
        QVERIFY(copyWebArticles(folder.path()));
        const QString filePath = folder.filePath(u".recoupe/annotations.json"_s);
        QVERIFY(writeAll(filePath, bytes));
        const AnnotationFile::ReadResult original = AnnotationFile::parse(bytes, filePath);
        QVERIFY(!original.content.annotations.isEmpty());

        const Corpus corpus = CorpusLoader::load(folder.path());
        {
            AnnotationStore store(storeOptions());
            QString error;
            QVERIFY2(store.open(folder.path(), &error), qPrintable(error)); // read, not refused as damaged
            QVERIFY(store.problems().isEmpty());
            QCOMPARE(store.count(), original.content.annotations.size());
            store.setDocuments(corpus.documents);
            for (const Annotation &annotation : store.annotations()) {
                if (!annotation.target.documentId.startsWith(u"https://another-paper"_s))
                    QVERIFY2(store.anchor(annotation.id).isPlaced(), qPrintable(annotation.note));
            }
            // Opening and reading changed nothing on disk.
            QCOMPARE(readAll(filePath), bytes);
            QVERIFY(!QFileInfo::exists(filePath + u".w3c-original"_s));

            // The first save: Recoupe's format, the original kept beside it, byte for byte.
            QVERIFY(store.setNote(store.annotations().constFirst().id, u"Edited in Recoupe"_s));
            QVERIFY(store.flush());
            QCOMPARE(readAll(filePath + u".w3c-original"_s), bytes);
            const AnnotationFile::ReadResult saved = AnnotationFile::read(filePath);
            QCOMPARE(saved.container, AnnotationContainer::Recoupe);
            QCOMPARE(saved.content.annotations.size(), original.content.annotations.size());
            QCOMPARE(saved.content.annotations.constFirst().note, u"Edited in Recoupe"_s);
            QVERIFY(store.problems().constLast().contains(u".w3c-original"_s));
            QVERIFY2(store.problems().constLast().contains(kind), qPrintable(store.problems().constLast()));

            // Later saves leave the kept copy alone and make no other.
            QVERIFY(store.setNote(store.annotations().constFirst().id, u"Edited twice"_s));
            QVERIFY(store.flush());
            QCOMPARE(readAll(filePath + u".w3c-original"_s), bytes);
            QVERIFY(!QFileInfo::exists(filePath + u".w3c-original-2"_s));
        }
        AnnotationStore reopened(storeOptions());
        QVERIFY(reopened.open(folder.path()));
        QCOMPARE(reopened.count(), original.content.annotations.size());
        QCOMPARE(reopened.annotations().constFirst().note, u"Edited twice"_s);
    }

    void w3cOriginalNeverOverwritten()
    {
        QTemporaryDir folder;
        QVERIFY(copyWebArticles(folder.path()));
        const QString filePath = folder.filePath(u".recoupe/annotations.json"_s);
        const QByteArray bytes = json(QJsonArray{first, second});
        QVERIFY(writeAll(filePath, bytes));
        // A copy kept by an earlier import of another file: that name is taken.
        QVERIFY(writeAll(filePath + u".w3c-original"_s, "an earlier original"));
        AnnotationStore store(storeOptions());
        QVERIFY(store.open(folder.path()));
        QVERIFY(store.setVerdict(store.annotations().constFirst().id, u"confirmed"_s));
        QVERIFY(store.flush());
        QCOMPARE(readAll(filePath + u".w3c-original"_s), QByteArray("an earlier original"));
        QCOMPARE(readAll(filePath + u".w3c-original-2"_s), bytes);
        QCOMPARE(AnnotationFile::read(filePath).container, AnnotationContainer::Recoupe);
    }
};

QTEST_GUILESS_MAIN(TestW3cAnnotations)
#include "tst_w3cannotations.moc"
