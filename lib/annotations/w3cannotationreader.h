#pragma once

#include "annotations/annotationfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace Recoupe {

// Finds the annotations in the JSON that web annotation tools write, whichever W3C container
// holds them (https://www.w3.org/TR/annotation-model/, section 5):
//
//   {"type": "Annotation", ...}                               one annotation
//   [{"type": "Annotation", ...}, ...]                        a JSON array of them, as many export
//   {"type": "AnnotationPage", "items": [...], "next": {...}}  a page, and the pages after it
//   {"type": "AnnotationCollection", "first": {PAGE}}         a collection, its pages embedded
//
// Pages are followed only when embedded: one named by its address alone is on a server, and
// Recoupe never uses the network; that is said as a warning. The entries are returned as JSON;
// AnnotationFile makes annotations of them.
class W3cAnnotationReader
{
    Q_DECLARE_TR_FUNCTIONS(Recoupe::W3cAnnotationReader)
public:
    struct Result {
        bool recognised = false;    // the JSON is one of the containers above
        AnnotationContainer container = AnnotationContainer::W3cAnnotation;
        QJsonArray entries;         // what the container holds as annotations, in order
        QString error;              // when not recognised: why (translated), to follow "it is"/"it has"
        QStringList warnings;       // pages not embedded, hence not read (translated)
    };

    static Result read(const QJsonDocument &document);

    // The document is a W3C container, even when nothing usable is in it.
    static bool isW3cContainer(const QJsonDocument &document);
};

} // namespace Recoupe
