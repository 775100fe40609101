#include "hostspeed.h"

#include <QElapsedTimer>
#include <QFile>

#include <sys/mman.h>

#include <algorithm>
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
    HostSpeed speed{sortMs(), freshMemoryMs()};
    for (int i = 1; i < tries; ++i) {
        speed.sortMs = std::min(speed.sortMs, sortMs());
        speed.freshMemoryMs = std::min(speed.freshMemoryMs, freshMemoryMs());
    }
    QFile peak(u"/proc/self/clear_refs"_s);
    if (peak.open(QIODevice::WriteOnly))
        peak.write("5");
    return speed;
}

QString describe(const HostSpeed &speed)
{
    return u"sorting 2 M integers %1 ms, touching 32 MB of fresh memory %2 ms"_s.arg(QString::number(speed.sortMs, 'f', 0),
                                                                                     QString::number(speed.freshMemoryMs, 'f', 0));
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"unknown"_s;
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

} // namespace Recoupe::Bench
