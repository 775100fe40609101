#include "annotations/w3cannotationreader.h"

#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

// A file of a few million annotations is still read; a generator that chains pages without end
// is not followed for ever.
constexpr int maxPages = 100000;

bool hasType(const QJsonObject &object, QLatin1StringView type)
{
    const QJsonValue value = object.value("type"_L1);
    if (value.isString())
        return value.toString() == type;
    const QJsonArray types = value.toArray();
    return std::any_of(types.cbegin(), types.cend(), [type](const QJsonValue &each) { return each.toString() == type; });
}

bool isAnnotation(const QJsonValue &value)
{
    return value.isObject() && hasType(value.toObject(), "Annotation"_L1);
}

// The items of page and of every embedded page after it, appended to result.
void readPages(QJsonObject page, W3cAnnotationReader::Result &result)
{
    for (int count = 0; count < maxPages; ++count) {
        const QJsonValue items = page.value("items"_L1);
        if (items.isArray()) {
            for (const QJsonValue &item : items.toArray())
                result.entries.append(item);
        } else if (items.isObject()) {
            result.entries.append(items); // a page of one, written without the array
        }
        const QJsonValue next = page.value("next"_L1);
        if (next.isObject()) {
            page = next.toObject();
            continue;
        }
        if (next.isString()) {
            result.warnings.append(W3cAnnotationReader::tr("the next page of annotations is named by its address (%1) but not "
                                                           "included in the file: it was not read, as Recoupe never uses the network")
                                       .arg(next.toString()));
        }
        return;
    }
}

} // namespace

bool W3cAnnotationReader::isW3cContainer(const QJsonDocument &document)
{
    if (document.isArray())
        return true;
    const QJsonObject root = document.object();
    return hasType(root, "Annotation"_L1) || hasType(root, "AnnotationPage"_L1) || hasType(root, "AnnotationCollection"_L1);
}

W3cAnnotationReader::Result W3cAnnotationReader::read(const QJsonDocument &document)
{
    Result result;
    if (document.isArray()) {
        const QJsonArray array = document.array();
        // An empty list is a container with nothing in it yet; a list of anything else (numbers,
        // other records) is not annotations at all.
        if (!array.isEmpty() && std::none_of(array.cbegin(), array.cend(), isAnnotation)) {
            result.error = tr("it is a JSON array, but none of its entries is a W3C Annotation");
            return result;
        }
        result.recognised = true;
        result.container = AnnotationContainer::W3cArray;
        result.entries = array;
        return result;
    }
    const QJsonObject root = document.object();
    if (hasType(root, "Annotation"_L1)) {
        result.recognised = true;
        result.container = AnnotationContainer::W3cAnnotation;
        result.entries.append(root);
        return result;
    }
    if (hasType(root, "AnnotationPage"_L1)) {
        result.recognised = true;
        result.container = AnnotationContainer::W3cPage;
        readPages(root, result);
        return result;
    }
    if (hasType(root, "AnnotationCollection"_L1)) {
        result.recognised = true;
        result.container = AnnotationContainer::W3cCollection;
        const QJsonValue first = root.value("first"_L1);
        if (first.isObject()) {
            readPages(first.toObject(), result);
        } else if (first.isString()) {
            result.warnings.append(tr("its first page of annotations is named by its address (%1) but not included in the "
                                      "file: it was not read, as Recoupe never uses the network")
                                       .arg(first.toString()));
        } else if (root.value("items"_L1).isArray()) {
            // Not the model's shape (a collection holds pages), but written by some tools: the
            // intent is plain.
            readPages(root, result);
        }
        return result;
    }
    result.error = tr("it is neither a Recoupe annotations file (no \"format\": \"%1\") nor W3C Web Annotation JSON "
                      "(an Annotation, an array of them, an AnnotationPage or an AnnotationCollection)")
                       .arg(AnnotationFile::formatName());
    return result;
}

} // namespace Recoupe
