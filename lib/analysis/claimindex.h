#pragma once

#include "claims/claim.h"
#include "compare/claimgroup.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Recoupe {

// Where each claim of an analysis is: its place in the claim list, the group that holds it, and
// the claims of each document in reading order; and the colour each group is marked in. Built once from the claims and groups, on the
// thread that made them (a large folder's hundred thousand ids take the GUI thread a tenth of a
// second to index), and read from any thread afterwards.
class ClaimIndex
{
public:
    ClaimIndex() = default;
    ClaimIndex(const ClaimList &claims, const QList<ClaimGroup> &groups);

    // -1 when no claim has that id.
    qsizetype positionOf(const QString &claimId) const;
    // The index in the groups of the one holding claimId; -1 when none does.
    int groupOf(const QString &claimId) const;
    // The positions of documentId's claims, in the order of the list.
    QList<qsizetype> positionsIn(const QString &documentId) const;
    // The GroupPalette index that marks the group-th group in the reading panes; -1 for a figure
    // that one article alone states (nothing to find again elsewhere) and for an unknown group.
    int colourOf(int group) const;

    bool isEmpty() const { return m_byId.isEmpty(); }

private:
    struct Place {
        qsizetype position = -1;
        int group = -1;
    };
    QHash<QString, Place> m_byId;
    QHash<QString, QList<qsizetype>> m_byDocument;
    QList<int> m_colourOfGroup;
};

} // namespace Recoupe
