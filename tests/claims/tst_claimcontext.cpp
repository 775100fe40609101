// The claim parser on the kinds of error found on real articles: what an amount is (analysts'
// estimates, segments, prices per share), who it belongs to (several companies together, a joint
// project, a programme and its sponsor), which period it covers (fiscal calendars, the paragraph
// it continues, relative periods), and the currency stated once. Every sentence is written for
// this test.
#include "claims/claimextractor.h"
#include "claims/claimtestsupport.h"
#include "compare/claimwording.h"
#include "corpus/document.h"

#include <KSyntaxHighlighting/Repository>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {


// describeClaim() and, when the claim has them, its kind, members and "previous".
QString describe(const ClaimList &claims, const QString &text)
{
    QStringList lines;
    for (const Claim &claim : claims) {
        QString line = describeClaim(claim, claim.quote(text));
        if (claim.kind != MoneyKind::None)
            line += u" kind="_s + moneyKindName(claim.kind);
        if (!claim.members.isEmpty())
            line += u" members="_s + claim.members;
        if (claim.previous)
            line += u" previous"_s;
        lines.append(line);
    }
    return lines.join(u" ; "_s);
}

} // namespace

class TestClaimContext : public QObject
{
    Q_OBJECT

private:
    KSyntaxHighlighting::Repository m_repository;

    ClaimList parse(const Document &document)
    {
        ClaimExtractor extractor(m_repository);
        return extractor.extractDocument(document);
    }

private Q_SLOTS:
    void claims_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("expected");

        // ---- What an amount is
        QTest::newRow("estimate after the figure")
            << u"Meta reported revenue of $41.4 billion, above the $40.2 billion that analysts expected."_s << u"en"_s << u""_s
            << u"Meta|revenue|-|41400000000|41400000000|USD|exact|$41.4 billion ; "
               "Meta|other_money|-|40200000000|40200000000|USD|exact|$40.2 billion kind=estimate"_s;
        QTest::newRow("estimate before the figure, French")
            << u"Les analystes tablaient sur 23,1 milliards de dollars de chiffre d'affaires pour Microsoft."_s << u"fr"_s << u""_s
            << u"Microsoft|other_money|-|23100000000|23100000000|USD|exact|23,1 milliards de dollars kind=estimate"_s;
        QTest::newRow("earnings per share")
            << u"Oracle earned $1.47 per share."_s << u"en"_s << u""_s
            << u"Oracle|other_money|-|1.47|1.47|USD|exact|$1.47 kind=per_share"_s;
        QTest::newRow("share price has no period")
            << u"In the second quarter of 2025, shares of Nvidia closed at $131.28."_s << u"en"_s << u""_s
            << u"Nvidia|other_money|-|131.28|131.28|USD|exact|$131.28 kind=share_price"_s;
        QTest::newRow("segment sales")
            << u"Google Cloud's sales climbed to $12.3 billion."_s << u"en"_s << u""_s
            << u"Alphabet|other_money|-|12300000000|12300000000|USD|exact|$12.3 billion kind=segment"_s;
        QTest::newRow("market value has no period")
            << u"Apple's market cap topped $3.5 trillion in 2025."_s << u"en"_s << u""_s
            << u"Apple|other_money|-|3500000000000|3500000000000|USD|exact|$3.5 trillion kind=market_value"_s;
        QTest::newRow("increase by, then level")
            << u"Meta raised its 2025 capex outlook by $5 billion to $70 billion."_s << u"en"_s << u""_s
            << u"Meta|other_money|2025|5000000000|5000000000|USD|exact|$5 billion kind=increase ; "
               "Meta|capex|2025|70000000000|70000000000|USD|exact|$70 billion"_s;
        QTest::newRow("users or more")
            << u"Copilot counts 150M+ users at Microsoft."_s << u"en"_s << u""_s
            << u"Microsoft|users|-|150000000|150000000|users|at_least|150M+ users"_s;

