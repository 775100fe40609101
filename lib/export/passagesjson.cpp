#include "export/passagesjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

QJsonObject spanToJson(const PassageSpan &span)
{
    return QJsonObject{{"document"_L1, span.document},
                       {"start"_L1, span.start},
                       {"end"_L1, span.end},
                       {"text"_L1, span.text}};
}

} // namespace

QJsonObject passageMatchToJson(const PassageMatch &match)
{
    return QJsonObject{{"score"_L1, match.score},
                       {"passages"_L1, QJsonArray{spanToJson(match.first), spanToJson(match.second)}},
                       {"shared"_L1, QJsonArray::fromStringList(match.shared)}};
}

QJsonObject passagesToJson(const QList<PassageMatch> &matches)
{
    QJsonArray array;
    for (const PassageMatch &match : matches)
        array.append(passageMatchToJson(match));
    return QJsonObject{{"format"_L1, "recoupe-passages-1"_L1}, {"matches"_L1, array}};
}

} // namespace Recoupe
