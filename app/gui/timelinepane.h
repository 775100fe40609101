#pragma once

#include "claims/claim.h"
#include "compare/claimgroup.h"
#include "corpus/document.h"
#include "models/timelinemodel.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace Recoupe {

class DockVisibility;

class PlaceholderWidget;
class TimelineChartView;
class TimelineModel;

// The Timeline dock: one metric of the folder laid out in time (TimelineChartView over a
// TimelineModel), chosen by entity, metric, currency, mode and layout (one chart, or one small
// chart per entity) in a small toolbar, with the claims
// whose article states no period listed apart rather than guessed onto the chart.
class TimelinePane : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinePane(QWidget *parent = nullptr);
    ~TimelinePane() override;

    // How many figures without a period the list under the chart shows at most.
    static constexpr int maxNoPeriodListed = 500;

    // The analysis' results; the choices of the toolbar are kept when they still apply. They are
    // laid out on a worker (at 10,000 articles that takes half a second): resultsShown() follows.
    // A layout made beforehand for these results (by the analysis's worker) is shown at once,
    // resultsShown() included, when it was made for the choices of layoutOptions().
    void setResults(const QList<Document> &documents, const ClaimList &claims, const QList<ClaimGroup> &groups,
                    const std::optional<TimelineModel::Layout> &prepared = std::nullopt, const TimelineOptions &preparedFor = {});
    // The choices the next results are laid out with.
    TimelineOptions layoutOptions() const;
    void clear();

    TimelineModel *model() const { return m_model; }
    TimelineChartView *chartView() const { return m_chart; }
    QTreeWidget *noPeriodList() const { return m_noPeriodList; }
    QComboBox *entityCombo() const { return m_entityCombo; }
    QCheckBox *subYearCheck() const { return m_subYearCheck; }
    QPushButton *exportButton() const { return m_exportButton; }
    // Whether the chart has anything to export or copy.
    bool hasPoints() const;
    // The results given last are being laid out on a worker (the chart shows the ones before).
    bool isLayingOut() const { return m_layingOut; }

Q_SIGNALS:
    // A point of the chart or a row of the "No period stated" list was chosen: open its passage.
    void claimActivated(const QString &claimId);
    void exportRequested();
    // The chart gained or lost its last point.
    void pointsChanged(bool hasPoints);
    // The results given to setResults() are laid out and shown.
    void resultsShown();

private:
    void applyOptions();
    void updateEntities();
    void updatePeriods();
    void updateNoPeriodList();
    void fillNoPeriodList(); // the first maxNoPeriodListed of the model's noPeriodEntries()
    // Whether the chart's dock is covered, and the list filled when it can be seen.
    void updateVisibility();
    void updateState();

    TimelineModel *m_model;
    QComboBox *m_entityCombo;
    QComboBox *m_metricCombo;
    QComboBox *m_currencyCombo;
    QComboBox *m_modeCombo;
    QComboBox *m_layoutCombo;
    QCheckBox *m_subYearCheck;
    QLabel *m_periodLabel;
    QComboBox *m_periodCombo;
    QPushButton *m_exportButton;
    QStackedWidget *m_chartStack;
    PlaceholderWidget *m_placeholder;
    TimelineChartView *m_chart;
    QLabel *m_noPeriodTitle;
    QTreeWidget *m_noPeriodList;
    bool m_hasResults = false;
    bool m_layingOut = false;
    // The list of figures without a period is filled when the pane shows: behind another dock,
    // it waits (making its rows was the longest of what the window does once a folder is read).
    bool m_noPeriodListOutOfDate = false;
    DockVisibility *m_visibility = nullptr;
    quint64 m_layoutGeneration = 0; // a newer setResults() or clear() makes a layout under way stale
    // What the user chose last, kept while the list lacks it: a new analysis (a date set in
    // Properties) empties the lists for a moment, and must not reset the choice to "All".
    QString m_chosenEntity;
    QString m_chosenPeriod;
};

} // namespace Recoupe
