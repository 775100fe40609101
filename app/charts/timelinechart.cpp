#include "timelinechart.h"

#include "timelinebarsitem.h"

#include "models/timelinemodel.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QWidget>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Recoupe {

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
    , m_bars(new TimelineBarsItem(this))
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
        if (!m_model || area.width() < 40 || area.height() < 40 || m_rebuildQueued || m_outOfDate)
            return;
        if (std::abs(area.width() - placed.width()) > 0.1 * area.width() || std::abs(area.height() - placed.height()) > 0.1 * area.height()) {
            if (!m_onScreen) {
                m_outOfDate = true;
                return;
            }
            m_rebuildQueued = true;
            // Made meanwhile (ensureBuilt()), or gone off screen: nothing, or later.
            QMetaObject::invokeMethod(this, [this] {
                if (!m_rebuildQueued)
                    return;
                if (!m_onScreen) {
                    m_rebuildQueued = false;
                    m_outOfDate = true;
                    return;
                }
                rebuild();
            }, Qt::QueuedConnection);
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
    // The plot's width once laid out (a legend at the right takes some of the chart's), else an estimate.
    const double plotWidth = plotArea().width() >= 40 ? plotArea().width() : size().width() * 0.9 - 4 * m_fontPixels;
    const double pxPerYear = std::max(1.0, plotWidth) / std::max(0.5, m_scale.maximum() - m_scale.minimum());
    const bool shortYears = metrics.horizontalAdvance(u"2024"_s) * 1.2 > pxPerYear;
    const int every = std::max(1, int(std::ceil(metrics.horizontalAdvance(u"’24"_s) * 1.5 / pxPerYear)));
    QString breakLabel = u"…"_s;
    // A named year's category spans the years after it that go unnamed: Qt Charts elides a label
    // to its category's width, so a label of one narrow year would read "…" however few there are.
    int pending = 0;       // years in the category being made
    int firstYear = 0;     // its first year
    double end = 0;
    const auto flush = [&] {
        if (pending == 0)
            return;
        m_timeAxis->append(shortYears ? u"’"_s + QString::number(firstYear % 100).rightJustified(2, u'0') : QString::number(firstYear), end);
        pending = 0;
    };
    for (const TimelineScale::Band &band : m_scale.bands()) {
        if (band.isBreak) {
            flush();
            m_timeAxis->append(breakLabel, band.end);
            breakLabel += QChar(0x200B); // a category's label is its key: a second break needs another
            continue;
        }
        if (pending == 0)
            firstYear = band.firstYear;
        ++pending;
        end = band.end;
        if (!shortYears || pending >= every)
            flush();
    }
    flush();
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
    if (m_model)
        m_resetConnection = connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineChart::modelChanged);
    modelChanged();
}

void TimelineChart::modelChanged()
{
    if (!m_onScreen) {
        m_outOfDate = true;
        return;
    }
    rebuild();
}

void TimelineChart::setOnScreen(bool onScreen)
{
    m_onScreen = onScreen;
    if (m_onScreen)
        ensureBuilt();
}

