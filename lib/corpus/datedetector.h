#pragma once

#include <QString>
#include <QStringView>

namespace Recoupe {

// Finds the date of an article, as ISO "YYYY-MM-DD" or "YYYY-MM", in the places where news
// text states it: metadata values, header lines ("date: 2025-01-30", "Date : 30 janvier 2025"),
// a dateline or a dated signature ("30 janvier 2025", "le 1er février 2025", "January 30, 2025",
// "30 January 2025"). Every function returns an empty string when it finds nothing valid.
class DateDetector
{
public:
    // A metadata value: "2025-01-30T10:00:00+01:00", "2025-01-30", "2025/01/30", "2025-01",
    // or a written date ("Thu, 30 Jan 2025 10:00:00 GMT", "30 janvier 2025").
    static QString fromMetadataValue(QStringView value);

    // A header line near the top of a text or Markdown file: a date key ("date", "published",
    // "publié le", "date de publication"; any case), a colon (optional after "date" when an ISO
    // date follows, as in "date 2025-01 ..."), then a date. *consumed receives the length of
    // the line up to the end of the date (what follows may be the start of the article).
    static QString fromHeaderLine(QStringView line, qsizetype *consumed = nullptr);

    // The first date written out in full (day, month name, year, or ISO) in the region.
    static QString firstWrittenDate(QStringView region);
    // The last one.
    static QString lastWrittenDate(QStringView region);

    // A dateline near the start of the reading text, else a dated signature near its end.
    static QString fromText(QStringView text);

    // 1 to 12 for a French or English month name or its usual abbreviation ("févr", "Sept",
    // "aout"); 0 otherwise.
    static int monthNumber(QStringView name);
};

} // namespace Recoupe
