#include "problemspane.h"

#include "models/loadproblemsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Recoupe {

ProblemsPane::ProblemsPane(LoadProblemsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_stack(new QStackedWidget(this))
    , m_view(new QTreeView(this))
    , m_emptyLabel(new QLabel(this))
{
    m_view->setObjectName(u"problemsView"_s);
    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setAllColumnsShowFocus(true);
    // A narrow dock cuts long reasons: the tooltip and the reading pane (on double-click) give them whole.
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->header()->setSectionResizeMode(LoadProblemsModel::FileColumn, QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(LoadProblemsModel::FileColumn, m_view->fontMetrics().averageCharWidth() * 18);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(LoadProblemsModel::DocumentIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT documentActivated(id);
    });

    m_emptyLabel->setObjectName(u"problemsEmptyLabel"_s);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setAutoFillBackground(true);
    m_emptyLabel->setBackgroundRole(QPalette::Base);

    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(model, &QAbstractItemModel::modelReset, this, &ProblemsPane::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ProblemsPane::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ProblemsPane::updateEmptyState);
    updateEmptyState();
}

void ProblemsPane::setEmptyText(const QString &text)
{
    m_emptyLabel->setText(text);
}

void ProblemsPane::updateEmptyState()
{
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_view) : m_emptyLabel);
}

} // namespace Recoupe