void TimelineChart::ensureBuilt() const
{
    // Laying out changes what is drawn, not what the chart shows of the model.
    if (m_outOfDate)
        const_cast<TimelineChart *>(this)->rebuild();
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
        auto *upper = new QLineSeries(area); // deleted with the area
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

QScatterSeries *TimelineChart::takeScatterSeries(bool inLegend)
{
    // The legend lists series in the order the chart holds them: the named ones are taken again
    // in their order, and new ones come after them, so that the legend keeps the entities' order.
    QList<QScatterSeries *> &spare = inLegend ? m_spareLegendSeries : m_spareScatters;
    QScatterSeries *series = nullptr;
    if (!spare.isEmpty()) {
        series = spare.takeFirst();
        series->setVisible(true);
    } else {
        series = new QScatterSeries(this);
        addSeries(series);
    }
    if (inLegend)
        m_legendSeries.append(series);
    return series;
}

// What the last layout did not reuse goes, with its legend marker.
void TimelineChart::removeSpareSeries()
{
    for (const QList<QScatterSeries *> *spare : {&m_spareScatters, &m_spareLegendSeries}) {
        for (QScatterSeries *series : *spare) {
            removeSeries(series);
            delete series;
        }
    }
    m_spareScatters.clear();
    m_spareLegendSeries.clear();
}

// The entities named in the legend, each with its colour: every series of the model up to
// maxLegendSeries; beyond, the series with the most figures keep their name and the others are
// drawn together as "Other" (fifteen entities in ten colours would repeat colours, and a legend
// of fifteen names does not fit a dock).
QList<TimelineChart::SeriesGroup> TimelineChart::legendGroups(const QStringList &names) const
{
    QList<SeriesGroup> groups;
    // A narrow chart (a side dock) names fewer: each name needs about 90 pixels to be read.
    const int named = std::clamp(int(size().width() / 90), 3, maxLegendSeries);
    if (names.size() <= named) {
        for (const QString &name : names)
            groups.append(SeriesGroup{name, {name}});
        return groups;
    }
    QList<std::pair<int, QString>> bySize;
    for (const QString &name : names)
        bySize.append({m_model->seriesRows(name).second, name});
    std::stable_sort(bySize.begin(), bySize.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QSet<QString> kept;
    for (int i = 0; i < named - 1; ++i)
        kept.insert(bySize.at(i).second);
    SeriesGroup other;
    for (const QString &name : names) {
        if (kept.contains(name))
            groups.append(SeriesGroup{name, {name}});
        else
            other.series.append(name);
    }
    other.name = tr("Other (%n series)", nullptr, int(other.series.size()));
    groups.append(other);
    return groups;
}

// The points of some series as drawn: each figure, or (aggregated) each period's summary.
QList<TimelineChart::DrawnPoint> TimelineChart::drawnPoints(const SeriesGroup &group) const
{
    QList<DrawnPoint> points;
    const QStringList &series = group.series;
    if (m_aggregated) {
        // The summaries are the group's (the series of "Other" are summed up together).
        for (int index = 0; index < m_aggregates.size(); ++index) {
            const TimelineAggregate &aggregate = m_aggregates.at(index);
            if (aggregate.series != group.name)
                continue;
            DrawnPoint point;
            point.aggregate = index;
            point.row = aggregate.representativeRow(*m_model);
            point.x = m_scale.map(aggregate.x);
            point.y = aggregate.median / 1e9;
            // The middle half of the figures: the bar a reader's eye takes for "most sources".
            point.low = aggregate.lowerQuartile / 1e9;
            point.high = aggregate.upperQuartile / 1e9;
            if (aggregate.drawnAsSpan) {
                point.spanStart = m_scale.map(aggregate.span.first, 0);
                point.spanEnd = m_scale.map(aggregate.span.last, 1);
            }
            point.subYear = aggregate.subYear;
            // At this scale nearly every period holds a disagreement: red rings on every summary
            // would say nothing. The tooltip and the Comparisons say which.
            point.discrepancy = false;
            // The number of figures a summary stands for, while the summaries are few enough to
            // be read; the tooltip says it anyway.
            if (aggregate.count() > 1 && m_aggregates.size() <= maxCountLabels)
                point.label = u"×"_s + QString::number(aggregate.count());
            points.append(point);
        }
        return points;
    }
    for (const QString &name : series) {
        const auto [firstRow, rowCount] = m_model->seriesRows(name);
        for (int row = firstRow; row < firstRow + rowCount; ++row) {
            const TimelineEntry &entry = *m_model->entryAt(row);
            DrawnPoint point;
            point.row = row;
            point.x = m_scale.map(entry.x);
            point.y = entry.value() / 1e9;
            point.low = entry.low / 1e9;
            point.high = entry.high / 1e9;
            if (entry.drawnAsSpan) {
                point.spanStart = m_scale.map(entry.span.first, 0);
                point.spanEnd = m_scale.map(entry.span.last, 1);
            }
            point.hedged = entry.isHedged();
            point.subYear = entry.isSubYear();
            point.discrepancy = entry.discrepancy;
            point.label = hedgeMark(entry.claim.qualifier) + QString::number(entry.sourceNumber);
            points.append(point);
        }
    }
    return points;
}

void TimelineChart::rebuild()
{
    m_rebuildQueued = false;
    m_outOfDate = false;
    // Every series of the last layout is spare until this one takes it again.
    for (QAbstractSeries *series : QChart::series()) {
        auto *xy = qobject_cast<QScatterSeries *>(series);
        if (!xy) { // the hatching of a break (an area): a few, made again
            removeSeries(series);
            delete series;
            continue;
        }
        disconnect(xy, nullptr, this, nullptr);
        xy->clear();
        xy->clearPointsConfiguration();
        xy->setPointLabelsVisible(false);
        xy->setName(QString());
        xy->setVisible(false);
        for (QLegendMarker *marker : legend()->markers(xy)) {
            disconnect(marker, nullptr, this, nullptr);
            marker->setVisible(false);
        }
        if (!m_legendSeries.contains(xy))
            m_spareScatters.append(xy);
    }
    m_spareLegendSeries = m_legendSeries; // in the order the legend listed them
    m_legendSeries.clear();
    m_groups.clear();
    m_keys.clear();
    m_rowsOfSeries.clear();
    m_pointOfRow.clear();
    m_pointOfRow.reserve(m_model ? m_model->rowCount() : 0);
    m_aggregates.clear();
    m_aggregateOfRow.clear();
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
    int drawnRows = 0;
    if (model) {
        for (const TimelineEntry &entry : model->entries()) {
            if (single || entry.series == m_seriesFilter) {
                maximum = std::max(maximum, entry.high / 1e9);
                ++drawnRows;
            }
        }
    }
    const QRectF laidOut = plotArea();
    const qreal plotHeight = laidOut.height() >= 40 ? laidOut.height() : size().height() * 0.9 - 6 * m_fontPixels;
    const int maxIntervals = std::clamp(int(plotHeight / (m_fontPixels * 2.4)), 2, 6);
    const auto [axisMax, ticks] = niceAxisMax(maximum, maxIntervals);
    m_valueAxis->setRange(0, axisMax);
    m_valueAxis->setTickCount(ticks);
    m_valueAxis->setLabelFormat(axisMax < 10 ? u"%.1f"_s : u"%.0f"_s);
    if (!model) {
        removeSpareSeries();
        m_bars->setBars({});
        return;
    }
    m_valueAxis->setTitleVisible(single); // a grid's subtitle says the unit once
    addBreakBands(axisMax);


    const qreal markerSize = std::round(m_fontPixels * 0.8);
    QFont labelFont = font();
    labelFont.setPixelSize(std::max(7, int(std::round(m_fontPixels * 0.8))));
    QList<SeriesGroup> groups = single ? legendGroups(names) : QList<SeriesGroup>{SeriesGroup{m_seriesFilter, {m_seriesFilter}}};
    m_aggregated = drawnRows > aggregateThreshold;
    if (m_aggregated) {
        QHash<QString, QString> groupOf;
        for (const SeriesGroup &group : std::as_const(groups)) {
            for (const QString &series : group.series)
                groupOf.insert(series, group.name);
        }
        m_aggregates = TimelineAggregate::fromModel(*model, m_seriesFilter, groupOf);
        for (int index = 0; index < m_aggregates.size(); ++index) {
            for (const int row : m_aggregates.at(index).rows)
                m_aggregateOfRow.insert(row, index);
        }
    }
    // Where each group's points go, placed all together so that no number covers another's.
    QList<DrawnPoint> all;
    QList<std::pair<qsizetype, qsizetype>> rangeOfGroup; // first point, count
    for (const SeriesGroup &group : std::as_const(groups)) {
        const QList<DrawnPoint> points = drawnPoints(group);
        rangeOfGroup.append({all.size(), points.size()});
        all.append(points);
    }
    placeMarks(all, markerSize, labelFont, axisMax);

    QStringList hedges; // the kinds of hedge drawn, for the legend
    bool anyDiscrepancy = false;
    bool anySubYear = false;
    QList<TimelineBarsItem::Bar> bars;
    const QColor otherColor = QColor::fromRgb(0x9a9a9a);
    for (int g = 0; g < groups.size(); ++g) {
        SeriesGroup &group = groups[g];
        const bool isOther = single && group.series.size() > 1;
        // The same colour in every cell of a grid: the series' place among all of the model's.
        // One chart: each named group its own colour. A cell of a grid: the colour its series has
        // among all of the model's, the same in every cell.
        const QColor color = isOther ? otherColor : seriesColor(single ? g : int(names.indexOf(group.series.constFirst())));
        const auto [first, count] = rangeOfGroup.at(g);
        QColor barColor = color;
        barColor.setAlphaF(0.45f);

        // The points: round for years and longer periods, square for quarters and half-years.
        QScatterSeries *points = takeScatterSeries(true);
        QScatterSeries *squares = nullptr;
        points->setName(group.name);
        points->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        points->setMarkerSize(markerSize);
        points->setColor(color);
        points->setBorderColor(color.darker(135));
        points->setPen(QPen(color.darker(135), std::max(1.5, markerSize * 0.16)));
        QList<QPointF> roundPoints;
        QList<QPointF> squarePoints;
        QList<int> roundRows;
        QList<int> squareRows;
        QList<qsizetype> hedgedRound;
        QList<qsizetype> hedgedSquare;
        for (qsizetype i = first; i < first + count; ++i) {
            const DrawnPoint &point = all.at(i);
            QList<QPointF> &target = point.subYear ? squarePoints : roundPoints;
            QList<int> &rows = point.subYear ? squareRows : roundRows;
            if (point.hedged) {
                (point.subYear ? hedgedSquare : hedgedRound).append(target.size());
                const QString mark = point.row >= 0 ? hedgeMark(model->entryAt(point.row)->claim.qualifier) : QString();
                if (!mark.isEmpty() && !hedges.contains(mark))
                    hedges.append(mark);
            }
            target.append(QPointF(point.x, point.y));
            rows.append(point.row);
        }
        points->replace(roundPoints);
        for (const qsizetype index : std::as_const(hedgedRound))
            points->setPointConfiguration(int(index), QXYSeries::PointConfiguration::Color, QColor(Qt::white));
        connectPointSeries(points, roundRows);
        group.points = points;
        if (!squarePoints.isEmpty()) {
            anySubYear = true;
            squares = takeScatterSeries();
            squares->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
            squares->setMarkerSize(markerSize * 0.9);
            squares->setColor(color);
            squares->setBorderColor(color.darker(135));
            squares->setPen(QPen(color.darker(135), std::max(1.5, markerSize * 0.16)));
            squares->replace(squarePoints);
            for (const qsizetype index : std::as_const(hedgedSquare))
                squares->setPointConfiguration(int(index), QXYSeries::PointConfiguration::Color, QColor(Qt::white));
            connectPointSeries(squares, squareRows);
            group.companions.append(squares);
        }

        // Bars under the points: ranges and spreads (vertical), multi-year pledges (horizontal);
        // a summary's thin bar from lowest to highest under its thick middle half. Drawn by
        // m_bars, hidden with the points they belong to.
        for (qsizetype i = first; i < first + count; ++i) {
            const DrawnPoint &point = all.at(i);
            QXYSeries *owner = point.subYear ? static_cast<QXYSeries *>(squares) : static_cast<QXYSeries *>(points);
            if (point.spanEnd > point.spanStart)
                bars.append({{point.spanStart, point.y}, {point.spanEnd, point.y}, QPen(barColor, std::max(2.0, markerSize * 0.35), Qt::SolidLine, Qt::FlatCap), owner});
            if (point.aggregate >= 0) {
                const TimelineAggregate &aggregate = m_aggregates.at(point.aggregate);
                if (aggregate.highest > aggregate.lowest)
                    bars.append({{point.x, aggregate.lowest / 1e9}, {point.x, aggregate.highest / 1e9}, QPen(barColor, 1.5, Qt::SolidLine, Qt::FlatCap), owner});
            }
            if (point.high > point.low)
                bars.append({{point.x, point.low}, {point.x, point.high}, QPen(barColor, std::max(2.0, markerSize * 0.55), Qt::SolidLine, Qt::FlatCap), owner});
        }

        // Source numbers (a summary's count). Qt Charts puts a point's label right above it, where
        // a range's bar runs: the labels hang on invisible points placed by placeMarks().
        if (m_pointLabels) {
            QList<QPointF> anchors;
            QList<int> rows;
            QList<QString> texts;
            for (qsizetype i = first; i < first + count; ++i) {
                const DrawnPoint &point = all.at(i);
                if (point.label.isEmpty())
                    continue;
                anchors.append(m_labelAnchors.value(i, QPointF(point.x, std::max(point.high, point.y))));
                rows.append(point.row);
                texts.append(point.label);
            }
            if (!anchors.isEmpty()) {
                QScatterSeries *labels = takeScatterSeries();
                labels->setMarkerSize(markerSize);
                labels->setBrush(Qt::NoBrush);
                labels->setPen(Qt::NoPen);
                labels->setPointLabelsClipping(false);
                labels->setPointLabelsFont(labelFont);
                labels->setPointLabelsColor(labelColor);
                labels->replace(anchors);
                for (int i = 0; i < texts.size(); ++i)
                    labels->setPointConfiguration(i, QXYSeries::PointConfiguration::LabelFormat, texts.at(i));
                labels->setPointLabelsVisible(true);
                connectPointSeries(labels, rows);
                group.companions.append(labels);
            }
        }

        // Red rings around the claims of a disagreement, drawn over the points.
        QList<QPointF> ringPoints;
        QList<int> flaggedRows;
        for (qsizetype i = first; i < first + count; ++i) {
            const DrawnPoint &point = all.at(i);
            if (point.discrepancy) {
                ringPoints.append(QPointF(point.x, point.y));
                flaggedRows.append(point.row);
            }
        }
        if (!flaggedRows.isEmpty()) {
            anyDiscrepancy = true;
            QScatterSeries *rings = takeScatterSeries();
            rings->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            rings->setMarkerSize(markerSize * 1.9);
            rings->setBrush(Qt::NoBrush);
            rings->setPen(QPen(discrepancyColor, std::max(1.5, markerSize * 0.2)));
            rings->replace(ringPoints);
            connectPointSeries(rings, flaggedRows);
            group.companions.append(rings);
        }
        // Where each row is drawn, for highlights, tooltips and tests (squares are points too).
        for (int i = 0; i < roundRows.size(); ++i)
            m_pointOfRow.insert(roundRows.at(i), PointRef{points, i});
        for (int i = 0; i < squareRows.size(); ++i)
            m_pointOfRow.insert(squareRows.at(i), PointRef{squares, i});
        if (m_aggregated) {
            // Every row of a summary is drawn by the summary's point.
            for (const QList<int> *rows : {&roundRows, &squareRows}) {
                QXYSeries *owner = rows == &roundRows ? static_cast<QXYSeries *>(points) : static_cast<QXYSeries *>(squares);
                for (int i = 0; i < rows->size(); ++i) {
                    const int aggregate = m_aggregateOfRow.value(rows->at(i), -1);
                    if (aggregate < 0)
                        continue;
                    for (const int row : m_aggregates.at(aggregate).rows)
                        m_pointOfRow.insert(row, PointRef{owner, i});
                }
            }
        }
        for (QLegendMarker *marker : legend()->markers(points))
            marker->setVisible(true);
        for (QXYSeries *companion : std::as_const(group.companions)) {
            for (QLegendMarker *marker : legend()->markers(companion))
                marker->setVisible(false);
        }
        m_groups.append(group);
    }

    // Legend entries that explain the marks, after the entities (a cell of a grid has no legend:
    // the export's subtitle explains the marks).
    const auto addKey = [this](const QString &name) {
        QScatterSeries *key = takeScatterSeries(true);
        key->setName(name);
        m_keys.append(key);
        for (QLegendMarker *marker : legend()->markers(key))
            marker->setVisible(true);
        return key;
    };
    if (single && !hedges.isEmpty()) {
        QStringList kinds;
        if (hedges.contains(u"~"_s))
            kinds.append(tr("~ about"));
        if (hedges.contains(u"↑"_s))
            kinds.append(tr("↑ more than"));
        if (hedges.contains(u"↓"_s))
            kinds.append(tr("↓ at most"));
        QScatterSeries *key = addKey(tr("Hedged (%1)").arg(kinds.join(u", "_s)));
        key->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        key->setMarkerSize(markerSize);
        key->setColor(Qt::white);
        key->setBorderColor(labelColor);
        key->setPen(QPen(labelColor, std::max(1.5, markerSize * 0.16)));
    }
    if (single && anySubYear) {
        QScatterSeries *key = addKey(tr("Quarter or half-year"));
        key->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        key->setMarkerSize(markerSize * 0.9);
        key->setColor(labelColor);
        key->setBorderColor(labelColor);
        key->setPen(QPen(labelColor, std::max(1.5, markerSize * 0.16)));
    }
    if (single && m_aggregated) {
        QScatterSeries *key = addKey(tr("Median of a period (×N figures)"));
        key->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        key->setMarkerSize(markerSize);
        key->setColor(labelColor);
        key->setBorderColor(labelColor);
        key->setPen(QPen(labelColor, std::max(1.5, markerSize * 0.16)));
    }
    if (single && anyDiscrepancy) {
        QScatterSeries *key = addKey(tr("Sources disagree"));
        key->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        key->setMarkerSize(markerSize);
        key->setBrush(Qt::NoBrush);
        key->setPen(QPen(discrepancyColor, std::max(1.5, markerSize * 0.2)));
    }

    m_highlight = takeScatterSeries();
    m_highlight->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_highlight->setMarkerSize(markerSize * 2.5);
    m_highlight->setBrush(Qt::NoBrush);
    m_highlight->setPen(QPen(inkColor, std::max(2.0, markerSize * 0.22)));
    for (QLegendMarker *marker : legend()->markers(m_highlight))
        marker->setVisible(false);
    removeSpareSeries();
    m_bars->setBars(bars);

    // Clicking an entity in the legend hides or shows it.
    for (const SeriesGroup &group : std::as_const(m_groups)) {
        for (QLegendMarker *marker : legend()->markers(group.points)) {
            const QString name = group.name;
            connect(marker, &QLegendMarker::clicked, this, [this, name] { setSeriesShown(name, !isSeriesShown(name)); });
        }
    }

    // Many entities: a column on the right names them all; a row on top would elide them to dots.
    legend()->setAlignment(m_groups.size() + m_keys.size() > 6 && size().width() >= 560 ? Qt::AlignRight : Qt::AlignTop);
    fitLegend();
    const QString previous = m_highlightedClaim;
    Q_ASSERT(m_legendSeries.size() == m_groups.size() + m_keys.size());
    m_highlightedClaim.clear();
    if (!previous.isEmpty())
        highlightClaim(previous);
}

namespace {

// Cells of a uniform grid over the plot area, each listing the rectangles that touch it: what a
// mark or a label may cover is looked up in the few cells under it, not among all of them.
class RectGrid
{
public:
    explicit RectGrid(qreal cell)
        : m_cell(std::max<qreal>(cell, 1))
    {
    }
    void insert(const QRectF &rect)
    {
        const qsizetype index = m_rects.size();
        m_rects.append(rect);
        forCells(rect, [&](quint64 key) { m_cells[key].append(index); });
    }
    // How many rectangles intersect rect (stops counting at limit).
    int count(const QRectF &rect, int limit = std::numeric_limits<int>::max()) const
    {
        int found = 0;
        QSet<qsizetype> seen;
        forCells(rect, [&](quint64 key) {
            const auto cell = m_cells.constFind(key);
            if (cell == m_cells.cend())
                return;
            for (const qsizetype index : *cell) {
                if (found < limit && !seen.contains(index) && m_rects.at(index).intersects(rect)) {
                    seen.insert(index);
                    ++found;
                }
            }
        });
        return found;
    }

private:
    template<typename Function>
    void forCells(const QRectF &rect, Function function) const
    {
        const auto first = [this](qreal value) { return qint64(std::floor(value / m_cell)); };
        for (qint64 x = first(rect.left()); x <= first(rect.right()); ++x) {
            for (qint64 y = first(rect.top()); y <= first(rect.bottom()); ++y)
                function((quint64(quint32(qint32(x))) << 32) | quint32(qint32(y)));
        }
    }
    qreal m_cell;
    QList<QRectF> m_rects;
    QHash<quint64, QList<qsizetype>> m_cells;
};

} // namespace

// Where each drawn point goes, in pixels of the plot area as laid out (estimated before the first
// layout; rebuild() runs again when the plot area changes much): points of the same period are
// moved apart sideways, within their period, until their markers no longer cover each other, and
// each label (source number) climbs above whatever number or marker it would cover. Moves the
// points' x; sets m_labelAnchors (axis units) for the first maxLabels labelled points, in order.
void TimelineChart::placeMarks(QList<DrawnPoint> &points, qreal markerSize, const QFont &labelFont, double axisMax)
{
    m_labelAnchors.clear();
    QRectF area = plotArea();
    if (area.width() < 40 || area.height() < 40) // not laid out yet: about what the layout will give
        area = QRectF(0, 0, std::max<qreal>(200, size().width() * 0.9 - 4 * m_fontPixels),
                      std::max<qreal>(120, size().height() * 0.9 - 6 * m_fontPixels));
    m_placedArea = area.size();
    const double pxPerX = area.width() / std::max(1e-9, m_timeAxis->max() - m_timeAxis->min());
    const double pxPerY = area.height() / std::max(1e-9, axisMax);

    // Markers, with y upwards in pixels.
    RectGrid marks(markerSize * 2);
    const auto box = [](const QPointF &centre, qreal radius) { return QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius); };
    for (DrawnPoint &point : points) {
        // How far a point may leave the middle of its period: not out of it (a marker or so at
        // least: in a small chart a quarter is only a few pixels wide).
        double reach = markerSize * 1.5;
        const TimelineEntry *entry = point.row >= 0 ? m_model->entryAt(point.row) : nullptr;
        if (point.aggregate < 0 && entry && entry->span.isValid())
            reach = std::max<double>(markerSize * 1.3, 0.42 * (m_scale.map(entry->span.last, 1) - m_scale.map(entry->span.first, 0)) * pxPerX);
        const qreal radius = markerSize * (point.discrepancy ? 0.95 : 0.55);
        const QPointF centre(point.x * pxPerX, point.y * pxPerY);
        // Markers may touch, not hide each other.
        const qreal apart = 0.85 * radius;
        const auto collisions = [&](double offset) { return marks.count(box(centre + QPointF(offset, 0), apart)); };
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
        point.x += best / pxPerX;
        marks.insert(box(QPointF(centre.x() + best, centre.y()), radius));
    }
    if (!m_pointLabels)
        return;

    // Labels, from left to right, each above its point (or its bar's top); past maxLabels a
    // crowded chart gets none (its points' tooltips still say them).
    const QFontMetricsF metrics(labelFont);
    const qreal height = metrics.ascent();
    RectGrid taken(std::max<qreal>(height * 2, markerSize * 2)); // y upwards: top() is the lower edge
    QList<qsizetype> order;
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (!points.at(i).label.isEmpty())
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(), [&points](qsizetype a, qsizetype b) { return points.at(a).x < points.at(b).x; });
    if (order.size() > maxLabels) {
        for (const qsizetype i : std::as_const(order))
            points[i].label.clear();
        return;
    }
    const qreal ceiling = area.height() + height * 1.5;
    // Qt Charts draws a label's baseline half a marker (and about 3 px) above its point; the
    // number starts clear of the point's own marks (its ring, the top of its range).
    const qreal qtLift = markerSize * 0.5 + 3;
    for (const qsizetype i : std::as_const(order)) {
        const DrawnPoint &point = points.at(i);
        const qreal width = metrics.horizontalAdvance(point.label);
        const QPointF anchor(point.x * pxPerX, std::max(point.high, point.y) * pxPerY);
        const qreal ownTop = point.y * pxPerY + markerSize * (point.discrepancy ? 0.95 : 0.55) + 2;
        QRectF label(anchor.x() - width / 2, std::max(anchor.y() + qtLift, ownTop), width, height);
        const auto covers = [&](const QRectF &rect) { return taken.count(rect, 1) > 0 || marks.count(rect, 1) > 0; };
        // Up while it stays below the chart's title, else sideways.
        const QRectF start = label;
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
        taken.insert(label);
        m_labelAnchors.insert(i, QPointF(label.center().x() / pxPerX, (label.top() - qtLift) / pxPerY));
    }
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
    // A column of names takes at most a third of the chart (names elide, their tooltips say them).
    legend()->setMaximumWidth(legend()->alignment() == Qt::AlignRight ? std::max<qreal>(110, size().width() / 3) : QWIDGETSIZE_MAX);
    if (m_keys.isEmpty())
        return;
    const QFontMetricsF metrics(legend()->font());
    QList<QScatterSeries *> listed = m_keys;
    for (const SeriesGroup &group : std::as_const(m_groups))
        listed.append(group.points);
    bool fits = true;
    if (legend()->alignment() == Qt::AlignRight) {
        // A column: one line an entry.
        fits = listed.size() * metrics.height() * 1.6 <= size().height() * 0.8;
    } else {
        qreal needed = 0;
        for (QScatterSeries *series : std::as_const(listed)) {
            for (QLegendMarker *marker : legend()->markers(series))
                needed += metrics.horizontalAdvance(marker->label()) + 2.5 * metrics.height();
        }
        fits = needed <= size().width() * 0.95;
    }
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
    // The signal gives the point of the series under the cursor: the same values, found without
    // mapping every point to pixels (a crowded chart has thousands); else the nearest in units of
    // the axes' ranges.
    const double xRange = std::max(1e-9, m_timeAxis->max() - m_timeAxis->min());
    const double yRange = std::max(1e-9, m_valueAxis->max() - m_valueAxis->min());
    int best = -1;
    double bestDistance = 0;
    const int count = int(std::min<qsizetype>(series->count(), rows.size()));
    for (int i = 0; i < count; ++i) {
        const QPointF each = series->at(i);
        const double dx = (each.x() - point.x()) / xRange;
        const double dy = (each.y() - point.y()) / yRange;
        const double distance = dx * dx + dy * dy;
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
            if (distance == 0)
                break;
        }
    }
    return best >= 0 ? rows.at(best) : -1;
}

