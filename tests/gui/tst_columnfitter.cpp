// Columns fitted to their contents once per change of the rows, not at every layout change:
// with QHeaderView::ResizeToContents the Documents, Figures and Timeline lists measured hundreds
// of cells again each time the window's layout moved, a dozen times while a large folder opened
// (the GUI thread's largest cost after the reading panes). The reader may then drag them.
#include "columnfitter.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

QList<QStandardItem *> row(const QString &first, const QString &second, const QString &third)
{
    return {new QStandardItem(first), new QStandardItem(second), new QStandardItem(third)};
}

int textWidth(const QAbstractItemView &view, const QString &text)
{
    return view.fontMetrics().horizontalAdvance(text);
}

} // namespace

class TestColumnFitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fitsOnceAfterTheRowsChange()
    {
        QStandardItemModel model;
        model.setColumnCount(3);
        QTreeView view;
        view.setModel(&model);
        view.header()->setStretchLastSection(true);
        auto *fitter = new ColumnFitter(&view, view.header(), {0, 1});
        QCOMPARE(view.header()->sectionResizeMode(0), QHeaderView::Interactive);
        QCOMPARE(view.header()->sectionResizeMode(1), QHeaderView::Interactive);
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // Three rows in one turn of the event loop: measured once, after them.
        const QString longest = u"A rather long name of an entity"_s;
        model.appendRow(row(u"Meta"_s, u"$64bn"_s, u"one"_s));
        model.appendRow(row(longest, u"€9.5bn"_s, u"two"_s));
        model.appendRow(row(u"Amazon"_s, u"$100,000,000,000"_s, u"three"_s));
        QCOMPARE(fitter->fitCount(), 0);
        QTRY_COMPARE(fitter->fitCount(), 1);
        QCOMPARE_GE(view.header()->sectionSize(0), textWidth(view, longest));
        QCOMPARE_GE(view.header()->sectionSize(1), textWidth(view, u"$100,000,000,000"_s));

        // Layout changes do not measure again, and keep what the reader chose.
        view.header()->resizeSection(0, view.header()->sectionSize(0) + 50);
        const int chosen = view.header()->sectionSize(0);
        for (int width : {500, 900, 650}) {
            view.resize(width, 400);
            QCoreApplication::processEvents();
        }
        QCOMPARE(fitter->fitCount(), 1);
        QCOMPARE(view.header()->sectionSize(0), chosen);

        // A new text in a fitted column fits again; one elsewhere does not.
        model.item(0, 2)->setText(u"a much longer text in the column left alone"_s);
        QCoreApplication::processEvents();
        QCOMPARE(fitter->fitCount(), 1);
        const QString wider = u"An even longer name, of an entity nobody has heard of"_s;
        model.item(0, 0)->setText(wider);
        QTRY_COMPARE(fitter->fitCount(), 2);
        QCOMPARE_GE(view.header()->sectionSize(0), textWidth(view, wider));

        // A reset (another folder) fits to the new rows.
        model.removeRows(0, model.rowCount());
        model.appendRow(row(u"Oracle"_s, u"$1"_s, u"x"_s));
        QTRY_COMPARE(fitter->fitCount(), 3);
        QCOMPARE_LT(view.header()->sectionSize(0), textWidth(view, wider));
    }

    // A view behind another (a tabbed dock) is measured when it is shown, once.
    void fitsAHiddenViewWhenShown()
    {
        QStandardItemModel model;
        model.setColumnCount(3);
        QTreeView view;
        view.setModel(&model);
        auto *fitter = new ColumnFitter(&view, view.header(), {0});
        view.resize(600, 300);
        const QString text = u"Brookfield Asset Management (infrastructure)"_s;
        model.appendRow(row(text, u"$10bn"_s, u"a"_s));
        model.appendRow(row(u"Meta"_s, u"$1bn"_s, u"b"_s));
        QTest::qWait(20);
        QCOMPARE(fitter->fitCount(), 0);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(fitter->fitCount(), 1);
        QCOMPARE_GE(view.header()->sectionSize(0), textWidth(view, text));
        // Shown again without a change of the rows: nothing to measure.
        view.hide();
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(fitter->fitCount(), 1);
        // Rows changed while hidden: measured on the next showing.
        view.hide();
        model.appendRow(row(u"An entity with a name longer than every other one here"_s, u"x"_s, u"c"_s));
        QTest::qWait(20);
        QCOMPARE(fitter->fitCount(), 1);
        view.show();
        QCOMPARE(fitter->fitCount(), 2);
        QCOMPARE_GE(view.header()->sectionSize(0), textWidth(view, u"An entity with a name longer than every other one here"_s));
    }

    void fitsATableAndLeavesHiddenColumns()
    {
        QStandardItemModel model;
        model.setColumnCount(3);
        QTableView view;
        view.setModel(&model);
        view.setColumnHidden(1, true);
        auto *fitter = new ColumnFitter(&view, view.horizontalHeader(), {0, 1});
        view.resize(700, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString text = u"Microsoft Corporation (all segments)"_s;
        model.appendRow(row(text, u"hidden"_s, u"z"_s));
        QTRY_COMPARE(fitter->fitCount(), 1);
        QCOMPARE_GE(view.horizontalHeader()->sectionSize(0), textWidth(view, text));
        QVERIFY(view.isColumnHidden(1));
        QCOMPARE(view.horizontalHeader()->sectionSize(1), 0);
    }
};

QTEST_MAIN(TestColumnFitter)
#include "tst_columnfitter.moc"
