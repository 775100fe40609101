#include "documentitemdelegate.h"

#include "icons.h"
#include "models/documentlistmodel.h"

using namespace Qt::StringLiterals;

namespace Recoupe {

void DocumentItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool hasProblems = index.data(DocumentListModel::HasProblemsRole).toBool();
    switch (index.column()) {
    case DocumentListModel::TitleColumn:
        if (hasProblems) {
            option->icon = Icons::themed(u"dialog-warning"_s);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
        break;
    case DocumentListModel::DateColumn: {
        const QString source = index.data(DocumentListModel::DateSourceRole).toString();
        if (!hasProblems && index.data(DocumentListModel::DateRole).toString().isEmpty()) {
            // Said rather than left blank: an undated article cannot place "this year".
            option->text = tr("no date");
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
            option->font.setItalic(true);
        } else if (!source.isEmpty()) {
            option->icon = Icons::dateSource(source);
            option->features |= QStyleOptionViewItem::HasDecoration;
            // The icon trails the date, so that dates stay aligned down the column.
            option->decorationPosition = QStyleOptionViewItem::Right;
        }
        break;
    }
    default:
        break;
    }
    if (hasProblems)
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
}

} // namespace Recoupe