        // ---- Who it belongs to
        QTest::newRow("several companies together")
            << u"Amazon, Microsoft et Alphabet dépenseront 250 milliards de dollars en 2025."_s << u"fr"_s << u""_s
            << u"Big Tech|capex|2025|250000000000|250000000000|USD|exact|250 milliards de dollars members=Alphabet,Amazon,Microsoft"_s;
        QTest::newRow("collective word")
            << u"The hyperscalers could collectively spend $400 billion next year."_s << u"en"_s << u"2025-03"_s
            << u"Big Tech|capex|2026|400000000000|400000000000|USD|exact|$400 billion"_s;
        QTest::newRow("a project's partners")
            << u"OpenAI, SoftBank and Oracle plan to put $100 billion into data centres."_s << u"en"_s << u""_s
            << u"Stargate|capex|-|100000000000|100000000000|USD|exact|$100 billion"_s;
        QTest::newRow("the joint venture")
            << u"Stargate was presented in Washington. Speaking for SoftBank, Masayoshi Son told reporters that the joint venture would spend $100 billion at once."_s
            << u"en"_s << u""_s << u"Stargate|capex|-|100000000000|100000000000|USD|exact|$100 billion"_s;
        QTest::newRow("a programme and its sponsor")
            << u"The EU will mobilise €200 billion through a new plan called InvestAI."_s << u"en"_s << u""_s
            << u"InvestAI|capex|-|200000000000|200000000000|EUR|exact|€200 billion"_s;
        QTest::newRow("the source after from")
            << u"France expects investments of up to €30 billion from the UAE."_s << u"en"_s << u""_s
            << u"UAE|capex|-|30000000000|30000000000|EUR|at_most|up to €30 billion"_s;
        QTest::newRow("fronted comparison is no subject")
            << u"Comme Meta avant lui, Alphabet investira 75 milliards de dollars en 2025."_s << u"fr"_s << u""_s
            << u"Alphabet|capex|2025|75000000000|75000000000|USD|exact|75 milliards de dollars"_s;

