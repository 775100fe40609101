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
    if (!document.author.isEmpty())
        object.insert("author"_L1, document.author);
    if (!document.dateModified.isEmpty())
        object.insert("dateModified"_L1, document.dateModified);
    // Web pages (and PDFs): how the article was taken out of the file, and how many blocks of
    // the page were set aside; text and Markdown files have neither.
    if (!document.extraction.isEmpty()) {
        object.insert("extraction"_L1, document.extraction);
        object.insert("droppedBlocks"_L1, document.droppedBlocks);
    }
    QJsonObject sources;
    if (!document.titleSource.isEmpty())
        sources.insert("title"_L1, document.titleSource);
    if (!document.dateOrigin.isEmpty())
        sources.insert("date"_L1, document.dateOrigin);
    if (!document.urlSource.isEmpty())
        sources.insert("url"_L1, document.urlSource);
    if (!sources.isEmpty())
        object.insert("metadataSources"_L1, sources);
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
