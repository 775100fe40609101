#include "reading/textsearch.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

Document document(const QString &id, const QString &text)
{
    Document d;
    d.id = id;
    d.path = id;
    d.text = text;
    return d;
}

} // namespace

class TestTextSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findAll_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<int>("sensitivity");
        QTest::addColumn<bool>("wholeWords");
        QTest::addColumn<QStringList>("found"); // the original text of each hit

        const int insensitive = FoldedText::Insensitive;
        const QString spending = u"Les dépenses montent. DÉPENSES record ! Dépenses, encore."_s;
        QTest::newRow("accents and case ignored") << spending << u"depenses"_s << insensitive << false
                                                  << QStringList{u"dépenses"_s, u"DÉPENSES"_s, u"Dépenses"_s};
        QTest::newRow("case kept") << spending << u"Dépenses"_s << int(FoldedText::CaseSensitive) << false
                                   << QStringList{u"Dépenses"_s};
        QTest::newRow("accents kept") << spending << u"depenses"_s << int(FoldedText::AccentSensitive) << false
                                      << QStringList();
        QTest::newRow("accents kept, accented needle") << spending << u"dépenses"_s << int(FoldedText::AccentSensitive)
                                                       << false << QStringList{u"dépenses"_s, u"DÉPENSES"_s, u"Dépenses"_s};
        QTest::newRow("ligature") << u"Une œuvre, deux oeuvres."_s << u"oeuvre"_s << insensitive << false
                                  << QStringList{u"œuvre"_s, u"oeuvre"_s};
        QTest::newRow("ligature in the needle") << u"Une œuvre, deux oeuvres."_s << u"Œuvre"_s << insensitive << false
                                                << QStringList{u"œuvre"_s, u"oeuvre"_s};
        QTest::newRow("apostrophe") << u"Depuis l’an 2020 et l'an 2021."_s << u"l'an"_s << insensitive << false
                                    << QStringList{u"l’an"_s, u"l'an"_s};
        QTest::newRow("no-break space") << u"Une marge de 12\u202f% puis 12 %."_s << u"12 %"_s << insensitive << false
                                        << QStringList{u"12\u202f%"_s, u"12 %"_s};
        QTest::newRow("not overlapping") << u"aaaa"_s << u"aa"_s << insensitive << false << QStringList{u"aa"_s, u"aa"_s};
        QTest::newRow("part of words") << u"L'an, l'année, Milan."_s << u"an"_s << insensitive << false
                                       << QStringList{u"an"_s, u"an"_s, u"an"_s};
        QTest::newRow("whole words") << u"L'an, l'année, Milan."_s << u"an"_s << insensitive << true
                                     << QStringList{u"an"_s};
        QTest::newRow("whole words, accented neighbour") << u"Cinq ans ; ansé, Ans."_s << u"ans"_s << insensitive << true
                                                         << QStringList{u"ans"_s, u"Ans"_s};
        QTest::newRow("whole words, needle ending in a sign") << u"Hausse de 12 % et 112 %."_s << u"12 %"_s << insensitive
                                                              << true << QStringList{u"12 %"_s};
        QTest::newRow("no hit") << spending << u"recettes"_s << insensitive << false << QStringList();
        QTest::newRow("empty text") << QString() << u"a"_s << insensitive << false << QStringList();
    }

    void findAll()
    {
        QFETCH(QString, text);
        QFETCH(QString, needle);
        QFETCH(int, sensitivity);
        QFETCH(bool, wholeWords);
        QFETCH(QStringList, found);
        const TextSearch search(needle, sensitivity, wholeWords);
        QVERIFY(search.isValid());
        QStringList actual;
        for (const TextSearchHit &hit : search.findAll(u"a.txt"_s, text)) {
            QCOMPARE(hit.documentId, u"a.txt"_s);
            actual.append(text.mid(hit.start, hit.end - hit.start));
        }
        QCOMPARE(actual, found);
    }

    void invalidNeedles_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << u"   "_s;
        QTest::newRow("no-break spaces") << u"\u00a0\u202f"_s;
        QTest::newRow("a newline") << u"\n"_s;
    }

    void invalidNeedles()
    {
        QFETCH(QString, needle);
        const TextSearch search(needle);
        QVERIFY(!search.isValid());
        QVERIFY(search.findAll(u"a.txt"_s, u"some text   with spaces"_s).isEmpty());
        QVERIFY(search.findInDocuments({document(u"a.txt"_s, u"x y"_s)}).isEmpty());
        QCOMPARE(search.findNext(u"a.txt"_s, u"x y"_s, 0).start, -1);
    }

    void lineAndContext()
    {
        const QString text = u"Titre\n\n  Le budget monte.  \nSuite : le budget baisse, puis le budget remonte.\n"_s;
        const QList<TextSearchHit> hits = TextSearch(u"budget"_s).findAll(u"a.txt"_s, text);
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits.at(0).line, 3);
        QCOMPARE(hits.at(1).line, 4);
        QCOMPARE(hits.at(2).line, 4);
        // Short lines are shown whole, without the spaces around them.
        QCOMPARE(hits.at(0).context, u"Le budget monte."_s);
        QCOMPARE(hits.at(0).contextStart, 3);
        QCOMPARE(hits.at(0).contextLength, 6);
        QCOMPARE(hits.at(0).lineText, u"  Le budget monte.  "_s);
        QCOMPARE(hits.at(2).context, u"Suite : le budget baisse, puis le budget remonte."_s);
        QCOMPARE(hits.at(2).context.mid(hits.at(2).contextStart, hits.at(2).contextLength), u"budget"_s);
        QCOMPARE(hits.at(2).contextStart, 34);
    }

    void needleAcrossLines_data()
    {
        QTest::addColumn<QString>("firstLine");
        QTest::newRow("short line") << u"Fin."_s;
        QTest::newRow("long line") << QString(u"mot "_s.repeated(60) + u"fin."_s);
    }

    // A pasted needle may hold a line break: the hit is described on the line where it starts.
    void needleAcrossLines()
    {
        QFETCH(QString, firstLine);
        const QString text = firstLine + u"\nDébut suivant."_s;
        for (const QString &needle : {u"fin.\ndebut"_s, u"\ndebut"_s}) {
            const QList<TextSearchHit> hits = TextSearch(needle).findAll(u"a.txt"_s, text);
            QCOMPARE(hits.size(), 1);
            const TextSearchHit &hit = hits.constFirst();
            QCOMPARE(hit.end, firstLine.size() + 6);
            QCOMPARE(hit.line, 1);
            QCOMPARE(hit.lineText, firstLine);
            QVERIFY(hit.contextStart + hit.contextLength <= hit.context.size());
            QVERIFY(hit.context.size() <= 102);
        }
    }

    void longLinesAreCut_data()
    {
        QTest::addColumn<qsizetype>("wordsBefore");
        QTest::addColumn<qsizetype>("wordsAfter");
        QTest::addColumn<bool>("cutBefore");
        QTest::addColumn<bool>("cutAfter");
        QTest::newRow("at the start") << qsizetype(0) << qsizetype(60) << false << true;
        QTest::newRow("in the middle") << qsizetype(40) << qsizetype(40) << true << true;
        QTest::newRow("at the end") << qsizetype(60) << qsizetype(0) << true << false;
    }

    void longLinesAreCut()
    {
        QFETCH(qsizetype, wordsBefore);
        QFETCH(qsizetype, wordsAfter);
        QFETCH(bool, cutBefore);
        QFETCH(bool, cutAfter);
        QStringList words;
        for (qsizetype i = 0; i < wordsBefore; ++i)
            words.append(u"avant"_s);
        words.append(u"Dépenses"_s);
        for (qsizetype i = 0; i < wordsAfter; ++i)
            words.append(u"après"_s);
        const QString line = words.join(u' ');
        const QString text = u"Premier paragraphe.\n\n"_s + line;

        const QList<TextSearchHit> hits = TextSearch(u"depenses"_s).findAll(u"a.txt"_s, text);
        QCOMPARE(hits.size(), 1);
        const TextSearchHit &hit = hits.constFirst();
        QCOMPARE(hit.line, 3);
        QCOMPARE(hit.lineText, line);
        QCOMPARE(hit.context.mid(hit.contextStart, hit.contextLength), u"Dépenses"_s);
        QCOMPARE(hit.context.startsWith(u"…"_s), cutBefore);
        QCOMPARE(hit.context.endsWith(u"…"_s), cutAfter);
        QVERIFY2(hit.context.size() <= 102 && hit.context.size() >= 80, qPrintable(hit.context));
        // Cut between words, not inside one.
        QString inner = hit.context;
        if (cutBefore)
            inner.remove(0, 1);
        if (cutAfter)
            inner.chop(1);
        QVERIFY2(line.contains(inner), qPrintable(inner));
        for (const QString &word : inner.split(u' '))
            QVERIFY2(word == u"avant"_s || word == u"après"_s || word == u"Dépenses"_s, qPrintable(inner));
    }

    void findInDocumentsKeepsDocumentOrder()
    {
        QList<Document> documents;
        for (int i = 0; i < 20; ++i) {
            QString text;
            for (int j = 0; j <= i % 3; ++j)
                text += u"Le chiffre d’affaires progresse.\n"_s;
            documents.append(document(u"doc%1.txt"_s.arg(i, 2, 10, QChar(u'0')), text));
        }
        documents.append(document(u"none.txt"_s, u"Rien ici."_s));
        const TextSearch search(u"chiffre d'affaires"_s);
        const QList<TextSearchHit> hits = search.findInDocuments(documents);
        QList<TextSearchHit> expected;
        for (const Document &d : std::as_const(documents))
            expected.append(search.findAll(d.id, d.text.toString()));
        QCOMPARE(hits.size(), 7 * 1 + 7 * 2 + 6 * 3); // one to three lines in turn
        QCOMPARE(hits, expected);

        const QList<TextSearchHit> limited = search.findInDocuments(documents, 5);
        QCOMPARE(limited, expected.first(5));
    }

    void findNext_data()
    {
        QTest::addColumn<qsizetype>("from");
        QTest::addColumn<bool>("backwards");
        QTest::addColumn<qsizetype>("expectedStart");
        // "taux" at 0, 10, 20.
        QTest::newRow("forward from the start") << qsizetype(0) << false << qsizetype(0);
        QTest::newRow("forward after the first") << qsizetype(4) << false << qsizetype(10);
        QTest::newRow("forward at a hit") << qsizetype(10) << false << qsizetype(10);
        QTest::newRow("forward wraps") << qsizetype(21) << false << qsizetype(0);
        QTest::newRow("backwards from a hit's start") << qsizetype(20) << true << qsizetype(10);
        QTest::newRow("backwards inside a hit") << qsizetype(12) << true << qsizetype(10);
        QTest::newRow("backwards wraps") << qsizetype(0) << true << qsizetype(20);
        QTest::newRow("backwards from the end") << qsizetype(999) << true << qsizetype(20);
    }

    void findNext()
    {
        QFETCH(qsizetype, from);
        QFETCH(bool, backwards);
        QFETCH(qsizetype, expectedStart);
        const QString text = u"Taux haut\nTaux bas.\nTaux nul"_s;
        QCOMPARE(text.indexOf(u"Taux nul"_s), 20);
        const TextSearch search(u"taux"_s);
        const TextSearchHit hit = search.findNext(u"a.txt"_s, text, from, backwards);
        QCOMPARE(hit.start, expectedStart);
        QCOMPARE(hit.end, expectedStart + 4);
        // The same description as findAll gives.
        const QList<TextSearchHit> all = search.findAll(u"a.txt"_s, text);
        bool same = false;
        for (const TextSearchHit &candidate : all)
            same = same || candidate == hit;
        QVERIFY(same);
    }

    void findNextWithoutHits()
    {
        const TextSearchHit hit = TextSearch(u"absent"_s).findNext(u"a.txt"_s, u"Rien."_s, 0);
        QCOMPARE(hit.start, -1);
        QVERIFY(!hit.isValid());
    }
};

QTEST_GUILESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
