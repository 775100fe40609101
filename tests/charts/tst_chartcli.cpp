#include "cli/clirunner.h"
#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString samples()
{
    return QStringLiteral(RECOUPE_SAMPLES_DIR);
}

} // namespace

class ChartCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void png_data();
    void png();
    void transparentPng();
    void svg();
    void gridSvg();
    void jsonHasEveryCapexClaim();
    void csv();
    void guidance();
    void badArguments_data();
    void badArguments();
#ifdef RECOUPE_TEST_SEEDS
    void seedsMetaAgainstGold();
#endif

private:
    QTemporaryDir m_dir;
};

void ChartCliTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(RECOUPE_CLI_PATH)));
}

void ChartCliTest::png_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("scale");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("1600x900") << u"1600x900"_s << u"1"_s << QSize(1600, 900);
    QTest::newRow("small") << u"800x500"_s << u"1"_s << QSize(800, 500);
    QTest::newRow("scaled") << u"800x450"_s << u"2"_s << QSize(1600, 900);
}

void ChartCliTest::png()
{
    QFETCH(QString, size);
    QFETCH(QString, scale);
    QFETCH(QSize, expected);
    const QString out = m_dir.filePath(u"capex-%1-%2.png"_s.arg(size, scale));
    const Run run = runCli({u"chart"_s, samples(), u"--entity"_s, u"all"_s, u"--metric"_s, u"capex"_s, u"--out"_s, out,
                            u"--size"_s, size, u"--scale"_s, scale});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QImage image;
    QVERIFY(image.load(out));
    QCOMPARE(image.size(), expected);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 50, qPrintable(u"only %1 colours"_s.arg(colours.size())));
    QCOMPARE(QColor(image.pixel(1, 1)), QColor(Qt::white));
}

