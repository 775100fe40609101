#include "corrections/correctionstore.h"

#include "annotations/annotationlocation.h"
#include "corpus/filebackups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimeZone>
#include <QUndoCommand>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

struct WriteResult {
    bool ok = false;
    bool couldNotCreate = false; // another location may do
    QString error;
};

// QSaveFile: the new file replaces the old one only once wholly written.
WriteResult writeAtomically(const QString &filePath, const QByteArray &bytes)
{
    WriteResult result;
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        result.couldNotCreate = true;
        result.error = CorrectionStore::tr("Cannot save the corrections to %1: %2").arg(nativePath(filePath), file.errorString());
        return result;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        result.error = CorrectionStore::tr("Cannot save the corrections to %1: %2").arg(nativePath(filePath), file.errorString());
        file.cancelWriting();
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace

// Holds the whole list before and after: corrections are few (a person writes them one by one),
// and one kind of command then serves add, edit and remove alike.
class ReplaceCorrectionsCommand : public QUndoCommand
{
public:
    ReplaceCorrectionsCommand(CorrectionStore *store, QList<Correction> before, QList<Correction> after, const QString &text)
        : QUndoCommand(text)
        , m_store(store)
        , m_folder(store->folder())
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void undo() override { apply(m_before); }
    void redo() override { apply(m_after); }

private:
    void apply(const QList<Correction> &corrections)
    {
        // A shared stack may outlive the store, or hold commands of a folder closed since.
        if (m_store && m_store->folder() == m_folder)
            m_store->replaceCorrections(corrections);
    }
    QPointer<CorrectionStore> m_store;
    QString m_folder;
    QList<Correction> m_before;
    QList<Correction> m_after;
};

CorrectionStore::CorrectionStore(QObject *parent)
    : CorrectionStore(Options(), parent)
{
}

CorrectionStore::CorrectionStore(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_undoStack(&m_ownUndoStack)
{
    m_author = qEnvironmentVariable("USER");
    if (m_author.isEmpty())
        m_author = qEnvironmentVariable("USERNAME");
}

CorrectionStore::~CorrectionStore() = default;

QString CorrectionStore::folderFilePath(const QString &folder)
{
    return QDir(folder).filePath(u".recoupe/"_s + CorrectionFile::fileName());
}

QString CorrectionStore::fallbackFilePath(const QString &folder, const QString &fallbackRoot)
{
    // Beside the annotations of the same folder, in the directory named after its path.
    const QString annotations = AnnotationLocation::fallbackFilePath(folder, fallbackRoot.isEmpty() ? AnnotationLocation::defaultFallbackRoot() : fallbackRoot);
    return QFileInfo(annotations).dir().filePath(CorrectionFile::fileName());
}

CorrectionFolderContent CorrectionStore::readFolder(const QString &folder, const QString &fallbackRoot)
{
    CorrectionFolderContent content;
    content.filePath = folderFilePath(folder);
    // The folder's own file, unless the folder is read-only and the window kept a newer copy.
    if (!AnnotationLocation::folderLooksWritable(folder)) {
        const QString fallback = fallbackFilePath(folder, fallbackRoot);
        if (QFileInfo::exists(fallback))
            content.filePath = fallback;
    }
    const CorrectionFile::ReadResult result = CorrectionFile::read(content.filePath);
    content.ok = result.isUsable();
    if (!result.error.isEmpty())
        content.problems.append(result.error);
    content.problems.append(result.warnings);
    content.corrections = result.content.corrections;
    return content;
}

bool CorrectionStore::open(const QString &folder, QString *error)
{
    close();
    if (!QFileInfo(folder).isDir()) {
        if (error)
            *error = tr("%1 is not a folder.").arg(nativePath(folder));
        return false;
    }
    m_folder = folder;
    m_usingFallback = !AnnotationLocation::folderLooksWritable(folder);
    m_filePath = m_usingFallback ? fallbackFilePath(folder, m_options.fallbackRoot) : folderFilePath(folder);
    // A read-only folder's own file is where its corrections start; the copy kept in the
    // application's data folder wins once there is one.
    QString readPath = m_filePath;
    if (m_usingFallback && !QFileInfo::exists(m_filePath))
        readPath = folderFilePath(folder);
    const CorrectionFile::ReadResult result = CorrectionFile::read(readPath);
    for (const QString &warning : result.warnings)
        reportProblem(warning);
    bool ok = true;
    if (result.isUsable()) {
        m_content = result.content;
    } else {
        ok = false;
        QString message = result.error;
        if (result.status == CorrectionFile::Status::Corrupt || result.status == CorrectionFile::Status::NewerVersion) {
            const bool newer = result.status == CorrectionFile::Status::NewerVersion;
            const QString aside = FileBackups::asideName(m_filePath, newer ? "newer"_L1 : "corrupt"_L1);
            if (readPath == m_filePath && QFile::rename(m_filePath, aside))
                message += u' ' + tr("It was kept as %1; new corrections start a new file.").arg(nativePath(aside));
            else if (readPath == m_filePath)
                message += u' ' + tr("It could not be set aside, so it is left as it is and nothing will be written over it.");
        }
        reportProblem(message);
        if (error)
            *error = message;
        // A file that could be neither read nor moved must not be overwritten by the next save.
        if (QFileInfo::exists(m_filePath) && readPath == m_filePath) {
            m_usingFallback = true;
            m_filePath = fallbackFilePath(folder, m_options.fallbackRoot);
        }
    }
    Q_EMIT changed();
    return ok;
}

void CorrectionStore::close()
{
    if (m_folder.isEmpty())
        return;
    m_folder.clear();
    m_filePath.clear();
    m_usingFallback = false;
    m_problems.clear();
    m_content = {};
    m_dirty = false;
    m_savesSinceOpen = 0;
    m_ownUndoStack.clear();
    Q_EMIT changed();
}

std::optional<Correction> CorrectionStore::correction(const QString &id) const
{
    for (const Correction &correction : m_content.corrections) {
        if (correction.id == id)
            return correction;
    }
    return std::nullopt;
}

void CorrectionStore::setUndoStack(QUndoStack *stack)
{
    m_undoStack = stack ? stack : &m_ownUndoStack;
}

QString CorrectionStore::addCorrection(const Correction &correction, const QString &undoText)
{
    if (!isOpen() || correction.target.documentId.isEmpty() || correction.target.exact.isEmpty())
        return {};
    Correction added = correction;
    if (added.id.isEmpty())
        added.id = Annotation::newId();
    if (added.author.isEmpty())
        added.author = m_author;
    if (!added.created.isValid())
        added.created = QDateTime::currentDateTimeUtc();
    QList<Correction> after = m_content.corrections;
    after.append(added);
    QString text = undoText;
    if (text.isEmpty()) {
        switch (added.action) {
        case Correction::Action::Set:
            text = tr("Correct Figure");
            break;
        case Correction::Action::Reject:
            text = tr("Not a Figure");
            break;
        case Correction::Action::Add:
            text = tr("Add Figure");
            break;
        }
    }
    pushChange(after, text);
    return added.id;
}

bool CorrectionStore::updateCorrection(const Correction &correction)
{
    QList<Correction> after = m_content.corrections;
    for (Correction &existing : after) {
        if (existing.id != correction.id)
            continue;
        if (existing == correction)
            return false;
        existing = correction;
        pushChange(after, tr("Edit Correction"));
        return true;
    }
    return false;
}

bool CorrectionStore::removeCorrection(const QString &id)
{
    QList<Correction> after = m_content.corrections;
    const qsizetype removed = after.removeIf([&id](const Correction &c) { return c.id == id; });
    if (removed == 0)
        return false;
    pushChange(after, tr("Remove Correction"));
    return true;
}

void CorrectionStore::pushChange(const QList<Correction> &after, const QString &text)
{
    // QUndoStack::push() runs redo(), which replaces and saves: on disk before this returns.
    m_undoStack->push(new ReplaceCorrectionsCommand(this, m_content.corrections, after, text));
}

void CorrectionStore::replaceCorrections(const QList<Correction> &corrections)
{
    m_content.corrections = corrections;
    m_dirty = true;
    QString error;
    if (!save(&error))
        Q_EMIT saveFailed(error);
    Q_EMIT changed();
}

bool CorrectionStore::save(QString *error)
{
    const QByteArray bytes = CorrectionFile::serialize(m_content);
    const auto write = [&](const QString &filePath) {
        QDir().mkpath(QFileInfo(filePath).absolutePath());
        const QFileInfo existing(filePath);
        if (existing.isFile() && m_options.maxBackups > 0) {
            const QFileInfo newest(FileBackups::backupPath(filePath, 1));
            const bool due = m_savesSinceOpen == 0 || m_options.backupIntervalSeconds <= 0 || !newest.exists()
                || newest.lastModified(QTimeZone::UTC).secsTo(QDateTime::currentDateTimeUtc()) >= m_options.backupIntervalSeconds;
            if (due && !FileBackups::backUp(filePath, m_options.maxBackups))
                reportProblem(tr("The previous corrections could not be backed up to %1.").arg(nativePath(FileBackups::backupPath(filePath, 1))));
        }
        return writeAtomically(filePath, bytes);
    };
    WriteResult result = write(m_filePath);
    if (!result.ok && result.couldNotCreate && !m_usingFallback) {
        const QString fallback = fallbackFilePath(m_folder, m_options.fallbackRoot);
        result = write(fallback);
        if (result.ok) {
            m_usingFallback = true;
            m_filePath = fallback;
            reportProblem(tr("The folder cannot be written; the corrections are kept in %1.").arg(nativePath(fallback)));
        }
    }
    if (!result.ok) {
        const QString message = result.error.isEmpty() ? tr("The corrections could not be saved.") : result.error;
        if (error)
            *error = message;
        return false;
    }
    m_dirty = false;
    ++m_savesSinceOpen;
    Q_EMIT saved(m_filePath);
    return true;
}

void CorrectionStore::reportProblem(const QString &message)
{
    m_problems.append(message);
    Q_EMIT problemReported(message);
}

} // namespace Recoupe
