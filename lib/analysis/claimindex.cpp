#include "analysis/claimindex.h"

#include "reading/grouppalette.h"

namespace Recoupe {

ClaimIndex::ClaimIndex(const ClaimList &claims, const QList<ClaimGroup> &groups)
{
    m_byId.reserve(claims.size());
    for (qsizetype i = 0; i < claims.size(); ++i) {
        const Claim &claim = claims.at(i);
        m_byId.insert(claim.id(), {i, -1});
        m_byDocument[claim.document].append(i);
    }
    m_colourOfGroup.resize(groups.size());
    int coloured = 0;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        // Only a figure that several articles state needs a colour to be found again.
        m_colourOfGroup[g] = groups.at(g).documents.size() > 1 ? coloured++ % GroupPalette::size() : -1;
        for (const QString &claimId : groups.at(g).claims) {
            // A group may name a claim that the list lacks (groups of other claims): only the
            // claims of the list are indexed.
            const auto place = m_byId.find(claimId);
            if (place != m_byId.end())
                place->group = int(g);
        }
    }
}

qsizetype ClaimIndex::positionOf(const QString &claimId) const
{
    const auto place = m_byId.constFind(claimId);
    return place == m_byId.cend() ? -1 : place->position;
}

int ClaimIndex::groupOf(const QString &claimId) const
{
    const auto place = m_byId.constFind(claimId);
    return place == m_byId.cend() ? -1 : place->group;
}

int ClaimIndex::colourOf(int group) const
{
    return group >= 0 && group < m_colourOfGroup.size() ? m_colourOfGroup.at(group) : -1;
}

QList<qsizetype> ClaimIndex::positionsIn(const QString &documentId) const
{
    return m_byDocument.value(documentId);
}

} // namespace Recoupe
