#include "groupitemdelegate.h"

#include "icons.h"
#include "models/claimgroupsmodel.h"

namespace Recoupe {

void GroupItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // The verdict leads the row as an icon (its shape and colour); its words are under the list.
    if (index.column() == ClaimGroupsModel::EntityColumn) {
        option->icon = Icons::verdict(index.data(ClaimGroupsModel::VerdictRole).toString());
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
    if (index.data(ClaimGroupsModel::IsDiscrepancyRole).toBool() && index.column() == ClaimGroupsModel::EntityColumn)
        option->font.setBold(true);
}

} // namespace Recoupe
