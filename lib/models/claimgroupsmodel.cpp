#include "models/claimgroupsmodel.h"

#include "compare/claimwording.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

int verdictRank(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Discrepancy:
        return 0;
    case Verdict::Revised:
        return 1;
    case Verdict::Agree:
        return 2;
    case Verdict::Single:
        return 3;
    }
    return 4;
}

// Discrepancies of high confidence first, then medium, then low.
int rank(const ClaimGroup &group)
{
    return verdictRank(group.verdict) * 4 + (3 - int(group.confidence()));
}

// Every reason, one a line; with limit > 0, the first limit ones and how many more there are.
QString reasonsText(const ClaimGroup &group, qsizetype limit = 0)
{
    QStringList lines;
    for (const DiscrepancyReason &reason : group.reasons) {
        if (limit > 0 && lines.size() == limit) {
            lines.append(ClaimGroupsModel::tr("… and %n more reason(s): the group’s details list them all", nullptr,
                                              int(group.reasons.size() - limit)));
            break;
        }
        if (reason.confidence == Confidence::None)
            lines.append(reason.explanation);
        else
            lines.append(ClaimGroupsModel::tr("%1 (%2: %3)", "explanation (confidence: why)")
                             .arg(reason.explanation, ClaimWording::confidence(reason.confidence), reason.confidenceReason));
    }
    return lines.join(u'\n');
}

bool lowConfidenceOnly(const ClaimGroup &group)
{
    return group.verdict == Verdict::Discrepancy && group.confidence() == Confidence::Low;
}

QStringList reasonKinds(const ClaimGroup &group)
{
    QStringList kinds;
    for (const DiscrepancyReason &reason : group.reasons) {
        if (!kinds.contains(reason.kind))
            kinds.append(reason.kind);
    }
    return kinds;
}

} // namespace

ClaimGroupsModel::ClaimGroupsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ClaimGroupsModel::Contents ClaimGroupsModel::prepare(const QList<ClaimGroup> &groups)
{
    // Ranked once: a view sorts on the rank, asking for it hundreds of thousands of times in a
    // large folder, and each asks every reason for its confidence.
    QList<std::pair<int, qsizetype>> order;
    order.reserve(groups.size());
    for (qsizetype i = 0; i < groups.size(); ++i)
        order.append({rank(groups.at(i)), i});
    std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    Contents contents;
    contents.groups.reserve(groups.size());
    contents.rank.reserve(groups.size());
    qsizetype claims = 0;
    for (const auto &[groupRank, index] : std::as_const(order)) {
        contents.groups.append(groups.at(index));
        contents.rank.append(groupRank);
        claims += groups.at(index).claims.size();
    }
    contents.rowOfClaim.reserve(claims);
    for (int row = 0; row < contents.groups.size(); ++row) {
        for (const QString &claim : contents.groups.at(row).claims)
            contents.rowOfClaim.insert(claim, row);
    }
    return contents;
}

void ClaimGroupsModel::setContents(Contents contents)
{
    beginResetModel();
    m_contents = std::move(contents);
    endResetModel();
}

void ClaimGroupsModel::setResults(const QList<ClaimGroup> &groups)
{
    setContents(prepare(groups));
}

void ClaimGroupsModel::clear()
{
    setResults({});
}

const ClaimGroup *ClaimGroupsModel::groupAt(int row) const
{
    if (row < 0 || row >= m_contents.groups.size())
        return nullptr;
    return &m_contents.groups.at(row);
}

int ClaimGroupsModel::rowOfClaim(const QString &claimId) const
{
    return m_contents.rowOfClaim.value(claimId, -1);
}

int ClaimGroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contents.groups.size());
}

int ClaimGroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClaimGroup &group = m_contents.groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EntityColumn:
            if (!group.key.members.isEmpty())
                return tr("%1 (%2)", "combined entity (its companies)").arg(group.key.entity, ClaimWording::list(group.key.members.split(u',')));
            return group.key.entity;
        case MetricColumn:
            return ClaimWording::metric(group.key);
        case PeriodColumn:
            return ClaimWording::period(group.key.period);
        case VerdictColumn:
            return ClaimWording::verdict(group);
        case SourcesColumn:
            return int(group.documents.size());
        case ReasonsColumn:
            return reasonsText(group);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SourcesColumn)
            return ClaimWording::list(group.documents, MostArticlesInToolTip);
        if (index.column() == ReasonsColumn || index.column() == VerdictColumn) {
            // A group of four hundred articles can give hundreds of reasons: a tooltip is no place
            // for them all (165,000 characters), the details pane is.
            const QString reasons = reasonsText(group, MostReasonsInToolTip);
            return reasons.isEmpty() ? QVariant() : QVariant(reasons);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SourcesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case GroupRole:
        return QVariant::fromValue(group);
    case EntityRole:
        return group.key.entity;
    case MetricRole:
        return group.key.metric;
    case PeriodRole:
        return group.key.period;
    case VerdictRole:
        return verdictName(group.verdict);
    case IsDiscrepancyRole:
        return group.verdict == Verdict::Discrepancy;
    case SourceCountRole:
        return int(group.documents.size());
    case DocumentsRole:
        return group.documents;
    case ClaimIdsRole:
        return group.claims;
    case ReasonKindsRole:
        return reasonKinds(group);
    case ReasonsTextRole:
        return reasonsText(group);
    case PeriodStatedRole:
        return group.periodStated();
    case ConfidenceRole:
        return confidenceName(group.confidence());
    case LowConfidenceOnlyRole:
        return lowConfidenceOnly(group);
    case SortRole:
        switch (index.column()) {
        case EntityColumn:
            return group.key.entity.toCaseFolded();
        case MetricColumn:
            return ClaimWording::metric(group.key).toCaseFolded();
        case PeriodColumn:
            return group.key.period;
        case VerdictColumn:
            return m_contents.rank.value(index.row());
        case SourcesColumn:
            return int(group.documents.size());
        case ReasonsColumn:
            return int(group.reasons.size());
        }
        return {};
    }
    return {};
}

QVariant ClaimGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EntityColumn:
        return tr("Entity");
    case MetricColumn:
        return tr("Metric");
    case PeriodColumn:
        return tr("Period");
    case VerdictColumn:
        return tr("Verdict");
    case SourcesColumn:
        return tr("Sources");
    case ReasonsColumn:
        return tr("Reasons");
    }
    return {};
}

QHash<int, QByteArray> ClaimGroupsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(GroupRole, "group");
    names.insert(EntityRole, "entity");
    names.insert(MetricRole, "metric");
    names.insert(PeriodRole, "period");
    names.insert(VerdictRole, "verdict");
    names.insert(IsDiscrepancyRole, "isDiscrepancy");
    names.insert(SourceCountRole, "sourceCount");
    names.insert(DocumentsRole, "documents");
    names.insert(ClaimIdsRole, "claimIds");
    names.insert(ReasonKindsRole, "reasonKinds");
    names.insert(ReasonsTextRole, "reasons");
    names.insert(SortRole, "sortKey");
    names.insert(PeriodStatedRole, "periodStated");
    names.insert(ConfidenceRole, "confidence");
    names.insert(LowConfidenceOnlyRole, "lowConfidenceOnly");
    return names;
}

} // namespace Recoupe
