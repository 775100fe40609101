// ClaimIndex: where each claim of an analysis is, found by id, by document and by group.
#include "analysis/claimindex.h"
#include "reading/grouppalette.h"

#include <QTest>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

Claim claimWithId(const QString &id)
{
    Claim claim;
    QString document;
    Claim::splitId(id, &document, &claim.number);
    claim.document = document;
    return claim;
}

ClaimGroup groupOf(const QStringList &claims)
{
    ClaimGroup group;
    group.claims = claims;
    return group;
}

} // namespace

class TestClaimIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void empty()
    {
        const ClaimIndex index;
        QVERIFY(index.isEmpty());
        QCOMPARE(index.positionOf(u"a.txt#1"_s), -1);
        QCOMPARE(index.groupOf(u"a.txt#1"_s), -1);
        QVERIFY(index.positionsIn(u"a.txt"_s).isEmpty());
    }

    void placesOfEveryClaim()
    {
        // Two articles whose claims interleave in the list, as corrections may add them.
        const ClaimList claims{claimWithId(u"a.txt#1"_s), claimWithId(u"b.txt#1"_s), claimWithId(u"a.txt#2"_s),
                               claimWithId(u"b.txt#2"_s), claimWithId(u"a.txt#3"_s)};
        const QList<ClaimGroup> groups{groupOf({u"a.txt#2"_s, u"b.txt#1"_s}), groupOf({u"a.txt#1"_s}),
                                       groupOf({u"a.txt#3"_s, u"b.txt#2"_s, u"elsewhere.txt#4"_s})};
        const ClaimIndex index(claims, groups);
        QVERIFY(!index.isEmpty());
        for (qsizetype i = 0; i < claims.size(); ++i)
            QCOMPARE(index.positionOf(claims.at(i).id()), i);
        QCOMPARE(index.positionOf(u"a.txt#4"_s), -1);
        QCOMPARE(index.positionsIn(u"a.txt"_s), (QList<qsizetype>{0, 2, 4}));
        QCOMPARE(index.positionsIn(u"b.txt"_s), (QList<qsizetype>{1, 3}));
        QVERIFY(index.positionsIn(u"c.txt"_s).isEmpty());
        QCOMPARE(index.groupOf(u"a.txt#1"_s), 1);
        QCOMPARE(index.groupOf(u"a.txt#2"_s), 0);
        QCOMPARE(index.groupOf(u"b.txt#1"_s), 0);
        QCOMPARE(index.groupOf(u"a.txt#3"_s), 2);
        QCOMPARE(index.groupOf(u"b.txt#2"_s), 2);
        // A group's claim that the list lacks is not indexed.
        QCOMPARE(index.groupOf(u"elsewhere.txt#4"_s), -1);
        QCOMPARE(index.positionOf(u"elsewhere.txt#4"_s), -1);
    }

    void claimsOutsideAnyGroup()
    {
        const ClaimIndex index({claimWithId(u"a.txt#1"_s), claimWithId(u"a.txt#2"_s)}, {groupOf({u"a.txt#2"_s})});
        QCOMPARE(index.positionOf(u"a.txt#1"_s), 0);
        QCOMPARE(index.groupOf(u"a.txt#1"_s), -1);
        QCOMPARE(index.groupOf(u"a.txt#2"_s), 0);
    }

    // Only a figure that several articles state gets a colour, in the order of the groups, the
    // palette starting over once every colour is taken.
    void coloursOfGroups()
    {
        QList<ClaimGroup> groups;
        for (int g = 0; g < 2 * GroupPalette::size() + 1; ++g) {
            ClaimGroup group = groupOf({u"doc%1.txt#1"_s.arg(g)});
            group.documents = g % 2 == 0 ? QStringList{u"a.txt"_s, u"b.txt"_s} : QStringList{u"a.txt"_s};
            groups.append(group);
        }
        const ClaimIndex index({}, groups);
        int expected = 0;
        for (int g = 0; g < groups.size(); ++g) {
            if (g % 2 == 0)
                QCOMPARE(index.colourOf(g), expected++ % GroupPalette::size());
            else
                QCOMPARE(index.colourOf(g), -1);
        }
        QCOMPARE(index.colourOf(-1), -1);
        QCOMPARE(index.colourOf(int(groups.size())), -1);
    }

    // The window builds it on a worker and reads it on the GUI thread.
    void builtOnAWorker()
    {
        ClaimList claims;
        QList<ClaimGroup> groups;
        for (int document = 0; document < 50; ++document) {
            QStringList members;
            for (int number = 1; number <= 20; ++number) {
                claims.append(claimWithId(u"doc%1.txt#%2"_s.arg(document).arg(number)));
                members.append(claims.constLast().id());
            }
            groups.append(groupOf(members));
        }
        const ClaimIndex index = QtConcurrent::run([claims, groups] { return ClaimIndex(claims, groups); }).result();
        QCOMPARE(index.positionOf(u"doc49.txt#20"_s), claims.size() - 1);
        QCOMPARE(index.groupOf(u"doc7.txt#3"_s), 7);
        QCOMPARE(index.positionsIn(u"doc3.txt"_s).size(), 20);
        QCOMPARE(index.positionsIn(u"doc3.txt"_s).constFirst(), 60);
    }
};

QTEST_GUILESS_MAIN(TestClaimIndex)
#include "tst_claimindex.moc"
