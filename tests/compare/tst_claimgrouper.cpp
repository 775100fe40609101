// ClaimGrouper on claims built here: every reason kind, the tolerances (hedges, ranges,
// rounding), conversion at the article's date, revision against error, undated claims and a
// document repeating itself.
#include "compare/claimgrouper.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

// "62 EUR", "60-65 USD", "~80 USD", ">70 EUR", "<65 USD", "1.3e6 GPU", "1.6 %"
Claim makeClaim(const QString &document, int n, const QString &entity, const QString &metric, const QString &period,
                const QString &figure)
{
    Claim claim;
    claim.number = n;
    claim.document = document;
    claim.entity = entity;
    claim.metric = metric;
    claim.period = period;
    claim.start = n * 10;
    QString text = figure;
    if (text.startsWith(u'~')) {
        claim.qualifier = Qualifier::Approx;
        text.remove(0, 1);
    } else if (text.startsWith(u'>')) {
        claim.qualifier = Qualifier::AtLeast;
        text.remove(0, 1);
    } else if (text.startsWith(u'<')) {
        claim.qualifier = Qualifier::AtMost;
        text.remove(0, 1);
    }
    const QStringList parts = text.split(u' ');
    const QString unitOrCurrency = parts.value(1);
    const QStringList bounds = parts.at(0).split(u'-');
    claim.low = bounds.at(0).toDouble();
    claim.high = bounds.value(1, bounds.at(0)).toDouble();
    if (bounds.size() == 2)
        claim.qualifier = Qualifier::Range;
    if (unitOrCurrency == "EUR"_L1 || unitOrCurrency == "USD"_L1 || unitOrCurrency == "GBP"_L1) {
        claim.currency = unitOrCurrency;
        claim.low *= 1e9; // money figures here are in billions
        claim.high *= 1e9;
    } else {
        claim.unit = unitOrCurrency;
    }
    claim.end = claim.start + figure.size();
    return claim;
}

Document makeDocument(const QString &id, const QString &date)
{
    Document document;
    document.id = document.path = id;
    document.date = date;
    return document;
}

const ClaimGroup *findGroup(const QList<ClaimGroup> &groups, const QString &entity, const QString &metric, const QString &period)
{
    for (const ClaimGroup &group : groups) {
        if (group.key == GroupKey{entity, metric, period})
            return &group;
    }
    return nullptr;
}

QStringList kinds(const ClaimGroup &group)
{
    QStringList result;
    for (const DiscrepancyReason &reason : group.reasons)
        result.append(reason.kind);
    return result;
}

QString describe(const QList<ClaimGroup> &groups)
{
    QString text;
    for (const ClaimGroup &group : groups) {
        text += verdictName(group.verdict) + u' ' + group.key.entity + u'/' + group.key.metric + u'/' + group.key.period + u' '
            + group.claims.join(u',') + u'\n';
        for (const DiscrepancyReason &reason : group.reasons)
            text += u"  "_s + reason.kind + u": "_s + reason.explanation + u'\n';
    }
    return text;
}

} // namespace

