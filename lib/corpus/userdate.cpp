#include "corpus/userdate.h"

#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Recoupe {

QString UserDate::toIso(const QString &input, const QLocale &locale)
{
    const QString text = input.simplified();
    if (text.isEmpty())
        return {};
    static const QRegularExpression iso(u"^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"_s);
    if (const QRegularExpressionMatch m = iso.match(text); m.hasMatch()) {
        const int year = m.capturedView(1).toInt();
        const int month = m.hasCaptured(2) ? m.capturedView(2).toInt() : 1;
        const int day = m.hasCaptured(3) ? m.capturedView(3).toInt() : 1;
        return QDate(year, month, day).isValid() ? text : QString();
    }
    // The locale's own forms first (a US "1/30/2025" is January), then day-first numeric forms
    // with any of the usual separators, then written months.
    // Short formats write the year in two digits ("M/d/yy"): people type four as often.
    QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    if (!shortFormat.contains(u"yyyy"_s))
        shortFormat.replace(u"yy"_s, u"yyyy"_s);
    QStringList formats{shortFormat, locale.dateFormat(QLocale::LongFormat)};
    formats << u"d/M/yyyy"_s << u"d.M.yyyy"_s << u"d-M-yyyy"_s << u"d MMMM yyyy"_s << u"d MMM yyyy"_s << u"MMMM d, yyyy"_s;
    // Then two-digit years, read in this century: an article of "31/10/24" is not from 1924.
    QString twoDigits = shortFormat;
    twoDigits.replace(u"yyyy"_s, u"yy"_s);
    formats << twoDigits << u"d/M/yy"_s << u"d.M.yy"_s;
    for (const QString &format : std::as_const(formats)) {
        const QDate date = locale.toDate(text, format, 2000);
        if (date.isValid())
            return date.toString(Qt::ISODate);
    }
    return {};
}

} // namespace Recoupe
