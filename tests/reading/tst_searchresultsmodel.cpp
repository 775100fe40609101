#include "models/searchresultsmodel.h"
#include "reading/textsearch.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

QList<TextSearchHit> sampleHits()
{
    const TextSearch search(u"marge"_s);
    QList<TextSearchHit> hits = search.findAll(u"b.md"_s, u"La marge recule.\nUne marge, deux marges."_s);
    hits.append(search.findAll(u"a.txt"_s, u"Sans titre, une marge."_s));
    return hits;
}

} // namespace

class TestSearchResultsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treeOfDocumentsAndHits()
    {
        SearchResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<TextSearchHit> hits = sampleHits();
        QCOMPARE(hits.size(), 4);
        model.setResults(hits, {{u"b.md"_s, u"Les marges"_s}, {u"a.txt"_s, QString()}});
        QCOMPARE(model.hitCount(), 4);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(SearchResultsModel::ColumnCount));

        // Documents in the order of their hits; an empty title shows the id.
        const QModelIndex first = model.index(0, SearchResultsModel::LineColumn);
        const QModelIndex second = model.index(1, SearchResultsModel::LineColumn);
        QCOMPARE(first.data().toString(), u"Les marges (3)"_s);
        QCOMPARE(second.data().toString(), u"a.txt (1)"_s);
        QCOMPARE(first.data(SearchResultsModel::DocumentIdRole).toString(), u"b.md"_s);
        QCOMPARE(model.rowCount(first), 3);
        QCOMPARE(model.rowCount(second), 1);
        QVERIFY(!model.hit(first).isValid());
        QCOMPARE(model.documentIndex(u"a.txt"_s), second);
        QVERIFY(!model.documentIndex(u"c.txt"_s).isValid());

        const QModelIndex line = model.index(1, SearchResultsModel::LineColumn, first);
        const QModelIndex context = model.index(1, SearchResultsModel::ContextColumn, first);
        QCOMPARE(line.parent(), first);
        QCOMPARE(model.rowCount(line), 0);
        QCOMPARE(line.data().toInt(), 2);
        QCOMPARE(context.data().toString(), u"Une marge, deux marges."_s);
        QCOMPARE(context.data(Qt::ToolTipRole).toString(), u"Une marge, deux marges."_s);
        QCOMPARE(context.data(SearchResultsModel::DocumentIdRole).toString(), u"b.md"_s);
        QCOMPARE(context.data(SearchResultsModel::StartRole).toLongLong(), hits.at(1).start);
        QCOMPARE(context.data(SearchResultsModel::EndRole).toLongLong(), hits.at(1).end);
        QCOMPARE(context.data(SearchResultsModel::LineRole).toInt(), 2);
        QCOMPARE(context.data(SearchResultsModel::ContextStartRole).toLongLong(), 4);
        QCOMPARE(context.data(SearchResultsModel::ContextLengthRole).toLongLong(), 5);
        QCOMPARE(model.hit(context), hits.at(1));
        QCOMPARE(model.hit(model.index(0, 0, second)), hits.at(3));
    }

    void headersAndRoleNames()
    {
        SearchResultsModel model;
        QCOMPARE(model.headerData(SearchResultsModel::LineColumn, Qt::Horizontal).toString(), u"Document / Line"_s);
        QCOMPARE(model.headerData(SearchResultsModel::ContextColumn, Qt::Horizontal).toString(), u"Context"_s);
        const QHash<int, QByteArray> names = model.roleNames();
        QCOMPARE(names.value(SearchResultsModel::DocumentIdRole), "documentId");
        QCOMPARE(names.value(SearchResultsModel::StartRole), "start");
        QCOMPARE(names.value(SearchResultsModel::EndRole), "end");
        QCOMPARE(names.value(SearchResultsModel::LineRole), "line");
        QCOMPARE(names.value(SearchResultsModel::ContextStartRole), "contextStart");
        QCOMPARE(names.value(SearchResultsModel::ContextLengthRole), "contextLength");
        QCOMPARE(names.value(Qt::DisplayRole), "display"); // the standard ones are kept
        QCOMPARE(int(SearchResultsModel::DocumentIdRole), Qt::UserRole + 1);
    }

    void resetAndClear()
    {
        SearchResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNeedle(u"marge"_s);
        QCOMPARE(model.needle(), u"marge"_s);
        model.setResults(sampleHits(), {});
        QCOMPARE(model.index(1, 0).data().toString(), u"a.txt (1)"_s);
        model.setResults(sampleHits().first(1), {});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.hitCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.hitCount(), 0);
        model.setResults({}, {});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSearchResultsModel)
#include "tst_searchresultsmodel.moc"
