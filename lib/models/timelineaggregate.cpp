#include "models/timelineaggregate.h"

#include "models/timelinemodel.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Recoupe {

namespace {

// Linear interpolation between the closest ranks (what a spreadsheet's QUARTILE.INC gives).
double quantile(const QList<double> &sorted, double fraction)
{
    if (sorted.isEmpty())
        return 0;
    const double position = fraction * double(sorted.size() - 1);
    const auto below = qsizetype(std::floor(position));
    const auto above = std::min(sorted.size() - 1, below + 1);
    const double weight = position - double(below);
    return sorted.at(below) * (1 - weight) + sorted.at(above) * weight;
}

} // namespace

int TimelineAggregate::representativeRow(const TimelineModel &model) const
{
    int best = -1;
    double bestDistance = 0;
    for (const int row : rows) {
        const TimelineEntry *entry = model.entryAt(row);
        if (!entry)
            continue;
        const double distance = std::abs(entry->value() - median);
        if (best < 0 || distance < bestDistance) {
            best = row;
            bestDistance = distance;
        }
    }
    return best;
}

QList<TimelineAggregate> TimelineAggregate::fromModel(const TimelineModel &model, const QString &series,
                                                     const QHash<QString, QString> &groupOf)
{
    QList<TimelineAggregate> result;
    // Rows come by series, then by x: a series' periods are met in order, but a period's rows
    // need not be contiguous (a fiscal year and a calendar year may share a middle day).
    QHash<QString, qsizetype> indexOf;
    // Guidance over time places figures at their article's date: a month of articles is summed up.
    const bool guidance = model.options().mode == TimelineOptions::Mode::Guidance;
    for (int row = 0; row < model.rowCount(); ++row) {
        const TimelineEntry &entry = *model.entryAt(row);
        if (!series.isEmpty() && entry.series != series)
            continue;
        const QDate month(entry.x.year(), entry.x.month(), 15);
        const QString name = groupOf.value(entry.series, entry.series);
        const QString key = name + QChar(0x1f) + (guidance ? month.toString(Qt::ISODate) : entry.claim.period.toString());
        auto found = indexOf.constFind(key);
        if (found == indexOf.cend()) {
            TimelineAggregate aggregate;
            aggregate.series = name;
            aggregate.period = entry.claim.period;
            aggregate.x = guidance ? month : entry.x;
            aggregate.span = entry.span;
            aggregate.drawnAsSpan = entry.drawnAsSpan;
            aggregate.subYear = entry.isSubYear();
            found = indexOf.insert(key, result.size());
            result.append(aggregate);
        }
        result[*found].rows.append(row);
    }
    for (TimelineAggregate &aggregate : result) {
        QList<double> values;
        values.reserve(aggregate.rows.size());
        QSet<QString> documents;
        for (const int row : std::as_const(aggregate.rows)) {
            const TimelineEntry &entry = *model.entryAt(row);
            values.append(entry.value());
            documents.insert(entry.claim.document);
            aggregate.discrepancy = aggregate.discrepancy || entry.discrepancy;
            aggregate.lowest = values.size() == 1 ? entry.low : std::min(aggregate.lowest, entry.low);
            aggregate.highest = values.size() == 1 ? entry.high : std::max(aggregate.highest, entry.high);
        }
        std::sort(values.begin(), values.end());
        std::stable_sort(aggregate.rows.begin(), aggregate.rows.end(), [&model](int a, int b) {
            return model.entryAt(a)->value() < model.entryAt(b)->value();
        });
        aggregate.median = quantile(values, 0.5);
        aggregate.lowerQuartile = quantile(values, 0.25);
        aggregate.upperQuartile = quantile(values, 0.75);
        aggregate.sources = int(documents.size());
    }
    return result;
}

} // namespace Recoupe
