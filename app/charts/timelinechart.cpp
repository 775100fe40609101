#include "timelinechart.h"

#include "models/timelinemodel.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QIdentityProxyModel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVXYModelMapper>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Recoupe {

// The timeline model as the chart's mappers read it: the plotted date is the position the chart
// chose on its time scale (QVXYModelMapper would read milliseconds, which a cut scale cannot
// use, and points that would cover each other are moved apart within their period).
class ScaledTimeModel : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    void setPositions(const QList<double> &positions) { m_positions = positions; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (index.column() == TimelineModel::PlotDateColumn && role == Qt::DisplayRole)
            return m_positions.value(index.row());
        return QIdentityProxyModel::data(index, role);
    }

private:
    QList<double> m_positions; // by row: x on the chart's time axis
};

namespace {

// A newspaper palette: distinct hues of similar weight, none of them red (red means "the sources
// disagree" on this chart).
QColor seriesColor(int index)
{
    static const std::array<QRgb, 10> palette{0x006ba2, 0xe6a117, 0x379a8b, 0x9a607f, 0x3ebcd2,
                                              0x7d8f3a, 0x8e6c50, 0x5b6cc4, 0xd1b07c, 0x5c7080};
    return QColor::fromRgb(palette[std::size_t(std::max(0, index)) % palette.size()]);
}

const QColor discrepancyColor = QColor::fromRgb(0xdb444b);
const QColor inkColor = QColor::fromRgb(0x1a1a1a);
const QColor gridColor = QColor::fromRgb(0xd9d9d9);
const QColor labelColor = QColor::fromRgb(0x595959);

// The top of the value axis: a round number a little above the highest figure, so that ticks
// fall on values a reader can say aloud (0, 100, 200...).
// At most maxIntervals intervals: a small chart has room for fewer labels (Qt Charts elides
// labels that crowd each other into "…").
std::pair<double, int> niceAxisMax(double maximum, int maxIntervals)
{
    if (maximum <= 0)
        return {10, std::min(5, maxIntervals) + 1};
    const double magnitude = std::pow(10.0, std::floor(std::log10(maximum)));
    for (const double step : {0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 2.5, 5.0, 10.0}) {
        const double tick = step * magnitude;
        // Room above the highest point for its source number.
        const int ticks = int(std::ceil(maximum * 1.08 / tick));
        if (ticks <= maxIntervals)
            return {ticks * tick, ticks + 1};
    }
    return {std::ceil(maximum * 1.08 / (10 * magnitude)) * 10 * magnitude, 2};
}

// What a hedged figure's label says before its source number.
QString hedgeMark(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Approx:
        return u"~"_s;
    case Qualifier::AtLeast:
        return u"↑"_s;
    case Qualifier::AtMost:
        return u"↓"_s;
    case Qualifier::Exact:
    case Qualifier::Range:
        break;
    }
    return {};
}

} // namespace

TimelineChart::TimelineChart(QGraphicsItem *parent)
    : QChart(parent)
    , m_scaledModel(new ScaledTimeModel(this))
{
    setTheme(QChart::ChartThemeLight);
    setBackgroundBrush(Qt::white);
    setBackgroundRoundness(0);
    setDropShadowEnabled(false);
    setAnimationOptions(QChart::NoAnimation);
    setMargins(QMargins(4, 4, 4, 4));
    setTitleBrush(inkColor);
    // Marks are placed apart in pixels: a much larger or smaller plot places them again.
    connect(this, &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        const QSizeF placed = m_placedArea;
        if (!m_model || area.width() < 40 || area.height() < 40 || m_rebuildQueued)
            return;
        if (std::abs(area.width() - placed.width()) > 0.1 * area.width() || std::abs(area.height() - placed.height()) > 0.1 * area.height()) {
            m_rebuildQueued = true;
            QMetaObject::invokeMethod(this, &TimelineChart::rebuild, Qt::QueuedConnection);
        }
    });
    legend()->setAlignment(Qt::AlignTop);
    // A narrow dock elides the entities' names: the full name shows on hover.
    legend()->setShowToolTips(true);
    legend()->setLabelColor(inkColor);
    legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    setupAxes();
}

