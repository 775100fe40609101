#pragma once

#include <QStyledItemDelegate>

namespace Recoupe {

// Leads each row of the groups list with its verdict's icon (ClaimGroupsModel says the verdict in
// words) and sets disagreements in bold.
class GroupItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Recoupe
