#include "reading/passagealignment.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

PassageMatch match(const QString &firstDocument, qsizetype firstStart, const QString &secondDocument, qsizetype secondStart,
                   double score)
{
    PassageMatch m;
    m.first = {firstDocument, firstStart, firstStart + 40, u"une phrase"_s};
    m.second = {secondDocument, secondStart, secondStart + 40, u"une autre phrase"_s};
    m.score = score;
    return m;
}

using Anchor = PassageAlignment::Anchor;

} // namespace

class TestPassageAlignment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void proportionalWithoutMatches()
    {
        const PassageAlignment alignment(u"a.txt"_s, 1000, u"b.txt"_s, 2000,
                                         {match(u"a.txt"_s, 100, u"c.txt"_s, 100, 0.9)}); // not between a and b
        QVERIFY(alignment.isEmpty());
        QCOMPARE(alignment.anchors(), (QList<Anchor>{{0, 0, 0}, {1000, 2000, 0}}));
        QCOMPARE(alignment.mapToSecond(0), 0);
        QCOMPARE(alignment.mapToSecond(250), 500);
        QCOMPARE(alignment.mapToSecond(1000), 2000);
        QCOMPARE(alignment.mapToFirst(500), 250);
        // Clamped to the documents.
        QCOMPARE(alignment.mapToSecond(-10), 0);
        QCOMPARE(alignment.mapToSecond(5000), 2000);
    }

    void followsMatchedSentences_data()
    {
        QTest::addColumn<qsizetype>("firstOffset");
        QTest::addColumn<qsizetype>("secondOffset");
        // Anchors (0,0) (100,400) (600,500) (1000,1000).
        QTest::newRow("start") << qsizetype(0) << qsizetype(0);
        QTest::newRow("before the first match") << qsizetype(50) << qsizetype(200);
        QTest::newRow("first match") << qsizetype(100) << qsizetype(400);
        QTest::newRow("between matches") << qsizetype(350) << qsizetype(450);
        QTest::newRow("second match") << qsizetype(600) << qsizetype(500);
        QTest::newRow("after the last match") << qsizetype(800) << qsizetype(750);
        QTest::newRow("end") << qsizetype(1000) << qsizetype(1000);
    }

    void followsMatchedSentences()
    {
        QFETCH(qsizetype, firstOffset);
        QFETCH(qsizetype, secondOffset);
        const PassageAlignment alignment(u"a.txt"_s, 1000, u"b.txt"_s, 1000,
                                         {match(u"a.txt"_s, 100, u"b.txt"_s, 400, 0.5),
                                          match(u"a.txt"_s, 600, u"b.txt"_s, 500, 0.7)});
        QVERIFY(!alignment.isEmpty());
        QCOMPARE(alignment.mapToSecond(firstOffset), secondOffset);
        QCOMPARE(alignment.mapToFirst(secondOffset), firstOffset);
    }

    void crossingMatchesAreDropped()
    {
        // 100->800 crosses both 300->200 and 500->400, which together weigh more: it goes.
        const PassageAlignment alignment(u"a.txt"_s, 1000, u"b.txt"_s, 1000,
                                         {match(u"a.txt"_s, 100, u"b.txt"_s, 800, 0.9),
                                          match(u"a.txt"_s, 300, u"b.txt"_s, 200, 0.6),
                                          match(u"a.txt"_s, 500, u"b.txt"_s, 400, 0.6)});
        QCOMPARE(alignment.anchors(),
                 (QList<Anchor>{{0, 0, 0}, {300, 200, 0.6}, {500, 400, 0.6}, {1000, 1000, 0}}));

        // A single heavier match wins over a lighter crossing one.
        const PassageAlignment heavier(u"a.txt"_s, 1000, u"b.txt"_s, 1000,
                                       {match(u"a.txt"_s, 100, u"b.txt"_s, 800, 0.9),
                                        match(u"a.txt"_s, 300, u"b.txt"_s, 200, 0.4)});
        QCOMPARE(heavier.anchors(), (QList<Anchor>{{0, 0, 0}, {100, 800, 0.9}, {1000, 1000, 0}}));

        // Two matches of one sentence: only one can be followed.
        const PassageAlignment sameStart(u"a.txt"_s, 1000, u"b.txt"_s, 1000,
                                         {match(u"a.txt"_s, 300, u"b.txt"_s, 200, 0.4),
                                          match(u"a.txt"_s, 300, u"b.txt"_s, 600, 0.8)});
        QCOMPARE(sameStart.anchors(), (QList<Anchor>{{0, 0, 0}, {300, 600, 0.8}, {1000, 1000, 0}}));
    }

    void monotoneMapping()
    {
        QList<PassageMatch> matches;
        // A scrambled set, crossings included.
        const qsizetype pairs[][2] = {{120, 900}, {200, 150}, {340, 380}, {360, 300}, {510, 620}, {700, 640}, {720, 100}, {880, 960}};
        double score = 0.3;
        for (const auto &pair : pairs) {
            matches.append(match(u"a.txt"_s, pair[0], u"b.txt"_s, pair[1], score));
            score += 0.05;
        }
        const PassageAlignment alignment(u"a.txt"_s, 1000, u"b.txt"_s, 1200, matches);
        const QList<Anchor> anchors = alignment.anchors();
        QVERIFY(anchors.size() > 3);
        for (qsizetype i = 1; i < anchors.size(); ++i) {
            QVERIFY(anchors.at(i).first > anchors.at(i - 1).first);
            QVERIFY(anchors.at(i).second > anchors.at(i - 1).second);
        }
        qsizetype previous = -1;
        for (qsizetype offset = 0; offset <= 1000; ++offset) {
            const qsizetype mapped = alignment.mapToSecond(offset);
            QVERIFY(mapped >= previous);
            QVERIFY(mapped >= 0 && mapped <= 1200);
            previous = mapped;
        }
        previous = -1;
        for (qsizetype offset = 0; offset <= 1200; ++offset) {
            const qsizetype mapped = alignment.mapToFirst(offset);
            QVERIFY(mapped >= previous);
            previous = mapped;
        }
        // Every anchor maps exactly, both ways.
        for (const Anchor &anchor : anchors) {
            QCOMPARE(alignment.mapToSecond(anchor.first), anchor.second);
            QCOMPARE(alignment.mapToFirst(anchor.second), anchor.first);
        }
    }

    void swappedOrder()
    {
        // PassageMatcher puts the earlier document first; the panes may show them the other way.
        const QList<PassageMatch> matches{match(u"a.txt"_s, 100, u"b.txt"_s, 400, 0.5),
                                          match(u"a.txt"_s, 600, u"b.txt"_s, 500, 0.7)};
        const PassageAlignment forward(u"a.txt"_s, 1000, u"b.txt"_s, 900, matches);
        const PassageAlignment swapped(u"b.txt"_s, 900, u"a.txt"_s, 1000, matches);
        QVERIFY(!swapped.isEmpty());
        QCOMPARE(swapped.anchors(), (QList<Anchor>{{0, 0, 0}, {400, 100, 0.5}, {500, 600, 0.7}, {900, 1000, 0}}));
        for (qsizetype offset = 0; offset <= 1000; offset += 25)
            QCOMPARE(swapped.mapToFirst(offset), forward.mapToSecond(offset));
        for (qsizetype offset = 0; offset <= 900; offset += 25)
            QCOMPARE(swapped.mapToSecond(offset), forward.mapToFirst(offset));
    }

    void matchesOutsideTheTextsAreIgnored()
    {
        const PassageAlignment alignment(u"a.txt"_s, 500, u"b.txt"_s, 500,
                                         {match(u"a.txt"_s, 0, u"b.txt"_s, 0, 0.9),    // the start anchor itself
                                          match(u"a.txt"_s, 700, u"b.txt"_s, 100, 0.9), // a text that changed since
                                          match(u"a.txt"_s, 200, u"b.txt"_s, 300, 0.2)});
        QCOMPARE(alignment.anchors(), (QList<Anchor>{{0, 0, 0}, {200, 300, 0.2}, {500, 500, 0}}));
    }

    void defaultIsIdentity()
    {
        const PassageAlignment alignment;
        QVERIFY(alignment.isEmpty());
        QVERIFY(alignment.anchors().isEmpty());
        QCOMPARE(alignment.mapToSecond(42), 42);
        QCOMPARE(alignment.mapToFirst(42), 42);
    }
};

QTEST_GUILESS_MAIN(TestPassageAlignment)
#include "tst_passagealignment.moc"
