#include "timelinebarsitem.h"

#include <QChart>
#include <QPainter>
#include <QXYSeries>

namespace Recoupe {

TimelineBarsItem::TimelineBarsItem(QChart *chart)
    : QGraphicsItem(chart)
    , m_chart(chart)
{
    // Above the grid and the axes (Qt Charts gives them a z of 2 and 3), under the series (4).
    setZValue(3.5);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void TimelineBarsItem::setBars(const QList<Bar> &bars)
{
    prepareGeometryChange();
    m_bars = bars;
    update();
}

QRectF TimelineBarsItem::boundingRect() const
{
    // The plot, in the chart's coordinates (this item's, as its child).
    return m_chart->plotArea().adjusted(-8, -8, 8, 8);
}

void TimelineBarsItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setClipRect(m_chart->plotArea());
    painter->setRenderHint(QPainter::Antialiasing);
    for (const Bar &bar : std::as_const(m_bars)) {
        if (!bar.owner || !bar.owner->isVisible())
            continue;
        painter->setPen(bar.pen);
        painter->drawLine(m_chart->mapToPosition(bar.from, bar.owner), m_chart->mapToPosition(bar.to, bar.owner));
    }
    painter->restore();
}

} // namespace Recoupe
