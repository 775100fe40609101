#include "analysis/analysispipeline.h"

#include "claims/claimextractor.h"
#include "compare/claimgrouper.h"
#include "compare/passagematcher.h"
#include "corrections/correctionstore.h"
#include "corpus/corpusloader.h"

#include <QCoreApplication>

#include <utility>

namespace Recoupe {

FolderAnalysis AnalysisPipeline::analyseFolder(const QString &folder, const AnalysisOptions &options)
{
    FolderAnalysis analysis;
    analysis.corpus = CorpusLoader::load(folder, options.loadOptions);
    if (analysis.corpus.folderError.isEmpty())
        runStages(analysis, options, Progress());
    return analysis;
}

FolderAnalysis AnalysisPipeline::analyseDocuments(const QString &folder, const QList<Document> &documents, const AnalysisOptions &options)
{
    FolderAnalysis analysis;
    analysis.corpus.folder = folder;
    analysis.corpus.documents = documents;
    runStages(analysis, options, Progress());
    return analysis;
}

std::optional<FolderAnalysis> AnalysisPipeline::analyseDocuments(const QString &folder, const QList<Document> &documents,
                                                                 const AnalysisOptions &options, const Progress &progress)
{
    FolderAnalysis analysis;
    analysis.corpus.folder = folder;
    analysis.corpus.documents = documents;
    if (!runStages(analysis, options, progress))
        return std::nullopt;
    return analysis;
}

void AnalysisPipeline::analyseDocumentsWithPromise(QPromise<FolderAnalysis> &promise, const QString &folder, const QList<Document> &documents,
                                                   const AnalysisOptions &options)
{
    analyseDocumentsWithPromiseThen(promise, folder, documents, options, [](FolderAnalysis analysis) { return analysis; });
}

qsizetype AnalysisPipeline::stepCount(qsizetype documentCount, const AnalysisOptions &options)
{
    const qsizetype extraction = options.claims ? documentCount : 0;
    return extraction + qsizetype(options.claims && options.groups) + qsizetype(options.passages);
}

bool AnalysisPipeline::runStages(FolderAnalysis &analysis, const AnalysisOptions &options, const Progress &progress)
{
    const auto proceed = [&progress](qsizetype done) { return !progress || progress(done); };
    const QList<Document> &documents = analysis.corpus.documents;
    analysis.warnings = analysis.corpus.warnings;
    // Read on the caller's thread, which for the window is a worker: two small files.
    analysis.catalog = options.catalog ? *options.catalog : EntityCatalog::forFolder(analysis.corpus.folder, &analysis.warnings);
    if (!proceed(0))
        return false;

    qsizetype done = 0;
    if (options.claims) {
        ClaimExtractor::Progress extraction;
        if (progress)
            extraction = [&progress](qsizetype extracted, qsizetype) { return progress(extracted); };
        QList<int> figuresLeftOut;
        analysis.claims = ClaimExtractor::extract(documents, analysis.catalog, extraction, &figuresLeftOut);
        for (qsizetype i = 0; i < figuresLeftOut.size(); ++i) {
            if (figuresLeftOut.at(i) > 0)
                analysis.warnings.append(QCoreApplication::translate("Recoupe::AnalysisPipeline",
                                                                     "%1: %n figure(s) not read: a sentence held more than %2 figures.",
                                                                     nullptr, figuresLeftOut.at(i))
                                             .arg(documents.at(i).id)
                                             .arg(ClaimParser::MostFiguresPerSentence));
        }
        done = documents.size();
        if (!proceed(done))
            return false;
        applyCorrections(analysis, options);
        if (options.claimsFinal)
            options.claimsFinal(analysis.claims);
        if (options.groups) {
            analysis.groups = ClaimGrouper(options.rates).group(analysis.claims, documents);
            if (!proceed(++done))
                return false;
        }
    }
    if (options.passages) {
        // PassageMatcher reports only to a QPromise of its own result type, which cannot relay
        // this one's cancel: a cancel is seen before and after this stage, not inside it. The
        // window cancels passages at once as it runs them apart (AnalysisSession).
        analysis.passages = PassageMatcher(options.passageOptions).match(documents);
        if (!proceed(++done))
            return false;
    }
    return true;
}

void AnalysisPipeline::applyCorrections(FolderAnalysis &analysis, const AnalysisOptions &options)
{
    analysis.parsedClaims = analysis.claims;
    QList<Correction> corrections;
    if (options.corrections) {
        corrections = *options.corrections;
    } else if (!analysis.corpus.folder.isEmpty()) {
        // Read on the caller's thread (a worker for the window): one small file.
        const CorrectionFolderContent content = CorrectionStore::readFolder(analysis.corpus.folder);
        analysis.warnings.append(content.problems);
        if (!content.ok)
            analysis.unusableCorrections = content.problems;
        corrections = content.corrections;
    }
    CorrectionApplier::Result result = CorrectionApplier::apply(analysis.parsedClaims, analysis.corpus.documents, corrections);
    analysis.claims = std::move(result.claims);
    analysis.corrections = std::move(result.corrections);
    for (const AppliedCorrection &applied : std::as_const(analysis.corrections)) {
        if (applied.status == AppliedCorrection::Status::Orphaned) {
            analysis.warnings.append(QCoreApplication::translate("Recoupe::AnalysisPipeline",
                                                                 "A correction of %1 (“%2”) cannot be placed in the article any more: it is "
                                                                 "kept but not applied.")
                                         .arg(applied.correction.target.documentId, applied.correction.target.exact));
        } else if (applied.status == AppliedCorrection::Status::NoFigure) {
            analysis.warnings.append(QCoreApplication::translate("Recoupe::AnalysisPipeline",
                                                                 "A correction of %1 (“%2”) is on a text where no figure is found any more: "
                                                                 "it is kept but not applied.")
                                         .arg(applied.correction.target.documentId, applied.correction.target.exact));
        }
    }
}

FolderAnalysis AnalysisPipeline::reapplyCorrections(FolderAnalysis analysis, const QList<Correction> &corrections, const AnalysisOptions &options)
{
    CorrectionApplier::Result result = CorrectionApplier::apply(analysis.parsedClaims, analysis.corpus.documents, corrections);
    analysis.claims = std::move(result.claims);
    analysis.corrections = std::move(result.corrections);
    if (options.groups)
        analysis.groups = ClaimGrouper(options.rates).group(analysis.claims, analysis.corpus.documents);
    return analysis;
}

const AppliedCorrection *FolderAnalysis::correctionOf(const QString &claimId) const
{
    for (qsizetype i = corrections.size() - 1; i >= 0; --i) {
        const AppliedCorrection &applied = corrections.at(i);
        if (applied.isApplied() && applied.claimId == claimId)
            return &applied;
    }
    return nullptr;
}

} // namespace Recoupe
