#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QStringList>

namespace Recoupe {

class AnnotationStore;

// The annotations of an AnnotationStore, one row each, kept up to date through the store's
// signals (adding, editing, undo, re-anchoring). Display texts are for people; the roles carry
// the values that views sort, filter and act on (AnnotationsFilterModel filters on them).
class AnnotationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DocumentColumn, QuoteColumn, VerdictColumn, NoteColumn, AuthorColumn, StatusColumn, ModifiedColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole,
        DocumentIdRole,
        QuoteRole,          // the passage as it was annotated
        CurrentQuoteRole,   // the text at its current place; empty when orphaned
        VerdictRole,        // "confirmed", "discrepancy", "unsupported", "needs_source", a tag, or empty
        NoteRole,
        AuthorRole,
        StatusRole,         // "anchored", "moved", "orphaned"
        AnchorMethodRole,   // "position", "quote", "normalised_quote", "approximate_quote", "none"
        StartRole,          // current offsets in the reading text, -1 when orphaned
        EndRole,
        CreatedRole,        // QDateTime, UTC
        ModifiedRole,       // QDateTime, UTC
        ConflictingRole,    // bool: another annotation gives the same passage another verdict
        ConflictsRole,      // QStringList: their ids
        ClaimIdRole,
        SortRole,           // per column: casefolded text, status order, date
    };
    Q_ENUM(Role)

    explicit AnnotationsModel(QObject *parent = nullptr);

    void setStore(AnnotationStore *store);
    AnnotationStore *store() const;

    // Titles shown in the document column instead of ids, when known.
    void setDocumentTitles(const QHash<QString, QString> &titles);

    QString idAt(int row) const;
    int rowOf(const QString &id) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void resetFromStore();
    void refreshAll();

    QPointer<AnnotationStore> m_store;
    // The model's own copy of the row order, so that rows are inserted and removed inside the
    // begin/end calls that Qt's views and QAbstractItemModelTester expect.
    QStringList m_ids;
    QHash<QString, QString> m_titles;
};

} // namespace Recoupe
