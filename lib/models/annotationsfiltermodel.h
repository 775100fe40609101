#pragma once

#include <QSortFilterProxyModel>

namespace Recoupe {

// Filters an AnnotationsModel by verdict, author, document, status, conflicts and free text; all
// filters empty show everything. Sorts on AnnotationsModel::SortRole.
class AnnotationsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AnnotationsFilterModel(QObject *parent = nullptr);

    QString verdictFilter() const { return m_verdict; }
    void setVerdictFilter(const QString &verdict);     // a verdict name or tag; empty: any
    QString authorFilter() const { return m_author; }
    void setAuthorFilter(const QString &author);       // exact name; empty: any
    QString documentFilter() const { return m_document; }
    void setDocumentFilter(const QString &documentId); // empty: any
    QString statusFilter() const { return m_status; }
    void setStatusFilter(const QString &status);       // "anchored", "moved", "orphaned"; empty: any
    bool conflictsOnly() const { return m_conflictsOnly; }
    void setConflictsOnly(bool conflictsOnly);
    QString textFilter() const { return m_text; }
    void setTextFilter(const QString &text);           // in quote or note, case-insensitive

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void changeFilter(QString &member, const QString &value);

    QString m_verdict;
    QString m_author;
    QString m_document;
    QString m_status;
    QString m_text;
    bool m_conflictsOnly = false;
};

} // namespace Recoupe
