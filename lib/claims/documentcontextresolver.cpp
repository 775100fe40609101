#include "claims/documentcontextresolver.h"

#include <QHash>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

bool sameAmount(double a, double b)
{
    return a == b || std::abs(a - b) <= 0.01 * std::max(std::abs(a), std::abs(b));
}

// Both ends of two amounts within 1 %.
bool sameAmounts(const Claim &a, const Claim &b)
{
    return sameAmount(a.low, b.low) && sameAmount(a.high, b.high);
}

bool sameFigure(const Claim &a, const Claim &b)
{
    return a.entity == b.entity && a.metric == b.metric && a.currency == b.currency && a.unit == b.unit && a.kind == b.kind
        && sameAmounts(a, b);
}

// Claims bucketed by their rounded low amount (high, for byHighAmount), so that the same-figure
// rules compare a claim with the few of the same amount only.
QHash<qint64, QList<qsizetype>> byAmount(const QList<ClaimDraft> &drafts, bool high = false)
{
    QHash<qint64, QList<qsizetype>> buckets;
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        const double low = high ? drafts.at(i).claim.high : drafts.at(i).claim.low;
        if (std::isfinite(low) && !drafts.at(i).contextOnly)
            buckets[qint64(std::llround(std::log10(std::max(std::abs(low), 1e-9)) * 100))].append(i);
    }
    return buckets;
}

QList<qsizetype> candidates(const QHash<qint64, QList<qsizetype>> &buckets, double low)
{
    if (!std::isfinite(low))
        return {};
    // Within 1 % is within about half a hundredth of a decade: look at the two neighbours too.
    const qint64 key = qint64(std::llround(std::log10(std::max(std::abs(low), 1e-9)) * 100));
    // An amount an article states more often than this says nothing about which entity, period
    // or currency its other statements share; and lending among them would cost the square of
    // their number (a text of 10,000 identical figures). Counted before anything is copied: a
    // copy of the buckets for each of their claims is that square already.
    constexpr qsizetype MostRestatements = 64;
    qsizetype count = 0;
    for (qint64 k = key - 1; k <= key + 1; ++k)
        count += buckets.value(k).size();
    if (count > MostRestatements)
        return {};
    QList<qsizetype> result;
    result.reserve(count);
    for (qint64 k = key - 1; k <= key + 1; ++k)
        result += buckets.value(k);
    return result;
}

// "jusqu'à 185 milliards" beside "entre 175 et 185 milliards": a bound that is one end of a
// range the article gives for the same thing restates that range.
bool boundOfRange(const Claim &bound, const Claim &range)
{
    if (range.qualifier != Qualifier::Range || bound.entity != range.entity || bound.metric != range.metric
        || bound.currency != range.currency || bound.unit != range.unit || bound.kind != range.kind)
        return false;
    if (bound.qualifier == Qualifier::AtMost)
        return sameAmount(bound.high, range.high);
    if (bound.qualifier == Qualifier::AtLeast)
        return sameAmount(bound.low, range.low);
    return false;
}

