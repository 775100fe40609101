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
    if (watched == m_widget) {
        switch (event->type()) {
        case QEvent::ParentChange: // moved to another dock: its signals are the ones to follow
            dock();
            break;
        case QEvent::Show:
        case QEvent::Hide:
            Q_EMIT changed();
            break;
        default:
            break;
        }
    }
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
        if (m_dock)
            connect(m_dock, &QDockWidget::visibilityChanged, this, &DockVisibility::changed);
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
