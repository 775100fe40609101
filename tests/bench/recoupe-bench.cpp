// recoupe-bench: the pipeline's speed and memory on a generated corpus (DESIGN.md: "Speed and
// memory are measured by a benchmark on a generated corpus, never by timed tests").
//
//   recoupe-bench [N] [--seed S] [--keep DIR]
//
// Writes N articles (default 10,000, about 30 MB) into a temporary folder, then runs the stages
// below one after the other, each over the whole corpus with documents in parallel, and prints
// per stage its wall time, throughput on the corpus bytes, and peak memory. Later stages
// (grouping, passages, ...) are one more row in `stages`.

#include "benchcorpus.h"

#include "claims/claimextractor.h"
#include "compare/claimgrouper.h"
#include "compare/passagematcher.h"
#include "corpus/corpusloader.h"
#include "figures/entitycatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>

#include <sys/resource.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <ctime>

#include <algorithm>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

// What the stages hand to each other. Add fields for new stages.
struct BenchState {
    QString folder;
    qint64 corpusBytes = 0;
    EntityCatalog catalog = EntityCatalog::builtIn();
    Corpus corpus;
    QList<FigureTokenList> tokens;
    ClaimList claims;
    QList<ClaimGroup> groups;
    QList<PassageMatch> passages;
};

struct Stage {
    const char *name;
    const char *what;
    // Runs the stage; returns false to skip the throughput column (nothing read by bytes).
    std::function<bool(BenchState &)> run;
    // Run before the stage's time and memory are measured (to drop what it replaces).
    std::function<void(BenchState &)> prepare = {};
};

const QList<Stage> stages{
    {"read", "CorpusLoader::load: scan, decode, reading text, dates",
     [](BenchState &s) {
         s.corpus = CorpusLoader::load(s.folder);
         return true;
     }},
    {"extract", "lex and parse fused per document, as recoupe-cli claims and the GUI do",
     [](BenchState &s) {
         s.claims = ClaimExtractor::extract(s.corpus.documents, s.catalog);
         return true;
     }},
    {"lex", "FigureLexer over every document, tokens kept (one Repository per thread)",
     [](BenchState &s) {
         s.tokens = ClaimExtractor::tokenizeAll(s.corpus.documents, s.catalog);
         return true;
     },
     [](BenchState &s) { s.claims = {}; }},
    {"parse", "ClaimParser over the kept tokens of every document",
     [](BenchState &s) {
         s.claims = ClaimExtractor::parseAll(s.corpus.documents, s.tokens, s.catalog);
         return true;
     }},
    {"group", "ClaimGrouper over every claim: groups, conversions, discrepancies (one thread)",
     [](BenchState &s) {
         s.groups = ClaimGrouper().group(s.claims, s.corpus.documents);
         return false;
     },
     [](BenchState &s) { s.tokens = {}; }},
    {"passages", "PassageMatcher over every sentence: terms, inverted index, matches (one thread)",
     [](BenchState &s) {
         s.passages = PassageMatcher().match(s.corpus.documents);
         return true;
     }},
};

