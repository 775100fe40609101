#include "models/timelinemodel.h"

#include "corpus/documenttexts.h"

#include <QLocale>
#include <QSet>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

QDateTime noon(const QDate &date)
{
    return date.isValid() ? QDateTime(date, QTime(12, 0)) : QDateTime();
}

QString billions(double value)
{
    // Two decimals at most, and none that say nothing ("65", "39.23", "26.3").
    return QLocale::c().toString(value / 1e9, 'f', 2).remove(QRegularExpression(u"\\.?0+$"_s));
}

QString currencySymbol(const QString &currency, bool *prefix)
{
    *prefix = true;
    if (currency == "USD"_L1)
        return u"$"_s;
    if (currency == "EUR"_L1)
        return u"€"_s;
    if (currency == "GBP"_L1)
        return u"£"_s;
    *prefix = false;
    return currency;
}

// How far apart (in days) claims at the same x are spread: enough for two markers and their
// labels not to cover each other on a chart about a thousand pixels wide; never out of their period.
int spreadStep(qint64 rangeDays)
{
    return int(std::clamp<qint64>(rangeDays / 35, 3, 45));
}

} // namespace

bool TimelineEntry::isHedged() const
{
    return claim.qualifier == Qualifier::Approx || claim.qualifier == Qualifier::AtLeast
        || claim.qualifier == Qualifier::AtMost;
}

bool TimelineEntry::isSubYear() const
{
    // A quarter is about 91 days, a half-year 181, a (fiscal) year 365.
    return span.isValid() && !drawnAsSpan && span.first.daysTo(span.last) < 300;
}

double TimelineEntry::value() const
{
    return (low + high) / 2;
}

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TimelineModel::setResults(const QList<Document> &documents, const ClaimList &claims, const QList<ClaimGroup> &groups,
                               const TimelineOptions &options)
{
    beginResetModel();
    m_documents = documents;
    m_claims = claims;
    m_groups = groups;
    m_options = options;
    rebuild();
    endResetModel();
}

void TimelineModel::setOptions(const TimelineOptions &options)
{
    beginResetModel();
    m_options = options;
    rebuild();
    endResetModel();
}

void TimelineModel::clear()
{
    setResults({}, {}, {}, m_options);
}

TimelineModel::Layout TimelineModel::layOut(const QList<Document> &documents, const ClaimList &claims, const QList<ClaimGroup> &groups,
                                            const TimelineOptions &options)
{
    Layout layout = layOutClaims(documents, claims, options);
    markDiscrepancies(layout, groups);
    return layout;
}

void TimelineModel::markDiscrepancies(Layout &layout, const QList<ClaimGroup> &groups)
{
    // Claims that a disagreement names; revisions are news, not errors, so they are not flagged.
    QHash<QString, QStringList> discrepancies;
    for (const ClaimGroup &group : std::as_const(groups)) {
        if (group.verdict != Verdict::Discrepancy)
            continue;
        for (const DiscrepancyReason &reason : group.reasons) {
            if (reason.kind == "revision"_L1)
                continue;
            const QStringList &involved = reason.claims.isEmpty() ? group.claims : reason.claims;
            for (const QString &claim : involved)
                discrepancies[claim].append(reason.explanation);
        }
    }
    if (discrepancies.isEmpty())
        return;
    // A disagreement named on any copy of a repeated figure is the point's.
    const auto mark = [&discrepancies](TimelineEntry &entry) {
        entry.discrepancyExplanations = discrepancies.value(entry.claim.id());
        for (const QString &repeat : std::as_const(entry.repeats)) {
            for (const QString &explanation : discrepancies.value(repeat)) {
                if (!entry.discrepancyExplanations.contains(explanation))
                    entry.discrepancyExplanations.append(explanation);
            }
        }
        entry.discrepancy = !entry.discrepancyExplanations.isEmpty();
    };
    for (TimelineEntry &entry : layout.entries)
        mark(entry);
    for (TimelineEntry &entry : layout.unplaced)
        mark(entry);
}

