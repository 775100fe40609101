// Acceptance: recoupe-cli on the forty real articles of ../shared/corpus/real-dev, scored by the
// project's reference scorers (../shared/tools/score-claims, score-groups) against the
// hand-checked claims and groups. Registered only where the articles are (CI has them).
//
// Each score is held at a floor just under what this version reaches, so that a change that loses
// ground fails here; the targets of the real-articles issue are asserted too, as expected
// failures until they are reached (an unexpected pass then says to raise the floors).
#include "testconfig.h"
#include "acceptance/programrun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString sharedDir = QStringLiteral(RECOUPE_SHARED_DIR);
const QString realDev = sharedDir + u"/corpus/real-dev"_s;
// What this version reaches on the groups, less nothing: one group lost or one false alarm more fails.
constexpr int groupsFloor = 15;
constexpr int falseAlarmsCeiling = 0;


} // namespace

class TestRealDev : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_claims;
    QString m_groups;

    bool write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    // The "overall" object of the claim scorer's JSON report.
    QJsonObject scoreClaims(const QStringList &options)
    {
        const QString output = m_dir.filePath(u"score-%1.json"_s.arg(options.join(u'-').remove(u'-')));
        QByteArray report;
        QString error;
        if (!runProgram(sharedDir + u"/tools/score-claims"_s, QStringList{realDev + u"/gold.json"_s, m_claims, u"--json"_s, output, u"--list"_s, u"0"_s} + options,
                 &report, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        qInfo().noquote() << QString::fromUtf8(report).section(u"OVERALL"_s, 1).left(400);
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
        const QString articles = realDev + u"/articles"_s;
        QVERIFY2(runProgram(QStringLiteral(RECOUPE_CLI_PATH), {u"claims"_s, articles, u"--format"_s, u"json"_s}, &json, &error), qPrintable(error));
        m_claims = m_dir.filePath(u"claims.json"_s);
        QVERIFY(write(m_claims, json));
        QVERIFY2(runProgram(QStringLiteral(RECOUPE_CLI_PATH), {u"groups"_s, articles, u"--format"_s, u"json"_s}, &json, &error), qPrintable(error));
        m_groups = m_dir.filePath(u"groups.json"_s);
        QVERIFY(write(m_groups, json));
    }

    void claims_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<double>("floor");
        QTest::addColumn<double>("target");
        QTest::newRow("claim F1") << QStringList{u"--level"_s, u"claim"_s} << 0.90 << 0.90;
        QTest::newRow("capex claim F1") << QStringList{u"--level"_s, u"claim"_s, u"--only-metric"_s, u"capex"_s} << 0.94 << 0.92;
        QTest::newRow("amount F1") << QStringList{u"--level"_s, u"amount"_s} << 0.97 << 0.97;
    }

    void claims()
    {
        QFETCH(QStringList, options);
        QFETCH(double, floor);
        QFETCH(double, target);
        const QJsonObject overall = scoreClaims(options);
        QVERIFY(!overall.isEmpty());
        const double f1 = overall.value("f1"_L1).toDouble();
        QVERIFY2(f1 >= floor, qPrintable(u"F1 %1 under the floor %2"_s.arg(f1).arg(floor)));
        if (target > floor)
            QEXPECT_FAIL("", "the real-articles target is not reached yet (see the README's accuracy table)", Continue);
        QVERIFY2(f1 >= target, qPrintable(u"F1 %1, target %2"_s.arg(f1).arg(target)));
    }

    void groups()
    {
        QByteArray out;
        QString error;
        QVERIFY2(runProgram(sharedDir + u"/tools/score-groups"_s, {realDev + u"/groups-gold.json"_s, m_claims, m_groups}, &out, &error),
                 qPrintable(error));
        const QString line = QString::fromUtf8(out).trimmed();
        qInfo().noquote() << line;
        const QRegularExpressionMatch match = QRegularExpression(u"groups: (\\d+)/(\\d+) found.*, (\\d+) false alarms"_s).match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        const int found = match.captured(1).toInt();
        const int falseAlarms = match.captured(3).toInt();
        QVERIFY2(found >= groupsFloor, qPrintable(line));
        QVERIFY2(falseAlarms <= falseAlarmsCeiling, qPrintable(line));
        // The target: 14 of the 16 groups, at most one false alarm.
        QVERIFY(found >= 14 && falseAlarms <= 1);
    }
};

QTEST_GUILESS_MAIN(TestRealDev)
#include "tst_realdev.moc"