// Resident-set peak since the last reset, in bytes. Linux lets a process reset its own peak
// ("5" into /proc/self/clear_refs), so that each stage gets its own; elsewhere the peak of the
// whole run is all there is.
bool resetPeakMemory()
{
#ifdef __GLIBC__
    // Hand memory freed by earlier stages back to the system, so that it does not count as this
    // stage's peak.
    malloc_trim(0);
#endif
    QFile file(u"/proc/self/clear_refs"_s);
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

qint64 statusValue(const char *key)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

qint64 peakMemory()
{
    const qint64 hwm = statusValue("VmHWM");
    if (hwm >= 0)
        return hwm;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

// CPU time of all threads: on a shared machine wall time also counts other people's work.
double processCpuSeconds()
{
    timespec time{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time);
    return double(time.tv_sec) + double(time.tv_nsec) / 1e9;
}

QString megabytes(double bytes)
{
    return QString::number(bytes / 1e6, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    int count = 10000;
    quint32 seed = 20250130;
    QString keep;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--seed"_s && i + 1 < arguments.size())
            seed = arguments.at(++i).toUInt();
        else if (argument == u"--keep"_s && i + 1 < arguments.size())
            keep = arguments.at(++i);
        else if (argument.toInt() > 0)
            count = argument.toInt();
        else {
            QTextStream(stderr) << "usage: recoupe-bench [N] [--seed S] [--keep DIR]\n";
            return 2;
        }
    }

    QTemporaryDir temporary;
    BenchState state;
    state.folder = keep.isEmpty() ? temporary.path() : keep;

    QElapsedTimer timer;
    timer.start();
    const Bench::GeneratedCorpus generated = Bench::generateCorpus(state.folder, count, seed);
    state.corpusBytes = generated.bytes;
    out << "recoupe-bench: " << generated.articles << " articles, " << megabytes(generated.bytes) << " MB (UTF-8 on disk), seed "
        << seed << ", " << QThreadPool::globalInstance()->maxThreadCount() << " threads; generated in "
        << QString::number(timer.elapsed() / 1000.0, 'f', 2) << " s\n";
    const bool perStagePeak = resetPeakMemory();
    out << "baseline resident memory: " << megabytes(statusValue("VmRSS")) << " MB"
        << (perStagePeak ? "" : " (peak memory is the whole run's: /proc/self/clear_refs unavailable)") << "\n\n";

    const double baseline = double(statusValue("VmRSS"));
    out << u"%1 %2 %3 %4 %5 %6 %7  %8\n"_s.arg(u"stage"_s, -8)
               .arg(u"time (s)"_s, 9)
               .arg(u"cpu (s)"_s, 8)
               .arg(u"MB/s"_s, 8)
               .arg(u"MB/cpu-s"_s, 9)
               .arg(u"peak (MB)"_s, 10)
               .arg(u"peak/corpus"_s, 12)
               .arg(u"what"_s);
    std::map<QString, double> seconds;
    std::map<QString, double> cpuSeconds;
    std::map<QString, double> peaks;
    double worstPeak = 0;
    for (const Stage &stage : stages) {
        if (stage.prepare)
            stage.prepare(state);
        resetPeakMemory();
        timer.restart();
        const double cpuBefore = processCpuSeconds();
        const bool throughput = stage.run(state);
        const double elapsed = timer.nsecsElapsed() / 1e9;
        const double cpu = processCpuSeconds() - cpuBefore;
        const double peak = double(peakMemory());
        worstPeak = std::max(worstPeak, peak);
        seconds[QString::fromLatin1(stage.name)] = elapsed;
        cpuSeconds[QString::fromLatin1(stage.name)] = cpu;
        peaks[QString::fromLatin1(stage.name)] = peak;
        out << u"%1 %2 %3 %4 %5 %6 %7  %8\n"_s.arg(QString::fromLatin1(stage.name), -8)
                   .arg(QString::number(elapsed, 'f', 3), 9)
                   .arg(QString::number(cpu, 'f', 3), 8)
                   .arg(throughput ? QString::number(generated.bytes / 1e6 / elapsed, 'f', 1) : u"-"_s, 8)
                   .arg(throughput ? QString::number(generated.bytes / 1e6 / cpu, 'f', 1) : u"-"_s, 9)
                   .arg(megabytes(peak), 10)
                   .arg(QString::number(peak / double(generated.bytes), 'f', 2) + u'x', 12)
                   .arg(QString::fromLatin1(stage.what));
        out.flush();
    }

    const double lexParse = seconds[u"lex"_s] + seconds[u"parse"_s];
    const double lexParseRate = generated.bytes / 1e6 / lexParse;
    // What two otherwise idle cores would give: the CPU seconds of both stages shared by two.
    const double lexParseCpuRate = 2 * generated.bytes / 1e6 / (cpuSeconds[u"lex"_s] + cpuSeconds[u"parse"_s]);
    out << "\nclaims: " << state.claims.size() << " (" << generated.figureSentences << " sentences with figures written)\n";
    QMap<QString, int> byMetric;
    for (const Claim &claim : std::as_const(state.claims))
        ++byMetric[claim.metric];
    for (auto it = byMetric.cbegin(); it != byMetric.cend(); ++it)
        out << "  " << it.key() << ": " << it.value() << '\n';
    out << "\nlex+parse: " << QString::number(lexParseRate, 'f', 1) << " MB/s wall, "
        << QString::number(lexParseCpuRate, 'f', 1) << " MB/s on two idle cores from CPU time (target >= 20 MB/s: "
        << (std::max(lexParseRate, lexParseCpuRate) >= 20 ? "met" : "MISSED") << ")\n";
    const double worstPipeline = std::max({peaks[u"read"_s], peaks[u"lex"_s], peaks[u"parse"_s], peaks[u"extract"_s]});
    out << "peak memory of read, lex, parse, extract: " << megabytes(worstPipeline) << " MB = "
        << QString::number(worstPipeline / double(generated.bytes), 'f', 2) << "x the corpus, "
        << QString::number((worstPipeline - baseline) / double(generated.bytes), 'f', 2)
        << "x above the program's own " << megabytes(baseline) << " MB (target < 3x: "
        << (worstPipeline < 3.0 * double(generated.bytes) ? "met" : "MISSED") << ")\n"
        << "peak memory of the whole run: " << megabytes(worstPeak) << " MB\n";
    return 0;
}
