// ClaimCollector: claims of documents finished in any order, on any thread, come out in
// document order, each document's claims once.

#include "claims/claimcollector.h"

#include <QRandomGenerator>
#include <QTest>
#include <QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

// n claims for document d, numbered as ClaimParser numbers them.
ClaimList claimsOf(qsizetype d, qsizetype n)
{
    ClaimList claims;
    for (qsizetype i = 0; i < n; ++i) {
        Claim claim;
        claim.document = u"doc%1.txt"_s.arg(d);
        claim.number = int(i + 1);
        claim.start = i * 20;
        claim.low = claim.high = double(d * 100 + i);
        claims.append(claim);
    }
    return claims;
}

ClaimList expected(qsizetype documents)
{
    ClaimList all;
    for (qsizetype d = 0; d < documents; ++d)
        all.append(claimsOf(d, d % 4));
    return all;
}

} // namespace

class TestClaimCollector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothing()
    {
        ClaimCollector collector(0);
        QVERIFY(collector.take().isEmpty());
    }

    // A folder's claims are its analysis's largest array: it is sized from what the documents so
    // far predict, not grown by doubling (which held up to twice the claims, and both buffers
    // while moving: the peak memory of a 10,000-article folder).
    void sizedFromWhatDocumentsPredict()
    {
        constexpr qsizetype documents = 3000;
        ClaimCollector collector(documents);
        for (qsizetype d = 0; d < documents; ++d)
            collector.add(d, claimsOf(d, 3));
        const ClaimList all = collector.take();
        QCOMPARE(all.size(), documents * 3);
        QVERIFY2(all.capacity() <= all.size() + all.size() / 4,
                 qPrintable(u"room for %1 claims, %2 held"_s.arg(all.capacity()).arg(all.size())));
    }

    void reverseOrder()
    {
        constexpr qsizetype documents = 50;
        ClaimCollector collector(documents);
        for (qsizetype d = documents - 1; d >= 0; --d)
            collector.add(d, claimsOf(d, d % 4));
        QCOMPARE(collector.take(), expected(documents));
    }

    void shuffledOnEveryThread()
    {
        constexpr qsizetype documents = 2000;
        QList<qsizetype> order(documents);
        std::iota(order.begin(), order.end(), qsizetype(0));
        std::shuffle(order.begin(), order.end(), *QRandomGenerator::global());
        ClaimCollector collector(documents);
        std::atomic<qsizetype> next{0};
        const auto work = [&] {
            for (qsizetype i = next++; i < documents; i = next++)
                collector.add(order.at(i), claimsOf(order.at(i), order.at(i) % 4));
        };
        QList<QFuture<void>> helpers;
        for (int w = 0; w < 4; ++w)
            helpers.append(QtConcurrent::run(work));
        work();
        for (QFuture<void> &helper : helpers)
            helper.waitForFinished();
        QCOMPARE(collector.take(), expected(documents));
    }
};

QTEST_GUILESS_MAIN(TestClaimCollector)
#include "tst_claimcollector.moc"