void lendSameFigurePeriods(QList<ClaimDraft> &drafts, const QHash<qint64, QList<qsizetype>> &buckets,
                           const QHash<qint64, QList<qsizetype>> &highBuckets)
{
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        ClaimDraft &draft = drafts[i];
        Claim &claim = draft.claim;
        if (!claim.period.isEmpty() || draft.periodStated || draft.timeless || draft.contextOnly || claim.entity.isEmpty())
            continue;
        QString period;
        qsizetype from = -1;
        bool agree = true;
        // The period of each statement of the figure: lent only when they all agree.
        const auto consider = [&](qsizetype j) {
            const QString &otherPeriod = drafts.at(j).claim.period;
            if (period.isEmpty()) {
                period = otherPeriod;
                from = j;
            } else if (period != otherPeriod) {
                agree = false;
            }
        };
        for (qsizetype j : candidates(buckets, claim.low)) {
            const Claim &other = drafts.at(j).claim;
            if (j != i && !other.period.isEmpty() && sameFigure(claim, other))
                consider(j);
        }
        if (from < 0 && (claim.qualifier == Qualifier::AtMost || claim.qualifier == Qualifier::AtLeast)) {
            const bool top = claim.qualifier == Qualifier::AtMost;
            for (qsizetype j : candidates(top ? highBuckets : buckets, top ? claim.high : claim.low)) {
                const Claim &other = drafts.at(j).claim;
                if (j != i && !other.period.isEmpty() && !drafts.at(j).contextOnly && boundOfRange(claim, other))
                    consider(j);
            }
        }
        if (agree && from >= 0) {
            claim.period = period;
            const Claim &source = drafts.at(from).claim;
            claim.resolution.period = FieldResolution{FieldSource::SameFigure, source.sentenceStart, source.sentenceEnd};
        }
    }
}

void preferFiscalYears(QList<ClaimDraft> &drafts, const QHash<qint64, QList<qsizetype>> &buckets)
{
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        Claim &claim = drafts[i].claim;
        if (drafts.at(i).contextOnly)
            continue;
        // A headline's "$25 billion this quarter" read against the date is a calendar quarter; the
        // body's "in its fiscal second quarter" says which one in the company's terms.
        if (claim.resolution.period.source == FieldSource::PublicationDate && claim.period.contains(u'Q')) {
            for (qsizetype j : candidates(buckets, claim.low)) {
                const Claim &other = drafts.at(j).claim;
                if (j != i && other.period.startsWith(u"FY"_s) && other.period.contains(u'Q') && sameFigure(claim, other)
                    && other.resolution.period.source != FieldSource::PublicationDate) {
                    claim.period = other.period;
                    claim.resolution.period = FieldResolution{FieldSource::SameFigure, other.sentenceStart, other.sentenceEnd};
                    break;
                }
            }
            continue;
        }
        if (claim.period.size() != 4)
            continue;
        const QString fiscal = u"FY"_s + claim.period;
        for (qsizetype j : candidates(buckets, claim.low)) {
            const Claim &other = drafts.at(j).claim;
            if (j != i && other.period == fiscal && sameFigure(claim, other)) {
                claim.period = fiscal;
                claim.resolution.period = FieldResolution{FieldSource::SameFigure, other.sentenceStart, other.sentenceEnd};
                break;
            }
        }
    }
}

void continueParagraphs(QList<ClaimDraft> &drafts)
{
    // The period in force in the current paragraph for each entity ("" for a period stated about
    // no one in particular), and the draft that set it.
    QHash<QString, qsizetype> lastDated;
    // The quarter each results sentence set, which outlives the paragraph periods stated after it.
    QHash<QString, qsizetype> resultsQuarters;
    int paragraph = -1;
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        ClaimDraft &draft = drafts[i];
        if (draft.paragraph != paragraph) {
            paragraph = draft.paragraph;
            // A results article reports on one quarter: a quarter stated in a sentence about the
            // results frames the paragraphs after it too ("Meta a publié ses comptes du deuxième
            // trimestre 2025." then, lower, "La publicité rapporte 40 milliards"); a year, a
            // span or a quarter stated with one figure does not.
            lastDated = resultsQuarters;
        }
        Claim &claim = draft.claim;
        if (draft.contextOnly) {
            lastDated.insert(claim.entity, i);
            if (claim.period.contains(u'Q'))
                resultsQuarters.insert(claim.entity, i);
            else
                resultsQuarters.remove(claim.entity);
            continue;
        }
        if (claim.entity.isEmpty() || draft.timeless)
            continue;
        if (draft.periodStated) {
            if (draft.comparedYear) {
                auto found = lastDated.constFind(claim.entity);
                if (found == lastDated.cend())
                    found = lastDated.constFind(QString());
                if (found != lastDated.cend() && drafts.at(*found).claim.period.startsWith(claim.period + u"-Q"_s)) {
                    const Claim &source = drafts.at(*found).claim;
                    claim.period = source.period;
                    claim.resolution.period = FieldResolution{FieldSource::Paragraph, source.sentenceStart, source.sentenceEnd};
                }
            }
            lastDated.insert(claim.entity, i);
            continue;
        }
        // "contre 18 milliards": the earlier figure is not the paragraph's period's. A figure dated by
        // its restatement elsewhere ("The $200 billion plan") dates the figures after it.
        if (!claim.period.isEmpty() && claim.resolution.period.source == FieldSource::SameFigure && !claim.previous)
            lastDated.insert(claim.entity, i);
        if (!claim.period.isEmpty() || claim.previous)
            continue;
        auto found = lastDated.constFind(claim.entity);
        const auto general = lastDated.constFind(QString());
        if (found == lastDated.cend() || (general != lastDated.cend() && *general > *found))
            found = general;
        if (found == lastDated.cend())
            continue;
        const Claim &source = drafts.at(*found).claim;
        claim.period = source.period;
        if (draft.fullYear && claim.period.contains(u"-Q"_s))
            claim.period = claim.period.left(claim.period.indexOf(u"-Q"_s));
        claim.resolution.period = FieldResolution{FieldSource::Paragraph, source.sentenceStart, source.sentenceEnd};
    }
}

