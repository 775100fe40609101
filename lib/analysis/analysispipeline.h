#pragma once

#include "analysis/analysisoptions.h"
#include "analysis/folderanalysis.h"
#include "corpus/document.h"

#include <QList>
#include <QPromise>
#include <QString>

#include <functional>
#include <optional>

namespace Recoupe {

// The one way from a folder to what Recoupe shows, for every client: the window
// (AnalysisSession), each recoupe-cli command and the report. Stages, in order:
//   1. read the folder (CorpusLoader; analyseFolder() only: the window has read it already);
//   2. the entities: EntityCatalog::forFolder() (built-in, the user's file, the folder's file);
//   3. claims (ClaimExtractor) with those entities;
//   4. the fact-checkers' corrections (applyCorrections());
//   5. groups (ClaimGrouper) at AnalysisOptions::rates;
//   6. passages (PassageMatcher), when asked.
// A client that assembled these itself would sooner or later differ from the others (one
// forgot the folder's entities); a new stage added here reaches all of them at once.
class AnalysisPipeline
{
public:
    // Blocking, on the calling thread (the stages spread over the global pool): recoupe-cli,
    // tests, workers. When the folder cannot be read, only corpus is set (corpus.folderError).
    static FolderAnalysis analyseFolder(const QString &folder, const AnalysisOptions &options = {});
    // Stages 2 to 6 on documents already read from folder (the window's). folder locates the
    // folder's own files (.recoupe/entities.json); the result's corpus holds folder and
    // documents only, not the warnings of the load that read them.
    static FolderAnalysis analyseDocuments(const QString &folder, const QList<Document> &documents, const AnalysisOptions &options = {});

    // For QtConcurrent::run(&AnalysisPipeline::analyseDocumentsWithPromise, folder, documents,
    // options): analyseDocuments() with one progress range over every stage (a step per
    // document extracted, then one per later stage). isCanceled() is polled between stages and
    // by the extraction after each document; a canceled run stops there and adds no result,
    // else it adds one.
    static void analyseDocumentsWithPromise(QPromise<FolderAnalysis> &promise, const QString &folder, const QList<Document> &documents,
                                            const AnalysisOptions &options);
    // The same for a promise of what finish(FolderAnalysis) makes of the analysis, on the same
    // worker: the window indexes the claims there before its GUI thread takes them over.
    // (Another name: QtConcurrent::run takes the address of the one above.)
    template<typename Result, typename Finish>
    static void analyseDocumentsWithPromiseThen(QPromise<Result> &promise, const QString &folder, const QList<Document> &documents,
                                            const AnalysisOptions &options, Finish finish)
    {
        promise.setProgressRange(0, int(stepCount(documents.size(), options)));
        promise.setProgressValue(0);
        std::optional<FolderAnalysis> analysis = analyseDocuments(folder, documents, options, [&promise](qsizetype done) {
            promise.setProgressValue(int(done));
            return !promise.isCanceled();
        });
        if (analysis && !promise.isCanceled())
            promise.addResult(finish(std::move(*analysis)));
    }

    // The corrections of the window, applied again to analysis.parsedClaims, then the groups:
    // what a new correction changes, without reading or parsing the folder again. Passages are
    // kept as they are (they do not depend on claims). Quick next to a whole analysis (no
    // parsing), but it grows with the folder: the window runs it on a worker.
    static FolderAnalysis reapplyCorrections(FolderAnalysis analysis, const QList<Correction> &corrections, const AnalysisOptions &options = {});

private:
    // Called with the steps done so far; returning false stops the stages.
    using Progress = std::function<bool(qsizetype done)>;

    static qsizetype stepCount(qsizetype documentCount, const AnalysisOptions &options);
    // analyseDocuments() telling progress of each step; nothing when progress stopped it.
    static std::optional<FolderAnalysis> analyseDocuments(const QString &folder, const QList<Document> &documents, const AnalysisOptions &options,
                                                          const Progress &progress);
    // Stages 2 to 6 on analysis.corpus; false when progress stopped them (analysis incomplete).
    static bool runStages(FolderAnalysis &analysis, const AnalysisOptions &options, const Progress &progress);
    // Stage 4: fact-checkers' corrections are applied here, before grouping.
    static void applyCorrections(FolderAnalysis &analysis, const AnalysisOptions &options);
};

} // namespace Recoupe
