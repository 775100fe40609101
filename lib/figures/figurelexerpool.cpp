#include "figures/figurelexerpool.h"

#include "figures/figurelexer.h"

#include <KSyntaxHighlighting/Repository>

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QThreadPool>

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

class Shelf
{
public:
    std::unique_ptr<FigureLexerPool::Lease::Entry> take()
    {
        const QMutexLocker locker(&m_mutex);
        if (m_kept.empty())
            return {};
        auto entry = std::move(m_kept.back());
        m_kept.pop_back();
        return entry;
    }

    void keep(std::unique_ptr<FigureLexerPool::Lease::Entry> entry)
    {
        if (!keeping.load())
            return; // goes with entry, outside the lock
        const QMutexLocker locker(&m_mutex);
        if (qsizetype(m_kept.size()) < FigureLexerPool::capacity())
            m_kept.push_back(std::move(entry));
    }

    qsizetype count()
    {
        const QMutexLocker locker(&m_mutex);
        return qsizetype(m_kept.size());
    }

    void clear()
    {
        std::vector<std::unique_ptr<FigureLexerPool::Lease::Entry>> kept;
        {
            const QMutexLocker locker(&m_mutex);
            kept.swap(m_kept);
        }
    }

    // Lexers being prepared on the pool, counted so that a second prepare() makes no more.
    std::atomic<int> preparing{0};
    std::atomic<bool> keeping{false};

private:
    QMutex m_mutex;
    std::vector<std::unique_ptr<FigureLexerPool::Lease::Entry>> m_kept;
};

Q_GLOBAL_STATIC(Shelf, shelf)

// Goes through most rules of the lexicon; written for this, in both languages.
QString warmUpText()
{
    QFile file(u":/recoupe/syntax/warm-up.txt"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void keepUntilTheApplicationGoes()
{
    // Kept lexers hold Repositories (QObjects) and compiled expressions: they go with the
    // application object, not in the static destruction after it.
    static const bool registered = [] {
        if (QCoreApplication::instance())
            qAddPostRoutine([] { FigureLexerPool::clear(); });
        return true;
    }();
    Q_UNUSED(registered);
}

} // namespace

FigureLexerPool::Lease::Lease(std::unique_ptr<Entry> entry)
    : m_entry(std::move(entry))
{
}

FigureLexerPool::Lease::Lease(Lease &&other) noexcept = default;

FigureLexerPool::Lease::~Lease()
{
    if (m_entry && !shelf.isDestroyed())
        shelf->keep(std::move(m_entry));
}

FigureLexer &FigureLexerPool::Lease::lexer() const
{
    return m_entry->lexer;
}

FigureLexerPool::Lease FigureLexerPool::take(const EntityCatalog &catalog)
{
    keepUntilTheApplicationGoes();
    auto entry = shelf->take();
    if (!entry)
        entry = std::make_unique<Lease::Entry>();
    entry->lexer.setCatalog(catalog);
    return Lease(std::move(entry));
}

void FigureLexerPool::setKeeping(bool keep)
{
    shelf->keeping = keep;
    if (!keep)
        clear();
}

bool FigureLexerPool::isKeeping()
{
    return shelf->keeping.load();
}

void FigureLexerPool::prepare()
{
    keepUntilTheApplicationGoes();
    setKeeping(true);
    Shelf *kept = shelf;
    const qsizetype missing = QThreadPool::globalInstance()->maxThreadCount() - kept->count() - kept->preparing.load();
    for (qsizetype i = 0; i < missing; ++i) {
        ++kept->preparing;
        QThreadPool::globalInstance()->start([kept] {
            auto entry = std::make_unique<Lease::Entry>();
            entry->lexer.tokenize(warmUpText());
            kept->keep(std::move(entry));
            --kept->preparing;
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

qsizetype FigureLexerPool::capacity()
{
    return std::max(1, QThreadPool::globalInstance()->maxThreadCount()) + 1;
}

void FigureLexerPool::clear()
{
    if (!shelf.isDestroyed())
        shelf->clear();
}

} // namespace Recoupe
