#include "analysissession.h"

#include "analysis/analysispipeline.h"
#include "compare/passagematcher.h"
#include "models/claimgroupsmodel.h"
#include "models/figuresmodel.h"

#include <QtConcurrentRun>

namespace Recoupe {

AnalysisSession::AnalysisSession(QObject *parent)
    : QObject(parent)
    , m_groupsModel(new ClaimGroupsModel(this))
    , m_figuresModel(new FiguresModel(this))
{
    // Claims and groups beside passages; a canceled run may still be finishing.
    m_pool.setMaxThreadCount(3);
}

AnalysisSession::~AnalysisSession()
{
    cancel();
}

template<typename T, typename Handler>
void AnalysisSession::watch(const QFuture<T> &future, Handler handler)
{
    auto *watcher = new QFutureWatcher<T>(this);
    m_watchers.append(watcher);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, handler] {
        m_watchers.removeOne(watcher);
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const QFuture<T> done = watcher->future();
        if (!done.isCanceled() && done.resultCount() > 0)
            handler(done.result());
        stageDone();
    });
    ++m_pendingStages;
    watcher->setFuture(future);
}

void AnalysisSession::analyse(const QString &folder, const QList<Document> &documents)
{
    cancel();
    clear();
    m_documents = documents;
    m_folder = folder;
    Q_EMIT started();
    AnalysisOptions options;
    options.passages = false; // below, on a future of their own that a cancel stops at once
    // The store's corrections, not the file: the window's are the newest (and read already).
    if (m_correctionsFolder == folder)
        options.corrections = m_corrections;
    const QList<Correction> used = options.corrections.value_or(QList<Correction>());
    // The entity files are read by the pipeline on its worker, not on the GUI thread.
    watch(QtConcurrent::run(&m_pool, &AnalysisPipeline::analyseDocumentsWithPromise, folder, m_documents, options),
          [this, used](const FolderAnalysis &analysis) {
              m_warnings = analysis.warnings;
              m_haveAnalysis = true;
              takeClaimsAndGroups(analysis);
              // A correction made while the folder was being analysed.
              if (m_correctionsFolder == m_folder && m_corrections != used)
                  setCorrections(m_folder, m_corrections);
          });
    watch(QtConcurrent::run(&m_pool, &PassageMatcher::matchWithPromise, m_documents, options.passageOptions),
          [this](const QList<PassageMatch> &passages) {
              m_passages = passages;
              m_passagesOfDocument.clear();
              for (qsizetype i = 0; i < m_passages.size(); ++i) {
                  m_passagesOfDocument[m_passages.at(i).first.document].append(i);
                  if (m_passages.at(i).second.document != m_passages.at(i).first.document)
                      m_passagesOfDocument[m_passages.at(i).second.document].append(i);
              }
              Q_EMIT passagesReady();
          });
}

void AnalysisSession::takeClaimsAndGroups(const FolderAnalysis &analysis)
{
    m_analysis = analysis;
    // The window keeps the documents itself; the analysis's copy shares their data.
    m_claims = analysis.claims;
    m_claimIndex.clear();
    m_claimsOfDocument.clear();
    m_claimIndex.reserve(m_claims.size());
    for (qsizetype i = 0; i < m_claims.size(); ++i) {
        m_claimIndex.insert(m_claims.at(i).id(), i);
        m_claimsOfDocument[m_claims.at(i).document].append(i);
    }
    m_figuresModel->setResults(m_claims, m_documents);
    Q_EMIT claimsReady();
    m_groups = analysis.groups;
    m_groupsModel->setResults(m_groups);
    Q_EMIT groupsReady();
}

void AnalysisSession::setCorrections(const QString &folder, const QList<Correction> &corrections)
{
    m_correctionsFolder = folder;
    m_corrections = corrections;
    if (!m_haveAnalysis || folder != m_folder)
        return; // the analysis running (or the next one) takes them
    const quint64 generation = m_generation;
    const quint64 correctionGeneration = ++m_correctionGeneration;
    auto *watcher = new QFutureWatcher<FolderAnalysis>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, correctionGeneration] {
        watcher->deleteLater();
        // Stale when the folder was analysed again or a newer correction was made meanwhile.
        if (generation != m_generation || correctionGeneration != m_correctionGeneration || watcher->future().resultCount() == 0)
            return;
        takeClaimsAndGroups(watcher->result());
        Q_EMIT correctionsApplied();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, &AnalysisPipeline::reapplyCorrections, m_analysis, corrections, AnalysisOptions()));
}

const AppliedCorrection *AnalysisSession::correctionOf(const QString &claimId) const
{
    return m_analysis.correctionOf(claimId);
}

void AnalysisSession::stageDone()
{
    if (--m_pendingStages == 0)
        Q_EMIT finished();
}

void AnalysisSession::cancel()
{
    // Results of the stages still running belong to an older generation from now on.
    ++m_generation;
    m_pendingStages = 0;
    for (QFutureWatcherBase *watcher : std::as_const(m_watchers)) {
        watcher->cancel();
        watcher->disconnect(this);
        watcher->deleteLater();
    }
    m_watchers.clear();
}

void AnalysisSession::clear()
{
    m_documents.clear();
    m_folder.clear();
    m_analysis = {};
    m_haveAnalysis = false;
    m_claims.clear();
    m_claimIndex.clear();
    m_claimsOfDocument.clear();
    m_groups.clear();
    m_passages.clear();
    m_passagesOfDocument.clear();
    m_warnings.clear();
    m_groupsModel->clear();
    m_figuresModel->clear();
}

const Claim *AnalysisSession::claim(const QString &claimId) const
{
    const auto it = m_claimIndex.constFind(claimId);
    return it == m_claimIndex.cend() ? nullptr : &m_claims.at(*it);
}

ClaimList AnalysisSession::claimsOf(const QString &documentId) const
{
    // Through the index: a pane asks on every change of the analysis, and a scan of every claim
    // of a large folder showed on the GUI thread.
    ClaimList result;
    const QList<qsizetype> positions = m_claimsOfDocument.value(documentId);
    result.reserve(positions.size());
    for (const qsizetype position : positions)
        result.append(m_claims.at(position));
    return result;
}

QList<PassageMatch> AnalysisSession::passagesOf(const QString &documentId) const
{
    QList<PassageMatch> result;
    for (const qsizetype position : m_passagesOfDocument.value(documentId)) {
        const PassageMatch &match = m_passages.at(position);
        if (match.first.document == documentId)
            result.append(match);
        else if (match.second.document == documentId)
            result.append({match.second, match.first, match.score, match.shared});
    }
    return result;
}

} // namespace Recoupe
