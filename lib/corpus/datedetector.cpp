#include "corpus/datedetector.h"

#include <QDate>
#include <QRegularExpression>

#include <array>
#include <optional>

namespace Recoupe {

namespace {

using namespace Qt::StringLiterals;

struct FoundDate {
    QString date;
    qsizetype start = 0; // in the region
    qsizetype end = 0;
};

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

int digitsValue(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i)
        value = value * 10 + (text[i].unicode() - u'0');
    return value;
}

bool isSpace(QChar c)
{
    return c.isSpace(); // includes no-break and narrow no-break spaces, common in French dates
}

QString isoDate(int year, int month, int day)
{
    if (day > 0) {
        if (!QDate(year, month, day).isValid())
            return {};
        return QString::asprintf("%04d-%02d-%02d", year, month, day);
    }
    if (month < 1 || month > 12)
        return {};
    return QString::asprintf("%04d-%02d", year, month);
}

bool plausibleYear(int year)
{
    return year >= 1900 && year <= 2099;
}

// "2025-01-30", "2025/01/30", "2025-01" at `from`: the ISO date and where it ends.
std::optional<FoundDate> isoDateAt(QStringView text, qsizetype from)
{
    const qsizetype n = text.size();
    if (from + 7 > n)
        return std::nullopt;
    for (qsizetype i = from; i < from + 4; ++i) {
        if (!isDigit(text[i]))
            return std::nullopt;
    }
    const QChar separator = text[from + 4];
    if (separator != u'-' && separator != u'/')
        return std::nullopt;
    if (!isDigit(text[from + 5]) || !isDigit(text[from + 6]))
        return std::nullopt;
    const int year = digitsValue(text, from, 4);
    const int month = digitsValue(text, from + 5, 2);
    if (!plausibleYear(year))
        return std::nullopt;
    qsizetype end = from + 7;
    int day = 0;
    if (end + 3 <= n && text[end] == separator && isDigit(text[end + 1]) && isDigit(text[end + 2])) {
        day = digitsValue(text, end + 1, 2);
        end += 3;
    }
    if (end < n && isDigit(text[end]))
        return std::nullopt;
    const QString date = isoDate(year, month, day);
    if (date.isEmpty())
        return std::nullopt;
    return FoundDate{date, from, end};
}

// The day and month written just before a year: "30 janvier ", "1er février ", "January 30, ",
// "Jan. 30 ", "30 Jan ". Anchored at the end of the window, which stops where the year starts.
const QRegularExpression &dayMonthBeforeYear()
{
    static const QRegularExpression expression(
        uR"((?:(?<!\d)(\d{1,2})(?:er|st|nd|rd|th)?[\s\x{a0}\x{202f}]+(\p{L}{3,9})\.?,?[\s\x{a0}\x{202f}]+)"
        uR"(|(?<!\p{L})(\p{L}{3,9})\.?[\s\x{a0}\x{202f}]+(\d{1,2})(?:st|nd|rd|th)?,?[\s\x{a0}\x{202f}]+)\z)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return expression;
}

// Every full date of the region, in order. Years are found by a plain scan, and only the few
// characters before each are matched against the expression: most of a text is never looked at
// by the regular expression, which keeps this cheap on large folders.
template<typename Visitor>
void scanDates(QStringView region, Visitor &&visit)
{
    const qsizetype n = region.size();
    for (qsizetype i = 0; i + 4 <= n; ++i) {
        if (!isDigit(region[i]) || (i > 0 && isDigit(region[i - 1])))
            continue;
        if (!isDigit(region[i + 1]) || !isDigit(region[i + 2]) || !isDigit(region[i + 3])
            || (i + 4 < n && isDigit(region[i + 4]) )) {
            continue;
        }
        const int year = digitsValue(region, i, 4);
        if (!plausibleYear(year))
            continue;
        if (i + 4 < n && (region[i + 4] == u'-' || region[i + 4] == u'/')) {
            if (const auto iso = isoDateAt(region, i); iso && iso->date.size() == 10) {
                if (!visit(*iso))
                    return;
                i = iso->end - 1;
                continue;
            }
        }
        const qsizetype windowStart = std::max<qsizetype>(0, i - 40);
        const QStringView window = region.sliced(windowStart, i - windowStart);
        const QRegularExpressionMatch match = dayMonthBeforeYear().matchView(window);
        if (!match.hasMatch())
            continue;
        const bool dayFirst = match.capturedLength(1) > 0;
        const int day = match.capturedView(dayFirst ? 1 : 4).toInt();
        const int month = DateDetector::monthNumber(match.capturedView(dayFirst ? 2 : 3));
        if (month == 0)
            continue;
        const QString date = isoDate(year, month, day);
        if (date.isEmpty())
            continue;
        if (!visit(FoundDate{date, windowStart + match.capturedStart(0), i + 4}))
            return;
    }
}

std::optional<FoundDate> firstDate(QStringView region)
{
    std::optional<FoundDate> found;
    scanDates(region, [&found](const FoundDate &date) {
        found = date;
        return false;
    });
    return found;
}

QStringView skipSpacesAndEmphasis(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && (isSpace(text[i]) || text[i] == u'*' || text[i] == u'_'))
        ++i;
    return text.sliced(i);
}

} // namespace

