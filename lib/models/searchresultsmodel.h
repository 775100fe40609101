#pragma once

#include "reading/textsearchhit.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace Recoupe {

// The hits of a search across the folder, as a find-in-files panel shows them: one top row per
// document that has hits ("Title (N)"), its hits below it with their line and context.
class SearchResultsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { LineColumn, ContextColumn, ColumnCount };
    Q_ENUM(Column)

    // On hit rows; DocumentIdRole on document rows too.
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        StartRole,
        EndRole,
        LineRole,
        ContextStartRole,   // the hit inside the Context column's text, for a delegate to bolden
        ContextLengthRole,
    };
    Q_ENUM(Role)

    explicit SearchResultsModel(QObject *parent = nullptr);

    // Hits grouped by document in the order they come (TextSearch gives them in document order);
    // a title missing or empty in documentTitles shows the document's id.
    void setResults(const QList<TextSearchHit> &hits, const QHash<QString, QString> &documentTitles);
    void clear();
    qsizetype hitCount() const { return m_hitCount; }
    // Only for display: the model never searches.
    QString needle() const { return m_needle; }
    void setNeedle(const QString &needle) { m_needle = needle; }

    // The hit of a hit row; an invalid hit (start -1) for a document row or an invalid index.
    TextSearchHit hit(const QModelIndex &index) const;
    // The top row of that document; invalid when it has no hits.
    QModelIndex documentIndex(const QString &documentId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct DocumentHits {
        QString documentId;
        QString title;
        QList<TextSearchHit> hits;
    };
    // internalId of an index: 0 for a document row, the document's row + 1 for its hits.
    QList<DocumentHits> m_documents;
    qsizetype m_hitCount = 0;
    QString m_needle;
};

} // namespace Recoupe
