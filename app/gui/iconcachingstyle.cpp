#include "iconcachingstyle.h"

#include <QApplication>

namespace Recoupe {

namespace {

// Only the title bar's own icons: they are the same for every dock and in both directions.
bool kept(QStyle::StandardPixmap icon)
{
    switch (icon) {
    case QStyle::SP_TitleBarCloseButton:
    case QStyle::SP_TitleBarNormalButton:
    case QStyle::SP_TitleBarMaxButton:
    case QStyle::SP_TitleBarMinButton:
        return true;
    default:
        return false;
    }
}

} // namespace

IconCachingStyle::IconCachingStyle() = default;

void IconCachingStyle::install()
{
    if (!qobject_cast<IconCachingStyle *>(QApplication::style()))
        QApplication::setStyle(new IconCachingStyle);
}

QIcon IconCachingStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    if (!kept(standardIcon))
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    auto found = m_icons.constFind(int(standardIcon));
    if (found == m_icons.cend()) {
        ++m_made;
        found = m_icons.insert(int(standardIcon), QProxyStyle::standardIcon(standardIcon, option, widget));
    }
    return *found;
}

void IconCachingStyle::polish(QApplication *application)
{
    m_icons.clear();
    m_made = 0;
    QProxyStyle::polish(application);
}

} // namespace Recoupe