void TimelineChart::setupAxes()
{
    m_valueAxis = new QValueAxis(this);
    m_valueAxis->setLabelFormat(u"%.0f"_s);
    m_valueAxis->setGridLineColor(gridColor);
    m_valueAxis->setLineVisible(false);
    m_valueAxis->setLabelsColor(inkColor);
    m_valueAxis->setTitleBrush(labelColor);
    addAxis(m_valueAxis, Qt::AlignLeft);
    m_scale = TimelineScale(QList<int>{QDate::currentDate().year()});
    setupTimeAxis();
    applyFonts();
}

// A category axis: one labelled band per year, "…" over a stretch cut short. The same axis
// throughout: Qt Charts deletes a removed axis' graphics later, and an export has no later.
void TimelineChart::setupTimeAxis()
{
    if (!m_timeAxis) {
        m_timeAxis = new QCategoryAxis(this);
        m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
        m_timeAxis->setGridLineColor(gridColor);
        m_timeAxis->setLinePenColor(labelColor);
        m_timeAxis->setLabelsColor(inkColor);
        m_timeAxis->setTitleVisible(false); // the years say what the axis is
        addAxis(m_timeAxis, Qt::AlignBottom);
    }
    const QStringList previous = m_timeAxis->categoriesLabels();
    for (const QString &label : previous)
        m_timeAxis->remove(label);
    m_timeAxis->setStartValue(m_scale.minimum());
    // Years that do not fit their band in full are shortened ("’25"), then only every other
    // one (or third...) is named: Qt Charts would elide them all to "2…".
    const QFontMetricsF metrics(m_timeAxis->labelsFont());
    const double pxPerYear = std::max(1.0, size().width() * 0.9 - 4 * m_fontPixels) / std::max(0.5, m_scale.maximum() - m_scale.minimum());
    const bool shortYears = metrics.horizontalAdvance(u"2024"_s) * 1.2 > pxPerYear;
    const int every = std::max(1, int(std::ceil(metrics.horizontalAdvance(u"’24"_s) * 1.3 / pxPerYear)));
    QString breakLabel = u"…"_s;
    int unnamed = 0;
    int year = 0;
    for (const TimelineScale::Band &band : m_scale.bands()) {
        if (band.isBreak) {
            m_timeAxis->append(breakLabel, band.end);
            breakLabel += QChar(0x200B); // a category's label is its key: a second break needs another
            continue;
        }
        QString label = shortYears ? u"’"_s + QString::number(band.firstYear % 100).rightJustified(2, u'0') : QString::number(band.firstYear);
        if (shortYears && year++ % every != 0)
            label = QString(++unnamed, QChar(0x200B)); // unique, and shows nothing
        m_timeAxis->append(label, band.end);
    }
    // A little room at both ends, so that a point at the very end of a year is not cut in half.
    const double pad = 0.025 * (m_scale.maximum() - m_scale.minimum());
    m_timeAxis->setRange(m_scale.minimum() - pad, m_scale.maximum() + pad);
}

void TimelineChart::setModel(TimelineModel *model)
{
    if (m_model == model)
        return;
    disconnect(m_resetConnection);
    m_model = model;
    m_scaledModel->setSourceModel(model);
    if (m_model)
        m_resetConnection = connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineChart::rebuild);
    rebuild();
}

TimelineModel *TimelineChart::model() const
{
    return m_model;
}

