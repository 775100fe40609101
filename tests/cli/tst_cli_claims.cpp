#include "claims/claimtestsupport.h"
#include "export/claimsjson.h"
#include "clirunner.h"
#include "testconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

const QString articles = QStringLiteral(RECOUPE_FIXTURES_DIR "/claims/articles");

} // namespace

class TestCliClaims : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // What the lexicon marks, one token a line, for one article of the folder.
    void tokens()
    {
        const Run run = runCli({u"tokens"_s, articles, u"--document"_s, u"capex-fr"_s});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.startsWith(u"== capex-fr.txt\n"_s), qPrintable(out));
        QVERIFY2(!out.contains(u"chips-en.md"_s), qPrintable(out));
        QVERIFY2(out.contains(u"\tEntity\tMeta\n"_s), qPrintable(out));
        QVERIFY2(out.contains(u"\tMagnitude\tmilliards\n"_s), qPrintable(out));
        QCOMPARE(runCli({u"tokens"_s, u"/nonexistent/recoupe-folder"_s}).exitCode, 3);
    }

    void json()
    {
        const Run run = runCli({u"claims"_s, articles, u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QByteArray());
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value("format"_L1).toString(), u"recoupe-claims-1"_s);

        QStringList documents;
        for (const QJsonValue &value : root.value("documents"_L1).toArray())
            documents.append(value.toObject().value("id"_L1).toString());
        QCOMPARE(documents, (QStringList{u"capex-fr.txt"_s, u"chips-en.md"_s, u"resultats.html"_s}));

        const QJsonArray array = root.value("claims"_L1).toArray();
        const QStringList fields{u"id"_s, u"document"_s, u"entity"_s, u"metric"_s, u"period"_s, u"low"_s, u"high"_s, u"currency"_s,
                                 u"unit"_s, u"qualifier"_s, u"quote"_s, u"sentence"_s, u"start"_s, u"end"_s,
                                 u"sentenceStart"_s, u"sentenceEnd"_s};
        // Optional: the finer kind of an other_money figure, "previous", "members", "resolution".
        const QStringList optional{u"kind"_s, u"previous"_s, u"members"_s, u"resolution"_s};
        for (const QJsonValue &value : array) {
            const QJsonObject object = value.toObject();
            for (const QString &key : object.keys())
                QVERIFY2(fields.contains(key) || optional.contains(key), qPrintable(key));
            for (const QString &field : fields)
                QVERIFY2(object.contains(field), qPrintable(field));
            // Money has a currency and a null unit, quantities the reverse: never an empty string.
            QVERIFY(object.value("currency"_L1).isNull() != object.value("unit"_L1).isNull());
            QVERIFY(object.value("period"_L1).isNull() || !object.value("period"_L1).toString().isEmpty());
            QCOMPARE(object.value("end"_L1).toInteger() - object.value("start"_L1).toInteger(),
                     object.value("quote"_L1).toString().size());
        }

        ClaimList claims;
        QString readError;
        QVERIFY2(claimsFromJson(array, &claims, &readError), qPrintable(readError));
        QStringList described;
        for (qsizetype i = 0; i < claims.size(); ++i) {
            const Claim &claim = claims.at(i);
            described.append(claim.id() + u' ' + describeClaim(claim, array.at(i).toObject().value("quote"_L1).toString()));
        }
        const QStringList expected{
            u"capex-fr.txt#1 Meta|capex|2025|60000000000|65000000000|USD|range|entre 60 et 65 milliards de dollars"_s,
            u"capex-fr.txt#2 Meta|capex|2024|39000000000|39000000000|USD|exact|39 milliards de dollars"_s,
            // Nordvolt comes from the folder's .recoupe/entities.json.
            u"capex-fr.txt#3 Nordvolt|capex|2025-2027|2000000000|2000000000|EUR|approx|près de 2 milliards d'euros"_s,
            u"capex-fr.txt#4 Meta|stock_move_pct|-|-2.5|-2.5|%|exact|2,5 %"_s,
            u"chips-en.md#1 Microsoft|capex|FY2025|80000000000|80000000000|USD|approx|about $80 billion"_s,
            u"chips-en.md#2 Amazon|capex|2025|100000000000|100000000000|USD|at_least|more than $100bn"_s,
            u"chips-en.md#3 Nvidia|revenue|2024-Q4|39300000000|39300000000|USD|exact|$39.3 billion"_s,
            u"chips-en.md#4 Nvidia|stock_move_pct|-|3|3|%|exact|3%"_s,
            u"chips-en.md#5 Meta|gpus|2025|1300000|1300000|GPU|exact|1.3 million GPUs"_s,
            u"resultats.html#1 Alphabet|revenue|2024-Q3|88300000000|88300000000|USD|exact|88,3 milliards de dollars"_s,
            u"resultats.html#2 Alphabet|net_income|2024-Q3|26300000000|26300000000|USD|exact|26,3 milliards de dollars"_s,
            u"resultats.html#3 Alphabet|capex|FY2025|75000000000|75000000000|USD|exact|75 milliards de dollars"_s,
        };
        QCOMPARE(described, expected);
        const QString sentence = array.at(4).toObject().value("sentence"_L1).toString();
        QCOMPARE(sentence,
                 u"Microsoft said it will spend about $80 billion on data centers in fiscal 2025, while Amazon expects capital "
                 "expenditures of more than $100bn this year."_s);
        QCOMPARE(claims.at(4).document, u"chips-en.md"_s);
        // Read back, the claim places its sentence around its quote.
        QCOMPARE(claims.at(4).sentenceEnd - claims.at(4).sentenceStart, sentence.size());
        QCOMPARE(claims.at(4).start - claims.at(4).sentenceStart, sentence.indexOf(u"about $80 billion"_s));
    }

    void csv()
    {
        const Run run = runCli({u"claims"_s, articles, u"--format"_s, u"csv"_s});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.endsWith(u"\r\n"_s));
        const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 13);
        QCOMPARE(lines.constFirst(), u"id,document,entity,metric,period,low,high,currency,unit,qualifier,quote,sentence,start,end"_s);
        // A sentence with commas is quoted; a null field is empty.
        QVERIFY2(lines.at(5).startsWith(u"chips-en.md#1,chips-en.md,Microsoft,capex,FY2025,80000000000,80000000000,USD,,approx,"
                                         "about $80 billion,\"Microsoft said it will spend about $80 billion on data centers in fiscal 2025,"_s),
                 qPrintable(lines.at(5)));
        QVERIFY2(lines.at(4).startsWith(u"capex-fr.txt#4,capex-fr.txt,Meta,stock_move_pct,,-2.5,-2.5,,%,exact,2,5 %,"_s) == false,
                 "a quote with a comma must be quoted");
        QVERIFY2(lines.at(4).startsWith(u"capex-fr.txt#4,capex-fr.txt,Meta,stock_move_pct,,-2.5,-2.5,,%,exact,\"2,5 %\","_s),
                 qPrintable(lines.at(4)));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no folder") << QStringList{u"claims"_s} << 2;
        QTest::newRow("two folders") << QStringList{u"claims"_s, articles, articles} << 2;
        QTest::newRow("bad format") << QStringList{u"claims"_s, articles, u"--format"_s, u"xml"_s} << 2;
        QTest::newRow("unknown option") << QStringList{u"claims"_s, articles, u"--frobnicate"_s} << 2;
        QTest::newRow("missing folder") << QStringList{u"claims"_s, u"/nonexistent/recoupe/folder"_s} << 3;
    }

    void usageErrors()
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
        const Run run = runCli({u"claims"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("recoupe-cli claims FOLDER"));
        QVERIFY(run.out.contains("--format"));
    }
};

QTEST_GUILESS_MAIN(TestCliClaims)
#include "tst_cli_claims.moc"
