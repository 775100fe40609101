#include "timelinechartview.h"

#include "chartrenderer.h"
#include "timelinechart.h"

#include "compare/claimwording.h"
#include "models/figuresmodel.h"
#include "models/timelinemodel.h"

#include <QClipboard>
#include <QCursor>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Recoupe {

TimelineChartView::TimelineChartView(QWidget *parent)
    // The chart is given to the base (which owns it from here on): QChartView(parent) would make
    // a default chart that setChart() releases without deleting, a leak per view.
    : QChartView(new TimelineChart, parent)
    , m_chart(static_cast<TimelineChart *>(chart()))
{
    setObjectName(u"timelineChartView"_s);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setMouseTracking(true);
    // Not on screen until shown: a Timeline dock behind another never lays its chart out.
    m_chart->setOnScreen(false);
    connectChart(m_chart);
}

void TimelineChartView::showEvent(QShowEvent *event)
{
    QChartView::showEvent(event);
    updateOnScreen();
}

void TimelineChartView::hideEvent(QHideEvent *event)
{
    QChartView::hideEvent(event);
    updateOnScreen();
}

void TimelineChartView::setCovered(bool covered)
{
    m_covered = covered;
    updateOnScreen();
}

void TimelineChartView::updateOnScreen()
{
    const bool onScreen = isVisible() && !m_covered;
    // In the grid, the single chart is hidden: it waits too.
    m_chart->setOnScreen(onScreen && m_cells.isEmpty());
    for (TimelineChart *cell : std::as_const(m_cells))
        cell->setOnScreen(onScreen);
}

void TimelineChartView::connectChart(TimelineChart *chart)
{
    connect(chart, &TimelineChart::claimClicked, this, &TimelineChartView::claimActivated);
    connect(chart, &TimelineChart::claimHovered, this, &TimelineChartView::showClaimToolTip);
}

void TimelineChartView::setModel(TimelineModel *model)
{
    if (TimelineModel *previous = this->model())
        disconnect(previous, nullptr, this, nullptr);
    m_chart->setModel(model); // connects first: the single chart is rebuilt before the grid is
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &TimelineChartView::updateLayout);
    updateLayout();
}

TimelineModel *TimelineChartView::model() const
{
    return m_chart->model();
}

QList<TimelineChart *> TimelineChartView::charts() const
{
    return m_cells.isEmpty() ? QList<TimelineChart *>{m_chart} : m_cells;
}

TimelineChart *TimelineChartView::chartOfClaim(const QString &claimId) const
{
    for (TimelineChart *chart : charts()) {
        if (chart->seriesOfClaim(claimId))
            return chart;
    }
    return nullptr;
}

QPoint TimelineChartView::claimPosition(const QString &claimId) const
{
    TimelineChart *chart = chartOfClaim(claimId);
    if (!chart)
        return {};
    const QPointF position = chart->pointPosition(claimId);
    if (position.isNull())
        return {};
    return mapFromScene(chart->mapToScene(position));
}

QString TimelineChartView::highlightedClaim() const
{
    for (const TimelineChart *chart : charts()) {
        if (!chart->highlightedClaim().isEmpty())
            return chart->highlightedClaim();
    }
    return {};
}

bool TimelineChartView::highlightClaim(const QString &claimId)
{
    m_highlightedClaim = claimId;
    // The single chart follows even when hidden, so that switching layouts keeps the mark.
    bool found = m_chart->highlightClaim(claimId);
    if (!m_cells.isEmpty()) {
        found = false;
        for (TimelineChart *cell : std::as_const(m_cells))
            found = cell->highlightClaim(claimId) || found;
    }
    return found;
}

void TimelineChartView::updateLayout()
{
    for (TimelineChart *cell : std::as_const(m_cells)) {
        // Later: this may run while a cell's own signal is being delivered.
        scene()->removeItem(cell);
        cell->deleteLater();
    }
    m_cells.clear();
    TimelineModel *timeline = model();
    const bool grid = timeline && timeline->options().layout == TimelineOptions::Layout::Grid && timeline->rowCount() > 0;
    if (grid) {
        const QStringList names = timeline->seriesNames();
        for (const QString &series : names) {
            auto *cell = new TimelineChart;
            cell->setOnScreen(isVisible() && !m_covered);
            cell->setBaseFontPixelSize(12);
            cell->setSeriesFilter(series);
            cell->setModel(timeline);
            scene()->addItem(cell);
            connectChart(cell);
            m_cells.append(cell);
        }
    }
    m_chart->setVisible(!grid);
    updateOnScreen();
    layoutCells();
    if (!m_highlightedClaim.isEmpty())
        highlightClaim(m_highlightedClaim);
}

void TimelineChartView::layoutCells()
{
    if (m_cells.isEmpty())
        return;
    const QSizeF area = viewport()->size();
    const int columns = TimelineChart::gridColumns(int(m_cells.size()), area);
    const int rows = int((m_cells.size() + columns - 1) / columns);
    const QSizeF cell(area.width() / columns, area.height() / rows);
    for (int i = 0; i < m_cells.size(); ++i)
        m_cells.at(i)->setGeometry(QRectF(QPointF((i % columns) * cell.width(), (i / columns) * cell.height()), cell));
}

void TimelineChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    layoutCells();
}

void TimelineChartView::copyToClipboard()
{
    if (!model())
        return;
    ChartRenderOptions options;
    options.size = size().expandedTo(QSize(800, 450));
    options.scale = devicePixelRatioF();
    QGuiApplication::clipboard()->setImage(ChartRenderer(model()).renderImage(options));
}

bool TimelineChartView::viewportEvent(QEvent *event)
{
    // Qt asks for a tooltip once the pointer has rested a moment; QGraphicsScene answers with the
    // tooltip of the item under it, and with none (which hides ours) when that item, a chart,
    // has none: the quote vanished a second after it appeared under a still pointer. The point
    // under the pointer answers instead.
    if (event->type() == QEvent::ToolTip && !m_hoveredClaim.isEmpty()) {
        const QString text = claimToolTip(m_hoveredClaim);
        if (!text.isEmpty()) {
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), text, this);
            return true;
        }
    }
    return QChartView::viewportEvent(event);
}

void TimelineChartView::showClaimToolTip(const QString &claimId, bool entered)
{
    if (entered)
        m_hoveredClaim = claimId;
    else if (m_hoveredClaim == claimId)
        m_hoveredClaim.clear();
    const QString text = entered ? claimToolTip(claimId) : QString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, this);
}

QString TimelineChartView::claimToolTip(const QString &claimId) const
{
    const TimelineModel *timeline = model();
    const int row = timeline ? timeline->rowOfClaim(claimId) : -1;
    if (row < 0)
        return {};
    // Every text from the articles is escaped: a title or a quote may hold "<" or "&".
    const TimelineEntry &entry = *timeline->entryAt(row);
    const Claim &claim = entry.claim;
    QString html;
    // A crowded chart draws a summary of the period: what it sums up, then the figure nearest
    // its median (a click opens that one).
    const TimelineChart *chart = chartOfClaim(claimId);
    const TimelineAggregate *aggregate = chart ? chart->aggregateOfClaim(claimId) : nullptr;
    if (aggregate && aggregate->count() > 1) {
        Claim figure = claim;
        figure.currency = timeline->options().currency;
        figure.qualifier = Qualifier::Exact;
        const auto amount = [&figure](double value) {
            figure.low = value;
            figure.high = value;
            return FiguresModel::formatAmount(figure);
        };
        html += u"<p><b>%1</b> · %2</p><p>%3<br/>%4<br/>%5</p><hr/>"_s.arg(
            aggregate->series.toHtmlEscaped(),
            timeline->options().mode == TimelineOptions::Mode::Guidance ? QLocale().toString(aggregate->x, u"MMMM yyyy"_s).toHtmlEscaped()
                                                                        : ClaimWording::period(aggregate->period).toHtmlEscaped(),
            tr("%n figure(s) from %1", nullptr, aggregate->count()).arg(tr("%n article(s)", nullptr, aggregate->sources)).toHtmlEscaped(),
            tr("Median %1; middle half %2 to %3").arg(amount(aggregate->median), amount(aggregate->lowerQuartile), amount(aggregate->upperQuartile)).toHtmlEscaped(),
            tr("Lowest %1, highest %2").arg(amount(aggregate->lowest), amount(aggregate->highest)).toHtmlEscaped());
    }
    html += u"<p style='white-space:pre-wrap'><i>“%1”</i></p>"_s.arg(
        (entry.sentence.isEmpty() ? entry.quote : entry.sentence).toHtmlEscaped());
    // In the interface's language and number format, as the Figures table writes amounts.
    QString amount = FiguresModel::formatAmount(claim);
    if (claim.currency != timeline->options().currency) {
        Claim converted = claim;
        converted.low = entry.low;
        converted.high = entry.high;
        converted.currency = timeline->options().currency;
        amount = tr("%1 (about %2)").arg(amount, FiguresModel::formatAmount(converted));
    }
    html += u"<p><b>%1</b> · %2 · %3</p>"_s.arg(entry.series.toHtmlEscaped(), ClaimWording::period(claim.period).toHtmlEscaped(),
                                                amount.toHtmlEscaped());
    html += u"<p>[%1] %2<br/>%3</p>"_s.arg(entry.sourceNumber)
                .arg(entry.documentTitle.toHtmlEscaped(),
                     entry.documentDate.isEmpty() ? tr("undated").toHtmlEscaped() : entry.documentDate.toHtmlEscaped());
    if (entry.discrepancy) {
        QStringList explanations;
        for (const QString &explanation : entry.discrepancyExplanations)
            explanations.append(explanation.toHtmlEscaped());
        html += u"<p style='color:#b0282e'>%1</p>"_s.arg(explanations.isEmpty() ? tr("The sources disagree.").toHtmlEscaped()
                                                                             : explanations.join(u"<br/>"_s));
    }
    return html;
}

} // namespace Recoupe
