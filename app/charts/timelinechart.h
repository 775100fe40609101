#pragma once

#include "timelinescale.h"

#include <QChart>
#include <QHash>
#include <QList>
#include <QPointer>

class QCategoryAxis;
class QScatterSeries;
class QValueAxis;
class QXYSeries;

namespace Recoupe {

class ScaledTimeModel;
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

    // Where a claim's point is, in chart (item) coordinates; null when the claim is not drawn.
    QPointF pointPosition(const QString &claimId) const;
    // The series that draws a claim's point (the entity's scatter series) and the point's index.
    QScatterSeries *seriesOfClaim(const QString &claimId, int *index = nullptr) const;
    QScatterSeries *highlightSeries() const { return m_highlight; }
    QString highlightedClaim() const { return m_highlightedClaim; }
    // Shows or hides one series (an entity) with its bars and rings, as a legend click does.
    void setSeriesShown(const QString &series, bool shown);
    bool isSeriesShown(const QString &series) const;
    QCategoryAxis *timeAxis() const { return m_timeAxis; }
    QValueAxis *valueAxis() const { return m_valueAxis; }
    // Where the model's dates fall on the time axis.
    const TimelineScale &timeScale() const { return m_scale; }

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
        QScatterSeries *points = nullptr;
        QList<QXYSeries *> companions; // bars, spans and rings drawn with the points
    };
    void addSeries(QAbstractSeries *series);
    void connectPointSeries(QXYSeries *series, const QList<int> &rows);
    int rowAt(QXYSeries *series, const QPointF &point) const;
    void applyFonts();
    void setupAxes();
    void setupTimeAxis();
    void addBreakBands(double top);
    void fitLegend();
    QList<QPointF> placeMarks(qreal markerSize, const QFont &labelFont, double axisMax);
    double x(const QDateTime &dateTime) const { return m_scale.map(dateTime); }

    QPointer<TimelineModel> m_model;
    ScaledTimeModel *m_scaledModel; // what the mappers read: the model, x mapped by m_scale
    QString m_seriesFilter;
    TimelineScale m_scale;
    QList<double> m_positions; // by model row: where the chart draws the point on the time axis
    QSizeF m_placedArea;       // the plot area m_positions was computed for
    bool m_rebuildQueued = false;
    QMetaObject::Connection m_resetConnection;
    QCategoryAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QScatterSeries *m_highlight = nullptr;
    QString m_highlightedClaim;
    QList<SeriesGroup> m_groups;
    QList<QScatterSeries *> m_keys; // legend entries that explain the marks
    QHash<QXYSeries *, QList<int>> m_rowsOfSeries; // point index -> model row
    int m_fontPixels = 13;
    bool m_pointLabels = true;
};

} // namespace Recoupe
