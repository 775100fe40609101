#pragma once

#include <QObject>
#include <QPointer>

class QDockWidget;
class QWidget;

namespace Recoupe {

// Whether a widget can be seen, and when that changes. Qt keeps a dock that sits behind another
// of its tab group visible, moved off the window (isVisible() stays true, no Hide or Show event
// comes): only QDockWidget::visibilityChanged tells that it was covered or raised. Work that
// only the reader's eyes need (laying out a chart, measuring columns) waits for it.
class DockVisibility : public QObject
{
    Q_OBJECT
public:
    // Watches widget (its owner too): the dock it lies in is looked up when asked, and again when
    // the widget changes parent, since a pane is usually made before its dock.
    // ~QWidget hides the widget, which emits changed(): a subclass of the widget that listens
    // deletes this first in its own destructor (TimelinePane does).
    explicit DockVisibility(QWidget *widget);

    // In a dock that lies behind another of its tab group (shown or not, the widget cannot be seen).
    bool isCovered();
    // Shown, and not in a dock behind another.
    bool canBeSeen();

Q_SIGNALS:
    // The widget was shown or hidden, or its dock raised, covered, shown or hidden: what
    // canBeSeen() and isCovered() say may have changed (before the widget is next painted).
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDockWidget *dock();

    QWidget *m_widget;
    QPointer<QDockWidget> m_dock;
};

} // namespace Recoupe
