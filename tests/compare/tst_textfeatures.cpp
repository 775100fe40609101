// TextFeatures::tokens is written by hand for speed; it must cut text exactly as the regular
// expression that terms() used before, which stays here as the reference.

#include "compare/textfeatures.h"
#include "corpus/corpusloader.h"

#include "testconfig.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

QList<TextToken> referenceTokens(QStringView text)
{
    static const QRegularExpression tokens(
        u"((?<![\\d.,])\\d{1,3}(?:[ \\x{00A0}\\x{202F}]\\d{3})+(?![\\d])(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)*)"
        u"|([\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}]+)*)"_s);
    QList<TextToken> result;
    auto it = tokens.globalMatchView(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result.append({match.capturedStart(), match.capturedEnd(), match.hasCaptured(1)});
    }
    return result;
}

QString describe(QStringView text, const QList<TextToken> &tokens)
{
    QStringList parts;
    for (const TextToken &token : tokens)
        parts << (token.number ? u"#"_s : u"w"_s) + u'[' + text.sliced(token.start, token.end - token.start) + u']';
    return parts.join(u' ');
}

// Text made of the pieces that the expression treats apart: digits, every separator it knows
// and some it does not, letters with and without accents, combining marks, hyphens, letters
// outside the basic plane, and lone surrogates' neighbours.
QString randomText(QRandomGenerator &random, int length)
{
    static const QStringList pieces{
        u"0"_s, u"1"_s, u"2"_s, u"7"_s, u"9"_s, u"12"_s, u"345"_s, u"2025"_s, u" "_s, u" "_s, u" "_s, u"\u00A0"_s,
        u"\u202F"_s, u"\u2009"_s, u"."_s, u","_s, u"-"_s, u"--"_s, u"a"_s, u"Z"_s, u"é"_s, u"É"_s, u"œ"_s,
        u"e\u0301"_s, u"\u0301"_s, u"ß"_s, u"\U0001D400"_s, u"\U0001F600"_s, u"’"_s, u"'"_s, u"\n"_s, u"%"_s,
        u"$"_s, u"€"_s, u"٣"_s, u"²"_s, u"_"_s, u"milliards"_s, u"États-Unis"_s, u"1 300 000"_s, u"48,4"_s,
    };
    QString text;
    for (int i = 0; i < length; ++i)
        text += pieces.at(random.bounded(int(pieces.size())));
    return text;
}

} // namespace

class TestTextFeatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokensMatchTheExpression_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("groups") << u"1 300 000 dollars et 12 345,6 euros"_s;
        QTest::newRow("group then digits") << u"12 345 6789 et 1 2345"_s;
        QTest::newRow("after a comma") << u"x,123 456 y.123 456"_s;
        QTest::newRow("long lead") << u"1234 567"_s;
        QTest::newRow("decimals") << u"1.2.3 4,5,6 7. 8, 9"_s;
        QTest::newRow("narrow spaces") << u"62\u202F000\u00A0000 Md€"_s;
        QTest::newRow("hyphens") << u"États-Unis -a- b- -c pré--vu"_s;
        QTest::newRow("marks") << u"e\u0301te\u0301 \u0301x"_s;
        QTest::newRow("astral letters") << u"\U0001D400\U0001D401 \U0001F600x"_s;
        QTest::newRow("apostrophes") << u"l’investissement d'Amazon"_s;
    }

    void tokensMatchTheExpression()
    {
        QFETCH(QString, text);
        const QList<TextToken> expected = referenceTokens(text);
        QCOMPARE(describe(text, TextFeatures::tokens(text)), describe(text, expected));
        QCOMPARE(TextFeatures::tokens(text), expected);
    }

    void tokensMatchOnGeneratedText()
    {
        QRandomGenerator random(20250130);
        for (int i = 0; i < 3000; ++i) {
            const QString text = randomText(random, 1 + random.bounded(40));
            const QList<TextToken> tokens = TextFeatures::tokens(text);
            const QList<TextToken> expected = referenceTokens(text);
            if (tokens != expected)
                QCOMPARE(describe(text, tokens), describe(text, expected));
        }
    }

    void tokensMatchOnTheSamples()
    {
        const Corpus corpus = CorpusLoader::load(QStringLiteral(RECOUPE_SAMPLES_DIR));
        QVERIFY(corpus.documents.size() >= 5);
        qsizetype total = 0;
        for (const Document &document : corpus.documents) {
            const QString text = document.text.toString();
            const QList<TextToken> tokens = TextFeatures::tokens(text);
            QCOMPARE(tokens, referenceTokens(text));
            total += tokens.size();
        }
        QVERIFY(total > 1000);
    }

    void termsOfANumberAndMagnitude()
    {
        const QList<TextTerm> terms = TextFeatures::terms(u"Meta dépensera 1 300 000 euros et 62 milliards"_s, u"fr"_s);
        QStringList keys;
        for (const TextTerm &term : terms)
            keys << term.key;
        QCOMPARE(keys, (QStringList{u"meta"_s, u"depens"_s, u"#1.3e+06"_s, u"euro"_s, u"#6.2e+10"_s}));
    }

    // Numbers are keyed by their value to four significant digits, whichever way the value is
    // read and written: whole numbers (read and keyed apart from the others) key as decimals do.
    void numberKeysAreFourSignificantDigits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("value");
        QTest::newRow("small whole") << u"14"_s << u"en"_s << 14.0;
        QTest::newRow("zero") << u"0"_s << u"en"_s << 0.0;
        QTest::newRow("leading zeros") << u"007"_s << u"en"_s << 7.0;
        QTest::newRow("year") << u"2025"_s << u"fr"_s << 2025.0;
        QTest::newRow("four digits") << u"9999"_s << u"en"_s << 9999.0;
        QTest::newRow("five digits") << u"12345"_s << u"en"_s << 12345.0;
        QTest::newRow("fifteen digits") << u"123456789012345"_s << u"en"_s << 123456789012345.0;
        QTest::newRow("sixteen digits") << u"1234567890123456"_s << u"en"_s << 1234567890123456.0;
        QTest::newRow("decimal point") << u"83.4"_s << u"en"_s << 83.4;
        QTest::newRow("decimal comma") << u"72,2"_s << u"fr"_s << 72.2;
        QTest::newRow("thousands") << u"1,300"_s << u"en"_s << 1300.0;
        QTest::newRow("spaced thousands") << u"1 300 000"_s << u"fr"_s << 1300000.0;
        QTest::newRow("whole decimal") << u"2.0"_s << u"en"_s << 2.0;
    }

    void numberKeysAreFourSignificantDigits()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(double, value);
        QCOMPARE(TextFeatures::parseNumber(text, language), std::optional<double>(value));
        const QList<TextTerm> terms = TextFeatures::terms(text, language);
        QCOMPARE(terms.size(), 1);
        QCOMPARE(terms.constFirst().key, u'#' + QString::number(value, 'g', 4));
    }
};

QTEST_GUILESS_MAIN(TestTextFeatures)
#include "tst_textfeatures.moc"
