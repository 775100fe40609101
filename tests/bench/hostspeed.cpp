#include "hostspeed.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <sys/mman.h>
#ifdef RECOUPE_MIMALLOC
#include <mimalloc.h>
#elif defined(__GLIBC__)
#include <malloc.h>
#endif

#include <algorithm>
#include <cstdint>
#include <functional>
#include <memory>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;

namespace Recoupe::Bench {

namespace {

constexpr int tries = 3;
constexpr std::size_t sortedCount = 2'000'000;
constexpr std::size_t freshBytes = 32 * 1024 * 1024;

// Memory of the probes' own, mapped and unmapped apart from the heap: malloc would hand back
// pages it already has, and freeing a block of megabytes would raise glibc's mmap threshold for
// the rest of the benchmark, changing the memory it measures (its peaks grew by 6 MB).
class Mapping
{
public:
    explicit Mapping(std::size_t bytes)
        : m_bytes(bytes)
        , m_memory(mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0))
    {
    }
    ~Mapping()
    {
        if (isValid())
            munmap(m_memory, m_bytes);
    }
    Mapping(const Mapping &) = delete;
    Mapping &operator=(const Mapping &) = delete;

    bool isValid() const { return m_memory != MAP_FAILED; }
    void *data() const { return m_memory; }

private:
    std::size_t m_bytes;
    void *m_memory;
};

double sortMs()
{
    const Mapping mapping(sortedCount * sizeof(std::uint32_t));
    if (!mapping.isValid())
        return -1;
    auto *values = static_cast<std::uint32_t *>(mapping.data());
    std::mt19937 random(20250130);
    std::generate(values, values + sortedCount, std::ref(random));
    QElapsedTimer clock;
    clock.start();
    std::sort(values, values + sortedCount);
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

// Fresh pages: a mapping that nothing touched yet.
double freshMemoryMs()
{
    const Mapping mapping(freshBytes);
    if (!mapping.isValid())
        return -1;
    auto *bytes = static_cast<volatile char *>(mapping.data());
    QElapsedTimer clock;
    clock.start();
    for (std::size_t offset = 0; offset < freshBytes; offset += 4096)
        bytes[offset] = 1;
    return clock.nsecsElapsed() / 1e6;
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
    resetPeakMemory();
    return speed;
}

QString describe(const HostSpeed &speed)
{
    return u"sorting 2 M integers %1 ms (on each of %2 cores at once %3 ms), touching 32 MB of fresh memory %4 ms"_s
        .arg(QString::number(speed.sortMs, 'f', 0))
        .arg(std::max(1, QThread::idealThreadCount()))
        .arg(QString::number(speed.parallelSortMs, 'f', 0), QString::number(speed.freshMemoryMs, 'f', 0));
}

bool resetPeakMemory()
{
#ifdef RECOUPE_MIMALLOC
    mi_collect(true);
#elif defined(__GLIBC__)
    malloc_trim(0);
#endif
    QFile file(u"/proc/self/clear_refs"_s);
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

QString memoryAllocator()
{
#ifdef RECOUPE_MIMALLOC
    const int version = mi_version();
    return u"mimalloc %1.%2.%3"_s.arg(version / 100).arg(version / 10 % 10).arg(version % 10);
#else
    return u"the C library's malloc"_s;
#endif
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"unknown"_s;
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

} // namespace Recoupe::Bench
