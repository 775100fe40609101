#include "timelinepane.h"

#include "columnfitter.h"
#include "dockvisibility.h"
#include "models/figuresmodel.h"
#include "models/timelinemodel.h"
#include "placeholderwidget.h"
#include "timelinechartview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFutureWatcher>
#include <QtConcurrentRun>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

enum NoPeriodColumn { EntityColumn, AmountColumn, SourceColumn };
constexpr int ClaimIdRole = Qt::UserRole;

// Puts the item whose data is value back as current, else the first ("All …"); true if it was found.
bool selectData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(qMax(0, index));
    return index >= 0;
}

// What the toolbar chooses (the rates and calendar stay the model's).
bool sameChoice(const TimelineOptions &a, const TimelineOptions &b)
{
    return a.mode == b.mode && a.layout == b.layout && a.metric == b.metric && a.currency == b.currency && a.entity == b.entity && a.period == b.period
        && a.subYearPeriods == b.subYearPeriods;
}

} // namespace

TimelinePane::TimelinePane(QWidget *parent)
    : QWidget(parent)
    , m_model(new TimelineModel(this))
    , m_entityCombo(new QComboBox(this))
    , m_metricCombo(new QComboBox(this))
    , m_currencyCombo(new QComboBox(this))
    , m_modeCombo(new QComboBox(this))
    , m_layoutCombo(new QComboBox(this))
    , m_subYearCheck(new QCheckBox(tr("&Quarters"), this))
    , m_periodLabel(new QLabel(tr("&Period:"), this))
    , m_periodCombo(new QComboBox(this))
    , m_exportButton(new QPushButton(tr("Export…"), this))
    , m_chartStack(new QStackedWidget(this))
    , m_placeholder(new PlaceholderWidget(this))
    , m_chart(new TimelineChartView(this))
    , m_noPeriodTitle(new QLabel(this))
    , m_noPeriodList(new QTreeWidget(this))
{
    setObjectName(u"timelinePane"_s);

    m_entityCombo->setObjectName(u"timelineEntityCombo"_s);
    m_entityCombo->setToolTip(tr("The entity whose figures are drawn"));
    m_entityCombo->addItem(tr("All entities"), QString());

    m_metricCombo->setObjectName(u"timelineMetricCombo"_s);
    m_metricCombo->setToolTip(tr("The figure drawn"));
    for (const QString &metric : {u"capex"_s, u"revenue"_s, u"net_income"_s})
        m_metricCombo->addItem(FiguresModel::metricName(metric), metric);

    m_currencyCombo->setObjectName(u"timelineCurrencyCombo"_s);
    m_currencyCombo->setToolTip(tr("Amounts are converted into this currency at each article's date"));
    m_currencyCombo->addItem(tr("USD"), u"USD"_s);
    m_currencyCombo->addItem(tr("EUR"), u"EUR"_s);

    m_modeCombo->setObjectName(u"timelineModeCombo"_s);
    m_modeCombo->addItem(tr("Timeline"), int(TimelineOptions::Mode::Timeline));
    m_modeCombo->addItem(tr("Guidance over time"), int(TimelineOptions::Mode::Guidance));
    m_modeCombo->setToolTip(tr("Timeline: each figure where its period falls. Guidance over time: how the figure "
                               "announced for a period changed from one article to the next."));

    m_layoutCombo->setObjectName(u"timelineLayoutCombo"_s);
    m_layoutCombo->addItem(tr("One chart"), int(TimelineOptions::Layout::Single));
    m_layoutCombo->addItem(tr("Chart per entity"), int(TimelineOptions::Layout::Grid));
    m_layoutCombo->setToolTip(tr("One chart: every entity on the same axes. Chart per entity: a small chart for each, "
                                 "each on its own scale, over the same years."));

    m_subYearCheck->setObjectName(u"timelineSubYearCheck"_s);
    m_subYearCheck->setChecked(true);
    m_subYearCheck->setToolTip(tr("Show the figures of a quarter or a half-year (square markers) beside the years. A "
                                  "quarter's amount is not comparable with a year's."));
    connect(m_subYearCheck, &QCheckBox::toggled, this, &TimelinePane::applyOptions);

    m_periodCombo->setObjectName(u"timelinePeriodCombo"_s);
    m_periodLabel->setBuddy(m_periodCombo);

    m_exportButton->setObjectName(u"exportChartButton"_s);
    m_exportButton->setToolTip(tr("Save the chart as a picture (PNG, SVG) or its data (CSV, JSON)"));
    connect(m_exportButton, &QPushButton::clicked, this, &TimelinePane::exportRequested);

    m_chart->setObjectName(u"timelineChart"_s);
    m_chart->setModel(m_model);
    m_chart->setMinimumSize(240, 200);
    connect(m_chart, &TimelineChartView::claimActivated, this, &TimelinePane::claimActivated);
    m_placeholder->setObjectName(u"timelinePlaceholder"_s);
    m_chartStack->addWidget(m_placeholder);
    m_chartStack->addWidget(m_chart);

    m_noPeriodTitle->setObjectName(u"noPeriodTitle"_s);
    m_noPeriodTitle->setToolTip(tr("These articles give no period for the figure: it is not placed on the chart."));
    m_noPeriodList->setObjectName(u"noPeriodList"_s);
    m_noPeriodList->setRootIsDecorated(false);
    m_noPeriodList->setUniformRowHeights(true);
    m_noPeriodList->setAlternatingRowColors(true);
    m_noPeriodList->setHeaderLabels({tr("Entity"), tr("Amount"), tr("Source")});
    m_noPeriodList->header()->setStretchLastSection(true);
    // Fitted to the first rows each time the list is filled, then the reader's to drag.
    m_noPeriodList->header()->setResizeContentsPrecision(200);
    new ColumnFitter(m_noPeriodList, m_noPeriodList->header(), {EntityColumn, AmountColumn});
    const auto activate = [this](QTreeWidgetItem *item) {
        if (item)
            Q_EMIT claimActivated(item->data(0, ClaimIdRole).toString());
    };
    connect(m_noPeriodList, &QTreeWidget::itemActivated, this, activate);
    connect(m_noPeriodList, &QTreeWidget::currentItemChanged, this, activate);

    // A choice (the lists are refilled with their signals blocked, so every change is one) is
    // kept, before the options follow it.
    connect(m_entityCombo, &QComboBox::currentIndexChanged, this, [this] { m_chosenEntity = m_entityCombo->currentData().toString(); });
    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, [this] { m_chosenPeriod = m_periodCombo->currentData().toString(); });
    for (QComboBox *combo : {m_entityCombo, m_metricCombo, m_currencyCombo, m_modeCombo, m_layoutCombo, m_periodCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &TimelinePane::applyOptions);
        // The choices share the dock's width and never widen it: the dock is tabbed with the
        // Comparisons, and a long French label ("Un graphique par entité") would widen both.
        if (combo != m_currencyCombo) {
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(8);
            combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        }
    }

    // Two rows: the dock is usually as narrow as the Comparisons beside it.
    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_entityCombo);
    choiceRow->addWidget(m_metricCombo);
    choiceRow->addWidget(m_currencyCombo);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_modeCombo);
    modeRow->addWidget(m_layoutCombo);
    modeRow->addWidget(m_subYearCheck);
    modeRow->addWidget(m_periodLabel);
    modeRow->addWidget(m_periodCombo);
    modeRow->addWidget(m_exportButton);
    auto *toolbar = new QVBoxLayout;
    toolbar->setContentsMargins(6, 6, 6, 6);
    toolbar->setSpacing(4);
    toolbar->addLayout(choiceRow);
    toolbar->addLayout(modeRow);

    auto *noPeriod = new QWidget(this);
    auto *noPeriodLayout = new QVBoxLayout(noPeriod);
    noPeriodLayout->setContentsMargins(6, 4, 0, 0);
    noPeriodLayout->setSpacing(2);
    noPeriodLayout->addWidget(m_noPeriodTitle);
    noPeriodLayout->addWidget(m_noPeriodList, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"timelineSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_chartStack);
    splitter->addWidget(noPeriod);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(toolbar);
    layout->addWidget(splitter, 1);

    // Behind Comparisons, where it sits when a folder opens, the chart and the list wait.
    m_visibility = new DockVisibility(this);
    connect(m_visibility, &DockVisibility::changed, this, &TimelinePane::updateVisibility);

    applyOptions();
}

