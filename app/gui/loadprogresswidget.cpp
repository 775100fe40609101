#include "loadprogresswidget.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Recoupe {

LoadProgressWidget::LoadProgressWidget(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancelButton(new QToolButton(this))
{
    setObjectName(u"loadProgress"_s);
    m_label->setObjectName(u"loadProgressLabel"_s);
    m_label->setTextFormat(Qt::PlainText);
    // File names vary in length: a fixed width keeps the status bar from jumping.
    m_label->setFixedWidth(m_label->fontMetrics().averageCharWidth() * 36);
    m_bar->setObjectName(u"loadProgressBar"_s);
    m_bar->setFixedWidth(160);
    m_bar->setTextVisible(false);
    m_cancelButton->setObjectName(u"cancelLoadButton"_s);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop reading this folder"));
    m_cancelButton->setIcon(Icons::themed(u"process-stop"_s));
    m_cancelButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancelButton->setAutoRaise(true);
    connect(m_cancelButton, &QToolButton::clicked, this, &LoadProgressWidget::cancelRequested);
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(shownEveryMs);
    connect(&m_throttle, &QTimer::timeout, this, &LoadProgressWidget::showPending);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancelButton);
    hide();
}

void LoadProgressWidget::start(const QString &text)
{
    m_throttle.stop();
    m_sinceShown.invalidate();
    m_pendingText.clear();
    m_label->setText(text);
    m_label->setToolTip(text);
    // Busy indicator until the loader knows how many files there are.
    m_bar->setRange(0, 0);
    show();
}

void LoadProgressWidget::setProgress(int value, int maximum, const QString &text)
{
    m_pendingValue = value;
    m_pendingMaximum = maximum;
    if (!text.isEmpty())
        m_pendingText = text;
    const bool last = maximum > 0 && value >= maximum;
    if (last || !m_sinceShown.isValid() || m_sinceShown.elapsed() >= shownEveryMs) {
        showPending();
        return;
    }
    if (!m_throttle.isActive())
        m_throttle.start();
}

void LoadProgressWidget::showPending()
{
    m_throttle.stop();
    m_sinceShown.start();
    if (m_pendingMaximum > 0) {
        m_bar->setRange(0, m_pendingMaximum);
        m_bar->setValue(m_pendingValue);
    }
    if (!m_pendingText.isEmpty() && m_pendingText != m_label->toolTip()) {
        const QString elided = m_label->fontMetrics().elidedText(m_pendingText, Qt::ElideMiddle, m_label->width());
        m_label->setText(elided);
        m_label->setToolTip(m_pendingText);
    }
}

int LoadProgressWidget::value() const
{
    return m_bar->value();
}

QString LoadProgressWidget::text() const
{
    return m_label->toolTip();
}

void LoadProgressWidget::stop()
{
    m_throttle.stop();
    hide();
    m_bar->reset();
}

} // namespace Recoupe
