#include "export/groupsjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

QJsonObject claimGroupToJson(const ClaimGroup &group)
{
    QJsonArray reasons;
    for (const DiscrepancyReason &reason : group.reasons) {
        reasons.append(QJsonObject{{"kind"_L1, reason.kind},
                                   {"claims"_L1, QJsonArray::fromStringList(reason.claims)},
                                   {"explanation"_L1, reason.explanation}});
    }
    const QJsonObject key{{"entity"_L1, stringOrNull(group.key.entity)},
                          {"metric"_L1, group.key.metric},
                          {"period"_L1, stringOrNull(group.key.period)}};
    return QJsonObject{{"key"_L1, key},
                       {"claims"_L1, QJsonArray::fromStringList(group.claims)},
                       {"verdict"_L1, verdictName(group.verdict)},
                       {"reasons"_L1, reasons}};
}

QJsonObject groupsToJson(const QList<ClaimGroup> &groups)
{
    QJsonArray array;
    for (const ClaimGroup &group : groups)
        array.append(claimGroupToJson(group));
    return QJsonObject{{"format"_L1, "recoupe-groups-1"_L1}, {"groups"_L1, array}};
}

} // namespace Recoupe
