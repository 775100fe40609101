#include "icons.h"

#include "svgiconengine.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Recoupe::Icons {

QIcon own(const QString &name)
{
    QFile file(u":/icons/"_s + name + u".svg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new SvgIconEngine(file.readAll()));
}

QIcon themed(const QString &themeName)
{
    if (QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    return own(themeName);
}

QIcon application()
{
    return own(u"org.recoupe.Recoupe"_s);
}

QIcon dateSource(const QString &dateSource)
{
    if (dateSource.isEmpty())
        return {};
    return own(u"date-"_s + dateSource);
}

QIcon verdict(const QString &verdict)
{
    if (verdict.isEmpty())
        return {};
    return own(u"verdict-"_s + verdict);
}

} // namespace Recoupe::Icons
