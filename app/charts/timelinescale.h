#pragma once

#include <QDateTime>
#include <QList>

namespace Recoupe {

class TimelineModel;

// Time along a timeline's x axis, in years (2025.5 is the middle of 2025). Every year from the
// first figure's to the last one's is a band one unit wide, except runs of two or more years with
// no figure at all, which shrink to one narrow break band: a single pledge for 2030 must not push
// five years of figures into a corner of the chart. Piecewise linear, so spans stay spans.
class TimelineScale
{
public:
    struct Band {
        int firstYear = 0;
        int lastYear = 0;   // equal to firstYear except for a break
        double start = 0;   // x of 1 January of firstYear
        double end = 0;     // x of 1 January after lastYear
        bool isBreak = false;
        bool operator==(const Band &) const = default;
    };

    // Width of a break band, in years.
    static constexpr double breakWidth = 0.45;

    TimelineScale() = default;
    // The years that hold a figure (a point, or any year a multi-year pledge covers).
    explicit TimelineScale(QList<int> usedYears);
    // The years of the model's rows (every series).
    static TimelineScale fromModel(const TimelineModel &model);

    bool isValid() const { return !m_bands.isEmpty(); }
    double map(const QDateTime &dateTime) const;
    double map(const QDate &date) const; // noon
    // dayFraction: the time of day, 0 (midnight) to 1.
    double map(const QDate &date, double dayFraction) const;
    double minimum() const { return m_bands.isEmpty() ? 0 : m_bands.constFirst().start; }
    double maximum() const { return m_bands.isEmpty() ? 1 : m_bands.constLast().end; }
    const QList<Band> &bands() const { return m_bands; }
    bool hasBreak() const;

    bool operator==(const TimelineScale &) const = default;

private:
    QList<Band> m_bands;
};

} // namespace Recoupe
