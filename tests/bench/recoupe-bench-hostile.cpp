// recoupe-bench-hostile: what hostile or unlucky texts cost (issue 17), pattern by pattern.
//
//   recoupe-bench-hostile [--sizes 0.25,1,4] [--pattern NAME] [--timeout SECONDS]
//   recoupe-bench-hostile --run NAME BYTES      (one measurement; used by the above)
//
// Each pattern is a text made by repeating a short piece up to a size, written as the only
// article of a temporary folder and analysed as `recoupe-cli claims` does (read, extract, the
// claims JSON written), in a process of its own so that its peak memory is its own. Printed per
// pattern and size: wall and CPU seconds, peak memory, the JSON's size and the claims. Linear
// cost shows as time and memory that grow with the size and no faster: the last column divides
// the time at a size by the time at the size before it, over the ratio of the sizes (about 1
// when linear, 2 or more when quadratic).

#include "analysis/analysispipeline.h"
#include "export/claimsjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

struct Pattern {
    const char *name;
    const char *suffix; // the article's file type
    std::function<QByteArray(qint64 bytes)> make;
};

QByteArray repeated(const QByteArray &piece, qint64 bytes)
{
    QByteArray text;
    text.reserve(bytes + piece.size());
    while (text.size() < bytes)
        text += piece;
    return text;
}

// A piece repeated between a head and a tail (an HTML element, a Markdown list...).
QByteArray framed(const QByteArray &head, const QByteArray &piece, const QByteArray &tail, qint64 bytes)
{
    return head + repeated(piece, bytes - head.size() - tail.size()) + tail;
}

const QList<Pattern> &patterns()
{
    static const QList<Pattern> all = {
        // The reproducers of issue 17, then more of the same kind.
        {"figures-one-sentence", "txt", [](qint64 n) { return repeated("Meta capex 2025 $5 billion and ", n); }},
        {"french-sentences", "txt", [](qint64 n) { return repeated("Meta a d\xc3\xa9pens\xc3\xa9 5 milliards de dollars en 2025. ", n); }},
        {"open-brackets", "txt", [](qint64 n) { return repeated("(", n); }},
        {"open-brackets-words", "txt", [](qint64 n) { return repeated("(Meta $5 billion ", n); }},
        {"capex-words", "txt", [](qint64 n) { return repeated("capex ", n); }},
        {"dollar-ones", "txt", [](qint64 n) { return repeated("$1 ", n); }},
        {"bare-numbers", "txt", [](qint64 n) { return repeated("1 ", n); }},
        {"one-long-number", "txt", [](qint64 n) { return repeated("1", n); }},
        {"thousands-groups", "txt", [](qint64 n) { return repeated("1,000,", n); }},
        {"periods", "txt", [](qint64 n) { return repeated("Q1 2025 ", n); }},
        {"quotes", "txt", [](qint64 n) { return repeated("\"", n); }},
        {"commas", "txt", [](qint64 n) { return repeated(", ", n); }},
        {"one-word", "txt", [](qint64 n) { return repeated("a", n); }},
        {"newlines", "txt", [](qint64 n) { return repeated("\n", n); }},
        {"paragraphs-of-figures", "txt", [](qint64 n) { return repeated("Microsoft will spend $80 billion in fiscal 2025.\n\n", n); }},
        {"markdown-emphasis", "md", [](qint64 n) { return repeated("*", n); }},
        {"markdown-nested-quotes", "md", [](qint64 n) { return repeated("> ", n); }},
        {"markdown-nested-lists", "md", [](qint64 n) {
             QByteArray text;
             for (int depth = 0; text.size() < n; depth = (depth + 1) % 2000)
                 text += QByteArray(depth * 2, ' ') + "- $5 billion\n";
             return text;
         }},
        {"html-attributes", "html", [](qint64 n) { return framed("<p ", "a=\"1\" ", ">Meta $5 billion</p>", n); }},
        {"html-distinct-attributes", "html", [](qint64 n) {
             QByteArray text = "<p ";
             for (int i = 0; text.size() < n; ++i)
                 text += "a" + QByteArray::number(i) + "=\"1\" ";
             return QByteArray(text + ">Meta $5 billion</p>"); // not a QStringBuilder of a local
         }},
        {"html-nested-divs", "html", [](qint64 n) { return framed("<html><body>", "<div>", "Meta $5 billion", n); }},
        {"html-unclosed-tables", "html", [](qint64 n) { return framed("<html><body>", "<table><tr><td>", "$5 billion", n); }},
        {"html-paragraphs", "html", [](qint64 n) { return framed("<html><body>", "<p>Amazon plans $100 billion of capex in 2025.</p>", "</body></html>", n); }},
    };
    return all;
}

