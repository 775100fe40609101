#pragma once

#include "corpus/document.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

namespace Recoupe {

// Finds a document of a list by its id through a hash, built on first use. Corpus keeps its
// documents in a public list that its owner may replace or edit, so the index checks each answer
// against the list (a hit must name the id asked for) and is built again when the list is another
// one (another data block or size). A copy starts with no index: positions are the list's own.
// Ids are paths relative to the folder; nothing renames a document in place.
class DocumentIndex
{
public:
    DocumentIndex() = default;
    DocumentIndex(const DocumentIndex &) { }
    DocumentIndex &operator=(const DocumentIndex &) { return *this; }

    const Document *find(const QList<Document> &documents, const QString &id) const;

    // Not part of what a corpus is: two corpora with the same documents are equal.
    bool operator==(const DocumentIndex &) const { return true; }

private:
    void build(const QList<Document> &documents) const;

    // Corpus is a value type read from several threads: the lazily built index is guarded.
    mutable QMutex m_mutex;
    mutable QHash<QString, qsizetype> m_positions;
    mutable const Document *m_data = nullptr;
    mutable qsizetype m_size = -1;
};

} // namespace Recoupe
