#include "annotations/annotationstore.h"

#include "annotations/annotationcommands.h"
#include "annotations/annotationlocation.h"
#include "corpus/filebackups.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

QByteArray contentHash(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QString backupPath(const QString &filePath, int number)
{
    return FileBackups::backupPath(filePath, number);
}

QString asideName(const QString &filePath, QLatin1StringView suffix)
{
    return FileBackups::asideName(filePath, suffix);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

AnnotationStore::AnnotationStore(QObject *parent)
    : AnnotationStore(Options{}, parent)
{
}

AnnotationStore::AnnotationStore(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_author = qEnvironmentVariable("USER");
    if (m_author.isEmpty())
        m_author = qEnvironmentVariable("USERNAME");
    m_saveTimer.setSingleShot(true);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { save(nullptr); });
}

AnnotationStore::~AnnotationStore()
{
    m_saveTimer.stop();
    QString error;
    if (m_dirty && isOpen() && !save(&error, true))
        qWarning("Recoupe: annotations not saved on exit: %s", qUtf8Printable(error));
}

QDateTime AnnotationStore::now()
{
    return QDateTime::currentDateTimeUtc();
}

QString AnnotationStore::fallbackRoot() const
{
    return m_options.fallbackRoot.isEmpty() ? AnnotationLocation::defaultFallbackRoot() : m_options.fallbackRoot;
}

void AnnotationStore::reportProblem(const QString &message)
{
    m_problems.append(message);
    Q_EMIT problemReported(message);
}

// ---------------------------------------------------------------------------------------------
// Opening

bool AnnotationStore::open(const QString &folder, QString *error)
{
    close();
    const QFileInfo info(folder);
    if (!info.isDir()) {
        if (error)
            *error = tr("%1 is not a folder").arg(nativePath(folder));
        return false;
    }
    m_folder = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    const QString inFolder = AnnotationLocation::folderFilePath(m_folder);
    const QString fallback = AnnotationLocation::fallbackFilePath(m_folder, fallbackRoot());

    Q_EMIT annotationsAboutToBeReset();
    QString loadError;
    m_usingFallback = m_options.keepOutOfFolder || !AnnotationLocation::folderLooksWritable(m_folder);
    if (!m_usingFallback) {
        m_filePath = inFolder;
        const AnnotationFile::ReadResult result = loadFile(inFolder, true, &loadError);
        if (result.status == AnnotationFile::Status::Unreadable || m_usingFallback) {
            // The folder's file can be neither read nor set aside: it stays as it is and the
            // annotations go to the fallback location.
            m_usingFallback = true;
            m_filePath = fallback;
            if (QFileInfo::exists(fallback))
                loadFile(fallback, true, &loadError);
        } else if (QFileInfo::exists(fallback)) {
            mergeCopy(fallback, CopyKind::FallbackToMergeBack);
        }
    } else {
        m_filePath = fallback;
        if (QFileInfo::exists(fallback)) {
            const AnnotationFile::ReadResult result = loadFile(fallback, true, &loadError);
            // The folder's own file may have been updated since (a colleague's, on a shared
            // folder): what it has that the copy lacks is taken in; the file is not touched.
            if (result.status == AnnotationFile::Status::Ok && QFileInfo::exists(inFolder))
                mergeCopy(inFolder, CopyKind::ReadOnlyFolderFile);
        } else if (QFileInfo::exists(inFolder)) {
            loadFile(inFolder, false, &loadError); // read-only: the first save goes to the fallback
        }
    }
    rebuildIndex();
    anchorAll();
    invalidateConflicts();
    Q_EMIT annotationsReset();
    Q_EMIT changed();
    if (!loadError.isEmpty()) {
        if (error)
            *error = loadError;
        return false;
    }
    return true;
}

AnnotationFile::ReadResult AnnotationStore::loadFile(const QString &filePath, bool mayMoveAside, QString *error)
{
    AnnotationFile::ReadResult result = AnnotationFile::read(filePath);
    for (const QString &warning : std::as_const(result.warnings))
        reportProblem(warning);
    switch (result.status) {
    case AnnotationFile::Status::Ok:
        m_annotations = result.content.annotations;
        m_unreadableEntries = result.content.unreadableEntries;
        if (filePath == m_filePath) {
            m_knownFileHash = contentHash(result.bytes);
            if (result.container != AnnotationContainer::Recoupe) {
                m_foreignOriginal = filePath;
                m_foreignContainer = result.container;
            }
        }
        break;
    case AnnotationFile::Status::Missing:
        break;
    case AnnotationFile::Status::Unreadable:
        *error = result.error;
        reportProblem(result.error);
        break;
    case AnnotationFile::Status::Corrupt:
    case AnnotationFile::Status::NewerVersion: {
        const bool newer = result.status == AnnotationFile::Status::NewerVersion;
        const QString aside = asideName(filePath, newer ? "newer"_L1 : "corrupt"_L1);
        QString message = result.error;
        if (mayMoveAside && QFile::rename(filePath, aside)) {
            message += u' ' + tr("It was renamed %1 and is kept there untouched; new annotations go to a new file.").arg(nativePath(aside));
            const qsizetype backupCount = backups().size();
            if (backupCount > 0)
                message += u' ' + tr("%n earlier version(s) can be restored from the backups.", nullptr, int(backupCount));
        } else {
            message += u' ' + tr("It is left untouched; new annotations are kept in %1.")
                                  .arg(nativePath(AnnotationLocation::fallbackFilePath(m_folder, fallbackRoot())));
            if (filePath == m_filePath)
                m_usingFallback = true;
        }
        *error = message;
        reportProblem(message);
        break;
    }
    }
    return result;
}

void AnnotationStore::mergeCopy(const QString &copyPath, CopyKind kind)
{
    const AnnotationFile::ReadResult result = AnnotationFile::read(copyPath);
    if (result.status != AnnotationFile::Status::Ok) {
        if (!result.error.isEmpty())
            reportProblem(result.error);
        return;
    }
    const AnnotationMerger::Result merged = AnnotationMerger::merge(m_annotations, result.content.annotations);
    for (const Annotation &replacement : merged.replaced) {
        for (Annotation &annotation : m_annotations) {
            if (annotation.id == replacement.id)
                annotation = replacement;
        }
    }
    m_annotations.append(merged.added);
    const bool changed = !merged.added.isEmpty() || !merged.replaced.isEmpty();
    if (kind == CopyKind::FallbackToMergeBack) {
        for (const QJsonValue &entry : result.content.unreadableEntries)
            m_unreadableEntries.append(entry);
        const QString aside = asideName(copyPath, "merged"_L1);
        QFile::rename(copyPath, aside);
        reportProblem(tr("Annotations saved while the folder could not be written (%1) were merged into %2: %3")
                          .arg(nativePath(aside), nativePath(m_filePath), merged.report.summary()));
    } else if (changed) {
        reportProblem(tr("Annotations of %1 that were not in %2 yet were merged in: %3")
                          .arg(nativePath(copyPath), nativePath(m_filePath), merged.report.summary()));
    }
    if (changed || kind == CopyKind::FallbackToMergeBack) {
        m_forceBackup = true;
        scheduleSave();
    }
}

void AnnotationStore::close()
{
    if (!isOpen())
        return;
    m_saveTimer.stop();
    if (m_dirty)
        save(nullptr, true);
    Q_EMIT annotationsAboutToBeReset();
    m_saveTimer.stop();
    m_undoStack.clear();
    m_folder.clear();
    m_filePath.clear();
    m_usingFallback = false;
    m_problems.clear();
    m_annotations.clear();
    m_unreadableEntries = {};
    m_index.clear();
    m_anchors.clear();
    m_texts.clear();
    m_haveDocuments = false;
    m_resolver.clear();
    m_foreignOriginal.clear();
    m_foreignContainer = AnnotationContainer::Recoupe;
    invalidateConflicts();
    m_dirty = false;
    m_forceBackup = false;
    m_savesSinceOpen = 0;
    m_knownFileHash.clear();
    Q_EMIT annotationsReset();
    Q_EMIT changed();
}

AnnotationFolderContent AnnotationStore::readFolder(const QString &folder, const QString &fallbackRoot)
{
    AnnotationFolderContent content;
    const QFileInfo info(folder);
    const QString canonical = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    const QString root = fallbackRoot.isEmpty() ? AnnotationLocation::defaultFallbackRoot() : fallbackRoot;
    const QString inFolder = AnnotationLocation::folderFilePath(canonical);
    const QString fallback = AnnotationLocation::fallbackFilePath(canonical, root);

    auto readInto = [&content](const QString &path) {
        AnnotationFile::ReadResult result = AnnotationFile::read(path);
        content.problems += result.warnings;
        if (!result.isUsable()) {
            content.problems.append(result.error);
            content.ok = false;
        }
        return result.content.annotations;
    };

    const bool writable = AnnotationLocation::folderLooksWritable(canonical);
    const bool haveFallback = QFileInfo::exists(fallback);
    // As open() does: the file written to first, then the other copy merged in.
    const QString first = writable || !haveFallback ? inFolder : fallback;
    const QString second = writable ? fallback : inFolder;
    content.filePath = first;
    content.annotations = readInto(first);
    if (first != second && QFileInfo::exists(second)) {
        const AnnotationMerger::Result merged = AnnotationMerger::merge(content.annotations, readInto(second));
        for (const Annotation &replacement : merged.replaced) {
            for (Annotation &annotation : content.annotations) {
                if (annotation.id == replacement.id)
                    annotation = replacement;
            }
        }
        content.annotations += merged.added;
    }
    return content;
}

// ---------------------------------------------------------------------------------------------
// Reading

void AnnotationStore::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_annotations.size());
    for (int i = 0; i < m_annotations.size(); ++i)
        m_index.insert(m_annotations[i].id, i);
}

