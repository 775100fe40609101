#pragma once

#include "compare/fiscalcalendar.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace Recoupe {

class TimelineModel;

// The figures of one series (an entity) for one period, summed up for a chart too crowded to draw
// each one: at 2,000 articles a timeline holds tens of thousands of figures, which no reader can
// tell apart as points. A chart draws the median with the spread of the figures (lowest to
// highest, and the middle half), and the number of figures; the points come back when fewer are
// drawn (one entity chosen).
struct TimelineAggregate {
    QString series;
    QString period;          // the claims' period ("2025", "2025-Q2")
    QDate x;                 // where the period's figures sit (the rows' x)
    DateSpan span;           // the period's days
    bool drawnAsSpan = false; // a multi-year pledge
    bool subYear = false;    // a quarter or a half-year (TimelineEntry::isSubYear)
    QList<int> rows;         // the model's rows, by value
    int sources = 0;         // distinct articles
    double median = 0;       // converted units (not billions), of each row's value()
    double lowest = 0;       // the lowest low and the highest high of the rows
    double highest = 0;
    double lowerQuartile = 0; // of the rows' values
    double upperQuartile = 0;
    bool discrepancy = false; // a row of it is in a disagreement

    int count() const { return int(rows.size()); }
    // The row whose value is nearest the median: what a click on the summary opens.
    int representativeRow(const TimelineModel &model) const;

    // One per series and period of the model's rows (of one series only when series is given), in
    // row order. groupOf puts several series together under one name (a chart's "Other").
    static QList<TimelineAggregate> fromModel(const TimelineModel &model, const QString &series = {},
                                              const QHash<QString, QString> &groupOf = {});
    bool operator==(const TimelineAggregate &) const = default;
};

} // namespace Recoupe
