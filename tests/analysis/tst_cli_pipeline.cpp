// Regression: `recoupe-cli claims` and the window named claims with the folder's own entity file
// (FOLDER/.recoupe/entities.json) while `groups`, `chart` and `report` used the built-in list
// only, so a company only that file knows had claims but no group, no point and no chart. Every
// command now runs AnalysisPipeline: run as a program on one folder, they name each claim alike.
#include "analysistestsupport.h"
#include "cli/clirunner.h"
#include "report/factcheckreport.h"
#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString fixture = Recoupe::entitiesFixture();
const QString tarnova = QStringLiteral("Tarnova Power"); // in the folder's entities.json only

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        qWarning("%s", qPrintable(error.errorString()));
    return object;
}

} // namespace

class TestCliPipeline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dataHome;
    QTemporaryDir m_out;
    QMap<QString, QString> m_entityOf; // claim id -> entity, as `recoupe-cli claims` names it

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(RECOUPE_CLI_PATH)));
        QVERIFY(Recoupe::isolateUserEntityFile(m_dataHome));
        QVERIFY(m_out.isValid());

        const Run run = runCli({u"claims"_s, fixture, u"--format"_s, u"json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.err, QByteArray());
        for (const QJsonValue &value : parse(run.out).value("claims"_L1).toArray()) {
            const QJsonObject claim = value.toObject();
            m_entityOf.insert(claim.value("id"_L1).toString(), claim.value("entity"_L1).toString());
        }
        QCOMPARE(m_entityOf.value(u"tarnova-fr.txt#1"_s), tarnova);
        QCOMPARE(m_entityOf.value(u"tarnova-en.md#1"_s), tarnova);
    }

    void groupsNameClaimsAsClaimsDoes()
    {
        const Run run = runCli({u"groups"_s, fixture, u"--format"_s, u"json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QStringList tarnovaClaims;
        for (const QJsonValue &value : parse(run.out).value("groups"_L1).toArray()) {
            const QJsonObject group = value.toObject();
            const QString entity = group.value("key"_L1).toObject().value("entity"_L1).toString();
            for (const QJsonValue &claim : group.value("claims"_L1).toArray()) {
                QVERIFY2(m_entityOf.contains(claim.toString()), qPrintable(claim.toString()));
                QCOMPARE(entity, m_entityOf.value(claim.toString()));
                if (entity == tarnova)
                    tarnovaClaims.append(claim.toString());
            }
        }
        QCOMPARE(tarnovaClaims, (QStringList{u"tarnova-en.md#1"_s, u"tarnova-fr.txt#1"_s}));
    }

    void chartNamesClaimsAsClaimsDoes()
    {
        const QString out = m_out.filePath(u"capex.json"_s);
        const Run run = runCli({u"chart"_s, fixture, u"--entity"_s, u"all"_s, u"--metric"_s, u"capex"_s, u"--out"_s, out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject timeline = parse(file.readAll());
        QCOMPARE(timeline.value("format"_L1).toString(), u"recoupe-timeline-1"_s);
        QStringList tarnovaPoints;
        for (const QJsonValue &value : timeline.value("points"_L1).toArray()) {
            const QJsonObject point = value.toObject();
            const QString claim = point.value("claim"_L1).toString();
            QCOMPARE(point.value("entity"_L1).toString(), m_entityOf.value(claim));
            if (point.value("entity"_L1).toString() == tarnova)
                tarnovaPoints.append(claim);
        }
        tarnovaPoints.sort();
        QCOMPARE(tarnovaPoints, (QStringList{u"tarnova-en.md#1"_s, u"tarnova-fr.txt#1"_s}));
    }

    // The report draws a capex chart per entity: Tarnova Power gets one.
    void reportChartsTheFolderEntity()
    {
        const QString directory = m_out.filePath(u"report"_s);
        const Run run = runCli({u"report"_s, fixture, u"--out"_s, directory, u"--format"_s, u"md"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString chart = QDir(directory).filePath(Recoupe::FactCheckReport::chartFileName(tarnova));
        QVERIFY2(QFile::exists(chart), qPrintable(QString::fromUtf8(run.out)));
    }
};

QTEST_GUILESS_MAIN(TestCliPipeline)
#include "tst_cli_pipeline.moc"
