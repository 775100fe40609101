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
        QJsonObject object{{"kind"_L1, reason.kind},
                           {"claims"_L1, QJsonArray::fromStringList(reason.claims)},
                           {"explanation"_L1, reason.explanation}};
        if (reason.confidence != Confidence::None) {
            object.insert("confidence"_L1, confidenceName(reason.confidence));
            object.insert("confidenceReason"_L1, reason.confidenceReason);
        }
        reasons.append(object);
    }
    QJsonObject key{{"entity"_L1, stringOrNull(group.key.entity)},
                    {"metric"_L1, group.key.metric},
                    {"period"_L1, stringOrNull(group.key.period)}};
    // As in recoupe-claims-1: present only when they narrow the group.
    if (group.key.kind != MoneyKind::None)
        key.insert("kind"_L1, moneyKindName(group.key.kind));
    if (!group.key.members.isEmpty())
        key.insert("members"_L1, QJsonArray::fromStringList(group.key.members.split(u',')));
    return QJsonObject{{"key"_L1, key},
                       {"claims"_L1, QJsonArray::fromStringList(group.claims)},
                       {"verdict"_L1, verdictName(group.verdict)},
                       {"periodStated"_L1, group.periodStated()},
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
