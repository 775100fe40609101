#include "connectorhandle.h"

#include "readingarea.h"
#include "readingpane.h"
#include "reading/grouppalette.h"

#include <QPainter>
#include <QPainterPath>
#include <QSplitter>

namespace Recoupe {

namespace {

// The vertical extent of a claim as this handle sees it, clamped to the pane's visible text.
struct ClaimSpan {
    QString claimId;
    int top = 0;
    int bottom = 0;
};

QList<ClaimSpan> linkedSpans(const ReadingPane *pane, const QStringList &claims, const QWidget *handle)
{
    QList<ClaimSpan> spans;
    if (!pane || !pane->hasDocument())
        return spans;
    const QWidget *viewport = pane->view()->viewport();
    const int top = handle->mapFromGlobal(viewport->mapToGlobal(QPoint(0, 0))).y();
    const int bottom = top + viewport->height();
    for (const ClaimMark &mark : pane->claimMarks()) {
        if (!claims.contains(mark.claimId))
            continue;
        const QList<QRect> rects = pane->view()->rangeRects(mark.start, mark.end);
        if (rects.isEmpty())
            continue;
        ClaimSpan span;
        span.claimId = mark.claimId;
        span.top = qBound(top, top + rects.constFirst().top(), bottom);
        span.bottom = qBound(top, top + rects.constLast().bottom(), bottom);
        spans.append(span);
    }
    return spans;
}

} // namespace

ConnectorHandle::ConnectorHandle(Qt::Orientation orientation, QSplitter *parent, ReadingArea *area)
    : QSplitterHandle(orientation, parent)
    , m_area(area)
{
    setObjectName(QStringLiteral("connectorGutter"));
    setAccessibleName(tr("Gutter between two panes"));
    setAccessibleDescription(tr("Joins the figures of the chosen group in the panes on either side; drag it to resize the panes"));
}

QSize ConnectorHandle::sizeHint() const
{
    return QSize(splitter()->handleWidth(), QSplitterHandle::sizeHint().height());
}

QList<ConnectorHandle::Band> ConnectorHandle::bands() const
{
    QList<Band> result;
    const QSplitter *owner = splitter();
    int index = -1;
    for (int i = 1; i < owner->count(); ++i) {
        if (owner->handle(i) == this)
            index = i;
    }
    if (index < 1 || m_area->linkedClaims().isEmpty())
        return result;
    const auto *left = qobject_cast<const ReadingPane *>(owner->widget(index - 1));
    const auto *right = qobject_cast<const ReadingPane *>(owner->widget(index));
    const QList<ClaimSpan> leftSpans = linkedSpans(left, m_area->linkedClaims(), this);
    const QList<ClaimSpan> rightSpans = linkedSpans(right, m_area->linkedClaims(), this);
    for (const ClaimSpan &l : leftSpans) {
        for (const ClaimSpan &r : rightSpans)
            result.append({l.claimId, r.claimId, l.top, l.bottom, r.top, r.bottom});
    }
    return result;
}

void ConnectorHandle::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    // A hairline on each side, as the panes' frames.
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(0, 0, 0, height());
    painter.drawLine(width() - 1, 0, width() - 1, height());

    const QList<Band> drawn = bands();
    if (drawn.isEmpty())
        return;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const int colour = qMax(0, m_area->linkedColourIndex());
    QColor fill = GroupPalette::background(colour, dark);
    QColor line = GroupPalette::solid(colour, dark);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal w = width();
    for (const Band &band : drawn) {
        // A band whose ends bend like KDiff3's and Meld's.
        QPainterPath path;
        path.moveTo(0, band.leftTop);
        path.cubicTo(w / 2, band.leftTop, w / 2, band.rightTop, w, band.rightTop);
        path.lineTo(w, band.rightBottom);
        path.cubicTo(w / 2, band.rightBottom, w / 2, band.leftBottom, 0, band.leftBottom);
        path.closeSubpath();
        painter.setPen(QPen(line, 1.2));
        painter.setBrush(fill);
        painter.drawPath(path);
    }
}

} // namespace Recoupe
