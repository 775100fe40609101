#include "svgiconengine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace Recoupe {

SvgIconEngine::SvgIconEngine(const QByteArray &svg)
    : m_svg(svg)
    , m_svgHash(qHash(svg))
{
}

QColor SvgIconEngine::colour(QIcon::Mode mode)
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
    return colour;
}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    // Through the pixmap cache: the rows of a long list draw the same few icons again and again,
    // and each SVG render parses the document anew.
    const qreal scale = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap SvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    Q_UNUSED(state)
    if (size.isEmpty())
        return {};
    const QColor ink = colour(mode);
    const QSize pixels = (QSizeF(size) * scale).toSize();
    const QString cacheKey = u"recoupe-svg-%1-%2-%3x%4-%5"_s.arg(m_svgHash).arg(ink.rgba()).arg(pixels.width()).arg(pixels.height()).arg(scale);
    QPixmap pixmap;
    if (QPixmapCache::find(cacheKey, &pixmap))
        return pixmap;
    pixmap = QPixmap(pixels);
    pixmap.fill(Qt::transparent);
    {
        QByteArray svg = m_svg;
        svg.replace("currentColor", ink.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        QSizeF drawn = renderer.defaultSize();
        drawn.scale(QSizeF(pixels), Qt::KeepAspectRatio);
        QRectF target(QPointF(), drawn);
        target.moveCenter(QRectF(QPointF(), QSizeF(pixels)).center());
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, target);
    }
    pixmap.setDevicePixelRatio(scale);
    QPixmapCache::insert(cacheKey, pixmap);
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
