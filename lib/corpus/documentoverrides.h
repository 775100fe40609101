#pragma once

#include "corpus/document.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Recoupe {

// What the user states about a document (date, title, language). It wins over what was found
// in the file and is kept in FOLDER/.recoupe/documents.json (format "recoupe-documents-1").
struct DocumentOverride {
    QString date;
    QString title;
    QString language;
    bool isEmpty() const { return date.isEmpty() && title.isEmpty() && language.isEmpty(); }
    bool operator==(const DocumentOverride &) const = default;
};

class DocumentOverrides
{
public:
    static QString filePath(const QString &folder); // FOLDER/.recoupe/documents.json

    // A missing file is not an error; a corrupt one is (error says which file and why). The file
    // is only read, never repaired or replaced here. When it cannot be parsed at all, nothing is
    // loaded; when only some entries are wrong (a date that is not ISO, a field that is not a
    // string), the others are loaded and false is returned all the same, naming the bad ones.
    bool load(const QString &folder, QString *error = nullptr);
    // Atomic (QSaveFile); creates FOLDER/.recoupe when needed. Only stated fields are written.
    bool save(const QString &folder, QString *error = nullptr) const;

    DocumentOverride value(const QString &documentId) const;
    // An empty override removes the document's entry.
    void set(const QString &documentId, const DocumentOverride &override);
    QHash<QString, DocumentOverride> all() const { return m_overrides; }

    // Stated fields replace found ones; dateSource becomes "user" when a date is stated.
    void apply(Document &document) const;
    void apply(QList<Document> &documents) const;

private:
    QHash<QString, DocumentOverride> m_overrides;
};

} // namespace Recoupe
