#pragma once

#include <QStyledItemDelegate>

namespace Recoupe {

// Puts the verdict's icon in the groups list (ClaimGroupsModel says the verdict only) and sets
// disagreements in bold.
class GroupItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Recoupe
