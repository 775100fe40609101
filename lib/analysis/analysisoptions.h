#pragma once

#include "claims/claim.h"
#include "compare/exchangeratetable.h"
#include "compare/passagematcher.h"
#include "corrections/correction.h"
#include "corpus/corpusloader.h"
#include "figures/entitycatalog.h"

#include <functional>
#include <optional>

namespace Recoupe {

// What AnalysisPipeline computes, and with what. Defaults are what the window and recoupe-cli
// use: a client changes a field only for a reason of its own (a command's option, a test).
struct AnalysisOptions {
    // Extraction can be skipped by a client that only matches passages (recoupe-cli passages):
    // it is the slowest stage but one, and passages do not use claims. Groups are made of
    // claims: without claims there are none.
    bool claims = true;
    bool groups = true;
    // Off by default: the slowest stage, which the window runs beside the others
    // (AnalysisSession) and most commands do not need.
    bool passages = false;

    // Converts amounts before groups compare them (claims in dollars and euros agree or not).
    ExchangeRateTable rates = ExchangeRateTable::builtin();
    PassageMatchOptions passageOptions;
    // analyseFolder() only: how the folder is read.
    CorpusLoadOptions loadOptions;
    // Used instead of EntityCatalog::forFolder() (built-in, user's and folder's files): tests
    // that must not depend on the user's own entity file.
    std::optional<EntityCatalog> catalog;
    // Used instead of the folder's corrections file: the window's, as the person edits them.
    std::optional<QList<Correction>> corrections;
    // Called on the pipeline's thread once the claims are final (corrections applied), before
    // they are grouped: a client starts there what needs the claims alone (the window lays its
    // timeline out beside the grouping).
    std::function<void(const ClaimList &claims)> claimsFinal;
};

} // namespace Recoupe
