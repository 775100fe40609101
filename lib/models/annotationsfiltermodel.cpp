#include "models/annotationsfiltermodel.h"

#include "models/annotationsmodel.h"

namespace Recoupe {

AnnotationsFilterModel::AnnotationsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AnnotationsModel::SortRole);
}

void AnnotationsFilterModel::changeFilter(QString &member, const QString &value)
{
    if (member == value)
        return;
    member = value;
    invalidateFilter();
}

void AnnotationsFilterModel::setVerdictFilter(const QString &verdict)
{
    changeFilter(m_verdict, verdict);
}

void AnnotationsFilterModel::setAuthorFilter(const QString &author)
{
    changeFilter(m_author, author);
}

void AnnotationsFilterModel::setDocumentFilter(const QString &documentId)
{
    changeFilter(m_document, documentId);
}

void AnnotationsFilterModel::setStatusFilter(const QString &status)
{
    changeFilter(m_status, status);
}

void AnnotationsFilterModel::setTextFilter(const QString &text)
{
    changeFilter(m_text, text);
}

void AnnotationsFilterModel::setConflictsOnly(bool conflictsOnly)
{
    if (m_conflictsOnly == conflictsOnly)
        return;
    m_conflictsOnly = conflictsOnly;
    invalidateFilter();
}

bool AnnotationsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    auto matches = [&index](const QString &filter, int role) {
        return filter.isEmpty() || index.data(role).toString() == filter;
    };
    if (!matches(m_verdict, AnnotationsModel::VerdictRole) || !matches(m_author, AnnotationsModel::AuthorRole)
        || !matches(m_document, AnnotationsModel::DocumentIdRole) || !matches(m_status, AnnotationsModel::StatusRole))
        return false;
    if (m_conflictsOnly && !index.data(AnnotationsModel::ConflictingRole).toBool())
        return false;
    if (!m_text.isEmpty()) {
        return index.data(AnnotationsModel::QuoteRole).toString().contains(m_text, Qt::CaseInsensitive)
            || index.data(AnnotationsModel::NoteRole).toString().contains(m_text, Qt::CaseInsensitive);
    }
    return true;
}

} // namespace Recoupe
