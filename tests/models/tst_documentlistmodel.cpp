#include "models/documentlistmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

Document makeDocument(const QString &id, const QString &title, const QString &date, const QString &dateSource, const QString &language)
{
    Document document;
    document.id = id;
    document.path = id;
    document.absolutePath = u"/articles/"_s + id;
    document.title = title;
    document.date = date;
    document.dateSource = dateSource;
    document.language = language;
    document.encoding = u"UTF-8"_s;
    document.text = u"Some text about "_s + title;
    return document;
}

QList<Document> sampleDocuments()
{
    Document broken = makeDocument(u"sub/broken.txt"_s, QString(), QString(), QString(), QString());
    broken.text.clear();
    broken.errors = {u"not a text file"_s};
    return {
        makeDocument(u"b.md"_s, u"Zinc prices slide"_s, u"2025-03-04"_s, u"metadata"_s, u"en"_s),
        makeDocument(u"a.txt"_s, u"Alpha raises its budget"_s, u"2025-01"_s, u"text"_s, u"fr"_s),
        broken,
    };
}

} // namespace

class TestDocumentListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    // Properties says how a PDF was read, with its number of pages (it once said nothing).
    void pdfDescription()
    {
        Document pdf;
        pdf.format = DocumentFormat::Pdf;
        pdf.extraction = u"pdf"_s;
        pdf.pageStarts = {0, 1200, 2500};
        const QString description = DocumentListModel::pageDescription(pdf);
        QVERIFY2(description.contains(u"3 page"_s), qPrintable(description)); // "pages" once the English plurals are loaded
        QVERIFY(description.contains(u"PDF"_s));
        QVERIFY(DocumentListModel::pageDescription(Document()).isEmpty());
    }

    // Who wrote it and when it was updated, as the page states them; an update on the day of
    // publication says nothing new.
    void authorAndUpdate()
    {
        Document page;
        page.extraction = u"article-element"_s;
        page.date = u"2025-03-12"_s;
        page.author = u"Dana Whitcombe"_s;
        page.dateModified = u"2025-03-13"_s;
        QString description = DocumentListModel::pageDescription(page);
        QVERIFY2(description.contains(u"By Dana Whitcombe."_s), qPrintable(description));
        QVERIFY2(description.contains(u"Updated on 2025-03-13."_s), qPrintable(description));
        page.dateModified = page.date;
        description = DocumentListModel::pageDescription(page);
        QVERIFY2(!description.contains(u"Updated"_s), qPrintable(description));
    }

    void emptyModel()
    {
        DocumentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(DocumentListModel::ColumnCount));
        QCOMPARE(model.rowOf(u"a.txt"_s), -1);
        QCOMPARE(model.documentAt(0), nullptr);
    }

    void rowsAndRoles()
    {
        DocumentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resetSpy(&model, &QAbstractItemModel::modelReset);
        model.setDocuments(sampleDocuments());
        QCOMPARE(resetSpy.count(), 1);
        QCOMPARE(model.rowCount(), 3);

        const QModelIndex title = model.index(1, DocumentListModel::TitleColumn);
        QCOMPARE(title.data().toString(), u"Alpha raises its budget"_s);
        QCOMPARE(title.data(DocumentListModel::DocumentIdRole).toString(), u"a.txt"_s);
        QCOMPARE(title.data(DocumentListModel::DateRole).toString(), u"2025-01"_s);
        QCOMPARE(title.data(DocumentListModel::DateSourceRole).toString(), u"text"_s);
        QCOMPARE(title.data(DocumentListModel::LanguageRole).toString(), u"fr"_s);
        QCOMPARE(title.data(DocumentListModel::HasProblemsRole).toBool(), false);
        QCOMPARE(title.data(DocumentListModel::PathRole).toString(), u"a.txt"_s);
        QCOMPARE(title.data(Qt::ToolTipRole).toString(), u"a.txt"_s);

        QCOMPARE(model.index(0, DocumentListModel::DateColumn).data().toString(), u"4 Mar 2025"_s);
        QCOMPARE(model.index(1, DocumentListModel::DateColumn).data().toString(), u"Jan 2025"_s);
        QCOMPARE(model.index(0, DocumentListModel::LanguageColumn).data().toString(), u"EN"_s);
        QCOMPARE(model.index(0, DocumentListModel::LanguageColumn).data(Qt::ToolTipRole).toString(), u"English"_s);
        QVERIFY(model.index(0, DocumentListModel::DateColumn).data(Qt::ToolTipRole).toString().contains(u"metadata"_s));
        QCOMPARE(model.headerData(DocumentListModel::TitleColumn, Qt::Horizontal).toString(), u"Title"_s);
        QCOMPARE(model.rowOf(u"sub/broken.txt"_s), 2);
        QCOMPARE(model.documentAt(2)->id, u"sub/broken.txt"_s);
    }

    void problemFileIsNamedAndMarked()
    {
        DocumentListModel model;
        model.setDocuments(sampleDocuments());
        const QModelIndex broken = model.index(2, DocumentListModel::TitleColumn);
        // No title: the file name stands in, so that the row is never blank.
        QCOMPARE(broken.data().toString(), u"broken.txt"_s);
        QCOMPARE(broken.data(DocumentListModel::HasProblemsRole).toBool(), true);
        QCOMPARE(broken.data(DocumentListModel::ErrorsRole).toStringList(), QStringList{u"not a text file"_s});
        QVERIFY(broken.data(Qt::ToolTipRole).toString().contains(u"not a text file"_s));
        QCOMPARE(model.index(2, DocumentListModel::DateColumn).data().toString(), QString());
        QVERIFY(!model.index(2, DocumentListModel::DateColumn).data(Qt::ToolTipRole).toString().isEmpty());
    }

    void displayDate_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("longText");
        QTest::addColumn<QString>("shortText");
        QTest::newRow("day") << u"2025-01-30"_s << u"30 January 2025"_s << u"30 Jan 2025"_s;
        QTest::newRow("month") << u"2024-11"_s << u"November 2024"_s << u"Nov 2024"_s;
        QTest::newRow("year") << u"2025"_s << u"2025"_s << u"2025"_s;
        QTest::newRow("none") << QString() << QString() << QString();
        QTest::newRow("not a date") << u"2025-13-40"_s << u"2025-13-40"_s << u"2025-13-40"_s;
    }

    void displayDate()
    {
        QFETCH(QString, iso);
        QFETCH(QString, longText);
        QFETCH(QString, shortText);
        QCOMPARE(DocumentListModel::displayDate(iso), longText);
        QCOMPARE(DocumentListModel::displayDate(iso, QLocale::ShortFormat), shortText);
    }

    void dateSourceDescription_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("described");
        QTest::newRow("metadata") << u"metadata"_s << true;
        QTest::newRow("text") << u"text"_s << true;
        QTest::newRow("user") << u"user"_s << true;
        QTest::newRow("inferred") << u"inferred"_s << true;
        QTest::newRow("none") << QString() << false;
    }

    void dateSourceDescription()
    {
        QFETCH(QString, source);
        QFETCH(bool, described);
        QCOMPARE(!DocumentListModel::dateSourceDescription(source).isEmpty(), described);
    }

    void updateDocumentChangesOneRow()
    {
        DocumentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocuments(sampleDocuments());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        Document corrected = *model.documentAt(1);
        corrected.date = u"2024-12-31"_s;
        corrected.dateSource = u"user"_s;
        QVERIFY(model.updateDocument(corrected));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.first().at(1).toModelIndex().column(), DocumentListModel::ColumnCount - 1);
        QCOMPARE(model.index(1, 0).data(DocumentListModel::DateSourceRole).toString(), u"user"_s);
        QCOMPARE(model.index(1, DocumentListModel::DateColumn).data().toString(), u"31 Dec 2024"_s);

        Document stranger = corrected;
        stranger.id = u"missing.txt"_s;
        QVERIFY(!model.updateDocument(stranger));
        QCOMPARE(changed.count(), 1);
    }

    void sortsByIsoDateThroughAProxy()
    {
        DocumentListModel model;
        model.setDocuments(sampleDocuments());
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(DocumentListModel::SortRole);
        proxy.sort(DocumentListModel::DateColumn, Qt::AscendingOrder);
        // "Jan 2025" before "4 Mar 2025", as their display texts would not sort; undated last.
        QCOMPARE(proxy.index(0, 0).data(DocumentListModel::DocumentIdRole).toString(), u"a.txt"_s);
        QCOMPARE(proxy.index(1, 0).data(DocumentListModel::DocumentIdRole).toString(), u"b.md"_s);
        QCOMPARE(proxy.index(2, 0).data(DocumentListModel::DocumentIdRole).toString(), u"sub/broken.txt"_s);

        proxy.setFilterRole(DocumentListModel::SearchTextRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterFixedString(u"ZINC"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(u"sub/"_s);
        QCOMPARE(proxy.rowCount(), 1);
    }

    void clearEmptiesTheModel()
    {
        DocumentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocuments(sampleDocuments());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDocumentListModel)
#include "tst_documentlistmodel.moc"
