#pragma once

#include <QLocale>
#include <QString>

namespace Recoupe {

// A publication date as a person types it in the Properties dialog: ISO ("2025-01-30",
// "2025-01", "2025") or the forms of the locale and of the newsroom ("30/01/2025", "30.01.2025",
// "30 janvier 2025" in French, "1/30/2025" in the United States). Recoupe stores ISO text.
class UserDate
{
public:
    // The ISO text of text ("YYYY-MM-DD", "YYYY-MM" or "YYYY"); empty when text is not a date.
    // An empty text is not a date either: the caller decides what empty means.
    static QString toIso(const QString &text, const QLocale &locale = QLocale());
};

} // namespace Recoupe
