#include "timelinechartview.h"

#include "chartrenderer.h"
#include "timelinechart.h"

#include "models/timelinemodel.h"

#include <QClipboard>
#include <QCursor>
#include <QGuiApplication>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Recoupe {

TimelineChartView::TimelineChartView(QWidget *parent)
    : QChartView(parent)
    , m_chart(new TimelineChart)
{
    setObjectName(u"timelineChartView"_s);
    setChart(m_chart); // the view owns the chart from here on
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setMouseTracking(true);
    connect(m_chart, &TimelineChart::claimClicked, this, &TimelineChartView::claimActivated);
    connect(m_chart, &TimelineChart::claimHovered, this, &TimelineChartView::showClaimToolTip);
}

void TimelineChartView::setModel(TimelineModel *model)
{
    m_chart->setModel(model);
}

TimelineModel *TimelineChartView::model() const
{
    return m_chart->model();
}

QPoint TimelineChartView::claimPosition(const QString &claimId) const
{
    const QPointF position = m_chart->pointPosition(claimId);
    if (position.isNull())
        return {};
    return mapFromScene(m_chart->mapToScene(position));
}

bool TimelineChartView::highlightClaim(const QString &claimId)
{
    return m_chart->highlightClaim(claimId);
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

void TimelineChartView::showClaimToolTip(const QString &claimId, bool entered)
{
    const TimelineModel *timeline = model();
    const int row = timeline ? timeline->rowOfClaim(claimId) : -1;
    if (!entered || row < 0) {
        QToolTip::hideText();
        return;
    }
    const TimelineEntry &entry = *timeline->entryAt(row);
    const Claim &claim = entry.claim;
    QString html = u"<p style='white-space:pre-wrap'><i>“%1”</i></p>"_s.arg(
        (claim.sentence.isEmpty() ? claim.quote : claim.sentence).toHtmlEscaped());
    QString amount = TimelineModel::amountText(claim.low, claim.high, claim.currency, claim.qualifier);
    if (claim.currency != timeline->options().currency)
        amount = tr("%1 (about %2)").arg(amount, TimelineModel::amountText(entry.low, entry.high, timeline->options().currency, claim.qualifier));
    html += u"<p><b>%1</b> · %2 · %3</p>"_s.arg(claim.entity.toHtmlEscaped(), claim.period.toHtmlEscaped(), amount.toHtmlEscaped());
    html += u"<p>[%1] %2<br/>%3</p>"_s.arg(entry.sourceNumber)
                .arg(entry.documentTitle.toHtmlEscaped(), entry.documentDate.isEmpty() ? tr("undated") : entry.documentDate);
    if (entry.discrepancy) {
        html += u"<p style='color:#b0282e'>%1</p>"_s.arg(entry.discrepancyExplanations.join(u"<br/>"_s).isEmpty()
                                                            ? tr("The sources disagree.")
                                                            : entry.discrepancyExplanations.join(u"<br/>"_s));
    }
    QToolTip::showText(QCursor::pos(), html, this);
}

} // namespace Recoupe
