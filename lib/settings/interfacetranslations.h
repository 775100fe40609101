#pragma once

#include <QLocale>
#include <QString>

class QObject;

namespace Recoupe {

// Recoupe's and Qt's translations for the interface's language, installed in the application: the
// window's and recoupe-cli's.
class InterfaceTranslations
{
public:
    // Installs Recoupe's translation for locale, else the English one: the source strings are
    // English, but their plural forms ("%n other(s)") are written in the English translation, and a
    // German or a C locale would otherwise read "367 other(s)". Then Qt's own strings (standard
    // buttons, the file dialog) when the system has them. The translators are owned by owner.
    // Returns the language of Recoupe's translation installed ("fr", "en"), empty when none is.
    static QString install(QObject *owner, const QLocale &locale);
};

} // namespace Recoupe
