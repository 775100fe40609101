#include "dockvisibility.h"

#include <QDockWidget>
#include <QEvent>

namespace Recoupe {

DockVisibility::DockVisibility(QWidget *widget)
    : QObject(widget)
    , m_widget(widget)
{
    m_widget->installEventFilter(this);
}

bool DockVisibility::eventFilter(QObject *watched, QEvent *event)
{
    // Moved to another dock: its signals are the ones to follow.
    if (watched == m_widget && event->type() == QEvent::ParentChange)
        dock();
    return QObject::eventFilter(watched, event);
}

QDockWidget *DockVisibility::dock()
{
    QDockWidget *found = nullptr;
    for (QWidget *w = m_widget->parentWidget(); w && !found; w = w->parentWidget())
        found = qobject_cast<QDockWidget *>(w);
    if (found != m_dock) {
        if (m_dock)
            disconnect(m_dock, nullptr, this, nullptr);
        m_dock = found;
        if (m_dock) {
            connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
                if (visible)
                    Q_EMIT raised();
                else
                    Q_EMIT covered();
            });
        }
    }
    return m_dock;
}

bool DockVisibility::isCovered()
{
    // A covered dock lies off the window, where none of it can be painted.
    QDockWidget *container = dock();
    return container && container->isVisible() && !container->isFloating() && container->visibleRegion().isEmpty();
}

bool DockVisibility::canBeSeen()
{
    return m_widget->isVisible() && !isCovered();
}

} // namespace Recoupe