int DateDetector::monthNumber(QStringView name)
{
    struct Month {
        QStringView name;
        int number;
    };
    static constexpr Month months[] = {
        {u"janvier", 1}, {u"janv", 1}, {u"january", 1}, {u"jan", 1},
        {u"février", 2}, {u"fevrier", 2}, {u"févr", 2}, {u"fevr", 2}, {u"february", 2}, {u"feb", 2},
        {u"mars", 3}, {u"march", 3}, {u"mar", 3},
        {u"avril", 4}, {u"avr", 4}, {u"april", 4}, {u"apr", 4},
        {u"mai", 5}, {u"may", 5},
        {u"juin", 6}, {u"june", 6}, {u"jun", 6},
        {u"juillet", 7}, {u"juil", 7}, {u"july", 7}, {u"jul", 7},
        {u"août", 8}, {u"aout", 8}, {u"august", 8}, {u"aug", 8},
        {u"septembre", 9}, {u"sept", 9}, {u"september", 9}, {u"sep", 9},
        {u"octobre", 10}, {u"october", 10}, {u"oct", 10},
        {u"novembre", 11}, {u"november", 11}, {u"nov", 11},
        {u"décembre", 12}, {u"decembre", 12}, {u"déc", 12}, {u"december", 12}, {u"dec", 12},
        {u"fév", 2}, {u"fev", 2},
    };
    for (const Month &month : months) {
        if (name.compare(month.name, Qt::CaseInsensitive) == 0)
            return month.number;
    }
    return 0;
}

QString DateDetector::fromMetadataValue(QStringView value)
{
    value = value.trimmed();
    if (const auto iso = isoDateAt(value, 0))
        return iso->date;
    return firstWrittenDate(value.first(std::min<qsizetype>(value.size(), 80)));
}

QString DateDetector::fromHeaderLine(QStringView line, qsizetype *consumed)
{
    // Longest first, so that "publié le" is not read as "publié" followed by "le".
    static constexpr std::array<QStringView, 12> keys{{
        u"date de publication", u"publication date", u"date published", u"mis en ligne le",
        u"published on", u"publié le", u"publie le", u"posted on", u"published", u"publié",
        u"publie", u"date",
    }};
    const QStringView rest = skipSpacesAndEmphasis(line);
    QStringView afterKey;
    bool found = false;
    for (QStringView key : keys) {
        if (rest.size() >= key.size() && rest.first(key.size()).compare(key, Qt::CaseInsensitive) == 0
            && (rest.size() == key.size() || !rest[key.size()].isLetter())) {
            afterKey = rest.sliced(key.size());
            found = true;
            break;
        }
    }
    if (!found)
        return {};
    QStringView value = skipSpacesAndEmphasis(afterKey);
    if (value.startsWith(u':'))
        value = skipSpacesAndEmphasis(value.sliced(1));

    const qsizetype valueOffset = line.size() - value.size();
    if (const auto iso = isoDateAt(value, 0)) {
        if (consumed)
            *consumed = valueOffset + iso->end;
        return iso->date;
    }
    // A written date may follow a weekday ("jeudi 30 janvier 2025", "Thursday, January 30, 2025").
    const auto written = firstDate(value.first(std::min<qsizetype>(value.size(), 48)));
    if (!written || written->start > 12)
        return {};
    if (consumed)
        *consumed = valueOffset + written->end;
    return written->date;
}

QString DateDetector::firstWrittenDate(QStringView region)
{
    const auto found = firstDate(region);
    return found ? found->date : QString();
}

QString DateDetector::lastWrittenDate(QStringView region)
{
    QString last;
    scanDates(region, [&last](const FoundDate &date) {
        last = date.date;
        return true;
    });
    return last;
}

QString DateDetector::fromText(QStringView text)
{
    // A dateline sits in the first lines, a signature in the last ones; a date in between is
    // more likely an event the article reports than the day it was written.
    constexpr qsizetype region = 1500;
    if (QString date = firstWrittenDate(text.first(std::min(text.size(), region))); !date.isEmpty())
        return date;
    if (text.size() > region)
        return lastWrittenDate(text.last(std::min(text.size() - region, region)));
    return {};
}

} // namespace Recoupe
