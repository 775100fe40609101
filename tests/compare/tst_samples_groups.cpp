// Acceptance: the bundled sample articles (resources/samples) go through the whole pipeline
// (CorpusLoader, ClaimExtractor, ClaimGrouper) and every disagreement their README plants is
// flagged with its kind, the revision is reported as one, and the agreements it lists are not
// flagged. One data row per case of resources/samples/README.md; quotes and contexts are the
// README's, so the README and this test must change together.
#include "claims/claimextractor.h"
#include "compare/claimgrouper.h"
#include "corpus/corpusloader.h"
#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

// A figure as the README quotes it: its file, the quote, and a longer context that holds it and
// is unique in the file (empty when the quote itself is unique enough).
struct Mention {
    QString document;
    QString quote;
    QString context;
};
using Mentions = QList<Mention>;

const QString microsoftArticle = u"microsoft-q1-fy25-october-2024.md"_s;

// Spaces and apostrophes vary in ways that do not matter here (a no-break space before "%", a
// typographic apostrophe); both are replaced one for one, so offsets are kept.
QString normalized(QString text)
{
    text.replace(QChar(0x00A0), u' ');
    text.replace(QChar(0x202F), u' ');
    text.replace(QChar(0x2019), u'\'');
    return text;
}

bool isDiscrepancyKind(const QString &kind)
{
    return kind != "revision"_L1;
}

} // namespace

Q_DECLARE_METATYPE(Mention)
Q_DECLARE_METATYPE(Mentions)

