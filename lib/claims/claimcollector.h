#pragma once

#include "claims/claim.h"

#include <QMutex>

#include <atomic>
#include <memory>

namespace Recoupe {

// Gathers the claims of many documents, parsed in any order on several threads, into one list
// in document order. A document's claims are appended as soon as those of every document before
// it are in, and its own list is then freed: beside the result, only the documents finished out
// of order are held, never a second copy of every claim.
class ClaimCollector
{
public:
    explicit ClaimCollector(qsizetype documentCount);
    ClaimCollector(const ClaimCollector &) = delete;
    ClaimCollector &operator=(const ClaimCollector &) = delete;

    // Once per document, from any thread.
    void add(qsizetype document, ClaimList claims);
    // Once every add() has returned: the claims of all documents, in document order.
    ClaimList take();

private:
    void appendReady();

    QList<ClaimList> m_pending;
    ClaimList *m_slots = nullptr; // m_pending's elements, written by one thread each
    std::unique_ptr<std::atomic<bool>[]> m_ready;
    QMutex m_mutex;
    qsizetype m_next = 0;         // the first document not appended yet
    ClaimList m_result;
};

} // namespace Recoupe
