#include "clirunner.h"
#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

const QString mixedFolder = QStringLiteral(RECOUPE_FIXTURES_DIR "/corpus/mixed");

} // namespace

class TestCliDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json()
    {
        const Run run = runCli({u"documents"_s, mixedFolder, u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QByteArray());
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value("format"_L1).toString(), u"recoupe-claims-1"_s);
        QVERIFY(!root.contains("claims"_L1));

        const QJsonArray documents = root.value("documents"_L1).toArray();
        QStringList ids;
        for (const QJsonValue &value : documents)
            ids.append(value.toObject().value("id"_L1).toString());
        QCOMPARE(ids, (QStringList{u"bom.md"_s, u"capex-fr.txt"_s, u"empty.txt"_s, u"latin1252.txt"_s, u"page.html"_s,
                                   u"report-en.md"_s, u"sub/deeper/brief.htm"_s, u"sub/NOTE.TXT"_s, u"utf16be.txt"_s,
                                   u"utf16le.txt"_s}));

        const QJsonObject latin = documents.at(ids.indexOf(u"latin1252.txt"_s)).toObject();
        const QJsonObject expectedLatin{
            {"id"_L1, u"latin1252.txt"_s}, {"path"_L1, u"latin1252.txt"_s},
            {"title"_L1, u"Dépenses d’investissement : 62 milliards d’€"_s}, {"language"_L1, u"fr"_s},
            {"date"_L1, u"2025-02-05"_s}, {"dateSource"_L1, u"text"_s}, {"encoding"_L1, u"windows-1252"_s},
            {"errors"_L1, QJsonArray()},
        };
        QCOMPARE(latin, expectedLatin);

        const QJsonObject note = documents.at(ids.indexOf(u"sub/NOTE.TXT"_s)).toObject();
        QCOMPARE(note.value("date"_L1).toString(), u"2025-03"_s);
        QCOMPARE(note.value("dateSource"_L1).toString(), u"user"_s);

        const QJsonObject empty = documents.at(ids.indexOf(u"empty.txt"_s)).toObject();
        for (const auto key : {"title"_L1, "language"_L1, "date"_L1, "dateSource"_L1, "encoding"_L1}) {
            QVERIFY2(empty.contains(key), key.data());
            QVERIFY2(empty.value(key).isNull(), key.data());
        }
        QCOMPARE(empty.value("errors"_L1).toArray(), QJsonArray{u"The file is empty."_s});
    }

    void webAddress()
    {
        // The address an HTML article declares, when it declares one; nothing for the others.
        const Run run = runCli({u"documents"_s, QStringLiteral(RECOUPE_FIXTURES_DIR "/annotations/web"), u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray documents = QJsonDocument::fromJson(run.out).object().value("documents"_L1).toArray();
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &value : documents)
            byId.insert(value.toObject().value("id"_L1).toString(), value.toObject());
        QCOMPARE(byId.size(), 4);
        QCOMPARE(byId.value(u"ferry-terminal.html"_s).value("url"_L1).toString(),
                 u"https://www.coastline-courier.example.org/2025/03/ferry-terminal-works/"_s);
        QCOMPARE(byId.value(u"night-buses.html"_s).value("url"_L1).toString(), u"http://metro-daily.example.net/transport/night-buses"_s);
        QCOMPARE(byId.value(u"orchard-grants.html"_s).value("url"_L1).toString(),
                 u"https://valley-gazette.example.com/farming/orchard-grants"_s);
        QVERIFY(!byId.value(u"market-hall.txt"_s).contains("url"_L1));
    }

    // Saved web pages say how their article was found, how many blocks were set aside, and which
    // declaration gave the title, date and address; text and Markdown files say nothing of it.
    void savedPages()
    {
        const Run run = runCli({u"documents"_s, QStringLiteral(RECOUPE_FIXTURES_DIR "/corpus/saved-pages"), u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray documents = QJsonDocument::fromJson(run.out).object().value("documents"_L1).toArray();
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &value : documents)
            byId.insert(value.toObject().value("id"_L1).toString(), value.toObject());
        QCOMPARE(byId.size(), 6); // the expected texts beside the pages are ignored (.recoupeignore)
        const QJsonObject harbor = byId.value(u"harbor-cloud-article-en.html"_s);
        QCOMPARE(harbor.value("extraction"_L1).toString(), u"article-element"_s);
        QVERIFY(harbor.value("droppedBlocks"_L1).toInt() >= 5);
        QCOMPARE(harbor.value("title"_L1).toString(), u"Harbor Cloud lifts its 2025 capex plan to $41 billion"_s);
        QCOMPARE(harbor.value("metadataSources"_L1).toObject(),
                 (QJsonObject{{u"title"_s, u"JSON-LD headline"_s}, {u"date"_s, u"JSON-LD datePublished"_s}, {u"url"_s, u"link rel=canonical"_s}}));
        const QJsonObject valmont = byId.value(u"valmont-datacenter-div-fr.html"_s);
        QCOMPARE(valmont.value("extraction"_L1).toString(), u"readability"_s);
        QCOMPARE(valmont.value("date"_L1).toString(), u"2025-05-06"_s);
        QCOMPARE(valmont.value("metadataSources"_L1).toObject().value("date"_L1).toString(), u"article:published_time"_s);

        const Run mixed = runCli({u"documents"_s, mixedFolder, u"--format"_s, u"json"_s});
        for (const QJsonValue &value : QJsonDocument::fromJson(mixed.out).object().value("documents"_L1).toArray()) {
            const QJsonObject document = value.toObject();
            const QString id = document.value("id"_L1).toString();
            const bool html = id.endsWith(".html"_L1) || id.endsWith(".htm"_L1);
            QCOMPARE(document.contains("extraction"_L1), html && document.value("errors"_L1).toArray().isEmpty());
        }
    }

    void text()
    {
        // Text is the default format.
        const Run run = runCli({u"documents"_s, mixedFolder});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(u"Document"_s) && out.contains(u"Encoding"_s) && out.contains(u"Title"_s), qPrintable(out));
        QVERIFY2(out.contains(u"2025-01-22 (metadata)"_s), qPrintable(out));
        QVERIFY2(out.contains(u"Stargate\u00A0: un projet à 500 milliards de dollars"_s), qPrintable(out));
        QVERIFY2(out.contains(u"windows-1252"_s), qPrintable(out));
        const qsizetype problems = out.indexOf(u"Problems:"_s);
        QVERIFY2(problems > 0, qPrintable(out));
        QVERIFY2(out.indexOf(u"empty.txt: The file is empty."_s) > problems, qPrintable(out));
        QCOMPARE(QString::fromUtf8(runCli({u"documents"_s, mixedFolder, u"--format=text"_s}).out), out);
    }

    void perFileProblemsStillExitZero()
    {
        QTemporaryDir dir;
        QFile binary(dir.filePath(u"binary.txt"_s));
        QVERIFY(binary.open(QIODevice::WriteOnly));
        binary.write(QByteArray("\0\1\2\3", 4));
        binary.close();
        const Run run = runCli({u"documents"_s, dir.path(), u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray documents = QJsonDocument::fromJson(run.out).object().value("documents"_L1).toArray();
        QCOMPARE(documents.size(), 1);
        QCOMPARE(documents.at(0).toObject().value("errors"_L1).toArray().size(), 1);
    }

    // Issue 17, item 4: a file name that is not valid UTF-8 (caf\xe9.txt from a Latin-1 system)
    // lost that file and the ones after it in directory order, without a word. Every file is
    // now listed: the articles read, the undecodable name as a problem.
    void undecodableNamesAreListed()
    {
#ifndef Q_OS_UNIX
        QSKIP("only POSIX file names are bytes");
#else
        QTemporaryDir dir;
        const int articles = 20;
        for (int i = 0; i < articles; ++i) {
            QFile article(dir.filePath(u"article-%1.txt"_s.arg(i, 2, 10, QChar(u'0'))));
            QVERIFY(article.open(QIODevice::WriteOnly));
            article.write("Title " + QByteArray::number(i) + "\n\nSome text of the article, in English.\n");
        }
        const QByteArray rawName = QFile::encodeName(dir.path()) + "/caf\xe9.txt";
        const int fd = ::open(rawName.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, "Caf\xe9\n\nUn article.\n", 19), ssize_t(19));
        ::close(fd);

        const Run run = runCli({u"documents"_s, dir.path(), u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray documents = QJsonDocument::fromJson(run.out).object().value("documents"_L1).toArray();
        QCOMPARE(documents.size(), articles + 1);
        int withProblems = 0;
        for (const QJsonValue &value : documents) {
            const QJsonObject document = value.toObject();
            if (document.value("id"_L1).toString() == u"caf%E9.txt"_s) {
                ++withProblems;
                QVERIFY(document.value("errors"_L1).toArray().first().toString().contains(u"UTF-8"_s));
            } else {
                QVERIFY(document.value("errors"_L1).toArray().isEmpty());
            }
        }
        QCOMPARE(withProblems, 1);
#endif
    }

    void corruptStatementsAreAWarning()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u".recoupe"_s));
        QFile statements(dir.filePath(u".recoupe/documents.json"_s));
        QVERIFY(statements.open(QIODevice::WriteOnly));
        statements.write("{ broken");
        statements.close();
        QFile article(dir.filePath(u"a.txt"_s));
        QVERIFY(article.open(QIODevice::WriteOnly));
        article.write("Title\n\nSome text of the article, in English.\n");
        article.close();

        const Run json = runCli({u"documents"_s, dir.path(), u"--format"_s, u"json"_s});
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(json.err.contains("documents.json"), json.err.constData());
        const Run text = runCli({u"documents"_s, dir.path()});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("documents.json cannot be used"), text.out.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no folder") << QStringList{u"documents"_s} << u"no FOLDER"_s;
        QTest::newRow("two folders") << QStringList{u"documents"_s, mixedFolder, mixedFolder} << u"only one FOLDER"_s;
        QTest::newRow("unknown option") << QStringList{u"documents"_s, mixedFolder, u"--bogus"_s} << u"bogus"_s;
        QTest::newRow("bad format") << QStringList{u"documents"_s, mixedFolder, u"--format"_s, u"xml"_s} << u"xml"_s;
        QTest::newRow("format without value") << QStringList{u"documents"_s, mixedFolder, u"--format"_s} << u"format"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QByteArray());
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }

    void folderErrors_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << u"/nonexistent/recoupe-folder"_s << u"does not exist"_s;
        QTest::newRow("a file") << mixedFolder + u"/capex-fr.txt"_s << u"is not a folder"_s;
    }

    void folderErrors()
    {
        QFETCH(QString, folder);
        QFETCH(QString, message);
        for (const QString &format : {u"json"_s, u"text"_s}) {
            const Run run = runCli({u"documents"_s, folder, u"--format"_s, format});
            QCOMPARE(run.exitCode, 3);
            QCOMPARE(run.out, QByteArray());
            const QString err = QString::fromUtf8(run.err);
            QVERIFY2(err.contains(folder), qPrintable(err));
            QVERIFY2(err.contains(message), qPrintable(err));
        }
    }

    void help()
    {
        const Run run = runCli({u"documents"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.startsWith(u"Usage: recoupe-cli documents FOLDER"_s), qPrintable(out));
        QVERIFY2(out.contains(u"--format"_s), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCliDocuments)
#include "tst_cli_documents.moc"
