// recoupe-cli passages, run as a program on tests/fixtures/compare/passages.
#include "clirunner.h"
#include "testconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString passagesFolder = QStringLiteral(RECOUPE_FIXTURES_DIR "/compare/passages");

} // namespace

class TestCliPassages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json()
    {
        const Run run = runCli({u"passages"_s, passagesFolder, u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QByteArray());
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value("format"_L1).toString(), u"recoupe-passages-1"_s);
        const QJsonArray matches = root.value("matches"_L1).toArray();
        QVERIFY(matches.size() >= 8);

        bool jobsFound = false;
        double previousScore = 2;
        for (const QJsonValue &value : matches) {
            const QJsonObject match = value.toObject();
            const double score = match.value("score"_L1).toDouble();
            QVERIFY(score > 0 && score <= 1 && score <= previousScore);
            previousScore = score;
            const QJsonArray passages = match.value("passages"_L1).toArray();
            QCOMPARE(passages.size(), 2);
            QVERIFY(passages.at(0).toObject().value("document"_L1) != passages.at(1).toObject().value("document"_L1));
            for (const QJsonValue &passage : passages) {
                const QJsonObject span = passage.toObject();
                QVERIFY(span.value("end"_L1).toInteger() > span.value("start"_L1).toInteger());
                QVERIFY(!span.value("text"_L1).toString().isEmpty());
            }
            QVERIFY(match.value("shared"_L1).toArray().size() >= 2);
            const QString first = passages.at(0).toObject().value("text"_L1).toString();
            const QString second = passages.at(1).toObject().value("text"_L1).toString();
            if ((first.contains(u"3,000 workers"_s) && second.contains(u"3 000 salariés"_s))
                || (first.contains(u"3 000 salariés"_s) && second.contains(u"3,000 workers"_s))) {
                jobsFound = true;
                // Documents are read in path order: norvalis-en.txt comes before norvalis-fr.txt.
                QCOMPARE(passages.at(0).toObject().value("document"_L1).toString(), u"norvalis-en.txt"_s);
                QCOMPARE(passages.at(1).toObject().value("document"_L1).toString(), u"norvalis-fr.txt"_s);
                QCOMPARE(passages.at(1).toObject().value("start"_L1).toInteger(), 233);
            }
        }
        QVERIFY(jobsFound);
    }

    void text()
    {
        const Run run = runCli({u"passages"_s, passagesFolder});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(u"norvalis-fr.txt @233: Le site doit employer 3 000 salariés"_s), qPrintable(out));
        QVERIFY(out.contains(u"matching passage"_s));
    }

    void threshold()
    {
        const Run strict = runCli({u"passages"_s, passagesFolder, u"--format"_s, u"json"_s, u"--threshold"_s, u"0.99"_s});
        QCOMPARE(strict.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(strict.out).object().value("matches"_L1).toArray().size(), 0);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no folder") << QStringList{u"passages"_s} << 2;
        QTest::newRow("two folders") << QStringList{u"passages"_s, passagesFolder, passagesFolder} << 2;
        QTest::newRow("unknown format") << QStringList{u"passages"_s, passagesFolder, u"--format"_s, u"xml"_s} << 2;
        QTest::newRow("bad threshold") << QStringList{u"passages"_s, passagesFolder, u"--threshold"_s, u"high"_s} << 2;
        QTest::newRow("unknown option") << QStringList{u"passages"_s, passagesFolder, u"--fast"_s} << 2;
        QTest::newRow("missing folder") << QStringList{u"passages"_s, u"/nonexistent/recoupe-folder"_s} << 3;
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }

    void help()
    {
        const Run run = runCli({u"passages"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("--threshold"));
    }
};

QTEST_GUILESS_MAIN(TestCliPassages)
#include "tst_cli_passages.moc"
