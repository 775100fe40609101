#pragma once

#include "corpus/corpus.h"

#include <QAbstractTableModel>
#include <QList>

namespace Recoupe {

// What went wrong while reading a folder: one row per problem (a file may have several), and one
// for the folder itself when it could not be read. Like a compiler's issue list: file, reason.
class LoadProblemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FileColumn, ReasonColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        DocumentIdRole = Qt::UserRole, // empty for a problem of the folder itself
        AbsolutePathRole,
        ReasonRole,
    };
    Q_ENUM(Role)

    struct Problem {
        QString documentId;
        QString path;          // relative to the folder; the folder's path for a folder problem
        QString absolutePath;
        QString reason;
        bool operator==(const Problem &) const = default;
    };

    explicit LoadProblemsModel(QObject *parent = nullptr);

    void setCorpus(const Corpus &corpus);
    void clear();

    const QList<Problem> &problems() const { return m_problems; }
    // First row about that document, -1 when it has none.
    int rowOf(const QString &documentId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Problem> m_problems;
};

} // namespace Recoupe
