// recoupe-bench: the pipeline's speed and memory on a generated corpus (DESIGN.md: "Speed and
// memory are measured by a benchmark on a generated corpus, never by timed tests").
//
//   recoupe-bench [N] [--seed S] [--keep DIR]
//
// Writes N articles (default 10,000, about 30 MB) into a temporary folder, then runs the stages
// below one after the other, each over the whole corpus on every thread of the pool, and prints
// per stage its wall time, CPU time (all threads), throughput on the corpus bytes, and peak
// memory, in total and above what the program held before the stage ran. The pipeline is what
// recoupe-cli and the GUI run: read, extract (lex and parse fused per document: a document's
// tokens are dropped once it is parsed), group, passages. Lexing and parsing are timed apart
// inside one more fused pass, by the CPU time of each thread in each phase: keeping every token
// list to time them as two passes would measure a memory peak that the program never has.

#include "benchcorpus.h"
#include "hostspeed.h"

#include "claims/claimcollector.h"
#include "analysis/analysispipeline.h"
#include "claims/claimextractor.h"
#include "claims/claimparser.h"
#include "compare/claimgrouper.h"
#include "compare/passagematcher.h"
#include "corpus/corpusloader.h"
#include "figures/entitycatalog.h"

#include <KSyntaxHighlighting/Repository>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>
#include <QtConcurrentRun>

#include <sys/resource.h>

#include <ctime>

#include <algorithm>
#include <atomic>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;
using namespace Recoupe;
using Bench::loadAverage;
using Bench::resetPeakMemory;

