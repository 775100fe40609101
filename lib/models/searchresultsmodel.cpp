#include "models/searchresultsmodel.h"

using namespace Qt::StringLiterals;

namespace Recoupe {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void SearchResultsModel::setResults(const QList<TextSearchHit> &hits, const QHash<QString, QString> &documentTitles)
{
    QList<DocumentHits> documents;
    QHash<QString, qsizetype> rowOfDocument;
    for (const TextSearchHit &hit : hits) {
        auto row = rowOfDocument.constFind(hit.documentId);
        if (row == rowOfDocument.cend()) {
            const QString title = documentTitles.value(hit.documentId);
            documents.append({hit.documentId, title.isEmpty() ? hit.documentId : title, {}});
            row = rowOfDocument.insert(hit.documentId, documents.size() - 1);
        }
        documents[*row].hits.append(hit);
    }
    beginResetModel();
    m_documents = std::move(documents);
    m_hitCount = hits.size();
    endResetModel();
}

void SearchResultsModel::clear()
{
    beginResetModel();
    m_documents.clear();
    m_hitCount = 0;
    endResetModel();
}

TextSearchHit SearchResultsModel::hit(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.internalId() == 0) {
        TextSearchHit none;
        none.start = -1;
        none.end = -1;
        return none;
    }
    return m_documents.at(qsizetype(index.internalId()) - 1).hits.at(index.row());
}

QModelIndex SearchResultsModel::documentIndex(const QString &documentId) const
{
    for (qsizetype row = 0; row < m_documents.size(); ++row) {
        if (m_documents.at(row).documentId == documentId)
            return createIndex(int(row), 0, quintptr(0));
    }
    return {};
}

QModelIndex SearchResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SearchResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_documents.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_documents.at(parent.row()).hits.size());
    return 0;
}

int SearchResultsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const DocumentHits &document = m_documents.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == LineColumn)
                return tr("%1 (%2)").arg(document.title).arg(document.hits.size());
            return {};
        case Qt::ToolTipRole:
            return index.column() == LineColumn ? document.documentId : QVariant();
        case DocumentIdRole:
            return document.documentId;
        }
        return {};
    }

    const TextSearchHit &hit = m_documents.at(qsizetype(index.internalId()) - 1).hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == LineColumn ? QVariant(hit.line) : QVariant(hit.context);
    case Qt::ToolTipRole:
        return hit.lineText.isEmpty() ? hit.context : hit.lineText;
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case DocumentIdRole:
        return hit.documentId;
    case StartRole:
        return hit.start;
    case EndRole:
        return hit.end;
    case LineRole:
        return hit.line;
    case ContextStartRole:
        return hit.contextStart;
    case ContextLengthRole:
        return hit.contextLength;
    }
    return {};
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Document / Line");
    case ContextColumn:
        return tr("Context");
    }
    return {};
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(DocumentIdRole, "documentId");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(LineRole, "line");
    names.insert(ContextStartRole, "contextStart");
    names.insert(ContextLengthRole, "contextLength");
    return names;
}

} // namespace Recoupe
