// InternedString: the text fields of a claim, kept once for the program and compared by pointer.

#include "claims/claim.h"
#include "claims/internedstring.h"

#include <QJsonValue>
#include <QSet>
#include <QTest>
#include <QVariant>
#include <QtConcurrentMap>

#include <numeric>

using namespace Qt::StringLiterals;
using namespace Recoupe;

class TestInternedString : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalTextsShareOneString()
    {
        const InternedString literal(u"Alphabet"_s);
        const InternedString built(QString::fromLatin1("Alpha") + u"bet"_s);
        QCOMPARE(literal, built);
        QCOMPARE(&literal.toString(), &built.toString());
        QVERIFY(literal != InternedString(u"alphabet"_s));
    }

    void emptyIsNull()
    {
        QVERIFY(InternedString().isEmpty());
        QVERIFY(InternedString(QString()).isEmpty());
        QVERIFY(InternedString(u""_s).isEmpty());
        QCOMPARE(InternedString(u""_s), InternedString());
        QVERIFY(InternedString().toString().isEmpty());
        QCOMPARE(InternedString().size(), 0);
        InternedString cleared(u"EUR"_s);
        cleared.clear();
        QVERIFY(cleared.isEmpty());
    }

    void behavesAsItsText()
    {
        const InternedString period(u"2025-Q3"_s);
        QCOMPARE(period, u"2025-Q3"_s);
        QCOMPARE(period, "2025-Q3"_L1);
        QVERIFY(period == QStringView(u"2025-Q3"));
        QVERIFY(InternedString(u"2024"_s) < InternedString(u"2025"_s));
        QVERIFY(InternedString(u"2025"_s) < u"2025-Q1"_s);
        QCOMPARE(qHash(period, 7), qHash(u"2025-Q3"_s, 7));
        QVERIFY(period.startsWith(u"2025"_s));
        QVERIFY(period.contains(u"-Q"_s));
        QCOMPARE(period.left(4), u"2025"_s);
        QCOMPARE(u"FY"_s + InternedString(u"2026"_s), u"FY2026"_s);
        QCOMPARE(QVariant(period).toString(), u"2025-Q3"_s);
        QCOMPARE(QJsonValue(period).toString(), u"2025-Q3"_s);
        const QString &asText = period;
        QCOMPARE(asText, u"2025-Q3"_s);
    }

    // The parser runs on every thread of the pool: each text gets one string whatever the thread.
    void sameStringFromEveryThread()
    {
        QList<int> numbers(20000);
        std::iota(numbers.begin(), numbers.end(), 0);
        const QList<const QString *> kept = QtConcurrent::blockingMapped(numbers, [](int n) {
            return &InternedString(u"thread-test-%1"_s.arg(n % 97)).toString();
        });
        QSet<const QString *> distinct(kept.cbegin(), kept.cend());
        QCOMPARE(distinct.size(), 97);
        for (int n = 0; n < 97; ++n)
            QCOMPARE(kept.at(n), &InternedString(u"thread-test-%1"_s.arg(n)).toString());
    }

    // A string cut from a whole text keeps that text's buffer: the pool, which keeps what it is
    // given for good, must not keep a whole article alive for a five-letter name.
    void keepsNoLargeBuffer()
    {
        QString piece(100000, u'x');
        piece.replace(0, 5, u"Piece"_s);
        piece.truncate(5);
        QVERIFY(piece.capacity() >= 100000);
        const InternedString kept(piece);
        QCOMPARE(kept, u"Piece"_s);
        QVERIFY2(kept.toString().capacity() < 100, qPrintable(QString::number(kept.toString().capacity())));
    }

    // DESIGN.md's memory budget (three times the corpus): beyond the texts, a large folder's memory
    // is its claims, a hundred thousand at 10,000 articles. A QString field would add 16 bytes.
    void claimStaysSmall()
    {
        QVERIFY2(sizeof(Claim) <= 128, qPrintable(QString::number(sizeof(Claim))));
    }
};

QTEST_GUILESS_MAIN(TestInternedString)
#include "tst_internedstring.moc"
