#pragma once

#include "claims/claim.h"

#include <QList>

namespace Recoupe {

// A claim as the sentence-level parser leaves it, with what the document-level pass
// (DocumentContextResolver) needs to know about how it was read.
struct ClaimDraft {
    Claim claim;
    // A period was written for it in its sentence, even one that could not be resolved ("the
    // quarter" in an undated article): the context must not replace it.
    bool periodStated = false;
    // The figure has no period form, whatever its paragraph says: a run rate, a share move, a
    // count of users at a moment.
    bool timeless = false;
    // No cue in its sentence said what the amount is: other_money for now, until the rest of the
    // article says more (the same figure elsewhere, what the article says of its entity).
    bool metricGuessed = false;
    // Its entity is a project or programme (Stargate, InvestAI), not a company or a place.
    bool projectEntity = false;
    // Its sentence says it covers a whole year ("sur l'ensemble de l'exercice"): a quarter its
    // paragraph gives it stands for that quarter's year.
    bool fullYear = false;
    // Its year is the one a comparison implies ("X, par rapport à l'an dernier" is this year's): in
    // a paragraph about a quarter of that year, it is that quarter's.
    bool comparedYear = false;
    // Its paragraph (a line of the reading text), counted from 0.
    int paragraph = 0;
    // No claim: a period stated in a sentence without a figure ("Meta a publié ses comptes du
    // deuxième trimestre 2025."), which frames the figures after it. Its claim holds the entity (empty:
    // any), the period, and the period's words as its quote.
    bool contextOnly = false;
};

} // namespace Recoupe
