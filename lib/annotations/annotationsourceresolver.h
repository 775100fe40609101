#pragma once

#include "annotations/annotation.h"
#include "corpus/document.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Recoupe {

// Finds the article an annotation's target names. Recoupe writes the article's path in the
// folder; web annotation tools write the address of the page they annotated, which is matched
// with the article's canonical address (Document::url, compared as ArticleUrl does). The target
// is then rewritten to name the article by its id, and its offsets, when they still count code
// points as W3C's do, are converted to the article's QString offsets.
//
// Not thread-safe (the text decoded last is kept): one per thread.
//
// A target that names no article of the folder is left as it is: its annotation stays
// orphaned, listed with its quote and note, and is found again when such an article appears.
class AnnotationSourceResolver
{
public:
    AnnotationSourceResolver() = default;
    explicit AnnotationSourceResolver(const QList<Document> &documents);

    void addDocument(const Document &document); // replaces the document of the same id
    void removeDocument(const QString &documentId);
    void clear();

    // The id of the article target names: its documentId when an article has that id, else the
    // article whose canonical address is its source's; empty when none.
    QString documentFor(const AnnotationTarget &target) const;

    // Rewrites target to name its article (see above); true when anything changed.
    bool resolve(AnnotationTarget &target) const;
    bool resolve(Annotation &annotation) const { return resolve(annotation.target); }
    // The number of annotations changed.
    qsizetype resolve(QList<Annotation> &annotations) const;

private:
    struct Entry {
        QString url;        // canonical address, as the page wrote it
        ReadingText text;   // for converting offsets; shared with the document's, not copied
        bool loaded = false;
    };
    QHash<QString, Entry> m_documents;      // by id
    QHash<QString, QString> m_idsByUrlKey;  // ArticleUrl::comparisonKey -> id
    // The text decoded last: the annotations of one article usually come together.
    mutable QString m_decodedId;
    mutable QString m_decodedText;
};

} // namespace Recoupe