int TimelineChart::gridColumns(int count, const QSizeF &area)
{
    if (count <= 1 || area.isEmpty())
        return 1;
    int best = 1;
    double bestScore = 0;
    for (int columns = 1; columns <= count; ++columns) {
        const int rows = (count + columns - 1) / columns;
        const double aspect = (area.width() / columns) / (area.height() / rows);
        // A cell 1.5 times wider than tall reads best; empty cells cost a little.
        const double score = std::abs(std::log(aspect / 1.5)) + 0.1 * (rows * columns - count);
        if (columns == 1 || score < bestScore) {
            best = columns;
            bestScore = score;
        }
    }
    return best;
}

void TimelineChart::setSeriesFilter(const QString &series)
{
    if (m_seriesFilter == series)
        return;
    m_seriesFilter = series;
    rebuild();
}

void TimelineChart::setBaseFontPixelSize(int pixels)
{
    m_fontPixels = std::max(6, pixels);
    applyFonts();
    rebuild();
}

void TimelineChart::setPointLabelsVisible(bool visible)
{
    m_pointLabels = visible;
    rebuild();
}

void TimelineChart::applyFonts()
{
    QFont font = this->font();
    font.setPixelSize(m_fontPixels);
    legend()->setFont(font);
    m_timeAxis->setLabelsFont(font);
    m_valueAxis->setLabelsFont(font);
    m_valueAxis->setTitleFont(font);
    QFont title = font;
    title.setPixelSize(int(std::round(m_fontPixels * 1.15)));
    title.setWeight(QFont::Bold);
    setTitleFont(title);
}

void TimelineChart::addSeries(QAbstractSeries *series)
{
    QChart::addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_valueAxis);
}

// Hatching over the years cut short, so that nobody reads the gap as one year.
void TimelineChart::addBreakBands(double top)
{
    for (const TimelineScale::Band &band : m_scale.bands()) {
        if (!band.isBreak)
            continue;
        auto *area = new QAreaSeries(this);
        auto *upper = new QLineSeries(area); // deleted with the area by removeAllSeries()
        upper->append(band.start, top);
        upper->append(band.end, top);
        auto *lower = new QLineSeries(area);
        lower->append(band.start, 0);
        lower->append(band.end, 0);
        area->setUpperSeries(upper);
        area->setLowerSeries(lower);
        area->setPen(Qt::NoPen);
        area->setBrush(QBrush(gridColor, Qt::BDiagPattern));
        addSeries(area);
        for (QLegendMarker *marker : legend()->markers(area))
            marker->setVisible(false);
    }
}

