#include "annotations/annotationlocation.h"
#include "annotations/annotationmerger.h"
#include "annotations/annotationstore.h"

#include "testconfig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

const QString tunnelText = u"Harbour tunnel budget climbs again\n\n"
                           u"The regional transport authority said on Tuesday that the harbour tunnel would now cost "
                           u"2.4 billion euros, up from the 1.9 billion euros announced in 2022. Officials blamed steel "
                           u"prices and a longer drilling schedule.\n\n"
                           u"Work should end in 2029, two years later than planned."_s;
const QString solarText = u"La ferme solaire de Valcreuse double sa surface\n\n"
                          u"La coopérative a confirmé lundi un investissement de 38 millions d'euros pour porter la ferme "
                          u"à 120 hectares."_s;

Document makeDocument(const QString &id, const QString &text)
{
    Document document;
    document.id = id;
    document.path = id;
    document.text = text;
    return document;
}

QList<Document> documents()
{
    return {makeDocument(u"tunnel.txt"_s, tunnelText), makeDocument(u"solaire.md"_s, solarText)};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QList<Annotation> annotationsOnDisk(const QString &path)
{
    return AnnotationFile::read(path).content.annotations;
}

QStringList notesOnDisk(const QString &path)
{
    QStringList notes;
    for (const Annotation &annotation : annotationsOnDisk(path))
        notes.append(annotation.note);
    return notes;
}

qsizetype passageStart(const QString &text, const QString &quote)
{
    const qsizetype start = text.indexOf(quote);
    Q_ASSERT(start >= 0);
    return start;
}

} // namespace

class TestAnnotationStore : public QObject
{
    Q_OBJECT

    QTemporaryDir *m_folderDir = nullptr;
    QTemporaryDir *m_fallbackDir = nullptr;

    QString folder() const { return m_folderDir->path(); }
    QString filePath() const { return AnnotationLocation::folderFilePath(folder()); }
    AnnotationStore::Options options() const
    {
        AnnotationStore::Options options;
        options.fallbackRoot = m_fallbackDir->path();
        return options;
    }
    QString annotate(AnnotationStore &store, const QString &documentId, const QString &quote, const QString &note,
                     const QString &verdict = u"confirmed"_s)
    {
        const QString &text = documentId == u"tunnel.txt"_s ? tunnelText : solarText;
        const qsizetype start = passageStart(text, quote);
        return store.annotatePassage(documentId, start, start + quote.size(), note, verdict);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    // Issue 17, item 7: conflicts found by buckets give what comparing every pair gives, on a
    // mix of every kind of target (claims, claim groups, quotes without offsets, ranges).
    void conflictsByBucketsMatchEveryPair()
    {
        QList<Annotation> annotations;
        const QStringList verdicts{u"confirmed"_s, u"disputed"_s, u"false"_s, QString()};
        for (int i = 0; i < 600; ++i) {
            Annotation annotation;
            annotation.id = u"a%1"_s.arg(i);
            annotation.verdict = verdicts.at((i * 7) % verdicts.size());
            AnnotationTarget &target = annotation.target;
            switch (i % 5) {
            case 0:
                target.claimId = u"claim-%1"_s.arg(i % 15);
                break;
            case 1:
                target.claimGroup.entity = u"Meta"_s;
                target.claimGroup.metric = i % 2 ? u"capex"_s : u"revenue"_s;
                break;
            case 2:
                target.documentId = u"doc-%1.txt"_s.arg(i % 3);
                target.exact = u"quote %1"_s.arg(i % 4);
                break;
            default:
                target.documentId = u"doc-%1.txt"_s.arg(i % 3);
                target.start = (i * 37) % 900;
                target.end = target.start + 5 + (i * 13) % 60;
                target.exact = u"quote %1"_s.arg(i % 4);
                if (i % 9 == 0)
                    target.claimId = u"claim-%1"_s.arg(i % 15);
                break;
            }
            annotations.append(annotation);
        }
        const QList<QList<qsizetype>> found = AnnotationMerger::conflicts(annotations);
        QCOMPARE(found.size(), annotations.size());
        qsizetype total = 0;
        for (qsizetype i = 0; i < annotations.size(); ++i) {
            QList<qsizetype> expected;
            for (qsizetype j = 0; j < annotations.size(); ++j) {
                if (i != j && AnnotationMerger::conflicting(annotations[i], annotations[j]))
                    expected.append(j);
            }
            QCOMPARE(found[i], expected);
            total += expected.size();
        }
        QVERIFY(total > 100); // the mix does hold conflicts
    }

    // 100,000 annotations in pairs that disagree on a passage of their own: comparing every
    // pair took minutes.
    void conflictsAtVolumeAreLinear()
    {
        QList<Annotation> annotations;
        annotations.reserve(100000);
        for (int i = 0; i < 100000; ++i) {
            const int pair = i / 2;
            Annotation annotation;
            annotation.id = u"a%1"_s.arg(i);
            annotation.verdict = i % 2 ? u"confirmed"_s : u"disputed"_s;
            annotation.target.documentId = u"doc-%1.txt"_s.arg(pair % 10);
            annotation.target.start = (pair / 10) * 100;
            annotation.target.end = annotation.target.start + 40;
            annotation.target.exact = u"passage %1"_s.arg(pair);
            annotations.append(annotation);
        }
        QElapsedTimer timer;
        timer.start();
        const QList<QList<qsizetype>> found = AnnotationMerger::conflicts(annotations);
        // Not a speed measurement (the benchmark does that): the pairwise check this replaced took
        // minutes at this size, while hashing takes a second, or a few in a sanitizer build. The
        // bound sits between the two, far from both.
        QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
        for (qsizetype i = 0; i < annotations.size(); ++i)
            QCOMPARE(found[i], QList<qsizetype>{i % 2 ? i - 1 : i + 1});
    }

    void init()
    {
        m_folderDir = new QTemporaryDir;
        m_fallbackDir = new QTemporaryDir;
        QVERIFY(m_folderDir->isValid());
        QVERIFY(m_fallbackDir->isValid());
    }

    void cleanup()
    {
        delete m_folderDir;
        delete m_fallbackDir;
    }

    void savedWithinASecond()
    {
        AnnotationStore store(options());
        QVERIFY(store.open(folder()));
        QCOMPARE(store.filePath(), filePath());
        QVERIFY(!store.usesFallbackLocation());
        QVERIFY(!QFileInfo::exists(filePath())); // opening writes nothing
        store.setDocuments(documents());
        store.setAuthor(u"Inès"_s);

        QSignalSpy saved(&store, &AnnotationStore::saved);
        QSignalSpy added(&store, &AnnotationStore::annotationAdded);
        QElapsedTimer timer;
        timer.start();
        const QString id = annotate(store, u"tunnel.txt"_s, u"2.4 billion euros"_s, u"Matches the budget report."_s);
        QVERIFY(!id.isEmpty());
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).toString(), id);
        QVERIFY(store.hasUnsavedChanges());
        QVERIFY(saved.wait(1000));
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(saved.at(0).at(0).toString(), filePath());
        QVERIFY(!store.hasUnsavedChanges());