        // ---- Which period
        QTest::newRow("fiscal quarter on the company's calendar")
            << u"Microsoft expects capital spending of $25 billion in its fiscal second quarter."_s << u"en"_s << u"2024-10-31"_s
            << u"Microsoft|capex|FY2025-Q2|25000000000|25000000000|USD|exact|$25 billion"_s;
        QTest::newRow("one sentence, one calendar")
            << u"Oracle spent $8.5 billion in its fiscal first quarter, against $6.9 billion in the fourth quarter."_s << u"en"_s
            << u"2025-09-10"_s
            << u"Oracle|capex|FY2026-Q1|8500000000|8500000000|USD|exact|$8.5 billion ; "
               "Oracle|capex|FY2025-Q4|6900000000|6900000000|USD|exact|$6.9 billion previous"_s;
        QTest::newRow("undated fiscal quarter of the fiscal year named")
            << u"Microsoft vise 80 milliards de dollars sur l'exercice 2025. Il a déjà dépensé 20 milliards de dollars au premier trimestre fiscal."_s
            << u"fr"_s << u""_s
            << u"Microsoft|capex|FY2025|80000000000|80000000000|USD|exact|80 milliards de dollars ; "
               "Microsoft|capex|FY2025-Q1|20000000000|20000000000|USD|exact|20 milliards de dollars"_s;
        QTest::newRow("d'ici")
            << u"La France vise 50 milliards d'euros d'investissements d'ici 2030."_s << u"fr"_s << u"2025-02"_s
            << u"France|capex|2025-2030|50000000000|50000000000|EUR|exact|50 milliards d'euros"_s;
        QTest::newRow("for the quarter")
            << u"Alphabet's revenue was $90.2 billion for the quarter."_s << u"en"_s << u"2025-04-25"_s
            << u"Alphabet|revenue|2025-Q1|90200000000|90200000000|USD|exact|$90.2 billion"_s;
        QTest::newRow("undated relative period stays unknown")
            << u"Alphabet's revenue was $90.2 billion for the quarter."_s << u"en"_s << u""_s
            << u"Alphabet|revenue|-|90200000000|90200000000|USD|exact|$90.2 billion"_s;
        QTest::newRow("paragraph period and currency")
            << u"Au deuxième trimestre 2025, le chiffre d'affaires de Meta a atteint 47,5 milliards de dollars. Le bénéfice net s'est élevé à 18,3 milliards."_s
            << u"fr"_s << u""_s
            << u"Meta|revenue|2025-Q2|47500000000|47500000000|USD|exact|47,5 milliards de dollars ; "
               "Meta|net_income|2025-Q2|18300000000|18300000000|USD|exact|18,3 milliards"_s;
        QTest::newRow("results quarter frames the next paragraphs")
            << u"Amazon a publié jeudi ses résultats du troisième trimestre 2025.\n\nAmazon en est satisfait.\n\nLe chiffre d'affaires a atteint 158,9 milliards de dollars."_s
            << u"fr"_s << u""_s << u"Amazon|revenue|2025-Q3|158900000000|158900000000|USD|exact|158,9 milliards de dollars"_s;
        QTest::newRow("a story year does not frame")
            << u"En 2021, Meta a changé de nom.\n\nMeta a réalisé un bénéfice de 39 milliards de dollars."_s << u"fr"_s << u""_s
            << u"Meta|net_income|-|39000000000|39000000000|USD|exact|39 milliards de dollars"_s;
        QTest::newRow("clauses of a list share the period")
            << u"Meta prévoit de dépenser 70 milliards de dollars en 2025 ; Alphabet envisage 85 milliards de dollars."_s << u"fr"_s << u""_s
            << u"Meta|capex|2025|70000000000|70000000000|USD|exact|70 milliards de dollars ; "
               "Alphabet|capex|2025|85000000000|85000000000|USD|exact|85 milliards de dollars"_s;
        QTest::newRow("since is no period")
            << u"Alphabet's capital expenditures reached $22.4 billion, the most since 2021."_s << u"en"_s << u""_s
            << u"Alphabet|capex|-|22400000000|22400000000|USD|exact|$22.4 billion"_s;
        QTest::newRow("earlier figure of a comparison")
            << u"Amazon will spend $100 billion in 2025, up from $83 billion last year."_s << u"en"_s << u"2025-02"_s
            << u"Amazon|capex|2025|100000000000|100000000000|USD|exact|$100 billion ; "
               "Amazon|capex|2024|83000000000|83000000000|USD|exact|$83 billion previous"_s;
        QTest::newRow("same figure in the headline and the body")
            << u"Microsoft to spend $30 billion this quarter\nMicrosoft expects its fiscal first quarter to need $30 billion of capital spending."_s
            << u"en"_s << u"2025-07-31"_s
            << u"Microsoft|capex|FY2026-Q1|30000000000|30000000000|USD|exact|$30 billion ; "
               "Microsoft|capex|FY2026-Q1|30000000000|30000000000|USD|exact|$30 billion"_s;

        QTest::newRow("a later sentence dates the figure it points back at")
            << u"Microsoft investira 80 milliards de dollars dans ses centres de données.\n\nCet investissement porte sur l'exercice 2025."_s
            << u"fr"_s << u""_s << u"Microsoft|capex|FY2025|80000000000|80000000000|USD|exact|80 milliards de dollars"_s;
        QTest::newRow("a headline's amount without currency has a metric")
            << u"Oracle Unveils 40 Billion Data Centre Investment\nOracle will invest $40 billion in data centres."_s << u"en"_s << u""_s
            << u"Oracle|capex|-|40000000000|40000000000|USD|exact|40 Billion ; Oracle|capex|-|40000000000|40000000000|USD|exact|$40 billion"_s;