int AnnotationStore::indexOf(const QString &id) const
{
    return m_index.value(id, -1);
}

std::optional<Annotation> AnnotationStore::annotation(const QString &id) const
{
    const int index = indexOf(id);
    if (index < 0)
        return std::nullopt;
    return m_annotations.at(index);
}

QList<Annotation> AnnotationStore::annotationsOfDocument(const QString &documentId) const
{
    QList<Annotation> result;
    for (const Annotation &annotation : m_annotations) {
        if (annotation.target.documentId == documentId)
            result.append(annotation);
    }
    return result;
}

// ---------------------------------------------------------------------------------------------
// Editing

QString AnnotationStore::addAnnotation(const Annotation &annotation)
{
    if (!isOpen())
        return {};
    Annotation added = annotation;
    if (added.id.isEmpty() || indexOf(added.id) >= 0)
        added.id = Annotation::newId();
    const QDateTime time = now();
    if (!added.created.isValid())
        added.created = time;
    if (!added.modified.isValid())
        added.modified = added.created;
    if (added.author.isEmpty())
        added.author = m_author;
    m_undoStack.push(new AddAnnotationCommand(this, added, int(m_annotations.size())));
    return added.id;
}

QString AnnotationStore::annotatePassage(const QString &documentId, qsizetype start, qsizetype end, const QString &note, const QString &verdict)
{
    const auto text = m_texts.constFind(documentId);
    if (text == m_texts.cend() || start < 0 || end <= start || end > text->size())
        return {};
    Annotation annotation;
    annotation.target = AnnotationTarget::forPassage(documentId, text->toString(), start, end);
    annotation.note = note;
    annotation.verdict = verdict;
    return addAnnotation(annotation);
}

