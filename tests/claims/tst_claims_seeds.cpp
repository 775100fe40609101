// Acceptance: recoupe-cli claims on the reference articles, scored against their gold claims by
// the project's reference scorer (../shared/tools/score-claims, claimscore.py).
#include "testconfig.h"
#include "acceptance/programrun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString sharedDir = QStringLiteral(RECOUPE_SHARED_DIR);


} // namespace

class TestClaimsSeeds : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_claims;

    QJsonObject score(const QStringList &options)
    {
        const QString output = m_dir.filePath(u"score-%1.json"_s.arg(options.join(u'-').remove(u'-')));
        QByteArray report;
        QString error;
        if (!runProgram(sharedDir + u"/tools/score-claims"_s,
                 QStringList{sharedDir + u"/corpus/seeds-fr/gold.json"_s, m_claims, u"--level"_s, u"claim"_s, u"--json"_s, output} + options,
                 &report, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        qInfo().noquote() << QString::fromUtf8(report);
        QFile file(output);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object().value("overall"_L1).toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QByteArray json;
        QString error;
        QVERIFY2(runProgram(QStringLiteral(RECOUPE_CLI_PATH), {u"claims"_s, sharedDir + u"/corpus/seeds-fr"_s, u"--format"_s, u"json"_s}, &json, &error),
                 qPrintable(error));
        m_claims = m_dir.filePath(u"claims.json"_s);
        QFile file(m_claims);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(json), json.size());
    }

    // Every capex claim found, with the right entity, metric, period, amount and currency, and
    // no capex claim the gold lacks.
    void capex()
    {
        const QJsonObject overall = score({u"--only-metric"_s, u"capex"_s});
        QVERIFY(!overall.isEmpty());
        QCOMPARE(overall.value("recall"_L1).toDouble(), 1.0);
        QCOMPARE(overall.value("precision"_L1).toDouble(), 1.0);
    }

    void allClaims()
    {
        const QJsonObject overall = score({});
        QVERIFY(!overall.isEmpty());
        QVERIFY2(overall.value("recall"_L1).toDouble() >= 0.90, qPrintable(QString::number(overall.value("recall"_L1).toDouble())));
    }
};

QTEST_GUILESS_MAIN(TestClaimsSeeds)
#include "tst_claims_seeds.moc"
