#include "timelinescale.h"

#include "models/timelinemodel.h"

#include <algorithm>

namespace Recoupe {

TimelineScale::TimelineScale(QList<int> usedYears)
{
    std::sort(usedYears.begin(), usedYears.end());
    usedYears.erase(std::unique(usedYears.begin(), usedYears.end()), usedYears.end());
    if (usedYears.isEmpty())
        return;
    const auto used = [&usedYears](int year) { return std::binary_search(usedYears.cbegin(), usedYears.cend(), year); };
    double x = usedYears.constFirst();
    for (int year = usedYears.constFirst(); year <= usedYears.constLast(); ++year) {
        if (used(year)) {
            m_bands.append(Band{year, year, x, x + 1, false});
            x += 1;
            continue;
        }
        int last = year;
        while (!used(last + 1))
            ++last;
        // One empty year stays: a gap of a year is information. Longer ones are cut short.
        const bool cut = last > year;
        const double width = cut ? breakWidth : 1;
        m_bands.append(Band{year, last, x, x + width, cut});
        x += width;
        year = last;
    }
}

TimelineScale TimelineScale::fromModel(const TimelineModel &model)
{
    QList<int> years;
    for (const TimelineEntry &entry : model.entries()) {
        years.append(entry.x.year());
        // A figure at the turn of a year (the middle of a fiscal year ending in June) shows both.
        if (entry.x.daysTo(QDate(entry.x.year() + 1, 1, 1)) <= 45)
            years.append(entry.x.year() + 1);
        if (QDate(entry.x.year(), 1, 1).daysTo(entry.x) < 45)
            years.append(entry.x.year() - 1);
        if (entry.plotX.isValid())
            years.append(entry.plotX.year());
        if (entry.drawnAsSpan) {
            for (int year = entry.span.first.year(); year <= entry.span.last.year(); ++year)
                years.append(year);
        }
    }
    return TimelineScale(years);
}

double TimelineScale::map(const QDate &date) const
{
    // Noon: the middle of the day.
    return map(date, 0.5);
}

double TimelineScale::map(const QDateTime &dateTime) const
{
    if (!dateTime.isValid())
        return 0;
    // The wall-clock date and time as written, without a time zone: QDateTime's conversions to
    // milliseconds (local time, mktime) cost more than the rest of a chart's layout together.
    return map(dateTime.date(), dateTime.time().msecsSinceStartOfDay() / 86'400'000.0);
}

double TimelineScale::map(const QDate &date, double dayFraction) const
{
    if (m_bands.isEmpty() || !date.isValid())
        return 0;
    const int year = date.year();
    // The first band that ends at or after the year (bands are in order and cover every year).
    auto band = std::lower_bound(m_bands.cbegin(), m_bands.cend(), year, [](const Band &each, int value) { return each.lastYear < value; });
    if (band == m_bands.cend())
        band = m_bands.cend() - 1;
    if (year < band->firstYear)
        band = m_bands.cbegin();
    const double from = double(QDate(band->firstYear, 1, 1).toJulianDay());
    const double to = double(QDate(band->lastYear + 1, 1, 1).toJulianDay());
    const double fraction = (double(date.toJulianDay()) + dayFraction - from) / (to - from);
    return band->start + fraction * (band->end - band->start);
}

bool TimelineScale::hasBreak() const
{
    return std::any_of(m_bands.cbegin(), m_bands.cend(), [](const Band &band) { return band.isBreak; });
}

} // namespace Recoupe