bool AnnotationStore::updateAnnotation(const Annotation &annotation)
{
    const int index = indexOf(annotation.id);
    if (index < 0)
        return false;
    const Annotation &before = m_annotations.at(index);
    Annotation after = annotation;
    after.modified = before.modified;
    if (after == before)
        return false;
    after.modified = now();
    m_undoStack.push(new EditAnnotationCommand(this, before, after));
    return true;
}

bool AnnotationStore::setNote(const QString &id, const QString &note)
{
    std::optional<Annotation> annotation = this->annotation(id);
    if (!annotation)
        return false;
    annotation->note = note;
    return updateAnnotation(*annotation);
}

bool AnnotationStore::setVerdict(const QString &id, const QString &verdict)
{
    std::optional<Annotation> annotation = this->annotation(id);
    if (!annotation)
        return false;
    annotation->verdict = verdict;
    return updateAnnotation(*annotation);
}

bool AnnotationStore::removeAnnotation(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    m_undoStack.push(new RemoveAnnotationCommand(this, m_annotations.at(index), index));
    return true;
}

void AnnotationStore::insertAnnotation(int index, const Annotation &added)
{
    Annotation annotation = added;
    m_resolver.resolve(annotation);
    index = std::clamp(index, 0, int(m_annotations.size()));
    m_annotations.insert(index, annotation);
    rebuildIndex();
    anchorOne(annotation);
    invalidateConflicts();
    scheduleSave();
    Q_EMIT annotationAdded(annotation.id, index);
    Q_EMIT changed();
}

