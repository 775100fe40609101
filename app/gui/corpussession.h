#pragma once

#include "corpus/corpus.h"
#include "corpus/corpusloader.h"
#include "corpus/documentoverrides.h"
#include "corpus/documentwatcher.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

namespace Recoupe {

class AnnotationStore;
class CorrectionStore;
class DocumentListModel;
class LoadProblemsModel;

// The folder the window shows: loads it off the GUI thread, owns the corpus and the models the
// docks read, and saves what the user states about a document. Widgets ask it and listen to it;
// it knows no widget.
class CorpusSession : public QObject
{
    Q_OBJECT
public:
    explicit CorpusSession(QObject *parent = nullptr);
    ~CorpusSession() override;

    // Starts reading folder; a load already running is canceled and its result will be ignored.
    void openFolder(const QString &folder);
    // Reads the current folder again (files may have changed on disk).
    void reload();
    // Stops the running load; the corpus shown before it stays.
    void cancel();

    bool isLoading() const;
    // The folder being shown (the last load that finished); empty before any.
    QString folder() const { return m_corpus.folder; }
    // The folder being read, while loading.
    QString loadingFolder() const { return m_loadingFolder; }
    const Corpus &corpus() const { return m_corpus; }
    const Document *document(const QString &id) const { return m_corpus.document(id); }

    DocumentListModel *documentsModel() const { return m_documentsModel; }
    // The fact-checkers' annotations of the folder: opened with it, placed again in every
    // article's current text, each change on disk before the call returns.
    AnnotationStore *annotations() const { return m_annotations; }
    // The fact-checkers' corrections of figures: opened with the folder, their commands on the
    // annotations' undo stack (one Undo for both).
    CorrectionStore *corrections() const { return m_corrections; }
    LoadProblemsModel *problemsModel() const { return m_problemsModel; }

    void setLoadOptions(const CorpusLoadOptions &options) { m_options = options; }
    // Where loads run, canceled ones included until they reach their next file (tests wait on it).
    QThreadPool *loadPool() { return &m_loadPool; }

    // What the user stated about a document (an empty field: nothing stated). Saved in
    // FOLDER/.recoupe/documents.json; on failure returns false with a message for the user.
    DocumentOverride documentOverride(const QString &documentId) const;
    bool setDocumentOverride(const QString &documentId, const DocumentOverride &override, QString *error);

Q_SIGNALS:
    void loadStarted(const QString &folder);
    void progressChanged(int value, int maximum, const QString &text);
    // The corpus and the models now show folder.
    void loadFinished(const QString &folder);
    void loadCanceled(const QString &folder);
    void documentChanged(const QString &documentId);
    // An article changed on disk while the folder was open and was read again (its annotations
    // placed again).
    void documentReread(const QString &documentId);
    // Something about the annotations file the user must know (moved aside, saved elsewhere).
    void annotationsProblem(const QString &message);

private:
    void startLoad(const QString &folder);
    void watchDocuments();
    void rereadDocument(const QString &absolutePath);
    void handleFinished(QFutureWatcher<Corpus> *watcher);
    void discardWatcher();

    Corpus m_corpus;
    DocumentOverrides m_overrides;
    QString m_overridesError; // documents.json could not be read: never overwrite it
    CorpusLoadOptions m_options;
    QString m_loadingFolder;
    QPointer<QFutureWatcher<Corpus>> m_watcher;
    // Loads run here, not on the global pool: the loader spreads its files over the global pool
    // and blocks until they are read, and a load waiting on a pool it occupies can starve it
    // (seen with a canceled load and a new one running at once on two cores).
    QThreadPool m_loadPool;
    DocumentListModel *m_documentsModel;
    LoadProblemsModel *m_problemsModel;
    AnnotationStore *m_annotations;
    CorrectionStore *m_corrections;
    DocumentWatcher m_fileWatcher;
};

} // namespace Recoupe