QScatterSeries *TimelineChart::seriesOfClaim(const QString &claimId, int *index) const
{
    ensureBuilt();
    if (!m_model)
        return nullptr;
    const int row = m_model->rowOfClaim(claimId);
    const auto found = m_pointOfRow.constFind(row);
    if (row < 0 || found == m_pointOfRow.cend())
        return nullptr;
    if (index)
        *index = found->index;
    return qobject_cast<QScatterSeries *>(found->series);
}

const TimelineAggregate *TimelineChart::aggregateOfClaim(const QString &claimId) const
{
    ensureBuilt();
    if (!m_model || !m_aggregated)
        return nullptr;
    const int aggregate = m_aggregateOfRow.value(m_model->rowOfClaim(claimId), -1);
    return aggregate >= 0 ? &m_aggregates.at(aggregate) : nullptr;
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
    // Out of date, the claim is remembered: the layout marks it when it is made (a chosen claim
    // is followed through every new analysis, and would otherwise lay a covered chart out).
    if (m_outOfDate) {
        m_highlightedClaim = claimId;
        return !claimId.isEmpty() && m_model && m_model->rowOfClaim(claimId) >= 0;
    }
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
    ensureBuilt();
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
    m_bars->update();
    if (m_highlight && !m_highlightedClaim.isEmpty()) {
        const QScatterSeries *owner = seriesOfClaim(m_highlightedClaim);
        m_highlight->setVisible(owner && owner->isVisible());
    }
    for (QLegendMarker *marker : legend()->markers(m_highlight))
        marker->setVisible(false);
}

bool TimelineChart::isSeriesShown(const QString &series) const
{
    ensureBuilt();
    for (const SeriesGroup &group : m_groups) {
        if (group.name == series)
            return group.points->isVisible();
    }
    return false;
}

} // namespace Recoupe