void AnnotationStore::replaceAnnotation(const Annotation &replacement)
{
    const int index = indexOf(replacement.id);
    if (index < 0)
        return;
    Annotation annotation = replacement;
    m_resolver.resolve(annotation);
    m_annotations[index] = annotation;
    anchorOne(annotation);
    invalidateConflicts();
    scheduleSave();
    Q_EMIT annotationChanged(annotation.id, index);
    Q_EMIT changed();
}

void AnnotationStore::removeAnnotationAt(int index)
{
    if (index < 0 || index >= m_annotations.size())
        return;
    const QString id = m_annotations.at(index).id;
    Q_EMIT annotationAboutToBeRemoved(id, index);
    m_annotations.removeAt(index);
    m_anchors.remove(id);
    rebuildIndex();
    invalidateConflicts();
    scheduleSave();
    Q_EMIT annotationRemoved(id);
    Q_EMIT changed();
}

AnnotationFileContent AnnotationStore::content() const
{
    AnnotationFileContent content;
    content.annotations = m_annotations;
    content.unreadableEntries = m_unreadableEntries;
    return content;
}

void AnnotationStore::replaceContent(const AnnotationFileContent &content)
{
    Q_EMIT annotationsAboutToBeReset();
    m_annotations = content.annotations;
    m_unreadableEntries = content.unreadableEntries;
    m_resolver.resolve(m_annotations);
    rebuildIndex();
    anchorAll();
    invalidateConflicts();
    scheduleSave();
    Q_EMIT annotationsReset();
    Q_EMIT changed();
}

// ---------------------------------------------------------------------------------------------
// Anchoring

void AnnotationStore::setDocuments(const QList<Document> &documents)
{
    m_texts.clear();
    for (const Document &document : documents) {
        if (document.isLoaded())
            m_texts.insert(document.id, document.text);
    }
    m_resolver = AnnotationSourceResolver(documents);
    m_haveDocuments = true;
    if (resolveSources())
        invalidateConflicts();
    anchorAll();
    Q_EMIT anchorsChanged();
    Q_EMIT changed();
}

void AnnotationStore::updateDocument(const Document &document)
{
    if (document.isLoaded())
        m_texts.insert(document.id, document.text);
    else
        m_texts.remove(document.id);
    m_resolver.addDocument(document);
    m_haveDocuments = true;
    // An article that now declares the address some annotations name takes them in.
    if (resolveSources())
        invalidateConflicts();
    const TextAnchorer anchorer(m_texts.value(document.id).toString());
    for (const Annotation &annotation : std::as_const(m_annotations)) {
        if (annotation.target.documentId != document.id)
            continue;
        m_anchors.insert(annotation.id, document.isLoaded() ? anchorer.anchor(annotation.target) : TextAnchorer::documentMissing());
    }
    Q_EMIT anchorsChanged();
    Q_EMIT changed();
}

void AnnotationStore::removeDocument(const QString &documentId)
{
    m_texts.remove(documentId);
    m_resolver.removeDocument(documentId);
    m_haveDocuments = true;
    for (const Annotation &annotation : std::as_const(m_annotations)) {
        if (annotation.target.documentId == documentId && annotation.target.hasPassage())
            m_anchors.insert(annotation.id, TextAnchorer::documentMissing());
    }
    Q_EMIT anchorsChanged();
    Q_EMIT changed();
}

bool AnnotationStore::resolveSources()
{
    // Not an edit of the user's (nothing to undo, nothing to save for it): the same annotation,
    // named as Recoupe names it. It reaches the file with the next save.
    return m_resolver.resolve(m_annotations) > 0;
}

void AnnotationStore::anchorAll()
{
    m_anchors.clear();
    // One anchorer per document, so that its normalised text is computed once.
    QHash<QString, QList<const Annotation *>> byDocument;
    for (const Annotation &annotation : std::as_const(m_annotations)) {
        if (annotation.target.hasPassage() && m_haveDocuments)
            byDocument[annotation.target.documentId].append(&annotation);
        else
            anchorOne(annotation);
    }
    for (auto it = byDocument.cbegin(); it != byDocument.cend(); ++it) {
        const auto text = m_texts.constFind(it.key());
        if (text == m_texts.cend()) {
            for (const Annotation *annotation : it.value())
                m_anchors.insert(annotation->id, TextAnchorer::documentMissing());
            continue;
        }
        const TextAnchorer anchorer(text->toString());
        for (const Annotation *annotation : it.value())
            m_anchors.insert(annotation->id, anchorer.anchor(annotation->target));
    }
}

