#include "corpus/datedetector.h"
#include "corpus/documentreader.h"
#include "corpus/languagedetector.h"

#include <QTest>

using namespace Recoupe;
using namespace Qt::StringLiterals;

// Title, language and date of whole documents, as DocumentReader finds them (French and English).
class TestMetadataDetection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void document_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("dateSource");

        // Titles
        QTest::newRow("txt first line") << u"a.txt"_s
            << QByteArray("\n\n  Meta relève ses dépenses  \n\nLe groupe a annoncé une hausse de ses investissements et de la taille de ses équipes.\n")
            << u"Meta relève ses dépenses"_s << u"fr"_s << QString() << QString();
        QTest::newRow("txt title header") << u"a.txt"_s
            << QByteArray("Title: Chips are the new oil\nThe demand for chips is high, and the supply of the factories is short.\n")
            << u"Chips are the new oil"_s << u"en"_s << QString() << QString();
        QTest::newRow("txt long first line shortened") << u"a.txt"_s
            << QByteArray("The company said that it would spend far more on data centers this year than in any year before, "
                          "and that the board of directors had approved the plan in full at its meeting in the spring.\n")
            << u"The company said that it would spend far more on data centers this year than in any year before, and that the board of directors had…"_s
            << u"en"_s << QString() << QString();
        QTest::newRow("txt separator line skipped") << u"a.txt"_s << QByteArray("* * *\nReal title\n")
            << u"Real title"_s << QString() << QString() << QString();
        QTest::newRow("txt markdown image line") << u"a.txt"_s
            << QByteArray("![Le patron de Meta sur scène](https://example.com/p.jpg)\nLe groupe investit dans les centres de données et la recherche.\n")
            << u"Le patron de Meta sur scène"_s << u"fr"_s << QString() << QString();
        QTest::newRow("md h1") << u"a.md"_s << QByteArray("Intro line\n\n# The title\n\nThe text is in English and it is short.")
            << u"The title"_s << u"en"_s << QString() << QString();
        QTest::newRow("md without heading") << u"a.md"_s << QByteArray("**Bold start** of the text, which is in English and short.")
            << u"Bold start of the text, which is in English and short."_s << u"en"_s << QString() << QString();
        QTest::newRow("html h1") << u"a.html"_s << QByteArray("<title>Site</title><h1>Page title</h1><p>Text.</p>")
            << u"Page title"_s << QString() << QString() << QString();
        QTest::newRow("html title only") << u"a.htm"_s << QByteArray("<title>Only title</title><p>Text.</p>")
            << u"Only title"_s << QString() << QString() << QString();
        QTest::newRow("html no title") << u"a.html"_s << QByteArray("<p>First paragraph.</p><p>Second.</p>")
            << u"First paragraph."_s << QString() << QString() << QString();

        // Languages
        QTest::newRow("fr by words") << u"a.txt"_s
            << QByteArray("Le groupe a investi dans les centres de données et il prévoit une hausse des dépenses.")
            << u"Le groupe a investi dans les centres de données et il prévoit une hausse des dépenses."_s << u"fr"_s << QString() << QString();
        QTest::newRow("en by words") << u"a.txt"_s
            << QByteArray("The group has invested in data centers and it expects a rise in the spending of the year.")
            << u"The group has invested in data centers and it expects a rise in the spending of the year."_s << u"en"_s << QString() << QString();
        QTest::newRow("undecided") << u"a.txt"_s << QByteArray("Meta: 65 Md$ (2025)") << u"Meta: 65 Md$ (2025)"_s
            << QString() << QString() << QString();
        QTest::newRow("html lang wins over words") << u"a.html"_s
            << QByteArray("<html lang=\"en\"><p>Le groupe a investi dans les centres de données et les puces.</p></html>")
            << u"Le groupe a investi dans les centres de données et les puces."_s << u"en"_s << QString() << QString();
        QTest::newRow("txt language header") << u"a.txt"_s << QByteArray("Langue : fr\nMeta: 65 Md$")
            << u"Meta: 65 Md$"_s << u"fr"_s << QString() << QString();

        // Dates from metadata
        QTest::newRow("txt date header") << u"a.txt"_s
            << QByteArray("Meta relève ses dépenses\ndate: 2025-01-30\n\nLe groupe a annoncé une hausse de ses investissements.")
            << u"Meta relève ses dépenses"_s << u"fr"_s << u"2025-01-30"_s << u"metadata"_s;
        QTest::newRow("txt Date : written") << u"a.txt"_s
            << QByteArray("Date : 30 janvier 2025\nMeta relève ses dépenses\n\nLe groupe a annoncé une hausse de ses investissements.")
            << u"Meta relève ses dépenses"_s << u"fr"_s << u"2025-01-30"_s << u"metadata"_s;
        QTest::newRow("txt date month without colon") << u"a.txt"_s
            << QByteArray(" date 2025-01 Le groupe a annoncé une hausse de ses investissements dans les puces.")
            << u"Le groupe a annoncé une hausse de ses investissements dans les puces."_s << u"fr"_s << u"2025-01"_s << u"metadata"_s;
        QTest::newRow("txt published header") << u"a.txt"_s
            << QByteArray("Chips are the new oil\nPublished: January 30, 2025\n\nThe demand for chips is high, and the supply is short.")
            << u"Chips are the new oil"_s << u"en"_s << u"2025-01-30"_s << u"metadata"_s;
        QTest::newRow("txt publié le") << u"a.txt"_s
            << QByteArray("Titre\nPublié le jeudi 30 janvier 2025 à 10h12\n\nLe groupe a annoncé une hausse de ses investissements.")
            << u"Titre"_s << u"fr"_s << u"2025-01-30"_s << u"metadata"_s;
        QTest::newRow("md front matter date") << u"a.md"_s
            << QByteArray("---\ndate: 2025-02-03\n---\n# Title\n\nThe text is in English and it is short.")
            << u"Title"_s << u"en"_s << u"2025-02-03"_s << u"metadata"_s;
        QTest::newRow("md header line") << u"a.md"_s
            << QByteArray("# Title\n\nDate: 2025-03\n\nThe text is in English and it is short.")
            << u"Title"_s << u"en"_s << u"2025-03"_s << u"metadata"_s;
        QTest::newRow("md bold header line") << u"a.md"_s
            << QByteArray("# Title\n\n**Date :** 4 mars 2025\n\nLe texte est en français et il est court.")
            << u"Title"_s << u"fr"_s << u"2025-03-04"_s << u"metadata"_s;
        QTest::newRow("html published_time") << u"a.html"_s
            << QByteArray("<meta property=\"article:published_time\" content=\"2025-01-30T08:00:00+01:00\"><h1>T</h1><p>Le 3 mars 2024.</p>")
            << u"T"_s << QString() << u"2025-01-30"_s << u"metadata"_s;
        QTest::newRow("html time element") << u"a.html"_s
            << QByteArray("<h1>T</h1><p>Published <time datetime=\"2025-01-29\">Wednesday</time>.</p>")
            << u"T"_s << QString() << u"2025-01-29"_s << u"metadata"_s;

        // Dates in the text
        QTest::newRow("fr dateline") << u"a.txt"_s
            << QByteArray("Titre\n\nParis, le 30 janvier 2025 — Le groupe a annoncé une hausse de ses investissements.")
            << u"Titre"_s << u"fr"_s << u"2025-01-30"_s << u"text"_s;
        QTest::newRow("fr 1er") << u"a.txt"_s
            << QByteArray("Titre\n\nLe 1er février 2025, le groupe a annoncé une hausse de ses investissements.")
            << u"Titre"_s << u"fr"_s << u"2025-02-01"_s << u"text"_s;
        QTest::newRow("fr abbreviated month") << u"a.txt"_s
            << QByteArray("Titre\n\nMis à jour le 4 févr. 2025. Le groupe a annoncé une hausse de ses investissements.")
            << u"Titre"_s << u"fr"_s << u"2025-02-04"_s << u"text"_s;
        QTest::newRow("en month day year") << u"a.txt"_s
            << QByteArray("Title\n\nSAN FRANCISCO, January 30, 2025 — The company said that it will spend more on chips.")
            << u"Title"_s << u"en"_s << u"2025-01-30"_s << u"text"_s;
        QTest::newRow("en day month year") << u"a.txt"_s
            << QByteArray("Title\n\nLONDON, 30 January 2025 — The company said that it will spend more on chips.")
            << u"Title"_s << u"en"_s << u"2025-01-30"_s << u"text"_s;
        QTest::newRow("en abbreviated") << u"a.txt"_s
            << QByteArray("Title\n\nSept. 5, 2024. The company said that it will spend more on chips.")
            << u"Title"_s << u"en"_s << u"2024-09-05"_s << u"text"_s;
        QTest::newRow("signature at the end") << u"a.txt"_s
            << QByteArray("Titre\n\n") + QByteArray("Le groupe a annoncé une hausse de ses investissements. ").repeated(40)
                   + QByteArray("\n\n— Une lectrice, 12 mars 2025")
            << u"Titre"_s << u"fr"_s << u"2025-03-12"_s << u"text"_s;
        QTest::newRow("no-break space") << u"a.txt"_s
            << QByteArray("Titre\n\nLe 30\xC2\xA0janvier\xC2\xA0" "2025, le groupe a annoncé une hausse des investissements.")
            << u"Titre"_s << u"fr"_s << u"2025-01-30"_s << u"text"_s;
        QTest::newRow("html dateline") << u"a.html"_s
            << QByteArray("<h1>T</h1><p>Paris, le 2 avril 2025.</p><p>Le groupe a annoncé une hausse des investissements.</p>")
            << u"T"_s << u"fr"_s << u"2025-04-02"_s << u"text"_s;

        // No date
        QTest::newRow("a year is not a date") << u"a.txt"_s
            << QByteArray("Titre\n\nEn 2025, le groupe prévoit une hausse de ses investissements.")
            << u"Titre"_s << u"fr"_s << QString() << QString();
        QTest::newRow("impossible date") << u"a.txt"_s
            << QByteArray("Titre\n\nLe 31 février 2025, le groupe prévoit une hausse de ses investissements.")
            << u"Titre"_s << u"fr"_s << QString() << QString();
        QTest::newRow("figure before a year") << u"a.txt"_s
            << QByteArray("Title\n\nThe group will spend 65 billion in 2025 on the data centers of the company.")
            << u"Title"_s << u"en"_s << QString() << QString();
        QTest::newRow("middle of a long text is not a dateline") << u"a.txt"_s
            << QByteArray("Titre\n\n") + QByteArray("Le groupe a annoncé une hausse de ses investissements. ").repeated(40)
                   + QByteArray("Le 30 janvier 2025, il a confirmé. ")
                   + QByteArray("Le groupe a annoncé une hausse de ses investissements. ").repeated(40)
            << u"Titre"_s << u"fr"_s << QString() << QString();
    }

    void document()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, title);
        QFETCH(QString, language);
        QFETCH(QString, date);
        QFETCH(QString, dateSource);

        const Document document = DocumentReader::fromBytes(bytes, id);
        QVERIFY2(document.isLoaded(), qPrintable(document.errors.join(u'\n')));
        QCOMPARE(document.title, title);
        QCOMPARE(document.language, language);
        QCOMPARE(document.date, date);
        QCOMPARE(document.dateSource, dateSource);
    }

    void metadataValue_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("date");
        QTest::newRow("iso") << u"2025-01-30"_s << u"2025-01-30"_s;
        QTest::newRow("iso with time") << u" 2025-01-30T10:00:00+01:00 "_s << u"2025-01-30"_s;
        QTest::newRow("slashes") << u"2025/01/30"_s << u"2025-01-30"_s;
        QTest::newRow("month") << u"2025-01"_s << u"2025-01"_s;
        QTest::newRow("rfc 2822") << u"Thu, 30 Jan 2025 10:00:00 GMT"_s << u"2025-01-30"_s;
        QTest::newRow("french") << u"jeudi 30 janvier 2025"_s << u"2025-01-30"_s;
        QTest::newRow("year only") << u"2025"_s << QString();
        QTest::newRow("bad month") << u"2025-13-01"_s << QString();
        QTest::newRow("bad day") << u"2025-02-29"_s << QString();
        QTest::newRow("leap day") << u"2024-02-29"_s << u"2024-02-29"_s;
        QTest::newRow("garbage") << u"yesterday"_s << QString();
    }

    void metadataValue()
    {
        QFETCH(QString, value);
        QFETCH(QString, date);
        QCOMPARE(DateDetector::fromMetadataValue(value), date);
    }

    void monthNumber_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("month");
        QTest::newRow("janvier") << u"janvier"_s << 1;
        QTest::newRow("Février") << u"Février"_s << 2;
        QTest::newRow("fevrier") << u"fevrier"_s << 2;
        QTest::newRow("AOÛT") << u"AOÛT"_s << 8;
        QTest::newRow("décembre") << u"décembre"_s << 12;
        QTest::newRow("Sept") << u"Sept"_s << 9;
        QTest::newRow("May") << u"May"_s << 5;
        QTest::newRow("billion") << u"billion"_s << 0;
    }

    void monthNumber()
    {
        QFETCH(QString, name);
        QFETCH(int, month);
        QCOMPARE(DateDetector::monthNumber(name), month);
    }

    void languageTag_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("language");
        QTest::newRow("fr-FR") << u"fr-FR"_s << u"fr"_s;
        QTest::newRow("en_US") << u"en_US"_s << u"en"_s;
        QTest::newRow("EN") << u"EN"_s << u"en"_s;
        QTest::newRow("de") << u"de"_s << u"de"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("not a tag") << u"français"_s << QString();
    }

    void languageTag()
    {
        QFETCH(QString, tag);
        QFETCH(QString, language);
        QCOMPARE(LanguageDetector::fromLanguageTag(tag), language);
    }

    void languageFromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        const QString french = u"Le groupe a dit que la hausse des prix est due à la demande et pas aux coûts. "_s;
        const QString english = u"The firm said that the rise in prices was due to demand and not to the costs of it. "_s;
        QTest::newRow("french") << french.repeated(3) << u"fr"_s;
        QTest::newRow("english") << english.repeated(3) << u"en"_s;
        QTest::newRow("upper case") << english.toUpper() << u"en"_s;
        QTest::newRow("too few words") << u"Meta: 72 milliards."_s << QString();
        QTest::newRow("half and half") << french + english << QString();
        QTest::newRow("no letters") << u"2024 — 72 · 64,5 %"_s << QString();
        // French "a" ("il a") and the shared "on" are not counted for either language.
        QTest::newRow("a and on") << u"a a a on on on son son"_s << QString();
        // The opening decides: its first 64 function words, whatever follows them.
        QTest::newRow("french opening") << french.repeated(8) + english.repeated(40) << u"fr"_s;
        QTest::newRow("english opening") << english.repeated(8) + french.repeated(40) << u"en"_s;
        // Past the first 8,000 characters nothing is read.
        QTest::newRow("late words") << QString(8000, u'x') + french.repeated(5) << QString();
    }

    void languageFromText()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(LanguageDetector::fromText(text), language);
    }
};

QTEST_GUILESS_MAIN(TestMetadataDetection)
#include "tst_metadatadetection.moc"
