#include "reading/foldedtext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

class TestFoldedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("sensitivity");
        QTest::addColumn<QString>("folded");

        const int insensitive = FoldedText::Insensitive;
        const int caseSensitive = FoldedText::CaseSensitive;
        const int accentSensitive = FoldedText::AccentSensitive;
        const int both = FoldedText::CaseSensitive | FoldedText::AccentSensitive;
        QTest::newRow("accents") << u"dépenses"_s << insensitive << u"depenses"_s;
        QTest::newRow("capitals with accents") << u"DÉPENSES"_s << insensitive << u"depenses"_s;
        QTest::newRow("title case") << u"Dépenses"_s << insensitive << u"depenses"_s;
        QTest::newRow("cedilla") << u"Français"_s << insensitive << u"francais"_s;
        QTest::newRow("decomposed accent") << u"de\u0301penses"_s << insensitive << u"depenses"_s;
        QTest::newRow("oe ligature") << u"œuvre"_s << insensitive << u"oeuvre"_s;
        QTest::newRow("capital OE ligature") << u"Œuvre"_s << insensitive << u"oeuvre"_s;
        QTest::newRow("ae ligature") << u"ex æquo"_s << insensitive << u"ex aequo"_s;
        QTest::newRow("sharp s") << u"Straße"_s << insensitive << u"strasse"_s;
        QTest::newRow("typographic apostrophe") << u"l’an"_s << insensitive << u"l'an"_s;
        QTest::newRow("no-break spaces") << u"60\u00a0%\u202fnet"_s << insensitive << u"60 % net"_s;
        QTest::newRow("case kept") << u"Dépenses"_s << caseSensitive << u"Depenses"_s;
        QTest::newRow("case kept, ligature") << u"Œuvre"_s << caseSensitive << u"OEuvre"_s;
        QTest::newRow("accents kept") << u"DÉPENSES"_s << accentSensitive << u"dépenses"_s;
        QTest::newRow("both kept") << u"Dépenses l’an"_s << both << u"Dépenses l'an"_s;
        QTest::newRow("outside the BMP") << u"a\U0001D400b"_s << caseSensitive << u"a\U0001D400b"_s;
        QTest::newRow("empty") << QString() << insensitive << QString();
    }

    void fold()
    {
        QFETCH(QString, text);
        QFETCH(int, sensitivity);
        QFETCH(QString, folded);
        QCOMPARE(FoldedText::fold(text, sensitivity), folded);
        const FoldedText foldedText(text, sensitivity);
        QCOMPARE(foldedText.folded(), folded);
        QCOMPARE(foldedText.originalLength(), text.size());
        // Every folded range maps inside the original and in order.
        for (qsizetype i = 0; i <= folded.size(); ++i) {
            QVERIFY(foldedText.originalStart(i) >= 0);
            QVERIFY(foldedText.originalEnd(i) <= text.size());
            if (i > 0) {
                QVERIFY(foldedText.originalStart(i) >= foldedText.originalStart(i - 1));
                QVERIFY(foldedText.originalEnd(i) >= foldedText.originalStart(i - 1));
            }
        }
        QCOMPARE(foldedText.originalStart(0), 0);
        QCOMPARE(foldedText.originalEnd(folded.size()), text.size());
    }

    // Each row: a needle found in the folded text must map back to exactly `original`.
    void mapsBack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<QString>("original");

        QTest::newRow("accented word") << u"Les dépenses ont doublé."_s << u"depenses"_s << u"dépenses"_s;
        QTest::newRow("after an expansion") << u"Une œuvre, une dépense."_s << u"depense"_s << u"dépense"_s;
        QTest::newRow("whole expansion") << u"Son œuvre."_s << u"oeuvre"_s << u"œuvre"_s;
        // Half of "oe" is the whole "œ": a highlight never splits a character.
        QTest::newRow("inside an expansion") << u"Son œuvre."_s << u"euvre"_s << u"œuvre"_s;
        QTest::newRow("ending inside an expansion") << u"Son œuvre."_s << u"son o"_s << u"Son œ"_s;
        QTest::newRow("sharp s") << u"Die Straße."_s << u"strasse"_s << u"Straße"_s;
        // The accent of decomposed text belongs to the letter before it.
        QTest::newRow("decomposed, at the end") << u"Il a payé."_s.normalized(QString::NormalizationForm_D) << u"paye"_s
                                                 << u"payé"_s.normalized(QString::NormalizationForm_D);
        QTest::newRow("decomposed, inside") << u"Le débat."_s.normalized(QString::NormalizationForm_D) << u"debat"_s
                                             << u"débat"_s.normalized(QString::NormalizationForm_D);
        QTest::newRow("apostrophe") << u"Depuis l’an dernier."_s << u"l'an"_s << u"l’an"_s;
        QTest::newRow("no-break space") << u"Une hausse de 12\u202f%."_s << u"12 %"_s << u"12\u202f%"_s;
        QTest::newRow("after a surrogate pair") << u"\U0001F4C8 Dépenses"_s << u"depenses"_s << u"Dépenses"_s;
    }

    void mapsBack()
    {
        QFETCH(QString, text);
        QFETCH(QString, needle);
        QFETCH(QString, original);
        const FoldedText folded(text);
        const qsizetype at = folded.folded().indexOf(FoldedText::fold(needle));
        QVERIFY2(at >= 0, qPrintable(folded.folded()));
        const qsizetype start = folded.originalStart(at);
        const qsizetype end = folded.originalEnd(at + FoldedText::fold(needle).size());
        QCOMPARE(text.mid(start, end - start), original);
    }

    void surrogatePairsStayWhole()
    {
        // U+1D400 (mathematical bold A) is two UTF-16 units; both fold to units that map to its start.
        const QString text = u"x\U0001D400y"_s;
        const FoldedText folded(text, FoldedText::CaseSensitive);
        QCOMPARE(folded.folded().size(), 4);
        QCOMPARE(folded.originalStart(1), 1);
        QCOMPARE(folded.originalStart(2), 1); // the low surrogate: still the pair's start
        QCOMPARE(folded.originalEnd(2), 3);   // ending after the high surrogate: the whole pair
        QCOMPARE(folded.originalEnd(3), 3);
        QCOMPARE(folded.originalStart(3), 3);
    }

    void outOfRangeOffsetsAreClamped()
    {
        const FoldedText folded(u"abc"_s);
        QCOMPARE(folded.originalStart(-5), 0);
        QCOMPARE(folded.originalStart(99), 3);
        QCOMPARE(folded.originalEnd(0), 0);
        QCOMPARE(folded.originalEnd(99), 3);
        const FoldedText empty;
        QCOMPARE(empty.originalStart(0), 0);
        QCOMPARE(empty.originalEnd(1), 0);
    }
};

QTEST_GUILESS_MAIN(TestFoldedText)
#include "tst_foldedtext.moc"
