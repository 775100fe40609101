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
    Q_EMIT started();
    AnalysisOptions options;
    options.passages = false; // below, on a future of their own that a cancel stops at once
    // The entity files are read by the pipeline on its worker, not on the GUI thread.
    watch(QtConcurrent::run(&m_pool, &AnalysisPipeline::analyseDocumentsWithPromise, folder, m_documents, options),
          [this](const FolderAnalysis &analysis) {
              m_claims = analysis.claims;
              for (qsizetype i = 0; i < m_claims.size(); ++i)
                  m_claimIndex.insert(m_claims.at(i).id(), i);
              m_warnings = analysis.warnings;
              m_figuresModel->setResults(m_claims, m_documents);
              Q_EMIT claimsReady();
              m_groups = analysis.groups;
              m_groupsModel->setResults(m_groups);
              Q_EMIT groupsReady();
          });
    watch(QtConcurrent::run(&m_pool, &PassageMatcher::matchWithPromise, m_documents, options.passageOptions),
          [this](const QList<PassageMatch> &passages) {
              m_passages = passages;
              Q_EMIT passagesReady();
          });
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
    m_claims.clear();
    m_claimIndex.clear();
    m_groups.clear();
    m_passages.clear();
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
    ClaimList result;
    for (const Claim &claim : m_claims) {
        if (claim.document == documentId)
            result.append(claim);
    }
    return result;
}

QList<PassageMatch> AnalysisSession::passagesOf(const QString &documentId) const
{
    QList<PassageMatch> result;
    for (const PassageMatch &match : m_passages) {
        if (match.first.document == documentId)
            result.append(match);
        else if (match.second.document == documentId)
            result.append({match.second, match.first, match.score, match.shared});
    }
    return result;
}

} // namespace Recoupe
