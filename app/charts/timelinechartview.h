#pragma once

#include <QChartView>
#include <QList>

namespace Recoupe {

class TimelineChart;
class TimelineModel;

// The timeline on screen: hovering a point shows its quote, article and amount as written;
// clicking it asks the GUI to open the passage (claimActivated); a pane that selects a claim
// calls highlightClaim. Clicking an entity in the legend hides or shows it. When the model's
// options ask for a grid, the view shows one small chart per entity (small multiples, the same
// time axis in every cell) instead of the single chart.
class TimelineChartView : public QChartView
{
    Q_OBJECT
public:
    explicit TimelineChartView(QWidget *parent = nullptr);

    void setModel(TimelineModel *model);
    TimelineModel *model() const;
    // The single chart (all entities), whatever the layout.
    TimelineChart *timelineChart() const { return m_chart; }
    // The charts shown: the single chart, or the cells of the grid in the order of the entities.
    QList<TimelineChart *> charts() const;
    bool isGrid() const { return !m_cells.isEmpty(); }
    // The chart that draws a claim's point now; nullptr when none does.
    TimelineChart *chartOfClaim(const QString &claimId) const;
    // Where a claim's point is in viewport coordinates (what QTest clicks); null if not drawn.
    QPoint claimPosition(const QString &claimId) const;
    // The claim whose point is marked (empty when none is, e.g. a claim not on the chart).
    QString highlightedClaim() const;
    // What hovering the claim's point shows (rich text); empty when the claim is not drawn.
    QString claimToolTip(const QString &claimId) const;

public Q_SLOTS:
    bool highlightClaim(const QString &claimId);
    // The chart as exported (title, sources caption), at the widget's size, to the clipboard.
    void copyToClipboard();
    // Covered (in a dock behind another, which Qt keeps visible off the window), the charts wait
    // to be laid out, as when the view is hidden.
    void setCovered(bool covered);

Q_SIGNALS:
    void claimActivated(const QString &claimId);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    // A hidden view's charts are laid out when it shows (TimelineChart::setOnScreen()).
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void connectChart(TimelineChart *chart);
    void updateLayout();
    void layoutCells();
    void showClaimToolTip(const QString &claimId, bool entered);
    void updateOnScreen();

    TimelineChart *m_chart;
    QList<TimelineChart *> m_cells; // the grid's charts, in the scene; empty in the single layout
    QString m_highlightedClaim;     // what the panes asked for, kept across layouts and resets
    QString m_hoveredClaim;         // the point under the pointer, whose tooltip shows
    bool m_covered = false;
};

} // namespace Recoupe
