#pragma once

#include "corpus/document.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

class QMimeData;

namespace Recoupe {

// The documents of a folder, one row each, problem files included (they say why they failed).
// Display texts are for people (a localized date, a language name); the roles carry the values
// that views sort, filter and act on.
class DocumentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, DateColumn, LanguageColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        DocumentIdRole = Qt::UserRole,
        DateRole,           // ISO date as stored ("2025-01-30", "2025-01", "2025"), empty when unknown
        DateSourceRole,     // "metadata", "text", "user", "inferred", or empty
        LanguageRole,       // "fr", "en", or empty
        HasProblemsRole,    // bool: the file could not be read
        ErrorsRole,         // QStringList
        PathRole,           // relative path
        SortRole,           // per column: casefolded title, ISO date, language code
        SearchTextRole,     // title and path, for filtering
    };
    Q_ENUM(Role)

    explicit DocumentListModel(QObject *parent = nullptr);

    void setDocuments(const QList<Document> &documents);
    // Replaces the row whose id matches; returns false when no row has that id.
    bool updateDocument(const Document &document);
    void clear();

    const QList<Document> &documents() const { return m_documents; }
    // -1 when no row has that id.
    int rowOf(const QString &documentId) const;
    const Document *documentAt(int row) const;

    // For display, by the model and by views that show a date elsewhere: "30 January 2025",
    // "January 2025", "2025"; the ISO text itself when it is not a date.
    static QString displayDate(const QString &isoDate, QLocale::FormatType format = QLocale::LongFormat);
    // "Found in the article's text", ... ; empty when there is no date.
    static QString dateSourceDescription(const QString &dateSource);
    // For Properties: how the article was taken out of a saved web page (and how many of the
    // page's blocks were set aside), and which of the page's declarations gave its title, date
    // and address; empty for a file that is not a web page.
    static QString pageDescription(const Document &document);
    // "French", "English", the code itself for another language, "Unknown" when empty.
    static QString languageName(const QString &languageCode);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Rows can be dragged onto a reading pane: the drag carries the documents' ids, one per line.
    static QString documentIdsMimeType();
    static QStringList documentIdsFromMimeData(const QMimeData *data);
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    QList<Document> m_documents;
};

} // namespace Recoupe
