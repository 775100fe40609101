#include "clirunner.h"
#include "pdffixtures.h"
#include "testconfig.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// recoupe-cli on a folder of PDFs written by the test: documents, claims and their pages.
class TestCliPdf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;

    QJsonObject runJson(const QString &command)
    {
        const Run run = runCli({command, m_folder.path(), u"--format"_s, u"json"_s});
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
        return error.error == QJsonParseError::NoError ? root : QJsonObject();
    }

    static QJsonObject documentById(const QJsonObject &root, const QString &id)
    {
        for (const QJsonValue &value : root.value("documents"_L1).toArray()) {
            if (value.toObject().value("id"_L1).toString() == id)
                return value.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        for (const PdfFixture &fixture : PdfFixtures::all())
            QVERIFY(fixture.pdf.writeTo(m_folder.filePath(fixture.name)));
        QVERIFY(PdfFixtures::scanned().writeTo(m_folder.filePath(u"scan.pdf"_s)));
    }

    void documents()
    {
        const QJsonObject root = runJson(u"documents"_s);
        QCOMPARE(root.value("documents"_L1).toArray().size(), 5);
        const QJsonObject twoColumns = documentById(root, u"two-columns.pdf"_s);
        QCOMPARE(twoColumns.value("extraction"_L1).toString(), u"pdf"_s);
        QCOMPARE(twoColumns.value("title"_L1).toString(), u"Cloud orders strain chip supply"_s);
        QCOMPARE(twoColumns.value("errors"_L1).toArray(), QJsonArray());
        QCOMPARE(twoColumns.value("pageStarts"_L1).toArray(), QJsonArray{0});
        const QJsonObject numbered = documentById(root, u"page-numbers.pdf"_s);
        QCOMPARE(numbered.value("pageStarts"_L1).toArray().size(), 3);
        const QJsonObject scan = documentById(root, u"scan.pdf"_s);
        QCOMPARE(scan.value("extraction"_L1).toString(), u"pdf"_s);
        QVERIFY(scan.value("errors"_L1).toArray().first().toString().startsWith(u"No text layer: run OCR first."_s));
    }

    // The figures of the articles are claims, each at its place (and page); the running lines
    // and page numbers are not.
    void claims()
    {
        const QJsonObject root = runJson(u"claims"_s);
        const QJsonObject headerFooter = documentById(root, u"header-footer.pdf"_s);
        const QJsonArray pageStarts = headerFooter.value("pageStarts"_L1).toArray();
        QCOMPARE(pageStarts.size(), 2);
        const QString text = PdfFixtures::runningHeaderAndFooter().expectedText;

        QHash<QString, QStringList> quotes;
        for (const QJsonValue &value : root.value("claims"_L1).toArray()) {
            const QJsonObject claim = value.toObject();
            const QString document = claim.value("document"_L1).toString();
            const QString quote = claim.value("quote"_L1).toString();
            quotes[document].append(quote);
            if (document == u"header-footer.pdf"_s) {
                const qsizetype start = claim.value("start"_L1).toInteger();
                QCOMPARE(text.mid(start, quote.size()), quote);
                const bool secondPage = start >= pageStarts.at(1).toInteger();
                // Page 2: "7 billion euros by the end of 2026", "Shares rose 4 %".
                QCOMPARE(secondPage, quote.contains(u'7') || quote.contains(u'4'));
            }
        }
        QVERIFY2(quotes.value(u"two-columns.pdf"_s).contains(u"18 billion dollars"_s), qPrintable(quotes.value(u"two-columns.pdf"_s).join(u" | ")));
        QVERIFY(quotes.value(u"two-columns.pdf"_s).contains(u"3 billion dollars"_s));
        QVERIFY2(quotes.value(u"header-footer.pdf"_s).contains(u"12 billion euros"_s), qPrintable(quotes.value(u"header-footer.pdf"_s).join(u" | ")));
        QVERIFY(quotes.value(u"header-footer.pdf"_s).contains(u"7 billion euros"_s));
        QVERIFY2(quotes.value(u"one-column.pdf"_s).contains(u"about 41 billion dollars"_s), qPrintable(quotes.value(u"one-column.pdf"_s).join(u" | ")));
        QVERIFY2(quotes.value(u"page-numbers.pdf"_s).contains(u"6.5 billion dollars"_s), qPrintable(quotes.value(u"page-numbers.pdf"_s).join(u" | ")));
        // Nothing from the page numbers ("1", "— 2 —", "Page 3 of 3").
        for (const QString &quote : quotes.value(u"page-numbers.pdf"_s))
            QVERIFY2(quote != u"1"_s && quote != u"2"_s && quote != u"3"_s, qPrintable(quote));
        QVERIFY(!quotes.contains(u"scan.pdf"_s));
    }
};

QTEST_MAIN(TestCliPdf)
#include "tst_cli_pdf.moc"
