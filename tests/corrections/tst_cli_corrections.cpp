#include "../cli/clirunner.h"
#include "correctionsfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject claimQuoting(const QJsonObject &root, const QString &quote)
{
    for (const QJsonValue &value : root.value("claims"_L1).toArray()) {
        if (value.toObject().value("quote"_L1).toString() == quote)
            return value.toObject();
    }
    return {};
}

QJsonObject capexGroup(const QJsonObject &root)
{
    for (const QJsonValue &value : root.value("groups"_L1).toArray()) {
        const QJsonObject key = value.toObject().value("key"_L1).toObject();
        if (key.value("entity"_L1).toString() == "Meta"_L1 && key.value("metric"_L1).toString() == "capex"_L1)
            return value.toObject();
    }
    return {};
}

QJsonObject json(const Run &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

// A hand-written corrections.json (DESIGN.md's shape) changes what every command says.
class TestCliCorrections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(CorrectionsFixture::makeFolder(m_folder->path()));
    }

    void withoutCorrections()
    {
        const Run groups = runCli({u"groups"_s, m_folder->path(), u"--format"_s, u"json"_s});
        QCOMPARE(groups.exitCode, 0);
        QCOMPARE(capexGroup(json(groups)).value("verdict"_L1).toString(), u"discrepancy"_s);
        const Run corrections = runCli({u"corrections"_s, m_folder->path()});
        QCOMPARE(corrections.exitCode, 0);
        QVERIFY(corrections.out.contains("No correction yet."));
    }

    void claimsAreMarked()
    {
        QVERIFY(CorrectionsFixture::writeCorrections(m_folder->path(), CorrectionsFixture::designShapedCorrections()));
        const Run run = runCli({u"claims"_s, m_folder->path(), u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = json(run);
        const QJsonObject french = claimQuoting(root, u"45 milliards de dollars"_s);
        QCOMPARE(french.value("low"_L1).toDouble(), 4.0e10);
        const QJsonObject corrected = french.value("corrected"_L1).toObject();
        QCOMPARE(corrected.value("low"_L1).toDouble(), 4.5e10); // the parser's value
        QCOMPARE(corrected.value("by"_L1).toString(), u"Claire"_s);
        QCOMPARE(corrected.value("correction"_L1).toString(), u"0b7c6f7e-3d1a-4d0e-9a55-6b2f1c1d0001"_s);
        QVERIFY(!corrected.contains("entity"_L1)); // only the fields that changed
        QVERIFY(claimQuoting(root, u"3,000 GPUs"_s).isEmpty());
        const QJsonObject added = claimQuoting(root, u"most of it"_s);
        QVERIFY(added.value("corrected"_L1).toObject().value("added"_L1).toBool());
        QCOMPARE(added.value("qualifier"_L1).toString(), u"range"_s);
        // A claim nobody corrected has no mark.
        QVERIFY(!claimQuoting(root, u"$40 billion"_s).contains("corrected"_L1));
    }

    void groupsChartAndReportFollow()
    {
        QVERIFY(CorrectionsFixture::writeCorrections(m_folder->path(), CorrectionsFixture::designShapedCorrections()));
        const Run groups = runCli({u"groups"_s, m_folder->path(), u"--format"_s, u"json"_s});
        QCOMPARE(capexGroup(json(groups)).value("verdict"_L1).toString(), u"agree"_s);

        const QString chart = m_folder->filePath(u"chart.json"_s);
        QCOMPARE(runCli({u"chart"_s, m_folder->path(), u"--out"_s, chart}).exitCode, 0);
        QFile chartFile(chart);
        QVERIFY(chartFile.open(QIODevice::ReadOnly));
        const QJsonArray points = QJsonDocument::fromJson(chartFile.readAll()).object().value("points"_L1).toArray();
        QCOMPARE(points.size(), 2);
        for (const QJsonValue &point : points) {
            QCOMPARE(point.toObject().value("low"_L1).toDouble(), 4.0e10);
            QVERIFY(!point.toObject().value("discrepancy"_L1).toBool());
        }

        QTemporaryDir out;
        const Run report = runCli({u"report"_s, m_folder->path(), u"--out"_s, out.path(), u"--format"_s, u"md"_s});
        QCOMPARE(report.exitCode, 0);
        QFile markdown(out.filePath(u"report.md"_s));
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(markdown.readAll());
        const qsizetype section = text.indexOf(u"## Corrections"_s);
        QVERIFY(section > 0);
        const QString corrections = text.mid(section, text.indexOf(u"\n## "_s, section + 1) - section);
        QVERIFY(corrections.contains(u"Figure corrected"_s));
        QVERIFY(corrections.contains(u"45 billion dollars → 40 billion dollars"_s));
        QVERIFY(corrections.contains(u"Claire"_s));
        QVERIFY(corrections.contains(u"Not a figure"_s));
        QVERIFY(corrections.contains(u"Figure added"_s));
        QVERIFY(corrections.contains(u"pour ses centres de données"_s)); // the sentence
        QVERIFY(!text.contains(u"## Discrepancies\n\n###"_s)); // no discrepancy left
    }

    void statusesListed()
    {
        QVERIFY(CorrectionsFixture::writeCorrections(m_folder->path(), CorrectionsFixture::designShapedCorrections()));
        QByteArray english = CorrectionsFixture::englishArticle();
        english.replace("The company also ordered 3,000 GPUs for a new site in Ohio.", "Nothing more was said.");
        english.replace("Meta told", "On Monday, Meta told");
        QVERIFY(CorrectionsFixture::write(m_folder->filePath(u"meta-en.txt"_s), english));
        const Run run = runCli({u"corrections"_s, m_folder->path(), u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray list = json(run).value("corrections"_L1).toArray();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).toObject().value("status"_L1).toString(), u"anchored"_s);
        QCOMPARE(list.at(0).toObject().value("changes"_L1).toArray().at(0).toString(), u"amount: 45 billion dollars → 40 billion dollars"_s);
        QCOMPARE(list.at(1).toObject().value("status"_L1).toString(), u"orphaned"_s);
        // Written by hand without offsets and found by its quote: where it was meant to be.
        QCOMPARE(list.at(2).toObject().value("status"_L1).toString(), u"anchored"_s);
        const Run text = runCli({u"corrections"_s, m_folder->path()});
        QVERIFY(text.out.contains("[Orphaned] meta-en.txt"));
        QVERIFY(text.err.contains("3,000 GPUs"));
    }

    void damagedFileFailsLoudly()
    {
        QVERIFY(CorrectionsFixture::writeCorrections(m_folder->path(), "{ not json"));
        const Run run = runCli({u"corrections"_s, m_folder->path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("damaged"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_folder;
};

QTEST_GUILESS_MAIN(TestCliCorrections)
#include "tst_cli_corrections.moc"
