#pragma once

#include "annotations/annotation.h"
#include "corpus/document.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Recoupe {

// Writes annotations for other web annotation tools: one W3C AnnotationCollection with its one
// AnnotationPage embedded, so that the file stands alone (nothing to fetch):
//
//   {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:uuid:...",
//    "type": "AnnotationCollection", "label": ..., "total": N,
//    "first": {"id": "urn:uuid:...", "type": "AnnotationPage", "startIndex": 0, "items": [ANNOTATION, ...]}}
//
// Each ANNOTATION is as in AnnotationFile, but for its target: the source is the article's
// canonical web address when it has one (what those tools know a page by), with its path in the
// folder kept as "recoupe:document", so that Recoupe finds the article either way when the file
// is imported into another copy of the folder; and TextPositionSelector offsets count Unicode
// code points, as the model says, rather than Recoupe's QString units. The stored target is
// written (the passage the fact-checker chose), not where the text has since moved it; but a
// target that has only a quote (imported from a tool that gives no position) is given the
// position where Recoupe finds that quote in the article, so that every annotation of an article
// has both a TextQuoteSelector and a TextPositionSelector.
class W3cAnnotationWriter
{
public:
    // documents: the folder's articles, for their addresses and texts; label: a name for people.
    static QJsonObject collection(const QList<Annotation> &annotations, const QList<Document> &documents, const QString &label);
    // One item of the page (no "@context": the collection's applies). document: the article of
    // the annotation's target, nullptr when none (a claim group, or an article not in the folder).
    static QJsonObject item(const Annotation &annotation, const Document *document);

    static QByteArray serialize(const QJsonObject &collection);
};

} // namespace Recoupe