void AnnotationStore::anchorOne(const Annotation &annotation)
{
    const AnnotationTarget &target = annotation.target;
    AnchorResult result;
    if (!target.hasPassage()) {
        result.status = AnchorStatus::Anchored;
    } else if (!m_haveDocuments) {
        // Nothing to compare with yet: the stored place, as it is.
        result.status = AnchorStatus::Anchored;
        result.start = target.start;
        result.end = target.end;
    } else if (const auto text = m_texts.constFind(target.documentId); text != m_texts.cend()) {
        result = TextAnchorer::anchor(target, text->toString());
    } else {
        result = TextAnchorer::documentMissing();
    }
    m_anchors.insert(annotation.id, result);
}

AnchorResult AnnotationStore::anchor(const QString &id) const
{
    return m_anchors.value(id);
}

QString AnnotationStore::currentQuote(const QString &id) const
{
    const AnchorResult result = anchor(id);
    const std::optional<Annotation> annotation = this->annotation(id);
    if (!annotation || !result.isPlaced())
        return {};
    const auto text = m_texts.constFind(annotation->target.documentId);
    if (text == m_texts.cend())
        return m_haveDocuments ? QString() : annotation->target.exact;
    return text->mid(result.start, result.end - result.start);
}

QStringList AnnotationStore::conflictsWith(const QString &id) const
{
    if (!m_conflictsValid) {
        m_conflicts.clear();
        const QList<QList<qsizetype>> conflicts = AnnotationMerger::conflicts(m_annotations);
        for (qsizetype i = 0; i < conflicts.size(); ++i) {
            for (const qsizetype j : conflicts[i])
                m_conflicts[m_annotations[i].id].append(m_annotations[j].id);
        }
        m_conflictsValid = true;
    }
    return m_conflicts.value(id);
}

// ---------------------------------------------------------------------------------------------
// Import and backups

bool AnnotationStore::importFile(const QString &filePath, AnnotationMergeReport *report, QString *error)
{
    if (!isOpen()) {
        if (error)
            *error = tr("No folder is open");
        return false;
    }
    const AnnotationFile::ReadResult read = AnnotationFile::read(filePath);
    if (read.status != AnnotationFile::Status::Ok) {
        if (error) {
            *error = read.status == AnnotationFile::Status::Missing ? tr("The file %1 does not exist").arg(nativePath(filePath))
                                                                    : read.error;
        }
        return false;
    }
    // Found in this folder's articles first, so that an annotation named by web address is
    // recognised as the same one named by path.
    QList<Annotation> incoming = read.content.annotations;
    m_resolver.resolve(incoming);
    const AnnotationMerger::Result merged = AnnotationMerger::merge(m_annotations, incoming);
    if (report) {
        *report = merged.report;
        report->warnings = read.warnings;
        if (m_haveDocuments) {
            for (const QList<Annotation> *list : {&merged.added, &merged.replaced}) {
                for (const Annotation &annotation : *list) {
                    if (annotation.target.hasPassage() && m_resolver.documentFor(annotation.target).isEmpty())
                        ++report->orphans;
                }
            }
        }
    }
    if (merged.added.isEmpty() && merged.replaced.isEmpty())
        return true;
    m_forceBackup = true;
    m_undoStack.beginMacro(tr("Import annotations from %1").arg(QFileInfo(filePath).fileName()));
    for (const Annotation &replacement : merged.replaced) {
        if (const std::optional<Annotation> before = annotation(replacement.id))
            m_undoStack.push(new EditAnnotationCommand(this, *before, replacement));
    }
    for (const Annotation &added : merged.added)
        m_undoStack.push(new AddAnnotationCommand(this, added, int(m_annotations.size())));
    m_undoStack.endMacro();
    return true;
}

