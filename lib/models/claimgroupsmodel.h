#pragma once

#include "compare/claimgroup.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Recoupe {

// The claim groups of a folder, one row each, discrepancies first, the most confident first (then
// revised, agreeing and single-source groups, in the order given). Display texts are in plain words of the UI
// language; the roles carry the keys and values that views filter, sort and act on.
class ClaimGroupsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { EntityColumn, MetricColumn, PeriodColumn, VerdictColumn, SourcesColumn, ReasonsColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        GroupRole = Qt::UserRole, // ClaimGroup
        EntityRole,               // canonical entity name
        MetricRole,               // metric key: "capex", "gpus", ...
        PeriodRole,               // period key ("2025", "FY2025"), empty when none is stated
        VerdictRole,              // "agree", "discrepancy", "revised", "single"
        IsDiscrepancyRole,        // bool
        SourceCountRole,          // int: distinct documents
        DocumentsRole,            // QStringList of Document::id
        ClaimIdsRole,             // QStringList of Claim::id
        ReasonKindsRole,          // QStringList: "currency_swap", ...
        ReasonsTextRole,          // QString: one explanation per line
        SortRole,                 // per column: a value that sorts (casefolded text, counts, verdict rank)
        PeriodStatedRole,         // bool: false for figures that no article dates (never a discrepancy)
        ConfidenceRole,           // "high", "medium", "low": the strongest of its disagreements; empty when none
        LowConfidenceOnlyRole,    // bool: a discrepancy whose every disagreement is of low confidence
    };
    Q_ENUM(Role)

    // The tooltips name at most this many reasons (Verdict, Reasons) or articles (Sources), then
    // how many more: the details pane below the list shows them all.
    static constexpr int MostReasonsInToolTip = 8;
    static constexpr int MostArticlesInToolTip = 12;

    explicit ClaimGroupsModel(QObject *parent = nullptr);

    // What the model shows, made apart from it: prepare() touches no model and may run on a
    // worker, so that the groups of a large folder are ranked and indexed there and only handed
    // over on the GUI thread.
    struct Contents {
        QList<ClaimGroup> groups; // in the model's order
        QList<int> rank;          // by row: where the group's verdict and confidence put it (SortRole)
        QHash<QString, int> rowOfClaim;
    };
    static Contents prepare(const QList<ClaimGroup> &groups);
    void setContents(Contents contents);
    void setResults(const QList<ClaimGroup> &groups);
    void clear();

    const QList<ClaimGroup> &groups() const { return m_contents.groups; }
    const ClaimGroup *groupAt(int row) const;
    // The row of the group holding that claim; -1 when none does.
    int rowOfClaim(const QString &claimId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Contents m_contents;
};

} // namespace Recoupe
