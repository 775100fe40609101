#include "chartrenderer.h"

#include "compare/claimwording.h"

#include "timelinechart.h"
#include "timelinescale.h"

#include "export/timelinejson.h"
#include "models/timelinemodel.h"

#include <QBuffer>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QJsonDocument>
#include <QLocale>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextDocument>
#include <QTextOption>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

const QColor inkColor = QColor::fromRgb(0x1a1a1a);
const QColor secondaryColor = QColor::fromRgb(0x595959);

// Text wrapped to a width; returns the height used.
qreal drawWrapped(QPainter *painter, const QRectF &area, const QString &text, const QFont &font, const QColor &color,
                  bool measureOnly = false)
{
    painter->save();
    painter->setFont(font);
    painter->setPen(color);
    QTextOption option(Qt::AlignLeft | Qt::AlignTop);
    // A title with no space in it (a file name) must wrap too rather than run off the edge.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    const QRectF bounds = painter->boundingRect(area, text, option);
    if (!measureOnly)
        painter->drawText(area, text, option);
    painter->restore();
    return bounds.height();
}

} // namespace

ChartRenderer::ChartRenderer(const TimelineModel *model)
    : m_model(model)
{
}

ChartRenderer::Format ChartRenderer::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == "png"_L1)
        return Format::Png;
    if (suffix == "svg"_L1)
        return Format::Svg;
    if (suffix == "csv"_L1)
        return Format::Csv;
    if (suffix == "json"_L1)
        return Format::Json;
    return Format::Unknown;
}

QString ChartRenderer::defaultTitle() const
{
    const TimelineOptions &options = m_model->options();
    const QString metric = m_model->metricTitle();
    if (options.mode == TimelineOptions::Mode::Guidance) {
        const QString subject = options.entity.isEmpty() ? tr("every company") : options.entity;
        return options.period.isEmpty() ? tr("%1 of %2, as reported over time").arg(metric, subject)
                                        : tr("%1 of %2 for %3, as reported over time").arg(metric, subject, ClaimWording::period(options.period));
    }
    if (options.entity.isEmpty())
        return tr("%1 by company, as the articles report it").arg(metric);
    return tr("%1 of %2, as the articles report it").arg(metric, options.entity);
}

QString ChartRenderer::defaultSubtitle() const
{
    const TimelineOptions &options = m_model->options();
    QString text = options.mode == TimelineOptions::Mode::Guidance
        ? tr("Each point is one article's figure, placed at its publication date.")
        : tr("Each point is one article's figure, placed in the period it covers; fiscal years follow each company's calendar.");
    text += u' ' + tr("Bars show ranges and multi-year pledges; numbers refer to the sources below.");
    bool converted = false;
    bool hedged = false;
    bool disagreement = false;
    for (const TimelineEntry &entry : m_model->entries()) {
        converted = converted || entry.claim.currency != options.currency;
        hedged = hedged || entry.isHedged();
        disagreement = disagreement || entry.discrepancy;
    }
    if (options.layout == TimelineOptions::Layout::Grid && m_model->seriesNames().size() > 1)
    {
        const QString unit = options.currency == "USD"_L1 ? tr("billions of US dollars")
            : options.currency == "EUR"_L1                ? tr("billions of euros")
                                                           : tr("billions (%1)").arg(options.currency);
        text += u' ' + tr("One chart per company, each on its own scale in %1, over the same years.").arg(unit);
    }
    // A grid has no legend: the marks are explained here.
    if (options.layout == TimelineOptions::Layout::Grid && hedged)
        text += u' ' + tr("Open markers are hedged figures (~ about, ↑ more than, ↓ at most).");
    if (options.layout == TimelineOptions::Layout::Grid && disagreement)
        text += u' ' + tr("Red rings: the sources disagree.");
    if (TimelineScale::fromModel(*m_model).hasBreak())
        text += u' ' + tr("Hatched: years with no figure, shortened.");
    if (converted)
        text += u' ' + tr("Other currencies converted into %1 at the ECB monthly average of each article's date.").arg(options.currency);
    return text;
}

QString ChartRenderer::sourcesCaption() const
{
    QStringList items;
    for (const TimelineSource &source : m_model->sources()) {
        const QDate day = QDate::fromString(source.date, Qt::ISODate);
        const QString date = source.date.isEmpty() ? tr("undated")
            : day.isValid()                         ? QLocale().toString(day, u"d MMM yyyy"_s)
                                                    : source.date;
        items.append(tr("[%1] %2 (%3)").arg(source.number).arg(source.title, date));
    }
    QString caption = tr("Sources: %1.").arg(items.join(u"; "_s));
    const qsizetype noPeriod = m_model->noPeriodCount();
    if (noPeriod > 0)
        caption += u' ' + tr("Not shown: %n figure(s) with no period stated.", nullptr, int(noPeriod));
    return caption;
}

