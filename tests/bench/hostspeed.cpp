#include "hostspeed.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <sys/mman.h>

#include <algorithm>
#include <memory>
#include <cstdint>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;

namespace Recoupe::Bench {

namespace {

constexpr int tries = 3;
constexpr std::size_t sortedCount = 2'000'000;
constexpr std::size_t freshBytes = 32 * 1024 * 1024;

double sortMs()
{
    std::mt19937 random(20250130);
    std::vector<std::uint32_t> values(sortedCount);
    for (std::uint32_t &value : values)
        value = random();
    QElapsedTimer clock;
    clock.start();
    std::sort(values.begin(), values.end());
    return clock.nsecsElapsed() / 1e6;
}

// One sort on each core at the same time: the slowest.
double parallelSortMs()
{
    const int cores = std::max(1, QThread::idealThreadCount());
    std::vector<double> times(cores);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < cores; ++i)
        threads.emplace_back(QThread::create([&times, i] { times[i] = sortMs(); }));
    for (const auto &thread : threads)
        thread->start();
    for (const auto &thread : threads)
        thread->wait();
    return *std::max_element(times.begin(), times.end());
}

// A mapping of its own, not the heap: malloc would hand back pages it already has.
double freshMemoryMs()
{
    void *memory = mmap(nullptr, freshBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED)
        return -1;
    auto *bytes = static_cast<volatile char *>(memory);
    QElapsedTimer clock;
    clock.start();
    for (std::size_t offset = 0; offset < freshBytes; offset += 4096)
        bytes[offset] = 1;
    const double ms = clock.nsecsElapsed() / 1e6;
    munmap(memory, freshBytes);
    return ms;
}

} // namespace

HostSpeed measureHostSpeed()
{
    HostSpeed speed{sortMs(), parallelSortMs(), freshMemoryMs()};
    for (int i = 1; i < tries; ++i) {
        speed.sortMs = std::min(speed.sortMs, sortMs());
        speed.parallelSortMs = std::min(speed.parallelSortMs, parallelSortMs());
        speed.freshMemoryMs = std::min(speed.freshMemoryMs, freshMemoryMs());
    }
    QFile peak(u"/proc/self/clear_refs"_s);
    if (peak.open(QIODevice::WriteOnly))
        peak.write("5");
    return speed;
}

QString describe(const HostSpeed &speed)
{
    return u"sorting 2 M integers %1 ms (on each of %2 cores at once %3 ms), touching 32 MB of fresh memory %4 ms"_s
        .arg(QString::number(speed.sortMs, 'f', 0))
        .arg(std::max(1, QThread::idealThreadCount()))
        .arg(QString::number(speed.parallelSortMs, 'f', 0), QString::number(speed.freshMemoryMs, 'f', 0));
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"unknown"_s;
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

} // namespace Recoupe::Bench