// A money figure that nothing in its sentence describes ("That $90 billion beat every forecast",
// "Des milliers d'emplois, 40 milliards d'euros...") is what the article says the same
// figure is elsewhere, else what the article's figures about its entity are.
void inferMetrics(QList<ClaimDraft> &drafts, const QHash<qint64, QList<qsizetype>> &buckets)
{
    QHash<QString, QHash<QString, int>> metricsOfEntity;
    for (const ClaimDraft &draft : std::as_const(drafts)) {
        const Claim &claim = draft.claim;
        if (!draft.contextOnly && !draft.metricGuessed && claim.isMoney() && claim.kind == MoneyKind::None)
            ++metricsOfEntity[claim.entity][claim.metric];
    }
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        ClaimDraft &draft = drafts[i];
        if (!draft.metricGuessed)
            continue;
        Claim &claim = draft.claim;
        bool found = false;
        for (qsizetype j : candidates(buckets, claim.low)) {
            const ClaimDraft &other = drafts.at(j);
            if (j == i || other.metricGuessed || other.claim.entity != claim.entity || other.claim.currency != claim.currency
                || !sameAmounts(other.claim, claim))
                continue;
            claim.metric = other.claim.metric;
            claim.kind = other.claim.kind;
            claim.resolution.metric = FieldResolution{FieldSource::SameFigure, other.claim.sentenceStart, other.claim.sentenceEnd};
            found = true;
            break;
        }
        if (found)
            continue;
        const QHash<QString, int> metrics = metricsOfEntity.value(claim.entity);
        QString best;
        int count = 0;
        for (auto it = metrics.cbegin(); it != metrics.cend(); ++it) {
            if (it.value() > count || (it.value() == count && it.key() < best)) {
                best = it.key();
                count = it.value();
            }
        }
        if (!best.isEmpty()) {
            claim.metric = best;
            claim.resolution.metric.source = FieldSource::MainEntity;
        }
    }
}

bool weakEntity(const Claim &claim)
{
    const FieldSource source = claim.resolution.entity.source;
    return claim.entity.isEmpty() || source == FieldSource::MainEntity || source == FieldSource::PreviousSentence;
}