class TestClaimGrouper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_documents = {makeDocument(u"a.txt"_s, u"2025-01"_s), makeDocument(u"b.txt"_s, u"2025-01"_s),
                       makeDocument(u"c.txt"_s, u"2025-01"_s), makeDocument(u"d.txt"_s, u"2025-01"_s),
                       makeDocument(u"later.txt"_s, u"2025-04"_s)};
    }

    // Two articles of the same month give one figure each for the same thing.
    void pairVerdict_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QString>("kind"); // empty: they agree

        QTest::newRow("nearly 80 and 80") << u"~80 USD"_s << u"80 USD"_s << u"capex"_s << QString();
        QTest::newRow("about 80 and 84") << u"~80 USD"_s << u"84 USD"_s << u"capex"_s << QString();
        QTest::newRow("about 80 and 90") << u"~80 USD"_s << u"90 USD"_s << u"capex"_s << u"value_mismatch"_s;
        QTest::newRow("more than 70 and 75") << u">70 USD"_s << u"75 USD"_s << u"capex"_s << QString();
        QTest::newRow("more than 70 and 60") << u">70 USD"_s << u"60 USD"_s << u"capex"_s << u"value_mismatch"_s;
        QTest::newRow("up to 65 and 62") << u"<65 USD"_s << u"62 USD"_s << u"capex"_s << QString();
        QTest::newRow("up to 65 and 70") << u"<65 USD"_s << u"70 USD"_s << u"capex"_s << u"value_mismatch"_s;
        QTest::newRow("inside a range") << u"60-65 USD"_s << u"64 USD"_s << u"capex"_s << QString();
        QTest::newRow("outside a range") << u"60-65 USD"_s << u"68 USD"_s << u"capex"_s << u"value_mismatch"_s;
        QTest::newRow("overlapping ranges") << u"60-65 USD"_s << u"64-72 USD"_s << u"capex"_s << QString();
        QTest::newRow("disjoint ranges") << u"38-40 USD"_s << u"45-50 USD"_s << u"capex"_s << u"value_mismatch"_s;
        QTest::newRow("rounding: 62 and 62.4") << u"62 USD"_s << u"62.4 USD"_s << u"capex"_s << QString();
        QTest::newRow("62 and 64") << u"62 USD"_s << u"64 USD"_s << u"capex"_s << u"value_mismatch"_s;
        QTest::newRow("converted: 62 EUR within 60 to 65 USD") << u"62 EUR"_s << u"60-65 USD"_s << u"capex"_s << QString();
        QTest::newRow("converted: 100 EUR and 104 USD") << u"100 EUR"_s << u"104 USD"_s << u"capex"_s << QString();
        QTest::newRow("converted: 35 EUR below 38 to 40 USD") << u"35 EUR"_s << u"38-40 USD"_s << u"capex"_s << u"value_mismatch"_s;
        QTest::newRow("converted: 100 EUR and 110 USD") << u"100 EUR"_s << u"110 USD"_s << u"capex"_s << u"value_mismatch"_s;
        QTest::newRow("same number, other currency") << u"500 EUR"_s << u"500 USD"_s << u"capex"_s << u"currency_swap"_s;
        QTest::newRow("swap though converted values agree") << u"~80 EUR"_s << u"~80 USD"_s << u"capex"_s << u"currency_swap"_s;
        QTest::newRow("1.3 and 1.33 million GPUs") << u"1300000 GPU"_s << u"1330000 GPU"_s << u"gpus"_s << QString();
        QTest::newRow("1.3 and 2 million GPUs") << u"1300000 GPU"_s << u"2000000 GPU"_s << u"gpus"_s << u"quantity_mismatch"_s;
        QTest::newRow("at least 1.3 million GPUs and 1.3 million") << u">1300000 GPU"_s << u"1300000 GPU"_s << u"gpus"_s << QString();
        QTest::newRow("1000 MW and 1 GW") << u"1000 MW"_s << u"1 GW"_s << u"power_gw"_s << QString();
        QTest::newRow("1 GW and 2 GW") << u"1 GW"_s << u"2 GW"_s << u"power_gw"_s << u"quantity_mismatch"_s;
        QTest::newRow("1 % and 1.6 %") << u"1 %"_s << u"1.6 %"_s << u"stock_move_pct"_s << u"percentage_mismatch"_s;
        QTest::newRow("1.6 % and 1.6 %") << u"1.6 %"_s << u"1.6 %"_s << u"stock_move_pct"_s << QString();
    }

    void pairVerdict()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, metric);
        QFETCH(QString, kind);
        const ClaimList claims{makeClaim(u"a.txt"_s, 1, u"Meta"_s, metric, u"2025"_s, first),
                               makeClaim(u"b.txt"_s, 1, u"Meta"_s, metric, u"2025"_s, second)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        QCOMPARE(groups.size(), 1);
        const ClaimGroup &group = groups.first();
        QCOMPARE(group.claims, (QStringList{u"a.txt#1"_s, u"b.txt#1"_s}));
        QCOMPARE(group.documents, (QStringList{u"a.txt"_s, u"b.txt"_s}));
        if (kind.isEmpty()) {
            QVERIFY2(group.reasons.isEmpty(), qPrintable(describe(groups)));
            QCOMPARE(group.verdict, Verdict::Agree);
        } else {
            QCOMPARE(group.verdict, Verdict::Discrepancy);
            QCOMPARE(kinds(group), QStringList{kind});
            QCOMPARE(group.reasons.first().claims, (QStringList{u"a.txt#1"_s, u"b.txt#1"_s}));
            QVERIFY(!group.reasons.first().explanation.isEmpty());
        }
    }

    // A hedged figure joins the figures it fits; one that fits none contradicts the main figure.
    void hedgesJoinTheFiguresTheyFit()
    {
        const ClaimList claims{makeClaim(u"a.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"60 USD"_s),
                               makeClaim(u"b.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"60 USD"_s),
                               makeClaim(u"c.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"90 USD"_s),
                               makeClaim(u"d.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u">85 USD"_s),
                               makeClaim(u"d.txt"_s, 2, u"Meta"_s, u"capex"_s, u"2025"_s, u"<50 USD"_s),
                               makeClaim(u"c.txt"_s, 2, u"Meta"_s, u"capex"_s, u"2025"_s, u">55 USD"_s)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(kinds(groups.first()), (QStringList{u"value_mismatch"_s, u"value_mismatch"_s}));
        // "at least 55" fits the main figure (60): it is not reported.
        QCOMPARE(groups.first().reasons.at(0).claims,
                 (QStringList{u"a.txt#1"_s, u"b.txt#1"_s, u"c.txt#1"_s, u"c.txt#2"_s, u"d.txt#1"_s}));
        QCOMPARE(groups.first().reasons.at(1).claims,
                 (QStringList{u"a.txt#1"_s, u"b.txt#1"_s, u"c.txt#2"_s, u"d.txt#2"_s}));
    }

    void explanationsGiveFiguresAndSources()
    {
        const ClaimList claims{makeClaim(u"a.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2024"_s, u"35 EUR"_s),
                               makeClaim(u"b.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2024"_s, u"38-40 USD"_s),
                               makeClaim(u"c.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2024"_s, u"35 EUR"_s)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(kinds(groups.first()), QStringList{u"value_mismatch"_s});
        QCOMPARE(groups.first().reasons.first().explanation,
                 u"Different amounts: a.txt and c.txt: 35 billion euros; b.txt: 38 to 40 billion dollars. "
                 "At the January 2025 average rate, 35 billion euros is about 36.2 billion dollars. "
                 "The amounts cannot both be right."_s);
    }

    void currencySwapExplained()
    {
        const ClaimList claims{makeClaim(u"a.txt"_s, 1, u"Stargate"_s, u"capex"_s, {}, u"500 EUR"_s),
                               makeClaim(u"b.txt"_s, 1, u"Stargate"_s, u"capex"_s, {}, u"500 USD"_s),
                               makeClaim(u"c.txt"_s, 1, u"Stargate"_s, u"capex"_s, {}, u"500 EUR"_s)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        QCOMPARE(groups.size(), 1);
        // The swap explains the gap between the converted values: no value_mismatch besides it.
        QCOMPARE(kinds(groups.first()), QStringList{u"currency_swap"_s});
        const QString explanation = groups.first().reasons.first().explanation;
        QVERIFY2(explanation.contains(u"a.txt and c.txt: 500 billion euros; b.txt: 500 billion dollars"_s), qPrintable(explanation));
        QVERIFY2(explanation.contains(u"518 billion dollars"_s), qPrintable(explanation));
    }

    // A document writing one number in two currencies is not a swap between sources.
    void swapInsideOneDocumentIsNotFlagged()
    {
        const ClaimList claims{makeClaim(u"a.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"~65 USD"_s),
                               makeClaim(u"a.txt"_s, 2, u"Meta"_s, u"capex"_s, u"2025"_s, u"~65 EUR"_s)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().verdict, Verdict::Single);
        QVERIFY(groups.first().reasons.isEmpty());
    }

    void sameDocumentRepeatingItself()
    {
        const ClaimList claims{makeClaim(u"a.txt"_s, 1, u"Meta"_s, u"net_income"_s, {}, u"71.5 USD"_s),
                               makeClaim(u"a.txt"_s, 2, u"Meta"_s, u"net_income"_s, {}, u"71.5 USD"_s),
                               makeClaim(u"a.txt"_s, 3, u"Meta"_s, u"capex"_s, u"2025"_s, u"17 USD"_s),
                               makeClaim(u"a.txt"_s, 4, u"Meta"_s, u"capex"_s, u"2025"_s, u">17 USD"_s),
                               makeClaim(u"a.txt"_s, 5, u"Meta"_s, u"capex"_s, u"2025"_s, u"40 USD"_s)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        QCOMPARE(groups.size(), 2);
        for (const ClaimGroup &group : groups) {
            QCOMPARE(group.verdict, Verdict::Single);
            QVERIFY(group.reasons.isEmpty());
            QCOMPARE(group.documents, QStringList{u"a.txt"_s});
        }
    }

    // a.txt gives both figures; b.txt backs the first one: a.txt is not reported against b.txt.
    void sourceBackingTheMainFigureIsNotContradicted()
    {
        const ClaimList claims{makeClaim(u"a.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"62 EUR"_s),
                               makeClaim(u"a.txt"_s, 2, u"Meta"_s, u"capex"_s, u"2025"_s, u"35 EUR"_s),
                               makeClaim(u"b.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"62 EUR"_s)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().verdict, Verdict::Agree);
    }

    // a.txt puts in 2024 the amount that b.txt and c.txt give for 2025, while d.txt gives 2024 another one.
    void periodConflict()
    {
        const ClaimList claims{makeClaim(u"a.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2024"_s, u"62 EUR"_s),
                               makeClaim(u"a.txt"_s, 2, u"Meta"_s, u"capex"_s, u"2024"_s, u">62 EUR"_s),
                               makeClaim(u"b.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"62 EUR"_s),
                               makeClaim(u"c.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"60-65 USD"_s),
                               makeClaim(u"d.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2024"_s, u"38-40 USD"_s)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        QCOMPARE(groups.size(), 2);
        const ClaimGroup *year2024 = findGroup(groups, u"Meta"_s, u"capex"_s, u"2024"_s);
        const ClaimGroup *year2025 = findGroup(groups, u"Meta"_s, u"capex"_s, u"2025"_s);
        QVERIFY(year2024 && year2025);
        // The wrong year explains the gap with d.txt: one period_conflict, no value_mismatch.
        QCOMPARE(kinds(*year2024), QStringList{u"period_conflict"_s});
        QCOMPARE(kinds(*year2025), QStringList{u"period_conflict"_s});
        QCOMPARE(year2024->verdict, Verdict::Discrepancy);
        QCOMPARE(year2025->verdict, Verdict::Discrepancy);
        const DiscrepancyReason &reason = year2024->reasons.first();
        QCOMPARE(reason, year2025->reasons.first());
        QCOMPARE(reason.claims, (QStringList{u"a.txt#1"_s, u"a.txt#2"_s, u"b.txt#1"_s, u"c.txt#1"_s}));
        QVERIFY2(reason.explanation.contains(u"For 2024: a.txt: 62 billion euros."_s), qPrintable(reason.explanation));
        QVERIFY2(reason.explanation.contains(u"d.txt: 38 to 40 billion dollars"_s), qPrintable(reason.explanation));
        QVERIFY2(reason.explanation.contains(u"the period in a.txt is probably wrong"_s), qPrintable(reason.explanation));
    }

    // The same figure for two years, each from its own source, is a flat series, not a conflict.
    void sameAmountInTwoYearsWithoutContradiction()
    {
        const ClaimList claims{makeClaim(u"a.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2024"_s, u"50 USD"_s),
                               makeClaim(u"b.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"50 USD"_s)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        QCOMPARE(groups.size(), 2);
        for (const ClaimGroup &group : groups)
            QCOMPARE(group.verdict, Verdict::Single);
    }

    // One source's figure for calendar 2024 is another source's for fiscal 2025, which for
    // Microsoft runs from July 2024: nothing contradicts either in its own group, yet the periods
    // overlap and one of them is wrong.
    void sameAmountForOverlappingPeriods()
    {
        const ClaimList claims{makeClaim(u"a.txt"_s, 1, u"Microsoft"_s, u"capex"_s, u"2024"_s, u"80 USD"_s),
                               makeClaim(u"b.txt"_s, 1, u"Microsoft"_s, u"capex"_s, u"FY2025"_s, u"~80 USD"_s)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        QCOMPARE(groups.size(), 2);
        const ClaimGroup *calendar = findGroup(groups, u"Microsoft"_s, u"capex"_s, u"2024"_s);
        const ClaimGroup *fiscal = findGroup(groups, u"Microsoft"_s, u"capex"_s, u"FY2025"_s);
        QVERIFY(calendar && fiscal);
        QCOMPARE(kinds(*calendar), QStringList{u"period_conflict"_s});
        QCOMPARE(calendar->reasons, fiscal->reasons);
        QCOMPARE(calendar->reasons.first().claims, (QStringList{u"a.txt#1"_s, u"b.txt#1"_s}));
        QCOMPARE(calendar->verdict, Verdict::Discrepancy);
        QCOMPARE(fiscal->verdict, Verdict::Discrepancy);
    }

    // Guidance raised in a later article: revised, with both dates, not a discrepancy.
    void revision()
    {
        const ClaimList claims{makeClaim(u"a.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"60-65 USD"_s),
                               makeClaim(u"b.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"60-65 USD"_s),
                               makeClaim(u"later.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"64-72 USD"_s)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        QCOMPARE(groups.size(), 1);
        const ClaimGroup &group = groups.first();
        QCOMPARE(group.verdict, Verdict::Revised);
        QCOMPARE(kinds(group), QStringList{u"revision"_s});
        QCOMPARE(group.reasons.first().claims, (QStringList{u"a.txt#1"_s, u"b.txt#1"_s, u"later.txt#1"_s}));
        const QString explanation = group.reasons.first().explanation;
        QVERIFY2(explanation.contains(u"January 2025"_s) && explanation.contains(u"April 2025"_s), qPrintable(explanation));
        QVERIFY2(explanation.contains(u"64 to 72 billion dollars"_s), qPrintable(explanation));
    }

    void revisionOrError_data()
    {
        QTest::addColumn<QString>("firstDate");
        QTest::addColumn<QString>("secondDate");
        QTest::addColumn<QString>("second");
        QTest::addColumn<Verdict>("verdict");
        QTest::newRow("two weeks apart: error") << u"2025-01-05"_s << u"2025-01-20"_s << u"70 USD"_s << Verdict::Discrepancy;
        QTest::newRow("same month: error") << u"2025-01"_s << u"2025-01"_s << u"70 USD"_s << Verdict::Discrepancy;
        QTest::newRow("next month: error") << u"2025-01"_s << u"2025-02"_s << u"70 USD"_s << Verdict::Discrepancy;
        QTest::newRow("six weeks apart: revision") << u"2025-01-05"_s << u"2025-02-20"_s << u"70 USD"_s << Verdict::Revised;
        QTest::newRow("three months apart: revision") << u"2025-01"_s << u"2025-04"_s << u"70 USD"_s << Verdict::Revised;
        QTest::newRow("undated: error") << QString() << u"2025-04"_s << u"70 USD"_s << Verdict::Discrepancy;
        QTest::newRow("restated unchanged") << u"2025-01"_s << u"2025-06"_s << u"60 USD"_s << Verdict::Agree;
        // Exchange rates moved between January and July; the figure as written did not.
        QTest::newRow("restated unchanged in euros") << u"2025-01"_s << u"2025-07"_s << u"60 EUR"_s << Verdict::Agree;
    }

    void revisionOrError()
    {
        QFETCH(QString, firstDate);
        QFETCH(QString, secondDate);
        QFETCH(QString, second);
        QFETCH(Verdict, verdict);
        const QList<Document> documents{makeDocument(u"x.txt"_s, firstDate), makeDocument(u"y.txt"_s, secondDate)};
        const QString first = second.endsWith(u"EUR"_s) ? u"60 EUR"_s : u"60 USD"_s;
        const ClaimList claims{makeClaim(u"x.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, first),
                               makeClaim(u"y.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, second)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, documents);
        QCOMPARE(groups.size(), 1);
        QVERIFY2(groups.first().verdict == verdict, qPrintable(describe(groups)));
    }

    // Euro claims without a period join the fiscal 2025 dollar claim with the same number.
    void undatedClaimJoinsCompatiblePeriod()
    {
        const ClaimList claims{makeClaim(u"a.txt"_s, 1, u"Microsoft"_s, u"capex"_s, {}, u"~80 EUR"_s),
                               makeClaim(u"b.txt"_s, 1, u"Microsoft"_s, u"capex"_s, u"FY2025"_s, u"~80 USD"_s),
                               makeClaim(u"c.txt"_s, 1, u"Microsoft"_s, u"capex"_s, {}, u"~80 EUR"_s),
                               makeClaim(u"a.txt"_s, 2, u"Amazon"_s, u"capex"_s, {}, u">70 EUR"_s),
                               makeClaim(u"b.txt"_s, 2, u"Amazon"_s, u"capex"_s, u"2024"_s, u"~75 USD"_s)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        QCOMPARE(groups.size(), 2);
        const ClaimGroup *microsoft = findGroup(groups, u"Microsoft"_s, u"capex"_s, u"FY2025"_s);
        QVERIFY(microsoft);
        QCOMPARE(microsoft->claims, (QStringList{u"a.txt#1"_s, u"b.txt#1"_s, u"c.txt#1"_s}));
        QCOMPARE(kinds(*microsoft), QStringList{u"currency_swap"_s});
        const ClaimGroup *amazon = findGroup(groups, u"Amazon"_s, u"capex"_s, u"2024"_s);
        QVERIFY(amazon);
        QCOMPARE(amazon->verdict, Verdict::Agree);
    }

    // An undated figure that fits no period is no evidence against any: it stays apart.
    void undatedClaimThatFitsNoPeriodStaysApart()
    {
        const ClaimList claims{makeClaim(u"a.txt"_s, 1, u"Stargate"_s, u"capex"_s, {}, u"500 USD"_s),
                               makeClaim(u"b.txt"_s, 1, u"Stargate"_s, u"capex"_s, u"2025"_s, u"100 USD"_s),
                               makeClaim(u"c.txt"_s, 1, u"Stargate"_s, u"capex"_s, {}, u"500 USD"_s)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        QCOMPARE(groups.size(), 2);
        const ClaimGroup *undated = findGroup(groups, u"Stargate"_s, u"capex"_s, {});
        QVERIFY(undated);
        QCOMPARE(undated->verdict, Verdict::Agree);
        QCOMPARE(undated->claims, (QStringList{u"a.txt#1"_s, u"c.txt#1"_s}));
        QCOMPARE(findGroup(groups, u"Stargate"_s, u"capex"_s, u"2025"_s)->verdict, Verdict::Single);
    }

    // Undated figures are compared among themselves.
    void undatedClaimsComparedTogether()
    {
        const ClaimList claims{makeClaim(u"a.txt"_s, 1, u"Meta"_s, u"stock_move_pct"_s, {}, u"1 %"_s),
                               makeClaim(u"b.txt"_s, 1, u"Meta"_s, u"stock_move_pct"_s, {}, u"1.6 %"_s),
                               makeClaim(u"c.txt"_s, 1, u"Meta"_s, u"stock_move_pct"_s, {}, u"1 %"_s)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().key.period, QString());
        QCOMPARE(kinds(groups.first()), QStringList{u"percentage_mismatch"_s});
        QCOMPARE(groups.first().reasons.first().explanation,
                 u"Different percentages: a.txt and c.txt: 1%; b.txt: 1.6%. The figures cannot both be right."_s);
    }

    // With the same figure in two periods, an undated claim goes to the one nearest its article.
    void undatedClaimPrefersNearestPeriod()
    {
        const QList<Document> documents{makeDocument(u"a.txt"_s, u"2024-03"_s), makeDocument(u"b.txt"_s, u"2025-03"_s),
                                        makeDocument(u"c.txt"_s, u"2025-03"_s)};
        const ClaimList claims{makeClaim(u"a.txt"_s, 1, u"Meta"_s, u"users"_s, u"2024"_s, u"600000000 users"_s),
                               makeClaim(u"b.txt"_s, 1, u"Meta"_s, u"users"_s, u"2025"_s, u"600000000 users"_s),
                               makeClaim(u"c.txt"_s, 1, u"Meta"_s, u"users"_s, {}, u"600000000 users"_s)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, documents);
        const ClaimGroup *year2025 = findGroup(groups, u"Meta"_s, u"users"_s, u"2025"_s);
        QVERIFY(year2025);
        QCOMPARE(year2025->claims, (QStringList{u"b.txt#1"_s, u"c.txt#1"_s}));
    }

    void claimsWithoutEntityAreNotGrouped()
    {
        const ClaimList claims{makeClaim(u"a.txt"_s, 1, {}, u"other_money"_s, {}, u"3 USD"_s),
                               makeClaim(u"b.txt"_s, 1, {}, u"other_money"_s, {}, u"9 USD"_s)};
        QVERIFY(ClaimGrouper().group(claims, m_documents).isEmpty());
    }

    void orderDiscrepanciesFirst()
    {
        const ClaimList claims{makeClaim(u"a.txt"_s, 1, u"Alpha"_s, u"capex"_s, u"2025"_s, u"10 USD"_s),
                               makeClaim(u"b.txt"_s, 1, u"Alpha"_s, u"capex"_s, u"2025"_s, u"10 USD"_s),
                               makeClaim(u"a.txt"_s, 2, u"Beta"_s, u"capex"_s, u"2025"_s, u"10 USD"_s),
                               makeClaim(u"a.txt"_s, 3, u"Gamma"_s, u"capex"_s, u"2025"_s, u"10 USD"_s),
                               makeClaim(u"b.txt"_s, 3, u"Gamma"_s, u"capex"_s, u"2025"_s, u"20 USD"_s)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups.at(0).key.entity, u"Gamma"_s);
        QCOMPARE(groups.at(0).verdict, Verdict::Discrepancy);
        QCOMPARE(groups.at(1).verdict, Verdict::Agree);
        QCOMPARE(groups.at(2).verdict, Verdict::Single);
    }

    // A claim in a currency without rates is grouped but never compared.
    void unknownCurrencyIsNotCompared()
    {
        Claim yen = makeClaim(u"a.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"9000 USD"_s);
        yen.currency = u"JPY"_s;
        const ClaimList claims{yen, makeClaim(u"b.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"60 USD"_s),
                               makeClaim(u"c.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"60 USD"_s)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().claims.size(), 3);
        QCOMPARE(groups.first().verdict, Verdict::Agree);
    }

    void roundingTolerance_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("62 billion: floor") << 62e9 << 0.01;
        QTest::newRow("35 billion: half a billion") << 35e9 << 0.5 / 35;
        QTest::newRow("35: floor") << 35.0 << 0.5 / 35;
        QTest::newRow("48.4 billion: floor") << 48.4e9 << 0.01;
        QTest::newRow("1.3 million: ceiling") << 1.3e6 << 0.025;
        QTest::newRow("1: ceiling") << 1.0 << 0.025;
        QTest::newRow("zero") << 0.0 << 0.01;
    }

    void roundingTolerance()
    {
        QFETCH(double, value);
        QFETCH(double, tolerance);
        QVERIFY(qFuzzyCompare(ClaimGrouper().roundingTolerance(value), tolerance));
    }

    // Grouping stays near-linear: a large folder of one company's figures is grouped in one go.
    void manyClaims()
    {
        ClaimList claims;
        QList<Document> documents;
        for (int d = 0; d < 4000; ++d) {
            const QString id = u"n%1.txt"_s.arg(d);
            documents.append(makeDocument(id, u"2025-01"_s));
            claims.append(makeClaim(id, 1, u"Meta"_s, u"capex"_s, u"2025"_s, d % 2 ? u"60-65 USD"_s : u"62 EUR"_s));
            claims.append(makeClaim(id, 2, u"Meta"_s, u"capex"_s, {}, u"~64 USD"_s));
            claims.append(makeClaim(id, 3, u"Company %1"_s.arg(d % 100), u"revenue"_s, u"2024"_s, u"%1 USD"_s.arg(d % 100 + 1)));
        }
        documents.append(makeDocument(u"odd.txt"_s, u"2025-01"_s));
        claims.append(makeClaim(u"odd.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"90 USD"_s));
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, documents);
        QCOMPARE(groups.size(), 101);
        const ClaimGroup *meta = findGroup(groups, u"Meta"_s, u"capex"_s, u"2025"_s);
        QVERIFY(meta);
        QCOMPARE(meta->claims.size(), 8001);
        QCOMPARE(kinds(*meta), QStringList{u"value_mismatch"_s});
        QCOMPARE(meta->reasons.first().claims.size(), 8001);
        // Thousands of sources are summed up, not listed.
        const QString explanation = meta->reasons.first().explanation;
        QVERIFY2(explanation.size() < 600, qPrintable(explanation));
        QVERIFY2(explanation.contains(u"odd.txt: 90 billion dollars"_s), qPrintable(explanation));
        QCOMPARE(groups.first().key.entity, u"Meta"_s);
    }

private:
    QList<Document> m_documents;
};

QTEST_GUILESS_MAIN(TestClaimGrouper)
#include "tst_claimgrouper.moc"