        QTest::newRow("up to the top of a range restates the range")
            << u"Alphabet prévoit entre 175 et 185 milliards de dollars d'investissements en 2026.\n\nLe groupe pourrait dépenser jusqu'à 185 milliards de dollars."_s
            << u"fr"_s << u""_s
            << u"Alphabet|capex|2026|175000000000|185000000000|USD|range|entre 175 et 185 milliards de dollars ; "
               "Alphabet|capex|2026|185000000000|185000000000|USD|at_most|jusqu'à 185 milliards de dollars"_s;
        QTest::newRow("a full year amid the paragraph's quarter")
            << u"Au quatrième trimestre 2024, Meta a réalisé 48 milliards de dollars de chiffre d'affaires. Sur l'ensemble de l'exercice, les ventes atteignent 164 milliards de dollars."_s
            << u"fr"_s << u""_s
            << u"Meta|revenue|2024-Q4|48000000000|48000000000|USD|exact|48 milliards de dollars ; "
               "Meta|revenue|2024|164000000000|164000000000|USD|exact|164 milliards de dollars"_s;
        QTest::newRow("compared with last year in a quarter's results")
            << u"Meta a publié ses résultats du troisième trimestre.\n\nSon bénéfice a reculé à 3 milliards de dollars par rapport à l'an dernier."_s
            << u"fr"_s << u"2025-10-30"_s << u"Meta|net_income|2025-Q3|3000000000|3000000000|USD|exact|3 milliards de dollars"_s;
        QTest::newRow("charges after the figure")
            << u"Le chiffre d'affaires d'Amazon a progressé, mais le groupe a passé 2 milliards de dollars de charges."_s << u"fr"_s << u""_s
            << u"Amazon|other_money|-|2000000000|2000000000|USD|exact|2 milliards de dollars kind=charge"_s;
        QTest::newRow("a sentence of figures that are no claims sets the period")
            << u"Meta dépasse les attentes au deuxième trimestre 2025 avec une hausse de 20 % de son chiffre d'affaires. Le groupe a aussi passé 3 milliards de dollars de charges."_s
            << u"fr"_s << u""_s << u"Meta|other_money|2025-Q2|3000000000|3000000000|USD|exact|3 milliards de dollars kind=charge"_s;
        QTest::newRow("the results quarter outlives a paragraph's stated period")
            << u"Meta a publié ses résultats du deuxième trimestre 2025.\n\nSon chiffre d'affaires atteint 47 milliards de dollars pour la période avril-juin 2025.\n\nLes comptes de Meta comprennent aussi une charge de 2 milliards de dollars."_s
            << u"fr"_s << u""_s
            << u"Meta|revenue|2025-Q2|47000000000|47000000000|USD|exact|47 milliards de dollars ; "
               "Meta|other_money|2025-Q2|2000000000|2000000000|USD|exact|2 milliards de dollars kind=charge"_s;
        QTest::newRow("an expectation beside the figure is of its period")
            << u"Meta a publié ses résultats du deuxième trimestre 2025. Son bénéfice par action ressort à 6 $, contre 5,50 $ attendus."_s
            << u"fr"_s << u""_s
            << u"Meta|other_money|2025-Q2|6|6|USD|exact|6 $ kind=per_share ; Meta|other_money|2025-Q2|5.5|5.5|USD|exact|5,50 $ kind=estimate"_s;
        QTest::newRow("a figure dated by its restatement dates the figures after it")
            << u"Amazon prévoit 200 milliards de dollars d'investissements en 2026.\n\nLe plan de 200 milliards de dollars dépasse d'environ 50 milliards de dollars le consensus des analystes."_s
            << u"fr"_s << u""_s
            << u"Amazon|capex|2026|200000000000|200000000000|USD|exact|200 milliards de dollars ; "
               "Amazon|capex|2026|200000000000|200000000000|USD|exact|200 milliards de dollars ; "
               "Amazon|other_money|2026|50000000000|50000000000|USD|approx|environ 50 milliards de dollars kind=estimate"_s;
        QTest::newRow("a segment named in the sentence before")
            << u"Le chiffre d'affaires d'Alphabet a dépassé les attentes. La division cloud de Google ralentit. Sa croissance la porte à 12 milliards de dollars."_s
            << u"fr"_s << u""_s << u"Alphabet|other_money|-|12000000000|12000000000|USD|exact|12 milliards de dollars kind=segment"_s;
        QTest::newRow("a word for the company passes its name on")
            << u"Brookfield is a large investor. The firm plans to spend $15 billion in France. The rest, some $5 billion, goes to energy."_s
            << u"en"_s << u""_s
            << u"Brookfield|capex|-|15000000000|15000000000|USD|exact|$15 billion ; Brookfield|capex|-|5000000000|5000000000|USD|approx|some $5 billion"_s;
        QTest::newRow("the same amount of another metric is no same figure")
            << u"Amazon dépensera 100 milliards de dollars en 2025.\n\nAlphabet a publié ses comptes. Le bénéfice net dépasse 100 milliards de dollars."_s
            << u"fr"_s << u""_s
            << u"Amazon|capex|2025|100000000000|100000000000|USD|exact|100 milliards de dollars ; "
               "Alphabet|net_income|-|100000000000|100000000000|USD|exact|100 milliards de dollars"_s;
        QTest::newRow("a table's column and row headers")
            << u"Microsoft's spending by quarter. Microsoft reports it so.\n\nPeriod\tFY24 Capex\tFY25 Capex\n\nQ1 (Sep)\t$11.0B\t$20.0B"_s << u"en"_s << u""_s
            << u"Microsoft|capex|FY2024-Q1|11000000000|11000000000|USD|exact|$11.0B ; "
               "Microsoft|capex|FY2025-Q1|20000000000|20000000000|USD|exact|$20.0B"_s;