TimelinePane::~TimelinePane()
{
    // ~QWidget hides the pane, and its watcher would call updateVisibility() on what is by then
    // only a QWidget (UBSan in tst_gui_timeline): it goes first.
    delete m_visibility;
    m_visibility = nullptr;
}

bool TimelinePane::hasPoints() const
{
    return m_model->rowCount() > 0;
}

TimelineOptions TimelinePane::layoutOptions() const
{
    TimelineOptions options = m_model->options();
    // Laid out with the choices wanted, so that no second layout follows on the GUI thread.
    options.entity = m_chosenEntity;
    options.period = options.mode == TimelineOptions::Mode::Guidance ? m_chosenPeriod : QString();
    return options;
}

void TimelinePane::setResults(const QList<Document> &documents, const ClaimList &claims, const QList<ClaimGroup> &groups,
                              const std::optional<TimelineModel::Layout> &prepared, const TimelineOptions &preparedFor)
{
    m_hasResults = true;
    updateVisibility(); // the dock is looked up, and followed, from here on
    const TimelineOptions options = layoutOptions();
    const quint64 generation = ++m_layoutGeneration;
    if (prepared && sameChoice(options, preparedFor)) {
        m_layingOut = false;
        m_model->setResults(documents, claims, groups, options, *prepared);
        applyOptions();
        Q_EMIT resultsShown();
        return;
    }
    m_layingOut = true;
    auto *watcher = new QFutureWatcher<TimelineModel::Layout>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, documents, claims, groups, options] {
        watcher->deleteLater();
        if (generation != m_layoutGeneration || watcher->future().resultCount() == 0)
            return;
        m_layingOut = false;
        m_model->setResults(documents, claims, groups, options, watcher->result());
        applyOptions();
        Q_EMIT resultsShown();
    });
    // Copies in (the lists share their data), a value out.
    watcher->setFuture(QtConcurrent::run(&TimelineModel::layOut, documents, claims, groups, options));
}

