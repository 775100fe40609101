#include "restorebackupdialog.h"

#include "annotations/annotationstore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Recoupe {

RestoreBackupDialog::RestoreBackupDialog(AnnotationStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_restore(nullptr)
{
    setObjectName(u"restoreBackupDialog"_s);
    setWindowTitle(tr("Restore Annotations from a Backup"));
    auto *intro = new QLabel(tr("Recoupe keeps the last ten versions of the annotations file. Restoring one replaces the "
                                "current annotations; the current ones are backed up first, and Undo brings them back."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(u"backupsList"_s);
    m_list->setAccessibleName(tr("Backups of the annotations"));
    for (const AnnotationBackup &backup : store->backups()) {
        const QString when = QLocale().toString(backup.saved.toLocalTime(), QLocale::LongFormat);
        QString text = backup.annotationCount >= 0 ? tr("%1 — %n annotation(s)", nullptr, int(backup.annotationCount)).arg(when)
                                                   : tr("%1 — cannot be read: %2").arg(when, backup.error);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, backup.filePath);
        item->setToolTip(backup.filePath);
        if (backup.annotationCount < 0)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    if (m_list->count() == 0)
        new QListWidgetItem(tr("No backup yet: one is made when the annotations are first saved in a session."), m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(u"restoreButton"_s);
    m_restore->setEnabled(false);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_restore->setEnabled(item && !item->data(Qt::UserRole).toString().isEmpty());
    });
    connect(m_list, &QListWidget::itemActivated, this, &RestoreBackupDialog::restoreChosen);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreBackupDialog::restoreChosen);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 20);
}

void RestoreBackupDialog::restoreChosen()
{
    QListWidgetItem *item = m_list->currentItem();
    const QString path = item ? item->data(Qt::UserRole).toString() : QString();
    if (path.isEmpty())
        return;
    QString error;
    if (!m_store->restoreBackup(path, &error)) {
        auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(), error, QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    Q_EMIT restored();
    accept();
}

} // namespace Recoupe
