#include "models/loadproblemsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

Document document(const QString &id, const QStringList &errors)
{
    Document d;
    d.id = id;
    d.path = id;
    d.absolutePath = u"/articles/"_s + id;
    d.errors = errors;
    return d;
}

} // namespace

class TestLoadProblemsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneRowPerProblem()
    {
        Corpus corpus;
        corpus.folder = u"/articles"_s;
        corpus.documents = {
            document(u"a.txt"_s, {}),
            document(u"b.bin.txt"_s, {u"binary data"_s}),
            document(u"c.html"_s, {u"too large"_s, u"unreadable"_s}),
        };
        LoadProblemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCorpus(corpus);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(LoadProblemsModel::ColumnCount));
        QCOMPARE(model.index(0, LoadProblemsModel::FileColumn).data().toString(), u"b.bin.txt"_s);
        QCOMPARE(model.index(0, LoadProblemsModel::ReasonColumn).data().toString(), u"binary data"_s);
        QCOMPARE(model.index(0, LoadProblemsModel::ReasonColumn).data(LoadProblemsModel::DocumentIdRole).toString(), u"b.bin.txt"_s);
        QCOMPARE(model.index(0, LoadProblemsModel::FileColumn).data(Qt::ToolTipRole).toString(), u"/articles/b.bin.txt"_s);
        QCOMPARE(model.index(2, LoadProblemsModel::ReasonColumn).data(LoadProblemsModel::ReasonRole).toString(), u"unreadable"_s);
        QCOMPARE(model.rowOf(u"c.html"_s), 1);
        QCOMPARE(model.rowOf(u"a.txt"_s), -1);
        QCOMPARE(model.headerData(LoadProblemsModel::ReasonColumn, Qt::Horizontal).toString(), u"Problem"_s);
    }

    void folderProblemComesFirst()
    {
        Corpus corpus;
        corpus.folder = u"/nowhere"_s;
        corpus.folderError = u"No such folder"_s;
        LoadProblemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCorpus(corpus);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, LoadProblemsModel::FileColumn).data().toString(), u"/nowhere"_s);
        QCOMPARE(model.index(0, LoadProblemsModel::ReasonColumn).data().toString(), u"No such folder"_s);
        QVERIFY(model.index(0, 0).data(LoadProblemsModel::DocumentIdRole).toString().isEmpty());
    }

    void newCorpusReplacesRows()
    {
        Corpus first;
        first.documents = {document(u"x.txt"_s, {u"empty file"_s})};
        LoadProblemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCorpus(first);
        QCOMPARE(model.rowCount(), 1);
        model.setCorpus(Corpus{});
        QCOMPARE(model.rowCount(), 0);
        model.setCorpus(first);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLoadProblemsModel)
#include "tst_loadproblemsmodel.moc"