void TimelinePane::clear()
{
    ++m_layoutGeneration;
    m_layingOut = false;
    m_hasResults = false;
    m_model->clear();
    applyOptions();
}

void TimelinePane::applyOptions()
{
    TimelineOptions options = m_model->options();
    options.metric = m_metricCombo->currentData().toString();
    options.currency = m_currencyCombo->currentData().toString();
    options.mode = TimelineOptions::Mode(m_modeCombo->currentData().toInt());
    options.layout = TimelineOptions::Layout(m_layoutCombo->currentData().toInt());
    options.subYearPeriods = m_subYearCheck->isChecked();
    options.entity = m_entityCombo->currentData().toString();
    options.period = options.mode == TimelineOptions::Mode::Guidance ? m_periodCombo->currentData().toString() : QString();
    if (!sameChoice(options, m_model->options()))
        m_model->setOptions(options);

    // The lists of entities and periods depend on the metric (and the entity) just chosen.
    updateEntities();
    updatePeriods();
    options.entity = m_entityCombo->currentData().toString();
    options.period = options.mode == TimelineOptions::Mode::Guidance ? m_periodCombo->currentData().toString() : QString();
    if (!sameChoice(options, m_model->options()))
        m_model->setOptions(options);

    updateNoPeriodList();
    updateState();
}

void TimelinePane::updateEntities()
{
    const QString current = m_chosenEntity;
    const QSignalBlocker blocker(m_entityCombo);
    m_entityCombo->clear();
    m_entityCombo->addItem(tr("All entities"), QString());
    const QStringList entities = m_model->entities();
    for (const QString &entity : entities)
        m_entityCombo->addItem(entity, entity);
    selectData(m_entityCombo, current);
}