void TimelineChart::rebuild()
{
    m_rebuildQueued = false;
    removeAllSeries(); // deletes the series, and with them their mappers
    m_groups.clear();
    m_keys.clear();
    m_rowsOfSeries.clear();
    m_highlight = nullptr;

    const TimelineModel *model = m_model;
    const QString currency = model ? model->options().currency : u"USD"_s;
    m_valueAxis->setTitleText(currency == "USD"_L1   ? tr("Billions of US dollars")
                              : currency == "EUR"_L1 ? tr("Billions of euros")
                                                     : tr("Billions (%1)").arg(currency));
    const bool single = m_seriesFilter.isEmpty();
    setTitle(m_seriesFilter);
    legend()->setVisible(single);

    // Axes first. The time axis is the whole model's, so that small multiples line up.
    m_scale = model && model->rowCount() > 0 ? TimelineScale::fromModel(*model) : TimelineScale(QList<int>{QDate::currentDate().year()});
    setupTimeAxis();
    const QStringList names = model ? model->seriesNames() : QStringList();
    double maximum = 0;
    if (model) {
        for (const TimelineEntry &entry : model->entries()) {
            if (single || entry.series == m_seriesFilter)
                maximum = std::max(maximum, entry.high / 1e9);
        }
    }
    const QRectF laidOut = plotArea();
    const qreal plotHeight = laidOut.height() >= 40 ? laidOut.height() : size().height() * 0.9 - 6 * m_fontPixels;
    const int maxIntervals = std::clamp(int(plotHeight / (m_fontPixels * 2.4)), 2, 6);
    const auto [axisMax, ticks] = niceAxisMax(maximum, maxIntervals);
    m_valueAxis->setRange(0, axisMax);
    m_valueAxis->setTickCount(ticks);
    m_valueAxis->setLabelFormat(axisMax < 10 ? u"%.1f"_s : u"%.0f"_s);
    if (!model)
        return;
    m_valueAxis->setTitleVisible(single); // a grid's subtitle says the unit once
    addBreakBands(axisMax);

    const qreal markerSize = std::round(m_fontPixels * 0.8);
    QFont labelFont = font();
    labelFont.setPixelSize(std::max(7, int(std::round(m_fontPixels * 0.8))));
    const QList<QPointF> labelTops = placeMarks(markerSize, labelFont, axisMax);
    m_scaledModel->setPositions(m_positions);
    const auto xOf = [this](int row) { return m_positions.value(row); };
    QStringList hedges; // the kinds of hedge drawn, for the legend
    bool anyDiscrepancy = false;
    for (int index = 0; index < names.size(); ++index) {
        const QString &name = names.at(index);
        if (!single && name != m_seriesFilter)
            continue;
        const QColor color = seriesColor(index); // the same colour in every cell of a grid
        const auto [firstRow, rowCount] = model->seriesRows(name);
        SeriesGroup group;
        group.name = name;

        // Bars under the points: ranges (vertical) and multi-year pledges (horizontal).
        for (int row = firstRow; row < firstRow + rowCount; ++row) {
            const TimelineEntry &entry = *model->entryAt(row);
            QColor barColor = color;
            barColor.setAlphaF(0.45f);
            if (entry.drawnAsSpan) {
                auto *span = new QLineSeries(this);
                span->append(x(QDateTime(entry.span.first, QTime(0, 0))), entry.value() / 1e9);
                span->append(x(QDateTime(entry.span.last, QTime(23, 59))), entry.value() / 1e9);
                span->setPen(QPen(barColor, std::max(2.0, markerSize * 0.35), Qt::SolidLine, Qt::FlatCap));
                addSeries(span);
                group.companions.append(span);
            }
            if (entry.low != entry.high) {
                auto *bar = new QLineSeries(this);
                bar->append(xOf(row), entry.low / 1e9);
                bar->append(xOf(row), entry.high / 1e9);
                bar->setPen(QPen(barColor, std::max(2.0, markerSize * 0.55), Qt::SolidLine, Qt::FlatCap));
                addSeries(bar);
                group.companions.append(bar);
            }
        }

        // The points: one per row of the series' block, read through the model mapper.
        auto *points = new QScatterSeries(this);
        points->setName(name);
        points->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        points->setMarkerSize(markerSize);
        points->setColor(color);
        points->setBorderColor(color.darker(135));
        QPen pen(color.darker(135), std::max(1.5, markerSize * 0.16));
        points->setPen(pen);
        auto *mapper = new QVXYModelMapper(points);
        mapper->setXColumn(TimelineModel::PlotDateColumn);
        mapper->setYColumn(TimelineModel::ValueColumn);
        mapper->setFirstRow(firstRow);
        mapper->setRowCount(rowCount);
        mapper->setSeries(points);
        mapper->setModel(m_scaledModel);
        points->setPointLabelsVisible(false);
        QList<int> rows;
        for (int i = 0; i < rowCount; ++i) {
            const TimelineEntry &entry = *model->entryAt(firstRow + i);
            rows.append(firstRow + i);
            if (entry.isHedged()) {
                points->setPointConfiguration(i, QXYSeries::PointConfiguration::Color, QColor(Qt::white));
                const QString mark = hedgeMark(entry.claim.qualifier);
                if (!hedges.contains(mark))
                    hedges.append(mark);
            }
        }
        addSeries(points);
        connectPointSeries(points, rows);
        group.points = points;

        // Source numbers. Qt Charts puts a point's label right above it, where a range's bar
        // runs: the labels hang on invisible points at the top of each bar instead.
        if (m_pointLabels) {
            auto *labels = new QScatterSeries(this);
            labels->setMarkerSize(markerSize);
            labels->setBrush(Qt::NoBrush);
            labels->setPen(Qt::NoPen);
            labels->setPointLabelsClipping(false);
            labels->setPointLabelsFont(labelFont);
            labels->setPointLabelsColor(labelColor);
            labels->setPointLabelsVisible(true);
            for (int i = 0; i < rowCount; ++i) {
                const TimelineEntry &entry = *model->entryAt(firstRow + i);
                labels->append(labelTops.value(firstRow + i, QPointF(xOf(firstRow + i), entry.high / 1e9)));
                QHash<QXYSeries::PointConfiguration, QVariant> configuration{
                    {QXYSeries::PointConfiguration::LabelFormat, QString(hedgeMark(entry.claim.qualifier) + QString::number(entry.sourceNumber))}};
                labels->setPointConfiguration(i, configuration);
            }
            addSeries(labels);
            connectPointSeries(labels, rows);
            group.companions.append(labels);
        }

        // Red rings around the claims of a disagreement, drawn over the points.
        QList<int> flaggedRows;
        auto *rings = new QScatterSeries(this);
        for (int row = firstRow; row < firstRow + rowCount; ++row) {
            const TimelineEntry &entry = *model->entryAt(row);
            if (entry.discrepancy) {
                rings->append(xOf(row), entry.value() / 1e9);
                flaggedRows.append(row);
            }
        }
        if (flaggedRows.isEmpty()) {
            delete rings;
        } else {
            anyDiscrepancy = true;
            rings->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            rings->setMarkerSize(markerSize * 1.9);
            rings->setBrush(Qt::NoBrush);
            rings->setPen(QPen(discrepancyColor, std::max(1.5, markerSize * 0.2)));
            addSeries(rings);
            connectPointSeries(rings, flaggedRows);
            group.companions.append(rings);
        }
        for (QXYSeries *companion : std::as_const(group.companions)) {
            for (QLegendMarker *marker : legend()->markers(companion))
                marker->setVisible(false);
        }
        m_groups.append(group);
    }

    // Legend entries that explain the marks, after the entities (a cell of a grid has no legend:
    // the export's subtitle explains the marks).
    if (single && !hedges.isEmpty()) {
        QStringList kinds;
        if (hedges.contains(u"~"_s))
            kinds.append(tr("~ about"));
        if (hedges.contains(u"↑"_s))
            kinds.append(tr("↑ more than"));
        if (hedges.contains(u"↓"_s))
            kinds.append(tr("↓ at most"));
        auto *key = new QScatterSeries(this);
        key->setName(tr("Hedged (%1)").arg(kinds.join(u", "_s)));
        key->setMarkerSize(markerSize);
        key->setColor(Qt::white);
        key->setBorderColor(labelColor);
        key->setPen(QPen(labelColor, std::max(1.5, markerSize * 0.16)));
        addSeries(key);
        m_keys.append(key);
    }
    if (single && anyDiscrepancy) {
        auto *key = new QScatterSeries(this);
        key->setName(tr("Sources disagree"));
        key->setMarkerSize(markerSize);
        key->setBrush(Qt::NoBrush);
        key->setPen(QPen(discrepancyColor, std::max(1.5, markerSize * 0.2)));
        addSeries(key);
        m_keys.append(key);
    }

    m_highlight = new QScatterSeries(this);
    m_highlight->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_highlight->setMarkerSize(markerSize * 2.5);
    m_highlight->setBrush(Qt::NoBrush);
    m_highlight->setPen(QPen(inkColor, std::max(2.0, markerSize * 0.22)));
    addSeries(m_highlight);
    for (QLegendMarker *marker : legend()->markers(m_highlight))
        marker->setVisible(false);

    // Clicking an entity in the legend hides or shows it.
    for (const SeriesGroup &group : std::as_const(m_groups)) {
        for (QLegendMarker *marker : legend()->markers(group.points)) {
            const QString name = group.name;
            connect(marker, &QLegendMarker::clicked, this, [this, name] { setSeriesShown(name, !isSeriesShown(name)); });
        }
    }

    fitLegend();
    const QString previous = m_highlightedClaim;
    m_highlightedClaim.clear();
    if (!previous.isEmpty())
        highlightClaim(previous);
}