TimelineModel::Layout TimelineModel::layOutClaims(const QList<Document> &documentList, const ClaimList &claims, const TimelineOptions &options)
{
    Layout layout;

    const DocumentTexts documents(documentList);
    // One point per article, series, period and amount: an article that repeats its figure (a
    // headline, then the body) is one source saying it once, not four identical points.
    QHash<QString, QList<qsizetype>> sameFigure;

    const bool guidance = options.mode == TimelineOptions::Mode::Guidance;
    for (const Claim &claim : std::as_const(claims)) {
        if (claim.metric != options.metric)
            continue;
        if (!options.entity.isEmpty() && claim.entity.compare(options.entity, Qt::CaseInsensitive) != 0)
            continue;
        if (guidance && !options.period.isEmpty() && claim.period != options.period)
            continue;
        TimelineEntry entry;
        entry.claim = claim;
        const Document *document = documents.document(claim.document);
        const QString &text = documents.text(claim.document);
        entry.quote = claim.quote(text);
        entry.sentence = claim.shownSentence(text);
        if (document) {
            entry.documentTitle = document->title.isEmpty() ? document->id : document->title;
            entry.documentDate = document->date;
        } else {
            entry.documentTitle = claim.document;
        }
        const QString entity = claim.entity.isEmpty() ? tr("Unattributed") : claim.entity.toString();
        entry.series = entity; // also what the lists of unplaced figures show

        entry.low = claim.low;
        entry.high = claim.high;
        if (claim.currency != options.currency) {
            const auto low = options.rates.convert(claim.low, claim.currency, options.currency, entry.documentDate);
            const auto high = options.rates.convert(claim.high, claim.currency, options.currency, entry.documentDate);
            if (!low || !high) {
                entry.placement = TimelineEntry::Placement::NoExchangeRate;
                layout.unplaced.append(entry);
                continue;
            }
            entry.low = *low;
            entry.high = *high;
            entry.rate = options.rates.rate(claim.currency != "EUR"_L1 ? claim.currency.toString() : options.currency, entry.documentDate);
        }

        if (guidance) {
            entry.x = QDate::fromString(entry.documentDate.left(10), Qt::ISODate);
            if (!entry.x.isValid() && entry.documentDate.size() == 7) // YYYY-MM: the middle of the month
                entry.x = QDate::fromString(entry.documentDate + u"-15"_s, Qt::ISODate);
            if (!entry.x.isValid()) {
                entry.placement = TimelineEntry::Placement::NoDate;
                layout.unplaced.append(entry);
                continue;
            }
            entry.series = options.period.isEmpty() && !claim.period.isEmpty() ? entity + u" · "_s + claim.period : entity;
            if (claim.period.isEmpty()) {
                entry.placement = TimelineEntry::Placement::NoPeriod;
                layout.unplaced.append(entry);
                continue;
            }
        } else {
            entry.span = options.calendar.span(claim.entity, claim.period);
            if (!entry.span.isValid()) {
                entry.placement = TimelineEntry::Placement::NoPeriod;
                layout.unplaced.append(entry);
                continue;
            }
            entry.x = entry.span.middle();
            entry.drawnAsSpan = entry.span.first.daysTo(entry.span.last) > 400;
            if (entry.isSubYear()) {
                ++layout.subYear;
                if (!options.subYearPeriods) {
                    ++layout.hiddenSubYear;
                    continue;
                }
            }
        }
        // Candidates by their words; the amounts compared exactly (no number printed to a key).
        const QString figure = claim.document % QChar(0x1f) % entry.series % QChar(0x1f) % claim.period % QChar(0x1f) % claim.currency
            % QChar(0x1f) % QChar(u'0' + int(claim.qualifier));
        QList<qsizetype> &candidates = sameFigure[figure];
        const auto same = std::find_if(candidates.cbegin(), candidates.cend(), [&](qsizetype index) {
            const Claim &kept = layout.entries.at(index).claim;
            return kept.low == claim.low && kept.high == claim.high;
        });
        if (same != candidates.cend()) {
            TimelineEntry &kept = layout.entries[*same];
            kept.repeats.append(claim.id());
            continue;
        }
        candidates.append(layout.entries.size());
        layout.entries.append(entry);
    }

    std::stable_sort(layout.entries.begin(), layout.entries.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        const int bySeries = a.series.compare(b.series, Qt::CaseInsensitive);
        if (bySeries != 0)
            return bySeries < 0;
        if (a.x != b.x)
            return a.x < b.x;
        if (a.documentDate != b.documentDate)
            return a.documentDate < b.documentDate;
        return a.claim.id() < b.claim.id();
    });

    // Sources: the articles of the rows, by publication date (undated last), then title.
    QList<const TimelineEntry *> bySource;
    for (const TimelineEntry &entry : std::as_const(layout.entries))
        bySource.append(&entry);
    std::stable_sort(bySource.begin(), bySource.end(), [](const TimelineEntry *a, const TimelineEntry *b) {
        const bool aDated = !a->documentDate.isEmpty();
        const bool bDated = !b->documentDate.isEmpty();
        if (aDated != bDated)
            return aDated;
        if (a->documentDate != b->documentDate)
            return a->documentDate < b->documentDate;
        return a->documentTitle < b->documentTitle;
    });
    QHash<QString, int> numberOf;
    for (const TimelineEntry *entry : std::as_const(bySource)) {
        if (numberOf.contains(entry->claim.document))
            continue;
        const int number = int(layout.sources.size()) + 1;
        numberOf.insert(entry->claim.document, number);
        layout.sources.append(TimelineSource{number, entry->claim.document, entry->documentTitle, entry->documentDate});
    }

    // Claims at the same x are spread around it, in row order (series, then publication date),
    // within the range of days the whole chart covers.
    const DateSpan range = dateRangeOf(layout.entries);
    const int step = spreadStep(range.isValid() ? range.first.daysTo(range.last) : 365);
    QHash<QDate, QList<int>> rowsAt;
    for (int row = 0; row < layout.entries.size(); ++row)
        rowsAt[layout.entries.at(row).x].append(row);
    for (auto it = rowsAt.cbegin(); it != rowsAt.cend(); ++it) {
        const QList<int> &rows = it.value();
        int localStep = step;
        const TimelineEntry &first = layout.entries.at(rows.constFirst());
        if (first.span.isValid() && rows.size() > 1) // stay well inside the period
            localStep = std::min<int>(step, int(first.span.first.daysTo(first.span.last) * 0.8 / (rows.size() - 1)));
        for (int i = 0; i < rows.size(); ++i) {
            const double offset = (i - (rows.size() - 1) / 2.0) * localStep;
            layout.entries[rows.at(i)].plotX = it.key().addDays(qint64(std::lround(offset)));
        }
    }

    for (int row = 0; row < layout.entries.size(); ++row) {
        TimelineEntry &entry = layout.entries[row];
        entry.sourceNumber = numberOf.value(entry.claim.document);
        layout.rowOfClaim.insert(entry.claim.id(), row);
        for (const QString &repeat : std::as_const(entry.repeats))
            layout.rowOfClaim.insert(repeat, row);
    }
    return layout;
}

