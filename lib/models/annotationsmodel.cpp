#include "models/annotationsmodel.h"

#include "annotations/annotationstore.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

int statusOrder(AnchorStatus status)
{
    // Orphans first when sorting: they are the ones needing attention.
    switch (status) {
    case AnchorStatus::Orphaned:
        return 0;
    case AnchorStatus::Moved:
        return 1;
    case AnchorStatus::Anchored:
        return 2;
    }
    return 3;
}

} // namespace

AnnotationsModel::AnnotationsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AnnotationsModel::setStore(AnnotationStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store) {
        connect(store, &AnnotationStore::annotationAdded, this, [this](const QString &id, int index) {
            beginInsertRows({}, index, index);
            m_ids.insert(index, id);
            endInsertRows();
        });
        connect(store, &AnnotationStore::annotationChanged, this, [this](const QString &id, int) {
            const int row = rowOf(id);
            if (row >= 0)
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        });
        connect(store, &AnnotationStore::annotationAboutToBeRemoved, this, [this](const QString &id, int) {
            const int row = rowOf(id);
            if (row < 0)
                return;
            beginRemoveRows({}, row, row);
            m_ids.removeAt(row);
            endRemoveRows();
        });
        connect(store, &AnnotationStore::annotationsAboutToBeReset, this, [this] { beginResetModel(); });
        connect(store, &AnnotationStore::annotationsReset, this, [this] {
            m_ids.clear();
            if (m_store) {
                for (const Annotation &annotation : m_store->annotations())
                    m_ids.append(annotation.id);
            }
            endResetModel();
        });
        // Statuses, offsets and conflicts of other rows follow any change.
        connect(store, &AnnotationStore::changed, this, &AnnotationsModel::refreshAll);
        connect(store, &QObject::destroyed, this, [this] {
            m_store = nullptr;
            resetFromStore();
        });
    }
    resetFromStore();
}

AnnotationStore *AnnotationsModel::store() const
{
    return m_store;
}

void AnnotationsModel::resetFromStore()
{
    beginResetModel();
    m_ids.clear();
    if (m_store) {
        for (const Annotation &annotation : m_store->annotations())
            m_ids.append(annotation.id);
    }
    endResetModel();
}

void AnnotationsModel::refreshAll()
{
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
}

void AnnotationsModel::setDocumentTitles(const QHash<QString, QString> &titles)
{
    m_titles = titles;
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, DocumentColumn), index(int(m_ids.size()) - 1, DocumentColumn));
}

QString AnnotationsModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString();
}

int AnnotationsModel::rowOf(const QString &id) const
{
    return int(m_ids.indexOf(id));
}

int AnnotationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int AnnotationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant AnnotationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_store)
        return {};
    const QString id = m_ids.at(index.row());
    const std::optional<Annotation> found = m_store->annotation(id);
    if (!found)
        return {};
    const Annotation &annotation = *found;
    const AnchorResult anchor = m_store->anchor(id);
    const QString documentTitle = m_titles.value(annotation.target.documentId, annotation.target.documentId);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DocumentColumn:
            return documentTitle;
        case QuoteColumn:
            return annotation.target.exact.simplified();
        case VerdictColumn:
            return Annotation::verdictDisplayName(annotation.verdict);
        case NoteColumn:
            return annotation.note.simplified();
        case AuthorColumn:
            return annotation.author;
        case StatusColumn:
            return AnchorResult::statusDisplayName(anchor.status);
        case ModifiedColumn:
            return QLocale().toString(annotation.modified.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DocumentColumn:
            return annotation.target.documentId;
        case QuoteColumn: {
            const QString current = m_store->currentQuote(id);
            if (anchor.isPlaced() && current != annotation.target.exact)
                return tr("Annotated: %1\nNow reads: %2").arg(annotation.target.exact, current);
            return annotation.target.exact;
        }
        case NoteColumn:
            return annotation.note;
        case StatusColumn: {
            QString text;
            switch (anchor.status) {
            case AnchorStatus::Anchored:
                text = tr("The passage is where it was annotated.");
                break;
            case AnchorStatus::Moved:
                text = anchor.method == AnchorMethod::ApproximateQuote
                    ? tr("The passage moved and its wording changed slightly.")
                    : tr("The passage moved in the article.");
                break;
            case AnchorStatus::Orphaned:
                text = anchor.documentMissing ? tr("The article is no longer in the folder; the note and its quote are kept.")
                                              : tr("The passage is no longer in the article; the note and its quote are kept.");
                break;
            }
            if (m_store->isConflicting(id))
                text += u'\n' + tr("Another annotation gives this passage a different verdict.");
            return text;
        }
        case ModifiedColumn:
            return QLocale().toString(annotation.modified.toLocalTime(), QLocale::LongFormat);
        }
        return {};
    case IdRole:
        return annotation.id;
    case DocumentIdRole:
        return annotation.target.documentId;
    case QuoteRole:
        return annotation.target.exact;
    case CurrentQuoteRole:
        return m_store->currentQuote(id);
    case VerdictRole:
        return annotation.verdict;
    case NoteRole:
        return annotation.note;
    case AuthorRole:
        return annotation.author;
    case StatusRole:
        return AnchorResult::statusName(anchor.status);
    case AnchorMethodRole:
        return AnchorResult::methodName(anchor.method);
    case StartRole:
        return qlonglong(anchor.start);
    case EndRole:
        return qlonglong(anchor.end);
    case CreatedRole:
        return annotation.created;
    case ModifiedRole:
        return annotation.modified;
    case ConflictingRole:
        return m_store->isConflicting(id);
    case ConflictsRole:
        return m_store->conflictsWith(id);
    case ClaimIdRole:
        return annotation.target.claimId;
    case SortRole:
        switch (index.column()) {
        case DocumentColumn:
            return documentTitle.toCaseFolded();
        case QuoteColumn:
            return annotation.target.exact.simplified().toCaseFolded();
        case VerdictColumn:
            return Annotation::verdictDisplayName(annotation.verdict).toCaseFolded();
        case NoteColumn:
            return annotation.note.simplified().toCaseFolded();
        case AuthorColumn:
            return annotation.author.toCaseFolded();
        case StatusColumn:
            return statusOrder(anchor.status);
        case ModifiedColumn:
            return annotation.modified;
        }
        return {};
    default:
        return {};
    }
}

QVariant AnnotationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DocumentColumn:
        return tr("Article");
    case QuoteColumn:
        return tr("Passage");
    case VerdictColumn:
        return tr("Verdict");
    case NoteColumn:
        return tr("Note");
    case AuthorColumn:
        return tr("Author");
    case StatusColumn:
        return tr("Status");
    case ModifiedColumn:
        return tr("Modified");
    }
    return {};
}

QHash<int, QByteArray> AnnotationsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "annotationId");
    names.insert(DocumentIdRole, "documentId");
    names.insert(QuoteRole, "quote");
    names.insert(CurrentQuoteRole, "currentQuote");
    names.insert(VerdictRole, "verdict");
    names.insert(NoteRole, "note");
    names.insert(AuthorRole, "author");
    names.insert(StatusRole, "status");
    names.insert(AnchorMethodRole, "anchorMethod");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(CreatedRole, "created");
    names.insert(ModifiedRole, "modified");
    names.insert(ConflictingRole, "conflicting");
    names.insert(ConflictsRole, "conflicts");
    names.insert(ClaimIdRole, "claimId");
    names.insert(SortRole, "sortKey");
    return names;
}

} // namespace Recoupe
