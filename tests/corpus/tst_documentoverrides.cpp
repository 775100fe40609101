#include "corpus/corpusloader.h"
#include "corpus/documentoverrides.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Recoupe;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A document with a date, a title and a language of its own.
const QByteArray htmlArticle = "<html lang=\"fr\"><head><meta property=\"article:published_time\" content=\"2025-01-30\">"
                               "</head><body><h1>Titre trouvé</h1><p>Le groupe a investi dans les centres de données.</p></body></html>";

} // namespace

class TestDocumentOverrides : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingFileIsNotAnError()
    {
        QTemporaryDir dir;
        DocumentOverrides overrides;
        QString error = u"untouched"_s;
        QVERIFY(overrides.load(dir.path(), &error));
        QVERIFY(overrides.all().isEmpty());
        QCOMPARE(DocumentOverrides::filePath(dir.path()), dir.filePath(u".recoupe/documents.json"_s));
    }

    void saveAndLoadRoundTrip()
    {
        QTemporaryDir dir;
        DocumentOverrides overrides;
        overrides.set(u"a.txt"_s, {u"2025-01"_s, u"Titre « corrigé » — 60 Md$"_s, u"fr"_s});
        overrides.set(u"sub/b.md"_s, {u"2024-12-31"_s, QString(), QString()});
        overrides.set(u"c.html"_s, {QString(), QString(), u"en"_s});
        overrides.set(u"gone.txt"_s, {u"2025"_s, QString(), QString()});
        overrides.set(u"gone.txt"_s, {}); // an empty statement removes the entry
        QString error;
        QVERIFY2(overrides.save(dir.path(), &error), qPrintable(error));

        // No temporary file is left beside it.
        QCOMPARE(QDir(dir.filePath(u".recoupe"_s)).entryList(QDir::Files), QStringList{u"documents.json"_s});
        const QJsonObject json = QJsonDocument::fromJson(readFile(DocumentOverrides::filePath(dir.path()))).object();
        QCOMPARE(json.value("format"_L1).toString(), u"recoupe-documents-1"_s);
        QCOMPARE(json.value("documents"_L1).toObject().value("sub/b.md"_L1).toObject(),
                 QJsonObject({{"date"_L1, u"2024-12-31"_s}})); // only stated fields are written

        DocumentOverrides loaded;
        QVERIFY2(loaded.load(dir.path(), &error), qPrintable(error));
        QCOMPARE(loaded.all(), overrides.all());
        QCOMPARE(loaded.all().size(), 3);
        QCOMPARE(loaded.value(u"a.txt"_s).title, u"Titre « corrigé » — 60 Md$"_s);
        QVERIFY(loaded.value(u"unknown.txt"_s).isEmpty());
    }

    void userStatementsWin_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("dateSource");

        QTest::newRow("nothing stated") << QByteArray("{}") << u"Titre trouvé"_s << u"fr"_s << u"2025-01-30"_s << u"metadata"_s;
        QTest::newRow("date") << QByteArray("{\"date\": \"2025-02\"}") << u"Titre trouvé"_s << u"fr"_s << u"2025-02"_s << u"user"_s;
        QTest::newRow("title") << QByteArray("{\"title\": \"Titre de l'utilisateur\"}") << u"Titre de l'utilisateur"_s << u"fr"_s
                               << u"2025-01-30"_s << u"metadata"_s;
        QTest::newRow("language") << QByteArray("{\"language\": \"en\"}") << u"Titre trouvé"_s << u"en"_s << u"2025-01-30"_s << u"metadata"_s;
        QTest::newRow("everything") << QByteArray("{\"date\": \"2024\", \"title\": \"T\", \"language\": \"en\"}")
                                    << u"T"_s << u"en"_s << u"2024"_s << u"user"_s;
        QTest::newRow("null fields") << QByteArray("{\"date\": null, \"title\": null}") << u"Titre trouvé"_s << u"fr"_s
                                     << u"2025-01-30"_s << u"metadata"_s;
    }

    void userStatementsWin()
    {
        QFETCH(QByteArray, entry);
        QFETCH(QString, title);
        QFETCH(QString, language);
        QFETCH(QString, date);
        QFETCH(QString, dateSource);

        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"a.html"_s), htmlArticle));
        QVERIFY(writeFile(dir.filePath(u"other.html"_s), htmlArticle));
        QVERIFY(writeFile(DocumentOverrides::filePath(dir.path()),
                          "{\"format\": \"recoupe-documents-1\", \"documents\": {\"a.html\": " + entry + "}}"));

        const Corpus corpus = CorpusLoader::load(dir.path());
        QCOMPARE(corpus.warnings, QStringList());
        const Document *document = corpus.document(u"a.html"_s);
        QVERIFY(document);
        QCOMPARE(document->title, title);
        QCOMPARE(document->language, language);
        QCOMPARE(document->date, date);
        QCOMPARE(document->dateSource, dateSource);
        // Only the named document changes.
        QCOMPARE(corpus.document(u"other.html"_s)->title, u"Titre trouvé"_s);
        QCOMPARE(corpus.document(u"other.html"_s)->dateSource, u"metadata"_s);
    }

    void corruptFileIsReportedAndKept_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("keepsGoodEntries");

        QTest::newRow("not json") << QByteArray("{\"format\": \"recoupe-documents-1\", \"documents\": {\"a.html\": ")
                                  << u"not valid JSON"_s << false;
        QTest::newRow("binary garbage") << QByteArray("\x00\x01\x02garbage", 10) << u"not valid JSON"_s << false;
        QTest::newRow("an array") << QByteArray("[1, 2]") << u"recoupe-documents-1"_s << false;
        QTest::newRow("other format") << QByteArray("{\"format\": \"recoupe-documents-9\", \"documents\": {}}")
                                      << u"recoupe-documents-1"_s << false;
        QTest::newRow("documents not an object") << QByteArray("{\"format\": \"recoupe-documents-1\", \"documents\": []}")
                                                 << u"\"documents\" is not an object"_s << false;
        QTest::newRow("bad date") << QByteArray("{\"format\": \"recoupe-documents-1\", \"documents\": {"
                                                "\"a.html\": {\"date\": \"30/01/2025\"}, \"other.html\": {\"title\": \"Kept\"}}}")
                                  << u"is not YYYY, YYYY-MM or YYYY-MM-DD"_s << true;
        QTest::newRow("field not a string") << QByteArray("{\"format\": \"recoupe-documents-1\", \"documents\": {"
                                                          "\"a.html\": {\"title\": 12}, \"other.html\": {\"title\": \"Kept\"}}}")
                                            << u"the title of a.html is not a string"_s << true;
        QTest::newRow("entry not an object") << QByteArray("{\"format\": \"recoupe-documents-1\", \"documents\": {"
                                                           "\"a.html\": \"2025\", \"other.html\": {\"title\": \"Kept\"}}}")
                                             << u"the entry of a.html is not an object"_s << true;
    }

    void corruptFileIsReportedAndKept()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, reason);
        QFETCH(bool, keepsGoodEntries);

        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"a.html"_s), htmlArticle));
        QVERIFY(writeFile(dir.filePath(u"other.html"_s), htmlArticle));
        const QString path = DocumentOverrides::filePath(dir.path());
        QVERIFY(writeFile(path, contents));

        DocumentOverrides overrides;
        QString error;
        QVERIFY(!overrides.load(dir.path(), &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));

        // The folder still loads, the problem is a warning, and the file is left as it was.
        const Corpus corpus = CorpusLoader::load(dir.path());
        QCOMPARE(corpus.folderError, QString());
        QCOMPARE(corpus.loadedCount(), 2);
        QCOMPARE(corpus.warnings, QStringList{error});
        QCOMPARE(corpus.document(u"a.html"_s)->title, u"Titre trouvé"_s);
        QCOMPARE(corpus.document(u"a.html"_s)->dateSource, u"metadata"_s);
        QCOMPARE(corpus.document(u"other.html"_s)->title, keepsGoodEntries ? u"Kept"_s : u"Titre trouvé"_s);
        QCOMPARE(readFile(path), contents);
    }

    void saveFailsCleanly()
    {
        QTemporaryDir dir;
        // .recoupe is a file: the folder cannot be made.
        QVERIFY(writeFile(dir.filePath(u".recoupe"_s), "not a folder"));
        DocumentOverrides overrides;
        overrides.set(u"a.txt"_s, {u"2025-01"_s, QString(), QString()});
        QString error;
        QVERIFY(!overrides.save(dir.path(), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(readFile(dir.filePath(u".recoupe"_s)), QByteArray("not a folder"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentOverrides)
#include "tst_documentoverrides.moc"
