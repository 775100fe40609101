#include "figurespane.h"

#include "analysissession.h"
#include "columnfitter.h"
#include "models/figuresmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Recoupe {

FiguresPane::FiguresPane(AnalysisSession *analysis, QWidget *parent)
    : QWidget(parent)
    , m_analysis(analysis)
    , m_metricFilter(new QSortFilterProxyModel(this))
    , m_textFilter(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_metricCombo(new QComboBox(this))
    , m_view(new QTableView(this))
{
    m_metricFilter->setSourceModel(analysis->figuresModel());
    m_metricFilter->setFilterRole(FiguresModel::MetricRole);
    m_textFilter->setSourceModel(m_metricFilter);
    m_textFilter->setFilterKeyColumn(-1);
    m_textFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_textFilter->setSortRole(FiguresModel::SortRole);

    m_filter->setObjectName(u"figuresFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by entity, amount, source…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_textFilter, &QSortFilterProxyModel::setFilterFixedString);

    m_metricCombo->setObjectName(u"metricCombo"_s);
    m_metricCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_metricCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString metric = m_metricCombo->currentData().toString();
        m_metricFilter->setFilterRegularExpression(metric.isEmpty() ? QRegularExpression()
                                                                    : QRegularExpression(u"^"_s + QRegularExpression::escape(metric) + u"$"_s));
    });

    m_view->setObjectName(u"figuresView"_s);
    m_view->setModel(m_textFilter);
    m_view->setSortingEnabled(true);
    // Figures come in reading order (article, then place in it) until a header is clicked: a
    // sort of every figure on the GUI thread at each analysis held a folder of 10,000 articles
    // (98,000 figures) for most of a second.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setHighlightSections(false);
    // Columns fit the first rows, not every figure of the folder (with tens of thousands of rows
    // the header measured text for seconds), once per change of the list, not at each layout.
    m_view->horizontalHeader()->setResizeContentsPrecision(rowsMeasured);
    m_view->horizontalHeader()->setSectionResizeMode(FiguresModel::SourceColumn, QHeaderView::Stretch);
    new ColumnFitter(m_view, m_view->horizontalHeader(),
                     {FiguresModel::EntityColumn, FiguresModel::MetricColumn, FiguresModel::PeriodColumn, FiguresModel::AmountColumn});
    m_view->setColumnHidden(FiguresModel::QualifierColumn, true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT claimActivated(index.data(FiguresModel::ClaimIdRole).toString());
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT claimActivated(index.data(FiguresModel::ClaimIdRole).toString());
    });

    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(6, 6, 6, 6);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_metricCombo);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);

    connect(analysis->figuresModel(), &QAbstractItemModel::modelReset, this, &FiguresPane::updateMetrics);
    updateMetrics();
}

QString FiguresPane::currentClaimId() const
{
    return m_view->currentIndex().data(FiguresModel::ClaimIdRole).toString();
}

void FiguresPane::updateMetrics()
{
    const QString current = m_metricCombo->currentData().toString();
    QStringList metrics;
    for (const Claim &claim : m_analysis->figuresModel()->claims()) {
        if (!metrics.contains(claim.metric))
            metrics.append(claim.metric);
    }
    std::sort(metrics.begin(), metrics.end(), [](const QString &a, const QString &b) {
        return FiguresModel::metricName(a).localeAwareCompare(FiguresModel::metricName(b)) < 0;
    });
    const QSignalBlocker blocker(m_metricCombo);
    m_metricCombo->clear();
    m_metricCombo->addItem(tr("All metrics"), QString());
    for (const QString &metric : std::as_const(metrics))
        m_metricCombo->addItem(FiguresModel::metricName(metric), metric);
    m_metricCombo->setCurrentIndex(qMax(0, m_metricCombo->findData(current)));
    // Keep the filter in step with the kept (or reset) choice.
    const QString metric = m_metricCombo->currentData().toString();
    m_metricFilter->setFilterRegularExpression(metric.isEmpty() ? QRegularExpression()
                                                                : QRegularExpression(u"^"_s + QRegularExpression::escape(metric) + u"$"_s));
}

} // namespace Recoupe
