// recoupe-cli groups, run as a program: on tests/fixtures/compare/groups (three short articles
// written for this test, one turning dollars into euros), and, when ../shared is there, on the
// reference articles against their annotations (gold.json): the whole pipeline, from files to
// reasons.
#include "compare/goldcheck.h"
#include "clirunner.h"
#include "testconfig.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString groupsFolder = QStringLiteral(RECOUPE_FIXTURES_DIR "/compare/groups");

QJsonObject runJson(const QString &command, const QString &folder)
{
    const Run run = runCli({command, folder, u"--format"_s, u"json"_s});
    if (run.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(run.out).object();
}

#ifdef RECOUPE_TEST_SEEDS
// The groups of recoupe-groups-1, for GoldCheck.
QList<GoldCheck::Group> readGroups(const QJsonObject &root)
{
    QList<GoldCheck::Group> groups;
    for (const QJsonValue &value : root.value("groups"_L1).toArray()) {
        const QJsonObject group = value.toObject();
        const QJsonObject key = group.value("key"_L1).toObject();
        GoldCheck::Group g;
        g.key = u"%1/%2/%3"_s.arg(key.value("entity"_L1).toString(), key.value("metric"_L1).toString(), key.value("period"_L1).toString());
        g.verdict = group.value("verdict"_L1).toString();
        for (const QJsonValue &reason : group.value("reasons"_L1).toArray()) {
            QStringList claims;
            for (const QJsonValue &claim : reason.toObject().value("claims"_L1).toArray())
                claims.append(claim.toString());
            g.reasons.append({reason.toObject().value("kind"_L1).toString(), claims});
        }
        groups.append(g);
    }
    return groups;
}

// Claim id → document file name and quote, from recoupe-claims-1.
QHash<QString, GoldCheck::ClaimSource> readClaims(const QJsonObject &root)
{
    QHash<QString, GoldCheck::ClaimSource> claims;
    for (const QJsonValue &value : root.value("claims"_L1).toArray()) {
        const QJsonObject claim = value.toObject();
        claims.insert(claim.value("id"_L1).toString(),
                      {QFileInfo(claim.value("document"_L1).toString()).fileName(), claim.value("quote"_L1).toString(),
                       claim.value("period"_L1).toString()});
    }
    return claims;
}
#endif

} // namespace

class TestCliGroups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json()
    {
        const QJsonObject root = runJson(u"groups"_s, groupsFolder);
        QCOMPARE(root.value("format"_L1).toString(), u"recoupe-groups-1"_s);
        const QJsonArray groups = root.value("groups"_L1).toArray();
        QVERIFY(!groups.isEmpty());
        bool pastDiscrepancies = false;
        bool swapFound = false;
        for (const QJsonValue &value : groups) {
            const QJsonObject group = value.toObject();
            QCOMPARE(QStringList(group.keys()), (QStringList{u"claims"_s, u"key"_s, u"periodStated"_s, u"reasons"_s, u"verdict"_s}));
            const QJsonObject key = group.value("key"_L1).toObject();
            // kind and members only narrow other_money and combined figures.
            QStringList keyFields = key.keys();
            keyFields.removeOne(u"kind"_s);
            keyFields.removeOne(u"members"_s);
            QCOMPARE(keyFields, (QStringList{u"entity"_s, u"metric"_s, u"period"_s}));
            QCOMPARE(group.value("periodStated"_L1).toBool(), !key.value("period"_L1).isNull());
            const QString verdict = group.value("verdict"_L1).toString();
            QVERIFY(QStringList({u"agree"_s, u"discrepancy"_s, u"revised"_s, u"single"_s}).contains(verdict));
            // Discrepancies first.
            if (verdict != "discrepancy"_L1)
                pastDiscrepancies = true;
            else
                QVERIFY(!pastDiscrepancies);
            QVERIFY(!group.value("claims"_L1).toArray().isEmpty());
            // Figures no article dates are never a disagreement.
            if (key.value("period"_L1).isNull())
                QVERIFY(verdict == "agree"_L1 || verdict == "single"_L1);
            for (const QJsonValue &reason : group.value("reasons"_L1).toArray()) {
                QVERIFY(!reason.toObject().value("explanation"_L1).toString().isEmpty());
                // Every disagreement says how sure it is.
                if (reason.toObject().value("kind"_L1).toString() != "revision"_L1)
                    QVERIFY(QStringList({u"high"_s, u"medium"_s, u"low"_s}).contains(reason.toObject().value("confidence"_L1).toString()));
                if (reason.toObject().value("kind"_L1).toString() == "currency_swap"_L1 && key.value("entity"_L1).toString() == "Amazon"_L1
                    && key.value("period"_L1).toString() == "2025"_L1)
                    swapFound = true;
            }
            // The 83 billion dollars of 2024, given by the three articles, agree.
            if (key.value("entity"_L1).toString() == "Amazon"_L1 && key.value("metric"_L1).toString() == "capex"_L1
                && key.value("period"_L1).toString() == "2024"_L1)
                QCOMPARE(verdict, u"agree"_s);
        }
        QVERIFY(swapFound);
    }

    void text()
    {
        const Run run = runCli({u"groups"_s, groupsFolder});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(u"DISCREPANCY  Amazon · capital expenditure · 2025"_s), qPrintable(out));
        QVERIFY2(out.contains(u"currency_swap: Same number, different currency"_s), qPrintable(out));
        // Each disagreement says how sure it is, as the Comparisons panel does.
        QVERIFY2(out.contains(QRegularExpression(u"currency_swap: .*\\((high|medium|low) confidence: [^)]+\\)"_s)), qPrintable(out));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no folder") << QStringList{u"groups"_s} << 2;
        QTest::newRow("unknown format") << QStringList{u"groups"_s, groupsFolder, u"--format"_s, u"csv"_s} << 2;
        QTest::newRow("unknown option") << QStringList{u"groups"_s, groupsFolder, u"--fast"_s} << 2;
        QTest::newRow("missing folder") << QStringList{u"groups"_s, u"/nonexistent/recoupe-folder"_s} << 3;
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

#ifdef RECOUPE_TEST_SEEDS
    // The reference articles (dated by their folder's .recoupe/documents.json) through the whole
    // pipeline: every disagreement of gold.json is reported with its kind, and no agreeing
    // figures are flagged.
    void seedsAgainstGold()
    {
        const QString seeds = QStringLiteral(RECOUPE_SHARED_DIR "/corpus/seeds-fr");
        QFile goldFile(seeds + u"/gold.json"_s);
        QVERIFY(goldFile.open(QIODevice::ReadOnly));
        const QJsonObject gold = QJsonDocument::fromJson(goldFile.readAll()).object();

        const QJsonObject claims = runJson(u"claims"_s, seeds);
        const QJsonObject groups = runJson(u"groups"_s, seeds);
        QCOMPARE(claims.value("format"_L1).toString(), u"recoupe-claims-1"_s);
        QCOMPARE(groups.value("format"_L1).toString(), u"recoupe-groups-1"_s);
        // The three that the no-period rule retires are checked by tst_compare_gold.
        const QStringList problems = GoldCheck::check(readGroups(groups), readClaims(claims), gold.value("discrepancies"_L1).toArray(), nullptr);
        if (!problems.isEmpty())
            qInfo().noquote() << QString::fromUtf8(QJsonDocument(groups).toJson(QJsonDocument::Indented));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
#endif
};

QTEST_GUILESS_MAIN(TestCliGroups)
#include "tst_cli_groups.moc"
