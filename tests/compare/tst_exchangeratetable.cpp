#include "compare/exchangeratetable.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

class TestExchangeRateTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_table = ExchangeRateTable::builtin();
        QVERIFY(!m_table.isEmpty());
    }

    void builtinResourceLoads()
    {
        ExchangeRateTable table;
        QString error;
        QVERIFY2(table.load(ExchangeRateTable::builtinPath(), &error), qPrintable(error));
        QVERIFY(table.supports(u"USD"_s));
        QVERIFY(table.supports(u"GBP"_s));
        QVERIFY(table.supports(u"EUR"_s));
        QVERIFY(!table.supports(u"JPY"_s));
    }

    void lookup_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("date");
        QTest::addColumn<double>("perEuro");
        QTest::addColumn<QString>("period");

        QTest::newRow("month of a day") << u"USD"_s << u"2025-01-30"_s << 1.0354 << u"2025-01"_s;
        QTest::newRow("month") << u"USD"_s << u"2025-07"_s << 1.1677 << u"2025-07"_s;
        QTest::newRow("unrounded halfway month") << u"USD"_s << u"2025-02"_s << 1.04125 << u"2025-02"_s;
        QTest::newRow("year alone: annual average") << u"USD"_s << u"2024"_s << 1.0824 << u"2024"_s;
        QTest::newRow("GBP month: annual") << u"GBP"_s << u"2025-01-15"_s << 0.85679 << u"2025"_s;
        QTest::newRow("month not in the table, year neither: nearest month") << u"USD"_s << u"2026-09"_s << 1.1518 << u"2026-06"_s;
        QTest::newRow("year not in the table: nearest month to its middle") << u"USD"_s << u"2026"_s << 1.1518 << u"2026-06"_s;
        QTest::newRow("before the table: first month") << u"USD"_s << u"2010-03"_s << 1.1621 << u"2015-01"_s;
        QTest::newRow("GBP after the table: nearest year") << u"GBP"_s << u"2030-02"_s << 0.85679 << u"2025"_s;
        QTest::newRow("undated: latest annual average") << u"USD"_s << QString() << 1.13 << u"2025"_s;
        QTest::newRow("garbage date: latest annual average") << u"USD"_s << u"last week"_s << 1.13 << u"2025"_s;
        QTest::newRow("euro") << u"EUR"_s << u"2025-01"_s << 1.0 << QString();
        // The forms a date is read in (by hand, no longer a regular expression).
        QTest::newRow("date and time") << u"USD"_s << u"2025-01-30T08:00:00Z"_s << 1.0354 << u"2025-01"_s;
        QTest::newRow("spaces around") << u"USD"_s << u" 2025-07 "_s << 1.1677 << u"2025-07"_s;
        QTest::newRow("month of one digit: the year") << u"USD"_s << u"2024-7"_s << 1.0824 << u"2024"_s;
        QTest::newRow("no such month: the year") << u"USD"_s << u"2024-13"_s << 1.0824 << u"2024"_s;
        QTest::newRow("year glued to more digits") << u"USD"_s << u"20241"_s << 1.0824 << u"2024"_s;
        QTest::newRow("three digits: undated") << u"USD"_s << u"202"_s << 1.13 << u"2025"_s;
    }

    void lookup()
    {
        QFETCH(QString, currency);
        QFETCH(QString, date);
        QFETCH(double, perEuro);
        QFETCH(QString, period);
        const ExchangeRate rate = m_table.rate(currency, date);
        QVERIFY(rate.isValid());
        QCOMPARE(rate.perEuro, perEuro);
        QCOMPARE(rate.period, period);
    }

    void unknownCurrency()
    {
        QVERIFY(!m_table.rate(u"JPY"_s, u"2025-01"_s).isValid());
        QVERIFY(!m_table.convert(1, u"JPY"_s, u"EUR"_s, u"2025-01"_s).has_value());
    }

    void convert()
    {
        // 62 billion euros in January 2025 is about 64 billion dollars (1.0354 USD per EUR).
        const auto dollars = m_table.convert(62e9, u"EUR"_s, u"USD"_s, u"2025-01"_s);
        QVERIFY(dollars);
        QCOMPARE(*dollars, 62e9 * 1.0354);
        const auto euros = m_table.convert(1.0354, u"USD"_s, u"EUR"_s, u"2025-01"_s);
        QVERIFY(euros);
        QVERIFY(qFuzzyCompare(*euros, 1.0));
        // Cross rate through the euro, at the annual average for the pound.
        const auto pounds = m_table.convert(100, u"USD"_s, u"GBP"_s, u"2024-06"_s);
        QVERIFY(pounds);
        QVERIFY(qFuzzyCompare(*pounds, 100 / 1.0759 * 0.84662));
        QCOMPARE(*m_table.convert(5, u"USD"_s, u"USD"_s, {}), 5.0);
    }

    void loadErrors_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<bool>("ok");
        QTest::newRow("good, with comments and extra columns") << "# ECB\nperiod,currency,per_eur,days\n2025-01,USD,1.5,22\n2025,CHF,0.9,250\n"_ba << true;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("wrong header") << "month,usd\n2025-01,1.0\n"_ba << false;
        QTest::newRow("rate not a number") << "period,currency,per_eur\n2025-01,USD,abc\n"_ba << false;
        QTest::newRow("negative rate") << "period,currency,per_eur\n2025-01,USD,-1\n"_ba << false;
        QTest::newRow("bad period") << "period,currency,per_eur\nJanuary,USD,1.1\n"_ba << false;
    }

    void loadErrors()
    {
        QFETCH(QByteArray, csv);
        QFETCH(bool, ok);
        QBuffer buffer(&csv);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        ExchangeRateTable table;
        QString error;
        QCOMPARE(table.load(&buffer, &error), ok);
        QCOMPARE(error.isEmpty(), ok);
        if (ok) {
            QCOMPARE(table.rate(u"USD"_s, u"2025-01"_s).perEuro, 1.5);
            QCOMPARE(table.rate(u"CHF"_s, u"2025-03"_s).perEuro, 0.9);
        }
    }

    void missingFile()
    {
        ExchangeRateTable table;
        QString error;
        QVERIFY(!table.load(u"/nonexistent/rates.csv"_s, &error));
        QVERIFY(error.contains(u"/nonexistent/rates.csv"_s));
    }

private:
    ExchangeRateTable m_table;
};

QTEST_GUILESS_MAIN(TestExchangeRateTable)
#include "tst_exchangeratetable.moc"
