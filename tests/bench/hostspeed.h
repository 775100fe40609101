#pragma once

#include <QString>

namespace Recoupe::Bench {

// How fast the machine is at the moment, printed beside the times it measured: a virtual
// machine's speed moves with its neighbours' work (on the reference machine, by half within
// minutes), and the same opening then takes 0.85 s or 1.4 s.
struct HostSpeed {
    double sortMs = 0;        // sorting 2 million integers on one thread: the processor
    double parallelSortMs = 0; // the same on every core at once: what the cores share
    double freshMemoryMs = 0; // writing once to each page of 32 MB never touched: page faults
};

// The quickest of three tries of each. The process's peak resident memory is reset after
// (resetPeakMemory()), so that the 32 MB touched do not count in the peak a benchmark reports.
HostSpeed measureHostSpeed();
// "sorting 2 M integers 140 ms (on each of 2 cores at once 150 ms), touching 32 MB of fresh
// memory 85 ms"
QString describe(const HostSpeed &speed);

// Starts a new resident-set peak (VmHWM): Linux lets a process reset its own ("5" into
// /proc/self/clear_refs), so that each stage of a benchmark gets its own; memory freed before is
// handed back to the system first, so that it does not count in the next peak. False where the
// peak cannot be reset: then it is the whole run's.
bool resetPeakMemory();

// The allocator the benchmark runs with, as the programs do (CMakeLists.txt: RECOUPE_USE_MIMALLOC):
// "mimalloc 3.0.1", or "the C library's malloc" where mimalloc was not found.
QString memoryAllocator();

// The 1, 5 and 15 minute load averages: wall times mean little on a machine that other work
// keeps busy.
QString loadAverage();

} // namespace Recoupe::Bench