namespace {

// What the stages hand to each other. Add fields for new stages.
struct BenchState {
    QString folder;
    qint64 corpusBytes = 0;
    EntityCatalog catalog = EntityCatalog::builtIn();
    Corpus corpus;
    ClaimList claims;
    double lexCpuSeconds = 0;   // the "lex+parse" stage: CPU time of all threads in each phase
    double parseCpuSeconds = 0;
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

// CPU time of the calling thread, in seconds.
double threadCpuSeconds()
{
    timespec time{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
    return double(time.tv_sec) + double(time.tv_nsec) / 1e9;
}

// ClaimExtractor::extract as it runs (one Repository per worker, documents handed out one by one,
// a document's tokens dropped once parsed), with each worker's CPU time in each phase summed.
ClaimList timedExtract(const QList<Document> &documents, const EntityCatalog &catalog, double *lexSeconds, double *parseSeconds)
{
    ClaimCollector collector(documents.size());
    std::atomic<qsizetype> next{0};
    std::atomic<qint64> lexNanoseconds{0};
    std::atomic<qint64> parseNanoseconds{0};
    const auto worker = [&] {
        KSyntaxHighlighting::Repository repository;
        ClaimExtractor extractor(repository, catalog);
        const ClaimParser parser(catalog);
        double lex = 0;
        double parse = 0;
        for (qsizetype index = next++; index < documents.size(); index = next++) {
            const double start = threadCpuSeconds();
            const FigureTokenList tokens = extractor.tokenize(documents.at(index));
            const double lexed = threadCpuSeconds();
            ClaimList claims = parser.parse(documents.at(index), tokens);
            parse += threadCpuSeconds() - lexed;
            lex += lexed - start;
            collector.add(index, std::move(claims));
        }
        lexNanoseconds += qint64(lex * 1e9);
        parseNanoseconds += qint64(parse * 1e9);
    };
    QList<QFuture<void>> helpers;
    for (int w = 1; w < QThreadPool::globalInstance()->maxThreadCount(); ++w)
        helpers.append(QtConcurrent::run(worker));
    worker();
    for (QFuture<void> &helper : helpers)
        helper.waitForFinished();
    *lexSeconds = double(lexNanoseconds) / 1e9;
    *parseSeconds = double(parseNanoseconds) / 1e9;
    return collector.take();
}

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
    {"lex+parse", "extract again, fused the same way, timing each phase by thread CPU time (see summary)",
     [](BenchState &s) {
         s.claims = timedExtract(s.corpus.documents, s.catalog, &s.lexCpuSeconds, &s.parseCpuSeconds);
         return true;
     },
     [](BenchState &s) { s.claims = ClaimList(); }}, // not "= {}": that keeps the capacity
    {"group", "ClaimGrouper over every claim: groups, conversions, discrepancies (buckets on every thread of the pool)",
     [](BenchState &s) {
         s.groups = ClaimGrouper().group(s.claims, s.corpus.documents);
         return false;
     }},
    {"passages", "PassageMatcher over every sentence: terms, inverted index, matches (all threads)",
     [](BenchState &s) {
         s.passages = PassageMatcher().match(s.corpus.documents);
         return true;
     }},
};

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

// Heap bytes of a string's data, counted once however many strings share it (none for literals).
double stringBytes(const QString &string, QSet<const void *> &seen)
{
    // Literals and raw data own no heap block: their capacity is 0.
    const void *data = string.constData();
    if (string.capacity() == 0 || seen.contains(data))
        return 0;
    seen.insert(data);
    return double(sizeof(QArrayData)) + 2.0 * double(string.capacity() + 1);
}

// Where the memory of the documents and claims goes, to say what a smaller representation would save.
QString memoryBreakdown(const BenchState &state)
{
    QSet<const void *> seen;
    double texts = 0;
    double otherDocument = 0;
    for (const Document &document : state.corpus.documents) {
        const QByteArray utf8 = document.text.toUtf8(); // shares the document's bytes
        texts += double(sizeof(QArrayData)) + double(utf8.capacity() + 1);
        for (const QString *field : {&document.id, &document.path, &document.absolutePath, &document.encoding, &document.title,
                                     &document.date, &document.dateSource, &document.language})
            otherDocument += stringBytes(*field, seen);
    }
    double fields = 0;
    for (const Claim &claim : state.claims) {
        for (const InternedString *field : {&claim.document, &claim.entity, &claim.metric, &claim.period, &claim.currency, &claim.unit, &claim.members})
            fields += stringBytes(field->toString(), seen);
    }
    const double array = double(sizeof(Claim)) * double(state.claims.capacity());
    return u"memory held (string data counted once, malloc overhead excluded): reading texts %1 MB (UTF-8), other document fields %2 MB; "
           u"claims %3 MB: array %4 MB (%5 bytes a claim, %6 claims, room for %7), string fields %8 MB"_s
        .arg(megabytes(texts), megabytes(otherDocument), megabytes(array + fields), megabytes(array))
        .arg(sizeof(Claim))
        .arg(state.claims.size())
        .arg(state.claims.capacity())
        .arg(megabytes(fields));
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
    out << "load average before the stages (other programs on the machine stretch wall times): " << loadAverage() << "\n";
    out << "memory allocator: " << Bench::memoryAllocator() << "\n";
    out << "host speed before: " << Bench::describe(Bench::measureHostSpeed()) << "\n\n";
    out << u"%1 %2 %3 %4 %5 %6 %7 %8  %9\n"_s.arg(u"stage"_s, -9)
               .arg(u"time (s)"_s, 9)
               .arg(u"cpu (s)"_s, 8)
               .arg(u"MB/s"_s, 8)
               .arg(u"MB/cpu-s"_s, 9)
               .arg(u"peak (MB)"_s, 10)
               .arg(u"above base"_s, 11)
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
        out << u"%1 %2 %3 %4 %5 %6 %7 %8  %9\n"_s.arg(QString::fromLatin1(stage.name), -9)
                   .arg(QString::number(elapsed, 'f', 3), 9)
                   .arg(QString::number(cpu, 'f', 3), 8)
                   .arg(throughput ? QString::number(generated.bytes / 1e6 / elapsed, 'f', 1) : u"-"_s, 8)
                   .arg(throughput ? QString::number(generated.bytes / 1e6 / cpu, 'f', 1) : u"-"_s, 9)
                   .arg(megabytes(peak), 10)
                   .arg(megabytes(peak - baseline), 11)
                   .arg(QString::number(peak / double(generated.bytes), 'f', 2) + u'x', 12)
                   .arg(QString::fromLatin1(stage.what));
        out.flush();
    }

    out << "\nclaims: " << state.claims.size() << " (" << generated.figureSentences << " sentences with figures written)\n";
    QMap<QString, int> byMetric;
    for (const Claim &claim : std::as_const(state.claims))
        ++byMetric[claim.metric];
    for (auto it = byMetric.cbegin(); it != byMetric.cend(); ++it)
        out << "  " << it.key() << ": " << it.value() << '\n';
    out << "groups: " << state.groups.size() << ", passage matches: " << state.passages.size() << '\n';
    out << memoryBreakdown(state) << '\n';