        const QList<Annotation> onDisk = annotationsOnDisk(filePath());
        QCOMPARE(onDisk.size(), 1);
        QCOMPARE(onDisk.constFirst(), store.annotations().constFirst());
        const Annotation &annotation = onDisk.constFirst();
        QCOMPARE(annotation.id, id);
        QCOMPARE(annotation.author, u"Inès"_s);
        QCOMPARE(annotation.verdict, u"confirmed"_s);
        QCOMPARE(annotation.target.exact, u"2.4 billion euros"_s);
        QCOMPARE(annotation.target.textHash, readingTextHash(tunnelText));
        QVERIFY(annotation.created.isValid());
        QCOMPARE(annotation.created.timeSpec(), Qt::UTC);
        QCOMPARE(annotation.modified, annotation.created);
    }

    void reopenedAsSaved()
    {
        QList<Annotation> expected;
        {
            AnnotationStore store(options());
            QVERIFY(store.open(folder()));
            store.setDocuments(documents());
            annotate(store, u"tunnel.txt"_s, u"2.4 billion euros"_s, u"first"_s);
            annotate(store, u"solaire.md"_s, u"38 millions d'euros"_s, u"deuxième"_s, u"needs_source"_s);
            Annotation group;
            group.target.claimGroup = GroupKey{u"Valcreuse"_s, u"capex"_s, QString()};
            group.note = u"third"_s;
            store.addAnnotation(group);
            expected = store.annotations();
        } // the destructor saves
        AnnotationStore reopened(options());
        QString error;
        QVERIFY2(reopened.open(folder(), &error), qPrintable(error));
        QCOMPARE(reopened.annotations(), expected);
        QVERIFY(reopened.problems().isEmpty());
        QCOMPARE(reopened.undoStack()->count(), 0);
    }

    void flushedOnDestruction()
    {
        AnnotationStore::Options slow = options();
        slow.saveDelayMs = 60 * 60 * 1000;
        {
            AnnotationStore store(slow);
            QVERIFY(store.open(folder()));
            store.setDocuments(documents());
            annotate(store, u"tunnel.txt"_s, u"1.9 billion euros"_s, u"saved by the destructor"_s);
            QVERIFY(!QFileInfo::exists(filePath()));
        }
        QCOMPARE(notesOnDisk(filePath()), QStringList{u"saved by the destructor"_s});
    }

    void flushOnDemand()
    {
        AnnotationStore::Options slow = options();
        slow.saveDelayMs = 60 * 60 * 1000;
        AnnotationStore store(slow);
        QVERIFY(store.open(folder()));
        store.setDocuments(documents());
        annotate(store, u"tunnel.txt"_s, u"1.9 billion euros"_s, u"flushed"_s);
        QString error;
        QVERIFY(store.flush(&error));
        QVERIFY(error.isEmpty());
        QCOMPARE(notesOnDisk(filePath()), QStringList{u"flushed"_s});
    }

    void corruptFileMovedAside_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("problem");
        QTest::newRow("truncated") << u"truncated.json"_s << u".corrupt-"_s << u"damaged"_s;
        QTest::newRow("newer version") << u"newer-version.json"_s << u".newer-"_s << u"newer version of Recoupe"_s;
    }

    void corruptFileMovedAside()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, suffix);
        QFETCH(QString, problem);
        const QByteArray original = readAll(QStringLiteral(RECOUPE_FIXTURES_DIR "/annotations/") + fixture);
        QVERIFY(!original.isEmpty());
        QVERIFY(writeAll(filePath(), original));

        AnnotationStore store(options());
        QSignalSpy problems(&store, &AnnotationStore::problemReported);
        QString error;
        QVERIFY(!store.open(folder(), &error));
        QVERIFY(store.isOpen());
        QVERIFY2(error.contains(QDir::toNativeSeparators(filePath())), qPrintable(error));
        QVERIFY2(error.contains(problem), qPrintable(error));
        QCOMPARE(problems.count(), 1);
        QCOMPARE(store.problems(), QStringList{error});
        QCOMPARE(store.count(), 0);

        // Renamed aside, byte for byte, and named in the message.
        const QStringList aside = QDir(QFileInfo(filePath()).absolutePath()).entryList({u"annotations.json"_s + suffix + u'*'}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        const QString asidePath = QFileInfo(filePath()).absoluteDir().filePath(aside.constFirst());
        QVERIFY(error.contains(QDir::toNativeSeparators(asidePath)));
        QCOMPARE(readAll(asidePath), original);
        QVERIFY(!QFileInfo::exists(filePath()));

        // New annotations start a new file; the one set aside is never touched.
        store.setDocuments(documents());
        annotate(store, u"tunnel.txt"_s, u"2.4 billion euros"_s, u"after the damage"_s);
        QVERIFY(store.flush());
        QCOMPARE(notesOnDisk(filePath()), QStringList{u"after the damage"_s});
        QCOMPARE(readAll(asidePath), original);
        QVERIFY(!store.usesFallbackLocation());
    }

    void damagedFallbackCopyMovedAside()
    {
        // A read-only folder (a file where .recoupe should be) whose fallback copy is damaged.
        const QByteArray damaged = "{ not json";
        const QString fallback = AnnotationLocation::fallbackFilePath(folder(), m_fallbackDir->path());
        QVERIFY(writeAll(QDir(folder()).filePath(u".recoupe"_s), "a file, not a folder"));
        QVERIFY(writeAll(fallback, damaged));
        AnnotationStore store(options());
        QString error;
        QVERIFY(!store.open(folder(), &error));
        QVERIFY(store.usesFallbackLocation());
        QVERIFY(!QFileInfo::exists(fallback)); // the fallback copy itself can be renamed
        const QStringList aside = QFileInfo(fallback).absoluteDir().entryList({u"annotations.json.corrupt-*"_s}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readAll(QFileInfo(fallback).absoluteDir().filePath(aside.constFirst())), damaged);
    }

    // A save that fails halfway (the disk fills up) must leave the previous file as it was.
    // Running as root, permissions cannot make the write fail; a file-size limit can: the
    // temporary file of QSaveFile stops growing, and commit() is never reached.
    void interruptedWriteKeepsPreviousFile()
    {
#ifndef Q_OS_UNIX
        QSKIP("needs setrlimit");
#else
        AnnotationStore store(options());
        QVERIFY(store.open(folder()));
        store.setDocuments(documents());
        annotate(store, u"tunnel.txt"_s, u"2.4 billion euros"_s, u"the only one"_s);
        QVERIFY(store.flush());
        const QByteArray before = readAll(filePath());
        QVERIFY(!before.isEmpty());

        for (int i = 0; i < 40; ++i)
            annotate(store, u"solaire.md"_s, u"120 hectares"_s, u"note %1 "_s.arg(i) + QString(200, u'x'));

        struct rlimit previousLimit;
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &previousLimit), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limit = previousLimit;
        limit.rlim_cur = rlim_t(before.size() + 100);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limit), 0);

        QSignalSpy failed(&store, &AnnotationStore::saveFailed);
        QString error;
        const bool flushed = store.flush(&error);

        QCOMPARE(setrlimit(RLIMIT_FSIZE, &previousLimit), 0);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!flushed);
        QVERIFY2(error.contains(QDir::toNativeSeparators(filePath())), qPrintable(error));
        QCOMPARE(failed.count(), 1);
        QVERIFY(store.hasUnsavedChanges());
        QVERIFY(!store.usesFallbackLocation()); // a failed write is not a read-only folder
        QCOMPARE(readAll(filePath()), before);
        // No half-written temporary file left behind.
        const QStringList left = QDir(QFileInfo(filePath()).absolutePath()).entryList(QDir::Files | QDir::Hidden);
        for (const QString &name : left)
            QVERIFY2(name == u"annotations.json"_s || name.startsWith(u"annotations.json.bak."_s), qPrintable(name));

        // Once there is room again, everything is saved.
        QVERIFY(store.flush(&error));
        QCOMPARE(annotationsOnDisk(filePath()).size(), 41);
