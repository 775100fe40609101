#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace Recoupe {

class AnnotationStore;

// Lists the backups of the annotations file (when each was saved, how many annotations it
// holds) and restores the one chosen, as one undoable step.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreBackupDialog(AnnotationStore *store, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void restored();

private:
    void restoreChosen();

    AnnotationStore *m_store;
    QListWidget *m_list;
    QPushButton *m_restore;
};

} // namespace Recoupe