    // Issue 4: lex and parse at 20 MB/s or more together. Wall time of the fused pass, and what
    // two otherwise idle cores would give: the CPU seconds of both phases shared by two.
    const double lexParseCpu = state.lexCpuSeconds + state.parseCpuSeconds;
    const double lexParseRate = generated.bytes / 1e6 / seconds[u"lex+parse"_s];
    const double lexParseCpuRate = 2 * generated.bytes / 1e6 / lexParseCpu;
    out << "\nlex+parse (fused, per-thread CPU time of each phase): lex " << QString::number(state.lexCpuSeconds, 'f', 2)
        << " s, parse " << QString::number(state.parseCpuSeconds, 'f', 2) << " s CPU; "
        << QString::number(lexParseRate, 'f', 1) << " MB/s wall, " << QString::number(lexParseCpuRate, 'f', 1)
        << " MB/s on two idle cores from CPU time (target >= 20 MB/s: " << (std::max(lexParseRate, lexParseCpuRate) >= 20 ? "met" : "MISSED")
        << ")\n";
    // Issue 4: reading, lexing and parsing under three times the corpus.
    const double worstPipeline = std::max({peaks[u"read"_s], peaks[u"extract"_s], peaks[u"lex+parse"_s]});
    out << "peak memory of read and extract (lex+parse fused): " << megabytes(worstPipeline) << " MB = "
        << QString::number(worstPipeline / double(generated.bytes), 'f', 2) << "x the corpus in total, "
        << QString::number((worstPipeline - baseline) / double(generated.bytes), 'f', 2)
        << "x above the program's own " << megabytes(baseline) << " MB (target < 3x in total: "
        << (worstPipeline < 3.0 * double(generated.bytes) ? "met" : "MISSED") << "; above the base: "
        << (worstPipeline - baseline < 3.0 * double(generated.bytes) ? "met" : "MISSED") << ")\n"
        << "peak memory of the whole run: " << megabytes(worstPeak) << " MB\n";
    // Issue 5: the whole pipeline, reading to groups and passages, within 5 s on two cores.
    const QStringList pipeline{u"read"_s, u"extract"_s, u"group"_s, u"passages"_s};
    double pipelineSeconds = 0;
    double pipelineCpu = 0;
    for (const QString &stage : pipeline) {
        pipelineSeconds += seconds[stage];
        pipelineCpu += cpuSeconds[stage];
    }
    out << "whole pipeline (read -> extract -> group -> passages): " << QString::number(pipelineSeconds, 'f', 2) << " s wall, "
        << QString::number(pipelineCpu, 'f', 2) << " s CPU, on " << QThreadPool::globalInstance()->maxThreadCount()
        << " threads (target <= 5 s wall on 2 cores: " << (pipelineSeconds <= 5 ? "met" : "MISSED") << ")\n"
        // On a busy machine wall time says little: half the CPU time is what two idle cores would
        // take if every stage kept both busy, a lower bound (group and parts of passages run on one).
        << "whole pipeline on two idle cores, at best (CPU time / 2): " << QString::number(pipelineCpu / 2, 'f', 2) << " s\n";

    // The same pipeline as the window runs it (AnalysisSession): once the folder is read,
    // extraction then grouping, and passage matching, at the same time. Stages freed first, so
    // that the run starts from the program's own memory.
    state = BenchState();
    state.folder = keep.isEmpty() ? temporary.path() : keep;
    resetPeakMemory();
    timer.restart();
    const double overlappedCpuBefore = processCpuSeconds();
    const Corpus corpus = CorpusLoader::load(state.folder);
    AnalysisOptions options;
    options.catalog = EntityCatalog::builtIn(); // as the stages above: no user's entity file
    options.passageOptions.quotes = false;      // the window marks passages by their offsets
    QFuture<qsizetype> groupsFuture = QtConcurrent::run([&corpus, &options] {
        return AnalysisPipeline::analyseDocuments(corpus.folder, corpus.documents, options).groups.size();
    });
    const qsizetype matches = PassageMatcher(options.passageOptions).match(corpus.documents).size();
    const qsizetype groups = groupsFuture.result();
    const double overlapped = timer.nsecsElapsed() / 1e9;
    const double overlappedCpu = processCpuSeconds() - overlappedCpuBefore;
    out << "whole pipeline as the window runs it (read, then extract -> group alongside passages): "
        << QString::number(overlapped, 'f', 2) << " s wall, " << QString::number(overlappedCpu, 'f', 2) << " s CPU, peak "
        << megabytes(double(peakMemory())) << " MB; " << groups << " groups, " << matches
        << " passage matches (target <= 5 s wall on 2 cores: " << (overlapped <= 5 ? "met" : "MISSED") << ")\n"
        << "load average after the stages: " << loadAverage() << '\n'
        << "host speed after: " << Bench::describe(Bench::measureHostSpeed()) << '\n';
    return 0;
}
