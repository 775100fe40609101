// Hostile and unlucky texts (issue 17): each reproducer is generated here, at a size where
// the quadratic cost it once had would run past this test's CTest timeout, and the test checks
// the bounds that keep the cost linear: sentences cut between words, figures per sentence
// capped and reported, a much repeated figure not compared with all its repetitions, and
// output that does not copy a long sentence into each of its claims.

#include "analysis/analysispipeline.h"
#include "claims/claimextractor.h"
#include "claims/claimparser.h"
#include "claims/claimtestsupport.h"
#include "export/claimsjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

QString repeated(const QString &piece, int times)
{
    QString text;
    text.reserve(piece.size() * times);
    for (int i = 0; i < times; ++i)
        text += piece;
    return text;
}

ClaimList extract(const QString &text, const QString &language, int *figuresLeftOut = nullptr)
{
    QList<int> leftOut;
    const ClaimList claims = ClaimExtractor::extract({makeDocument(text, language, u"2025-06-01"_s)}, EntityCatalog::builtIn(), {}, &leftOut);
    if (figuresLeftOut)
        *figuresLeftOut = leftOut.value(0);
    return claims;
}

} // namespace

class TestHostileText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // "Meta capex 2025 $5 billion and " × 2,000: one sentence of 62 KB. It is read in pieces of
    // at most a thousand characters or so, cut between words, and every figure is still read.
    void longSentenceIsCutBetweenWords()
    {
        const QString text = repeated(u"Meta capex 2025 $5 billion and "_s, 2000);
        int leftOut = -1;
        const ClaimList claims = extract(text, u"en"_s, &leftOut);
        QCOMPARE(leftOut, 0);
        QCOMPARE(claims.size(), 2000);
        for (const Claim &claim : claims) {
            QVERIFY2(claim.sentenceEnd - claim.sentenceStart <= 1000, qPrintable(QString::number(claim.sentenceEnd - claim.sentenceStart)));
            QVERIFY(claim.sentenceStart <= claim.start && claim.end <= claim.sentenceEnd);
            QCOMPARE(claim.quote(text), u"$5 billion"_s);
            QCOMPARE(claim.entity, u"Meta"_s);
            QCOMPARE(claim.metric, u"capex"_s);
        }
        // Cut at spaces: no piece starts or ends inside a word.
        for (const Claim &claim : claims) {
            QVERIFY(claim.sentenceStart == 0 || text.at(claim.sentenceStart - 1).isSpace());
            QVERIFY(claim.sentenceEnd == text.size() || text.at(claim.sentenceEnd).isSpace());
        }
    }

    // "$1 " × 16,000 (48 KB): more figures in a piece of sentence than any article writes. The
    // first ClaimParser::MostFiguresPerSentence of each are read, the others counted.
    void figuresPerSentenceAreCapped()
    {
        const QString text = repeated(u"$1 "_s, 16000);
        int leftOut = -1;
        const ClaimList claims = extract(text, u"en"_s, &leftOut);
        QVERIFY(!claims.isEmpty());
        QVERIFY(leftOut > 0);
        QVERIFY(claims.size() + leftOut >= 15990); // "$1" at a cut may lose its sign or currency
        QHash<qint32, int> perSentence;
        for (const Claim &claim : claims)
            ++perSentence[claim.sentenceStart];
        for (auto it = perSentence.cbegin(); it != perSentence.cend(); ++it)
            QVERIFY(it.value() <= ClaimParser::MostFiguresPerSentence);
    }

    // The window and every command hear of it, with the file's name.
    void figuresLeftOutAreReported()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QFile file(folder.filePath(u"figures.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(repeated(u"$1 "_s, 300).toUtf8());
        file.close();
        AnalysisOptions options;
        options.catalog = EntityCatalog::builtIn();
        const FolderAnalysis analysis = AnalysisPipeline::analyseFolder(folder.path(), options);
        const QStringList reported = analysis.warnings.filter(u"figures.txt"_s);
        QCOMPARE(reported.size(), 1);
        QVERIFY2(reported.constFirst().contains(QString::number(ClaimParser::MostFiguresPerSentence)), qPrintable(reported.constFirst()));
    }

    // "(" × 200,000 then a figure: each "(" once looked for its ")" to the end of the text.
    void openBracketsCostOneScan()
    {
        const QString text = repeated(u"("_s, 200000) + u" Meta capex will reach $5 billion in 2025."_s;
        const ClaimList claims = extract(text, u"en"_s);
        QVERIFY(claims.size() <= 1);
        const QString words = repeated(u"(Meta $5 billion "_s, 8000);
        const ClaimList wordClaims = extract(words, u"en"_s);
        QCOMPARE(wordClaims.size(), 8000);
    }

    // "Meta a dépensé 5 milliards de dollars en 2025. " × 20,000: one figure restated in every
    // sentence, which the document-level pass once compared with every other.
    void restatedFigureIsNotComparedWithEveryRepetition()
    {
        const QString text = repeated(u"Meta a dépensé 5 milliards de dollars en 2025. "_s, 20000);
        const ClaimList claims = extract(text, u"fr"_s);
        QCOMPARE(claims.size(), 20000);
        for (const Claim &claim : claims) {
            QCOMPARE(claim.period, u"2025"_s);
            QCOMPARE(claim.low, 5e9);
        }
    }

    // "capex " × 100,000: cues and no figure.
    void cuesWithoutFigures()
    {
        QVERIFY(extract(repeated(u"capex "_s, 100000), u"en"_s).isEmpty());
    }

    // The claims JSON of a long sentence: its words around the quote, and the whole sentence by
    // offsets, so that the output grows with the figures and not with figures × sentence length.
    void jsonShowsALongSentenceAroundTheQuote()
    {
        // One sentence of 900 characters (under the cut) with a figure in the middle.
        const QString filler = repeated(u"la demande reste forte "_s, 20);
        const QString text = u"Meta "_s + filler + u"et investira 65 milliards de dollars en 2025 "_s + filler + u"."_s;
        Document document = makeDocument(text, u"fr"_s, u"2025-06-01"_s);
        const ClaimList claims = ClaimExtractor::extract({document});
        QCOMPARE(claims.size(), 1);
        const Claim &claim = claims.constFirst();
        QVERIFY(claim.sentenceEnd - claim.sentenceStart > Claim::LongestShownSentence);
        const QJsonObject object = claimToJson(claim, text);
        const QString shown = object.value("sentence"_L1).toString();
        QVERIFY2(shown.size() <= Claim::LongestShownSentence, qPrintable(shown));
        QVERIFY(shown.contains(u"65 milliards de dollars"_s));
        QVERIFY(shown.startsWith(QChar(0x2026)) && shown.endsWith(QChar(0x2026)));
        // Whole words only.
        QVERIFY2(shown.mid(1).startsWith(u"la "_s) || shown.mid(1).startsWith(u"demande "_s) || shown.mid(1).startsWith(u"reste "_s)
                     || shown.mid(1).startsWith(u"forte "_s),
                 qPrintable(shown));
        QCOMPARE(object.value("sentenceStart"_L1).toInteger(), qint64(claim.sentenceStart));
        QCOMPARE(object.value("sentenceEnd"_L1).toInteger(), qint64(claim.sentenceEnd));
        // Read back, the claim has its whole sentence again.
        Claim read;
        QString error;
        QVERIFY2(claimFromJson(object, &read, &error), qPrintable(error));
        QCOMPARE(read.sentence(text), claim.sentence(text));

        // A short sentence is shown whole.
        const QString shortText = u"Meta investira 65 milliards de dollars en 2025."_s;
        const ClaimList shortClaims = ClaimExtractor::extract({makeDocument(shortText, u"fr"_s, u"2025-06-01"_s)});
        QCOMPARE(shortClaims.size(), 1);
        QCOMPARE(claimToJson(shortClaims.constFirst(), shortText).value("sentence"_L1).toString(), shortText);
    }

    // The 48 KB sentence of "$1 " made 775 MB of JSON: now a few dozen times the text.
    void jsonGrowsWithTheText()
    {
        const QString text = repeated(u"$1 "_s, 16000);
        Document document = makeDocument(text, u"en"_s, u"2025-06-01"_s);
        const ClaimList claims = ClaimExtractor::extract({document});
        const QByteArray json = QJsonDocument(claimsToJson(claims, {document})).toJson(QJsonDocument::Compact);
        QVERIFY2(json.size() < 100 * text.size(), qPrintable(QString::number(json.size())));
    }
};

QTEST_GUILESS_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