void TimelineModel::apply(Layout layout)
{
    m_entries = std::move(layout.entries);
    m_unplaced = std::move(layout.unplaced);
    m_sources = std::move(layout.sources);
    m_rowOfClaim = std::move(layout.rowOfClaim);
    m_hiddenSubYear = layout.hiddenSubYear;
    m_subYear = layout.subYear;
}

void TimelineModel::rebuild()
{
    apply(layOut(m_documents, m_claims, m_groups, m_options));
}

void TimelineModel::setResults(const QList<Document> &documents, const ClaimList &claims, const QList<ClaimGroup> &groups,
                               const TimelineOptions &options, Layout layout)
{
    beginResetModel();
    m_documents = documents;
    m_claims = claims;
    m_groups = groups;
    m_options = options;
    apply(std::move(layout));
    endResetModel();
}

const TimelineEntry *TimelineModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int TimelineModel::rowOfClaim(const QString &claimId) const
{
    return m_rowOfClaim.value(claimId, -1);
}

QList<TimelineEntry> TimelineModel::noPeriodEntries(qsizetype limit) const
{
    QList<TimelineEntry> result;
    for (const TimelineEntry &entry : m_unplaced) {
        if (limit >= 0 && result.size() >= limit)
            break;
        if (entry.placement == TimelineEntry::Placement::NoPeriod)
            result.append(entry);
    }
    return result;
}

qsizetype TimelineModel::noPeriodCount() const
{
    return std::count_if(m_unplaced.cbegin(), m_unplaced.cend(),
                         [](const TimelineEntry &entry) { return entry.placement == TimelineEntry::Placement::NoPeriod; });
}

