// recoupe-bench-gui: the window's speed on a generated folder (issue 15: "nothing on the GUI
// thread grows with the folder"). Run offscreen on a release build by `scripts/dev bench-gui N`.
//
//   recoupe-bench-gui [N] [--seed S] [--keep DIR] [--open-only]
//
// Writes N articles (default 2,000) into a temporary folder (or DIR, reused when it already holds
// them), opens them in the main window and does what a reader does first, one step after the
// other: open the folder and wait for the analysis, show the timeline, choose the group that most
// articles state, open one of its claims in a pane, find a word in the whole folder. Each step
// ends once the window has painted what it shows (a grab of the window). Per step it prints the
// wall time and the longest the event loop went without turning: a heartbeat timer fires every
// 5 ms, and a stall is the longest gap between two beats (work that runs on the GUI thread, or a
// step done in one go, shows there), and the CPU time of the whole process and of the GUI
// thread: beside the wall time they tell whether the step kept both cores busy or waited on the
// GUI thread. Then the peak resident memory of the whole run. --open-only stops after the first
// step (to profile the opening alone, e.g. under callgrind).

#include "benchcorpus.h"
#include "hostspeed.h"

#include "analysissession.h"
#include "comparisonspane.h"
#include "corpussession.h"
#include "findinfolderpane.h"
#include "iconcachingstyle.h"
#include "mainwindow.h"
#include "models/claimgroupsmodel.h"
#include "readingcontroller.h"
#include "settings/settings.h"
#include "timelinepane.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <functional>

#include <sys/resource.h>
#include <time.h>

using namespace Qt::StringLiterals;
using namespace Recoupe;
using Bench::loadAverage;

namespace {

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

// CPU seconds used so far by the whole process, and by the calling (GUI) thread: beside the wall
// time they tell whether a step waited, kept both cores busy, or was held by the GUI thread.
double cpuSeconds(clockid_t clock)
{
    timespec time{};
    clock_gettime(clock, &time);
    return double(time.tv_sec) + double(time.tv_nsec) / 1e9;
}

// The longest time the event loop went without running the heartbeat, since the last reset.
class Heartbeat : public QObject
{
public:
    static constexpr int beatMs = 5;
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(beatMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { beat(); });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        beat();
        m_longest = 0;
        m_kept = 0;
    }
    // Starts a new interval within a step; longestMs() still gives the step's longest.
    void keepLongest()
    {
        m_kept = std::max(m_kept, m_longest);
        m_longest = 0;
    }
    // Includes the time since the last beat: a step that ends in one go is a stall too.
    double sinceKeptMs()
    {
        beat();
        return m_longest / 1e6;
    }
    double longestMs()
    {
        beat();
        return std::max(m_longest, m_kept) / 1e6;
    }

private:
    void beat()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_longest = std::max(m_longest, now - m_last);
        m_last = now;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    qint64 m_kept = 0;
};

