#pragma once

#include <QByteArray>
#include <QColor>
#include <QIconEngine>

namespace Recoupe {

// Draws one of Recoupe's own SVG icons at any size, in the palette's colours: "currentColor" in
// the SVG becomes the text colour of the mode (selected rows get light icons on a dark palette).
// Qt's SVG icon plugin is not always installed (the Debian build root lacks it), so Recoupe does
// not depend on it.
class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(const QByteArray &svg);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    // The palette's colour for "currentColor" in mode.
    static QColor colour(QIcon::Mode mode);

    QByteArray m_svg;
    size_t m_svgHash; // names the icon in the pixmap cache
};

} // namespace Recoupe
