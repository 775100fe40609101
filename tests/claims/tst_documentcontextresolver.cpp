// The document-level pass of the claim parser, on drafts built by hand: each rule alone, and
// what it must leave alone.
#include "claims/claimtestsupport.h"
#include "claims/documentcontextresolver.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

ClaimDraft draft(const QString &entity, const QString &metric, const QString &period, double amount, int paragraph = 0)
{
    ClaimDraft result;
    result.claim.document = u"a.txt"_s;
    result.claim.entity = entity;
    result.claim.metric = metric;
    result.claim.period = period;
    result.claim.low = result.claim.high = amount;
    result.claim.currency = u"USD"_s;
    result.periodStated = !period.isEmpty();
    result.paragraph = paragraph;
    return result;
}

} // namespace

class TestDocumentContextResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameFigureLendsItsPeriod()
    {
        QList<ClaimDraft> drafts{draft(u"Meta"_s, u"capex"_s, {}, 65e9), draft(u"Meta"_s, u"capex"_s, u"2025"_s, 65e9, 1)};
        DocumentContextResolver::resolve(drafts);
        QCOMPARE(drafts.at(0).claim.period, u"2025"_s);
        QCOMPARE(drafts.at(0).claim.resolution.period.source, FieldSource::SameFigure);
    }

    void disagreeingStatementsLendNothing()
    {
        QList<ClaimDraft> drafts{draft(u"Meta"_s, u"capex"_s, {}, 65e9), draft(u"Meta"_s, u"capex"_s, u"2025"_s, 65e9, 1),
                                 draft(u"Meta"_s, u"capex"_s, u"2026"_s, 65e9, 2)};
        DocumentContextResolver::resolve(drafts);
        QCOMPARE(drafts.at(0).claim.period, QString());
    }

    void fiscalYearWinsOverCalendarYear()
    {
        QList<ClaimDraft> drafts{draft(u"Microsoft"_s, u"capex"_s, u"2024"_s, 55.7e9), draft(u"Microsoft"_s, u"capex"_s, u"FY2024"_s, 55.7e9, 1)};
        DocumentContextResolver::resolve(drafts);
        QCOMPARE(drafts.at(0).claim.period, u"FY2024"_s);
    }

    void paragraphPeriodForTheSameEntityOnly()
    {
        QList<ClaimDraft> drafts{draft(u"Amazon"_s, u"revenue"_s, u"2025-Q3"_s, 180e9), draft(u"Amazon"_s, u"net_income"_s, {}, 21e9),
                                 draft(u"Meta"_s, u"capex"_s, {}, 70e9), draft(u"Amazon"_s, u"capex"_s, {}, 125e9, 1)};
        DocumentContextResolver::resolve(drafts);
        QCOMPARE(drafts.at(1).claim.period, u"2025-Q3"_s);
        QCOMPARE(drafts.at(1).claim.resolution.period.source, FieldSource::Paragraph);
        QCOMPARE(drafts.at(2).claim.period, QString());  // another company
        QCOMPARE(drafts.at(3).claim.period, QString());  // another paragraph, and no results sentence set it
    }

    void earlierTimelessAndStatedFiguresKeepTheirs()
    {
        QList<ClaimDraft> drafts{draft(u"Meta"_s, u"capex"_s, u"2025"_s, 70e9), draft(u"Meta"_s, u"capex"_s, {}, 39e9),
                                 draft(u"Meta"_s, u"other_money"_s, {}, 1.9e12), draft(u"Meta"_s, u"revenue"_s, {}, 40e9)};
        drafts[1].claim.previous = true;
        drafts[2].timeless = true;
        drafts[3].periodStated = true; // "the quarter" of an undated article: unknown, not the paragraph's
        DocumentContextResolver::resolve(drafts);
        QCOMPARE(drafts.at(1).claim.period, QString());
        QCOMPARE(drafts.at(2).claim.period, QString());
        QCOMPARE(drafts.at(3).claim.period, QString());
    }

    void resultsQuarterFramesLaterParagraphs()
    {
        ClaimDraft context = draft(QString(), QString(), u"2025-Q3"_s, 0);
        context.contextOnly = true;
        QList<ClaimDraft> drafts{context, draft(u"Amazon"_s, u"other_money"_s, {}, 106e9, 1), draft(u"Amazon"_s, u"capex"_s, {}, 125e9, 2)};
        DocumentContextResolver::resolve(drafts);
        QCOMPARE(drafts.at(1).claim.period, u"2025-Q3"_s);
        QCOMPARE(drafts.at(2).claim.period, u"2025-Q3"_s);
    }

    void guessedMetricFromTheArticle()
    {
        QList<ClaimDraft> drafts{draft(u"Amazon"_s, u"capex"_s, u"2026"_s, 200e9), draft(u"Amazon"_s, u"other_money"_s, {}, 200e9, 1),
                                 draft(u"Amazon"_s, u"other_money"_s, {}, 50e9, 2)};
        drafts[1].metricGuessed = true;
        drafts[2].metricGuessed = true;
        DocumentContextResolver::resolve(drafts);
        QCOMPARE(drafts.at(1).claim.metric, u"capex"_s);
        QCOMPARE(drafts.at(1).claim.resolution.metric.source, FieldSource::SameFigure);
        QCOMPARE(drafts.at(2).claim.metric, u"capex"_s); // what the article says of Amazon's figures
    }

    void guessedEntityFromTheSameFigure()
    {
        QList<ClaimDraft> drafts{draft(u"Big Tech"_s, u"capex"_s, u"2026"_s, 630e9), draft(u"Amazon"_s, u"capex"_s, {}, 630e9, 1)};
        drafts[1].claim.resolution.entity.source = FieldSource::MainEntity;
        DocumentContextResolver::resolve(drafts);
        QCOMPARE(drafts.at(1).claim.entity, u"Big Tech"_s);
    }

    void programmeWinsOverItsSponsor()
    {
        QList<ClaimDraft> drafts{draft(u"InvestAI"_s, u"capex"_s, {}, 200e9), draft(u"EU"_s, u"capex"_s, {}, 200e9, 1),
                                 draft(u"EU"_s, u"capex"_s, {}, 50e9, 2)};
        drafts[0].projectEntity = true;
        DocumentContextResolver::resolve(drafts);
        QCOMPARE(drafts.at(1).claim.entity, u"InvestAI"_s);
        QCOMPARE(drafts.at(2).claim.entity, u"EU"_s);
    }
};

QTEST_GUILESS_MAIN(TestDocumentContextResolver)
#include "tst_documentcontextresolver.moc"
