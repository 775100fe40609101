#include "cli/clirunner.h"
#include "compare/claimgroup.h"
#include "compare/claimwording.h"
#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Recoupe;
using namespace Qt::StringLiterals;

namespace {

QString samples()
{
    return QStringLiteral(RECOUPE_SAMPLES_DIR);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What the HTML holds, read as XML (the report is written in XHTML syntax).
struct ReadHtml {
    QString error;
    QStringList discrepancyHeadings; // h3 of <article class="group discrepancy">
    QStringList chartEntities;       // data-entity of <figure class="chart">
    QList<QImage> chartImages;       // the <img> of each chart, decoded
};

ReadHtml readHtml(const QByteArray &bytes)
{
    ReadHtml result;
    QXmlStreamReader xml(bytes);
    enum class In { Nothing, Discrepancy, Chart } in = In::Nothing;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        const QString classes = xml.attributes().value("class"_L1).toString();
        if (name == "article"_L1)
            in = classes == "group discrepancy"_L1 ? In::Discrepancy : In::Nothing;
        else if (name == "figure"_L1 && classes == "chart"_L1) {
            in = In::Chart;
            result.chartEntities.append(xml.attributes().value("data-entity"_L1).toString());
        }
        else if (name == "h3"_L1 && in == In::Discrepancy)
            result.discrepancyHeadings.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        else if (name == "img"_L1 && in == In::Chart) {
            const QString source = xml.attributes().value("src"_L1).toString();
            const QString prefix = u"data:image/png;base64,"_s;
            QImage image;
            if (source.startsWith(prefix))
                image.loadFromData(QByteArray::fromBase64(source.mid(prefix.size()).toLatin1()), "PNG");
            result.chartImages.append(image);
        }
    }
    if (xml.hasError())
        result.error = xml.errorString() + u" at line "_s + QString::number(xml.lineNumber());
    return result;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// A small folder of two articles that state a figure, generated here rather than committed.
bool writeArticles(const QString &folder)
{
    return writeFile(folder + u"/first.txt"_s, "Meta capex\n\nMeta said on 3 February 2025 that its capex for 2025 would be $65 billion.\n")
        && writeFile(folder + u"/second.txt"_s, "Meta spending\n\nMeta expects 2025 capex of $60 billion, it said on 4 February 2025.\n");
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class CliReportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplesReport()
    {
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const Run run = runCli({u"report"_s, samples(), u"--out"_s, out.path()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QFileInfo::exists(out.filePath(u"report.md"_s)));
        QVERIFY(QFileInfo::exists(out.filePath(u"report.html"_s)));

        // Every discrepancy that `recoupe-cli groups` finds has its section, in the same order.
        const Run groupsRun = runCli({u"groups"_s, samples(), u"--format"_s, u"json"_s});
        QCOMPARE(groupsRun.exitCode, 0);
        QStringList expected;
        for (const QJsonValue &value : QJsonDocument::fromJson(groupsRun.out).object().value("groups"_L1).toArray()) {
            const QJsonObject group = value.toObject();
            if (group.value("verdict"_L1).toString() != "discrepancy"_L1)
                continue;
            const QJsonObject key = group.value("key"_L1).toObject();
            expected.append(ClaimWording::groupKey(
                {key.value("entity"_L1).toString(), key.value("metric"_L1).toString(), key.value("period"_L1).toString()}));
        }
        QVERIFY(expected.size() >= 3); // the samples plant several disagreements
        const ReadHtml html = readHtml(readAll(out.filePath(u"report.html"_s)));
        QVERIFY2(html.error.isEmpty(), qPrintable(html.error));
        QCOMPARE(html.discrepancyHeadings, expected);

        // One chart per entity with a capex figure for a period, embedded, and its PNG beside report.md.
        const Run claimsRun = runCli({u"claims"_s, samples(), u"--format"_s, u"json"_s});
        QCOMPARE(claimsRun.exitCode, 0);
        QSet<QString> capexEntities;
        for (const QJsonValue &value : QJsonDocument::fromJson(claimsRun.out).object().value("claims"_L1).toArray()) {
            const QJsonObject claim = value.toObject();
            if (claim.value("metric"_L1).toString() == "capex"_L1 && claim.value("entity"_L1).isString()
                && claim.value("period"_L1).isString())
                capexEntities.insert(claim.value("entity"_L1).toString());
        }
        QVERIFY(capexEntities.contains(u"Meta"_s));
        QCOMPARE(QSet<QString>(html.chartEntities.cbegin(), html.chartEntities.cend()), capexEntities);
        QCOMPARE(html.chartImages.size(), html.chartEntities.size());
        for (const QImage &image : html.chartImages) {
            QVERIFY(!image.isNull());
            QVERIFY(distinctColours(image) > 20);
        }
        const QString markdown = QString::fromUtf8(readAll(out.filePath(u"report.md"_s)));
        const QStringList pngs = QDir(out.filePath(u"charts"_s)).entryList({u"*.png"_s}, QDir::Files, QDir::Name);
        QCOMPARE(pngs.size(), capexEntities.size());
        QVERIFY(pngs.contains(u"meta-capex.png"_s));
        for (const QString &png : pngs) {
            const QImage image(out.filePath(u"charts/"_s + png));
            QVERIFY2(!image.isNull(), qPrintable(png));
            QVERIFY2(distinctColours(image) > 20, qPrintable(png)); // not a blank page
            QVERIFY2(markdown.contains(u"](<charts/"_s + png + u">)"_s), qPrintable(png));
        }
        for (const QString &heading : expected)
            QVERIFY2(markdown.contains(u"### "_s + heading + u'\n'), qPrintable(heading));
    }

    void oneFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("markdown");
        QTest::addColumn<bool>("html");
        QTest::newRow("md") << u"md"_s << true << false;
        QTest::newRow("html") << u"html"_s << false << true;
    }

    void oneFormat()
    {
        QFETCH(QString, format);
        QFETCH(bool, markdown);
        QFETCH(bool, html);
        QTemporaryDir out;
        const QString dir = out.filePath(u"new/sub"_s); // created
        const Run run = runCli({u"report"_s, samples(), u"--out"_s, dir, u"--format"_s, format});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QFileInfo::exists(dir + u"/report.md"_s), markdown);
        QCOMPARE(QFileInfo::exists(dir + u"/report.html"_s), html);
        // The HTML embeds its charts: no folder of PNGs is left beside it.
        QCOMPARE(QFileInfo::exists(dir + u"/charts"_s), markdown);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no out") << QStringList{u"report"_s, samples()} << 2;
        QTest::newRow("no folder") << QStringList{u"report"_s, u"--out"_s, u"/tmp"_s} << 2;
        QTest::newRow("bad format") << QStringList{u"report"_s, samples(), u"--out"_s, u"x"_s, u"--format"_s, u"pdf"_s} << 2;
        QTest::newRow("missing folder") << QStringList{u"report"_s, u"/nonexistent/recoupe"_s, u"--out"_s, u"x"_s} << 3;
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QTemporaryDir out;
        const QString previous = QDir::currentPath();
        QDir::setCurrent(out.path()); // a relative --out lands in the temporary directory
        const Run run = runCli(arguments);
        QDir::setCurrent(previous);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(!QFileInfo::exists(out.filePath(u"x/report.html"_s)));
    }

    // Issue 17, item 5: whatever a file name or title holds, report.md has no line of raw HTML
    // (md4c and Markdown viewers would run it) and the payload stays in its table row.
    void markdownEscapesWhatComesFromFiles()
    {
        QTemporaryDir folder;
        QVERIFY(writeArticles(folder.path()));
        const QString payload = u"<img src=x onerror=alert(1)>"_s;
        const QString hostileName = u"a|b`c\n"_s + payload + u".txt"_s;
        QVERIFY(writeFile(folder.filePath(hostileName), payload.toUtf8() + "\n\n" + payload.toUtf8()
                                                            + " Meta capex for 2025 is $62 billion, it said on 5 February 2025.\n"));
        QTemporaryDir out;
        const Run run = runCli({u"report"_s, folder.path(), u"--out"_s, out.path(), u"--format"_s, u"md"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString markdown = QString::fromUtf8(readAll(out.filePath(u"report.md"_s)));
        QVERIFY(!markdown.isEmpty());
        static const QRegularExpression rawHtml(u"^\\s{0,3}<[A-Za-z/!?]"_s);
        const QStringList lines = markdown.split(u'\n');
        for (const QString &line : lines)
            QVERIFY2(!rawHtml.match(line).hasMatch(), qPrintable(line));
        // The file's source row is one line, with its cells intact: | # | title | date | language | file |.
        bool found = false;
        for (const QString &line : lines) {
            if (!line.contains(u"onerror"_s) || !line.startsWith(u"| "_s) || !line.contains(u".txt`"_s))
                continue;
            found = true;
            const QString unescaped = QString(line).replace(u"\\|"_s, u"  "_s);
            QCOMPARE(unescaped.count(u'|'), 6);
        }
        QVERIFY2(found, qPrintable(markdown));
    }

    // Issue 17, item 6: a damaged, unreadable or newer annotations or corrections file is a
    // warning at the top of the report, and report fails unless --allow-damaged.
    void damagedFilesAreWarnedOf_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("annotations, damaged") << u"annotations.json"_s << QByteArray("{\"format\": \"recoupe-annotations-1\", \"annotations\": [");
        QTest::newRow("annotations, newer") << u"annotations.json"_s << QByteArray("{\"format\": \"recoupe-annotations-7\", \"annotations\": []}");
        QTest::newRow("annotations, a directory") << u"annotations.json/x"_s << QByteArray("{}");
        QTest::newRow("corrections, damaged") << u"corrections.json"_s << QByteArray("not json");
        QTest::newRow("corrections, newer") << u"corrections.json"_s << QByteArray("{\"format\": \"recoupe-corrections-9\", \"corrections\": []}");
    }

    void damagedFilesAreWarnedOf()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QTemporaryDir folder;
        QVERIFY(writeArticles(folder.path()));
        QVERIFY(writeFile(folder.filePath(u".recoupe/"_s + fileName), bytes));
        const QString shownName = fileName.section(u'/', 0, 0);

        QTemporaryDir out;
        Run run = runCli({u"report"_s, folder.path(), u"--out"_s, out.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("--allow-damaged"), run.err.constData());
        // Written all the same, the warning before the summary.
        const QString markdown = QString::fromUtf8(readAll(out.filePath(u"report.md"_s)));
        const qsizetype warning = markdown.indexOf(u"Warning:"_s);
        QVERIFY2(warning >= 0 && warning < markdown.indexOf(u"## Summary"_s), qPrintable(markdown.left(2000)));
        QVERIFY(markdown.indexOf(shownName, warning) >= 0);
        const QString html = QString::fromUtf8(readAll(out.filePath(u"report.html"_s)));
        QVERIFY(html.indexOf(u"Warning:"_s) >= 0 && html.indexOf(u"Warning:"_s) < html.indexOf(u"id=\"summary\""_s));

        QTemporaryDir accepted;
        run = runCli({u"report"_s, folder.path(), u"--out"_s, accepted.path(), u"--allow-damaged"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(readAll(accepted.filePath(u"report.md"_s)).contains("Warning:"));
    }

    void unwritableOutput()
    {
        // A file where the output directory should be: the error names it, exit status 1.
        QTemporaryDir out;
        const QString blocker = out.filePath(u"taken"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Run run = runCli({u"report"_s, samples(), u"--out"_s, blocker});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(blocker.toUtf8()), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(CliReportTest)
#include "tst_cli_report.moc"
