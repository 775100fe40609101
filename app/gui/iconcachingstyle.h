#pragma once

#include <QHash>
#include <QIcon>
#include <QProxyStyle>

namespace Recoupe {

// The application's style, with the icons of dock title bars kept once made. Fusion (the style
// wherever no desktop sets one) builds each standard icon anew from the icon theme, and the
// layout of every dock title bar asks for its close and float icons to measure them: 1.2 M
// instructions an icon, 125 M on the GUI thread while a folder opened. The icons do not depend
// on the widget asking, so they are kept; polishing the application (a new style or icon
// theme) forgets them.
class IconCachingStyle : public QProxyStyle
{
    Q_OBJECT
public:
    // Wraps the style the application would use (QProxyStyle's default).
    IconCachingStyle();

    // Makes this the application's style unless it already is; safe to call more than once.
    static void install();

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr, const QWidget *widget = nullptr) const override;
    void polish(QApplication *application) override;
    using QProxyStyle::polish;

    // Icons made by the wrapped style since the last polish: for tests.
    int iconsMade() const { return m_made; }

private:
    mutable QHash<int, QIcon> m_icons;
    mutable int m_made = 0;
};

} // namespace Recoupe
