#include "documentspane.h"

#include "columnfitter.h"
#include "documentitemdelegate.h"
#include "models/documentlistmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Recoupe {

DocumentsPane::DocumentsPane(DocumentListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(DocumentListModel::SortRole);
    m_proxy->setFilterRole(DocumentListModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(u"documentFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by title or file…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(u"documentsView"_s);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new DocumentItemDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DocumentListModel::DateColumn, Qt::AscendingOrder);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // A row dragged onto a reading pane opens there.
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setAccessibleName(tr("Articles of the folder"));
    m_view->setAccessibleDescription(tr("Choose an article to read it in the current pane; drag it onto another pane to read it there."));

    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DocumentListModel::TitleColumn, QHeaderView::Stretch);
    // Widths from the rows in view and a hundred more, once per change of the list: Qt's default
    // of a thousand rows, measured again at every layout change, held the window as a large
    // folder finished loading.
    header->setResizeContentsPrecision(100);
    new ColumnFitter(m_view, header, {DocumentListModel::DateColumn, DocumentListModel::LanguageColumn});

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DocumentsPane::emitCurrent);
    // A reset (a new folder) leaves no current row without telling the selection model's users.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DocumentsPane::emitCurrent);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT documentActivated(index.data(DocumentListModel::DocumentIdRole).toString());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *filterLayout = new QVBoxLayout;
    filterLayout->setContentsMargins(6, 6, 6, 6);
    filterLayout->addWidget(m_filter);
    layout->addLayout(filterLayout);
    layout->addWidget(m_view, 1);
}

QString DocumentsPane::currentDocumentId() const
{
    return m_view->currentIndex().data(DocumentListModel::DocumentIdRole).toString();
}

void DocumentsPane::emitCurrent()
{
    const QString id = currentDocumentId();
    if (id == m_lastEmitted)
        return;
    m_lastEmitted = id;
    Q_EMIT currentDocumentChanged(id);
}

bool DocumentsPane::selectDocument(const QString &documentId)
{
    const int row = m_model->rowOf(documentId);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

bool DocumentsPane::selectFirstDocument()
{
    // A file that could not be read has nothing to show: start with the first article.
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (!index.data(DocumentListModel::HasProblemsRole).toBool()) {
            m_view->setCurrentIndex(index);
            return true;
        }
    }
    const QModelIndex first = m_proxy->index(0, 0);
    if (!first.isValid())
        return false;
    m_view->setCurrentIndex(first);
    return true;
}

void DocumentsPane::setContextActions(const QList<QAction *> &actions)
{
    const QList<QAction *> old = m_view->actions();
    for (QAction *action : old)
        m_view->removeAction(action);
    m_view->addActions(actions);
}

} // namespace Recoupe
