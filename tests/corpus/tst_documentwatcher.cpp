#include "corpus/documentwatcher.h"

#include <QDir>
#include <QFile>
#include <QFileSystemWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

// The watch on a folder's articles: every file reported when it changes, and no single watcher
// holding thousands of files (each one is quadratic in what it holds).
class TestDocumentWatcher : public QObject
{
    Q_OBJECT

    static QStringList writeFiles(const QTemporaryDir &dir, int count)
    {
        QStringList paths;
        for (int i = 0; i < count; ++i) {
            const QString path = dir.filePath(u"article-%1.txt"_s.arg(i, 5, 10, QChar(u'0')));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return {};
            file.write("A short article.\n");
            paths.append(path);
        }
        return paths;
    }

    static void append(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(bytes);
    }

private Q_SLOTS:
    void manyFilesAreSharedAmongBoundedWatchers()
    {
        QTemporaryDir dir;
        const QStringList paths = writeFiles(dir, 1200);
        QCOMPARE(paths.size(), 1200);
        DocumentWatcher watcher;
        watcher.watch(paths);
        // A few hundred at a turn of the event loop: the first turn never takes them all.
        QVERIFY(watcher.isAdding());
        QVERIFY(watcher.watchedCount() <= DocumentWatcher::pathsPerTurn);
        QTRY_VERIFY(!watcher.isAdding());
        QCOMPARE(watcher.watchedCount(), 1200);
        const QList<QFileSystemWatcher *> watchers = watcher.findChildren<QFileSystemWatcher *>();
        QCOMPARE(watchers.size(), 3);
        for (const QFileSystemWatcher *one : watchers)
            QVERIFY2(one->files().size() <= DocumentWatcher::filesPerWatcher, qPrintable(QString::number(one->files().size())));
        QVERIFY(watcher.isWatching(paths.constFirst()));
        QVERIFY(watcher.isWatching(paths.constLast()));
    }

    void theNumberOfWatchersIsCapped()
    {
        QTemporaryDir dir;
        const QStringList paths = writeFiles(dir, 4100);
        QCOMPARE(paths.size(), 4100);
        DocumentWatcher watcher;
        watcher.watch(paths);
        QTRY_VERIFY_WITH_TIMEOUT(!watcher.isAdding(), 60000);
        QCOMPARE(watcher.watchedCount(), 4100);
        const QList<QFileSystemWatcher *> watchers = watcher.findChildren<QFileSystemWatcher *>();
        QCOMPARE(watchers.size(), DocumentWatcher::maximumWatchers);
        for (const QFileSystemWatcher *one : watchers)
            QVERIFY(one->files().size() <= 513);
    }

    void aChangedFileIsReported()
    {
        QTemporaryDir dir;
        const QStringList paths = writeFiles(dir, 700);
        DocumentWatcher watcher;
        QSignalSpy changed(&watcher, &DocumentWatcher::fileChanged);
        watcher.watch(paths);
        QTRY_VERIFY(!watcher.isAdding());
        // One in each watcher.
        append(paths.at(3), "More.\n");
        QVERIFY(changed.wait(10000));
        QTRY_VERIFY(changed.size() >= 1);
        QCOMPARE(changed.constFirst().constFirst().toString(), paths.at(3));
        changed.clear();
        append(paths.at(650), "More.\n");
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
        QCOMPARE(changed.constFirst().constFirst().toString(), paths.at(650));
    }

    void aNewWatchReplacesTheOldOne()
    {
        QTemporaryDir dir;
        const QStringList paths = writeFiles(dir, 600);
        DocumentWatcher watcher;
        watcher.watch(paths);
        QTRY_VERIFY(!watcher.isAdding());
        const QStringList fewer = paths.first(10);
        watcher.watch(fewer);
        QTRY_VERIFY(!watcher.isAdding());
        QCOMPARE(watcher.watchedCount(), 10);
        // The old watchers go at the next turn of the event loop.
        QTRY_COMPARE(watcher.findChildren<QFileSystemWatcher *>().size(), 1);
        QVERIFY(!watcher.isWatching(paths.at(100)));

        // A watch started while an older one is still adding stops the older one's rounds.
        watcher.watch(paths);
        QVERIFY(watcher.isAdding());
        watcher.watch(fewer);
        QTRY_VERIFY(!watcher.isAdding());
        QTest::qWait(20);
        QCOMPARE(watcher.watchedCount(), 10);

        QSignalSpy changed(&watcher, &DocumentWatcher::fileChanged);
        append(paths.at(100), "Not watched any more.\n");
        append(paths.at(5), "Watched.\n");
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
        QTest::qWait(100);
        for (const QList<QVariant> &signal : std::as_const(changed))
            QCOMPARE(signal.constFirst().toString(), paths.at(5));
    }

    // A slot of fileChanged may open another folder: the watcher that reports must outlive its
    // own signal (AddressSanitizer reports a use after free otherwise).
    void aNewWatchFromTheChangeSignal()
    {
        QTemporaryDir dir;
        const QStringList paths = writeFiles(dir, 4);
        DocumentWatcher watcher;
        int reports = 0;
        connect(&watcher, &DocumentWatcher::fileChanged, this, [&](const QString &) {
            ++reports;
            watcher.watch(paths.mid(2));
        });
        watcher.watch(paths.first(2));
        QTRY_VERIFY(!watcher.isAdding());
        append(paths.at(0), "Changed.\n");
        QTRY_VERIFY_WITH_TIMEOUT(reports > 0, 10000);
        QTRY_VERIFY(!watcher.isAdding());
        QVERIFY(!watcher.isWatching(paths.at(0)));
        QVERIFY(watcher.isWatching(paths.at(3)));
        QTRY_COMPARE(watcher.findChildren<QFileSystemWatcher *>().size(), 1);
    }

    void aFileSavedByRenamingIsWatchedAgain()
    {
        QTemporaryDir dir;
        const QStringList paths = writeFiles(dir, 3);
        DocumentWatcher watcher;
        QSignalSpy changed(&watcher, &DocumentWatcher::fileChanged);
        watcher.watch(paths);
        QTRY_VERIFY(!watcher.isAdding());
        const QString saved = dir.filePath(u"saved.tmp"_s);
        {
            QFile file(saved);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("The edited article.\n");
        }
        QVERIFY(QFile::remove(paths.at(1)));
        QVERIFY(QFile::rename(saved, paths.at(1)));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
        QVERIFY(!watcher.isWatching(paths.at(1)));
        watcher.rewatch(paths.at(1));
        QVERIFY(watcher.isWatching(paths.at(1)));
        QCOMPARE(watcher.findChildren<QFileSystemWatcher *>().size(), 1);
        changed.clear();
        append(paths.at(1), "Edited again.\n");
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
        QCOMPARE(changed.constFirst().constFirst().toString(), paths.at(1));

        // A file that is gone is not watched.
        watcher.rewatch(dir.filePath(u"gone.txt"_s));
        QVERIFY(!watcher.isWatching(dir.filePath(u"gone.txt"_s)));
    }
};

QTEST_GUILESS_MAIN(TestDocumentWatcher)
#include "tst_documentwatcher.moc"
