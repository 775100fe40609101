#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

class QPainter;

namespace Recoupe {

class TimelineModel;

struct ChartRenderOptions {
    QSize size{1600, 900};   // logical pixels (SVG: user units)
    qreal scale = 1;         // PNG only: device pixels per logical pixel (2 for a retina export)
    bool transparent = false; // PNG only: no white background
    QString title;           // empty: ChartRenderer::defaultTitle()
    QString subtitle;        // empty: ChartRenderer::defaultSubtitle()
};

// A timeline ready to publish: title and subtitle, the chart, and a caption that lists the
// source articles (title and date) by the numbers that label the points. The same painting
// makes the PNG and the SVG; the plotted data goes out as CSV and JSON (lib/export/timelinejson).
// Needs a QApplication (Qt Charts draws with QGraphicsWidget); headless, the offscreen platform.
class ChartRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Recoupe::ChartRenderer)

public:
    enum class Format { Png, Svg, Csv, Json, Unknown };

    explicit ChartRenderer(const TimelineModel *model);

    static Format formatForPath(const QString &path); // by extension

    QImage renderImage(const ChartRenderOptions &options) const;
    QByteArray renderSvg(const ChartRenderOptions &options) const;
    QByteArray renderData(Format format) const; // Csv or Json
    // Writes atomically (QSaveFile) in the format of the path's extension.
    bool save(const QString &path, const ChartRenderOptions &options, QString *error = nullptr) const;

    QString defaultTitle() const;
    QString defaultSubtitle() const;
    QString sourcesCaption() const;

private:
    void paint(QPainter *painter, const ChartRenderOptions &options) const;

    const TimelineModel *m_model;
};

} // namespace Recoupe
