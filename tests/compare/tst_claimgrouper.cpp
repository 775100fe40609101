// ClaimGrouper on claims built here: every reason kind, the tolerances (hedges, ranges,
// rounding), conversion at the article's date, revision against error, undated claims (never a
// disagreement), money kinds and combined figures, figures given as previous ones, a period
// conflict in one group, the confidence of every disagreement, articles named by their title,
// and a document repeating itself.
#include "compare/claimgrouper.h"
#include "compare/claimwording.h"

#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

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

Document makeDocument(const QString &id, const QString &date, const QString &title = {})
{
    Document document;
    document.id = document.path = id;
    document.date = date;
    document.title = title;
    return document;
}

// A claim of other_money with a finer kind.
Claim withKind(Claim claim, MoneyKind kind)
{
    claim.kind = kind;
    return claim;
}

Claim withMembers(Claim claim, const QString &members)
{
    claim.members = members;
    return claim;
}

Claim asPrevious(Claim claim)
{
    claim.previous = true;
    return claim;
}

int countVerdict(const QList<ClaimGroup> &groups, Verdict verdict)
{
    return int(std::count_if(groups.cbegin(), groups.cend(), [verdict](const ClaimGroup &group) { return group.verdict == verdict; }));
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
            text += u"  "_s + reason.kind + u" ("_s + confidenceName(reason.confidence) + u"): "_s + reason.explanation + u'\n';
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

    // The periods of reasons in words; a plain year (most of them) is read without trying the
    // patterns of the other forms.
    void periodsInWords_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("words");
        QTest::newRow("year") << u"2025"_s << u"2025"_s;
        QTest::newRow("quarter") << u"2024-Q4"_s << u"Q4 2024"_s;
        QTest::newRow("half") << u"2025-H1"_s << u"H1 2025"_s;
        QTest::newRow("fiscal year") << u"FY2026"_s << u"fiscal 2026"_s;
        QTest::newRow("fiscal quarter") << u"FY2025-Q1"_s << u"Q1 fiscal 2025"_s;
        QTest::newRow("span") << u"2025-2028"_s << u"2025 to 2028"_s;
        QTest::newRow("other form, as written") << u"2025-S1"_s << u"2025-S1"_s;
        QTest::newRow("none") << QString() << u"no stated period"_s;
    }

    void periodsInWords()
    {
        QFETCH(QString, period);
        QFETCH(QString, words);
        QCOMPARE(ClaimWording::period(period), words);
    }

    // Whole numbers take a path of their own: they must read as the rounded double always did, in
    // every locale, with their group separators, to nine significant digits for a stated figure and
    // three for a computed one.
    void numbersInWords_data()
    {
        QTest::addColumn<QLocale>("locale");
        const QList<QLocale> locales{QLocale::c(), QLocale(QLocale::English, QLocale::UnitedStates),
                                     QLocale(QLocale::French, QLocale::France), QLocale(QLocale::German, QLocale::Germany)};
        for (const QLocale &locale : locales)
            QTest::newRow(qPrintable(locale.name())) << locale;
    }

    void numbersInWords()
    {
        QFETCH(QLocale, locale);
        const QLocale previous;
        QLocale::setDefault(locale);
        const auto restore = qScopeGuard([&previous] { QLocale::setDefault(previous); });
        const auto rounded = [](double value, int digits) {
            return QLocale().toString(QString::number(value, 'g', digits).toDouble(), 'f', QLocale::FloatingPointShortest);
        };
        const double values[] = {0.0, -0.0, 7, 80, 999, 1234, -42, 99999, 123456789, 1234567890, 48.4, 0.5, 2.675, 17.25, 1e15};
        for (const double value : values) {
            Claim claim;
            claim.low = claim.high = value;
            claim.unit = u"GW"_s; // read without a magnitude
            QCOMPARE(ClaimWording::amount(claim), rounded(value, 9) + u" GW"_s);
            QCOMPARE(ClaimWording::computedAmount(value, QString(), u"GW"_s), rounded(value, 3) + u" GW"_s);
        }
        QCOMPARE(ClaimWording::computedAmount(1234, QString(), u"GW"_s), QLocale().toString(1230) + u" GW"_s);
    }

    // A group of many sources comes down to a few values, each with how many articles give it.
    void valuesSummary()
    {
        // English plural forms come from the English translation, as in the programs.
        QTranslator english;
        QVERIFY(english.load(QLocale(QLocale::English), u"recoupe"_s, u"_"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&english);
        const auto uninstall = qScopeGuard([&english] { QCoreApplication::removeTranslator(&english); });
        ClaimList claims;
        for (int i = 0; i < 12; ++i)
            claims.append(makeClaim(u"a%1.txt"_s.arg(i), 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"64-65 USD"_s));
        for (int i = 0; i < 5; ++i)
            claims.append(makeClaim(u"b%1.txt"_s.arg(i), 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"72 USD"_s));
        // An article that says it twice is one article.
        claims.append(makeClaim(u"c.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"60 USD"_s));
        claims.append(makeClaim(u"c.txt"_s, 2, u"Meta"_s, u"capex"_s, u"2025"_s, u"60 USD"_s));
        QCOMPARE(ClaimWording::valuesSummary(claims),
                 u"3 values: 64 to 65 billion dollars (12 articles), 72 billion dollars (5), 60 billion dollars (1)"_s);
        QCOMPARE(ClaimWording::valuesSummary(claims, 2),
                 u"3 values: 64 to 65 billion dollars (12 articles), 72 billion dollars (5) and 1 other value"_s);
        QCOMPARE(ClaimWording::valuesSummary(claims.mid(12, 1)), u"1 value: 72 billion dollars (1 article)"_s);
        QVERIFY(ClaimWording::valuesSummary({}).isEmpty());
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
        const QString period = u"2025-2028"_s;
        const ClaimList claims{makeClaim(u"a.txt"_s, 1, u"Stargate"_s, u"capex"_s, period, u"500 EUR"_s),
                               makeClaim(u"b.txt"_s, 1, u"Stargate"_s, u"capex"_s, period, u"500 USD"_s),
                               makeClaim(u"c.txt"_s, 1, u"Stargate"_s, u"capex"_s, period, u"500 EUR"_s)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        QCOMPARE(groups.size(), 1);
        // The swap explains the gap between the converted values: no value_mismatch besides it.
        QCOMPARE(kinds(groups.first()), QStringList{u"currency_swap"_s});
        const QString explanation = groups.first().reasons.first().explanation;
        QVERIFY2(explanation.contains(u"a.txt and c.txt: 500 billion euros; b.txt: 500 billion dollars"_s), qPrintable(explanation));
        QVERIFY2(explanation.contains(u"518 billion dollars"_s), qPrintable(explanation));
        QCOMPARE(groups.first().reasons.first().confidence, Confidence::High);
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
    // One group shows both periods' sources: the figure joins 2025, the period most sources give it.
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
        // The wrong year explains the gap with d.txt: one period_conflict, no value_mismatch, in
        // the group that holds both articles; 2024 keeps d.txt's own figure.
        QCOMPARE(year2025->claims, (QStringList{u"a.txt#1"_s, u"a.txt#2"_s, u"b.txt#1"_s, u"c.txt#1"_s}));
        QCOMPARE(year2025->documents, (QStringList{u"a.txt"_s, u"b.txt"_s, u"c.txt"_s}));
        QCOMPARE(kinds(*year2025), QStringList{u"period_conflict"_s});
        QCOMPARE(year2025->verdict, Verdict::Discrepancy);
        QCOMPARE(year2024->claims, QStringList{u"d.txt#1"_s});
        QCOMPARE(year2024->verdict, Verdict::Single);
        QVERIFY(year2024->reasons.isEmpty());
        const DiscrepancyReason &reason = year2025->reasons.first();
        QCOMPARE(reason.claims, (QStringList{u"a.txt#1"_s, u"a.txt#2"_s, u"b.txt#1"_s, u"c.txt#1"_s}));
        // Two sources give the amount for 2025.
        QCOMPARE(reason.confidence, Confidence::High);
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
        // One group with both articles, not two one-source groups each carrying the reason.
        QCOMPARE(groups.size(), 1);
        const ClaimGroup &group = groups.first();
        QCOMPARE(group.claims, (QStringList{u"a.txt#1"_s, u"b.txt#1"_s}));
        QCOMPARE(kinds(group), QStringList{u"period_conflict"_s});
        QCOMPARE(group.reasons.first().claims, (QStringList{u"a.txt#1"_s, u"b.txt#1"_s}));
        QCOMPARE(group.verdict, Verdict::Discrepancy);
        // One source on each side.
        QCOMPARE(group.reasons.first().confidence, Confidence::Medium);
        const QString explanation = group.reasons.first().explanation;
        QVERIFY2(explanation.contains(u"For 2024: a.txt: 80 billion dollars."_s) && explanation.contains(u"For fiscal 2025: b.txt"_s),
                 qPrintable(explanation));
    }

    // An article that gives one figure for two periods ("in 2025" and "in fiscal 2025") words it
    // loosely: no conflict with the others, and one group.
    void loosePeriodOfOneArticleIsNoConflict()
    {
        const ClaimList claims{makeClaim(u"a.txt"_s, 1, u"Microsoft"_s, u"capex"_s, u"2025"_s, u"80 USD"_s),
                               makeClaim(u"a.txt"_s, 2, u"Microsoft"_s, u"capex"_s, u"FY2025"_s, u"80 USD"_s),
                               makeClaim(u"b.txt"_s, 1, u"Microsoft"_s, u"capex"_s, u"FY2025"_s, u"80 USD"_s),
                               makeClaim(u"c.txt"_s, 1, u"Microsoft"_s, u"capex"_s, u"2025"_s, u"120 USD"_s),
                               makeClaim(u"d.txt"_s, 1, u"Microsoft"_s, u"capex"_s, u"2025"_s, u"120 USD"_s)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        QVERIFY2(countVerdict(groups, Verdict::Discrepancy) == 0, qPrintable(describe(groups)));
        const ClaimGroup *fiscal = findGroup(groups, u"Microsoft"_s, u"capex"_s, u"FY2025"_s);
        QVERIFY(fiscal);
        QCOMPARE(fiscal->claims, (QStringList{u"a.txt#1"_s, u"a.txt#2"_s, u"b.txt#1"_s}));
    }

    // "2025" for what others call fiscal 2025 is the fiscal year by its own number, and calendar
    // Q3 2025 is Microsoft's fiscal Q1 2026: the same figure there is no period conflict.
    void fiscalPeriodByItsCalendarName_data()
    {
        QTest::addColumn<QString>("calendar");
        QTest::addColumn<QString>("fiscal");
        QTest::newRow("year of the same number") << u"2025"_s << u"FY2025"_s;
        QTest::newRow("same quarter") << u"2025-Q3"_s << u"FY2026-Q1"_s;
    }

    void fiscalPeriodByItsCalendarName()
    {
        QFETCH(QString, calendar);
        QFETCH(QString, fiscal);
        const ClaimList claims{makeClaim(u"a.txt"_s, 1, u"Microsoft"_s, u"capex"_s, calendar, u"80 USD"_s),
                               makeClaim(u"b.txt"_s, 1, u"Microsoft"_s, u"capex"_s, fiscal, u"~80 USD"_s)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        QCOMPARE(groups.size(), 2);
        QVERIFY2(countVerdict(groups, Verdict::Discrepancy) == 0, qPrintable(describe(groups)));
    }

    // A later figure inside what the earlier ones covered ("70 to 72" after "64 to 72") narrows
    // them: no revision.
    void narrowedFigureIsNoRevision()
    {
        const ClaimList claims{makeClaim(u"a.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"64-72 USD"_s),
                               makeClaim(u"later.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"70-72 USD"_s)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        QCOMPARE(groups.size(), 1);
        QVERIFY2(groups.first().verdict == Verdict::Agree, qPrintable(describe(groups)));
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

    // Each date of a revision belongs to the figure it is written beside: the earlier figure was
    // still given until the latest of its articles, the newer one from the first of its own.
    void revisionDatesBelongToTheirFigures()
    {
        const QList<Document> documents{makeDocument(u"a.txt"_s, u"2025-02-12"_s), makeDocument(u"b.txt"_s, u"2025-01-30"_s),
                                        makeDocument(u"c.txt"_s, u"2025-07-31"_s), makeDocument(u"d.txt"_s, u"2025-08-20"_s)};
        const ClaimList claims{makeClaim(u"a.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"60-65 USD"_s),
                               makeClaim(u"b.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"60-65 USD"_s),
                               makeClaim(u"d.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"66-72 USD"_s),
                               makeClaim(u"c.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"66-72 USD"_s)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, documents);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().verdict, Verdict::Revised);
        const QString explanation = groups.first().reasons.first().explanation;
        QVERIFY2(explanation.contains(u"until 12 February 2025"_s), qPrintable(explanation));
        QVERIFY2(explanation.contains(u"from 31 July 2025"_s), qPrintable(explanation));
    }

    // A share's move in July is another move than January's: neither a revision nor an error.
    void shareMovesAreEvents()
    {
        const QList<Document> documents{makeDocument(u"a.txt"_s, u"2025-01-28"_s), makeDocument(u"b.txt"_s, u"2025-07-31"_s)};
        const ClaimList claims{makeClaim(u"a.txt"_s, 1, u"Meta"_s, u"stock_move_pct"_s, u"2025"_s, u"1 %"_s),
                               makeClaim(u"b.txt"_s, 1, u"Meta"_s, u"stock_move_pct"_s, u"2025"_s, u"11 %"_s)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, documents);
        for (const ClaimGroup &group : groups) {
            QVERIFY(group.verdict != Verdict::Revised);
            QVERIFY(group.verdict != Verdict::Discrepancy);
        }
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

    // Euro claims without a period join the fiscal 2025 dollar claim with the same number, but a
    // swap needs two dated figures.
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
        // Claims without a period never make a disagreement: no currency_swap on their word.
        QVERIFY2(microsoft->reasons.isEmpty(), qPrintable(describe(groups)));
        QCOMPARE(microsoft->verdict, Verdict::Agree);
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

    // The same figure without a period in several articles: "same figure, period not stated".
    void sameFigureWithoutPeriod()
    {
        const ClaimList claims{makeClaim(u"a.txt"_s, 1, u"Meta"_s, u"stock_move_pct"_s, {}, u"1 %"_s),
                               makeClaim(u"b.txt"_s, 1, u"Meta"_s, u"stock_move_pct"_s, {}, u"1 %"_s),
                               makeClaim(u"c.txt"_s, 1, u"Meta"_s, u"stock_move_pct"_s, {}, u"1 %"_s)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        QCOMPARE(groups.size(), 1);
        const ClaimGroup &group = groups.first();
        QCOMPARE(group.key.period, QString());
        QVERIFY(!group.periodStated());
        QCOMPARE(group.verdict, Verdict::Agree);
        QVERIFY(group.reasons.isEmpty());
        QCOMPARE(ClaimWording::verdict(group), u"Same figure, period not stated"_s);
    }

    // Different figures without a period may be about different periods: never a disagreement,
    // whatever their gap; each figure is a group of its own.
    void differentFiguresWithoutPeriod_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QStringList>("figures"); // of a.txt, b.txt, c.txt...
        QTest::addColumn<int>("groupCount");
        QTest::newRow("1 % and 1.6 %") << u"stock_move_pct"_s << QStringList{u"1 %"_s, u"1.6 %"_s, u"1 %"_s} << 2;
        QTest::newRow("60 and 90 billion") << u"capex"_s << QStringList{u"60 USD"_s, u"90 USD"_s} << 2;
        // Within the conversion's tolerance: one figure, not a swap, without a period.
        QTest::newRow("same number, other currency") << u"capex"_s << QStringList{u"500 EUR"_s, u"500 USD"_s} << 1;
        QTest::newRow("about 80 and 100") << u"capex"_s << QStringList{u"~80 USD"_s, u"100 USD"_s, u"100 USD"_s} << 2;
        QTest::newRow("at least 70 and 50") << u"capex"_s << QStringList{u">70 USD"_s, u"50 USD"_s} << 2;
        QTest::newRow("1.3 and 2 million GPUs") << u"gpus"_s << QStringList{u"1300000 GPU"_s, u"2000000 GPU"_s} << 2;
    }

    void differentFiguresWithoutPeriod()
    {
        QFETCH(QString, metric);
        QFETCH(QStringList, figures);
        QFETCH(int, groupCount);
        const QStringList documents{u"a.txt"_s, u"b.txt"_s, u"c.txt"_s};
        ClaimList claims;
        for (qsizetype i = 0; i < figures.size(); ++i)
            claims.append(makeClaim(documents.at(i), 1, u"Meta"_s, metric, {}, figures.at(i)));
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        QCOMPARE(groups.size(), groupCount);
        for (const ClaimGroup &group : groups) {
            QVERIFY2(group.reasons.isEmpty(), qPrintable(describe(groups)));
            QVERIFY(group.verdict == Verdict::Agree || group.verdict == Verdict::Single);
            QVERIFY(!group.periodStated());
        }
    }

    // An undated claim joins the dated group it matches and sides with the figure it fits; it is
    // named in the reason the dated figures make, and never makes one itself.
    void undatedClaimNeverMakesADiscrepancy_data()
    {
        QTest::addColumn<QStringList>("dated");   // 2025 figures of a.txt, b.txt, ...
        QTest::addColumn<QStringList>("undated"); // figures without a period of x.txt, y.txt, ...
        QTest::addColumn<Verdict>("verdict");
        QTest::newRow("agrees") << QStringList{u"60-65 USD"_s} << QStringList{u"~64 USD"_s} << Verdict::Agree;
        QTest::newRow("same number, other currency") << QStringList{u"62 USD"_s} << QStringList{u"62 EUR"_s} << Verdict::Agree;
        // 66 joins "about 60" (10 %), not the exact 60: it sides with the hedged figure, contradicting nothing.
        QTest::newRow("fits only the hedged figure") << QStringList{u"~60 USD"_s, u"60 USD"_s} << QStringList{u"66 USD"_s}
                                                                  << Verdict::Agree;
        QTest::newRow("several undated sources") << QStringList{u"60 USD"_s, u"60 USD"_s} << QStringList{u"~64 USD"_s, u"~64 USD"_s, u"~64 USD"_s}
                                          << Verdict::Agree;
    }

    void undatedClaimNeverMakesADiscrepancy()
    {
        QFETCH(QStringList, dated);
        QFETCH(QStringList, undated);
        QFETCH(Verdict, verdict);
        ClaimList claims;
        QList<Document> documents;
        for (qsizetype i = 0; i < dated.size(); ++i) {
            const QString id = u"dated%1.txt"_s.arg(i);
            documents.append(makeDocument(id, u"2025-01"_s));
            claims.append(makeClaim(id, 1, u"Meta"_s, u"capex"_s, u"2025"_s, dated.at(i)));
        }
        for (qsizetype i = 0; i < undated.size(); ++i) {
            const QString id = u"undated%1.txt"_s.arg(i);
            documents.append(makeDocument(id, u"2025-01"_s));
            claims.append(makeClaim(id, 1, u"Meta"_s, u"capex"_s, {}, undated.at(i)));
        }
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, documents);
        QVERIFY2(countVerdict(groups, Verdict::Discrepancy) == 0, qPrintable(describe(groups)));
        const ClaimGroup *year = findGroup(groups, u"Meta"_s, u"capex"_s, u"2025"_s);
        QVERIFY(year);
        QVERIFY2(year->verdict == verdict, qPrintable(describe(groups)));
    }

    // Two dated articles disagree; an undated one that gives one of their figures is named with it.
    void undatedClaimNamedWithTheFigureItFits()
    {
        const ClaimList claims{makeClaim(u"a.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2024"_s, u"35 EUR"_s),
                               makeClaim(u"b.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2024"_s, u"38-40 USD"_s),
                               makeClaim(u"c.txt"_s, 1, u"Meta"_s, u"capex"_s, {}, u"35 EUR"_s)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(kinds(groups.first()), QStringList{u"value_mismatch"_s});
        QCOMPARE(groups.first().reasons.first().claims, (QStringList{u"a.txt#1"_s, u"b.txt#1"_s, u"c.txt#1"_s}));
        QVERIFY2(groups.first().reasons.first().explanation.startsWith(u"Different amounts: a.txt and c.txt: 35 billion euros; b.txt"_s),
                 qPrintable(groups.first().reasons.first().explanation));
    }

    // other_money figures are compared only within their finer kind (None is a kind of its own);
    // combined figures only when they sum the same companies.
    void kindsAndMembers_data()
    {
        QTest::addColumn<int>("firstKind");
        QTest::addColumn<int>("secondKind");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QString>("firstMembers");
        QTest::addColumn<QString>("secondMembers");
        QTest::addColumn<bool>("together");
        const int none = int(MoneyKind::None);
        const int segment = int(MoneyKind::Segment);
        const int perShare = int(MoneyKind::PerShare);
        const QString money = u"other_money"_s;
        const QString capex = u"capex"_s;
        QTest::newRow("segment and EPS") << segment << perShare << money << QString() << QString() << false;
        QTest::newRow("no kind and segment") << none << segment << money << QString() << QString() << false;
        QTest::newRow("two segments") << segment << segment << money << QString() << QString() << true;
        QTest::newRow("two without kind") << none << none << money << QString() << QString() << true;
        QTest::newRow("same members") << none << none << capex << u"Alphabet,Meta"_s << u"Alphabet,Meta"_s << true;
        QTest::newRow("other members") << none << none << capex << u"Alphabet,Meta"_s << u"Alphabet,Amazon,Meta"_s << false;
        QTest::newRow("unnamed and named members") << none << none << capex << QString() << u"Alphabet,Meta"_s << false;
        QTest::newRow("both unnamed") << none << none << capex << QString() << QString() << true;
    }

    void kindsAndMembers()
    {
        QFETCH(int, firstKind);
        QFETCH(int, secondKind);
        QFETCH(QString, metric);
        QFETCH(QString, firstMembers);
        QFETCH(QString, secondMembers);
        QFETCH(bool, together);
        const QString entity = metric == "capex"_L1 ? u"Big Tech"_s : u"Alphabet"_s;
        const ClaimList claims{
            withMembers(withKind(makeClaim(u"a.txt"_s, 1, entity, metric, u"2025"_s, u"60 USD"_s), MoneyKind(firstKind)), firstMembers),
            withMembers(withKind(makeClaim(u"b.txt"_s, 1, entity, metric, u"2025"_s, u"90 USD"_s), MoneyKind(secondKind)), secondMembers)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        if (together) {
            QCOMPARE(groups.size(), 1);
            QCOMPARE(groups.first().verdict, Verdict::Discrepancy);
            QCOMPARE(groups.first().key.kind, MoneyKind(firstKind));
            QCOMPARE(groups.first().key.members, firstMembers);
        } else {
            QCOMPARE(groups.size(), 2);
            QCOMPARE(countVerdict(groups, Verdict::Single), 2);
        }
    }

    // A kind only narrows other_money: a capex claim with a kind set is still capex.
    void kindIgnoredOutsideOtherMoney()
    {
        const ClaimList claims{withKind(makeClaim(u"a.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"60 USD"_s), MoneyKind::Estimate),
                               makeClaim(u"b.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"60 USD"_s)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().key.kind, MoneyKind::None);
        QCOMPARE(groups.first().verdict, Verdict::Agree);
    }

    // A figure an article gives as the one before its newer figure ("85 billion, up from 75").
    void previousFigure_data()
    {
        QTest::addColumn<QString>("olderDate");       // of old.txt, which states 75 as its figure
        QTest::addColumn<QString>("newerDate");       // of new.txt: 85, up from 75
        QTest::addColumn<QString>("oldFigure");       // what old.txt states
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QString>("kind");
        QTest::newRow("earlier article gives the previous figure") << u"2025-01-05"_s << u"2025-01-20"_s << u"75 USD"_s << Verdict::Revised
                                                                   << u"revision"_s;
        QTest::newRow("same day") << u"2025-01-20"_s << u"2025-01-20"_s << u"75 USD"_s << Verdict::Revised << u"revision"_s;
        QTest::newRow("undated article gives the previous figure") << QString() << u"2025-01-20"_s << u"75 USD"_s << Verdict::Revised
                                                                   << u"revision"_s;
        // The article saying "up from" is the older one: the later one still gives the old figure.
        QTest::newRow("later article gives the previous figure") << u"2025-01-25"_s << u"2025-01-10"_s << u"75 USD"_s
                                                                 << Verdict::Discrepancy << u"value_mismatch"_s;
        // 70 is not the figure new.txt replaced: still a disagreement.
        QTest::newRow("another figure") << u"2025-01-05"_s << u"2025-01-20"_s << u"70 USD"_s << Verdict::Discrepancy
                                        << u"value_mismatch"_s;
        // Both give the newer figure: new.txt's previous one contradicts nothing.
        QTest::newRow("both give the newer figure") << u"2025-01-05"_s << u"2025-01-20"_s << u"85 USD"_s << Verdict::Agree << QString();
    }

    void previousFigure()
    {
        QFETCH(QString, olderDate);
        QFETCH(QString, newerDate);
        QFETCH(QString, oldFigure);
        QFETCH(Verdict, verdict);
        QFETCH(QString, kind);
        const QList<Document> documents{makeDocument(u"old.txt"_s, olderDate), makeDocument(u"new.txt"_s, newerDate)};
        const ClaimList claims{makeClaim(u"old.txt"_s, 1, u"Alphabet"_s, u"capex"_s, u"2025"_s, oldFigure),
                               makeClaim(u"new.txt"_s, 1, u"Alphabet"_s, u"capex"_s, u"2025"_s, u"85 USD"_s),
                               asPrevious(makeClaim(u"new.txt"_s, 2, u"Alphabet"_s, u"capex"_s, u"2025"_s, u"75 USD"_s))};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, documents);
        QCOMPARE(groups.size(), 1);
        const ClaimGroup &group = groups.first();
        QVERIFY2(group.verdict == verdict, qPrintable(describe(groups)));
        QCOMPARE(kinds(group), kind.isEmpty() ? QStringList() : QStringList{kind});
        if (kind == "revision"_L1) {
            QCOMPARE(group.reasons.first().claims, (QStringList{u"old.txt#1"_s, u"new.txt#1"_s, u"new.txt#2"_s}));
            QCOMPARE(group.reasons.first().explanation,
                     u"Revised: new.txt gives 85 billion dollars in place of 75 billion dollars, the figure that old.txt gives. "
                     "A revision, not an error."_s);
            QCOMPARE(group.reasons.first().confidence, Confidence::None);
        }
        if (kind == "value_mismatch"_L1) {
            // The previous figure is never evidence: the reason is between the two stated figures.
            QVERIFY(!group.reasons.first().claims.contains(u"new.txt#2"_s));
        }
    }

    // A previous figure alone never makes a disagreement.
    void previousFigureIsNoEvidence()
    {
        const ClaimList claims{makeClaim(u"a.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"85 USD"_s),
                               asPrevious(makeClaim(u"b.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"60 USD"_s)),
                               asPrevious(makeClaim(u"c.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"60 EUR"_s))};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        QCOMPARE(groups.size(), 1);
        QVERIFY2(groups.first().reasons.isEmpty(), qPrintable(describe(groups)));
        QCOMPARE(groups.first().claims.size(), 3);
    }

    // Every disagreement says how sure Recoupe is, and why.
    void confidence_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("secondDate");
        QTest::addColumn<Confidence>("confidence");
        QTest::addColumn<QString>("why");
        const QString dated = u"2025-01"_s;
        QTest::newRow("exact, dated, far apart") << u"60 USD"_s << u"90 USD"_s << dated << Confidence::High << u"33% apart"_s;
        QTest::newRow("ranges apart") << u"38-40 USD"_s << u"45-50 USD"_s << dated << Confidence::High << u"apart"_s;
        QTest::newRow("a few percent") << u"60 USD"_s << u"62 USD"_s << dated << Confidence::Low << u"only 3.2% apart"_s;
        QTest::newRow("under ten percent") << u"60 USD"_s << u"65 USD"_s << dated << Confidence::Medium << u"7.7% apart"_s;
        QTest::newRow("hedged, close") << u"~60 USD"_s << u"68 USD"_s << dated << Confidence::Low << u"hedged"_s;
        QTest::newRow("hedged, far") << u"~60 USD"_s << u"90 USD"_s << dated << Confidence::Medium << u"hedged"_s;
        QTest::newRow("at least, far") << u">100 USD"_s << u"75 USD"_s << dated << Confidence::Medium << u"hedged"_s;
        QTest::newRow("undated article") << u"60 USD"_s << u"90 USD"_s << QString() << Confidence::Low << u"no date"_s;
        QTest::newRow("currency swap") << u"500 EUR"_s << u"500 USD"_s << dated << Confidence::High << u"two currencies"_s;
        QTest::newRow("swap, undated article") << u"500 EUR"_s << u"500 USD"_s << QString() << Confidence::High << u"two currencies"_s;
        QTest::newRow("percentages") << u"1 %"_s << u"1.6 %"_s << dated << Confidence::High << u"apart"_s;
    }

    void confidence()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, secondDate);
        QFETCH(Confidence, confidence);
        QFETCH(QString, why);
        const QString metric = first.endsWith(u'%') ? u"stock_move_pct"_s : u"capex"_s;
        const QList<Document> documents{makeDocument(u"x.txt"_s, u"2025-01"_s), makeDocument(u"y.txt"_s, secondDate)};
        const ClaimList claims{makeClaim(u"x.txt"_s, 1, u"Meta"_s, metric, u"2025"_s, first),
                               makeClaim(u"y.txt"_s, 1, u"Meta"_s, metric, u"2025"_s, second)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, documents);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().reasons.size(), 1);
        const DiscrepancyReason &reason = groups.first().reasons.first();
        QVERIFY2(reason.confidence == confidence, qPrintable(describe(groups) + reason.confidenceReason));
        QVERIFY2(reason.confidenceReason.contains(why), qPrintable(reason.confidenceReason));
        QCOMPARE(groups.first().confidence(), confidence);
    }

    // The parser's guesses lower the confidence: an entity or period found outside the sentence,
    // a currency found elsewhere in the article.
    void inferredFieldsLowerTheConfidence()
    {
        Claim far = makeClaim(u"a.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"60 USD"_s);
        far.resolution.period.source = FieldSource::Headline;
        ClaimList claims{far, makeClaim(u"b.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"90 USD"_s)};
        QList<ClaimGroup> groups = ClaimGrouper().group(claims, m_documents);
        QCOMPARE(groups.first().reasons.first().confidence, Confidence::Medium);

        Claim euros = makeClaim(u"a.txt"_s, 1, u"Stargate"_s, u"capex"_s, u"2025"_s, u"500 EUR"_s);
        euros.resolution.currency.source = FieldSource::Paragraph;
        claims = {euros, makeClaim(u"b.txt"_s, 1, u"Stargate"_s, u"capex"_s, u"2025"_s, u"500 USD"_s)};
        groups = ClaimGrouper().group(claims, m_documents);
        QCOMPARE(kinds(groups.first()), QStringList{u"currency_swap"_s});
        QCOMPARE(groups.first().reasons.first().confidence, Confidence::Medium);
    }

    // Explanations name articles by their title, else by their file name.
    void articlesNamedByTitle()
    {
        const QList<Document> documents{makeDocument(u"news/a.txt"_s, u"2025-01"_s, u"Meta raises its spending"_s),
                                        makeDocument(u"news/b.txt"_s, u"2025-01"_s),
                                        makeDocument(u"news/c.txt"_s, u"2025-01"_s, u"A very long headline about the capital expenditure "
                                                                                    "of the largest technology companies in 2025"_s)};
        const ClaimList claims{makeClaim(u"news/a.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"60 USD"_s),
                               makeClaim(u"news/b.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"60 USD"_s),
                               makeClaim(u"news/c.txt"_s, 1, u"Meta"_s, u"capex"_s, u"2025"_s, u"90 USD"_s)};
        const QList<ClaimGroup> groups = ClaimGrouper().group(claims, documents);
        QCOMPARE(groups.size(), 1);
        const QString explanation = groups.first().reasons.first().explanation;
        QVERIFY2(explanation.startsWith(u"Different amounts: “Meta raises its spending” and b.txt: 60 billion dollars; "
                                        "“A very long headline about the capital expenditure of the…”: 90 billion dollars."_s),
                 qPrintable(explanation));
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
