#include "annotations/w3cannotationwriter.h"

#include "annotations/annotationfile.h"
#include "annotations/textanchorer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

QString newUrn()
{
    return "urn:uuid:"_L1 + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

QJsonObject W3cAnnotationWriter::item(const Annotation &annotation, const Document *document)
{
    AnnotationTarget target = annotation.target;
    if (document && document->isLoaded() && target.hasPassage()) {
        const QString text = document->text.toString();
        // A target given by its quote alone (another tool's, one written by hand) is given its
        // place too, where Recoupe finds that very quote, so that tools that read positions can
        // use it. Not when the quote is found only approximately: the two selectors would differ.
        if (target.start < 0 && !target.exact.isEmpty()) {
            const AnchorResult anchor = TextAnchorer::anchor(target, text);
            if (anchor.isPlaced() && QStringView(text).sliced(anchor.start, anchor.end - anchor.start) == target.exact) {
                const AnnotationTarget placed = AnnotationTarget::forPassage(target.documentId, text, anchor.start, anchor.end);
                target.start = placed.start;
                target.end = placed.end;
                target.offsetsInCodePoints = false;
                if (target.prefix.isEmpty() && target.suffix.isEmpty()) {
                    target.prefix = placed.prefix;
                    target.suffix = placed.suffix;
                }
            }
        }
        // W3C counts code points. A target still in code points (read from a W3C file, never
        // converted) is written as it was read.
        if (!target.offsetsInCodePoints && target.start >= 0) {
            target.start = codePointOffset(text, target.start);
            target.end = codePointOffset(text, target.end);
        }
    }
    target.offsetsInCodePoints = false;

    QJsonObject targetJson = AnnotationFile::targetToJson(target);
    const QString address = document && !document->url.isEmpty() ? document->url : target.sourceUrl;
    if (!address.isEmpty() && address != target.documentId) {
        targetJson.insert("source"_L1, address);
        if (!target.documentId.isEmpty())
            targetJson.insert("recoupe:document"_L1, target.documentId);
        if (target.sourceUrl == address)
            targetJson.remove("recoupe:sourceUrl"_L1);
    }

    QJsonObject object = AnnotationFile::toJson(annotation);
    object.remove("@context"_L1);
    const QJsonValue targets = object.value("target"_L1);
    if (targets.isArray()) {
        // Other targets that another tool wrote come after Recoupe's, as they were.
        QJsonArray all = targets.toArray();
        all.replace(0, targetJson);
        object.insert("target"_L1, all);
    } else {
        object.insert("target"_L1, targetJson);
    }
    return object;
}

QJsonObject W3cAnnotationWriter::collection(const QList<Annotation> &annotations, const QList<Document> &documents, const QString &label)
{
    QHash<QString, const Document *> byId;
    for (const Document &document : documents)
        byId.insert(document.id, &document);
    QJsonArray items;
    for (const Annotation &annotation : annotations)
        items.append(item(annotation, byId.value(annotation.target.documentId)));
    const QJsonObject page{{"id"_L1, newUrn()}, {"type"_L1, u"AnnotationPage"_s}, {"startIndex"_L1, 0}, {"items"_L1, items}};
    QJsonObject collection{{"@context"_L1, AnnotationFile::jsonLdContext()},
                           {"id"_L1, newUrn()},
                           {"type"_L1, u"AnnotationCollection"_s},
                           {"total"_L1, double(annotations.size())},
                           {"first"_L1, page}};
    if (!label.isEmpty())
        collection.insert("label"_L1, label);
    return collection;
}

QByteArray W3cAnnotationWriter::serialize(const QJsonObject &collection)
{
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

} // namespace Recoupe
