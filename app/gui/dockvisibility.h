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
    // Watches widget (its owner too): the dock it lies in is looked up when asked, since a pane
    // is usually made before its dock.
    explicit DockVisibility(QWidget *widget);

    // In a dock that lies behind another of its tab group (shown or not, the widget cannot be seen).
    bool isCovered();
    // Shown, and not in a dock behind another.
    bool canBeSeen();

Q_SIGNALS:
    // The dock the widget lies in was raised (or shown): it can be seen again.
    void raised();
    // The dock was covered by another of its tab group, or hidden.
    void covered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDockWidget *dock();

    QWidget *m_widget;
    QPointer<QDockWidget> m_dock;
};

} // namespace Recoupe