class TestSamplesGroups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The Microsoft article carries no date on purpose; the user states it, as the README says.
        QVERIFY(m_folder.isValid());
        const QDir samples(QStringLiteral(RECOUPE_SAMPLES_DIR));
        QStringList files = samples.entryList({u"*.txt"_s, u"*.md"_s, u"*.html"_s, u"*.pdf"_s}, QDir::Files);
        files.removeOne(u"README.md"_s);
        QCOMPARE(files.size(), 13);
        for (const QString &file : std::as_const(files)) {
            QVERIFY(QFile::copy(samples.filePath(file), m_folder.filePath(file)));
        }
        QVERIFY(QDir(m_folder.path()).mkdir(u".recoupe"_s));
        QFile overrides(m_folder.filePath(u".recoupe/documents.json"_s));
        QVERIFY(overrides.open(QIODevice::WriteOnly));
        const QJsonObject statement{{u"format"_s, u"recoupe-documents-1"_s},
                                    {u"documents"_s, QJsonObject{{microsoftArticle, QJsonObject{{u"date"_s, u"2024-10-31"_s}}}}}};
        overrides.write(QJsonDocument(statement).toJson());
        overrides.close();

        const Corpus corpus = CorpusLoader::load(m_folder.path());
        QVERIFY2(corpus.folderError.isEmpty(), qPrintable(corpus.folderError));
        QCOMPARE(corpus.documents.size(), 13);
        for (const Document &document : corpus.documents)
            QVERIFY2(document.isLoaded(), qPrintable(document.id + u": "_s + document.errors.join(u"; "_s)));
        const Document *microsoft = corpus.document(microsoftArticle);
        QVERIFY(microsoft);
        QCOMPARE(microsoft->date, u"2024-10-31"_s);
        QCOMPARE(microsoft->dateSource, u"user"_s);

        m_documents = corpus.documents;
        m_claims = ClaimExtractor::extract(m_documents);
        m_groups = ClaimGrouper().group(m_claims, m_documents);
        QVERIFY(!m_groups.isEmpty());
    }

    void plantedCases_data()
    {
        QTest::addColumn<QString>("kind"); // a reason kind, "revision" or "agreement"
        QTest::addColumn<Mentions>("mentions");

        const QString stargateFr = u"stargate-annonce-janvier-2025.md"_s;
        const QString stargateEn = u"stargate-announcement-2025.html"_s;
        const QString course = u"course-ia-fevrier-2025-cp1252.txt"_s;
        const QString amazon = u"amazon-capex-february-2025.txt"_s;
        const QString metaFr = u"meta-guidance-janvier-2025.txt"_s;
        const QString metaEn = u"meta-q4-2024-earnings.html"_s;
        const QString metaJuly = u"meta-capex-juillet-2025.md"_s;
        const QString alphabet = u"alphabet-capex-fevrier-2025.html"_s;

        // Planted disagreements: the mentions must all be in one reason of the kind.
        QTest::newRow("1 currency_swap Stargate 500")
            << u"currency_swap"_s
            << Mentions{{stargateFr, u"500 milliards d'euros"_s, u"prévoit d'investir 500 milliards d'euros sur quatre ans"_s},
                        {stargateEn, u"$500 billion"_s, u"intends to invest $500 billion in artificial intelligence infrastructure"_s}};
        QTest::newRow("2 period_conflict Microsoft 80")
            << u"period_conflict"_s
            << Mentions{{course, u"80 Md$"_s, u"qui a prévu d’engager 80 Md$ dans ses centres de données en 2024"_s},
                        {stargateEn, u"about $80 billion"_s, u"on track to spend about $80 billion on AI-enabled data centers in fiscal 2025"_s}};
        QTest::newRow("3 value_mismatch Amazon 75")
            << u"value_mismatch"_s
            << Mentions{{course, u"autour de 75 milliards de dollars"_s, u"qu’il dépenserait autour de 75 milliards de dollars en 2025"_s},
                        {amazon, u"more than $100 billion"_s, u"Amazon expects to spend more than $100 billion on capital projects this year"_s}};
        QTest::newRow("4 percentage_mismatch Meta share")
            << u"percentage_mismatch"_s
            << Mentions{{metaFr, u"1 %"_s, u"l’action a gagné 1 %"_s},
                        {metaEn, u"1.6%"_s, u"Meta shares closed up 1.6% on Thursday"_s}};
        QTest::newRow("5 quantity_mismatch Meta H100")
            << u"quantity_mismatch"_s
            << Mentions{{metaFr, u"600 000"_s, u"quelque 600 000 puces H100 de Nvidia à la fin de 2024"_s},
                        {metaEn, u"350,000"_s, u"about 350,000 Nvidia H100 chips by the end of 2024"_s}};

        // News: the July range revises the January one; the group is revised, never a discrepancy.
        QTest::newRow("6 revision Meta 2025 capex")
            << u"revision"_s
            << Mentions{{metaEn, u"$60 billion to $65 billion"_s, u"would come to $60 billion to $65 billion"_s},
                        {course, u"60 à 65 milliards de dollars"_s, u"Meta a confirmé fin janvier 60 à 65 milliards de dollars"_s},
                        {metaJuly, u"entre 66 et 72 milliards de dollars"_s, u"atteindront cette année entre 66 et 72 milliards de dollars"_s}};

        // Agreements: all in one group, none in a discrepancy reason.
        QTest::newRow("7 rounded Meta 65")
            << u"agreement"_s
            << Mentions{{metaFr, u"près de 65 milliards de dollars"_s, u"Meta investira près de 65 milliards de dollars cette année"_s},
                        {metaEn, u"$60 billion to $65 billion"_s, u"would come to $60 billion to $65 billion"_s},
                        {course, u"60 à 65 milliards de dollars"_s, u"Meta a confirmé fin janvier 60 à 65 milliards de dollars"_s}};
        QTest::newRow("8 converted Alphabet 72 EUR")
            << u"agreement"_s
            << Mentions{{alphabet, u"environ 72 milliards d'euros"_s, u"qu'elle investirait environ 72 milliards d'euros cette année"_s},
                        {course, u"75 milliards de dollars"_s, u"table sur 75 milliards de dollars d’investissements cette année"_s}};
        QTest::newRow("9 Meta revenue Q4")
            << u"agreement"_s << Mentions{{metaFr, u"48,4 milliards de dollars"_s, {}}, {metaEn, u"$48.39 billion"_s, {}}};
        QTest::newRow("9 Meta net income Q4")
            << u"agreement"_s << Mentions{{metaFr, u"20,8 milliards de dollars"_s, {}}, {metaEn, u"$20.84 billion"_s, {}}};
        QTest::newRow("9 Meta revenue growth Q4")
            << u"agreement"_s
            << Mentions{{metaFr, u"21 %"_s, u"en hausse de 21 % sur un an"_s}, {metaEn, u"21%"_s, u"Fourth-quarter revenue rose 21%"_s}};
        QTest::newRow("9 Meta capex 2024")
            << u"agreement"_s << Mentions{{metaFr, u"environ 39 milliards de dollars"_s, {}}, {metaEn, u"$39.23 billion"_s, {}}};
        QTest::newRow("9 Meta gpus 2025")
            << u"agreement"_s
            << Mentions{{metaFr, u"plus de 1,3 million"_s, {}}, {metaEn, u"more than 1.3 million"_s, {}}, {course, u"1 300 000"_s, {}}};
        QTest::newRow("9 Meta users")
            << u"agreement"_s << Mentions{{metaFr, u"3,35 milliards de personnes"_s, {}}, {metaEn, u"3.35 billion people"_s, {}}};
        QTest::newRow("9 Meta power 2025")
            << u"agreement"_s << Mentions{{metaFr, u"Environ 1 GW"_s, {}}, {metaEn, u"roughly a gigawatt"_s, {}}};
        QTest::newRow("9 Meta power Louisiana")
            << u"agreement"_s << Mentions{{metaFr, u"plus de 2 GW"_s, {}}, {metaEn, u"more than two gigawatts"_s, {}}};
        QTest::newRow("9 Stargate jobs")
            << u"agreement"_s
            << Mentions{{stargateFr, u"plus de 100 000 emplois"_s, {}}, {stargateEn, u"more than 100,000 American jobs"_s, {}}};
    }

    void plantedCases()
    {
        QFETCH(QString, kind);
        QFETCH(Mentions, mentions);

        // Each mention: the ids of the claims that quote it (the claim's span holds the README's
        // quote or lies inside it).
        QList<QStringList> claimsOf;
        for (const Mention &mention : std::as_const(mentions)) {
            QStringList ids;
            const QString error = matchingClaims(mention, &ids);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            claimsOf.append(ids);
        }

        // Every mention must have been read as a claim, else nothing below means anything.
        QStringList missing;
        for (qsizetype i = 0; i < mentions.size(); ++i) {
            if (claimsOf.at(i).isEmpty())
                missing.append(u"no claim quotes '%1' in %2 (claims nearby:%3)"_s.arg(mentions.at(i).quote, mentions.at(i).document,
                                                                                     claimsNear(mentions.at(i))));
        }
        if (!missing.isEmpty())
            qInfo().noquote() << missing.join(u'\n');
        // Left to the claim parser (lib/claims, lib/figures, resources/syntax): remove a line when its row passes.
        QEXPECT_FAIL("9 Meta revenue growth Q4",
                     "parser: growth rates give no claim: 'en hausse de 21 % sur un an' (meta-guidance-janvier-2025.txt) and "
                     "'revenue rose 21%' (meta-q4-2024-earnings.html); expected Meta revenue growth (a percentage metric) 2024-Q4 21 %",
                     Abort);
        QEXPECT_FAIL("9 Stargate jobs",
                     "parser: job counts give no claim: 'plus de 100 000 emplois' (stargate-annonce-janvier-2025.md) and "
                     "'more than 100,000 American jobs' (stargate-announcement-2025.html); expected Stargate jobs at_least 100000",
                     Abort);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u"; "_s)));

        if (kind == "agreement"_L1) {
            for (qsizetype i = 0; i < mentions.size(); ++i) {
                for (const ClaimGroup &group : std::as_const(m_groups)) {
                    for (const DiscrepancyReason &reason : group.reasons) {
                        if (!isDiscrepancyKind(reason.kind))
                            continue;
                        for (const QString &id : claimsOf.at(i))
                            QVERIFY2(!reason.claims.contains(id),
                                     qPrintable(u"'%1' (%2) is flagged: %3 in %4; %5"_s.arg(mentions.at(i).quote, id, reason.kind,
                                                                                        describe(group), reason.explanation)));
                    }
                }
            }
            const ClaimGroup *together = groupHoldingAll(claimsOf);
            QVERIFY2(together, qPrintable(u"the agreeing claims are not in one group: "_s + whereAre(claimsOf)));
            return;
        }

        if (kind == "revision"_L1) {
            const ClaimGroup *group = groupHoldingAll(claimsOf);
            QVERIFY2(group, qPrintable(u"the claims are not in one group: "_s + whereAre(claimsOf)));
            QVERIFY2(group->verdict == Verdict::Revised, qPrintable(describe(*group)));
            const bool julyRevises = std::any_of(group->reasons.cbegin(), group->reasons.cend(), [&](const DiscrepancyReason &reason) {
                return reason.kind == "revision"_L1 && intersects(reason.claims, claimsOf.constLast())
                    && (intersects(reason.claims, claimsOf.at(0)) || intersects(reason.claims, claimsOf.at(1)));
            });
            QVERIFY2(julyRevises, qPrintable(describe(*group)));
            return;
        }

        // A discrepancy: one reason of the kind names a claim of every mention.
        const ClaimGroup *flagged = nullptr;
        for (const ClaimGroup &group : std::as_const(m_groups)) {
            for (const DiscrepancyReason &reason : group.reasons) {
                const bool all = std::all_of(claimsOf.cbegin(), claimsOf.cend(),
                                             [&reason](const QStringList &ids) { return intersects(reason.claims, ids); });
                if (reason.kind == kind && all)
                    flagged = &group;
            }
        }
        // Left to the claim parser: remove a line when its row passes.
        QEXPECT_FAIL("4 percentage_mismatch Meta share",
                     "parser: share-price moves get no period ('1 %', meta-guidance-janvier-2025.txt, is the session of 30 January "
                     "2025; '1.6%', meta-q4-2024-earnings.html, the same session), and figures without a period are never compared "
                     "as a disagreement (README, Comparisons)",
                     Abort);
        QVERIFY2(flagged, qPrintable(u"no %1 reason names them all: "_s.arg(kind) + whereAre(claimsOf)));
        QCOMPARE(flagged->verdict, Verdict::Discrepancy);
    }

    // README, "Different claims that only look alike": never in one group.
    void lookAlikesApart_data()
    {
        QTest::addColumn<Mention>("first");
        QTest::addColumn<Mention>("second");

        const QString metaJuly = u"meta-capex-juillet-2025.md"_s;
        const QString amazon = u"amazon-capex-february-2025.txt"_s;
        const QString oracle = u"oracle-ai-bet-january-2026.txt"_s;
        const QString stargateEn = u"stargate-announcement-2025.html"_s;
        QTest::newRow("Meta share, July against January")
            << Mention{metaJuly, u"environ 11 %"_s, {}} << Mention{u"meta-guidance-janvier-2025.txt"_s, u"1 %"_s, u"l’action a gagné 1 %"_s};
        QTest::newRow("Meta capex, quarter against year")
            << Mention{metaJuly, u"17 milliards de dollars"_s, {}} << Mention{metaJuly, u"entre 66 et 72 milliards de dollars"_s, {}};
        QTest::newRow("Meta revenue, Q2 actual against Q3 forecast")
            << Mention{metaJuly, u"47,5 milliards de dollars"_s, u"à 47,5 milliards de dollars entre"_s}
            << Mention{metaJuly, u"entre 47,5 et 50,5 milliards de dollars"_s, {}};
        QTest::newRow("Amazon capex, 2024-Q4 against 2025")
            << Mention{amazon, u"$26.3 billion"_s, {}} << Mention{amazon, u"more than $100 billion"_s, {}};
        QTest::newRow("Amazon capex, 2024 against 2025")
            << Mention{amazon, u"about $83 billion"_s, {}} << Mention{amazon, u"more than $100 billion"_s, {}};
        QTest::newRow("Alphabet capex, 2024 against 2025")
            << Mention{u"alphabet-capex-fevrier-2025.html"_s, u"52,5 milliards de dollars"_s, {}}
            << Mention{u"alphabet-capex-fevrier-2025.html"_s, u"environ 72 milliards d'euros"_s, {}};
        QTest::newRow("Oracle obligations, September against December")
            << Mention{oracle, u"$455 billion"_s, {}} << Mention{oracle, u"$523bn"_s, {}};
        QTest::newRow("Oracle capex, fiscal 2026 against fiscal 2025")
            << Mention{oracle, u"about $50 billion"_s, {}} << Mention{oracle, u"$21.2 billion"_s, {}};
        QTest::newRow("Oracle cloud revenue, fiscal 2026 against fiscal 2030")
            << Mention{oracle, u"$18 billion"_s, {}} << Mention{oracle, u"$144 billion"_s, {}};
        QTest::newRow("Stargate first tranche against total")
            << Mention{stargateEn, u"$100 billion"_s, {}} << Mention{stargateEn, u"$500 billion"_s, {}};
        QTest::newRow("Microsoft quarter against fiscal year")
            << Mention{u"microsoft-q1-fy25-october-2024.md"_s, u"$20.0 billion"_s, {}} << Mention{stargateEn, u"about $80 billion"_s, {}};
    }

    void lookAlikesApart()
    {
        QFETCH(Mention, first);
        QFETCH(Mention, second);
        QStringList firstIds;
        QStringList secondIds;
        const QString firstError = matchingClaims(first, &firstIds);
        QVERIFY2(firstError.isEmpty(), qPrintable(firstError));
        const QString secondError = matchingClaims(second, &secondIds);
        QVERIFY2(secondError.isEmpty(), qPrintable(secondError));
        QVERIFY2(!firstIds.isEmpty(), qPrintable(u"no claim quotes '%1' in %2"_s.arg(first.quote, first.document)));
        QVERIFY2(!secondIds.isEmpty(), qPrintable(u"no claim quotes '%1' in %2"_s.arg(second.quote, second.document)));
        const ClaimGroup *together = groupHoldingAll({firstIds, secondIds});
        // "Meta share, July against January" and "Oracle obligations, September against December"
        // still have no period (a parser's matter), but different figures without a period are
        // groups of their own now.
        QVERIFY2(!together, qPrintable(u"compared as one: "_s + whereAre({firstIds, secondIds})));
    }

    // Every claim the extractor found with an entity is in exactly one group.
    void everyClaimGroupedOnce()
    {
        qsizetype withEntity = 0;
        for (const Claim &claim : std::as_const(m_claims))
            withEntity += claim.entity.isEmpty() ? 0 : 1;
        QStringList grouped;
        for (const ClaimGroup &group : std::as_const(m_groups))
            grouped.append(group.claims);
        QCOMPARE(grouped.size(), withEntity);
        grouped.removeDuplicates();
        QCOMPARE(grouped.size(), withEntity);
    }