QList<AnnotationBackup> AnnotationStore::backups() const
{
    QList<AnnotationBackup> result;
    if (m_filePath.isEmpty())
        return result;
    const QFileInfo file(m_filePath);
    const QDir dir = file.absoluteDir();
    const QRegularExpression pattern(u"^"_s + QRegularExpression::escape(file.fileName()) + u"\\.bak\\.(\\d+)$"_s);
    const QStringList names = dir.entryList({file.fileName() + ".bak.*"_L1}, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        AnnotationBackup backup;
        backup.filePath = dir.filePath(name);
        backup.number = match.captured(1).toInt();
        backup.saved = QFileInfo(backup.filePath).lastModified(QTimeZone::UTC);
        const AnnotationFile::ReadResult read = AnnotationFile::read(backup.filePath);
        if (read.status == AnnotationFile::Status::Ok)
            backup.annotationCount = read.content.annotations.size();
        else
            backup.error = read.error;
        result.append(backup);
    }
    std::sort(result.begin(), result.end(), [](const AnnotationBackup &a, const AnnotationBackup &b) { return a.number < b.number; });
    return result;
}

bool AnnotationStore::restoreBackup(const QString &backupFilePath, QString *error)
{
    if (!isOpen()) {
        if (error)
            *error = tr("No folder is open");
        return false;
    }
    const AnnotationFile::ReadResult read = AnnotationFile::read(backupFilePath);
    if (read.status != AnnotationFile::Status::Ok) {
        if (error) {
            *error = read.status == AnnotationFile::Status::Missing ? tr("The file %1 does not exist").arg(nativePath(backupFilePath))
                                                                    : read.error;
        }
        return false;
    }
    AnnotationFileContent restored = read.content;
    restored.folder.clear();
    m_forceBackup = true;
    m_undoStack.push(new ReplaceAnnotationsCommand(this, content(), restored,
                                                   tr("Restore annotations from %1").arg(QFileInfo(backupFilePath).fileName())));
    return true;
}

// ---------------------------------------------------------------------------------------------
// Saving

void AnnotationStore::scheduleSave()
{
    if (!isOpen())
        return;
    m_dirty = true;
    // Write-through: the change is on disk before the caller goes on (a window where each
    // annotation is a deliberate act, and a crash right after it must lose nothing).
    if (m_options.saveDelayMs <= 0) {
        save(nullptr);
        return;
    }
    // Not restarted by later changes: a steady stream of edits is still saved every saveDelayMs.
    if (!m_saveTimer.isActive())
        m_saveTimer.start(m_options.saveDelayMs);
}

bool AnnotationStore::flush(QString *error)
{
    m_saveTimer.stop();
    if (!m_dirty || !isOpen())
        return true;
    return save(error);
}

bool AnnotationStore::save(QString *error, bool lastChance)
{
    if (!m_dirty || !isOpen())
        return true;
    AnnotationFileContent data = content();
    if (m_usingFallback)
        data.folder = m_folder;
    AnnotationFile::WriteResult result = writeTo(m_filePath, AnnotationFile::serialize(data));
    if (!result.ok && result.couldNotCreate && !m_usingFallback) {
        const QString fallback = AnnotationLocation::fallbackFilePath(m_folder, fallbackRoot());
        reportProblem(tr("%1 Annotations are now saved in %2.").arg(result.error, nativePath(fallback)));
        m_usingFallback = true;
        m_filePath = fallback;
        m_knownFileHash.clear();
        data.folder = m_folder;
        result = writeTo(m_filePath, AnnotationFile::serialize(data));
    }
    if (!result.ok && lastChance && !m_usingFallback) {
        // Closing, with no later attempt to come: an emergency copy in the fallback location,
        // which the next open() of the folder merges back.
        const QString fallback = AnnotationLocation::fallbackFilePath(m_folder, fallbackRoot());
        data.folder = m_folder;
        if (writeTo(fallback, AnnotationFile::serialize(data)).ok) {
            reportProblem(tr("%1 An emergency copy was saved to %2; it is merged back when the folder is opened again.")
                              .arg(result.error, nativePath(fallback)));
            m_dirty = false;
            Q_EMIT saved(fallback);
            return true;
        }
    }
    if (!result.ok) {
        if (error)
            *error = result.error;
        if (!lastChance)
            m_saveTimer.start(m_options.retryDelayMs);
        Q_EMIT saveFailed(result.error);
        return false;
    }
    m_dirty = false;
    ++m_savesSinceOpen;
    Q_EMIT saved(m_filePath);
    return true;
}

