#include "export/timelinejson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString placementName(TimelineEntry::Placement placement)
{
    switch (placement) {
    case TimelineEntry::Placement::Placed:
        return u"placed"_s;
    case TimelineEntry::Placement::NoPeriod:
        return u"no_period"_s;
    case TimelineEntry::Placement::NoDate:
        return u"no_date"_s;
    case TimelineEntry::Placement::NoExchangeRate:
        return u"no_exchange_rate"_s;
    }
    return {};
}

QJsonObject claimFields(const TimelineEntry &entry);

QJsonObject claimPart(const TimelineEntry &entry)
{
    QJsonObject part = claimFields(entry);
    // The same figure repeated in the same article: one point, which names its other claims.
    if (!entry.repeats.isEmpty())
        part.insert(u"repeats"_s, QJsonArray::fromStringList(entry.repeats));
    return part;
}

QJsonObject claimFields(const TimelineEntry &entry)
{
    const Claim &claim = entry.claim;
    return QJsonObject{{u"claim"_s, claim.id()},
                       {u"document"_s, claim.document},
                       {u"entity"_s, stringOrNull(claim.entity)},
                       {u"period"_s, stringOrNull(claim.period)},
                       {u"originalLow"_s, claim.low},
                       {u"originalHigh"_s, claim.high},
                       {u"originalCurrency"_s, stringOrNull(claim.currency)},
                       {u"amount"_s, TimelineModel::amountText(claim.low, claim.high, claim.currency, claim.qualifier)},
                       {u"qualifier"_s, qualifierName(claim.qualifier)},
                       {u"hedged"_s, entry.isHedged()},
                       {u"discrepancy"_s, entry.discrepancy},
                       {u"discrepancyReasons"_s, QJsonArray::fromStringList(entry.discrepancyExplanations)},
                       {u"title"_s, entry.documentTitle},
                       {u"date"_s, stringOrNull(entry.documentDate)},
                       {u"quote"_s, entry.quote},
                       {u"start"_s, claim.start},
                       {u"end"_s, claim.end}};
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

QJsonObject timelineToJson(const TimelineModel &model)
{
    const TimelineOptions &options = model.options();
    QJsonArray sources;
    for (const TimelineSource &source : model.sources()) {
        sources.append(QJsonObject{{u"number"_s, source.number},
                                   {u"document"_s, source.documentId},
                                   {u"title"_s, source.title},
                                   {u"date"_s, stringOrNull(source.date)}});
    }
    QJsonArray points;
    for (const TimelineEntry &entry : model.entries()) {
        QJsonObject point = claimPart(entry);
        point.insert(u"series"_s, entry.series);
        point.insert(u"x"_s, entry.x.toString(Qt::ISODate));
        point.insert(u"plotX"_s, entry.plotX.toString(Qt::ISODate));
        point.insert(u"spanStart"_s, entry.span.isValid() ? QJsonValue(entry.span.first.toString(Qt::ISODate)) : QJsonValue());
        point.insert(u"spanEnd"_s, entry.span.isValid() ? QJsonValue(entry.span.last.toString(Qt::ISODate)) : QJsonValue());
        point.insert(u"drawnAsSpan"_s, entry.drawnAsSpan);
        point.insert(u"low"_s, entry.low);
        point.insert(u"high"_s, entry.high);
        point.insert(u"value"_s, entry.value());
        point.insert(u"source"_s, entry.sourceNumber);
        points.append(point);
    }
    QJsonArray noPeriod;
    QJsonArray unplaced;
    for (const TimelineEntry &entry : model.unplacedEntries()) {
        if (entry.placement == TimelineEntry::Placement::NoPeriod) {
            noPeriod.append(claimPart(entry));
        } else {
            QJsonObject object = claimPart(entry);
            object.insert(u"reason"_s, placementName(entry.placement));
            unplaced.append(object);
        }
    }
    const bool guidance = options.mode == TimelineOptions::Mode::Guidance;
    return QJsonObject{{u"format"_s, u"recoupe-timeline-1"_s},
                       {u"mode"_s, guidance ? u"guidance"_s : u"timeline"_s},
                       {u"metric"_s, options.metric},
                       {u"currency"_s, options.currency},
                       {u"entity"_s, stringOrNull(options.entity)},
                       {u"period"_s, stringOrNull(options.period)},
                       {u"sources"_s, sources},
                       {u"points"_s, points},
                       {u"noPeriod"_s, noPeriod},
                       {u"unplaced"_s, unplaced}};
}

QString timelineToCsv(const TimelineModel &model)
{
    const QString currency = model.options().currency;
    QString csv = u"claim,document,series,entity,period,x,low_%1_bn,high_%1_bn,value_%1_bn,amount_as_stated,qualifier,discrepancy,source,title,date,quote\r\n"_s
                      .arg(currency.toLower());
    const auto number = [](double value) { return QString::number(value / 1e9, 'g', 12); };
    for (const TimelineEntry &entry : model.entries()) {
        const Claim &claim = entry.claim;
        const QStringList fields{
            claim.id(), claim.document, entry.series, claim.entity, claim.period, entry.x.toString(Qt::ISODate),
            number(entry.low), number(entry.high), number(entry.value()),
            TimelineModel::amountText(claim.low, claim.high, claim.currency, claim.qualifier), qualifierName(claim.qualifier),
            entry.discrepancy ? u"yes"_s : u"no"_s, QString::number(entry.sourceNumber), entry.documentTitle,
            entry.documentDate, entry.quote};
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(csvField(field));
        csv += quoted.join(u',') + u"\r\n"_s;
    }
    return csv;
}

} // namespace Recoupe
