#include "corpus/documenttexts.h"
#include "corpus/readingtext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

// ReadingText keeps a text as UTF-8 and must answer every question in UTF-16 terms, exactly as
// the QString it was made from: claim and annotation offsets depend on it.
class TestReadingText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("ascii") << u"Meta will spend $65 billion in 2025."_s;
        QTest::newRow("french") << u"Meta dépensera « près de 65 milliards » d’euros, soit 60–65 Md€."_s;
        QTest::newRow("outside the BMP") << u"Growth 📈 of 21 % and 𝟚𝟘𝟚𝟝 targets"_s;
        QTest::newRow("paragraphs") << u"Première ligne.\n\nSeconde ligne — fin."_s;
        // Ranges far into a text read from the start of its UTF-8, a character of 1 to 4 bytes at
        // a time.
        QTest::newRow("long, mixed") << u"Élan 📈 à 65 Md€ ; "_s.repeated(12) + u"fin"_s;
    }

    void roundTrip()
    {
        QFETCH(QString, text);
        const ReadingText reading(text);
        QCOMPARE(reading.toString(), text);
        QCOMPARE(reading.size(), text.size());
        QCOMPARE(reading.isEmpty(), text.isEmpty());
        QCOMPARE(reading.toUtf8(), text.toUtf8());
        QVERIFY(reading == ReadingText(text));
        // Every range, including those past the end, as QString::mid gives it.
        for (qsizetype position = -2; position <= text.size() + 2; ++position) {
            for (qsizetype n = -1; n <= text.size() + 2; ++n)
                QCOMPARE(reading.mid(position, n), text.mid(position, n));
        }
    }

    void asciiHalvesTheMemory()
    {
        const QString text = u"A plain English sentence about capital expenditure. "_s.repeated(100);
        const ReadingText reading(text);
        QCOMPARE(reading.toUtf8().size(), text.size()); // one byte a character, not two
    }

    void assignedAndCleared()
    {
        ReadingText reading;
        QVERIFY(reading.isEmpty());
        reading = u"été"_s;
        QCOMPARE(reading.size(), 3);
        QCOMPARE(reading.mid(1, 1), u"t"_s);
        reading.clear();
        QVERIFY(reading.isEmpty());
        QCOMPARE(reading.toString(), QString());
        QVERIFY(reading == ReadingText());
    }

    void documentTextsByIdAndInTurn()
    {
        Document a;
        a.id = u"a.txt"_s;
        a.text = u"Texte de l’article A."_s;
        Document b;
        b.id = u"b.txt"_s;
        b.text = u"Text of article B."_s;
        const DocumentTexts texts({a, b});
        QCOMPARE(texts.text(u"a.txt"_s), u"Texte de l’article A."_s);
        QCOMPARE(texts.text(u"b.txt"_s), u"Text of article B."_s);
        QCOMPARE(texts.text(u"a.txt"_s), u"Texte de l’article A."_s); // back to the first: decoded again
        QCOMPARE(texts.text(u"missing.txt"_s), QString());
        QCOMPARE(texts.text(QString()), QString());
        QVERIFY(texts.document(u"b.txt"_s));
        QCOMPARE(texts.document(u"b.txt"_s)->id, u"b.txt"_s);
        QCOMPARE(texts.document(u"missing.txt"_s), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestReadingText)

#include "tst_readingtext.moc"
