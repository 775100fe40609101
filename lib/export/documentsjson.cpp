#include "export/documentsjson.h"

#include <QJsonValue>

namespace Recoupe {

namespace {

using namespace Qt::StringLiterals;

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

QJsonObject documentToJson(const Document &document)
{
    QJsonObject object{
        {"id"_L1, document.id},
        {"path"_L1, document.path},
        {"title"_L1, stringOrNull(document.title)},
        {"language"_L1, stringOrNull(document.language)},
        {"date"_L1, stringOrNull(document.date)},
        {"dateSource"_L1, stringOrNull(document.dateSource)},
        {"encoding"_L1, stringOrNull(document.encoding)},
        {"errors"_L1, QJsonArray::fromStringList(document.errors)},
    };
    // Only when the article declares one: most folders hold none, and their output stays as it was.
    if (!document.url.isEmpty())
        object.insert("url"_L1, document.url);
    // Only for what needed one (a PDF): text, Markdown and HTML read as they are keep their output.
    if (!document.extraction.isEmpty())
        object.insert("extraction"_L1, document.extraction);
    // A PDF's pages: where each begins in the reading text, so that a claim's start tells its page.
    if (!document.pageStarts.isEmpty()) {
        QJsonArray starts;
        for (qsizetype start : document.pageStarts)
            starts.append(start);
        object.insert("pageStarts"_L1, starts);
    }
    return object;
}

QJsonArray documentsToJson(const QList<Document> &documents)
{
    QJsonArray array;
    for (const Document &document : documents)
        array.append(documentToJson(document));
    return array;
}

} // namespace Recoupe
