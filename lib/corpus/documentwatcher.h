#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QFileSystemWatcher;

namespace Recoupe {

// Watches the articles of a folder for changes on disk, for thousands of files.
//
// One QFileSystemWatcher is quadratic in the files it holds: adding or removing a path looks it
// up in a list of all the others (2,000 articles cost 170 million instructions on the GUI thread,
// 10,000 articles 4 billion, while the analysis needs both cores). So the files are shared among
// a few watchers of bounded size, and replaced by dropping those watchers, never path by path.
// Each watcher is one inotify instance on Linux, a per-user resource: their number is capped too.
//
// The paths are added a few hundred at a turn of the event loop (each is a system call); a newer
// watch() stops the rounds of the older one.
class DocumentWatcher : public QObject
{
    Q_OBJECT
public:
    explicit DocumentWatcher(QObject *parent = nullptr);
    ~DocumentWatcher() override;

    // Watches paths instead of what was watched before.
    void watch(const QStringList &paths);
    // Watches path again: an editor that saves by renaming leaves the watch on the old file.
    // Does nothing if path is watched or does not exist.
    void rewatch(const QString &path);
    void clear();

    bool isWatching(const QString &path) const;
    // Paths handed to the system so far (the rest are still waiting for their turn).
    qsizetype watchedCount() const;
    // True while paths wait for their turn of the event loop.
    bool isAdding() const { return !m_pending.isEmpty(); }

    // How many files one watcher holds at most, and how many watchers there are at most: a
    // folder larger than their product fills each watcher evenly beyond its size.
    static constexpr qsizetype filesPerWatcher = 500;
    static constexpr qsizetype maximumWatchers = 8;
    static constexpr qsizetype pathsPerTurn = 250;

Q_SIGNALS:
    void fileChanged(const QString &path);

private:
    void addSome(quint64 generation);
    QFileSystemWatcher *watcherWithRoom();

    QList<QFileSystemWatcher *> m_watchers;
    QHash<QString, QFileSystemWatcher *> m_watcherOf;
    QStringList m_pending;
    qsizetype m_capacity = filesPerWatcher;
    quint64 m_generation = 0;
};

} // namespace Recoupe
