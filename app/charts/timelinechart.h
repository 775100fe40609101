#pragma once

#include <QChart>
#include <QHash>
#include <QList>
#include <QPointer>

class QDateTimeAxis;
class QScatterSeries;
class QValueAxis;
class QXYSeries;

namespace Recoupe {

class TimelineModel;

// A QChart drawn from a TimelineModel, shared by the on-screen view and the export renderer so
// that both draw the same picture. One colour per series (entity), x a QDateTimeAxis with a tick
// at each 1 January, y in billions of the model's currency. Each claim is a point fed by a
// QVXYModelMapper over the model's rows; a range adds a vertical bar from low to high, a
// multi-year pledge a horizontal bar over its years; hedged figures ("about", "more than") are
// open markers, claims caught in a disagreement get a red ring. Each point is labelled with the
// number of its source, which the caption of an export lists.
class TimelineChart : public QChart
{
    Q_OBJECT
public:
    explicit TimelineChart(QGraphicsItem *parent = nullptr);

    void setModel(TimelineModel *model);
    TimelineModel *model() const;

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
    QDateTimeAxis *dateAxis() const { return m_dateAxis; }
    QValueAxis *valueAxis() const { return m_valueAxis; }

public Q_SLOTS:
    // Marks a claim's point (bigger marker and a dark ring); an empty id or an unknown claim clears it.
    bool highlightClaim(const QString &claimId);
    void rebuild();

Q_SIGNALS:
    void claimClicked(const QString &claimId);
    void claimHovered(const QString &claimId, bool entered);

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

    QPointer<TimelineModel> m_model;
    QMetaObject::Connection m_resetConnection;
    QDateTimeAxis *m_dateAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QScatterSeries *m_highlight = nullptr;
    QString m_highlightedClaim;
    QList<SeriesGroup> m_groups;
    QHash<QXYSeries *, QList<int>> m_rowsOfSeries; // point index -> model row
    int m_fontPixels = 13;
    bool m_pointLabels = true;
};

} // namespace Recoupe
