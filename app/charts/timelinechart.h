#pragma once

#include "timelinescale.h"

#include "models/timelineaggregate.h"

#include <QChart>
#include <QHash>
#include <QList>
#include <QPointer>

class QCategoryAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
class QXYSeries;

namespace Recoupe {

class TimelineBarsItem;
class TimelineModel;

// A QChart drawn from a TimelineModel, shared by the on-screen view and the export renderer so
// that both draw the same picture. One colour per series (entity), x in years (a TimelineScale:
// one band per year, long empty stretches cut short and hatched), y in billions of the model's
// currency. Each claim is a point fed by a QVXYModelMapper over the model's rows; a range adds a
// vertical bar from low to high, a multi-year pledge a horizontal bar over its years; hedged
// figures are open markers whose label says how ("~" about, "↑" more than, "↓" at most), claims
// caught in a disagreement get a red ring. Each point is labelled with the number of its source,
// which the caption of an export lists. With a series filter, the chart draws one entity only
// (a cell of the small multiples), titled with it, on the time axis of the whole model.
//
// Large folders: beyond aggregateThreshold figures the chart draws, each series' figures of one
// period become one summary point (TimelineAggregate: the median, a bar over the middle half and a
// thin one from lowest to highest, labelled with the number of figures); choosing one entity
// brings the points back when it has fewer. Figures of a quarter or half-year are squares, never
// the round markers of the years beside them. At most maxLegendSeries series are named in the
// legend, each with its own colour; the smallest others are drawn together, in grey, as "Other".
// Rebuilding reuses the series of the previous layout (created and deleted only as their number
// changes); bars are lines painted by one item (TimelineBarsItem), not a series each; the source numbers are placed with a grid of cells rather than against every
// number already placed, and only for the first maxLabels points.
class TimelineChart : public QChart
{
    Q_OBJECT
public:
    explicit TimelineChart(QGraphicsItem *parent = nullptr);

    void setModel(TimelineModel *model);
    TimelineModel *model() const;
    // Draws only this series (an entity), with its own value scale and no legend; empty: all.
    void setSeriesFilter(const QString &series);
    QString seriesFilter() const { return m_seriesFilter; }

    // How many columns a grid of count charts takes in area: cells about as wide as a chart
    // needs (a little wider than tall).
    static int gridColumns(int count, const QSizeF &area);

    // Text sizes in pixels; the renderer scales them with the picture.
    void setBaseFontPixelSize(int pixels);
    void setPointLabelsVisible(bool visible);
    // Off screen (its view hidden, as a dock behind another is), a change of the model or of
    // the plot's size leaves the chart out of date rather than laying it out again: at the end of
    // opening a large folder that was the window's longest piece of work. Coming on screen, or
    // any question about its points, lays it out then.
    void setOnScreen(bool onScreen);
    bool isOutOfDate() const { return m_outOfDate; }

    static constexpr int aggregateThreshold = 400;
    static constexpr int maxLegendSeries = 10;
    static constexpr int maxLabels = 500;
    static constexpr int maxCountLabels = 40; // summaries labelled with their number of figures

