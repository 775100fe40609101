#pragma once

#include "annotations/annotation.h"
#include "annotations/annotationfile.h"
#include "annotations/annotationmerger.h"
#include "annotations/annotationsourceresolver.h"
#include "annotations/textanchorer.h"
#include "corpus/document.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUndoStack>

#include <optional>

namespace Recoupe {

// One earlier version of the annotations file, kept beside it as annotations.json.bak.N.
struct AnnotationBackup {
    QString filePath;
    int number = 0;                 // 1 is the most recent
    QDateTime saved;                // when that version was written (UTC)
    qsizetype annotationCount = -1; // -1 when the backup cannot be read
    QString error;                  // why it cannot be read
    bool operator==(const AnnotationBackup &) const = default;
};

// What a folder's annotations are, read without changing anything on disk (recoupe-cli).
struct AnnotationFolderContent {
    QList<Annotation> annotations;
    QString filePath;               // the file read (or that would be written)
    QStringList problems;           // damaged files, unreadable entries, merged copies...
    bool ok = true;                 // false when the annotations file could not be used
};

// The annotations of one folder: loaded at open(), every change saved within a second
// (atomically, with rolling backups), undoable, and placed again in the articles' current text.
//
// Data safety, in short:
// - saves go through QSaveFile (a crash mid-write leaves the previous file), at most
//   saveDelayMs after a change, and at flush() and destruction;
// - the file replaced by a save is copied to annotations.json.bak.1 (older ones shift up to
//   .bak.10) on the first save after open(), before a restore or an import, when the file was
//   changed by another program, and otherwise when the newest backup is older than
//   backupIntervalSeconds: ten backups then span at least ten minutes of work, not ten keystrokes;
// - a damaged file, or one from a newer Recoupe, is renamed aside (annotations.json.corrupt-TIME,
//   annotations.json.newer-TIME), never overwritten, and open() says so;
// - a folder that cannot be written keeps its annotations in the application's data folder
//   (AnnotationLocation), taking in what the folder's own file has that the copy lacks; once the
//   folder is writable again the copy is merged back into it (merging never drops an annotation,
//   so one deleted in only one of the two comes back rather than being lost);
// - a save that still fails when closing leaves an emergency copy in that same place;
// - what this version cannot read (unknown properties, foreign entries) is written back unchanged;
// - a file that another tool wrote in a W3C container (an array of annotations, a page, a
//   collection) is read; the first save, which writes Recoupe's own format in its place, first
//   copies it to annotations.json.w3c-original (-2, -3... when that name is taken), and does not
//   write at all when that copy fails.
//
// Annotations name their article by its path in the folder or, when another tool wrote them, by
// its web address: from setDocuments() on, each is rewritten to name its article by path as
// soon as the article is known (AnnotationSourceResolver); one that names no article stays
// orphaned, listed, and is found again when the article appears.
class AnnotationStore : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString fallbackRoot;           // empty: AnnotationLocation::defaultFallbackRoot()
        int saveDelayMs = 300;          // 0: every change is saved before the call returns
        int retryDelayMs = 5000;        // after a failed save
        int maxBackups = 10;
        int backupIntervalSeconds = 60; // 0: a backup at every save
        // Never write beside the articles, as if the folder were read-only (a shared folder the
        // user does not want to touch): the annotations live in the fallback location.
        bool keepOutOfFolder = false;
    };

    explicit AnnotationStore(QObject *parent = nullptr);
    explicit AnnotationStore(const Options &options, QObject *parent = nullptr);
    ~AnnotationStore() override; // saves what is unsaved, as close() does

    // Loads FOLDER's annotations. Returns false with *error when the existing file could not be
    // used (damaged, newer, unreadable): it was set aside or left alone, never overwritten, and
    // the store is open and usable all the same. Also false when FOLDER is not a directory.
    bool open(const QString &folder, QString *error = nullptr);
    // Saves (when that fails, to an emergency copy in the fallback location), then forgets the folder.
    void close();
    bool isOpen() const { return !m_folder.isEmpty(); }
    QString folder() const { return m_folder; }
    QString filePath() const { return m_filePath; } // where saves go
    bool usesFallbackLocation() const { return m_usingFallback; }
    // What open() and later saves had to say (file moved aside, location changed...), translated.
    QStringList problems() const { return m_problems; }

    // The annotations open() would load (without keepOutOfFolder), reading only: nothing is moved,
    // merged on disk or written.
    static AnnotationFolderContent readFolder(const QString &folder, const QString &fallbackRoot = {});

    const QList<Annotation> &annotations() const { return m_annotations; }
    qsizetype count() const { return m_annotations.size(); }
    int indexOf(const QString &id) const;
    std::optional<Annotation> annotation(const QString &id) const;
    QList<Annotation> annotationsOfDocument(const QString &documentId) const;

    // The creator name given to new annotations (default: the login name).
    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }

    // Editing: one undoable command each. An empty id is given a new UUID; empty created and
    // modified times and author are filled in. Returns the id, empty when nothing was added.
    QString addAnnotation(const Annotation &annotation);
    // A passage of a document given by setDocuments(); empty when the document is unknown or
    // the range is empty or outside its text.
    QString annotatePassage(const QString &documentId, qsizetype start, qsizetype end, const QString &note, const QString &verdict);
    // Replaces the annotation of the same id, stamping modified; false when there is no such
    // annotation or nothing changed.
    bool updateAnnotation(const Annotation &annotation);
    bool setNote(const QString &id, const QString &note);
    bool setVerdict(const QString &id, const QString &verdict);
    bool removeAnnotation(const QString &id);
    QUndoStack *undoStack() { return &m_undoStack; }

    // The current reading texts. Annotations are placed again in them (an annotation whose
    // document is not among them is orphaned). Until the first call, anchors report the stored
    // offsets as they are.
    void setDocuments(const QList<Document> &documents);
    // One document changed (the file watcher saw it): its annotations are placed again.
    void updateDocument(const Document &document);
    void removeDocument(const QString &documentId);
    AnchorResult anchor(const QString &id) const;
    // The text at the annotation's current place; empty when orphaned.
    QString currentQuote(const QString &id) const;

    // Ids of the annotations on the same passage with another verdict.
    QStringList conflictsWith(const QString &id) const;
    bool isConflicting(const QString &id) const { return !conflictsWith(id).isEmpty(); }

    // Merges another annotations.json of the same folder, or W3C annotations of its articles
    // written by another tool (any container AnnotationFile reads), as one undoable step.
    bool importFile(const QString &filePath, AnnotationMergeReport *report = nullptr, QString *error = nullptr);

    // The backups of the current file, most recent first.
    QList<AnnotationBackup> backups() const;
    // Replaces the annotations by those of a backup (or of any annotations file), as one
    // undoable step; the current file is backed up first.
    bool restoreBackup(const QString &backupFilePath, QString *error = nullptr);

    // Saves now when anything is unsaved.
    bool flush(QString *error = nullptr);
    bool hasUnsavedChanges() const { return m_dirty; }

