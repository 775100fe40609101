#pragma once

#include "claims/claim.h"
#include "compare/claimgroup.h"
#include "compare/passagematch.h"
#include "corpus/document.h"
#include "analysis/claimindex.h"
#include "analysis/folderanalysis.h"
#include "models/figuresmodel.h"
#include "models/timelinemodel.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <optional>

namespace Recoupe {

class ClaimGroupsModel;
class FiguresModel;

// What Recoupe finds in a loaded folder, computed off the GUI thread: the claims of every article
// and their groups across articles, by the AnalysisPipeline that recoupe-cli runs too (so the
// window and the commands cannot differ), and, alongside, the sentences that say the same thing
// (PassageMatcher, the pipeline's slowest stage, run apart so that groups need not wait for it).
// A newer analysis makes older results stale; widgets read the results and the groups model
// once the signals say they are there.
class AnalysisSession : public QObject
{
    Q_OBJECT
public:
    explicit AnalysisSession(QObject *parent = nullptr);
    ~AnalysisSession() override;

    // Starts over on the documents of folder (a copy is kept; the folder's own entities file is
    // read too); anything still running is canceled.
    void analyse(const QString &folder, const QList<Document> &documents);
    void cancel();
    void clear();
    // The fact-checkers' corrections of folder (the window's CorrectionStore): used by the next
    // analyse(), and applied at once to the claims already read when they are folder's, on a
    // worker (no file is read or parsed again); claimsReady() and groupsReady() follow.
    void setCorrections(const QString &folder, const QList<Correction> &corrections);
    bool isRunning() const { return m_pendingStages > 0; }

    const ClaimList &claims() const { return m_claims; }
    const Claim *claim(const QString &claimId) const;
    ClaimList claimsOf(const QString &documentId) const;
    const QList<ClaimGroup> &groups() const { return m_groups; }
    // The index in groups() of the group holding claimId; -1 when none does.
    int groupOf(const QString &claimId) const { return m_index.groupOf(claimId); }
    // The GroupPalette index of the group-th group; -1 when one article alone states it.
    int colourOf(int group) const { return m_index.colourOf(group); }
    // Every correction with what became of it; the one applied last to a claim.
    const QList<AppliedCorrection> &corrections() const { return m_analysis.corrections; }
    const AppliedCorrection *correctionOf(const QString &claimId) const;
    // Without their text nor shared terms (PassageMatchOptions::quotes): the panes need offsets.
    const QList<PassageMatch> &passages() const { return m_passages; }
    // The problems of the entity files met by the latest analysis (an invalid one is skipped).
    const QStringList &warnings() const { return m_warnings; }
    // Matches that involve documentId, each with that document's sentence as `first`.
    QList<PassageMatch> passagesOf(const QString &documentId) const;

    // The timeline's choices, asked when an analysis (or a correction) starts: its layout is then
    // made on the analysis's worker too, and the timeline shows it with the figures instead of
    // laying them out once more after them.
    void setTimelineOptionsSource(std::function<TimelineOptions()> source) { m_timelineOptionsSource = std::move(source); }
    // The timeline laid out with the results, and the choices it was laid out for; none when no
    // source was set.
    const std::optional<TimelineModel::Layout> &timelineLayout() const { return m_timelineLayout; }
    const TimelineOptions &timelineLayoutOptions() const { return m_timelineLayoutOptions; }

    ClaimGroupsModel *groupsModel() const { return m_groupsModel; }
    FiguresModel *figuresModel() const { return m_figuresModel; }
    QThreadPool *pool() { return &m_pool; }

Q_SIGNALS:
    void started();
    void claimsReady();
    void groupsReady();
    void passagesReady();
    // Every stage of the latest analysis is done.
    void finished();
    // setCorrections() reached the claims and groups (after their claimsReady(), groupsReady()).
    void correctionsApplied();

private:
    template<typename T, typename Handler>
    void watch(const QFuture<T> &future, Handler handler);
    void stageDone();

    quint64 m_generation = 0;
    int m_pendingStages = 0;
    struct Results;
    // timelineClaims: the claims' half of the timeline's layout, and figures: the Figures
    // panel's rows, both started beside the grouping; made here when not valid.
    static Results prepare(FolderAnalysis analysis, const QList<Document> &documents, const std::optional<TimelineOptions> &timeline,
                           QFuture<TimelineModel::Layout> timelineClaims = {}, QFuture<FiguresModel::Contents> figures = {});
    std::optional<TimelineOptions> timelineOptions() const;
    void takeResults(const Results &results);

    QList<Document> m_documents;
    QString m_folder;
    QList<Correction> m_corrections;
    QString m_correctionsFolder;
    // The latest analysis: its parser's claims are what corrections apply to.
    FolderAnalysis m_analysis;
    bool m_haveAnalysis = false;
    quint64 m_correctionGeneration = 0;
    ClaimList m_claims;
    ClaimIndex m_index;
    QHash<QString, QList<qsizetype>> m_passagesOfDocument; // positions in m_passages, either side
    QList<ClaimGroup> m_groups;
    QList<PassageMatch> m_passages;
    QStringList m_warnings;
    std::function<TimelineOptions()> m_timelineOptionsSource;
    std::optional<TimelineModel::Layout> m_timelineLayout;
    TimelineOptions m_timelineLayoutOptions;
    ClaimGroupsModel *m_groupsModel;
    FiguresModel *m_figuresModel;
    QList<QFutureWatcherBase *> m_watchers;
    // Not the global pool: the library's workers spread themselves over that one.
    QThreadPool m_pool;
};

} // namespace Recoupe
