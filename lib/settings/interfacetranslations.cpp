#include "interfacetranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Recoupe {

QString InterfaceTranslations::install(QObject *owner, const QLocale &locale)
{
    QString installed;
    auto *recoupe = new QTranslator(owner);
    if (recoupe->load(locale, u"recoupe"_s, u"_"_s, u":/i18n"_s) || recoupe->load(u"recoupe_en"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(recoupe);
        installed = recoupe->language().section(u'_', 0, 0);
    } else {
        delete recoupe;
    }
    auto *qt = new QTranslator(owner);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return installed;
}

} // namespace Recoupe