void ChartRenderer::paint(QPainter *painter, const ChartRenderOptions &options) const
{
    const qreal width = options.size.width();
    const qreal height = options.size.height();
    // Everything scales with the picture, from a 1600 × 900 reference; a smaller picture keeps
    // its text larger than in proportion (it is shown small: in a report, on a phone).
    const qreal ratio = std::min(width / 1600.0, height / 900.0);
    const qreal unit = ratio >= 1 ? ratio : std::max(0.5, std::sqrt(ratio));
    const qreal margin = std::round(36 * unit);

    if (!options.transparent)
        painter->fillRect(QRectF(0, 0, width, height), Qt::white);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);

    QFont titleFont;
    titleFont.setPixelSize(int(std::round(34 * unit)));
    titleFont.setWeight(QFont::Bold);
    QFont subtitleFont;
    subtitleFont.setPixelSize(int(std::round(19 * unit)));
    QFont captionFont;
    captionFont.setPixelSize(int(std::round(15 * unit)));

    const qreal textWidth = width - 2 * margin;
    qreal y = margin;
    // A thin rule above the title, as newspapers frame their charts.
    painter->fillRect(QRectF(margin, y, std::round(64 * unit), std::max(2.0, std::round(6 * unit))), QColor::fromRgb(0xdb444b));
    y += std::round(18 * unit);
    const QString title = options.title.isEmpty() ? defaultTitle() : options.title;
    y += drawWrapped(painter, QRectF(margin, y, textWidth, height), title, titleFont, inkColor);
    y += std::round(6 * unit);
    const QString subtitle = options.subtitle.isEmpty() ? defaultSubtitle() : options.subtitle;
    y += drawWrapped(painter, QRectF(margin, y, textWidth, height), subtitle, subtitleFont, secondaryColor);
    y += std::round(10 * unit);

    const QString caption = sourcesCaption() + u'\n' + tr("Chart: Recoupe, from the articles' own figures.");
    const qreal captionHeight = drawWrapped(painter, QRectF(margin, 0, textWidth, height), caption, captionFont, secondaryColor, true);
    const qreal captionTop = height - margin - captionHeight;
    drawWrapped(painter, QRectF(margin, captionTop, textWidth, captionHeight + 4), caption, captionFont, secondaryColor);

    // The chart between them, laid out in a scene of its own: one chart, or one per entity.
    const QRectF chartArea(margin - 8 * unit, y, width - 2 * margin + 16 * unit, captionTop - y - std::round(12 * unit));
    if (chartArea.height() < 50)
        return;
    QStringList cells{QString()};
    if (m_model->options().layout == TimelineOptions::Layout::Grid && m_model->rowCount() > 0)
        cells = m_model->seriesNames();
    const int columns = TimelineChart::gridColumns(int(cells.size()), chartArea.size());
    const int rows = int((cells.size() + columns - 1) / columns);
    const QSizeF cellSize(chartArea.width() / columns, chartArea.height() / rows);
    QGraphicsScene scene;
    for (int i = 0; i < cells.size(); ++i) {
        auto *chart = new TimelineChart;
        scene.addItem(chart); // the scene owns it
        chart->setBaseFontPixelSize(int(std::round((cells.size() > 1 ? 15 : 17) * unit)));
        chart->setSeriesFilter(cells.at(i));
        if (options.transparent)
            chart->setBackgroundVisible(false);
        chart->setGeometry(QRectF(QPointF((i % columns) * cellSize.width(), (i / columns) * cellSize.height()), cellSize));
        // The size first, so that the marks are placed apart for it; then lay out now: there is
        // no event loop turn between building the chart and painting it.
        chart->setModel(const_cast<TimelineModel *>(m_model)); // read only: the chart never edits its model
        if (chart->layout()) {
            chart->layout()->activate();
            // Once more: the axes measure their labels during the first pass, and a narrow cell
            // would otherwise keep the room measured before, eliding its values to "…".
            chart->layout()->invalidate();
            chart->layout()->activate();
        }
    }
    scene.setSceneRect(QRectF(QPointF(0, 0), chartArea.size()));
    scene.render(painter, chartArea, scene.sceneRect());
}

QImage ChartRenderer::renderImage(const ChartRenderOptions &options) const
{
    const qreal scale = options.scale > 0 ? options.scale : 1;
    QImage image(QSize(int(std::ceil(options.size.width() * scale)), int(std::ceil(options.size.height() * scale))),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paint(&painter, options);
    painter.end();
    return image;
}

QByteArray ChartRenderer::renderSvg(const ChartRenderOptions &options) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(options.size);
    generator.setViewBox(QRect(QPoint(0, 0), options.size));
    generator.setTitle(options.title.isEmpty() ? defaultTitle() : options.title);
    generator.setDescription(sourcesCaption());
    QPainter painter(&generator);
    ChartRenderOptions svgOptions = options;
    svgOptions.scale = 1;
    paint(&painter, svgOptions);
    painter.end();
    return buffer.data();
}

QByteArray ChartRenderer::renderData(Format format) const
{
    if (format == Format::Json)
        return QJsonDocument(timelineToJson(*m_model)).toJson(QJsonDocument::Indented);
    if (format == Format::Csv)
        return timelineToCsv(*m_model).toUtf8();
    return {};
}

bool ChartRenderer::save(const QString &path, const ChartRenderOptions &options, QString *error) const
{
    const Format format = formatForPath(path);
    if (format == Format::Unknown) {
        if (error)
            *error = tr("Unknown file type for %1 (use .png, .svg, .csv or .json).").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    bool written = false;
    switch (format) {
    case Format::Png:
        written = renderImage(options).save(&file, "PNG");
        break;
    case Format::Svg:
        written = file.write(renderSvg(options)) >= 0;
        break;
    case Format::Csv:
    case Format::Json:
        written = file.write(renderData(format)) >= 0;
        break;
    case Format::Unknown:
        break;
    }
    if (!written || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Recoupe
