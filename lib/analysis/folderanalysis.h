#pragma once

#include "claims/claim.h"
#include "compare/claimgroup.h"
#include "compare/passagematch.h"
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
    ClaimList claims;                // empty unless AnalysisOptions::claims
    QList<ClaimGroup> groups;        // empty unless AnalysisOptions::claims and ::groups
    QList<PassageMatch> passages;    // empty unless AnalysisOptions::passages
    // What did not stop the analysis but the user must hear of: corpus.warnings, then the
    // problems of the entity files (an invalid one is skipped).
    QStringList warnings;

    bool operator==(const FolderAnalysis &) const = default;
};

} // namespace Recoupe

Q_DECLARE_METATYPE(Recoupe::FolderAnalysis)
