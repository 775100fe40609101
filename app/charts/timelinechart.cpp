#include "timelinechart.h"

#include "models/timelinemodel.h"

#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVXYModelMapper>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

// A newspaper palette: distinct hues of similar weight, none of them red (red means "the sources
// disagree" on this chart).
QColor seriesColor(int index)
{
    static const std::array<QRgb, 10> palette{0x006ba2, 0xe6a117, 0x379a8b, 0x9a607f, 0x3ebcd2,
                                              0x7d8f3a, 0x8e6c50, 0x5b6cc4, 0xd1b07c, 0x5c7080};
    return QColor::fromRgb(palette[std::size_t(index) % palette.size()]);
}

const QColor discrepancyColor = QColor::fromRgb(0xdb444b);
const QColor inkColor = QColor::fromRgb(0x1a1a1a);
const QColor gridColor = QColor::fromRgb(0xd9d9d9);
const QColor labelColor = QColor::fromRgb(0x595959);

qreal msecs(const QDateTime &dateTime)
{
    return qreal(dateTime.toMSecsSinceEpoch());
}

// The top of the value axis: a round number a little above the highest figure, so that ticks
// fall on values a reader can say aloud (0, 100, 200...).
std::pair<double, int> niceAxisMax(double maximum)
{
    if (maximum <= 0)
        return {10, 5};
    const double magnitude = std::pow(10.0, std::floor(std::log10(maximum)));
    for (const double step : {0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 2.5, 5.0}) {
        const double tick = step * magnitude;
        const int ticks = int(std::ceil(maximum * 1.04 / tick));
        if (ticks <= 6)
            return {ticks * tick, ticks + 1};
    }
    return {std::ceil(maximum / magnitude) * magnitude, 6};
}

} // namespace

TimelineChart::TimelineChart(QGraphicsItem *parent)
    : QChart(parent)
{
    setTheme(QChart::ChartThemeLight);
    setBackgroundBrush(Qt::white);
    setBackgroundRoundness(0);
    setDropShadowEnabled(false);
    setAnimationOptions(QChart::NoAnimation);
    setMargins(QMargins(4, 4, 4, 4));
    legend()->setAlignment(Qt::AlignTop);
    legend()->setShowToolTips(true);
    legend()->setLabelColor(inkColor);
    legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    setupAxes();
}

void TimelineChart::setupAxes()
{
    m_dateAxis = new QDateTimeAxis(this);
    m_dateAxis->setFormat(u"yyyy"_s);
    m_dateAxis->setGridLineColor(gridColor);
    m_dateAxis->setLinePenColor(labelColor);
    m_dateAxis->setLabelsColor(inkColor);
    m_dateAxis->setTitleVisible(false); // the years say what the axis is
    addAxis(m_dateAxis, Qt::AlignBottom);

    m_valueAxis = new QValueAxis(this);
    m_valueAxis->setLabelFormat(u"%.0f"_s);
    m_valueAxis->setGridLineColor(gridColor);
    m_valueAxis->setLineVisible(false);
    m_valueAxis->setLabelsColor(inkColor);
    m_valueAxis->setTitleBrush(labelColor);
    addAxis(m_valueAxis, Qt::AlignLeft);
    applyFonts();
}

void TimelineChart::setModel(TimelineModel *model)
{
    if (m_model == model)
        return;
    disconnect(m_resetConnection);
    m_model = model;
    if (m_model)
        m_resetConnection = connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineChart::rebuild);
    rebuild();
}

TimelineModel *TimelineChart::model() const
{
    return m_model;
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
    m_dateAxis->setLabelsFont(font);
    m_valueAxis->setLabelsFont(font);
    QFont title = font;
    title.setPixelSize(m_fontPixels);
    m_valueAxis->setTitleFont(title);
}

void TimelineChart::addSeries(QAbstractSeries *series)
{
    QChart::addSeries(series);
    series->attachAxis(m_dateAxis);
    series->attachAxis(m_valueAxis);
}

