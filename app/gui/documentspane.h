#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;
class QAction;

namespace Recoupe {

class DocumentListModel;

// The Documents dock: the folder's articles (title, date, language), sortable and filterable.
class DocumentsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentsPane(DocumentListModel *model, QWidget *parent = nullptr);

    QString currentDocumentId() const;
    // Selects and shows the row of documentId (clearing the filter if it hides it).
    bool selectDocument(const QString &documentId);
    // Selects the first row in the view's order; returns false when there is none.
    bool selectFirstDocument();

    // Actions offered by the context menu of a row.
    void setContextActions(const QList<QAction *> &actions);

    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    // The current row changed; empty when there is none.
    void currentDocumentChanged(const QString &documentId);
    // A row was double-clicked or Enter pressed on it.
    void documentActivated(const QString &documentId);

private:
    void emitCurrent();

    DocumentListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QString m_lastEmitted;
};

} // namespace Recoupe