// Where each drawn point goes, in pixels of the plot area as laid out (estimated before the first
// layout; rebuild() runs again when the plot area changes much): claims of the same period are
// moved apart sideways, within their period, until their markers no longer cover each other, and
// each source number climbs above whatever number or marker it would cover. Sets m_positions;
// returns, by row, where each number's invisible anchor sits (axis units).
QList<QPointF> TimelineChart::placeMarks(qreal markerSize, const QFont &labelFont, double axisMax)
{
    m_positions.fill(0, m_model->rowCount());
    QList<QPointF> labelTops(m_model->rowCount());
    QRectF area = plotArea();
    if (area.width() < 40 || area.height() < 40) // not laid out yet: about what the layout will give
        area = QRectF(0, 0, std::max<qreal>(200, size().width() * 0.9 - 4 * m_fontPixels),
                      std::max<qreal>(120, size().height() * 0.9 - 6 * m_fontPixels));
    m_placedArea = area.size();
    const double pxPerX = area.width() / std::max(1e-9, m_timeAxis->max() - m_timeAxis->min());
    const double pxPerY = area.height() / std::max(1e-9, axisMax);
    const bool single = m_seriesFilter.isEmpty();

    // Markers, with y upwards in pixels.
    struct Mark {
        QPointF centre;
        qreal radius;
    };
    QList<Mark> marks;
    QList<int> drawn;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const TimelineEntry &entry = *m_model->entryAt(row);
        if (!single && entry.series != m_seriesFilter)
            continue;
        drawn.append(row);
        const double base = x(QDateTime(entry.x, QTime(12, 0)));
        // How far a point may leave the middle of its period: not out of it.
        // (a marker or so at least: in a small chart a quarter is only a few pixels wide).
        double reach = markerSize * 1.5;
        if (entry.span.isValid())
            reach = std::max<double>(markerSize * 1.3, 0.42 * (x(QDateTime(entry.span.last, QTime(23, 59))) - x(QDateTime(entry.span.first, QTime(0, 0)))) * pxPerX);
        const qreal radius = markerSize * (entry.discrepancy ? 0.95 : 0.55);
        const QPointF centre(base * pxPerX, entry.value() / 1e9 * pxPerY);
        const auto collisions = [&](double offset) {
            int count = 0;
            for (const Mark &mark : std::as_const(marks)) {
                // Markers may touch, not hide each other.
                const double apart = 0.85 * (mark.radius + radius);
                if (std::abs(mark.centre.x() - centre.x() - offset) < apart && std::abs(mark.centre.y() - centre.y()) < apart)
                    ++count;
            }
            return count;
        };
        double best = 0;
        int bestCount = collisions(0);
        const double step = markerSize * 0.35;
        for (int k = 1; bestCount > 0 && k * step <= reach; ++k) {
            for (const double offset : {k * step, -k * step}) {
                const int count = collisions(offset);
                if (count < bestCount) {
                    best = offset;
                    bestCount = count;
                }
            }
        }
        m_positions[row] = base + best / pxPerX;
        marks.append(Mark{QPointF(centre.x() + best, centre.y()), radius});
    }

    // Source numbers, from left to right, each above its point (or its range's top).
    const QFontMetricsF metrics(labelFont);
    QList<QRectF> taken; // y upwards: top() is the lower edge
    std::sort(drawn.begin(), drawn.end(), [this](int a, int b) { return m_positions.at(a) < m_positions.at(b); });
    for (const int row : std::as_const(drawn)) {
        const TimelineEntry &entry = *m_model->entryAt(row);
        const QString text = hedgeMark(entry.claim.qualifier) + QString::number(entry.sourceNumber);
        const qreal width = metrics.horizontalAdvance(text);
        const qreal height = metrics.ascent();
        // Qt Charts draws a label's baseline half a marker (and about 3 px) above its point; the
        // number starts clear of the point's own marks (its ring, the top of its range).
        const qreal qtLift = markerSize * 0.5 + 3;
        const QPointF anchor(m_positions.at(row) * pxPerX, entry.high / 1e9 * pxPerY);
        const qreal ownTop = entry.value() / 1e9 * pxPerY + markerSize * (entry.discrepancy ? 0.95 : 0.55) + 2;
        QRectF label(anchor.x() - width / 2, std::max(anchor.y() + qtLift, ownTop), width, height);
        const auto covers = [&](const QRectF &rect) {
            for (const QRectF &other : std::as_const(taken)) {
                if (rect.intersects(other))
                    return true;
            }
            for (const Mark &mark : std::as_const(marks)) {
                const QRectF box(mark.centre.x() - mark.radius, mark.centre.y() - mark.radius, 2 * mark.radius, 2 * mark.radius);
                if (rect.intersects(box))
                    return true;
            }
            return false;
        };
        // Up while it stays below the chart's title, else sideways.
        const QRectF start = label;
        const qreal ceiling = area.height() + height * 1.5;
        for (int climb = 0; climb < 8 && covers(label) && label.bottom() + height * 0.6 <= ceiling; ++climb)
            label.translate(0, height * 0.6);
        for (int side = 1; side <= 2 && covers(label); ++side) {
            for (const int sign : {1, -1}) {
                const QRectF moved = start.translated(sign * side * (width + 3), 0);
                if (!covers(moved)) {
                    label = moved;
                    break;
                }
            }
        }
        if (covers(label) && !covers(start.translated(0, height * 0.6)))
            label = start.translated(0, height * 0.6);
        taken.append(label);
        labelTops[row] = QPointF(label.center().x() / pxPerX, (label.top() - qtLift) / pxPerY);
    }
    return labelTops;
}

void TimelineChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    QChart::resizeEvent(event);
    fitLegend();
}

// QLegend keeps one row and elides what does not fit (the full name shows on hover). In a
// narrow dock the entities matter more than the keys to the marks, which tooltips explain too:
// the keys go first.
void TimelineChart::fitLegend()
{
    if (m_keys.isEmpty())
        return;
    const QFontMetricsF metrics(legend()->font());
    QList<QScatterSeries *> listed = m_keys;
    for (const SeriesGroup &group : std::as_const(m_groups))
        listed.append(group.points);
    qreal needed = 0;
    for (QScatterSeries *series : std::as_const(listed)) {
        for (QLegendMarker *marker : legend()->markers(series))
            needed += metrics.horizontalAdvance(marker->label()) + 2.5 * metrics.height();
    }
    const bool fits = needed <= size().width() * 0.95;
    for (QScatterSeries *key : std::as_const(m_keys)) {
        for (QLegendMarker *marker : legend()->markers(key))
            marker->setVisible(fits);
    }
}

void TimelineChart::connectPointSeries(QXYSeries *series, const QList<int> &rows)
{
    m_rowsOfSeries.insert(series, rows);
    connect(series, &QXYSeries::clicked, this, [this, series](const QPointF &point) {
        const int row = rowAt(series, point);
        if (row >= 0 && m_model)
            Q_EMIT claimClicked(m_model->entryAt(row)->claim.id());
    });
    connect(series, &QXYSeries::hovered, this, [this, series](const QPointF &point, bool state) {
        const int row = rowAt(series, point);
        if (row >= 0 && m_model)
            Q_EMIT claimHovered(m_model->entryAt(row)->claim.id(), state);
    });
}

