#pragma once

#include "claims/claimdraft.h"

#include <QList>

namespace Recoupe {

// The document-level pass of the claim parser: what a careful reader takes from the rest of
// the article once every sentence has been read. Each rule records where the field came from
// (Claim::resolution). Linear in the claims of a document but for the same-figure rules, which
// compare claims of equal amount only (hashed by amount).
//
// 0. A figure whose entity was only guessed (the article's main company, the sentence before) is
//    about the entity that the article gives the same amount to elsewhere.
//    An investment given to a project or programme once is the project's wherever the article
//    gives its sponsor the same amount ("InvestAI, le plan de 80 milliards", "Bruxelles engage 80 milliards").
// 1. The same figure (entity, metric, currency or unit, amount within 1 %) stated elsewhere in the
//    article with a period lends it to a statement without one, when all such statements agree
//    (a headline restating the body).
// 2. One figure dated once as a calendar year and once as the same fiscal year of its company
//    ("$31B in 2023" and "$31B of fiscal 2023 spending") is the fiscal year: the article's most
//    precise statement wins.
// 3. A figure with no period in its sentence continues its paragraph: it takes the period of the
//    claim before it in the paragraph about the same entity ("Au premier trimestre, les ventes
//    montent à 40 milliards de dollars. Le bénéfice atteint 9 milliards.").
class DocumentContextResolver
{
public:
    static void resolve(QList<ClaimDraft> &drafts);
};

} // namespace Recoupe
