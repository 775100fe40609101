#include "annotations/annotationfile.h"
#include "annotations/annotationlocation.h"
#include "annotations/annotationstore.h"
#include "corpus/corpusloader.h"

#include "testconfig.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

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

// Every file under a directory, hidden ones included, with its bytes.
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(path, readAll(path));
    }
    return files;
}

bool copyArticles(const QString &to)
{
    const QDir from(QStringLiteral(RECOUPE_FIXTURES_DIR "/annotations/articles"));
    for (const QString &name : from.entryList(QDir::Files)) {
        if (!QFile::copy(from.filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return true;
}

qsizetype offsetOf(const Corpus &corpus, const QString &documentId, const QString &quote)
{
    const Document *document = corpus.document(documentId);
    return document ? document->text.toString().indexOf(quote) : -1;
}

// The articles that web annotation tools would know by their address (tests/fixtures/annotations/web).
bool copyWebArticles(const QString &to)
{
    const QDir from(QStringLiteral(RECOUPE_FIXTURES_DIR "/annotations/web"));
    for (const QString &name : from.entryList(QDir::Files)) {
        if (!QFile::copy(from.filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return true;
}

QJsonArray listed(const QByteArray &out)
{
    return QJsonDocument::fromJson(out).object().value("annotations"_L1).toArray();
}

// id -> the listing's entry, for comparing two listings whatever their order.
QHash<QString, QJsonObject> byId(const QJsonArray &annotations)
{
    QHash<QString, QJsonObject> result;
    for (const QJsonValue &value : annotations)
        result.insert(value.toObject().value("id"_L1).toString(), value.toObject());
    return result;
}

} // namespace

class TestAnnotationsCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home; // the CLI's data folder: never the user's

    CliRun run(const QStringList &arguments) { return runCommand(u"annotations"_s, arguments, 60000); }

    // A command that hangs (a FIFO read) or eats memory (/dev/zero read to its end) is killed
    // after a few seconds, so that a regression fails the test instead of taking the machine down.
    CliRun runCommand(const QString &command, const QStringList &arguments, int timeoutMs)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, m_home.path());
        environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(RECOUPE_CLI_PATH), QStringList{command} + arguments);
        CliRun result;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

private Q_SLOTS:
    void listsStatusesAndOffsets()
    {
        QTemporaryDir folder;
        QTemporaryDir fallback;
        QVERIFY(copyArticles(folder.path()));
        const Corpus before = CorpusLoader::load(folder.path());
        QVERIFY(before.folderError.isEmpty());
        QCOMPARE(before.loadedCount(), 2);

        QString figure, vehicles, schedule, solar, solarOther, group;
        {
            AnnotationStore::Options options;
            options.fallbackRoot = fallback.path();
            AnnotationStore store(options);
            QVERIFY(store.open(folder.path()));
            store.setDocuments(before.documents);
            store.setAuthor(u"Inès"_s);
            const auto annotate = [&](const QString &document, const QString &quote, const QString &note, const QString &verdict) {
                const qsizetype start = offsetOf(before, document, quote);
                Q_ASSERT(start >= 0);
                return store.annotatePassage(document, start, start + quote.size(), note, verdict);
            };
            figure = annotate(u"harbour-tunnel.txt"_s, u"2.4 billion euros"_s, u"Matches the budget."_s, u"confirmed"_s);
            vehicles = annotate(u"harbour-tunnel.txt"_s, u"41,000 vehicles"_s, u"Traffic study says 38,000."_s, u"discrepancy"_s);
            schedule = annotate(u"harbour-tunnel.txt"_s, u"two years later than planned"_s, u"Which plan?"_s, u"needs_source"_s);
            solar = annotate(u"ferme-solaire.md"_s, u"38 millions d'euros"_s, u"Conforme au communiqué."_s, u"confirmed"_s);
            store.setAuthor(u"Paul"_s);
            solarOther = annotate(u"ferme-solaire.md"_s, u"38 millions d'euros"_s, u"Le budget voté dit 36."_s, u"discrepancy"_s);
            Annotation onGroup;
            onGroup.target.claimGroup = GroupKey{u"Valcreuse"_s, u"capex"_s, QString()};
            onGroup.note = u"Compare with the 2024 budget."_s;
            group = store.addAnnotation(onGroup);
            QVERIFY(store.flush());
        }

        // The tunnel article is edited: a correction on top, a figure retyped, a clause dropped.
        const QString tunnelPath = QDir(folder.path()).filePath(u"harbour-tunnel.txt"_s);
        QString tunnel = QString::fromUtf8(readAll(tunnelPath));
        tunnel.replace(u"Harbour tunnel budget climbs again\n"_s,
                       u"Harbour tunnel budget climbs again\n\nCorrection: an earlier version misnamed the authority.\n"_s);
        tunnel.replace(u"41,000"_s, u"41 000"_s);
        tunnel.replace(u", two years later than planned"_s, QString());
        QVERIFY(writeAll(tunnelPath, tunnel.toUtf8()));
        const Corpus after = CorpusLoader::load(folder.path());

        const QMap<QString, QByteArray> filesBefore = snapshot(folder.path());
        const CliRun result = run({folder.path(), u"--format"_s, u"json"_s});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(snapshot(folder.path()), filesBefore); // read only
        QVERIFY(!QFileInfo::exists(m_home.filePath(u"data"_s)));

        QJsonParseError parseError;
        const QJsonObject root = QJsonDocument::fromJson(result.out, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(root.value("format"_L1).toString(), u"recoupe-annotations-status-1"_s);
        QCOMPARE(root.value("file"_L1).toString(), AnnotationLocation::folderFilePath(QFileInfo(folder.path()).canonicalFilePath()));
        QVERIFY(root.value("problems"_L1).toArray().isEmpty());
        const QJsonArray annotations = root.value("annotations"_L1).toArray();
        QCOMPARE(annotations.size(), 6);
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &value : annotations)
            byId.insert(value.toObject().value("id"_L1).toString(), value.toObject());

        const auto checkPlaced = [&](const QString &id, const QString &status, const QString &now) {
            const QJsonObject item = byId.value(id);
            QCOMPARE(item.value("status"_L1).toString(), status);
            const qsizetype start = offsetOf(after, item.value("document"_L1).toString(), now);
            QVERIFY(start >= 0);
            QCOMPARE(qsizetype(item.value("start"_L1).toInteger()), start);
            QCOMPARE(qsizetype(item.value("end"_L1).toInteger()), start + now.size());
            QCOMPARE(item.value("currentQuote"_L1).toString(), now);
        };
        checkPlaced(figure, u"moved"_s, u"2.4 billion euros"_s);
        QCOMPARE(byId.value(figure).value("method"_L1).toString(), u"quote"_s);
        QCOMPARE(qsizetype(byId.value(figure).value("storedStart"_L1).toInteger()), offsetOf(before, u"harbour-tunnel.txt"_s, u"2.4 billion"_s));
        checkPlaced(vehicles, u"moved"_s, u"41 000 vehicles"_s);
        QCOMPARE(byId.value(vehicles).value("quote"_L1).toString(), u"41,000 vehicles"_s);
        checkPlaced(solar, u"anchored"_s, u"38 millions d'euros"_s);

        const QJsonObject orphan = byId.value(schedule);
        QCOMPARE(orphan.value("status"_L1).toString(), u"orphaned"_s);
        QVERIFY(orphan.value("start"_L1).isNull());
        QVERIFY(orphan.value("currentQuote"_L1).isNull());
        QCOMPARE(orphan.value("quote"_L1).toString(), u"two years later than planned"_s);
        QCOMPARE(orphan.value("note"_L1).toString(), u"Which plan?"_s);
        QCOMPARE(orphan.value("verdict"_L1).toString(), u"needs_source"_s);
        QCOMPARE(orphan.value("author"_L1).toString(), u"Inès"_s);

        const QJsonObject onGroup = byId.value(group);
        QCOMPARE(onGroup.value("status"_L1).toString(), u"anchored"_s);
        QVERIFY(onGroup.value("document"_L1).isNull());
        QCOMPARE(onGroup.value("group"_L1).toObject().value("entity"_L1).toString(), u"Valcreuse"_s);
        QVERIFY(onGroup.value("group"_L1).toObject().value("period"_L1).isNull());

        QCOMPARE(byId.value(solar).value("conflicts"_L1).toArray(), QJsonArray{solarOther});
        QCOMPARE(byId.value(solarOther).value("conflicts"_L1).toArray(), QJsonArray{solar});
        QVERIFY(byId.value(figure).value("conflicts"_L1).toArray().isEmpty());

        // The same as text.
        const CliRun text = run({folder.path()});
        QCOMPARE(text.exitCode, 0);
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(u"Annotations: 6; anchored: 3, moved: 2, orphaned: 1."_s), qPrintable(out));
        QVERIFY(out.contains(u"harbour-tunnel.txt:-  orphaned  needs_source"_s));
        QVERIFY(out.contains(u"now: “41 000 vehicles”"_s));
        QVERIFY(out.contains(u"(conflicting)"_s));
        QCOMPARE(snapshot(folder.path()), filesBefore);
    }

    void damagedFileReportedNotMoved()
    {
        QTemporaryDir folder;
        QVERIFY(copyArticles(folder.path()));
        const QString file = AnnotationLocation::folderFilePath(folder.path());
        QVERIFY(writeAll(file, "{\"format\": \"recoupe-annotations-1\", \"annotations\": ["));
        const QMap<QString, QByteArray> filesBefore = snapshot(folder.path());
        const CliRun result = run({folder.path(), u"--format=json"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("damaged"), result.err.constData());
        QVERIFY(result.err.contains(QFile::encodeName(QDir::toNativeSeparators(QFileInfo(file).fileName()))));
        const QJsonObject root = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(root.value("problems"_L1).toArray().size(), 1);
        QCOMPARE(snapshot(folder.path()), filesBefore); // not moved aside: the CLI never writes
    }

    // Issue 17, item 1: a device or a named pipe in place of one of the folder's JSON files is
    // a problem naming the file, never a hang or a read without end, and every command finishes.
    void specialFilesAreProblemsNotHangs_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<bool>("fifo");
        for (const QString &name : {u"annotations.json"_s, u"documents.json"_s, u"entities.json"_s}) {
            QTest::newRow(qPrintable(name + u" -> /dev/zero"_s)) << name << false;
            QTest::newRow(qPrintable(name + u" as a FIFO"_s)) << name << true;
        }
    }

    void specialFilesAreProblemsNotHangs()
    {
#ifndef Q_OS_UNIX
        QSKIP("devices and named pipes are a POSIX matter");
#else
        QFETCH(QString, fileName);
        QFETCH(bool, fifo);
        QTemporaryDir folder;
        QVERIFY(copyArticles(folder.path()));
        const QString file = QDir(folder.path()).filePath(u".recoupe/"_s + fileName);
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        if (fifo)
            QCOMPARE(::mkfifo(QFile::encodeName(file).constData(), 0600), 0);
        else
            QVERIFY(QFile::link(u"/dev/zero"_s, file));
        for (const QString &command : {u"annotations"_s, u"documents"_s, u"claims"_s}) {
            const CliRun result = runCommand(command, {folder.path()}, 15000);
            QVERIFY2(result.exitCode >= 0, qPrintable(command + u" did not finish"_s));
            // Each file is named where it is read: annotations.json by annotations, documents.json
            // by every command, entities.json by those that look for figures.
            const bool reads = fileName == u"documents.json"_s || (fileName == u"annotations.json"_s && command == u"annotations"_s)
                || (fileName == u"entities.json"_s && command == u"claims"_s);
            if (reads) {
                QVERIFY2(result.err.contains(fileName.toUtf8()) || result.out.contains(fileName.toUtf8()),
                         qPrintable(command + u": "_s + QString::fromUtf8(result.err)));
            }
        }
#endif
    }

    void emptyFolderHasNoAnnotations()
    {
        QTemporaryDir folder;
        QVERIFY(copyArticles(folder.path()));
        const CliRun result = run({folder.path(), u"--format"_s, u"json"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(result.out).object().value("annotations"_L1).toArray().isEmpty());
        QVERIFY(!QFileInfo::exists(QDir(folder.path()).filePath(u".recoupe"_s)));
    }

    void importsAHandWrittenW3cArray()
    {
        QTemporaryDir folder;
        QVERIFY(copyWebArticles(folder.path()));
        const QString file = QStringLiteral(RECOUPE_FIXTURES_DIR "/annotations/two-annotations.json");
        const CliRun result = run({folder.path(), u"--import"_s, file, u"--format"_s, u"json"_s});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.err.contains("2 annotations added"), result.err.constData());
        QVERIFY(!result.err.contains("damaged"));

        const QJsonArray annotations = listed(result.out);
        QCOMPARE(annotations.size(), 2);
        const QJsonObject ferry = annotations.at(0).toObject();
        QCOMPARE(ferry.value("document"_L1).toString(), u"ferry-terminal.html"_s); // by its web address
        QCOMPARE(ferry.value("status"_L1).toString(), u"anchored"_s);
        QCOMPARE(ferry.value("currentQuote"_L1).toString(), u"86 million euros"_s);
        QCOMPARE(ferry.value("verdict"_L1).toString(), u"confirmed"_s);
        QCOMPARE(ferry.value("author"_L1).toString(), u"Oona Varga"_s);
        const QJsonObject market = annotations.at(1).toObject();
        QCOMPARE(market.value("document"_L1).toString(), u"market-hall.txt"_s);
        QCOMPARE(market.value("status"_L1).toString(), u"anchored"_s);
        QCOMPARE(market.value("currentQuote"_L1).toString(), u"close to that of a summer weekend"_s);
        QCOMPARE(market.value("note"_L1).toString(), u"Ask the traders' association for its own count."_s);

        // Saved in the folder, in Recoupe's format: listed again without --import.
        const AnnotationFile::ReadResult saved = AnnotationFile::read(AnnotationLocation::folderFilePath(folder.path()));
        QCOMPARE(saved.status, AnnotationFile::Status::Ok);
        QCOMPARE(saved.container, AnnotationContainer::Recoupe);
        const CliRun again = run({folder.path(), u"--format"_s, u"json"_s});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(byId(listed(again.out)), byId(annotations));

        // The same file once more: recognised, nothing added.
        const CliRun twice = run({folder.path(), u"--import"_s, file});
        QCOMPARE(twice.exitCode, 0);
        QVERIFY2(twice.err.contains("0 annotations added, 2 already present"), twice.err.constData());
        QVERIFY(QString::fromUtf8(twice.out).contains(u"Annotations: 2; anchored: 2, moved: 0, orphaned: 0."_s));
    }

    void webAddressesFindTheirArticles()
    {
        QTemporaryDir folder;
        QVERIFY(copyWebArticles(folder.path()));
        const CliRun result = run({folder.path(), u"--import"_s, QStringLiteral(RECOUPE_FIXTURES_DIR "/annotations/by-address.jsonld"),
                                   u"--format"_s, u"json"_s});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.err.contains("1 for an article not in this folder"), result.err.constData());
        const QJsonArray annotations = listed(result.out);
        QCOMPARE(annotations.size(), 4);
        // <link rel="canonical">, og:url and JSON-LD, each address spelled otherwise by the tool
        // (www and a trailing slash, https and a fragment, http and a tracking parameter).
        const QStringList expected{u"ferry-terminal.html"_s, u"night-buses.html"_s, u"orchard-grants.html"_s};
        const QStringList quotes{u"eighteen months"_s, u"3.4 million euros"_s, u"Forty-two growers"_s};
        for (qsizetype i = 0; i < 3; ++i) {
            const QJsonObject item = annotations.at(i).toObject();
            QCOMPARE(item.value("document"_L1).toString(), expected.at(i));
            QCOMPARE(item.value("status"_L1).toString(), u"anchored"_s);
            QCOMPARE(item.value("currentQuote"_L1).toString(), quotes.at(i));
        }
        // No article of the folder has that address: kept, listed, orphaned.
        const QJsonObject elsewhere = annotations.at(3).toObject();
        QCOMPARE(elsewhere.value("document"_L1).toString(), u"https://another-paper.example.org/ports/ferry"_s);
        QCOMPARE(elsewhere.value("status"_L1).toString(), u"orphaned"_s);
        QCOMPARE(elsewhere.value("note"_L1).toString(), u"Same figure in the other paper."_s);
    }

    void exportThenImportIntoAFreshCopy()
    {
        QTemporaryDir original;
        QVERIFY(copyWebArticles(original.path()));
        QCOMPARE(run({original.path(), u"--import"_s, QStringLiteral(RECOUPE_FIXTURES_DIR "/annotations/two-annotations.json")}).exitCode, 0);
        QCOMPARE(run({original.path(), u"--import"_s, QStringLiteral(RECOUPE_FIXTURES_DIR "/annotations/by-address.jsonld")}).exitCode, 0);
        {
            // Made in Recoupe, after the emoji of the orchard article (W3C offsets differ there).
            const Corpus corpus = CorpusLoader::load(original.path());
            AnnotationStore::Options options;
            options.fallbackRoot = m_home.filePath(u"fallback"_s);
            AnnotationStore store(options);
            QVERIFY(store.open(original.path()));
            store.setDocuments(corpus.documents);
            store.setAuthor(u"Inès"_s);
            const qsizetype start = offsetOf(corpus, u"orchard-grants.html"_s, u"150,000 euros"_s);
            QVERIFY(!store.annotatePassage(u"orchard-grants.html"_s, start, start + 13, u"Cap checked."_s, u"confirmed"_s).isEmpty());
            QVERIFY(store.flush());
        }
        const CliRun before = run({original.path(), u"--format"_s, u"json"_s});
        QCOMPARE(before.exitCode, 0);
        QCOMPARE(listed(before.out).size(), 7);

        // To standard output without --out, to the file with it: the same collection.
        const CliRun printed = run({original.path(), u"--export"_s, u"w3c"_s});
        QCOMPARE(printed.exitCode, 0);
        const QString exportPath = m_home.filePath(u"desk.jsonld"_s);
        const CliRun exported = run({original.path(), u"--export"_s, u"w3c"_s, u"--out"_s, exportPath});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY2(exported.out.contains("7 annotations exported"), exported.out.constData());
        const QJsonObject collection = QJsonDocument::fromJson(readAll(exportPath)).object();
        QCOMPARE(QJsonDocument::fromJson(printed.out).object().value("first"_L1).toObject().value("items"_L1).toArray(),
                 collection.value("first"_L1).toObject().value("items"_L1).toArray());
        QCOMPARE(collection.value("@context"_L1).toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
        QCOMPARE(collection.value("type"_L1).toString(), u"AnnotationCollection"_s);
        QCOMPARE(collection.value("total"_L1).toInt(), 7);
        const QJsonObject page = collection.value("first"_L1).toObject();
        QCOMPARE(page.value("type"_L1).toString(), u"AnnotationPage"_s);
        const QJsonArray items = page.value("items"_L1).toArray();
        QCOMPARE(items.size(), 7);
        int withAddress = 0;
        for (const QJsonValue &value : items) {
            const QJsonObject target = value.toObject().value("target"_L1).toObject();
            QStringList types;
            for (const QJsonValue &selector : target.value("selector"_L1).toArray())
                types.append(selector.toObject().value("type"_L1).toString());
            if (target.value("source"_L1).toString().startsWith(u"https://another-paper"_s))
                continue; // its article is not here: its quote is all there is
            QCOMPARE(types, (QStringList{u"TextQuoteSelector"_s, u"TextPositionSelector"_s}));
            if (target.contains("recoupe:document"_L1)) {
                QVERIFY(target.value("source"_L1).toString().startsWith(u"http"_s));
                ++withAddress;
            }
        }
        QCOMPARE(withAddress, 5); // all but the market hall, which has no address, and the orphan

        // A fresh copy of the folder: everything comes back, placed where it was.
        QTemporaryDir copy;
        QVERIFY(copyWebArticles(copy.path()));
        const CliRun imported = run({copy.path(), u"--import"_s, exportPath, u"--format"_s, u"json"_s});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY2(imported.err.contains("7 annotations added"), imported.err.constData());
        const QHash<QString, QJsonObject> was = byId(listed(before.out));
        const QHash<QString, QJsonObject> is = byId(listed(imported.out));
        QCOMPARE(is.keys().size(), 7);
        for (auto it = was.cbegin(); it != was.cend(); ++it) {
            QVERIFY2(is.contains(it.key()), qPrintable(it.key()));
            const QJsonObject &now = is[it.key()];
            // Not "method": a target that had only its quote is exported with its position too,
            // and is then placed by that position.
            for (const auto key : {"document"_L1, "status"_L1, "start"_L1, "end"_L1, "quote"_L1, "currentQuote"_L1,
                                   "note"_L1, "verdict"_L1, "author"_L1, "created"_L1, "modified"_L1})
                QVERIFY2(now.value(key) == it->value(key), qPrintable(it.key() + u' ' + key + u": "_s + it->value(key).toVariant().toString()
                                                                      + u" -> "_s + now.value(key).toVariant().toString()));
        }
    }

    void w3cFileInTheFolderIsRead()
    {
        // Another tool left its export as the folder's annotations file.
        QTemporaryDir folder;
        QVERIFY(copyWebArticles(folder.path()));
        const QString file = AnnotationLocation::folderFilePath(folder.path());
        const QByteArray w3c = readAll(QStringLiteral(RECOUPE_FIXTURES_DIR "/annotations/by-address.jsonld"));
        QVERIFY(writeAll(file, w3c));
        const QMap<QString, QByteArray> filesBefore = snapshot(folder.path());
        const CliRun listing = run({folder.path(), u"--format"_s, u"json"_s});
        QVERIFY2(listing.exitCode == 0, listing.err.constData());
        QVERIFY(!listing.err.contains("damaged"));
        const QJsonArray annotations = listed(listing.out);
        QCOMPARE(annotations.size(), 4);
        QCOMPARE(annotations.at(1).toObject().value("document"_L1).toString(), u"night-buses.html"_s);
        QCOMPARE(annotations.at(1).toObject().value("status"_L1).toString(), u"anchored"_s);
        QCOMPARE(snapshot(folder.path()), filesBefore); // listing reads only

        // An import saves: Recoupe's format in its place, the original kept beside it.
        const CliRun imported = run({folder.path(), u"--import"_s, QStringLiteral(RECOUPE_FIXTURES_DIR "/annotations/two-annotations.json")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY2(imported.err.contains("w3c-original"), imported.err.constData());
        QCOMPARE(readAll(file + u".w3c-original"_s), w3c);
        const AnnotationFile::ReadResult saved = AnnotationFile::read(file);
        QCOMPARE(saved.container, AnnotationContainer::Recoupe);
        QCOMPARE(saved.content.annotations.size(), 6);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no folder") << QStringList{} << 2;
        QTest::newRow("two folders") << QStringList{u"/tmp"_s, u"/tmp"_s} << 2;
        QTest::newRow("bad format") << QStringList{u"/tmp"_s, u"--format"_s, u"xml"_s} << 2;
        QTest::newRow("unknown option") << QStringList{u"/tmp"_s, u"--frobnicate"_s} << 2;
        QTest::newRow("missing folder") << QStringList{u"/nonexistent/recoupe/folder"_s} << 3;
        QTest::newRow("a file, not a folder") << QStringList{QStringLiteral(RECOUPE_FIXTURES_DIR "/annotations/foreign.json")} << 3;
        QTest::newRow("help") << QStringList{u"--help"_s} << 0;
        QTest::newRow("unknown export format") << QStringList{u"/tmp"_s, u"--export"_s, u"csv"_s} << 2;
        QTest::newRow("--out without --export") << QStringList{u"/tmp"_s, u"--out"_s, u"/tmp/x.jsonld"_s} << 2;
        QTest::newRow("import of a missing file") << QStringList{u"/tmp"_s, u"--import"_s, u"/nonexistent/notes.json"_s} << 1;
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const CliRun result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        if (exitCode != 0)
            QVERIFY(!result.err.isEmpty());
        else
            QVERIFY(result.out.contains("recoupe-cli annotations FOLDER"));
    }
};

QTEST_GUILESS_MAIN(TestAnnotationsCli)
#include "tst_annotationscli.moc"
