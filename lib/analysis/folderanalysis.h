#pragma once

#include "claims/claim.h"
#include "compare/claimgroup.h"
#include "compare/passagematch.h"
#include "corrections/correctionapplier.h"
#include "corpus/corpus.h"
#include "figures/entitycatalog.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

namespace Recoupe {

// Everything AnalysisPipeline found in one folder: what every client (the window, each
// recoupe-cli command, the report) shows, computed once and the same way for all.
struct FolderAnalysis {
    // The documents (each with its errors), the folder's warnings, and folderError when the
    // folder itself could not be read: nothing below is computed then.
    Corpus corpus;
    // The entities claims were named with: EntityCatalog::forFolder(corpus.folder) unless
    // AnalysisOptions::catalog replaced it.
    EntityCatalog catalog;
    // The claims with the fact-checkers' corrections applied: what groups, charts and the report
    // use. Empty unless AnalysisOptions::claims.
    ClaimList claims;
    // The parser's claims before corrections (shares claims' data when nothing is corrected):
    // corrections made in the window are applied again to these, without reading the folder.
    ClaimList parsedClaims;
    // Every correction of the folder with what became of it (anchored, moved, orphaned...).
    QList<AppliedCorrection> corrections;
    QList<ClaimGroup> groups;        // empty unless AnalysisOptions::claims and ::groups
    QList<PassageMatch> passages;    // empty unless AnalysisOptions::passages
    // What did not stop the analysis but the user must hear of: corpus.warnings, then the
    // problems of the entity files (an invalid one is skipped), of the corrections file, and
    // the corrections that could not be placed.
    QStringList warnings;
    // The corrections file's problem when it could not be used at all (damaged, unreadable,
    // newer): also in warnings, but kept apart so that a report can refuse to look complete.
    QStringList unusableCorrections;

    // The correction applied last to claimId; nullptr when the claim is the parser's.
    const AppliedCorrection *correctionOf(const QString &claimId) const;

    bool operator==(const FolderAnalysis &) const = default;
};

} // namespace Recoupe

Q_DECLARE_METATYPE(Recoupe::FolderAnalysis)