void TimelineChart::rebuild()
{
    removeAllSeries(); // deletes the series, and with them their mappers
    m_groups.clear();
    m_rowsOfSeries.clear();
    m_highlight = nullptr;

    const TimelineModel *model = m_model;
    const QString currency = model ? model->options().currency : u"USD"_s;
    m_valueAxis->setTitleText(currency == "USD"_L1   ? tr("Billions of US dollars")
                              : currency == "EUR"_L1 ? tr("Billions of euros")
                                                     : tr("Billions (%1)").arg(currency));

    // Axes first: a year tick at every 1 January around the data.
    const DateSpan range = model ? model->dateRange() : DateSpan{};
    const int firstYear = range.isValid() ? range.first.year() : QDate::currentDate().year();
    const int lastYear = range.isValid() ? range.last.year() : firstYear;
    // QDateTimeAxis spaces its ticks evenly (365.25 days apart on average), so a tick meant for
    // 1 January may fall on 31 December and be labelled with the year before: starting a day
    // late keeps every tick within a day after 1 January, which no reader can see.
    m_dateAxis->setRange(QDateTime(QDate(firstYear, 1, 2), QTime(0, 0)), QDateTime(QDate(lastYear + 1, 1, 2), QTime(0, 0)));
    m_dateAxis->setTickCount(lastYear - firstYear + 2);
    double maximum = 0;
    if (model) {
        for (const TimelineEntry &entry : model->entries())
            maximum = std::max(maximum, entry.high / 1e9);
    }
    const auto [axisMax, ticks] = niceAxisMax(maximum);
    m_valueAxis->setRange(0, axisMax);
    m_valueAxis->setTickCount(ticks);
    m_valueAxis->setLabelFormat(axisMax < 10 ? u"%.1f"_s : u"%.0f"_s);
    if (!model)
        return;

    const qreal markerSize = std::round(m_fontPixels * 0.8);
    QFont labelFont = font();
    labelFont.setPixelSize(std::max(6, int(m_fontPixels * 0.75)));
    bool anyHedged = false;
    bool anyDiscrepancy = false;
    const QStringList names = model->seriesNames();
    for (int index = 0; index < names.size(); ++index) {
        const QString &name = names.at(index);
        const QColor color = seriesColor(index);
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
                span->append(msecs(QDateTime(entry.span.first, QTime(0, 0))), entry.value() / 1e9);
                span->append(msecs(QDateTime(entry.span.last, QTime(23, 59))), entry.value() / 1e9);
                span->setPen(QPen(barColor, std::max(2.0, markerSize * 0.35), Qt::SolidLine, Qt::FlatCap));
                addSeries(span);
                group.companions.append(span);
            }
            if (entry.low != entry.high) {
                auto *bar = new QLineSeries(this);
                bar->append(msecs(entry.plotX), entry.low / 1e9);
                bar->append(msecs(entry.plotX), entry.high / 1e9);
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
        mapper->setModel(m_model);
        points->setPointLabelsVisible(false);
        points->setPointLabelsClipping(false);
        points->setPointLabelsFont(labelFont);
        points->setPointLabelsColor(labelColor);
        QList<int> rows;
        for (int i = 0; i < rowCount; ++i) {
            const TimelineEntry &entry = *model->entryAt(firstRow + i);
            rows.append(firstRow + i);
            QHash<QXYSeries::PointConfiguration, QVariant> configuration;
            if (entry.isHedged()) {
                configuration.insert(QXYSeries::PointConfiguration::Color, QColor(Qt::white));
                anyHedged = true;
            }
            if (!configuration.isEmpty())
                points->setPointConfiguration(i, configuration);
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
                labels->append(msecs(entry.plotX), entry.high / 1e9);
                QHash<QXYSeries::PointConfiguration, QVariant> configuration{
                    {QXYSeries::PointConfiguration::LabelFormat, QString::number(entry.sourceNumber)}};
                if (entry.discrepancy && entry.low == entry.high) // lift the number above the red ring
                    configuration.insert(QXYSeries::PointConfiguration::Size, markerSize * 1.9);
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
                rings->append(msecs(entry.plotX), entry.value() / 1e9);
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

    // Legend entries that explain the marks, after the entities.
    if (anyHedged) {
        auto *key = new QScatterSeries(this);
        key->setName(tr("Hedged figure (about, more than)"));
        key->setMarkerSize(markerSize);
        key->setColor(Qt::white);
        key->setBorderColor(labelColor);
        key->setPen(QPen(labelColor, std::max(1.5, markerSize * 0.16)));
        addSeries(key);
    }
    if (anyDiscrepancy) {
        auto *key = new QScatterSeries(this);
        key->setName(tr("Sources disagree"));
        key->setMarkerSize(markerSize);
        key->setBrush(Qt::NoBrush);
        key->setPen(QPen(discrepancyColor, std::max(1.5, markerSize * 0.2)));
        addSeries(key);
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

    const QString previous = m_highlightedClaim;
    m_highlightedClaim.clear();
    if (!previous.isEmpty())
        highlightClaim(previous);
}

void TimelineChart::connectPointSeries(QXYSeries *series, const QList<int> &rows)
{
    m_rowsOfSeries.insert(series, rows);
    connect(series, &QXYSeries::clicked, this, [this, series](const QPointF &point) {
        const int row = rowAt(series, point);
        if (row >= 0 && m_model)
            Q_EMIT claimClicked(m_model->entryAt(row)->claim.id);
    });
    connect(series, &QXYSeries::hovered, this, [this, series](const QPointF &point, bool state) {
        const int row = rowAt(series, point);
        if (row >= 0 && m_model)
            Q_EMIT claimHovered(m_model->entryAt(row)->claim.id, state);
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
