#pragma once

#include <QStyledItemDelegate>

namespace Recoupe {

// Draws what DocumentListModel only states: where a date comes from (an icon beside it) and
// that a file could not be read (a warning icon, dimmed text). Keeps the model free of widgets.
class DocumentItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Recoupe
