#include "corpus/documentwatcher.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

#include <algorithm>

namespace Recoupe {

DocumentWatcher::DocumentWatcher(QObject *parent)
    : QObject(parent)
{
}

DocumentWatcher::~DocumentWatcher() = default;

void DocumentWatcher::clear()
{
    ++m_generation;
    m_pending.clear();
    m_watcherOf.clear();
    // Dropping a watcher closes its inotify instance, whatever it holds. Later, not here: this may
    // run from a slot of one of their signals. They report nothing from now on.
    for (QFileSystemWatcher *watcher : std::as_const(m_watchers)) {
        watcher->disconnect(this);
        watcher->deleteLater();
    }
    m_watchers.clear();
}

void DocumentWatcher::watch(const QStringList &paths)
{
    clear();
    m_pending = paths;
    m_capacity = std::max(filesPerWatcher, (paths.size() + maximumWatchers - 1) / maximumWatchers);
    addSome(m_generation);
}

void DocumentWatcher::addSome(quint64 generation)
{
    if (generation != m_generation || m_pending.isEmpty())
        return;
    qsizetype taken = 0;
    while (taken < pathsPerTurn && !m_pending.isEmpty()) {
        QFileSystemWatcher *watcher = watcherWithRoom();
        const qsizetype room = m_capacity - watcher->files().size();
        const qsizetype count = std::min({room, pathsPerTurn - taken, m_pending.size()});
        const QStringList some = m_pending.first(count);
        m_pending.remove(0, count);
        taken += count;
        const QStringList refused = watcher->addPaths(some);
        for (const QString &path : some) {
            if (!refused.contains(path))
                m_watcherOf.insert(path, watcher);
        }
    }
    if (!m_pending.isEmpty())
        QTimer::singleShot(0, this, [this, generation] { addSome(generation); });
}

QFileSystemWatcher *DocumentWatcher::watcherWithRoom()
{
    if (!m_watchers.isEmpty() && m_watchers.constLast()->files().size() < m_capacity)
        return m_watchers.constLast();
    auto *watcher = new QFileSystemWatcher(this);
    connect(watcher, &QFileSystemWatcher::fileChanged, this, &DocumentWatcher::fileChanged);
    m_watchers.append(watcher);
    return watcher;
}

void DocumentWatcher::rewatch(const QString &path)
{
    if (isWatching(path) || !QFileInfo::exists(path))
        return;
    QFileSystemWatcher *watcher = m_watcherOf.value(path);
    if (!watcher)
        watcher = watcherWithRoom();
    if (watcher->addPath(path))
        m_watcherOf.insert(path, watcher);
}

bool DocumentWatcher::isWatching(const QString &path) const
{
    // A watcher forgets a file that is deleted or renamed away.
    const QFileSystemWatcher *watcher = m_watcherOf.value(path);
    return watcher && watcher->files().contains(path);
}

qsizetype DocumentWatcher::watchedCount() const
{
    qsizetype count = 0;
    for (const QFileSystemWatcher *watcher : m_watchers)
        count += watcher->files().size();
    return count;
}

} // namespace Recoupe