void TimelinePane::updatePeriods()
{
    const bool guidance = m_modeCombo->currentData().toInt() == int(TimelineOptions::Mode::Guidance);
    m_periodLabel->setVisible(guidance);
    m_periodCombo->setVisible(guidance);
    const QString current = m_chosenPeriod;
    const QSignalBlocker blocker(m_periodCombo);
    m_periodCombo->clear();
    m_periodCombo->addItem(tr("All periods"), QString());
    const QString entity = m_entityCombo->currentData().toString();
    const QStringList periods = m_model->periods(entity);
    for (const QString &period : periods)
        m_periodCombo->addItem(period, period);
    selectData(m_periodCombo, current);
}

void TimelinePane::updateNoPeriodList()
{
    // Counted, not copied: copying the thousands of a large folder at the end of each analysis
    // was the GUI thread's longest piece of work there, for a list seldom seen.
    const qsizetype count = m_model->noPeriodCount();
    // The first ones only: a list of thousands is not read, and filling it held the window (the
    // Figures panel lists them all, with a filter).
    const qsizetype listed = std::min<qsizetype>(count, maxNoPeriodListed);
    // "Label: number" needs no plural forms.
    m_noPeriodTitle->setText(listed < count ? tr("No period stated: %1 (the first %2 listed)").arg(count).arg(listed)
                                            : tr("No period stated: %1").arg(count));
    m_noPeriodList->parentWidget()->setVisible(count > 0);
    m_noPeriodListOutOfDate = true;
    if (m_visibility->canBeSeen())
        fillNoPeriodList();
    else
        m_noPeriodList->clear(); // not to be read before it is filled again
}

void TimelinePane::fillNoPeriodList()
{
    m_noPeriodListOutOfDate = false;
    const QSignalBlocker blocker(m_noPeriodList);
    m_noPeriodList->clear();
    const QList<TimelineEntry> entries = m_model->noPeriodEntries(maxNoPeriodListed);
    QList<QTreeWidgetItem *> items;
    items.reserve(entries.size());
    for (const TimelineEntry &entry : entries) {
        const Claim &claim = entry.claim;
        auto *item = new QTreeWidgetItem;
        items.append(item);
        item->setText(EntityColumn, entry.series);
        item->setText(AmountColumn, FiguresModel::formatAmount(claim));
        item->setText(SourceColumn, entry.documentDate.isEmpty() ? entry.documentTitle
                                                                 : tr("%1 (%2)").arg(entry.documentTitle, entry.documentDate));
        item->setToolTip(EntityColumn, entry.sentence.isEmpty() ? entry.quote : entry.sentence);
        item->setToolTip(SourceColumn, item->text(SourceColumn));
        item->setData(0, ClaimIdRole, claim.id());
    }
    m_noPeriodList->addTopLevelItems(items);
}

void TimelinePane::updateVisibility()
{
    m_chart->setCovered(m_visibility->isCovered());
    if (m_noPeriodListOutOfDate && m_visibility->canBeSeen())
        fillNoPeriodList();
}

void TimelinePane::updateState()
{
    const bool points = hasPoints();
    m_exportButton->setEnabled(points);
    // Only where there are quarters to show or hide, and only on the timeline of periods.
    const bool timeline = m_modeCombo->currentData().toInt() == int(TimelineOptions::Mode::Timeline);
    m_subYearCheck->setVisible(timeline && m_model->subYearCount() > 0);
    m_subYearCheck->setText(m_model->hiddenSubYearCount() > 0 ? tr("&Quarters (%1 hidden)").arg(m_model->hiddenSubYearCount())
                                                                : tr("&Quarters"));
    if (points) {
        m_chartStack->setCurrentWidget(m_chart);
    } else {
        m_placeholder->setTitle(m_hasResults ? tr("Nothing to place in time") : tr("No timeline yet"));
        m_placeholder->setText(m_hasResults ? tr("No figure of these articles for “%1” states a period.").arg(m_metricCombo->currentText())
                                            : tr("The timeline appears once the figures of a folder are compared."));
        m_chartStack->setCurrentWidget(m_placeholder);
    }
    Q_EMIT pointsChanged(points);
}

} // namespace Recoupe
