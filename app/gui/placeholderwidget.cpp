#include "placeholderwidget.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Recoupe {

PlaceholderWidget::PlaceholderWidget(QWidget *parent)
    : QWidget(parent)
    , m_iconLabel(new QLabel(this))
    , m_titleLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    m_iconLabel->setAlignment(Qt::AlignCenter);
    m_iconLabel->hide();

    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setAlignment(Qt::AlignCenter);
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setObjectName(QStringLiteral("placeholderTitle"));

    m_textLabel->setAlignment(Qt::AlignCenter);
    m_textLabel->setWordWrap(true);
    m_textLabel->setForegroundRole(QPalette::PlaceholderText);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_textLabel->setObjectName(QStringLiteral("placeholderText"));
    // A sentence, not a paragraph: keep it to a readable width, but let a narrow pane or dock
    // wrap it (its minimum set the whole window's: three panes did not fit a 1280-pixel laptop).
    m_textLabel->setMinimumWidth(m_textLabel->fontMetrics().averageCharWidth() * 14);
    m_textLabel->setMaximumWidth(m_textLabel->fontMetrics().averageCharWidth() * 64);

    m_buttons->setSpacing(12);
    m_buttons->addStretch();
    m_buttons->addStretch();

    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(24, 24, 24, 24);
    column->setSpacing(12);
    column->addStretch(2);
    column->addWidget(m_iconLabel);
    column->addSpacing(4);
    column->addWidget(m_titleLabel);
    // Centred by stretches, not by an alignment flag, which would lose the wrapped height.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_textLabel);
    textRow->addStretch();
    column->addLayout(textRow);
    column->addSpacing(8);
    column->addLayout(m_buttons);
    column->addStretch(3);
}

void PlaceholderWidget::setIcon(const QIcon &icon, int size)
{
    m_iconLabel->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatio()));
    m_iconLabel->setVisible(!icon.isNull());
}

void PlaceholderWidget::setTitle(const QString &title)
{
    m_titleLabel->setText(title);
    m_titleLabel->setVisible(!title.isEmpty());
}

void PlaceholderWidget::setText(const QString &text)
{
    m_textLabel->setText(text);
    m_textLabel->setVisible(!text.isEmpty());
}

QString PlaceholderWidget::title() const
{
    return m_titleLabel->text();
}

QString PlaceholderWidget::text() const
{
    return m_textLabel->text();
}

QPushButton *PlaceholderWidget::addActionButton(QAction *action)
{
    auto *button = new QPushButton(this);
    const auto sync = [button, action] {
        // Menu texts carry accelerators and an ellipsis that a button keeps.
        button->setText(action->text());
        button->setIcon(action->icon());
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->toolTip());
        button->setVisible(action->isVisible());
    };
    sync();
    connect(action, &QAction::changed, button, sync);
    connect(button, &QPushButton::clicked, action, [action] { action->trigger(); });
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

} // namespace Recoupe
