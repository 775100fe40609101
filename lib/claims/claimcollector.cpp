#include "claims/claimcollector.h"

#include <algorithm>
#include <utility>

namespace Recoupe {

ClaimCollector::ClaimCollector(qsizetype documentCount)
    : m_pending(documentCount)
    , m_slots(m_pending.data())
    , m_ready(std::make_unique<std::atomic<bool>[]>(size_t(documentCount)))
{
}

void ClaimCollector::add(qsizetype document, ClaimList claims)
{
    m_slots[document] = std::move(claims);
    m_ready[size_t(document)].store(true, std::memory_order_release);
    // One thread appends at a time; a document that becomes ready while another thread appends
    // is picked up by the next add() or by take().
    if (m_mutex.tryLock()) {
        appendReady();
        m_mutex.unlock();
    }
}

ClaimList ClaimCollector::take()
{
    const QMutexLocker locker(&m_mutex);
    appendReady();
    return std::exchange(m_result, {});
}

void ClaimCollector::appendReady()
{
    while (m_next < m_pending.size() && m_ready[size_t(m_next)].load(std::memory_order_acquire)) {
        ClaimList &claims = m_slots[m_next];
        const qsizetype needed = m_result.size() + claims.size();
        if (needed > m_result.capacity()) {
            // Room for what the documents so far predict in all, and an eighth more: a list that
            // grows by doubling ends up holding up to twice its claims, and holds both buffers
            // while it moves (the peak of a folder's analysis). Never less than a quarter more
            // than now, so that a low early guess costs a few moves, not one per document.
            const qsizetype predicted = qsizetype(double(needed) * double(m_pending.size()) / double(m_next + 1));
            m_result.reserve(std::max(predicted + predicted / 8, needed + needed / 4));
        }
        m_result.append(std::move(claims));
        claims = ClaimList();
        ++m_next;
    }
}

} // namespace Recoupe
