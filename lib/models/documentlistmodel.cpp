#include "models/documentlistmodel.h"

#include <QDate>
#include <QFileInfo>
#include <QLocale>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

QString titleOf(const Document &document)
{
    // A file that could not be read, or an article without a heading, is still named.
    return document.title.isEmpty() ? QFileInfo(document.path).fileName() : document.title;
}

} // namespace

DocumentListModel::DocumentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DocumentListModel::setDocuments(const QList<Document> &documents)
{
    beginResetModel();
    m_documents = documents;
    endResetModel();
}

bool DocumentListModel::updateDocument(const Document &document)
{
    const int row = rowOf(document.id);
    if (row < 0)
        return false;
    m_documents[row] = document;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void DocumentListModel::clear()
{
    setDocuments({});
}

int DocumentListModel::rowOf(const QString &documentId) const
{
    for (int row = 0; row < m_documents.size(); ++row) {
        if (m_documents.at(row).id == documentId)
            return row;
    }
    return -1;
}

const Document *DocumentListModel::documentAt(int row) const
{
    if (row < 0 || row >= m_documents.size())
        return nullptr;
    return &m_documents.at(row);
}

QString DocumentListModel::displayDate(const QString &isoDate, QLocale::FormatType format)
{
    const QLocale locale;
    const bool longFormat = format == QLocale::LongFormat;
    if (isoDate.size() == 10) {
        const QDate date = QDate::fromString(isoDate, Qt::ISODate);
        if (date.isValid())
            return locale.toString(date, longFormat ? u"d MMMM yyyy"_s : u"d MMM yyyy"_s);
    } else if (isoDate.size() == 7) {
        const QDate date = QDate::fromString(isoDate + u"-01"_s, Qt::ISODate);
        if (date.isValid())
            return locale.toString(date, longFormat ? u"MMMM yyyy"_s : u"MMM yyyy"_s);
    }
    return isoDate;
}

QString DocumentListModel::dateSourceDescription(const QString &dateSource)
{
    if (dateSource == "metadata"_L1)
        return tr("Found in the file's metadata");
    if (dateSource == "text"_L1)
        return tr("Found in the article's text");
    if (dateSource == "user"_L1)
        return tr("Set by you");
    if (dateSource == "inferred"_L1)
        return tr("Inferred, not stated: check it");
    return {};
}

QString DocumentListModel::pageDescription(const Document &document)
{
    QStringList parts;
    if (document.extraction == "article-element"_L1)
        parts.append(tr("The article is the part of the page that the page marks as its article."));
    else if (document.extraction == "readability"_L1)
        parts.append(tr("The article is the block of the page that holds the most prose."));
    else if (document.extraction == "whole-page"_L1)
        parts.append(tr("Nothing told the article from the rest of the page: the whole page is read."));
    else if (document.extraction == "pdf"_L1)
        parts.append(tr("The PDF's text layer, read in reading order over its %n page(s); running headers, footers and page "
                        "numbers set aside.", nullptr, int(document.pageStarts.size())));
    if (document.droppedBlocks > 0)
        parts.append(tr("%n block(s) of the page set aside (menus, comments, footer...): View > Show Whole Page shows them; "
                        "their figures are never read as claims.", nullptr, document.droppedBlocks));
    if (!document.author.isEmpty())
        parts.append(tr("By %1.").arg(document.author));
    if (!document.dateModified.isEmpty() && document.dateModified != document.date)
        parts.append(tr("Updated on %1.").arg(document.dateModified));
    QStringList sources;
    if (!document.titleSource.isEmpty())
        sources.append(tr("title from %1").arg(document.titleSource));
    if (!document.dateOrigin.isEmpty())
        sources.append(tr("date from %1").arg(document.dateOrigin));
    if (!document.urlSource.isEmpty())
        sources.append(tr("address from %1").arg(document.urlSource));
    if (!sources.isEmpty())
        parts.append(tr("Page metadata: %1.").arg(sources.join(", "_L1)));
    return parts.join(u' ');
}

QString DocumentListModel::languageName(const QString &languageCode)
{
    if (languageCode.isEmpty())
        return tr("Unknown");
    if (languageCode == "fr"_L1)
        return tr("French");
    if (languageCode == "en"_L1)
        return tr("English");
    return languageCode;
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Document &document = m_documents.at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return titleOf(document);
        case DateColumn:
            return displayDate(document.date, QLocale::ShortFormat);
        case LanguageColumn:
            return document.language.toUpper();
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case TitleColumn:
            if (!document.isLoaded())
                return QString(document.path + u'\n' + document.errors.join(u'\n'));
            return document.path;
        case DateColumn:
            if (document.date.isEmpty())
                return tr("No date found: set one in the document's properties");
            return QString(displayDate(document.date) + u'\n' + dateSourceDescription(document.dateSource));
        case LanguageColumn:
            return languageName(document.language);
        }
        break;
    case Qt::AccessibleDescriptionRole:
        if (column == DateColumn && !document.date.isEmpty())
            return dateSourceDescription(document.dateSource);
        if (column == TitleColumn && !document.isLoaded())
            return document.errors.join(u'\n');
        break;
    case SortRole:
        switch (column) {
        case TitleColumn:
            return titleOf(document).toCaseFolded();
        case DateColumn:
            // Undated articles after the dated ones, in chronological order.
            return document.date.isEmpty() ? u"~"_s : document.date;
        case LanguageColumn:
            return document.language;
        }
        break;
    case DocumentIdRole:
        return document.id;
    case DateRole:
        return document.date;
    case DateSourceRole:
        return document.dateSource;
    case LanguageRole:
        return document.language;
    case HasProblemsRole:
        return !document.isLoaded();
    case ErrorsRole:
        return document.errors;
    case PathRole:
        return document.path;
    case SearchTextRole:
        return QString(titleOf(document) + u'\n' + document.path);
    }
    return {};
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case LanguageColumn:
        return tr("Lang.", "column header: the document's language, abbreviated");
    }
    return {};
}