Q_SIGNALS:
    void annotationAdded(const QString &id, int index);
    void annotationChanged(const QString &id, int index);
    void annotationAboutToBeRemoved(const QString &id, int index);
    void annotationRemoved(const QString &id);
    void annotationsAboutToBeReset();
    void annotationsReset();            // open(), close(), a restore or its undo
    void anchorsChanged();              // statuses and offsets were recomputed
    void changed();                     // after any of the above
    void saved(const QString &filePath);
    void saveFailed(const QString &error);
    void problemReported(const QString &message);

private:
    friend class AddAnnotationCommand;
    friend class EditAnnotationCommand;
    friend class RemoveAnnotationCommand;
    friend class ReplaceAnnotationsCommand;

    // Called by the undo commands.
    void insertAnnotation(int index, const Annotation &annotation);
    void replaceAnnotation(const Annotation &annotation);
    void removeAnnotationAt(int index);
    void replaceContent(const AnnotationFileContent &content);
    AnnotationFileContent content() const;

    void reportProblem(const QString &message);
    AnnotationFile::ReadResult loadFile(const QString &filePath, bool mayMoveAside, QString *error);
    enum class CopyKind {
        FallbackToMergeBack, // the fallback copy of a folder writable again: merged, then set aside
        ReadOnlyFolderFile,  // the read-only folder's own file: merged, never touched
    };
    void mergeCopy(const QString &copyPath, CopyKind kind);
    void scheduleSave();
    // lastChance: closing; when the save fails, an emergency copy goes to the fallback location.
    bool save(QString *error, bool lastChance = false);
    AnnotationFile::WriteResult writeTo(const QString &filePath, const QByteArray &bytes);
    bool backUp(const QString &filePath);
    bool backupDue(const QString &filePath, const QByteArray &onDisk) const;
    void rebuildIndex();
    // Points annotations at their articles by path (see AnnotationSourceResolver); true when any changed.
    bool resolveSources();
    // Before the first save over a file another tool wrote: copies it aside (false when that failed).
    bool keepForeignOriginal(const QString &filePath, QString *error);
    void anchorAll();
    void anchorOne(const Annotation &annotation);
    void invalidateConflicts() { m_conflictsValid = false; }
    QString fallbackRoot() const;
    static QDateTime now();

    Options m_options;
    QString m_folder;
    QString m_filePath;
    bool m_usingFallback = false;
    QStringList m_problems;
    QString m_author;

    QList<Annotation> m_annotations;
    QJsonArray m_unreadableEntries;
    QHash<QString, int> m_index;

    bool m_haveDocuments = false;
    QHash<QString, ReadingText> m_texts;
    AnnotationSourceResolver m_resolver;
    // The file read at open() when another tool wrote it in a W3C container, until a save has
    // copied it aside; empty otherwise.
    QString m_foreignOriginal;
    AnnotationContainer m_foreignContainer = AnnotationContainer::Recoupe;
    QHash<QString, AnchorResult> m_anchors;
    mutable QHash<QString, QStringList> m_conflicts;
    mutable bool m_conflictsValid = false;

    QUndoStack m_undoStack;
    QTimer m_saveTimer;
    bool m_dirty = false;
    bool m_forceBackup = false;
    int m_savesSinceOpen = 0;
    QByteArray m_knownFileHash; // of the file as last read or written: another writer shows
};

} // namespace Recoupe
