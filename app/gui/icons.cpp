#include "icons.h"

#include "svgiconengine.h"

#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Recoupe::Icons {

QIcon own(const QString &name)
{
    // Read and parsed once: a group's claims ask for the same verdict icon on every choice of a
    // group, and a resource read per call showed in profiles of large folders. QIcon is implicitly
    // shared, and icons are only made on the GUI thread.
    static QHash<QString, QIcon> cache;
    const auto found = cache.constFind(name);
    if (found != cache.cend())
        return *found;
    QFile file(u":/icons/"_s + name + u".svg"_s);
    QIcon icon;
    if (file.open(QIODevice::ReadOnly))
        icon = QIcon(new SvgIconEngine(file.readAll()));
    cache.insert(name, icon);
    return icon;
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