QHash<int, QByteArray> DocumentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(DocumentIdRole, "documentId");
    names.insert(DateRole, "date");
    names.insert(DateSourceRole, "dateSource");
    names.insert(LanguageRole, "language");
    names.insert(HasProblemsRole, "hasProblems");
    names.insert(ErrorsRole, "errors");
    names.insert(PathRole, "path");
    names.insert(SortRole, "sortKey");
    names.insert(SearchTextRole, "searchText");
    return names;
}

QString DocumentListModel::documentIdsMimeType()
{
    return u"application/x-recoupe-document-ids"_s;
}

QStringList DocumentListModel::documentIdsFromMimeData(const QMimeData *data)
{
    if (!data || !data->hasFormat(documentIdsMimeType()))
        return {};
    QStringList ids = QString::fromUtf8(data->data(documentIdsMimeType())).split(u'\n', Qt::SkipEmptyParts);
    ids.removeDuplicates();
    return ids;
}

Qt::ItemFlags DocumentListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (const Document *document = index.isValid() ? documentAt(index.row()) : nullptr; document && document->isLoaded())
        result |= Qt::ItemIsDragEnabled;
    return result;
}

QStringList DocumentListModel::mimeTypes() const
{
    return {documentIdsMimeType()};
}

QMimeData *DocumentListModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        if (const Document *document = index.isValid() ? documentAt(index.row()) : nullptr; document && !ids.contains(document->id))
            ids.append(document->id);
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(documentIdsMimeType(), ids.join(u'\n').toUtf8());
    // Dropped elsewhere (a text editor, a chat), the drag reads as the files' paths.
    data->setText(ids.join(u'\n'));
    return data;
}

Qt::DropActions DocumentListModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace Recoupe