        // ---- Share moves
        QTest::newRow("a company moves")
            << u"Meta soared 11% after the results."_s << u"en"_s << u""_s << u"Meta|stock_move_pct|-|11|11|%|exact|11%"_s;
        QTest::newRow("French share fall")
            << u"Le titre d'Alphabet reculait de plus de 6 % à Wall Street."_s << u"fr"_s << u""_s
            << u"Alphabet|stock_move_pct|-|-6|-6|%|at_least|plus de 6 %"_s;
        QTest::newRow("revenue growth is no share move")
            << u"Amazon's revenue rose 11% to $158.9 billion as its stock climbed."_s << u"en"_s << u""_s
            << u"Amazon|revenue|-|158900000000|158900000000|USD|exact|$158.9 billion"_s;
        QTest::newRow("share move has no period")
            << u"Microsoft shares are up 20% year-to-date, ahead of next year's plans."_s << u"en"_s << u"2025-07"_s
            << u"Microsoft|stock_move_pct|-|20|20|%|exact|20%"_s;
    }

    void claims()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QString, date);
        QFETCH(QString, expected);
        const ClaimList claims = parse(makeDocument(text, language, date));
        QCOMPARE(describe(claims, text), expected);
    }

    // Where a field came from is kept, with the words that said it.
    void resolutionIsRecorded()
    {
        const QString text = u"Au deuxième trimestre 2025, le chiffre d'affaires de Meta a atteint 47,5 milliards de dollars. "
                             "Le bénéfice net s'est élevé à 18,3 milliards."_s;
        const ClaimList claims = parse(makeDocument(text, u"fr"_s, QString()));
        QCOMPARE(claims.size(), 2);
        const Claim &second = claims.at(1);
        QCOMPARE(second.resolution.currency.source, FieldSource::Paragraph);
        QCOMPARE(text.mid(second.resolution.currency.evidenceStart, second.resolution.currency.evidenceEnd() - second.resolution.currency.evidenceStart),
                 u"47,5 milliards de dollars"_s);
        QCOMPARE(second.resolution.period.source, FieldSource::Paragraph);
        QCOMPARE(claims.at(0).resolution.period.source, FieldSource::Clause);
        // ... and said in words for the figure's tooltip.
        const QStringList lines = ClaimWording::resolution(second, text);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), u"Company from the sentence before"_s);
        QVERIFY2(lines.at(1).startsWith(u"Period from its paragraph: “Au deuxième trimestre 2025"_s), qPrintable(lines.at(1)));
        QCOMPARE(lines.at(2), u"Currency from its paragraph: “47,5 milliards de dollars”"_s);
        QVERIFY(ClaimWording::resolution(claims.at(0), text).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClaimContext)
#include "tst_claimcontext.moc"
