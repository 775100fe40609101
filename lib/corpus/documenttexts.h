#pragma once

#include "corpus/document.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Recoupe {

// The reading texts of a folder's documents by id, decoded from their UTF-8 as they are asked
// for. Claims, groups and timeline points name their document and come mostly in document
// order: the text decoded last is kept, so a run of them decodes it once.
//
// Not thread-safe (the kept text): one per thread.
class DocumentTexts
{
public:
    DocumentTexts() = default;
    explicit DocumentTexts(const QList<Document> &documents);

    // The reading text; empty when no document has this id.
    const QString &text(const QString &documentId) const;
    const Document *document(const QString &documentId) const; // nullptr when unknown

private:
    QList<Document> m_documents; // shared with the caller's list: no copy of the texts
    QHash<QString, qsizetype> m_index;
    mutable QString m_lastId;
    mutable QString m_lastText;
    mutable bool m_haveLast = false;
};

} // namespace Recoupe
