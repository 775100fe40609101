#include "corpussession.h"

#include "annotations/annotationstore.h"
#include "corpus/documentreader.h"
#include "corrections/correctionstore.h"
#include "models/documentlistmodel.h"
#include "models/loadproblemsmodel.h"

#include <QtConcurrentRun>

namespace Recoupe {

namespace {

AnnotationStore::Options annotationOptions()
{
    AnnotationStore::Options options;
    options.saveDelayMs = 0;
    return options;
}

} // namespace

CorpusSession::CorpusSession(QObject *parent)
    : QObject(parent)
    , m_documentsModel(new DocumentListModel(this))
    , m_problemsModel(new LoadProblemsModel(this))
    , m_annotations(new AnnotationStore(annotationOptions(), this))
    , m_corrections(new CorrectionStore(this))
{
    m_corrections->setUndoStack(m_annotations->undoStack());
    connect(m_corrections, &CorrectionStore::problemReported, this, &CorpusSession::annotationsProblem);
    connect(m_corrections, &CorrectionStore::saveFailed, this, &CorpusSession::annotationsProblem);
    connect(&m_fileWatcher, &DocumentWatcher::fileChanged, this, &CorpusSession::rereadDocument);
    connect(m_annotations, &AnnotationStore::problemReported, this, &CorpusSession::annotationsProblem);
    connect(m_annotations, &AnnotationStore::saveFailed, this, &CorpusSession::annotationsProblem);
    // A canceled load may still be finishing its current files while the next one starts.
    m_loadPool.setMaxThreadCount(2);
}

CorpusSession::~CorpusSession()
{
    // The worker holds copies only; it stops at the next file, and m_loadPool waits for it.
    discardWatcher();
}

void CorpusSession::openFolder(const QString &folder)
{
    startLoad(folder);
}

void CorpusSession::reload()
{
    const QString folder = m_loadingFolder.isEmpty() ? m_corpus.folder : m_loadingFolder;
    if (!folder.isEmpty())
        startLoad(folder);
}

void CorpusSession::cancel()
{
    if (!m_watcher)
        return;
    const QString folder = m_loadingFolder;
    discardWatcher();
    m_loadingFolder.clear();
    Q_EMIT loadCanceled(folder);
}

bool CorpusSession::isLoading() const
{
    return m_watcher != nullptr;
}

void CorpusSession::discardWatcher()
{
    if (!m_watcher)
        return;
    // Each load has its own watcher: once disconnected, whatever an older load still reports
    // can no longer reach the session, so a newer load always wins.
    m_watcher->disconnect(this);
    m_watcher->cancel();
    m_watcher->deleteLater();
    m_watcher = nullptr;
}

void CorpusSession::startLoad(const QString &folder)
{
    discardWatcher();
    m_loadingFolder = folder;

    auto *watcher = new QFutureWatcher<Corpus>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, this, [this, watcher](int, int maximum) {
        Q_EMIT progressChanged(watcher->progressValue(), maximum, watcher->progressText());
    });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int value) {
        Q_EMIT progressChanged(value, watcher->progressMaximum(), watcher->progressText());
    });
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this, [this, watcher](const QString &text) {
        Q_EMIT progressChanged(watcher->progressValue(), watcher->progressMaximum(), text);
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] { handleFinished(watcher); });

    Q_EMIT loadStarted(folder);
    watcher->setFuture(QtConcurrent::run(&m_loadPool, &CorpusLoader::loadWithPromise, folder, m_options));
}