const Pattern *patternNamed(const QString &name)
{
    for (const Pattern &pattern : patterns())
        if (name == QLatin1String(pattern.name))
            return &pattern;
    return nullptr;
}

double cpuSeconds(const rusage &usage)
{
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// One measurement, in this process: prints "wall cpu peakKB jsonBytes claims extractSeconds".
int runOne(const Pattern &pattern, qint64 bytes)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        return 2;
    QFile file(folder.filePath(u"hostile."_s + QLatin1String(pattern.suffix)));
    if (!file.open(QIODevice::WriteOnly) || file.write(pattern.make(bytes)) < 0)
        return 2;
    file.close();

    QElapsedTimer wall;
    wall.start();
    AnalysisOptions options;
    options.groups = false; // as `recoupe-cli claims`
    const FolderAnalysis analysis = AnalysisPipeline::analyseFolder(folder.path(), options);
    const double extractSeconds = double(wall.nsecsElapsed()) / 1e9;
    const QByteArray json = QJsonDocument(claimsDocumentToJson(analysis.corpus.documents, analysis.claims, analysis.corrections))
                                .toJson(QJsonDocument::Indented);
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("%.3f %.3f %ld %lld %lld %.3f\n", seconds, cpuSeconds(usage), long(usage.ru_maxrss), qint64(json.size()),
                qint64(analysis.claims.size()), extractSeconds);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();

    if (arguments.size() == 4 && arguments.at(1) == u"--run"_s) {
        const Pattern *pattern = patternNamed(arguments.at(2));
        return pattern ? runOne(*pattern, arguments.at(3).toLongLong()) : 2;
    }

    QList<double> sizes = {0.25, 1, 4};
    QString only;
    int timeout = 120;
    for (qsizetype i = 1; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == u"--sizes"_s) {
            sizes.clear();
            for (const QString &size : arguments.at(i + 1).split(u','))
                sizes.append(size.toDouble());
        } else if (arguments.at(i) == u"--pattern"_s) {
            only = arguments.at(i + 1);
        } else if (arguments.at(i) == u"--timeout"_s) {
            timeout = arguments.at(i + 1).toInt();
        }
    }

    QTextStream out(stdout);
    // "extract s": reading and analysing the text (the claims in memory), without writing their JSON.
    out << "| pattern | MB | extract s | wall s | CPU s | peak MB | JSON MB | claims | growth |\n"
           "| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n";
    out.flush();
    for (const Pattern &pattern : patterns()) {
        if (!only.isEmpty() && only != QLatin1String(pattern.name))
            continue;
        double previousSeconds = 0;
        double previousSize = 0;
        for (const double size : std::as_const(sizes)) {
            const qint64 bytes = qint64(size * 1024 * 1024);
            QProcess child;
            child.start(app.applicationFilePath(), {u"--run"_s, QLatin1String(pattern.name), QString::number(bytes)});
            QString row = u"| %1 | %2 | "_s.arg(QLatin1String(pattern.name)).arg(size);
            if (!child.waitForFinished(timeout * 1000)) {
                child.kill();
                child.waitForFinished();
                out << row << "| over " << timeout << " s | | | | | |\n";
                out.flush();
                break; // the larger sizes would take longer still
            }
            const QStringList fields = QString::fromLatin1(child.readAllStandardOutput()).simplified().split(u' ');
            if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 || fields.size() != 6) {
                out << row << "| failed (exit " << child.exitCode() << ") | | | | | |\n";
                out.flush();
                break;
            }
            const double seconds = fields.at(0).toDouble();
            QString growth;
            if (previousSeconds > 0.05 && previousSize > 0)
                growth = QString::number((seconds / previousSeconds) / (size / previousSize), 'f', 2);
            out << row << fields.at(5) << " | " << fields.at(0) << " | " << fields.at(1) << " | " << QString::number(fields.at(2).toDouble() / 1024, 'f', 0) << " | "
                << QString::number(fields.at(3).toDouble() / 1048576, 'f', 2) << " | " << fields.at(4) << " | " << growth << " |\n";
            out.flush();
            previousSeconds = seconds;
            previousSize = size;
        }
    }
    return 0;
}
