#include "findbar.h"

#include "icons.h"
#include "reading/foldedtext.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Recoupe {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_matchCase(new QCheckBox(tr("Match &case"), this))
    , m_matchAccents(new QCheckBox(tr("Match &accents"), this))
    , m_result(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"findBar"_s);
    setAccessibleName(tr("Find in this article"));
    m_edit->setObjectName(u"findEdit"_s);
    m_edit->setPlaceholderText(tr("Find in this article…"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setAccessibleName(tr("Text to find"));
    m_edit->setAccessibleDescription(tr("Letters are found whatever their case and accents unless you ask otherwise"));
    m_edit->installEventFilter(this);
    m_previous->setObjectName(u"findPreviousButton"_s);
    m_previous->setIcon(Icons::themed(u"go-up"_s));
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_previous->setAutoRaise(true);
    m_next->setObjectName(u"findNextButton"_s);
    m_next->setIcon(Icons::themed(u"go-down"_s));
    m_next->setToolTip(tr("Next match (Enter)"));
    m_next->setAccessibleName(tr("Next match"));
    m_next->setAutoRaise(true);
    m_matchCase->setObjectName(u"findMatchCase"_s);
    m_matchAccents->setObjectName(u"findMatchAccents"_s);
    m_matchAccents->setToolTip(tr("When off, \"depenses\" also finds \"dépenses\""));
    m_result->setObjectName(u"findResult"_s);
    m_result->setForegroundRole(QPalette::PlaceholderText);
    m_close->setObjectName(u"findCloseButton"_s);
    m_close->setIcon(Icons::themed(u"dialog-close"_s));
    m_close->setToolTip(tr("Close the find bar (Escape)"));
    m_close->setAccessibleName(tr("Close the find bar"));
    m_close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addSpacing(6);
    layout->addWidget(m_matchCase);
    layout->addWidget(m_matchAccents);
    layout->addSpacing(6);
    layout->addWidget(m_result);
    layout->addWidget(m_close);

    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::searchChanged);
    connect(m_matchCase, &QCheckBox::toggled, this, &FindBar::searchChanged);
    connect(m_matchAccents, &QCheckBox::toggled, this, &FindBar::searchChanged);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
}

QString FindBar::needle() const
{
    return m_edit->text();
}

int FindBar::sensitivity() const
{
    int flags = FoldedText::Insensitive;
    if (m_matchCase->isChecked())
        flags |= FoldedText::CaseSensitive;
    if (m_matchAccents->isChecked())
        flags |= FoldedText::AccentSensitive;
    return flags;
}

void FindBar::activate(const QString &initialText)
{
    show();
    if (!initialText.isEmpty() && !initialText.contains(u'\n'))
        m_edit->setText(initialText);
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::setResult(int current, int total)
{
    if (m_edit->text().trimmed().isEmpty())
        m_result->clear();
    else if (total == 0)
        m_result->setText(tr("Not found"));
    else
        m_result->setText(tr("%1 of %2").arg(QLocale().toString(current), QLocale().toString(total)));
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        Q_EMIT closed();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                Q_EMIT findPrevious();
            else
                Q_EMIT findNext();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            Q_EMIT closed();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Recoupe