void CorpusSession::handleFinished(QFutureWatcher<Corpus> *watcher)
{
    if (watcher != m_watcher)
        return;
    const QString folder = m_loadingFolder;
    const QFuture<Corpus> future = watcher->future();
    m_watcher = nullptr;
    watcher->deleteLater();
    m_loadingFolder.clear();

    if (future.isCanceled() || future.resultCount() == 0) {
        Q_EMIT loadCanceled(folder);
        return;
    }
    m_corpus = future.result();
    if (m_corpus.folder.isEmpty())
        m_corpus.folder = folder;
    // Read once more here, so that a correction merges with what is already stated.
    m_overrides = {};
    m_overridesError.clear();
    m_overrides.load(m_corpus.folder, &m_overridesError);
    m_documentsModel->setDocuments(m_corpus.documents);
    m_problemsModel->setCorpus(m_corpus);
    if (m_annotations->folder() != m_corpus.folder) {
        m_annotations->close();
        QString error;
        if (!m_annotations->open(m_corpus.folder, &error) && !error.isEmpty())
            Q_EMIT annotationsProblem(error);
    }
    if (m_corrections->folder() != m_corpus.folder) {
        // Its problems reach annotationsProblem through problemReported.
        m_corrections->open(m_corpus.folder);
    }
    // Annotations made on an earlier text are placed again in the current one.
    m_annotations->setDocuments(m_corpus.documents);
    Q_EMIT loadFinished(m_corpus.folder);
    // After the window has started the analysis: a watch is a system call per file, 2,000 of
    // them for a large folder, which the analysis need not wait for.
    watchDocuments();
}

void CorpusSession::watchDocuments()
{
    QStringList paths;
    paths.reserve(m_corpus.documents.size());
    for (const Document &document : std::as_const(m_corpus.documents)) {
        if (document.isLoaded())
            paths.append(document.absolutePath);
    }
    m_fileWatcher.watch(paths);
}

void CorpusSession::rereadDocument(const QString &absolutePath)
{
    QString id;
    for (const Document &document : std::as_const(m_corpus.documents)) {
        if (document.absolutePath == absolutePath)
            id = document.id;
    }
    if (id.isEmpty())
        return;
    // Read off the GUI thread; the folder may have changed meanwhile, which the id check catches.
    auto *watcher = new QFutureWatcher<Document>(this);
    const QString folder = m_corpus.folder;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, folder, id, absolutePath] {
        watcher->deleteLater();
        if (folder != m_corpus.folder || watcher->future().resultCount() == 0)
            return;
        Document document = watcher->result();
        m_overrides.apply(document);
        for (Document &existing : m_corpus.documents) {
            if (existing.id != id)
                continue;
            if (existing == document)
                return;
            existing = document;
            m_documentsModel->updateDocument(document);
            m_annotations->updateDocument(document);
            break;
        }
        // Editors that save by renaming leave the watcher on the old file: watch the new one.
        m_fileWatcher.rewatch(absolutePath);
        Q_EMIT documentChanged(id);
        Q_EMIT documentReread(id);
    });
    watcher->setFuture(QtConcurrent::run(&m_loadPool, [absolutePath, id, options = m_options] { return DocumentReader::read(absolutePath, id, options); }));
}

DocumentOverride CorpusSession::documentOverride(const QString &documentId) const
{
    return m_overrides.value(documentId);
}

bool CorpusSession::setDocumentOverride(const QString &documentId, const DocumentOverride &override, QString *error)
{
    if (m_corpus.folder.isEmpty() || !m_corpus.document(documentId)) {
        if (error)
            *error = tr("No document named %1 in the open folder.").arg(documentId);
        return false;
    }
    if (!m_overridesError.isEmpty()) {
        // Saving now would replace the user's earlier statements with this one alone.
        if (error)
            *error = tr("%1\nRepair or remove that file, then reload the folder.").arg(m_overridesError);
        return false;
    }
    const DocumentOverride previous = m_overrides.value(documentId);
    DocumentOverrides updated = m_overrides;
    updated.set(documentId, override);
    QString saveError;
    if (!updated.save(m_corpus.folder, &saveError)) {
        if (error)
            *error = saveError;
        return false;
    }
    m_overrides = updated;

    // A field the user no longer states goes back to what the file says, which only the file
    // knows: read the folder again. Otherwise the statement simply replaces the field.
    const bool withdrawn = (!previous.date.isEmpty() && override.date.isEmpty())
        || (!previous.title.isEmpty() && override.title.isEmpty())
        || (!previous.language.isEmpty() && override.language.isEmpty());
    if (withdrawn) {
        reload();
        return true;
    }
    for (Document &document : m_corpus.documents) {
        if (document.id == documentId) {
            m_overrides.apply(document);
            m_documentsModel->updateDocument(document);
            m_annotations->updateDocument(document);
            break;
        }
    }
    Q_EMIT documentChanged(documentId);
    return true;
}

} // namespace Recoupe
