#include "annotations/approximatematcher.h"
#include "annotations/textanchorer.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;
using namespace Recoupe;

Q_DECLARE_METATYPE(Recoupe::AnchorStatus)
Q_DECLARE_METATYPE(Recoupe::AnchorMethod)

namespace {

// An article of our own, in the shape of the corpus's: a title, paragraphs, figures.
const QString article = u"Harbour tunnel budget climbs again\n\n"
                        u"The regional transport authority said on Tuesday that the harbour tunnel would now cost "
                        u"2.4 billion euros, up from the 1.9 billion euros announced in 2022. Officials blamed steel "
                        u"prices and a longer drilling schedule.\n\n"
                        u"Work should end in 2029, two years later than planned. The authority expects 41,000 vehicles "
                        u"a day once the tunnel opens."_s;

QString replaced(QString text, const QString &before, const QString &after)
{
    Q_ASSERT(text.contains(before));
    return text.replace(before, after);
}

// The edit distance of the best substring of text ending at each position (index = end).
std::vector<int> bestEndDistances(const QString &text, const QString &pattern)
{
    const qsizetype m = pattern.size();
    std::vector<int> column(m + 1);
    for (qsizetype i = 0; i <= m; ++i)
        column[i] = int(i);
    std::vector<int> result{int(m)};
    for (qsizetype j = 1; j <= text.size(); ++j) {
        std::vector<int> next(m + 1);
        next[0] = 0;
        for (qsizetype i = 1; i <= m; ++i) {
            next[i] = std::min({column[i] + 1, next[i - 1] + 1, column[i - 1] + (pattern[i - 1] == text[j - 1] ? 0 : 1)});
        }
        column = next;
        result.push_back(column[m]);
    }
    return result;
}

QString randomText(QRandomGenerator &random, qsizetype length)
{
    static const QString alphabet = u"abcd"_s;
    QString text;
    for (qsizetype i = 0; i < length; ++i)
        text.append(alphabet.at(random.bounded(alphabet.size())));
    return text;
}

} // namespace

class TestTextAnchorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editDistance()
    {
        QCOMPARE(ApproximateMatcher::editDistance(u"kitten", u"sitting"), 3);
        QCOMPARE(ApproximateMatcher::editDistance(u"", u"abc"), 3);
        QCOMPARE(ApproximateMatcher::editDistance(u"abc", u""), 3);
        QCOMPARE(ApproximateMatcher::editDistance(u"même", u"même"), 0);
    }

    void approximateSearchFindsThePlace()
    {
        const QString text = u"the quick brown fox jumps over the lazy dog"_s;
        const QList<ApproximateMatch> matches = ApproximateMatcher::search(text, u"brwn fax"_s, 2);
        QCOMPARE(matches.size(), 1);
        QCOMPARE(text.mid(matches[0].start, matches[0].end - matches[0].start), u"brown fox"_s);
        QCOMPARE(matches[0].errors, 2);
        QVERIFY(ApproximateMatcher::search(text, u"zebra crossing"_s, 2).isEmpty());
        QVERIFY(ApproximateMatcher::search(text, QString(), 2).isEmpty());
    }

    // Myers' block algorithm checked against the textbook dynamic programme, on patterns of one,
    // two and three 64-bit blocks.
    void approximateSearchAgreesWithDynamicProgramming()
    {
        QRandomGenerator random(20250304);
        for (int round = 0; round < 300; ++round) {
            const qsizetype patternLength = 1 + random.bounded(150);
            const QString pattern = randomText(random, patternLength);
            QString text = randomText(random, random.bounded(400));
            // Plant a damaged copy of the pattern now and then, so that there is something to find.
            if (round % 2 == 0) {
                QString copy = pattern;
                for (int edits = random.bounded(1 + int(patternLength) / 8); edits > 0 && !copy.isEmpty(); --edits)
                    copy.remove(random.bounded(copy.size()), 1);
                text.insert(random.bounded(text.size() + 1), copy);
            }
            const int maxErrors = random.bounded(1 + int(patternLength) / 2);
            const std::vector<int> distances = bestEndDistances(text, pattern);
            const QList<ApproximateMatch> matches = ApproximateMatcher::search(text, pattern, maxErrors, 100000);

            int best = std::numeric_limits<int>::max();
            int runs = 0;
            bool inRun = false;
            for (qsizetype end = 1; end <= text.size(); ++end) {
                best = std::min(best, distances[end]);
                const bool under = distances[end] <= maxErrors;
                if (under && !inRun)
                    ++runs;
                inRun = under;
            }
            const QByteArray where = "round " + QByteArray::number(round) + ": " + pattern.toLatin1() + " in " + text.toLatin1();
            QVERIFY2(matches.size() == runs, where.constData());
            if (best > maxErrors) {
                QVERIFY2(matches.isEmpty(), where.constData());
                continue;
            }
            QVERIFY2(!matches.isEmpty(), where.constData());
            QVERIFY2(matches.first().errors == best, where.constData());
            for (const ApproximateMatch &match : matches) {
                QVERIFY2(distances[match.end] == match.errors, where.constData());
                QVERIFY2(ApproximateMatcher::editDistance(pattern, QStringView(text).sliced(match.start, match.end - match.start)) == match.errors,
                         where.constData());
            }
        }
    }

    void reanchor_data()
    {
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("context");   // the quote's occurrence is the one inside context
        QTest::addColumn<QString>("edited");
        QTest::addColumn<AnchorStatus>("status");
        QTest::addColumn<AnchorMethod>("method");
        QTest::addColumn<QString>("found");     // what the current text reads at the new place
        QTest::addColumn<QString>("foundContext");

        const auto row = [](const char *name, const QString &quote, const QString &edited, AnchorStatus status, AnchorMethod method,
                            const QString &found, const QString &context = {}, const QString &foundContext = {}) {
            QTest::newRow(name) << quote << context << edited << status << method << found << foundContext;
        };
        const QString insertion = u"Correction, 5 March: an earlier version of this article gave the wrong date.\n\n"_s;

        row("unchanged", u"2.4 billion euros"_s, article, AnchorStatus::Anchored, AnchorMethod::Position, u"2.4 billion euros"_s);
        row("text added after", u"2.4 billion euros"_s, article + u"\n\nA public meeting is planned."_s, AnchorStatus::Anchored,
            AnchorMethod::Position, u"2.4 billion euros"_s);
        row("text inserted before", u"2.4 billion euros"_s, insertion + article, AnchorStatus::Moved, AnchorMethod::Quote,
            u"2.4 billion euros"_s);
        row("quote at the start, text inserted before", u"Harbour tunnel budget"_s, u"UPDATED "_s + article, AnchorStatus::Moved,
            AnchorMethod::Quote, u"Harbour tunnel budget"_s);
        // The same words now appear twice: the context tells which copy was annotated.
        row("copy inserted before", u"1.9 billion euros"_s,
            u"Last year 1.9 billion euros was also the price of the ring road.\n\n"_s + article, AnchorStatus::Moved,
            AnchorMethod::Quote, u"1.9 billion euros"_s, u"up from the 1.9 billion euros"_s, u"up from the 1.9 billion euros"_s);
        row("no-break space inside", u"2.4 billion euros"_s, replaced(article, u"2.4 billion euros"_s, u"2.4\u00a0billion  euros"_s),
            AnchorStatus::Moved, AnchorMethod::NormalisedQuote, u"2.4\u00a0billion  euros"_s);
        row("line break inside", u"steel prices and a longer drilling schedule"_s,
            replaced(article, u"a longer drilling"_s, u"a longer\ndrilling"_s), AnchorStatus::Moved, AnchorMethod::NormalisedQuote,
            u"steel prices and a longer\ndrilling schedule"_s);
        row("thousands separator", u"41,000 vehicles"_s, replaced(article, u"41,000"_s, u"41 000"_s), AnchorStatus::Moved,
            AnchorMethod::NormalisedQuote, u"41 000 vehicles"_s);
        row("decimal comma, and text inserted before", u"2.4 billion euros"_s,
            insertion + replaced(article, u"2.4 billion"_s, u"2,4 billion"_s), AnchorStatus::Moved, AnchorMethod::NormalisedQuote,
            u"2,4 billion euros"_s);
        row("quotation marks and case", u"Officials blamed steel prices"_s,
            replaced(article, u"Officials blamed steel prices"_s, u"“officials” blamed steel prices"_s), AnchorStatus::Moved,
            AnchorMethod::NormalisedQuote, u"officials” blamed steel prices"_s);
        row("accents", u"regional transport authority"_s, replaced(article, u"regional"_s, u"régional"_s), AnchorStatus::Moved,
            AnchorMethod::NormalisedQuote, u"régional transport authority"_s);
        row("words changed in a long quote", u"Officials blamed steel prices and a longer drilling schedule"_s,
            replaced(article, u"blamed steel prices and a longer"_s, u"blamed the steel prices and a slower"_s), AnchorStatus::Moved,
            AnchorMethod::ApproximateQuote, u"Officials blamed the steel prices and a slower drilling schedule"_s);
        row("figure corrected, context intact", u"2.4 billion euros"_s, replaced(article, u"2.4 billion"_s, u"2.6 billion"_s),
            AnchorStatus::Moved, AnchorMethod::ApproximateQuote, u"2.6 billion euros"_s);
        row("quote deleted", u"1.9 billion euros announced in 2022"_s,
            replaced(article, u", up from the 1.9 billion euros announced in 2022"_s, QString()), AnchorStatus::Orphaned,
            AnchorMethod::None, QString());
        row("paragraph deleted", u"41,000 vehicles a day"_s,
            replaced(article, u"\n\nWork should end in 2029, two years later than planned. The authority expects 41,000 vehicles a day once the tunnel opens."_s,
                     QString()),
            AnchorStatus::Orphaned, AnchorMethod::None, QString());
        // A short figure that now appears only in another sentence is not the one annotated.
        row("short quote gone, same words elsewhere", u"2029"_s,
            replaced(article, u"Work should end in 2029, two years later than planned."_s,
                     u"No end date was given. A bridge finished in 2029 would qualify for aid."_s),
            AnchorStatus::Orphaned, AnchorMethod::None, QString());
    }

    void reanchor()
    {
        QFETCH(QString, quote);
        QFETCH(QString, context);
        QFETCH(QString, edited);
        QFETCH(AnchorStatus, status);
        QFETCH(AnchorMethod, method);
        QFETCH(QString, found);
        QFETCH(QString, foundContext);

        const qsizetype start = context.isEmpty() ? article.indexOf(quote) : article.indexOf(context) + context.indexOf(quote);
        QVERIFY(start >= 0);
        const AnnotationTarget target = AnnotationTarget::forPassage(u"tunnel.txt"_s, article, start, start + quote.size());
        QCOMPARE(target.exact, quote);

        const AnchorResult result = TextAnchorer::anchor(target, edited);
        QCOMPARE(AnchorResult::statusName(result.status), AnchorResult::statusName(status));
        QCOMPARE(AnchorResult::methodName(result.method), AnchorResult::methodName(method));
        if (status == AnchorStatus::Orphaned) {
            QVERIFY(!result.isPlaced());
            QCOMPARE(result.start, -1);
            return;
        }
        QCOMPARE(edited.mid(result.start, result.end - result.start), found);
        if (!foundContext.isEmpty())
            QCOMPARE(result.start, edited.indexOf(foundContext) + foundContext.indexOf(found));
    }

    void nearnessBreaksTies()
    {
        // Two copies with the same context: the one nearer the old place wins.
        const QString sentence = u"Prices rose 3 % in March. "_s;
        const QString text = sentence + sentence + sentence;
        const qsizetype start = sentence.size() * 2 + sentence.indexOf(u"3 %"_s);
        const AnnotationTarget target = AnnotationTarget::forPassage(u"a.txt"_s, text, start, start + 3);
        const QString edited = u"Intro. "_s + text;
        const AnchorResult result = TextAnchorer::anchor(target, edited);
        QCOMPARE(result.status, AnchorStatus::Moved);
        QCOMPARE(result.start, start + 7);
    }

    void targetsWithoutPassage()
    {
        AnnotationTarget group;
        group.claimGroup = GroupKey{u"Harbour authority"_s, u"capex"_s, u"2025"_s};
        const AnchorResult result = TextAnchorer::anchor(group, article);
        QCOMPARE(result.status, AnchorStatus::Anchored);
        QCOMPARE(result.method, AnchorMethod::None);
        QVERIFY(!result.isPlaced());

        // Offsets without a quote (another tool's) hold only on the very text they were made for.
        AnnotationTarget positionOnly;
        positionOnly.documentId = u"tunnel.txt"_s;
        positionOnly.start = 10;
        positionOnly.end = 20;
        positionOnly.textHash = readingTextHash(article);
        QCOMPARE(TextAnchorer::anchor(positionOnly, article).status, AnchorStatus::Anchored);
        QCOMPARE(TextAnchorer::anchor(positionOnly, article + u"!"_s).status, AnchorStatus::Orphaned);
    }

    // Issue 17: an annotation with a 100,000-character prefix took minutes to anchor (an edit
    // distance of the whole prefix at each occurrence of the quote). Only the context nearest
    // the quote is compared now.
    void hugeContextIsBounded()
    {
        QString text;
        for (int i = 0; i < 400; ++i)
            text += u"Paragraph %1 of the harbour story: the toll rose to 4.2 million euros this spring.\n"_s.arg(i);
        AnnotationTarget target;
        target.documentId = u"harbour.txt"_s;
        target.exact = u"4.2 million euros this spring"_s;
        target.prefix = QString(100000, u'q');
        target.suffix = QString(100000, u'z');
        const AnchorResult result = TextAnchorer::anchor(target, text);
        QVERIFY(result.isPlaced());
        QCOMPARE(text.mid(result.start, result.end - result.start), target.exact);
    }

    void documentMissing()
    {
        const AnchorResult result = TextAnchorer::documentMissing();
        QCOMPARE(result.status, AnchorStatus::Orphaned);
        QVERIFY(result.documentMissing);
        QCOMPARE(AnchorResult::statusName(result.status), u"orphaned"_s);
    }

    void oneAnchorerManyTargets()
    {
        const QString edited = u"Preface.\n\n"_s + replaced(article, u"41,000"_s, u"41 000"_s);
        const TextAnchorer anchorer(edited);
        for (const QString &quote : {u"2.4 billion euros"_s, u"41,000 vehicles"_s, u"steel prices"_s}) {
            const qsizetype start = article.indexOf(quote);
            const AnchorResult result = anchorer.anchor(AnnotationTarget::forPassage(u"a"_s, article, start, start + quote.size()));
            QCOMPARE(result.status, AnchorStatus::Moved);
            QCOMPARE(edited.mid(result.start, result.end - result.start).remove(u' '), QString(quote).remove(u' ').remove(u','));
        }
    }
};

QTEST_GUILESS_MAIN(TestTextAnchorer)
#include "tst_textanchorer.moc"