    // Whether the chart draws summaries of its periods rather than one point per figure.
    bool isAggregated() const
    {
        ensureBuilt();
        return m_aggregated;
    }
    // The summary whose point stands for a claim; nullptr when the chart draws the claim's own point.
    const TimelineAggregate *aggregateOfClaim(const QString &claimId) const;
    // Where a claim's point is, in chart (item) coordinates; null when the claim is not drawn.
    QPointF pointPosition(const QString &claimId) const;
    // The series that draws a claim's point (the entity's scatter series) and the point's index.
    QScatterSeries *seriesOfClaim(const QString &claimId, int *index = nullptr) const;
    QScatterSeries *highlightSeries() const
    {
        ensureBuilt();
        return m_highlight;
    }
    QString highlightedClaim() const { return m_highlightedClaim; }
    // Shows or hides one series (an entity) with its bars and rings, as a legend click does.
    void setSeriesShown(const QString &series, bool shown);
    bool isSeriesShown(const QString &series) const;
    QCategoryAxis *timeAxis() const
    {
        ensureBuilt();
        return m_timeAxis;
    }
    QValueAxis *valueAxis() const
    {
        ensureBuilt();
        return m_valueAxis;
    }
    // Where the model's dates fall on the time axis.
    const TimelineScale &timeScale() const
    {
        ensureBuilt();
        return m_scale;
    }

public Q_SLOTS:
    // Marks a claim's point (bigger marker and a dark ring); an empty id or an unknown claim clears it.
    bool highlightClaim(const QString &claimId);
    void rebuild();

Q_SIGNALS:
    void claimClicked(const QString &claimId);
    void claimHovered(const QString &claimId, bool entered);

protected:
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    struct SeriesGroup {
        QString name;
        QStringList series; // the model's series it draws ("Other" draws several)
        QScatterSeries *points = nullptr;
        QList<QXYSeries *> companions = {}; // bars, spans, squares and rings drawn with the points
    };
    // One point as drawn: a model row, or a summary of several.
    struct DrawnPoint {
        int row = -1;        // the row it opens (a summary's representative row)
        int aggregate = -1;  // index in m_aggregates, or -1
        double x = 0;        // axis units
        double y = 0;
        double low = 0;      // the bar, in axis units (low == high: none)
        double high = 0;
        double spanStart = 0; // a multi-year pledge's horizontal bar (start == end: none)
        double spanEnd = 0;
        bool hedged = false;
        bool subYear = false;
        bool discrepancy = false;
        QString label;
    };
    struct PointRef {
        QXYSeries *series = nullptr;
        int index = -1;
    };
    // Lays the chart out now when it is out of date (see setOnScreen()).
    void ensureBuilt() const;
    void modelChanged();
    void addSeries(QAbstractSeries *series);
    QScatterSeries *takeScatterSeries(bool inLegend = false);
    void removeSpareSeries();
    void connectPointSeries(QXYSeries *series, const QList<int> &rows);
    int rowAt(QXYSeries *series, const QPointF &point) const;
    QList<DrawnPoint> drawnPoints(const SeriesGroup &group) const;
    QList<SeriesGroup> legendGroups(const QStringList &names) const;
    void applyFonts();
    void setupAxes();
    void setupTimeAxis();
    void addBreakBands(double top);
    void fitLegend();
    void placeMarks(QList<DrawnPoint> &points, qreal markerSize, const QFont &labelFont, double axisMax);

    QPointer<TimelineModel> m_model;
    TimelineBarsItem *m_bars; // a child item: painted with the chart, on screen and in exports
    QString m_seriesFilter;
    TimelineScale m_scale;
    bool m_aggregated = false;
    QList<TimelineAggregate> m_aggregates;
    QHash<int, int> m_aggregateOfRow; // model row -> index in m_aggregates
    QHash<int, PointRef> m_pointOfRow; // model row -> the point that draws it
    // The previous layout's series, reused by the next one (QChart::removeAllSeries and new
    // series on every rebuild cost more than the layout itself on a large folder).
    QList<QScatterSeries *> m_spareScatters;
    QList<QScatterSeries *> m_legendSeries;      // the entities' points and the keys, in legend order
    QList<QScatterSeries *> m_spareLegendSeries;
    QHash<qsizetype, QPointF> m_labelAnchors; // by drawn point: where its label's invisible anchor sits
    QSizeF m_placedArea;       // the plot area the marks were placed for
    bool m_rebuildQueued = false;
    bool m_onScreen = true;
    bool m_outOfDate = false;
    QMetaObject::Connection m_resetConnection;
    QCategoryAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QScatterSeries *m_highlight = nullptr;
    QString m_highlightedClaim;
    QList<SeriesGroup> m_groups;
    QList<QScatterSeries *> m_keys; // legend entries that explain the marks
    QHash<QXYSeries *, QList<int>> m_rowsOfSeries; // point index -> model row (a summary's representative)
    int m_fontPixels = 13;
    bool m_pointLabels = true;
};

} // namespace Recoupe