// Both lists are asked for on every change of the Timeline's choices: one pass over the claims
// each, with a set of what is already listed (a search of the list was quadratic in a large folder).
QStringList TimelineModel::entities() const
{
    QSet<QString> listed;
    for (const Claim &claim : m_claims) {
        if (claim.metric == m_options.metric && !claim.entity.isEmpty())
            listed.insert(claim.entity);
    }
    QStringList result(listed.cbegin(), listed.cend());
    result.sort(Qt::CaseInsensitive);
    return result;
}

QStringList TimelineModel::periods(const QString &entity) const
{
    QSet<QString> listed;
    for (const Claim &claim : m_claims) {
        if (claim.metric != m_options.metric || claim.period.isEmpty() || claim.entity.isEmpty())
            continue;
        if (!entity.isEmpty() && claim.entity.compare(entity, Qt::CaseInsensitive) != 0)
            continue;
        listed.insert(claim.period);
    }
    QStringList result(listed.cbegin(), listed.cend());
    result.sort();
    return result;
}

QStringList TimelineModel::seriesNames() const
{
    QStringList result;
    for (const TimelineEntry &entry : m_entries) {
        if (result.isEmpty() || result.constLast() != entry.series)
            result.append(entry.series);
    }
    return result;
}

std::pair<int, int> TimelineModel::seriesRows(const QString &series) const
{
    int first = -1;
    int count = 0;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).series == series) {
            if (first < 0)
                first = row;
            ++count;
        }
    }
    return {first, count};
}

DateSpan TimelineModel::dateRange() const
{
    return dateRangeOf(m_entries);
}

DateSpan TimelineModel::dateRangeOf(const QList<TimelineEntry> &entries)
{
    DateSpan range;
    for (const TimelineEntry &entry : entries) {
        const QDate first = entry.drawnAsSpan ? entry.span.first : entry.x;
        const QDate last = entry.drawnAsSpan ? entry.span.last : entry.x;
        if (!range.first.isValid() || first < range.first)
            range.first = first;
        if (!range.last.isValid() || last > range.last)
            range.last = last;
    }
    return range;
}

QString TimelineModel::amountText(double low, double high, const QString &currency, Qualifier qualifier)
{
    bool prefix = true;
    const QString symbol = currencySymbol(currency, &prefix);
    const bool millions = std::max(std::abs(low), std::abs(high)) < 1e9;
    const auto number = [millions](double value) {
        return millions ? QLocale::c().toString(value / 1e6, 'f', 2).remove(QRegularExpression(u"\\.?0+$"_s)) : billions(value);
    };
    QString figure = number(low);
    if (high != low)
        figure += u"–"_s + number(high);
    figure += millions ? u"m"_s : u"bn"_s;
    figure = prefix ? QString(symbol + figure) : QString(figure + u' ' + symbol);
    switch (qualifier) {
    case Qualifier::Approx:
        return u"~"_s + figure;
    case Qualifier::AtLeast:
        return u">"_s + figure;
    case Qualifier::AtMost:
        return u"<"_s + figure;
    case Qualifier::Exact:
    case Qualifier::Range:
        break;
    }
    return figure;
}

