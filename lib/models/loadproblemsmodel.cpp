#include "models/loadproblemsmodel.h"

namespace Recoupe {

LoadProblemsModel::LoadProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LoadProblemsModel::setCorpus(const Corpus &corpus)
{
    QList<Problem> problems;
    if (!corpus.folderError.isEmpty())
        problems.append({QString(), corpus.folder, corpus.folder, corpus.folderError});
    for (const Document &document : corpus.documents) {
        for (const QString &error : document.errors)
            problems.append({document.id, document.path, document.absolutePath, error});
    }
    beginResetModel();
    m_problems = std::move(problems);
    endResetModel();
}

void LoadProblemsModel::clear()
{
    beginResetModel();
    m_problems.clear();
    endResetModel();
}

int LoadProblemsModel::rowOf(const QString &documentId) const
{
    for (int row = 0; row < m_problems.size(); ++row) {
        if (m_problems.at(row).documentId == documentId)
            return row;
    }
    return -1;
}

int LoadProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int LoadProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LoadProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Problem &problem = m_problems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == FileColumn ? problem.path : problem.reason;
    case Qt::ToolTipRole:
        return index.column() == FileColumn ? problem.absolutePath : problem.reason;
    case DocumentIdRole:
        return problem.documentId;
    case AbsolutePathRole:
        return problem.absolutePath;
    case ReasonRole:
        return problem.reason;
    }
    return {};
}

QVariant LoadProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case ReasonColumn:
        return tr("Problem");
    }
    return {};
}

} // namespace Recoupe
