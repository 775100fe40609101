#include "figures/figurelexerpool.h"

#include "figures/figurelexer.h"

#include <KSyntaxHighlighting/Repository>

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QThreadPool>
#include <QWaitCondition>

#include <algorithm>
#include <atomic>
#include <vector>

using namespace Qt::StringLiterals;

namespace Recoupe {

struct FigureLexerPool::Lease::Entry {
    Entry()
        : lexer(repository)
    {
        // Created on whichever thread needs it first, used by others after: no thread owns it
        // (a Repository is a QObject; it has no events nor timers to deliver).
        repository.moveToThread(nullptr);
    }
    KSyntaxHighlighting::Repository repository;
    FigureLexer lexer;
};

namespace {

using EntryPointer = std::unique_ptr<FigureLexerPool::Lease::Entry>;

// The kept lexers, whether to keep more, and how many are being prepared: one lock for all, so
// that a lexer given back is kept or dropped by the state of the moment, never in between.
// What is dropped goes once the lock is released.
class Shelf
{
public:
    // A kept lexer, else nothing; while lexers are being made on other threads and will be
    // kept, it waits for one: one being made is ready sooner than a new one, which would also
    // be made for nothing (a folder opened as the window starts came before the prepared ones).
    EntryPointer take()
    {
        QMutexLocker locker(&m_mutex);
        while (m_kept.empty() && m_keeping && m_making > 0)
            m_changed.wait(&m_mutex);
        if (m_kept.empty())
            return {};
        EntryPointer entry = std::move(m_kept.back());
        m_kept.pop_back();
        return entry;
    }

    // Keeps entry when keeping and not full; else it is dropped when the caller's pointer goes.
    void keep(EntryPointer &entry, bool prepared = false)
    {
        const QMutexLocker locker(&m_mutex);
        if (prepared) {
            --m_preparing;
            --m_making;
        }
        if (m_keeping && qsizetype(m_kept.size()) < FigureLexerPool::capacity())
            m_kept.push_back(std::move(entry));
        m_changed.wakeAll();
    }

    // A lexer being prepared is now being made on a thread: take() may wait for it. (Until
    // then it is only queued, maybe behind the very task that would wait.)
    void startMaking()
    {
        const QMutexLocker locker(&m_mutex);
        ++m_making;
    }

    // How many more to prepare to have as many kept as wanted; counted as being prepared.
    qsizetype startPreparing(qsizetype wanted)
    {
        const QMutexLocker locker(&m_mutex);
        const qsizetype missing = std::max<qsizetype>(0, wanted - qsizetype(m_kept.size()) - m_preparing);
        m_preparing += missing;
        return missing;
    }

    // Once keeping is off, nothing given back is kept: what was kept can go after the flag.
    void setKeeping(bool keeping)
    {
        {
            const QMutexLocker locker(&m_mutex);
            m_keeping = keeping;
            m_changed.wakeAll(); // nothing made from now on will be kept: no use waiting
        }
        if (!keeping)
            clear();
    }

    bool isKeeping()
    {
        const QMutexLocker locker(&m_mutex);
        return m_keeping;
    }

    qsizetype count()
    {
        const QMutexLocker locker(&m_mutex);
        return qsizetype(m_kept.size());
    }

    qsizetype making()
    {
        const QMutexLocker locker(&m_mutex);
        return m_making;
    }

    void clear()
    {
        std::vector<EntryPointer> dropped; // goes after the lock (declared before it)
        const QMutexLocker locker(&m_mutex);
        dropped.swap(m_kept);
    }

private:
    QMutex m_mutex;
    QWaitCondition m_changed;
    std::vector<EntryPointer> m_kept;
    qsizetype m_preparing = 0; // asked for and not kept yet
    qsizetype m_making = 0;    // of those, being made on a thread
    bool m_keeping = false;
};

Q_GLOBAL_STATIC(Shelf, shelf)

QString warmUpText()
{
    QFile file(u":/recoupe/syntax/warm-up.txt"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Kept lexers hold Repositories (QObjects) and compiled expressions: they go with the
// application object, not in the static destruction after it. Qt runs its post routines before
// it waits for the global pool: keeping is turned off first, so that a lexer still being
// prepared then is dropped, not kept past the application.
std::atomic<bool> dropRegistered{false};

void dropWhenTheApplicationGoes()
{
    bool expected = false;
    if (QCoreApplication::instance() && dropRegistered.compare_exchange_strong(expected, true)) {
        qAddPostRoutine([] {
            FigureLexerPool::setKeeping(false);
            dropRegistered = false; // a later application object registers again
        });
    }
}

} // namespace

FigureLexerPool::Lease::Lease(std::unique_ptr<Entry> entry)
    : m_entry(std::move(entry))
{
}

FigureLexerPool::Lease::Lease(Lease &&other) noexcept = default;

FigureLexerPool::Lease::~Lease()
{
    // During static destruction (a lease outliving main()), the lexer simply goes.
    if (m_entry && !shelf.isDestroyed())
        shelf->keep(m_entry);
}

FigureLexer &FigureLexerPool::Lease::lexer() const
{
    return m_entry->lexer;
}

FigureLexerPool::Lease FigureLexerPool::take(const EntityCatalog &catalog)
{
    EntryPointer entry = shelf->take();
    if (!entry)
        entry = std::make_unique<Lease::Entry>();
    entry->lexer.setCatalog(catalog);
    return Lease(std::move(entry));
}

void FigureLexerPool::setKeeping(bool keep)
{
    if (keep)
        dropWhenTheApplicationGoes();
    shelf->setKeeping(keep);
}

bool FigureLexerPool::isKeeping()
{
    return shelf->isKeeping();
}

void FigureLexerPool::prepare()
{
    setKeeping(true);
    QThreadPool *pool = QThreadPool::globalInstance();
    if (!pool)
        return;
    const qsizetype missing = shelf->startPreparing(pool->maxThreadCount());
    for (qsizetype i = 0; i < missing; ++i) {
        pool->start([] {
            shelf->startMaking();
            EntryPointer entry = std::make_unique<Lease::Entry>();
            entry->lexer.tokenize(warmUpText());
            shelf->keep(entry, true);
        });
    }
}

void FigureLexerPool::warmUp(KSyntaxHighlighting::Repository &repository)
{
    FigureLexer(repository).tokenize(warmUpText());
}

qsizetype FigureLexerPool::keptCount()
{
    return shelf->count();
}

qsizetype FigureLexerPool::makingCount()
{
    return shelf->making();
}

qsizetype FigureLexerPool::capacity()
{
    // The global pool is gone once the application object is: a lease given back then keeps
    // no more than two.
    const QThreadPool *pool = QThreadPool::globalInstance();
    return std::max(1, pool ? pool->maxThreadCount() : 1) + 1;
}

void FigureLexerPool::clear()
{
    if (!shelf.isDestroyed())
        shelf->clear();
}

} // namespace Recoupe
