#pragma once

#include "models/timelinemodel.h"

#include <QJsonObject>
#include <QString>

namespace Recoupe {

// recoupe-timeline-1: what a timeline chart plots, for scripts and for the newsroom's own
// charting tools. {"format", "mode", "metric", "currency", "entity", "period", "sources": [...],
// "points": [...] (one per row of the model; "repeats" lists the claims of the same article with
// the same figure that the point stands for too), "noPeriod": [...] (claims whose article states no
// period), "unplaced": [...] (claims not plotted for another reason, with "reason")}.
QJsonObject timelineToJson(const TimelineModel &model);

// The rows of the model as CSV (RFC 4180, header line, amounts in billions of the chosen
// currency, then the amount as stated), followed by no row for the unplaced claims: CSV is the
// plotted data only.
QString timelineToCsv(const TimelineModel &model);

} // namespace Recoupe
