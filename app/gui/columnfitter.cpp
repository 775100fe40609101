#include "columnfitter.h"

#include "dockvisibility.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QHeaderView>
#include <QTimer>

namespace Recoupe {

ColumnFitter::ColumnFitter(QAbstractItemView *view, QHeaderView *header, QList<int> columns)
    : QObject(view)
    , m_view(view)
    , m_header(header)
    , m_columns(std::move(columns))
    , m_visibility(new DockVisibility(view))
{
    // Shown, or its dock raised: before the first paint, so the columns are fitted before they are seen.
    connect(m_visibility, &DockVisibility::changed, this, &ColumnFitter::fitIfPending);
    for (const int column : std::as_const(m_columns))
        m_header->setSectionResizeMode(column, QHeaderView::Interactive);
    QAbstractItemModel *model = view->model();
    if (!model)
        return;
    // Several changes in one turn of the event loop (a reset, then rows) are measured once.
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        for (const int column : std::as_const(m_columns)) {
            if (column >= topLeft.column() && column <= bottomRight.column()) {
                schedule();
                return;
            }
        }
    });
}

void ColumnFitter::fit()
{
    m_scheduled = false;
    m_fitWhenShown = false;
    ++m_fitCount;
    for (const int column : std::as_const(m_columns)) {
        if (m_header->isSectionHidden(column))
            continue;
        // What QTreeView::resizeColumnToContents does, for any view.
        const int contents = m_view->sizeHintForColumn(column);
        const int title = m_header->isHidden() ? 0 : m_header->sectionSizeHint(column);
        m_header->resizeSection(column, std::max(contents, title));
    }
}

void ColumnFitter::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        if (!m_scheduled)
            return;
        // The Figures and Timeline docks sit behind Comparisons when a folder opens: their
        // tens of thousands of rows are measured if the reader looks at them, not before.
        if (!m_visibility->canBeSeen()) {
            m_scheduled = false;
            m_fitWhenShown = true;
            return;
        }
        fit();
    });
}

void ColumnFitter::fitIfPending()
{
    if (m_fitWhenShown && m_visibility->canBeSeen())
        fit();
}

} // namespace Recoupe
