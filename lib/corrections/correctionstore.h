#pragma once

#include "corrections/correctionfile.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUndoStack>

#include <optional>

namespace Recoupe {

// A folder's corrections as recoupe-cli and the pipeline read them, without changing anything
// on disk.
struct CorrectionFolderContent {
    QList<Correction> corrections;
    QString filePath;       // the file read (or that would be written)
    QStringList problems;   // a damaged or newer file, entries kept unread: translated
    bool ok = true;         // false when the corrections file could not be used
};

// The corrections of one folder, for the window: loaded at open(), every change written before
// the call that made it returns, each one an undoable command on the undo stack given (the
// annotations' one, so that Ctrl+Z walks back through notes and corrections alike).
//
// Data safety, as for annotations (AnnotationStore):
// - writes go through QSaveFile: a crash mid-write leaves the previous file;
// - the replaced file is copied to corrections.json.bak.1 (older copies shift up to .bak.N) on
//   the first save after open() and then at most once every backupIntervalSeconds;
// - a damaged file, or one from a newer Recoupe, is renamed aside (corrections.json.corrupt-TIME,
//   corrections.json.newer-TIME) and open() says so: it is never overwritten;
// - a folder that cannot be written keeps its corrections in the application's data folder,
//   beside its annotations (AnnotationLocation), starting from the folder's own file.
class CorrectionStore : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString fallbackRoot;           // empty: AnnotationLocation::defaultFallbackRoot()
        int maxBackups = 10;
        int backupIntervalSeconds = 60; // 0: a backup at every save
    };

    explicit CorrectionStore(QObject *parent = nullptr);
    explicit CorrectionStore(const Options &options, QObject *parent = nullptr);
    ~CorrectionStore() override;

    // Loads FOLDER's corrections; false with *error when the existing file could not be used (it
    // was set aside or left alone; the store is open and usable all the same).
    bool open(const QString &folder, QString *error = nullptr);
    void close();
    bool isOpen() const { return !m_folder.isEmpty(); }
    QString folder() const { return m_folder; }
    QString filePath() const { return m_filePath; }
    bool usesFallbackLocation() const { return m_usingFallback; }
    QStringList problems() const { return m_problems; }

    // What open() would load, reading only.
    static CorrectionFolderContent readFolder(const QString &folder, const QString &fallbackRoot = {});
    // FOLDER/.recoupe/corrections.json, and the application-data place of a read-only folder's.
    static QString folderFilePath(const QString &folder);
    static QString fallbackFilePath(const QString &folder, const QString &fallbackRoot = {});

    const QList<Correction> &corrections() const { return m_content.corrections; }
    std::optional<Correction> correction(const QString &id) const;

    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }

    // Each one undoable; written before returning. An empty id is given a UUID, an empty
    // author and creation time are filled in. Returns the id; empty when nothing was added.
    QString addCorrection(const Correction &correction, const QString &undoText = {});
    bool updateCorrection(const Correction &correction);
    bool removeCorrection(const QString &id);
    // The stack commands go on: by default one of the store's own.
    void setUndoStack(QUndoStack *stack);
    QUndoStack *undoStack() const { return m_undoStack; }

    // Whether the last change reached the disk (false: saveFailed() said why).
    bool isSaved() const { return !m_dirty; }

Q_SIGNALS:
    void changed();         // after any change, undo and redo included, and open() and close()
    void saved(const QString &filePath);
    void saveFailed(const QString &error);
    void problemReported(const QString &message);

private:
    friend class ReplaceCorrectionsCommand;
    void replaceCorrections(const QList<Correction> &corrections);
    void pushChange(const QList<Correction> &after, const QString &text);
    bool save(QString *error);
    void reportProblem(const QString &message);

    Options m_options;
    QString m_folder;
    QString m_filePath;
    bool m_usingFallback = false;
    QStringList m_problems;
    QString m_author;
    CorrectionFileContent m_content;
    QUndoStack m_ownUndoStack;
    QPointer<QUndoStack> m_undoStack;
    bool m_dirty = false;
    int m_savesSinceOpen = 0;
};

} // namespace Recoupe