struct Step {
    QString name;
    // Does the step; calls done() once what it started has finished (the window paints after).
    std::function<void(std::function<void()> done)> run;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"recoupe-bench-gui"_s);
    // As the program does (main.cpp).
    IconCachingStyle::install();
    QTextStream out(stdout);
    int count = 2000;
    quint32 seed = 20250130;
    QString keep;
    bool openOnly = false;
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--seed"_s && i + 1 < arguments.size())
            seed = arguments.at(++i).toUInt();
        else if (argument == u"--keep"_s && i + 1 < arguments.size())
            keep = arguments.at(++i);
        else if (argument == u"--open-only"_s)
            openOnly = true;
        else if (argument.toInt() > 0)
            count = argument.toInt();
        else {
            QTextStream(stderr) << "usage: recoupe-bench-gui [N] [--seed S] [--keep DIR] [--open-only]\n";
            return 2;
        }
    }

    QTemporaryDir temporary;
    const QString folder = keep.isEmpty() ? temporary.path() : keep;
    QElapsedTimer clock;
    clock.start();
    if (keep.isEmpty() || QDir(folder).entryList(QDir::Files).size() < count) {
        QDir().mkpath(folder);
        const Bench::GeneratedCorpus generated = Bench::generateCorpus(folder, count, seed);
        out << "recoupe-bench-gui: " << generated.articles << " articles, " << QString::number(generated.bytes / 1e6, 'f', 1)
            << " MB, generated in " << QString::number(clock.elapsed() / 1000.0, 'f', 2) << " s\n";
    } else {
        out << "recoupe-bench-gui: the " << count << " articles already in " << folder << "\n";
    }
    out << "platform " << QGuiApplication::platformName() << ", " << QThreadPool::globalInstance()->maxThreadCount()
        << " threads, load average " << loadAverage() << "\n";
    out << "memory allocator: " << Bench::memoryAllocator() << "\n";
    out << "host speed before: " << Bench::describe(Bench::measureHostSpeed()) << "\n\n";

    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(u"recouperc"_s));
    KSyntaxHighlighting::Repository repository;
    MainWindow window(&settings, &repository);
    window.resize(1600, 1000);
    window.show();

    Heartbeat heartbeat;
    QString largestGroupClaim;
    const auto dock = [&window](const char *name) { return window.findChild<QDockWidget *>(QString::fromLatin1(name)); };

    double processCpuAtStart = 0;
    double guiCpuAtStart = 0;
    // The CPU columns: seconds of the process and of the GUI thread since the step started.
    const auto cpuColumns = [&] {
        return u"%1 %2"_s.arg(QString::number(cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - processCpuAtStart, 'f', 3), 8)
            .arg(QString::number(cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - guiCpuAtStart, 'f', 3), 8);
    };
    QList<Step> steps;
    steps.append({u"open folder → analysis done"_s, [&](std::function<void()> done) {
        // Where the time of the first step goes: each stage's end, once the window has handled it
        // (a zero timer runs after the slots of the signal), with the longest stall since the last.
        const auto print = [&](const char *what) {
            out << u"  %1 %2 %3 %4\n"_s.arg(QString::fromLatin1(what), -32).arg(QString::number(clock.nsecsElapsed() / 1e9, 'f', 3), 9)
                       .arg(QString::number(heartbeat.sinceKeptMs(), 'f', 0), 19)
                       .arg(cpuColumns());
            heartbeat.keepLongest();
        };
        const auto mark = [&window, print](const char *what) {
            return [&window, print, what] { QTimer::singleShot(0, &window, [print, what] { print(what); }); };
        };
        // The analysis starts as soon as the window has the articles, before it shows them.
        QObject::connect(window.analysis(), &AnalysisSession::started, &window, [print] { print("articles read, analysis started"); },
                         Qt::SingleShotConnection);
        QObject::connect(window.session(), &CorpusSession::loadFinished, &window, mark("articles shown"), Qt::SingleShotConnection);
        QObject::connect(window.analysis(), &AnalysisSession::claimsReady, &window, mark("figures shown"), Qt::SingleShotConnection);
        QObject::connect(window.analysis(), &AnalysisSession::groupsReady, &window, mark("groups shown"), Qt::SingleShotConnection);
        QObject::connect(window.analysis(), &AnalysisSession::passagesReady, &window, mark("passages shown"), Qt::SingleShotConnection);
        QObject::connect(window.timelinePane(), &TimelinePane::resultsShown, &window, mark("timeline laid out"), Qt::SingleShotConnection);
        // Done when the analysis is, and the timeline laid out on its worker.
        QObject::connect(window.analysis(), &AnalysisSession::finished, &window, [&window, done] {
            if (!window.timelinePane()->isLayingOut()) {
                done();
                return;
            }
            QObject::connect(window.timelinePane(), &TimelinePane::resultsShown, &window, [done] { done(); }, Qt::SingleShotConnection);
        }, Qt::SingleShotConnection);
        window.openFolder(folder);
    }});
    steps.append({u"show the timeline"_s, [&](std::function<void()> done) {
        dock("timelineDock")->raise();
        done();
    }});
    steps.append({u"choose the largest group"_s, [&](std::function<void()> done) {
        dock("comparisonsDock")->raise();
        QTreeView *groups = window.comparisonsPane()->groupsView();
        QAbstractItemModel *model = groups->model();
        int best = -1;
        int bestSources = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const int sources = model->index(row, 0).data(ClaimGroupsModel::SourceCountRole).toInt();
            if (sources > bestSources) {
                best = row;
                bestSources = sources;
            }
        }
        if (best >= 0) {
            groups->setCurrentIndex(model->index(best, 0));
            groups->scrollTo(model->index(best, 0));
            largestGroupClaim = model->index(best, 0).data(ClaimGroupsModel::ClaimIdsRole).toStringList().value(0);
            out << "  (the largest group: " << bestSources << " articles)\n";
        }
        done();
    }});
    steps.append({u"open a claim in a pane"_s, [&](std::function<void()> done) {
        if (!largestGroupClaim.isEmpty())
            window.readingController()->showClaim(largestGroupClaim);
        done();
    }});
    steps.append({u"find in folder"_s, [&](std::function<void()> done) {
        dock("findInFolderDock")->show();
        FindInFolderPane *find = window.findInFolderPane();
        QObject::connect(find, &FindInFolderPane::searchFinished, &window, [done, &out](int hits) {
            out << "  (" << hits << " hits)\n";
            done();
        }, Qt::SingleShotConnection);
        find->lineEdit()->setText(u"milliards"_s);
        find->search();
    }});

    out << u"%1 %2 %3 %4 %5\n"_s.arg(u"step"_s, -34).arg(u"wall (s)"_s, 9).arg(u"longest stall (ms)"_s, 19).arg(u"cpu (s)"_s, 8).arg(u"gui (s)"_s, 8);
    double worstStall = 0;
    qsizetype next = 0;
    std::function<void()> runNext;
    runNext = [&] {
        if (next >= steps.size() || (openOnly && next >= 1)) {
            out << "\nlongest stall of the run: " << QString::number(worstStall, 'f', 0) << " ms; peak resident memory: "
                << QString::number(statusValue("VmHWM") / 1e6, 'f', 0) << " MB; load average " << loadAverage() << "\n";
            rusage usage{};
            getrusage(RUSAGE_SELF, &usage);
            // The kernel's share of the CPU time, and the page faults behind part of it.
            out << "whole run: " << QString::number(usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6, 'f', 3) << " s user, "
                << QString::number(usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6, 'f', 3) << " s kernel, "
                << usage.ru_minflt << " minor page faults\n";
            out << "host speed after: " << Bench::describe(Bench::measureHostSpeed()) << "\n";
            out.flush();
            QCoreApplication::quit();
            return;
        }
        const Step &step = steps.at(next++);
        heartbeat.reset();
        processCpuAtStart = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
        guiCpuAtStart = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
        clock.restart();
        step.run([&, name = step.name] {
            // What the step changed is painted before its time is taken: the next turn of the
            // event loop lays out, then a grab paints the whole window as a screen would.
            QTimer::singleShot(0, &window, [&, name] {
                window.grab();
                const double seconds = clock.nsecsElapsed() / 1e9;
                const double stall = heartbeat.longestMs();
                worstStall = std::max(worstStall, stall);
                out << u"%1 %2 %3 %4\n"_s.arg(name, -34).arg(QString::number(seconds, 'f', 3), 9).arg(QString::number(stall, 'f', 0), 19)
                           .arg(cpuColumns());
                out.flush();
                // A turn of the loop between steps, as between a reader's actions.
                QTimer::singleShot(50, &window, runNext);
            });
        });
    };
    QTimer::singleShot(200, &window, runNext);
    return app.exec();
}
