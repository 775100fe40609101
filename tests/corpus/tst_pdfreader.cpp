#include "pdffixtures.h"
#include "testconfig.h"

#include "corpus/corpusloader.h"
#include "corpus/documentreader.h"
#include "corpus/pdfreader.h"
#include "corpus/pdftextlayout.h"
#include "export/documentsjson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Recoupe;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(PdfFixture)

class TestPdfReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readingText_data()
    {
        QTest::addColumn<PdfFixture>("fixture");
        for (const PdfFixture &fixture : PdfFixtures::all())
            QTest::newRow(qPrintable(fixture.name)) << fixture;
        QTest::newRow("sample") << PdfFixtures::sample();
    }

    // Each layout gives the article's text as it reads: columns in turn, no running lines or
    // page numbers, words broken at a line's end whole again, and its pages' places.
    void readingText()
    {
        QFETCH(PdfFixture, fixture);
        const Document document = DocumentReader::fromBytes(fixture.pdf.write(), fixture.name);
        QVERIFY2(document.isLoaded(), qPrintable(document.errors.join(u' ')));
        QCOMPARE(document.format, DocumentFormat::Pdf);
        QCOMPARE(document.extraction, u"pdf"_s);
        QCOMPARE(document.text.toString(), fixture.expectedText);
        QCOMPARE(document.title, fixture.expectedTitle);
        QCOMPARE(document.language, u"en"_s);

        QList<qsizetype> starts{0};
        for (const QString &opening : std::as_const(fixture.pageOpenings)) {
            const qsizetype at = fixture.expectedText.indexOf(opening);
            QVERIFY2(at > 0, qPrintable(opening));
            starts.append(at);
        }
        QCOMPARE(document.pageStarts, starts);
        for (qsizetype page = 0; page < starts.size(); ++page) {
            QCOMPARE(document.pageAt(starts[page]), int(page + 1));
            if (starts[page] > 0)
                QCOMPARE(document.pageAt(starts[page] - 1), int(page));
        }
    }

    // The sample PDF committed in resources/samples is the one PdfFixtures::sample() writes.
    void bundledSample()
    {
        const PdfFixture fixture = PdfFixtures::sample();
        const QString path = QStringLiteral(RECOUPE_SAMPLES_DIR "/") + fixture.name;
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const Document document = DocumentReader::read(path, fixture.name);
        QVERIFY2(document.isLoaded(), qPrintable(document.errors.join(u' ')));
        QCOMPARE(document.text.toString(), fixture.expectedText);
        QCOMPARE(document.date, u"2025-01-06"_s);
        QCOMPARE(document.pageStarts.size(), 2);
    }

    void dateFromTheTextFirst()
    {
        const Document dated = DocumentReader::fromBytes(PdfFixtures::oneColumn().pdf.write(), u"a.pdf"_s);
        QCOMPARE(dated.date, u"2025-03-12"_s);
        QCOMPARE(dated.dateSource, u"text"_s);
        // No date in the text: the PDF's creation date, as a guess (it is when it was printed).
        const Document undated = DocumentReader::fromBytes(PdfFixtures::twoColumns().pdf.write(), u"b.pdf"_s);
        QCOMPARE(undated.dateSource, u"inferred"_s);
        QCOMPARE(undated.date.size(), 10);
    }

    void noTextLayer()
    {
        const Document document = DocumentReader::fromBytes(PdfFixtures::scanned().write(), u"scan.pdf"_s);
        QVERIFY(!document.isLoaded());
        QCOMPARE(document.errors.size(), 1);
        QVERIFY2(document.errors.first().startsWith(u"No text layer: run OCR first."_s), qPrintable(document.errors.first()));
        QVERIFY(document.text.isEmpty());
    }

    void passwordProtected()
    {
        const Document document = DocumentReader::fromBytes(PdfFixtures::passwordProtected(), u"locked.pdf"_s);
        QVERIFY(!document.isLoaded());
        QVERIFY2(document.errors.first().startsWith(u"The PDF is protected by a password"_s), qPrintable(document.errors.first()));
    }

    void damaged_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray whole = PdfFixtures::oneColumn().pdf.write();
        QTest::newRow("cut at a tenth") << whole.left(whole.size() / 10);
        QTest::newRow("cut in half") << whole.left(whole.size() / 2);
        QTest::newRow("cut before the end") << whole.left(whole.size() - 200);
        QTest::newRow("header only") << QByteArray("%PDF-1.7\n");
        QTest::newRow("not a PDF") << QByteArray("This is a text file named as a PDF.\n");
    }

    void damaged()
    {
        QFETCH(QByteArray, bytes);
        const Document document = DocumentReader::fromBytes(bytes, u"broken.pdf"_s);
        QVERIFY(!document.isLoaded());
        QVERIFY2(document.errors.first().contains(u"damaged"_s), qPrintable(document.errors.first()));
    }

    // A folder of PDFs: the readable ones load, the others are problems of their own.
    void folder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const PdfFixture &fixture : PdfFixtures::all())
            QVERIFY(fixture.pdf.writeTo(dir.filePath(fixture.name)));
        QVERIFY(PdfFixtures::scanned().writeTo(dir.filePath(u"scan.pdf"_s)));
        const QByteArray whole = PdfFixtures::twoColumns().pdf.write();
        QFile broken(dir.filePath(u"BROKEN.PDF"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(whole.left(whole.size() / 2));
        broken.close();
        QFile note(dir.filePath(u"note.txt"_s));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("Meta will spend 65 billion dollars in 2025.\n");
        note.close();

        const Corpus corpus = CorpusLoader::load(dir.path());
        QCOMPARE(corpus.documents.size(), 7);
        QStringList loaded, problems;
        for (const Document &document : corpus.documents)
            (document.isLoaded() ? loaded : problems).append(document.id);
        QCOMPARE(problems, (QStringList{u"BROKEN.PDF"_s, u"scan.pdf"_s}));
        QCOMPARE(loaded.size(), 5);
        QCOMPARE(corpus.document(u"two-columns.pdf"_s)->text.toString(), PdfFixtures::twoColumns().expectedText);
    }

    void documentsJson()
    {
        const Document document = DocumentReader::fromBytes(PdfFixtures::pageNumbers().pdf.write(), u"p.pdf"_s);
        const QJsonObject json = documentToJson(document);
        QCOMPARE(json.value("extraction"_L1).toString(), u"pdf"_s);
        const QJsonArray starts = json.value("pageStarts"_L1).toArray();
        QCOMPARE(starts.size(), 3);
        QCOMPARE(starts.at(0).toInteger(), 0);
        QCOMPARE(starts.at(2).toInteger(), qint64(document.pageStarts.at(2)));
        // Other formats keep their output as it was.
        const Document text = DocumentReader::fromBytes("Some words of text.", u"t.txt"_s);
        QVERIFY(!documentToJson(text).contains("extraction"_L1));
        QVERIFY(!documentToJson(text).contains("pageStarts"_L1));
    }

    void suffix()
    {
        QCOMPARE(DocumentReader::formatForFileName(u"a.pdf"_s), DocumentFormat::Pdf);
        QCOMPARE(DocumentReader::formatForFileName(u"A.PDF"_s), DocumentFormat::Pdf);
        QCOMPARE(formatName(DocumentFormat::Pdf), u"pdf"_s);
    }

    void hyphens_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("known");
        QTest::addColumn<bool>("drops");
        QTest::newRow("a word broken") << u"their in-"_s << u"vestment plans"_s << QStringList() << true;
        QTest::newRow("an acronym's compound") << u"its AI-"_s << u"driven backlog"_s << QStringList() << false;
        QTest::newRow("a name after") << u"a Microsoft-"_s << u"OpenAI venture"_s << QStringList() << false;
        QTest::newRow("a number before") << u"the H100-"_s << u"class chips"_s << QStringList() << false;
        QTest::newRow("written with a hyphen elsewhere") << u"a cloud-"_s << u"based service"_s << QStringList{u"cloud-based"_s} << false;
        QTest::newRow("written whole elsewhere") << u"a data-"_s << u"base, the"_s << QStringList{u"database"_s} << true;
        QTest::newRow("a dash, not a hyphen") << u"from 2025 -"_s << u"2028"_s << QStringList() << false;
    }

    void hyphens()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QStringList, known);
        QFETCH(bool, drops);
        QCOMPARE(PdfTextLayout::dropsHyphen(before, after, QSet<QString>(known.cbegin(), known.cend())), drops);
    }

    void pageAtWithoutPages()
    {
        Document document;
        QCOMPARE(document.pageAt(10), 0);
        document.pageStarts = {0, 40, 40, 90};
        QCOMPARE(document.pageAt(0), 1);
        QCOMPARE(document.pageAt(39), 1);
        QCOMPARE(document.pageAt(40), 3); // page 2 holds no text: the text at 40 is on page 3
        QCOMPARE(document.pageAt(1000), 4);
    }
};

QTEST_MAIN(TestPdfReader)
#include "tst_pdfreader.moc"
