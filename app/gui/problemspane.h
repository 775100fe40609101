#pragma once

#include <QWidget>

class QStackedWidget;
class QTreeView;
class QLabel;

namespace Recoupe {

class LoadProblemsModel;

// The Problems dock: the files that could not be read and why. Activating a row (double-click,
// Enter) asks for that file to be selected.
class ProblemsPane : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPane(LoadProblemsModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    // What the pane says when there is no problem to list.
    void setEmptyText(const QString &text);

Q_SIGNALS:
    void documentActivated(const QString &documentId);

private:
    void updateEmptyState();

    LoadProblemsModel *m_model;
    QStackedWidget *m_stack;
    QTreeView *m_view;
    QLabel *m_emptyLabel;
};

} // namespace Recoupe