int TimelineChart::rowAt(QXYSeries *series, const QPointF &point) const
{
    const QList<int> rows = m_rowsOfSeries.value(series);
    const QList<QPointF> points = series->points();
    // The signal gives the point of the series under the cursor; find it (nearest, in case the
    // value went through a conversion on the way).
    int best = -1;
    double bestDistance = 0;
    // QChart::mapToPosition is not const, though it changes nothing.
    for (int i = 0; i < points.size() && i < rows.size(); ++i) {
        const QPointF a = const_cast<TimelineChart *>(this)->mapToPosition(points.at(i), series);
        const QPointF b = const_cast<TimelineChart *>(this)->mapToPosition(point, series);
        const double distance = QLineF(a, b).length();
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best >= 0 ? rows.at(best) : -1;
}

QScatterSeries *TimelineChart::seriesOfClaim(const QString &claimId, int *index) const
{
    if (!m_model)
        return nullptr;
    const int row = m_model->rowOfClaim(claimId);
    if (row < 0)
        return nullptr;
    for (const SeriesGroup &group : m_groups) {
        const QList<int> rows = m_rowsOfSeries.value(group.points);
        const qsizetype position = rows.indexOf(row);
        if (position >= 0) {
            if (index)
                *index = int(position);
            return group.points;
        }
    }
    return nullptr;
}

QPointF TimelineChart::pointPosition(const QString &claimId) const
{
    int index = -1;
    QScatterSeries *series = seriesOfClaim(claimId, &index);
    if (!series || index >= series->count())
        return {};
    return const_cast<TimelineChart *>(this)->mapToPosition(series->at(index), series);
}

bool TimelineChart::highlightClaim(const QString &claimId)
{
    if (!m_highlight)
        return false;
    int previousIndex = -1;
    if (QScatterSeries *previous = seriesOfClaim(m_highlightedClaim, &previousIndex))
        previous->clearPointConfiguration(previousIndex, QXYSeries::PointConfiguration::Size);
    m_highlight->clear();
    m_highlightedClaim.clear();
    int index = -1;
    QScatterSeries *series = seriesOfClaim(claimId, &index);
    if (!series || index >= series->count())
        return false;
    m_highlightedClaim = claimId;
    series->setPointConfiguration(index, QXYSeries::PointConfiguration::Size, series->markerSize() * 1.5);
    m_highlight->append(series->at(index));
    m_highlight->setVisible(series->isVisible());
    return true;
}

void TimelineChart::setSeriesShown(const QString &series, bool shown)
{
    for (const SeriesGroup &group : std::as_const(m_groups)) {
        if (group.name != series)
            continue;
        group.points->setVisible(shown);
        for (QXYSeries *companion : group.companions) {
            companion->setVisible(shown);
            // Hiding a series shows its legend marker again: keep the companions' hidden.
            for (QLegendMarker *marker : legend()->markers(companion))
                marker->setVisible(false);
        }
        // Keep the entity in the legend, greyed out, so that a second click brings it back.
        for (QLegendMarker *marker : legend()->markers(group.points)) {
            marker->setVisible(true);
            QColor label = inkColor;
            label.setAlphaF(shown ? 1.0f : 0.35f);
            marker->setLabelBrush(label);
            QColor fill = marker->brush().color();
            fill.setAlphaF(shown ? 1.0f : 0.25f);
            marker->setBrush(fill);
        }
    }
    if (m_highlight && !m_highlightedClaim.isEmpty()) {
        const QScatterSeries *owner = seriesOfClaim(m_highlightedClaim);
        m_highlight->setVisible(owner && owner->isVisible());
    }
    for (QLegendMarker *marker : legend()->markers(m_highlight))
        marker->setVisible(false);
}

bool TimelineChart::isSeriesShown(const QString &series) const
{
    for (const SeriesGroup &group : m_groups) {
        if (group.name == series)
            return group.points->isVisible();
    }
    return false;
}

} // namespace Recoupe