// "Autrement dit, 300 milliards de dollars, c'est ...": a figure whose
// sentence names no one is about whoever the article gives the same amount to elsewhere.
void lendSameFigureEntities(QList<ClaimDraft> &drafts, const QHash<qint64, QList<qsizetype>> &buckets)
{
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        Claim &claim = drafts[i].claim;
        if (drafts.at(i).contextOnly || !weakEntity(claim))
            continue;
        QString entity;
        qsizetype from = -1;
        bool agree = true;
        for (qsizetype j : candidates(buckets, claim.low)) {
            const Claim &other = drafts.at(j).claim;
            if (j == i || drafts.at(j).contextOnly || weakEntity(other) || other.currency != claim.currency || other.unit != claim.unit
                || !sameAmounts(other, claim))
                continue;
            // "le bénéfice net dépasse les 100 Md$" is not another company's 100 Md$ of capex.
            if (!drafts.at(i).metricGuessed && !drafts.at(j).metricGuessed && other.metric != claim.metric)
                continue;
            if (entity.isEmpty()) {
                entity = other.entity;
                from = j;
            } else if (entity != other.entity) {
                agree = false;
            }
        }
        if (agree && from >= 0) {
            const Claim &source = drafts.at(from).claim;
            claim.entity = entity;
            claim.members = source.members;
            claim.resolution.entity = FieldResolution{FieldSource::SameFigure, source.sentenceStart, source.sentenceEnd};
        }
    }
}

// "InvestAI, le plan européen de 80 milliards d'euros" then "Bruxelles engage 80 milliards
// d'euros": an investment the article gives to a programme once is the programme's wherever its
// sponsor is named with the same amount.
void lendProjects(QList<ClaimDraft> &drafts, const QHash<qint64, QList<qsizetype>> &buckets)
{
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        ClaimDraft &draft = drafts[i];
        Claim &claim = draft.claim;
        if (draft.contextOnly || draft.projectEntity || claim.metric != u"capex"_s)
            continue;
        for (qsizetype j : candidates(buckets, claim.low)) {
            const ClaimDraft &other = drafts.at(j);
            if (j == i || !other.projectEntity || other.claim.metric != u"capex"_s || other.claim.currency != claim.currency
                || !sameAmounts(other.claim, claim))
                continue;
            claim.entity = other.claim.entity;
            claim.members.clear();
            claim.resolution.entity = FieldResolution{FieldSource::SameFigure, other.claim.sentenceStart, other.claim.sentenceEnd};
            draft.projectEntity = true;
            break;
        }
    }
}

// "Berlin Plans 30 Billion Chip Push" then "€30 billion": an amount whose currency the
// article had not stated yet takes the one the same number has elsewhere in it.
void lendCurrencies(QList<ClaimDraft> &drafts, const QHash<qint64, QList<qsizetype>> &buckets)
{
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        Claim &claim = drafts[i].claim;
        if (drafts.at(i).contextOnly || !claim.currency.isEmpty() || !claim.unit.isEmpty())
            continue;
        for (qsizetype j : candidates(buckets, claim.low)) {
            const Claim &other = drafts.at(j).claim;
            if (j != i && !other.currency.isEmpty() && sameAmounts(other, claim)) {
                claim.currency = other.currency;
                claim.resolution.currency = FieldResolution{FieldSource::SameFigure, other.start, other.end};
                break;
            }
        }
    }
}

} // namespace

void DocumentContextResolver::resolve(QList<ClaimDraft> &drafts)
{
    const QHash<qint64, QList<qsizetype>> buckets = byAmount(drafts);
    const QHash<qint64, QList<qsizetype>> highBuckets = byAmount(drafts, true);
    lendCurrencies(drafts, buckets);
    lendSameFigureEntities(drafts, buckets);
    inferMetrics(drafts, buckets);
    lendProjects(drafts, buckets);
    lendSameFigurePeriods(drafts, buckets, highBuckets);
    preferFiscalYears(drafts, buckets);
    continueParagraphs(drafts);
    // A figure restated later in the paragraph may now lend the period it took from its paragraph.
    lendSameFigurePeriods(drafts, buckets, highBuckets);
}

} // namespace Recoupe
