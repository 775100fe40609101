#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QPen>
#include <QPointer>

class QChart;
class QXYSeries;

namespace Recoupe {

// The bars of a timeline (a range's low to high, the spread of a period's summary, a multi-year
// pledge), painted as lines by one item over the plot rather than as one Qt Charts series each:
// Qt Charts adds every series to its theme and legend at a cost that grows with their number,
// and a large folder has hundreds of bars. Each bar belongs to the series of its points, and is
// hidden with it (a legend click).
class TimelineBarsItem : public QGraphicsItem
{
public:
    struct Bar {
        QPointF from; // in axis units
        QPointF to;
        QPen pen;
        QPointer<QXYSeries> owner; // drawn while it is visible; mapped on its axes
    };

    explicit TimelineBarsItem(QChart *chart);

    void setBars(const QList<Bar> &bars);
    const QList<Bar> &bars() const { return m_bars; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QChart *m_chart;
    QList<Bar> m_bars;
};

} // namespace Recoupe