void ChartCliTest::transparentPng()
{
    const QString out = m_dir.filePath(u"transparent.png"_s);
    const Run run = runCli({u"chart"_s, samples(), u"--out"_s, out, u"--size"_s, u"800x450"_s, u"--transparent"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QImage image;
    QVERIFY(image.load(out));
    QCOMPARE(qAlpha(image.pixel(1, 1)), 0);
}

void ChartCliTest::svg()
{
    const QString out = m_dir.filePath(u"meta.svg"_s);
    const QString json = m_dir.filePath(u"meta-for-svg.json"_s);
    QCOMPARE(runCli({u"chart"_s, samples(), u"--entity"_s, u"Meta"_s, u"--out"_s, out}).exitCode, 0);
    QCOMPARE(runCli({u"chart"_s, samples(), u"--entity"_s, u"Meta"_s, u"--out"_s, json}).exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(text.contains(u"Capital expenditure of Meta"_s));
    QVERIFY(text.contains(u"Sources:"_s));
    const QJsonArray sources = readJson(json).value("sources"_L1).toArray();
    QVERIFY(!sources.isEmpty());
    for (const QJsonValue &source : sources)
        QVERIFY2(text.contains(source.toObject().value("title"_L1).toString()), qPrintable(source.toObject().value("title"_L1).toString()));
}

void ChartCliTest::jsonHasEveryCapexClaim()
{
    // What `recoupe-cli claims` finds is what the chart plots: every capex claim with a period
    // is a point, every one without is listed apart.
    const Run claims = runCli({u"claims"_s, samples(), u"--format"_s, u"json"_s});
    QCOMPARE(claims.exitCode, 0);
    QSet<QString> withPeriod;
    QSet<QString> withoutPeriod;
    for (const QJsonValue &value : QJsonDocument::fromJson(claims.out).object().value("claims"_L1).toArray()) {
        const QJsonObject claim = value.toObject();
        if (claim.value("metric"_L1).toString() != "capex"_L1)
            continue;
        (claim.value("period"_L1).isNull() ? withoutPeriod : withPeriod).insert(claim.value("id"_L1).toString());
    }
    QVERIFY(!withPeriod.isEmpty());

    const QString out = m_dir.filePath(u"capex.json"_s);
    const Run run = runCli({u"chart"_s, samples(), u"--entity"_s, u"all"_s, u"--metric"_s, u"capex"_s, u"--out"_s, out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = readJson(out);
    QCOMPARE(json.value("format"_L1).toString(), u"recoupe-timeline-1"_s);
    QSet<QString> points;
    QSet<QString> entities;
    for (const QJsonValue &value : json.value("points"_L1).toArray()) {
        points.insert(value.toObject().value("claim"_L1).toString());
        entities.insert(value.toObject().value("entity"_L1).toString());
        QVERIFY(!value.toObject().value("title"_L1).toString().isEmpty());
        QVERIFY(!value.toObject().value("quote"_L1).toString().isEmpty());
    }
    QSet<QString> noPeriod;
    for (const QJsonValue &value : json.value("noPeriod"_L1).toArray())
        noPeriod.insert(value.toObject().value("claim"_L1).toString());
    QCOMPARE(points, withPeriod);
    QCOMPARE(noPeriod, withoutPeriod);
    for (const QString &entity : {u"Meta"_s, u"Microsoft"_s, u"Amazon"_s, u"Stargate"_s})
        QVERIFY2(entities.contains(entity), qPrintable(entity));
}

void ChartCliTest::csv()
{
    const QString out = m_dir.filePath(u"capex.csv"_s);
    const QString json = m_dir.filePath(u"capex-for-csv.json"_s);
    QCOMPARE(runCli({u"chart"_s, samples(), u"--out"_s, out}).exitCode, 0);
    QCOMPARE(runCli({u"chart"_s, samples(), u"--out"_s, json}).exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(u"claim,document,series,entity,period,x,low_usd_bn"_s));
    QCOMPARE(text.count(u"\r\n"_s), readJson(json).value("points"_L1).toArray().size() + 1);
}

void ChartCliTest::guidance()
{
    const QString out = m_dir.filePath(u"guidance.json"_s);
    const Run run = runCli({u"chart"_s, samples(), u"--entity"_s, u"Meta"_s, u"--mode"_s, u"guidance"_s, u"--period"_s, u"2025"_s,
                            u"--out"_s, out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = readJson(out);
    QCOMPARE(json.value("mode"_L1).toString(), u"guidance"_s);
    const QJsonArray points = json.value("points"_L1).toArray();
    QVERIFY(points.size() >= 2);
    for (const QJsonValue &value : points) {
        const QJsonObject point = value.toObject();
        QCOMPARE(point.value("entity"_L1).toString(), u"Meta"_s);
        QCOMPARE(point.value("period"_L1).toString(), u"2025"_s);
        QCOMPARE(point.value("x"_L1).toString(), point.value("date"_L1).toString()); // x is the publication date
    }
}

void ChartCliTest::gridSvg()
{
    // One small chart per entity, titled with it, in one picture with one caption.
    const QString out = m_dir.filePath(u"grid.svg"_s);
    const QString png = m_dir.filePath(u"grid.png"_s);
    const QString json = m_dir.filePath(u"all.json"_s);
    const Run run = runCli({u"chart"_s, samples(), u"--entity"_s, u"all"_s, u"--layout"_s, u"grid"_s, u"--out"_s, out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(runCli({u"chart"_s, samples(), u"--layout"_s, u"grid"_s, u"--out"_s, png, u"--size"_s, u"1600x900"_s}).exitCode, 0);
    QCOMPARE(runCli({u"chart"_s, samples(), u"--out"_s, json}).exitCode, 0);
    QImage image;
    QVERIFY(image.load(png));
    QCOMPARE(image.size(), QSize(1600, 900));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(text.contains(u"Sources:"_s));
    QVERIFY(text.contains(u"One chart per company"_s));
    QSet<QString> entities;
    for (const QJsonValue &point : readJson(json).value("points"_L1).toArray())
        entities.insert(point.toObject().value("series"_L1).toString());
    QVERIFY(entities.size() >= 4);
    for (const QString &entity : std::as_const(entities))
        QVERIFY2(text.contains(entity), qPrintable(entity));
    for (const QString &entity : {u"Meta"_s, u"Microsoft"_s, u"Amazon"_s, u"Stargate"_s})
        QVERIFY2(entities.contains(entity), qPrintable(entity));
}

void ChartCliTest::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no out") << QStringList{u"chart"_s, samples()};
    QTest::newRow("unknown extension") << QStringList{u"chart"_s, samples(), u"--out"_s, m_dir.filePath(u"x.gif"_s)};
    QTest::newRow("bad size") << QStringList{u"chart"_s, samples(), u"--out"_s, m_dir.filePath(u"x.png"_s), u"--size"_s, u"huge"_s};
    QTest::newRow("bad metric") << QStringList{u"chart"_s, samples(), u"--out"_s, m_dir.filePath(u"x.png"_s), u"--metric"_s, u"gpus"_s};
    QTest::newRow("bad currency") << QStringList{u"chart"_s, samples(), u"--out"_s, m_dir.filePath(u"x.png"_s), u"--currency"_s, u"XYZ"_s};
    QTest::newRow("bad layout") << QStringList{u"chart"_s, samples(), u"--out"_s, m_dir.filePath(u"x.png"_s), u"--layout"_s, u"mosaic"_s};
    QTest::newRow("no folder") << QStringList{u"chart"_s, u"--out"_s, m_dir.filePath(u"x.png"_s)};
}

void ChartCliTest::badArguments()
{
    QFETCH(QStringList, arguments);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(u"x.png"_s)));
}

#ifdef RECOUPE_TEST_SEEDS
void ChartCliTest::seedsMetaAgainstGold()
{
    const QString folder = QStringLiteral(RECOUPE_SHARED_DIR) + u"/corpus/seeds-fr"_s;
    QFile goldFile(folder + u"/gold.json"_s);
    QVERIFY(goldFile.open(QIODevice::ReadOnly));
    const QJsonObject gold = QJsonDocument::fromJson(goldFile.readAll()).object().value("documents"_L1).toObject();

    const QString out = m_dir.filePath(u"meta.json"_s);
    const Run run = runCli({u"chart"_s, folder, u"--entity"_s, u"Meta"_s, u"--metric"_s, u"capex"_s, u"--out"_s, out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = readJson(out);

    // The parser quotes the figure, the gold may quote its hedge too ("pourraient atteindre 65
    // milliards"): a quote matches when one contains the other, in the same document. Each
    // chart entry answers one gold claim (the gold repeats a figure stated twice), and one more
    // for each claim it stands for too: an article's repeated figure is one point ("repeats").
    const auto takeMatch = [](QJsonArray &entries, const QString &document, const QString &quote) {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QJsonObject entry = entries.at(i).toObject();
            const QString found = entry.value("quote"_L1).toString();
            if (entry.value("document"_L1).toString() == document && !found.isEmpty()
                && (quote.contains(found) || found.contains(quote))) {
                QJsonArray repeats = entry.value("repeats"_L1).toArray();
                if (repeats.isEmpty()) {
                    entries.removeAt(i);
                } else {
                    repeats.removeLast();
                    entry.insert(u"repeats"_s, repeats);
                    entries.replace(i, entry);
                }
                return true;
            }
        }
        return false;
    };
    QJsonArray points = json.value("points"_L1).toArray();
    QJsonArray noPeriod = json.value("noPeriod"_L1).toArray();
    QStringList missing;
    int expectedPoints = 0;
    int expectedNoPeriod = 0;
    for (auto document = gold.constBegin(); document != gold.constEnd(); ++document) {
        for (const QJsonValue &value : document.value().toObject().value("claims"_L1).toArray()) {
            const QJsonObject claim = value.toObject();
            if (claim.value("entity"_L1).toString() != "Meta"_L1 || claim.value("metric"_L1).toString() != "capex"_L1)
                continue;
            const QString quote = claim.value("quote"_L1).toString();
            if (claim.value("period"_L1).isNull()) {
                ++expectedNoPeriod;
                if (!takeMatch(noPeriod, document.key(), quote))
                    missing.append(u"no period: %1 in %2"_s.arg(quote, document.key()));
            } else {
                ++expectedPoints;
                if (!takeMatch(points, document.key(), quote))
                    missing.append(u"%1: %2 in %3"_s.arg(claim.value("period"_L1).toString(), quote, document.key()));
            }
        }
    }
    QVERIFY(expectedPoints > 0);
    QVERIFY(expectedNoPeriod > 0);
    QVERIFY2(missing.isEmpty(), qPrintable(u"not in the chart's JSON as gold says:\n  "_s + missing.join(u"\n  "_s)));
}
#endif

QTEST_GUILESS_MAIN(ChartCliTest)
#include "tst_chartcli.moc"
