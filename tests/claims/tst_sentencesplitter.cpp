// SentenceSplitter: the sentences that the claim parser and the passage matcher both read.
#include "claims/sentencesplitter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

QStringList split(const QString &text)
{
    const LanguageKnowledge knowledge = LanguageKnowledge::builtin();
    QStringList sentences;
    for (const auto &[start, end] : SentenceSplitter(knowledge).sentences(text))
        sentences.append(text.sliced(start, end - start));
    return sentences;
}

} // namespace

class TestSentenceSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("sentences");
        QTest::newRow("blank") << u" \n\n  "_s << QStringList();
        QTest::newRow("three ends") << u"It rained. Did it? It poured!"_s << QStringList{u"It rained."_s, u"Did it?"_s, u"It poured!"_s};
        QTest::newRow("lines end sentences") << u"A headline without a stop\n\nThe body follows."_s
                                             << QStringList{u"A headline without a stop"_s, u"The body follows."_s};
        QTest::newRow("decimals and domains") << u"Shares rose 1.6 % on Example.org today. Then fell."_s
                                              << QStringList{u"Shares rose 1.6 % on Example.org today."_s, u"Then fell."_s};
        QTest::newRow("initials") << u"J. R. Doe signed the lease. It runs ten years."_s
                                  << QStringList{u"J. R. Doe signed the lease."_s, u"It runs ten years."_s};
        QTest::newRow("English abbreviations") << u"Mr. Vance met Dr. Ode at Widget Corp. on Monday."_s
                                               << QStringList{u"Mr. Vance met Dr. Ode at Widget Corp. on Monday."_s};
        QTest::newRow("French abbreviations") << u"Mme Durand prévoit env. 3 milliards. Le conseil valide."_s
                                              << QStringList{u"Mme Durand prévoit env. 3 milliards."_s, u"Le conseil valide."_s};
        QTest::newRow("a long word ending a sentence") << u"The board said it was unprecedented. Others agreed."_s
                                                       << QStringList{u"The board said it was unprecedented."_s, u"Others agreed."_s};
        QTest::newRow("quote after the stop") << u"Prices doubled. « Nobody saw it coming », she said."_s
                                              << QStringList{u"Prices doubled."_s, u"« Nobody saw it coming », she said."_s};
        QTest::newRow("capital right after") << u"First part.Second part"_s << QStringList{u"First part."_s, u"Second part"_s};
        QTest::newRow("ellipsis") << u"Wait… Then go."_s << QStringList{u"Wait…"_s, u"Then go."_s};
    }

    void sentences()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, sentences);
        QCOMPARE(split(text), sentences);
    }

    // A "sentence" of thousands of words without a stop is cut between words, each piece at most
    // LongestSentence characters, none empty, the text covered in order.
    void longSentencesAreCutBetweenWords()
    {
        QString text;
        for (int i = 0; text.size() < 5 * SentenceSplitter::LongestSentence; ++i)
            text += u"word%1 "_s.arg(i % 10);
        const LanguageKnowledge knowledge = LanguageKnowledge::builtin();
        const auto spans = SentenceSplitter(knowledge).sentences(text);
        QVERIFY(spans.size() >= 5);
        qsizetype previousEnd = 0;
        for (const auto &[start, end] : spans) {
            QVERIFY(end > start);
            QVERIFY(end - start <= SentenceSplitter::LongestSentence);
            QVERIFY(start >= previousEnd);
            QVERIFY(text.at(start).isLetter());
            previousEnd = end;
        }
        // A single word too long to cut stays whole.
        const QString word(3 * SentenceSplitter::LongestSentence, u'x');
        QCOMPARE(split(word), QStringList{word});
    }
};

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "tst_sentencesplitter.moc"
