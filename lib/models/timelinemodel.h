#pragma once

#include "claims/claim.h"
#include "compare/claimgroup.h"
#include "compare/exchangeratetable.h"
#include "compare/fiscalcalendar.h"
#include "corpus/document.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace Recoupe {

// What a timeline shows; the rates and fiscal calendar travel with it so that a test or a user
// table can replace the built-in ones.
struct TimelineOptions {
    enum class Mode {
        Timeline, // x: where the claim's period falls (one point per claim)
        Guidance, // x: the article's publication date, for one entity and period: how guidance moved
    };
    // How a chart draws the series: all on one chart, or one small chart per series in a grid
    // that shares the time axis (small multiples: each entity keeps a readable scale).
    enum class Layout {
        Single,
        Grid,
    };
    Mode mode = Mode::Timeline;
    Layout layout = Layout::Single;
    QString metric = QStringLiteral("capex");
    QString currency = QStringLiteral("USD"); // amounts are converted into it at each article's date
    QString entity;                           // empty: every entity found
    QString period;                           // Guidance: the period followed; empty: every period
    // Timeline mode: figures of a quarter or a half-year beside the years. A quarter's $17bn is
    // not comparable with a year's $65bn: a chart draws them with another marker, and they can
    // be left out (the rows then hold the years and longer periods only).
    bool subYearPeriods = true;
    ExchangeRateTable rates = ExchangeRateTable::builtin();
    FiscalCalendar calendar = FiscalCalendar::builtin();
};

// One claim of the chosen metric as a timeline places it (or says why it could not).
struct TimelineEntry {
    enum class Placement {
        Placed,
        NoPeriod,       // the article gives no period: listed apart, never guessed
        NoDate,         // guidance mode only: the article has no publication date
        NoExchangeRate, // the claim's currency cannot be converted
    };
    Claim claim;             // as extracted: original amount, currency, period
    QString quote;           // the claim's quote and sentence, from its document's text
    QString sentence;
    Placement placement = Placement::Placed;
    QString series;          // what a chart draws together: the entity, or "entity · period" (guidance)
    QDate x;                 // where the figure belongs: the middle of its period, or the publication date
    DateSpan span;           // the days the period covers (invalid in guidance mode)
    bool drawnAsSpan = false; // a multi-year pledge, drawn from span.first to span.last
    // x moved by a few days so that claims at the same place stay apart on a chart; x itself
    // stays true. A date: data() gives it at noon, local time (what QDateTimeAxis plots), made
    // when asked for (a QDateTime in local time costs a time-zone lookup, thousands of times).
    QDate plotX;
    double low = 0;          // converted into TimelineOptions::currency, in units (not billions)
    double high = 0;
    ExchangeRate rate;       // used for the conversion (invalid when none was needed)
    bool discrepancy = false; // a disagreement of ClaimGrouper involves this claim
    QStringList discrepancyExplanations;
    QString documentTitle;
    QString documentDate;
    int sourceNumber = 0;    // 1-based number of the article among the chart's sources; 0 if unplaced
    // Other claims of the same article with the same series, period and amount (a headline that
    // the body repeats): one point stands for all of them, rowOfClaim() finds it from each.
    QStringList repeats;

    bool isRange() const { return claim.qualifier == Qualifier::Range || low != high; }
    bool isHedged() const;   // approx, at least, at most
    // Timeline mode: the period is shorter than a year (a quarter, a half-year).
    bool isSubYear() const;
    double value() const;    // where a point sits: the middle of a range, else the amount
    bool operator==(const TimelineEntry &) const = default;
};

} // namespace Recoupe

// As Claim: a growing list of entries is reallocated in place, not copied beside itself (the
// layout of a large folder appends thousands of them on a worker).
Q_DECLARE_TYPEINFO(Recoupe::TimelineEntry, Q_RELOCATABLE_TYPE);