AnnotationFile::WriteResult AnnotationStore::writeTo(const QString &filePath, const QByteArray &bytes)
{
    const QFileInfo info(filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        AnnotationFile::WriteResult result;
        result.couldNotCreate = true;
        result.error = tr("Cannot create the folder %1.").arg(nativePath(info.absolutePath()));
        return result;
    }
    if (filePath == m_foreignOriginal) {
        AnnotationFile::WriteResult result;
        if (!keepForeignOriginal(filePath, &result.error))
            return result;
    }
    if (info.isFile()) {
        QFile existing(filePath);
        QByteArray onDisk;
        if (existing.open(QIODevice::ReadOnly))
            onDisk = existing.readAll();
        const QByteArray onDiskHash = contentHash(onDisk);
        if (onDisk == bytes) {
            m_knownFileHash = onDiskHash;
            m_forceBackup = false;
            AnnotationFile::WriteResult unchanged;
            unchanged.ok = true;
            return unchanged;
        }
        const bool changedElsewhere = !m_knownFileHash.isEmpty() && onDiskHash != m_knownFileHash;
        if (changedElsewhere || backupDue(filePath, onDisk)) {
            if (!backUp(filePath))
                reportProblem(tr("The previous annotations could not be backed up to %1.").arg(nativePath(backupPath(filePath, 1))));
            else if (changedElsewhere)
                reportProblem(tr("The annotations file %1 was changed by another program; that version was kept as %2.")
                                  .arg(nativePath(filePath), nativePath(backupPath(filePath, 1))));
        }
    }
    const AnnotationFile::WriteResult result = AnnotationFile::write(filePath, bytes);
    if (result.ok) {
        m_knownFileHash = contentHash(bytes);
        m_forceBackup = false;
    }
    return result;
}

bool AnnotationStore::keepForeignOriginal(const QString &filePath, QString *error)
{
    if (!QFileInfo(filePath).isFile()) { // gone meanwhile: nothing left to keep
        m_foreignOriginal.clear();
        return true;
    }
    QFile original(filePath);
    if (!original.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot save the annotations to %1: that file, written by another tool, could not be read to be kept "
                    "aside first (%2). It was left as it is.")
                     .arg(nativePath(filePath), original.errorString());
        return false;
    }
    const QByteArray bytes = original.readAll();
    original.close();
    // The backups roll over after ten saves; this copy is never replaced: a name already taken
    // by other content moves on to -2, -3...
    const QString base = filePath + ".w3c-original"_L1;
    QString keptAs = base;
    for (int n = 2;; ++n) {
        QFile existing(keptAs);
        if (!existing.exists() && !QFileInfo(keptAs).isSymLink())
            break;
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes) {
            m_foreignOriginal.clear(); // kept already, by an earlier session that could not save
            return true;
        }
        keptAs = base + u'-' + QString::number(n);
    }
    const AnnotationFile::WriteResult copy = AnnotationFile::write(keptAs, bytes);
    if (!copy.ok) {
        *error = tr("Cannot save the annotations to %1: that file, written by another tool, could not be kept aside as %2 "
                    "first (%3). It was left as it is.")
                     .arg(nativePath(filePath), nativePath(keptAs), copy.error);
        return false;
    }
    reportProblem(tr("%1 held %2, written by another tool. Recoupe now saves its own format there (W3C annotations "
                     "too); the file as it was is kept as %3.")
                      .arg(nativePath(filePath), AnnotationFile::containerDescription(m_foreignContainer), nativePath(keptAs)));
    m_foreignOriginal.clear();
    return true;
}

bool AnnotationStore::backupDue(const QString &filePath, const QByteArray &onDisk) const
{
    if (onDisk.isEmpty() || m_options.maxBackups <= 0)
        return false;
    if (m_forceBackup || m_savesSinceOpen == 0 || m_options.backupIntervalSeconds <= 0)
        return true;
    const QFileInfo newest(backupPath(filePath, 1));
    return !newest.exists() || newest.lastModified(QTimeZone::UTC).secsTo(now()) >= m_options.backupIntervalSeconds;
}

bool AnnotationStore::backUp(const QString &filePath)
{
    return FileBackups::backUp(filePath, m_options.maxBackups);
}

} // namespace Recoupe