private:
    static bool intersects(const QStringList &a, const QStringList &b)
    {
        return std::any_of(b.cbegin(), b.cend(), [&a](const QString &id) { return a.contains(id); });
    }

    // The claims whose span contains the mention's quote or lies inside it; an error when the
    // README's quote is not where it says.
    QString matchingClaims(const Mention &mention, QStringList *ids) const
    {
        const auto document = std::find_if(m_documents.cbegin(), m_documents.cend(),
                                           [&mention](const Document &d) { return d.id == mention.document; });
        if (document == m_documents.cend())
            return u"no document %1"_s.arg(mention.document);
        const QString text = normalized(document->text.toString());
        const QString quote = normalized(mention.quote);
        QList<std::pair<qsizetype, qsizetype>> spans;
        if (!mention.context.isEmpty()) {
            const QString context = normalized(mention.context);
            const qsizetype at = text.indexOf(context);
            if (at < 0 || text.indexOf(context, at + 1) >= 0)
                return u"context '%1' is not once in %2"_s.arg(mention.context, mention.document);
            const qsizetype start = at + context.indexOf(quote);
            spans.append({start, start + quote.size()});
        } else {
            for (qsizetype at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1))
                spans.append({at, at + quote.size()});
        }
        if (spans.isEmpty())
            return u"quote '%1' is not in %2"_s.arg(mention.quote, mention.document);
        for (const Claim &claim : m_claims) {
            if (claim.document != mention.document)
                continue;
            for (const auto &[start, end] : std::as_const(spans)) {
                const bool holds = claim.start <= start && end <= claim.end;
                const bool inside = start <= claim.start && claim.end <= end;
                if ((holds || inside) && claim.end > claim.start) {
                    ids->append(claim.id());
                    break;
                }
            }
        }
        return {};
    }

    // For failure messages: the claims of the mention's document around its quote.
    QString claimsNear(const Mention &mention) const
    {
        const auto document = std::find_if(m_documents.cbegin(), m_documents.cend(),
                                           [&mention](const Document &d) { return d.id == mention.document; });
        const QString text = normalized(document->text.toString());
        const qsizetype at = text.indexOf(normalized(mention.context.isEmpty() ? mention.quote : mention.context));
        QString found;
        for (const Claim &c : m_claims) {
            if (c.document == mention.document && c.end >= at - 200 && c.start <= at + 300)
                found += u" %1 '%2' %3/%4/%5"_s.arg(c.id(), c.quote(document->text), c.entity, c.metric, c.period);
        }
        return found.isEmpty() ? u" none"_s : found;
    }

    const ClaimGroup *groupHoldingAll(const QList<QStringList> &claimsOf) const
    {
        for (const ClaimGroup &group : m_groups) {
            const bool all = std::all_of(claimsOf.cbegin(), claimsOf.cend(),
                                         [&group](const QStringList &ids) { return intersects(group.claims, ids); });
            if (all)
                return &group;
        }
        return nullptr;
    }

    const Claim *claim(const QString &id) const
    {
        const auto found = std::find_if(m_claims.cbegin(), m_claims.cend(), [&id](const Claim &c) { return c.id() == id; });
        return found == m_claims.cend() ? nullptr : &*found;
    }

    QString quoteOf(const Claim &claim) const
    {
        const auto document = std::find_if(m_documents.cbegin(), m_documents.cend(), [&claim](const Document &d) { return d.id == claim.document; });
        return document == m_documents.cend() ? QString() : claim.quote(document->text);
    }

    static QString describe(const ClaimGroup &group)
    {
        QString text = u"[%1 %2 %3: %4]"_s.arg(group.key.entity, group.key.metric, group.key.period, verdictName(group.verdict));
        for (const DiscrepancyReason &reason : group.reasons)
            text += u" %1(%2)"_s.arg(reason.kind, reason.claims.join(u' '));
        return text;
    }

    // For failure messages: each claim found, with its key and its group.
    QString whereAre(const QList<QStringList> &claimsOf) const
    {
        QStringList lines;
        for (const QStringList &ids : claimsOf) {
            for (const QString &id : ids) {
                const Claim *c = claim(id);
                QString line = u"\n  %1 '%2' entity=%3 metric=%4 period=%5 low=%6 high=%7 %8%9"_s.arg(
                    id, quoteOf(*c), c->entity, c->metric, c->period, QString::number(c->low, 'g', 6), QString::number(c->high, 'g', 6),
                    c->currency, c->unit);
                for (const ClaimGroup &group : m_groups) {
                    if (group.claims.contains(id))
                        line += u" in "_s + describe(group);
                }
                lines.append(line);
            }
        }
        return lines.join(QString());
    }

    QTemporaryDir m_folder;
    QList<Document> m_documents;
    ClaimList m_claims;
    QList<ClaimGroup> m_groups;
};

QTEST_GUILESS_MAIN(TestSamplesGroups)
#include "tst_samples_groups.moc"
