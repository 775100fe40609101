#pragma once

#include <QChartView>

namespace Recoupe {

class TimelineChart;
class TimelineModel;

// The timeline on screen: hovering a point shows its quote, article and amount as written;
// clicking it asks the GUI to open the passage (claimActivated); a pane that selects a claim
// calls highlightClaim. Clicking an entity in the legend hides or shows it.
class TimelineChartView : public QChartView
{
    Q_OBJECT
public:
    explicit TimelineChartView(QWidget *parent = nullptr);

    void setModel(TimelineModel *model);
    TimelineModel *model() const;
    TimelineChart *timelineChart() const { return m_chart; }
    // Where a claim's point is in viewport coordinates (what QTest clicks); null if not drawn.
    QPoint claimPosition(const QString &claimId) const;

public Q_SLOTS:
    bool highlightClaim(const QString &claimId);
    // The chart as exported (title, sources caption), at the widget's size, to the clipboard.
    void copyToClipboard();

Q_SIGNALS:
    void claimActivated(const QString &claimId);

private:
    void showClaimToolTip(const QString &claimId, bool entered);

    TimelineChart *m_chart;
};

} // namespace Recoupe
