#include "svgiconengine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace Recoupe {

SvgIconEngine::SvgIconEngine(const QByteArray &svg)
    : m_svg(svg)
{
}

QByteArray SvgIconEngine::colouredSvg(QIcon::Mode mode) const
{
    const QPalette palette = QGuiApplication::palette();
    QColor colour;
    switch (mode) {
    case QIcon::Normal:
    case QIcon::Active:
        colour = palette.color(QPalette::Active, QPalette::WindowText);
        break;
    case QIcon::Disabled:
        colour = palette.color(QPalette::Disabled, QPalette::WindowText);
        break;
    case QIcon::Selected:
        colour = palette.color(QPalette::Active, QPalette::HighlightedText);
        break;
    }
    QByteArray svg = m_svg;
    svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
    return svg;
}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    QSvgRenderer renderer(colouredSvg(mode));
    QSizeF size = renderer.defaultSize();
    size.scale(rect.size(), Qt::KeepAspectRatio);
    QRectF target(QPointF(), size);
    target.moveCenter(QRectF(rect).center());
    renderer.render(painter, target);
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap SvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    if (size.isEmpty())
        return {};
    QPixmap pixmap(size * scale);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(&painter, QRect(QPoint(), pixmap.size()), mode, state);
    }
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

QIconEngine *SvgIconEngine::clone() const
{
    return new SvgIconEngine(m_svg);
}

QString SvgIconEngine::key() const
{
    return u"RecoupeSvgIconEngine"_s;
}

bool SvgIconEngine::isNull()
{
    return m_svg.isEmpty();
}

} // namespace Recoupe