namespace Recoupe {

// An article that a timeline cites, numbered in publication order.
struct TimelineSource {
    int number = 0;
    QString documentId;
    QString title;
    QString date;
    bool operator==(const TimelineSource &) const = default;
};

// The claims of one metric laid out in time, one row per placed claim, for a chart, a table and
// the exports alike (QVXYModelMapper reads PlotDateColumn and ValueColumn). Rows come by series
// (so that each series is a contiguous block of rows), then by x. Claims without a period (or,
// in guidance mode, without a dated article) are not rows: unplacedEntries() lists them.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ClaimColumn,
        SeriesColumn,
        PeriodColumn,
        DateColumn,     // QDate: x
        PlotDateColumn, // QDateTime: x spread apart (what a chart plots)
        LowColumn,      // double: billions of the chosen currency
        HighColumn,
        ValueColumn,    // double: billions, the point's height
        AmountColumn,   // the amount as the article states it ("~$65bn", "€72bn")
        QualifierColumn,
        DiscrepancyColumn,
        SourceColumn,   // "[n] title"
        SourceDateColumn,
        QuoteColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        EntryRole = Qt::UserRole, // TimelineEntry
        ClaimIdRole,
        EntityRole,
        SeriesRole,
        PeriodRole,
        XRole,              // QDateTime (noon, local time) of x
        PlotXRole,          // QDateTime
        SpanStartRole,      // QDateTime; invalid unless IsSpanRole
        SpanEndRole,
        IsSpanRole,
        LowRole,            // double, converted, units
        HighRole,
        ValueRole,
        IsRangeRole,
        OriginalLowRole,    // double, as written
        OriginalHighRole,
        OriginalCurrencyRole,
        OriginalAmountRole, // QString, as AmountColumn
        CurrencyRole,       // the chosen currency
        QualifierRole,      // "exact", "approx", ...
        IsHedgedRole,
        IsDiscrepancyRole,
        DiscrepancyTextRole,
        DocumentIdRole,
        DocumentTitleRole,
        DocumentDateRole,
        SourceNumberRole,
        QuoteRole,
    };
    Q_ENUM(Role)

    // The rows and lists a model shows for given results and options, computed apart from any
    // model: a pure function, safe on a worker thread (the window lays a large folder out there
    // and hands the result to setResults()).
    struct Layout {
        QList<TimelineEntry> entries;
        QList<TimelineEntry> unplaced;
        QList<TimelineSource> sources;
        QHash<QString, int> rowOfClaim;
        int hiddenSubYear = 0;
        int subYear = 0;
    };
    static Layout layOut(const QList<Document> &documents, const ClaimList &claims, const QList<ClaimGroup> &groups,
                         const TimelineOptions &options);
    // layOut() in two halves: what the claims alone decide (the window starts it beside the
    // grouping), then the disagreements the groups name, marked on the points and the figures
    // left off.
    static Layout layOutClaims(const QList<Document> &documents, const ClaimList &claims, const TimelineOptions &options);
    static void markDiscrepancies(Layout &layout, const QList<ClaimGroup> &groups);

    explicit TimelineModel(QObject *parent = nullptr);

    void setResults(const QList<Document> &documents, const ClaimList &claims, const QList<ClaimGroup> &groups,
                    const TimelineOptions &options = {});
    // The same with the layout of exactly these results and options, made by layOut() elsewhere.
    void setResults(const QList<Document> &documents, const ClaimList &claims, const QList<ClaimGroup> &groups,
                    const TimelineOptions &options, Layout layout);
    // Lays the same results out again (another entity, currency or mode).
    void setOptions(const TimelineOptions &options);
    void clear();

    const TimelineOptions &options() const { return m_options; }
    const QList<TimelineEntry> &entries() const { return m_entries; }
    const TimelineEntry *entryAt(int row) const;
    int rowOfClaim(const QString &claimId) const;
    // Claims of the metric (and entity, period) that are not rows, with the reason.
    const QList<TimelineEntry> &unplacedEntries() const { return m_unplaced; }
    // Those whose article states no period ("no period stated"), the first limit of them when
    // limit is not negative, and how many there are: thousands in a large folder, each a claim
    // and its sentence, which the window counts at each analysis and lists only when seen.
    QList<TimelineEntry> noPeriodEntries(qsizetype limit = -1) const;
    qsizetype noPeriodCount() const;
    // How many figures of a quarter or a half-year options().subYearPeriods leaves out (0 when
    // they are shown), and how many there are in all.
    int hiddenSubYearCount() const { return m_hiddenSubYear; }
    int subYearCount() const { return m_subYear; }
    // Every entity with at least one claim of the metric, sorted (for a picker), whatever the filter.
    QStringList entities() const;
    // The periods stated for an entity (empty: for any of entities()) and the metric, for the
    // guidance picker.
    QStringList periods(const QString &entity) const;
    // Series names in row order; each is one contiguous block of rows.
    QStringList seriesNames() const;
    // First row and row count of a series; {-1, 0} when unknown.
    std::pair<int, int> seriesRows(const QString &series) const;
    // The articles of the rows, numbered 1..n by publication date.
    const QList<TimelineSource> &sources() const { return m_sources; }
    // The earliest and latest day any row covers (spans included); invalid when empty.
    DateSpan dateRange() const;

    // "$60–65bn", "~€72bn", ">$100bn" (a figure for labels and tooltips; not translated: symbols).
    static QString amountText(double low, double high, const QString &currency, Qualifier qualifier);
    QString metricTitle() const; // "Capital expenditure", in the UI language

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void rebuild();
    void apply(Layout layout);
    static DateSpan dateRangeOf(const QList<TimelineEntry> &entries);

    QList<Document> m_documents;
    ClaimList m_claims;
    QList<ClaimGroup> m_groups;
    TimelineOptions m_options;

    QList<TimelineEntry> m_entries;
    QList<TimelineEntry> m_unplaced;
    QList<TimelineSource> m_sources;
    QHash<QString, int> m_rowOfClaim;
    int m_hiddenSubYear = 0;
    int m_subYear = 0;
};

} // namespace Recoupe

Q_DECLARE_METATYPE(Recoupe::TimelineEntry)
