#include "analysissession.h"

#include "analysis/analysispipeline.h"
#include "compare/passagematcher.h"
#include "models/claimgroupsmodel.h"
#include "models/figuresmodel.h"

#include <QtConcurrentRun>

namespace Recoupe {

// What the GUI thread takes over once an analysis (or a correction) is done: the analysis and
// everything indexed from it, made on the worker so that taking it over costs the GUI thread
// no more than handing the models their contents.
struct AnalysisSession::Results {
    FolderAnalysis analysis;
    ClaimIndex index;
    FiguresModel::Contents figures;
    ClaimGroupsModel::Contents groups;
    std::optional<TimelineModel::Layout> timeline;
    TimelineOptions timelineOptions;
};

AnalysisSession::Results AnalysisSession::prepare(FolderAnalysis analysis, const QList<Document> &documents,
                                                  const std::optional<TimelineOptions> &timeline, QFuture<TimelineModel::Layout> timelineClaims,
                                                  QFuture<FiguresModel::Contents> figures)
{
    Results results;
    results.index = ClaimIndex(analysis.claims, analysis.groups);
    // Waiting on rows that have not started yet makes them here.
    results.figures = figures.isValid() ? figures.result() : FiguresModel::prepare(analysis.claims, documents);
    results.groups = ClaimGroupsModel::prepare(analysis.groups);
    if (timeline) {
        // Waiting on a layout that has not started yet runs it here.
        TimelineModel::Layout layout = timelineClaims.isValid() ? timelineClaims.result()
                                                                : TimelineModel::layOutClaims(documents, analysis.claims, *timeline);
        TimelineModel::markDiscrepancies(layout, analysis.groups);
        results.timeline = std::move(layout);
        results.timelineOptions = *timeline;
    }
    results.analysis = std::move(analysis);
    return results;
}

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
    options.passageOptions.quotes = false; // the panes mark passages by their offsets
    // The store's corrections, not the file: the window's are the newest (and read already).
    if (m_correctionsFolder == folder)
        options.corrections = m_corrections;
    const QList<Correction> used = options.corrections.value_or(QList<Correction>());
    // The entity files are read by the pipeline on its worker, not on the GUI thread.
    const auto analyse = [folder, documents = m_documents, options, timeline = timelineOptions(), pool = &m_pool](QPromise<Results> &promise) mutable {
        // The timeline's claims are laid out, and the Figures panel's rows made, on threads of
        // their own while the claims are grouped: on two cores they otherwise followed the
        // grouping alone, with one core idle.
        QFuture<TimelineModel::Layout> timelineClaims;
        QFuture<FiguresModel::Contents> figures;
        options.claimsFinal = [&timelineClaims, &figures, &documents, &timeline, pool](const ClaimList &claims) {
            if (timeline)
                timelineClaims = QtConcurrent::run(pool, &TimelineModel::layOutClaims, documents, claims, *timeline);
            figures = QtConcurrent::run(pool, &FiguresModel::prepare, claims, documents);
        };
        AnalysisPipeline::analyseDocumentsWithPromiseThen(promise, folder, documents, options, [&](FolderAnalysis analysis) {
            return prepare(std::move(analysis), documents, timeline, timelineClaims, figures);
        });
        // A canceled analysis leaves these running on copies: waited for, not abandoned on a
        // pool being destroyed.
        if (timelineClaims.isValid())
            timelineClaims.waitForFinished();
        if (figures.isValid())
            figures.waitForFinished();
    };
    watch(QtConcurrent::run(&m_pool, analyse), [this, used](const Results &results) {
              m_warnings = results.analysis.warnings;
              m_haveAnalysis = true;
              takeResults(results);
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

void AnalysisSession::takeResults(const Results &results)
{
    // Copies that share the worker's data: nothing here grows with the folder.
    m_analysis = results.analysis;
    // The window keeps the documents itself; the analysis's copy shares their data.
    m_claims = m_analysis.claims;
    m_index = results.index;
    m_timelineLayout = results.timeline;
    m_timelineLayoutOptions = results.timelineOptions;
    m_figuresModel->setContents(results.figures);
    Q_EMIT claimsReady();
    m_groups = m_analysis.groups;
    m_groupsModel->setContents(results.groups);
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
    auto *watcher = new QFutureWatcher<Results>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, correctionGeneration] {
        watcher->deleteLater();
        // Stale when the folder was analysed again or a newer correction was made meanwhile.
        if (generation != m_generation || correctionGeneration != m_correctionGeneration || watcher->future().resultCount() == 0)
            return;
        takeResults(watcher->result());
        Q_EMIT correctionsApplied();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [analysis = m_analysis, corrections, documents = m_documents, timeline = timelineOptions()] {
        return prepare(AnalysisPipeline::reapplyCorrections(analysis, corrections), documents, timeline);
    }));
}

const AppliedCorrection *AnalysisSession::correctionOf(const QString &claimId) const
{
    return m_analysis.correctionOf(claimId);
}

std::optional<TimelineOptions> AnalysisSession::timelineOptions() const
{
    if (!m_timelineOptionsSource)
        return std::nullopt;
    return m_timelineOptionsSource();
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
    m_index = {};
    m_timelineLayout.reset();
    m_timelineLayoutOptions = {};
    m_groups.clear();
    m_passages.clear();
    m_passagesOfDocument.clear();
    m_warnings.clear();
    m_groupsModel->clear();
    m_figuresModel->clear();
}

const Claim *AnalysisSession::claim(const QString &claimId) const
{
    const qsizetype position = m_index.positionOf(claimId);
    return position < 0 ? nullptr : &m_claims.at(position);
}

ClaimList AnalysisSession::claimsOf(const QString &documentId) const
{
    // Through the index: a pane asks on every change of the analysis, and a scan of every claim
    // of a large folder showed on the GUI thread.
    ClaimList result;
    const QList<qsizetype> positions = m_index.positionsIn(documentId);
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