#endif
    }

    void directoryInPlaceOfFileUsesFallback()
    {
        QVERIFY(QDir().mkpath(filePath()));
        AnnotationStore store(options());
        QString error;
        QVERIFY(!store.open(folder(), &error));
        QVERIFY2(error.contains(u"directory"_s), qPrintable(error));
        QVERIFY(store.usesFallbackLocation());
        store.setDocuments(documents());
        annotate(store, u"tunnel.txt"_s, u"2.4 billion euros"_s, u"kept elsewhere"_s);
        QVERIFY(store.flush());
        QVERIFY(QFileInfo(filePath()).isDir());
        QCOMPARE(notesOnDisk(AnnotationLocation::fallbackFilePath(folder(), m_fallbackDir->path())), QStringList{u"kept elsewhere"_s});
    }

    void readOnlyFolderUsesFallbackThenMergesBack()
    {
        // A file where the .recoupe folder should be: nothing can be written beside the articles.
        const QString blocker = QDir(folder()).filePath(u".recoupe"_s);
        QVERIFY(writeAll(blocker, "not a folder"));
        const QString fallback = AnnotationLocation::fallbackFilePath(folder(), m_fallbackDir->path());
        QVERIFY(fallback.startsWith(m_fallbackDir->path()));
        QString id;
        {
            AnnotationStore store(options());
            QVERIFY(store.open(folder()));
            QVERIFY(store.usesFallbackLocation());
            QCOMPARE(store.filePath(), fallback);
            store.setDocuments(documents());
            id = annotate(store, u"tunnel.txt"_s, u"2.4 billion euros"_s, u"written while read-only"_s);
            QVERIFY(store.flush());
        }
        QCOMPARE(readAll(blocker), QByteArray("not a folder"));
        QCOMPARE(notesOnDisk(fallback), QStringList{u"written while read-only"_s});
        const QJsonObject root = QJsonDocument::fromJson(readAll(fallback)).object();
        QCOMPARE(root.value("folder"_L1).toString(), QFileInfo(folder()).canonicalFilePath());

        // Still read-only: the fallback copy is what is read.
        {
            AnnotationStore store(options());
            QVERIFY(store.open(folder()));
            QCOMPARE(store.count(), 1);
            QCOMPARE(AnnotationStore::readFolder(folder(), m_fallbackDir->path()).annotations.size(), 1);
        }

        // Writable again: the fallback copy is merged into the folder's file and set aside.
        QVERIFY(QFile::remove(blocker));
        {
            AnnotationStore store(options());
            QVERIFY(store.open(folder()));
            QVERIFY(!store.usesFallbackLocation());
            QCOMPARE(store.count(), 1);
            QCOMPARE(store.annotations().constFirst().id, id);
            QCOMPARE(store.problems().size(), 1);
            QVERIFY(store.problems().constFirst().contains(u"merged"_s));
            QVERIFY(store.flush());
        }
        QCOMPARE(notesOnDisk(filePath()), QStringList{u"written while read-only"_s});
        QVERIFY(!QFileInfo::exists(fallback));
        QCOMPARE(QFileInfo(fallback).absoluteDir().entryList({u"annotations.json.merged-*"_s}, QDir::Files).size(), 1);
    }

    void readOnlyFolderFileIsMergedNeverWritten()
    {
        // A shared folder the user keeps Recoupe out of: its own annotations file (a colleague's,
        // updated since) is read and merged into the copy in the application's data folder.
        AnnotationStore::Options outside = options();
        outside.keepOutOfFolder = true;
        const QString fallback = AnnotationLocation::fallbackFilePath(folder(), m_fallbackDir->path());
        QString ours;
        {
            AnnotationStore store(outside);
            QVERIFY(store.open(folder()));
            QVERIFY(store.usesFallbackLocation());
            store.setDocuments(documents());
            ours = annotate(store, u"tunnel.txt"_s, u"2.4 billion euros"_s, u"ours"_s);
        }
        QVERIFY(!QFileInfo::exists(QDir(folder()).filePath(u".recoupe"_s)));
        QCOMPARE(notesOnDisk(fallback), QStringList{u"ours"_s});

        Annotation theirs;
        theirs.id = Annotation::newId();
        theirs.target = AnnotationTarget::forPassage(u"solaire.md"_s, solarText, 0, 8);
        theirs.note = u"theirs"_s;
        theirs.created = theirs.modified = QDateTime::currentDateTimeUtc();
        AnnotationFileContent colleague;
        colleague.annotations = {theirs};
        const QByteArray colleagueBytes = AnnotationFile::serialize(colleague);
        QVERIFY(writeAll(filePath(), colleagueBytes));

        {
            AnnotationStore store(outside);
            QVERIFY(store.open(folder()));
            QCOMPARE(store.count(), 2);
            QVERIFY(store.annotation(ours));
            QVERIFY(store.annotation(theirs.id));
            QCOMPARE(store.problems().size(), 1);
            QVERIFY(store.flush());
        }
        QCOMPARE(readAll(filePath()), colleagueBytes);
        QCOMPARE(notesOnDisk(fallback), (QStringList{u"ours"_s, u"theirs"_s}));
        // What the CLI reads: the folder is writable, so its file first, the copy merged in.
        QCOMPARE(AnnotationStore::readFolder(folder(), m_fallbackDir->path()).annotations.size(), 2);

        // Opened again: nothing new in the folder's file, nothing to report.
        AnnotationStore store(outside);
        QVERIFY(store.open(folder()));
        QCOMPARE(store.count(), 2);
        QVERIFY(store.problems().isEmpty());
        QVERIFY(!store.hasUnsavedChanges());
    }

    void unwritableFolderUsesFallback()
    {
        // As root every permission check passes, but nothing can be created under /proc.
        const QString procFolder = u"/proc/self/fdinfo"_s;
        if (!QFileInfo(procFolder).isDir())
            QSKIP("no /proc");
        AnnotationStore store(options());
        QVERIFY(store.open(procFolder));
        Annotation annotation;
        annotation.target.claimGroup = GroupKey{u"Acme"_s, u"revenue"_s, u"2024"_s};
        annotation.note = u"saved although /proc is not writable"_s;
        store.addAnnotation(annotation);
        QVERIFY(store.flush());
        QVERIFY(store.usesFallbackLocation());
        QVERIFY(store.filePath().startsWith(m_fallbackDir->path()));
        QCOMPARE(notesOnDisk(store.filePath()), QStringList{annotation.note});
        QVERIFY(!QFileInfo::exists(u"/proc/self/fdinfo/.recoupe"_s));
    }

    void defaultFallbackIsTheApplicationDataFolder()
    {
        const QString root = AnnotationLocation::defaultFallbackRoot();
        QVERIFY(root.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
        QVERIFY(root.endsWith(u"/Recoupe/recoupe/annotations"_s));
        // Keyed by the folder's canonical path: the same folder by another name, the same file.
        const QString viaDot = folder() + u"/."_s;
        QCOMPARE(AnnotationLocation::fallbackFilePath(viaDot, root), AnnotationLocation::fallbackFilePath(folder(), root));
        QVERIFY(AnnotationLocation::fallbackFilePath(folder(), root) != AnnotationLocation::fallbackFilePath(m_fallbackDir->path(), root));
        QVERIFY(AnnotationLocation::fallbackFilePath(folder(), root).endsWith(u"/annotations.json"_s));
    }

    void backupsRotateAndRestore()
    {
        AnnotationStore::Options everySave = options();
        everySave.backupIntervalSeconds = 0;
        AnnotationStore store(everySave);
        QVERIFY(store.open(folder()));
        store.setDocuments(documents());
        const QString id = annotate(store, u"tunnel.txt"_s, u"2.4 billion euros"_s, u"version 1"_s);
        QVERIFY(store.flush());
        QVERIFY(store.backups().isEmpty()); // nothing to back up yet
        for (int version = 2; version <= 13; ++version) {
            QVERIFY(store.setNote(id, u"version %1"_s.arg(version)));
            QVERIFY(store.flush());
        }
        const QList<AnnotationBackup> backups = store.backups();
        QCOMPARE(backups.size(), 10);
        for (int i = 0; i < backups.size(); ++i) {
            QCOMPARE(backups[i].number, i + 1);
            QCOMPARE(backups[i].annotationCount, 1);
            QVERIFY(backups[i].error.isEmpty());
            QVERIFY(backups[i].saved.isValid());
            // .bak.1 is the version before the current one, .bak.10 the oldest kept.
            QCOMPARE(notesOnDisk(backups[i].filePath), QStringList{u"version %1"_s.arg(12 - i)});
        }
        QVERIFY(!QFileInfo::exists(filePath() + u".bak.11"_s));

        QSignalSpy reset(&store, &AnnotationStore::annotationsReset);
        QString error;
        QVERIFY2(store.restoreBackup(backups[4].filePath, &error), qPrintable(error));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(store.annotation(id)->note, u"version 8"_s);
        QVERIFY(store.flush());
        QCOMPARE(notesOnDisk(filePath()), QStringList{u"version 8"_s});
        // The version replaced by the restore is the newest backup.
        QCOMPARE(notesOnDisk(store.backups().constFirst().filePath), QStringList{u"version 13"_s});

        // A restore is undoable like any edit.
        store.undoStack()->undo();
        QCOMPARE(store.annotation(id)->note, u"version 13"_s);

        QVERIFY(!store.restoreBackup(QDir(folder()).filePath(u"none.json"_s), &error));
        QVERIFY(error.contains(u"none.json"_s));
    }

    void backupsAreNotMadeAtEveryKeystroke()
    {
        {
            AnnotationStore store(options());
            QVERIFY(store.open(folder()));
            store.setDocuments(documents());
            annotate(store, u"tunnel.txt"_s, u"2.4 billion euros"_s, u"session 1"_s);
        }
        AnnotationStore store(options()); // default interval: one minute
        QVERIFY(store.open(folder()));
        const QString id = store.annotations().constFirst().id;
        QVERIFY(store.setNote(id, u"session 2, edit 1"_s));
        QVERIFY(store.flush());
        // The first save of a session backs up what was there before.
        QCOMPARE(store.backups().size(), 1);
        QCOMPARE(notesOnDisk(store.backups().constFirst().filePath), QStringList{u"session 1"_s});
        QVERIFY(store.setNote(id, u"session 2, edit 2"_s));
        QVERIFY(store.flush());
        QVERIFY(store.setNote(id, u"session 2, edit 3"_s));
        QVERIFY(store.flush());
        QCOMPARE(store.backups().size(), 1);
        QCOMPARE(notesOnDisk(store.backups().constFirst().filePath), QStringList{u"session 1"_s});
    }

    void fileChangedByAnotherProgramIsBackedUp()
    {
        AnnotationStore store(options());
        QVERIFY(store.open(folder()));
        store.setDocuments(documents());
        const QString id = annotate(store, u"tunnel.txt"_s, u"2.4 billion euros"_s, u"ours"_s);
        QVERIFY(store.flush());
        QVERIFY(store.setNote(id, u"ours, edited"_s));
        QVERIFY(store.flush()); // first save of the session was the previous one: this makes .bak.1

        // Another program writes the file meanwhile.
        AnnotationFileContent theirs;
        Annotation other;
        other.id = Annotation::newId();
        other.target.claimId = u"tunnel.txt#2"_s;
        other.note = u"theirs"_s;
        theirs.annotations = {other};
        QVERIFY(writeAll(filePath(), AnnotationFile::serialize(theirs)));

        QSignalSpy problems(&store, &AnnotationStore::problemReported);
        QVERIFY(store.setNote(id, u"ours, edited again"_s));
        QVERIFY(store.flush());
        QCOMPARE(problems.count(), 1);
        QVERIFY(problems.at(0).at(0).toString().contains(u"another program"_s));
        QCOMPARE(notesOnDisk(store.backups().constFirst().filePath), QStringList{u"theirs"_s});
        QCOMPARE(notesOnDisk(filePath()), QStringList{u"ours, edited again"_s});
    }

    void undoRedo()
    {
        AnnotationStore store(options());
        QVERIFY(store.open(folder()));
        store.setDocuments(documents());
        QUndoStack *undo = store.undoStack();
        QSignalSpy added(&store, &AnnotationStore::annotationAdded);
        QSignalSpy changed(&store, &AnnotationStore::annotationChanged);
        QSignalSpy removed(&store, &AnnotationStore::annotationRemoved);

        // Create.
        const QString first = annotate(store, u"tunnel.txt"_s, u"2.4 billion euros"_s, u"first note"_s);
        const QString second = annotate(store, u"solaire.md"_s, u"120 hectares"_s, u"second note"_s, u"unsupported"_s);
        QCOMPARE(undo->count(), 2);
        QVERIFY(undo->undoText().contains(u"120 hectares"_s));
        undo->undo();
        QCOMPARE(store.count(), 1);
        QCOMPARE(removed.count(), 1);
        QVERIFY(!store.annotation(second));
        QVERIFY(store.flush());
        QCOMPARE(notesOnDisk(filePath()), QStringList{u"first note"_s});
        undo->redo();
        QCOMPARE(store.count(), 2);
        QCOMPARE(added.count(), 3);
        QCOMPARE(store.annotation(second)->note, u"second note"_s);
        QVERIFY(store.flush());
        QCOMPARE(notesOnDisk(filePath()), (QStringList{u"first note"_s, u"second note"_s}));

        // Edit.
        const QDateTime createdAt = store.annotation(first)->modified;
        QVERIFY(store.setNote(first, u"first note, corrected"_s));
        QVERIFY(store.setVerdict(first, u"discrepancy"_s));
        QVERIFY(!store.setVerdict(first, u"discrepancy"_s)); // no change, no command
        QVERIFY(!store.setNote(u"no-such-id"_s, u"x"_s));
        QCOMPARE(changed.count(), 2);
        QVERIFY(store.annotation(first)->modified >= createdAt);
        undo->undo();
        QCOMPARE(store.annotation(first)->verdict, u"confirmed"_s);
        QCOMPARE(store.annotation(first)->note, u"first note, corrected"_s);
        undo->undo();
        QCOMPARE(store.annotation(first)->note, u"first note"_s);
        QCOMPARE(store.annotation(first)->modified, createdAt);
        undo->redo();
        undo->redo();
        QCOMPARE(store.annotation(first)->note, u"first note, corrected"_s);
        QCOMPARE(store.annotation(first)->verdict, u"discrepancy"_s);

        // Delete, and undo puts it back where it was.
        const Annotation beforeDelete = *store.annotation(first);
        QVERIFY(store.removeAnnotation(first));
        QVERIFY(!store.removeAnnotation(first));
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.indexOf(second), 0);
        undo->undo();
        QCOMPARE(store.count(), 2);
        QCOMPARE(store.indexOf(first), 0);
        QCOMPARE(*store.annotation(first), beforeDelete);
        undo->redo();
        QCOMPARE(store.count(), 1);
        QVERIFY(store.flush());
        QCOMPARE(notesOnDisk(filePath()), QStringList{u"second note"_s});

        // Undo all the way back to nothing.
        while (undo->canUndo())
            undo->undo();
        QCOMPARE(store.count(), 0);
        QVERIFY(store.flush());
        QVERIFY(annotationsOnDisk(filePath()).isEmpty());
    }

    void reanchorsWhenDocumentsChange()
    {
        AnnotationStore store(options());
        QVERIFY(store.open(folder()));
        store.setDocuments(documents());
        const QString figure = annotate(store, u"tunnel.txt"_s, u"2.4 billion euros"_s, u"figure"_s);
        const QString year = annotate(store, u"tunnel.txt"_s, u"announced in 2022"_s, u"year"_s);
        const QString solar = annotate(store, u"solaire.md"_s, u"38 millions d'euros"_s, u"solaire"_s);
        QVERIFY(store.flush());
        const QByteArray saved = readAll(filePath());
        QCOMPARE(store.anchor(figure).status, AnchorStatus::Anchored);
        QCOMPARE(store.currentQuote(figure), u"2.4 billion euros"_s);

        // The tunnel article gets a correction on top and loses a clause.
        const QString preface = u"Correction: the drilling contractor was misnamed.\n\n"_s;
        const QString edited = preface + QString(tunnelText).replace(u", up from the 1.9 billion euros announced in 2022"_s, QString());
        QSignalSpy anchors(&store, &AnnotationStore::anchorsChanged);
        store.updateDocument(makeDocument(u"tunnel.txt"_s, edited));
        QCOMPARE(anchors.count(), 1);
        QCOMPARE(store.anchor(figure).status, AnchorStatus::Moved);
        QCOMPARE(store.anchor(figure).start, passageStart(tunnelText, u"2.4 billion"_s) + preface.size());
        QCOMPARE(store.currentQuote(figure), u"2.4 billion euros"_s);
        QCOMPARE(store.anchor(year).status, AnchorStatus::Orphaned);
        QCOMPARE(store.currentQuote(year), QString());
        QCOMPARE(store.annotation(year)->note, u"year"_s); // kept, never deleted
        QCOMPARE(store.annotation(year)->target.exact, u"announced in 2022"_s);
        QCOMPARE(store.anchor(solar).status, AnchorStatus::Anchored);

        // Placing again is not an edit: nothing to save, nothing to undo.
        QVERIFY(!store.hasUnsavedChanges());
        QCOMPARE(store.undoStack()->count(), 3);
        QCOMPARE(readAll(filePath()), saved);

        // An article that left the folder orphans its annotations; one that comes back, not.
        store.removeDocument(u"solaire.md"_s);
        QCOMPARE(store.anchor(solar).status, AnchorStatus::Orphaned);
        QVERIFY(store.anchor(solar).documentMissing);
        store.setDocuments({makeDocument(u"tunnel.txt"_s, edited), makeDocument(u"solaire.md"_s, solarText)});
        QCOMPARE(store.anchor(solar).status, AnchorStatus::Anchored);
        QCOMPARE(store.anchor(figure).status, AnchorStatus::Moved);

        // On the next open, with the edited text, the same.
        store.close();
        AnnotationStore reopened(options());
        QVERIFY(reopened.open(folder()));
        QCOMPARE(reopened.anchor(figure).status, AnchorStatus::Anchored); // no documents yet: as stored
        reopened.setDocuments({makeDocument(u"tunnel.txt"_s, edited), makeDocument(u"solaire.md"_s, solarText)});
        QCOMPARE(reopened.anchor(figure).status, AnchorStatus::Moved);
        QCOMPARE(reopened.anchor(year).status, AnchorStatus::Orphaned);
    }

    void importMergesDuplicatesAndConflicts()
    {
        AnnotationStore store(options());
        QVERIFY(store.open(folder()));
        store.setDocuments(documents());
        store.setAuthor(u"Inès"_s);
        const QString figure = annotate(store, u"tunnel.txt"_s, u"2.4 billion euros"_s, u"Matches the report."_s, u"confirmed"_s);
        const QString solar = annotate(store, u"solaire.md"_s, u"38 millions d'euros"_s, u"À vérifier."_s, u"needs_source"_s);
        QVERIFY(store.flush());
        const int undoBefore = store.undoStack()->count();

        // A colleague's file: what they had from us, one copy of ours made on their side, one
        // edit of ours made later, one new note, and one other verdict on our figure.
        QList<Annotation> theirs;
        theirs.append(*store.annotation(figure)); // same id, same content
        Annotation copy = *store.annotation(figure);
        copy.id = Annotation::newId();
        copy.author = u"Paul"_s;
        theirs.append(copy); // same target and body
        Annotation edited = *store.annotation(solar);
        edited.note = u"Source: the cooperative's annual report."_s;
        edited.verdict = u"confirmed"_s;
        edited.modified = edited.modified.addSecs(3600);
        theirs.append(edited); // same id, edited later
        Annotation fresh;
        fresh.id = Annotation::newId();
        fresh.target = AnnotationTarget::forPassage(u"tunnel.txt"_s, tunnelText, passageStart(tunnelText, u"2029"_s), passageStart(tunnelText, u"2029"_s) + 4);
        fresh.note = u"Earlier reports said 2028."_s;
        fresh.verdict = u"discrepancy"_s;
        fresh.author = u"Paul"_s;
        fresh.created = fresh.modified = QDateTime::currentDateTimeUtc();
        theirs.append(fresh);
        Annotation disagreeing;
        disagreeing.id = Annotation::newId();
        const qsizetype start = passageStart(tunnelText, u"2.4 billion"_s);
        disagreeing.target = AnnotationTarget::forPassage(u"tunnel.txt"_s, tunnelText, start, start + 11); // overlaps ours
        disagreeing.note = u"The report says 2.3 billion."_s;
        disagreeing.verdict = u"discrepancy"_s;
        disagreeing.author = u"Paul"_s;
        disagreeing.created = disagreeing.modified = QDateTime::currentDateTimeUtc();
        theirs.append(disagreeing);

        QTemporaryDir colleagueDir;
        const QString colleagueFile = colleagueDir.filePath(u"annotations.json"_s);
        AnnotationFileContent content;
        content.annotations = theirs;
        QVERIFY(AnnotationFile::write(colleagueFile, AnnotationFile::serialize(content)).ok);

        AnnotationMergeReport report;
        QString error;
        QVERIFY2(store.importFile(colleagueFile, &report, &error), qPrintable(error));
        QCOMPARE(report.added, 2);
        QCOMPARE(report.duplicates, 2);
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.keptOurs, 0);
        QCOMPARE(report.conflicts.size(), 1);
        QCOMPARE(report.conflicts.constFirst(), (QPair<QString, QString>(figure, disagreeing.id)));
        QVERIFY(!report.summary().isEmpty());

        QCOMPARE(store.count(), 4);
        QCOMPARE(store.annotation(solar)->note, u"Source: the cooperative's annual report."_s);
        QVERIFY(store.annotation(fresh.id));
        QVERIFY(store.annotation(disagreeing.id));
        // Both verdicts kept, each flagged with the other.
        QCOMPARE(store.conflictsWith(figure), QStringList{disagreeing.id});
        QCOMPARE(store.conflictsWith(disagreeing.id), QStringList{figure});
        QVERIFY(!store.isConflicting(fresh.id));
        QVERIFY(!store.isConflicting(solar));

        // Aligning the verdicts resolves the conflict.
        QVERIFY(store.setVerdict(disagreeing.id, u"confirmed"_s));
        QVERIFY(!store.isConflicting(figure));
        store.undoStack()->undo();
        QVERIFY(store.isConflicting(figure));

        // The import is one step of undo.
        QCOMPARE(store.undoStack()->index(), undoBefore + 1);
        store.undoStack()->undo();
        QCOMPARE(store.count(), 2);
        QCOMPARE(store.annotation(solar)->note, u"À vérifier."_s);
        QVERIFY(!store.isConflicting(figure));

        // Importing the same file twice adds nothing the second time.
        store.undoStack()->redo();
        QVERIFY(store.importFile(colleagueFile, &report));
        QCOMPARE(report.added, 0);
        QCOMPARE(report.updated, 0);
        QCOMPARE(store.count(), 4);

        // A damaged file is refused with a reason.
        const QString damaged = colleagueDir.filePath(u"damaged.json"_s);
        QVERIFY(writeAll(damaged, "{"));
        QVERIFY(!store.importFile(damaged, &report, &error));
        QVERIFY(error.contains(u"damaged.json"_s));
        QCOMPARE(store.count(), 4);
    }

    void unknownDataSurvivesAnEdit()
    {
        QVERIFY(writeAll(filePath(), readAll(QStringLiteral(RECOUPE_FIXTURES_DIR "/annotations/foreign.json"))));
        AnnotationStore store(options());
        QVERIFY(store.open(folder()));
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.problems().size(), 1); // the entry it cannot read, kept
        const QString id = store.annotations().constFirst().id;
        QVERIFY(store.setNote(id, u"Checked against the minutes."_s));
        QVERIFY(store.flush());
        const QJsonArray entries = QJsonDocument::fromJson(readAll(filePath())).object().value("annotations"_L1).toArray();
        QCOMPARE(entries.size(), 2);
        const QJsonObject written = entries.at(0).toObject();
        QCOMPARE(written.value("motivation"_L1).toString(), u"assessing"_s);
        QCOMPARE(written.value("body"_L1).toArray().size(), 3);
        QCOMPARE(written.value("body"_L1).toArray().at(0).toObject().value("value"_L1).toString(), u"Checked against the minutes."_s);
        QVERIFY(entries.at(1).toObject().value("body"_L1).isObject());
    }

    void openRejectsWhatIsNotAFolder()
    {
        AnnotationStore store(options());
        QString error;
        QVERIFY(!store.open(QDir(folder()).filePath(u"missing"_s), &error));
        QVERIFY(error.contains(u"missing"_s));
        QVERIFY(!store.isOpen());
        QVERIFY(store.addAnnotation(Annotation()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