QString TimelineModel::metricTitle() const
{
    if (m_options.metric == "capex"_L1)
        return tr("Capital expenditure");
    if (m_options.metric == "revenue"_L1)
        return tr("Revenue");
    if (m_options.metric == "net_income"_L1)
        return tr("Net income");
    return m_options.metric;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &entry = m_entries.at(index.row());
    const Claim &claim = entry.claim;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ClaimColumn:
            return claim.id();
        case SeriesColumn:
            return entry.series;
        case PeriodColumn:
            return claim.period;
        case DateColumn:
            return entry.x;
        case PlotDateColumn:
            return noon(entry.plotX); // a QDateTime: QVXYModelMapper turns it into milliseconds
        case LowColumn:
            return entry.low / 1e9;
        case HighColumn:
            return entry.high / 1e9;
        case ValueColumn:
            return entry.value() / 1e9;
        case AmountColumn:
            return amountText(claim.low, claim.high, claim.currency, claim.qualifier);
        case QualifierColumn:
            return qualifierName(claim.qualifier);
        case DiscrepancyColumn:
            return entry.discrepancy ? tr("yes") : QString();
        case SourceColumn:
            return u"[%1] %2"_s.arg(entry.sourceNumber).arg(entry.documentTitle);
        case SourceDateColumn:
            return entry.documentDate;
        case QuoteColumn:
            return entry.quote;
        }
        return {};
    case Qt::ToolTipRole:
        return entry.sentence.isEmpty() ? entry.quote : entry.sentence;
    case EntryRole:
        return QVariant::fromValue(entry);
    case ClaimIdRole:
        return claim.id();
    case EntityRole:
        return claim.entity;
    case SeriesRole:
        return entry.series;
    case PeriodRole:
        return claim.period;
    case XRole:
        return noon(entry.x);
    case PlotXRole:
        return noon(entry.plotX);
    case SpanStartRole:
        return entry.drawnAsSpan ? noon(entry.span.first) : QDateTime();
    case SpanEndRole:
        return entry.drawnAsSpan ? noon(entry.span.last) : QDateTime();
    case IsSpanRole:
        return entry.drawnAsSpan;
    case LowRole:
        return entry.low;
    case HighRole:
        return entry.high;
    case ValueRole:
        return entry.value();
    case IsRangeRole:
        return entry.isRange();
    case OriginalLowRole:
        return claim.low;
    case OriginalHighRole:
        return claim.high;
    case OriginalCurrencyRole:
        return claim.currency;
    case OriginalAmountRole:
        return amountText(claim.low, claim.high, claim.currency, claim.qualifier);
    case CurrencyRole:
        return m_options.currency;
    case QualifierRole:
        return qualifierName(claim.qualifier);
    case IsHedgedRole:
        return entry.isHedged();
    case IsDiscrepancyRole:
        return entry.discrepancy;
    case DiscrepancyTextRole:
        return entry.discrepancyExplanations.join(u'\n');
    case DocumentIdRole:
        return claim.document;
    case DocumentTitleRole:
        return entry.documentTitle;
    case DocumentDateRole:
        return entry.documentDate;
    case SourceNumberRole:
        return entry.sourceNumber;
    case QuoteRole:
        return entry.quote;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool guidance = m_options.mode == TimelineOptions::Mode::Guidance;
    switch (section) {
    case ClaimColumn:
        return tr("Claim");
    case SeriesColumn:
        return guidance ? tr("Series") : tr("Entity");
    case PeriodColumn:
        return tr("Period");
    case DateColumn:
        return guidance ? tr("Published") : tr("Date");
    case PlotDateColumn:
        return tr("Plotted at");
    case LowColumn:
        return tr("Low (%1 bn)").arg(m_options.currency);
    case HighColumn:
        return tr("High (%1 bn)").arg(m_options.currency);
    case ValueColumn:
        return tr("Value (%1 bn)").arg(m_options.currency);
    case AmountColumn:
        return tr("As stated");
    case QualifierColumn:
        return tr("Qualifier");
    case DiscrepancyColumn:
        return tr("Discrepancy");
    case SourceColumn:
        return tr("Source");
    case SourceDateColumn:
        return tr("Source date");
    case QuoteColumn:
        return tr("Quote");
    }
    return {};
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{EntryRole, "entry"},
                  {ClaimIdRole, "claimId"},
                  {EntityRole, "entity"},
                  {SeriesRole, "series"},
                  {PeriodRole, "period"},
                  {XRole, "x"},
                  {PlotXRole, "plotX"},
                  {SpanStartRole, "spanStart"},
                  {SpanEndRole, "spanEnd"},
                  {IsSpanRole, "isSpan"},
                  {LowRole, "low"},
                  {HighRole, "high"},
                  {ValueRole, "value"},
                  {IsRangeRole, "isRange"},
                  {OriginalLowRole, "originalLow"},
                  {OriginalHighRole, "originalHigh"},
                  {OriginalCurrencyRole, "originalCurrency"},
                  {OriginalAmountRole, "originalAmount"},
                  {CurrencyRole, "currency"},
                  {QualifierRole, "qualifier"},
                  {IsHedgedRole, "isHedged"},
                  {IsDiscrepancyRole, "isDiscrepancy"},
                  {DiscrepancyTextRole, "discrepancyText"},
                  {DocumentIdRole, "documentId"},
                  {DocumentTitleRole, "documentTitle"},
                  {DocumentDateRole, "documentDate"},
                  {SourceNumberRole, "sourceNumber"},
                  {QuoteRole, "quote"}});
    return names;
}

} // namespace Recoupe
