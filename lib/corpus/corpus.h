#pragma once

#include "corpus/document.h"
#include "corpus/documentindex.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Recoupe {

// Everything read from one folder: its documents (loaded or not, each with its errors), in a
// stable order (relative path, case-insensitive), and the error that stopped the folder itself.
struct Corpus {
    QString folder;         // absolute, canonical path of the folder
    QList<Document> documents;
    QString folderError;    // non-empty when the folder itself could not be read
    // Problems of the folder that did not stop it: a corrupt .recoupe/documents.json (read,
    // never overwritten), a subfolder that cannot be listed or is nested too deep.
    QStringList warnings;
    bool canceled = false;

    qsizetype loadedCount() const;
    qsizetype problemCount() const;
    // Through a hash (a pane asks for the document of every claim it shows).
    const Document *document(const QString &id) const;
    bool operator==(const Corpus &) const = default;

private:
    DocumentIndex m_index;
};

} // namespace Recoupe

Q_DECLARE_METATYPE(Recoupe::Corpus)
