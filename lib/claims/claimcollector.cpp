#include "claims/claimcollector.h"

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
        if (m_result.isEmpty())
            m_result = std::move(claims);
        else
            m_result.append(std::move(claims));
        claims = ClaimList();
        ++m_next;
    }
}

} // namespace Recoupe
