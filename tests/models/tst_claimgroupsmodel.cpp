#include "models/claimgroupsmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

ClaimGroup makeGroup(const QString &entity, const QString &metric, const QString &period, Verdict verdict,
                     const QStringList &documents, const QList<DiscrepancyReason> &reasons = {})
{
    ClaimGroup group;
    group.key = {entity, metric, period};
    group.verdict = verdict;
    group.documents = documents;
    for (const QString &document : documents)
        group.claims.append(document + u"#1"_s);
    group.reasons = reasons;
    return group;
}

// In grouper order except that one discrepancy comes late: the model puts it first.
QList<ClaimGroup> sampleGroups()
{
    return {
        makeGroup(u"Meta"_s, u"gpus"_s, u"2025"_s, Verdict::Agree, {u"a.txt"_s, u"b.txt"_s}),
        makeGroup(u"Meta"_s, u"revenue"_s, {}, Verdict::Single, {u"c.txt"_s}),
        makeGroup(u"Stargate"_s, u"capex"_s, {}, Verdict::Discrepancy, {u"a.txt"_s, u"b.txt"_s, u"c.txt"_s},
                  {{u"currency_swap"_s, {u"a.txt#1"_s, u"b.txt#1"_s}, u"Same number, different currency."_s}}),
        makeGroup(u"Meta"_s, u"capex"_s, u"2025"_s, Verdict::Revised, {u"a.txt"_s, u"d.txt"_s},
                  {{u"revision"_s, {u"a.txt#1"_s, u"d.txt#1"_s}, u"Restated later."_s}}),
        makeGroup(u"Meta"_s, u"stock_move_pct"_s, {}, Verdict::Discrepancy, {u"a.txt"_s, u"b.txt"_s},
                  {{u"percentage_mismatch"_s, {u"a.txt#1"_s, u"b.txt#1"_s}, u"Different percentages."_s},
                   {u"value_mismatch"_s, {u"a.txt#1"_s}, u"Second line."_s}}),
    };
}

} // namespace

class TestClaimGroupsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void emptyModel()
    {
        ClaimGroupsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ClaimGroupsModel::ColumnCount));
        QCOMPARE(model.headerData(ClaimGroupsModel::VerdictColumn, Qt::Horizontal).toString(), u"Verdict"_s);
        QVERIFY(!model.groupAt(0));
        QCOMPARE(model.rowOfClaim(u"a.txt#1"_s), -1);
    }

    void discrepanciesFirst()
    {
        ClaimGroupsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults(sampleGroups());
        QCOMPARE(model.rowCount(), 5);
        QStringList verdicts;
        QStringList entities;
        for (int row = 0; row < model.rowCount(); ++row) {
            verdicts.append(model.index(row, 0).data(ClaimGroupsModel::VerdictRole).toString());
            entities.append(model.index(row, 0).data(ClaimGroupsModel::MetricRole).toString());
        }
        QCOMPARE(verdicts, (QStringList{u"discrepancy"_s, u"discrepancy"_s, u"revised"_s, u"agree"_s, u"single"_s}));
        // Stable: groups of one verdict keep the order they came in.
        QCOMPARE(entities, (QStringList{u"capex"_s, u"stock_move_pct"_s, u"capex"_s, u"gpus"_s, u"revenue"_s}));
    }

    void displayAndRoles()
    {
        ClaimGroupsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults(sampleGroups());
        const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };

        QCOMPARE(cell(0, ClaimGroupsModel::EntityColumn).toString(), u"Stargate"_s);
        QCOMPARE(cell(0, ClaimGroupsModel::MetricColumn).toString(), u"capital expenditure"_s);
        QCOMPARE(cell(0, ClaimGroupsModel::PeriodColumn).toString(), u"no stated period"_s);
        QCOMPARE(cell(0, ClaimGroupsModel::VerdictColumn).toString(), u"Discrepancy"_s);
        QCOMPARE(cell(0, ClaimGroupsModel::SourcesColumn).toInt(), 3);
        QCOMPARE(cell(0, ClaimGroupsModel::ReasonsColumn).toString(), u"Same number, different currency."_s);
        QCOMPARE(cell(0, ClaimGroupsModel::SourcesColumn, Qt::ToolTipRole).toString(), u"a.txt, b.txt and c.txt"_s);
        QCOMPARE(cell(1, ClaimGroupsModel::ReasonsColumn).toString(), u"Different percentages.\nSecond line."_s);
        QCOMPARE(cell(1, 0, ClaimGroupsModel::ReasonKindsRole).toStringList(),
                 (QStringList{u"percentage_mismatch"_s, u"value_mismatch"_s}));
        QCOMPARE(cell(2, ClaimGroupsModel::VerdictColumn).toString(), u"Revised"_s);
        QCOMPARE(cell(2, ClaimGroupsModel::PeriodColumn).toString(), u"2025"_s);
        QCOMPARE(cell(4, ClaimGroupsModel::VerdictColumn).toString(), u"Single source"_s);
        QCOMPARE(cell(4, ClaimGroupsModel::ReasonsColumn).toString(), QString());

        QCOMPARE(cell(0, 0, ClaimGroupsModel::IsDiscrepancyRole).toBool(), true);
        QCOMPARE(cell(3, 0, ClaimGroupsModel::IsDiscrepancyRole).toBool(), false);
        QCOMPARE(cell(0, 0, ClaimGroupsModel::EntityRole).toString(), u"Stargate"_s);
        QCOMPARE(cell(0, 0, ClaimGroupsModel::PeriodRole).toString(), QString());
        QCOMPARE(cell(2, 0, ClaimGroupsModel::PeriodRole).toString(), u"2025"_s);
        QCOMPARE(cell(0, 0, ClaimGroupsModel::SourceCountRole).toInt(), 3);
        QCOMPARE(cell(0, 0, ClaimGroupsModel::DocumentsRole).toStringList(), (QStringList{u"a.txt"_s, u"b.txt"_s, u"c.txt"_s}));
        QCOMPARE(cell(0, 0, ClaimGroupsModel::ClaimIdsRole).toStringList(), (QStringList{u"a.txt#1"_s, u"b.txt#1"_s, u"c.txt#1"_s}));
        QCOMPARE(cell(0, 0, ClaimGroupsModel::GroupRole).value<ClaimGroup>(), *model.groupAt(0));
        QCOMPARE(model.groupAt(0)->key.entity, u"Stargate"_s);

        const QHash<int, QByteArray> names = model.roleNames();
        QCOMPARE(names.value(ClaimGroupsModel::VerdictRole), "verdict"_ba);
        QCOMPARE(names.value(Qt::DisplayRole), "display"_ba);
        QCOMPARE(int(ClaimGroupsModel::GroupRole), int(Qt::UserRole));
    }

    // A large group's tooltips name the first reasons and articles and say how many more; the
    // Reasons column and role keep them all. Before, the tooltip of the 406-article group of the
    // GUI benchmark held 165,000 characters.
    void longToolTipsAreCut()
    {
        QList<DiscrepancyReason> reasons;
        QStringList documents;
        for (int i = 0; i < 30; ++i) {
            documents.append(u"article-%1.txt"_s.arg(i, 2, 10, QChar(u'0')));
            reasons.append({u"value_mismatch"_s, {documents.constLast() + u"#1"_s}, u"Reason %1."_s.arg(i)});
        }
        // The English plural forms, as the window loads them.
        QTranslator english;
        QVERIFY(english.load(QLocale(QLocale::English), u"recoupe"_s, u"_"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&english);
        const auto removeEnglish = qScopeGuard([&english] { QCoreApplication::removeTranslator(&english); });
        ClaimGroupsModel model;
        model.setResults({makeGroup(u"Meta"_s, u"capex"_s, u"2025"_s, Verdict::Discrepancy, documents, reasons),
                          makeGroup(u"Amazon"_s, u"capex"_s, u"2025"_s, Verdict::Discrepancy, documents.mid(0, 3), reasons.mid(0, 3))});
        const auto cell = [&model](int row, int column, int role) { return model.index(row, column).data(role).toString(); };
        QCOMPARE(model.index(0, 0).data(ClaimGroupsModel::EntityRole).toString(), u"Meta"_s);

        const QStringList lines = cell(0, ClaimGroupsModel::VerdictColumn, Qt::ToolTipRole).split(u'\n');
        QCOMPARE(lines.size(), ClaimGroupsModel::MostReasonsInToolTip + 1);
        QCOMPARE(lines.first(), u"Reason 0."_s);
        QCOMPARE(lines.at(ClaimGroupsModel::MostReasonsInToolTip - 1), u"Reason 7."_s);
        QCOMPARE(lines.last(), u"… and 22 more reasons: the group’s details list them all"_s);
        QCOMPARE(cell(0, ClaimGroupsModel::ReasonsColumn, Qt::ToolTipRole), lines.join(u'\n'));
        QCOMPARE(cell(0, ClaimGroupsModel::ReasonsColumn, Qt::DisplayRole).count(u'\n'), 29);
        QCOMPARE(cell(0, 0, ClaimGroupsModel::ReasonsTextRole).count(u'\n'), 29);
        QCOMPARE(cell(0, ClaimGroupsModel::SourcesColumn, Qt::ToolTipRole),
                 u"article-00.txt, article-01.txt, article-02.txt, article-03.txt, article-04.txt, article-05.txt, "
                 "article-06.txt, article-07.txt, article-08.txt, article-09.txt, article-10.txt, article-11.txt "
                 "and 18 others"_s);

        // A short group's tooltips are whole.
        QCOMPARE(cell(1, ClaimGroupsModel::VerdictColumn, Qt::ToolTipRole), u"Reason 0.\nReason 1.\nReason 2."_s);
        QCOMPARE(cell(1, ClaimGroupsModel::SourcesColumn, Qt::ToolTipRole), u"article-00.txt, article-01.txt and article-02.txt"_s);

        QTranslator french;
        QVERIFY(french.load(QLocale(QLocale::French), u"recoupe"_s, u"_"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&french);
        const QString frenchLast = cell(0, ClaimGroupsModel::VerdictColumn, Qt::ToolTipRole).split(u'\n').constLast();
        QCoreApplication::removeTranslator(&french);
        QCOMPARE(frenchLast, u"… et 22 autres raisons : les détails du groupe les donnent toutes"_s);
    }

    // Confidence: a role for the strongest disagreement, one for groups whose every disagreement
    // is weak (what the Comparisons panel hides), the most confident discrepancies first, and the
    // reasons' confidence in words.
    void confidence()
    {
        const DiscrepancyReason weak{u"value_mismatch"_s, {u"a.txt#1"_s, u"b.txt#1"_s}, u"Different amounts."_s, Confidence::Low,
                                     u"an article on one side has no date"_s};
        const DiscrepancyReason strong{u"currency_swap"_s, {u"a.txt#1"_s, u"b.txt#1"_s}, u"Same number."_s, Confidence::High,
                                       u"the same number written in two currencies"_s};
        const DiscrepancyReason revision{u"revision"_s, {u"a.txt#1"_s, u"b.txt#1"_s}, u"Restated later."_s};
        ClaimGroup sameFigure = makeGroup(u"Alphabet"_s, u"other_money"_s, {}, Verdict::Agree, {u"a.txt"_s, u"b.txt"_s});
        sameFigure.key.kind = MoneyKind::PerShare;
        ClaimGroup combined = makeGroup(u"Big Tech"_s, u"capex"_s, u"2025"_s, Verdict::Single, {u"e.txt"_s});
        combined.key.members = u"Alphabet,Meta"_s;
        ClaimGroupsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults({makeGroup(u"Meta"_s, u"capex"_s, u"2025"_s, Verdict::Discrepancy, {u"a.txt"_s, u"b.txt"_s}, {weak}),
                          makeGroup(u"Amazon"_s, u"capex"_s, u"2025"_s, Verdict::Discrepancy, {u"a.txt"_s, u"b.txt"_s}, {weak, strong}),
                          makeGroup(u"Oracle"_s, u"capex"_s, u"2025"_s, Verdict::Revised, {u"a.txt"_s, u"b.txt"_s}, {revision}), sameFigure,
                          combined});
        const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        // Amazon's high-confidence swap comes before Meta's weak mismatch.
        QCOMPARE(cell(0, 0, ClaimGroupsModel::EntityRole).toString(), u"Amazon"_s);
        QCOMPARE(cell(0, 0, ClaimGroupsModel::ConfidenceRole).toString(), u"high"_s);
        QCOMPARE(cell(0, 0, ClaimGroupsModel::LowConfidenceOnlyRole).toBool(), false);
        QCOMPARE(cell(1, 0, ClaimGroupsModel::EntityRole).toString(), u"Meta"_s);
        QCOMPARE(cell(1, 0, ClaimGroupsModel::ConfidenceRole).toString(), u"low"_s);
        QCOMPARE(cell(1, 0, ClaimGroupsModel::LowConfidenceOnlyRole).toBool(), true);
        QCOMPARE(cell(1, ClaimGroupsModel::ReasonsColumn).toString(), u"Different amounts. (low confidence: an article on one side has no date)"_s);
        QCOMPARE(cell(2, 0, ClaimGroupsModel::ConfidenceRole).toString(), QString());
        QCOMPARE(cell(2, 0, ClaimGroupsModel::LowConfidenceOnlyRole).toBool(), false);
        QCOMPARE(cell(2, ClaimGroupsModel::ReasonsColumn).toString(), u"Restated later."_s);
        // Figures no article dates, with a finer kind.
        QCOMPARE(cell(3, ClaimGroupsModel::VerdictColumn).toString(), u"Same figure, period not stated"_s);
        QCOMPARE(cell(3, ClaimGroupsModel::MetricColumn).toString(), u"earnings per share"_s);
        QCOMPARE(cell(3, 0, ClaimGroupsModel::PeriodStatedRole).toBool(), false);
        QCOMPARE(cell(0, 0, ClaimGroupsModel::PeriodStatedRole).toBool(), true);
        QCOMPARE(cell(4, ClaimGroupsModel::EntityColumn).toString(), u"Big Tech (Alphabet and Meta)"_s);
        QCOMPARE(model.roleNames().value(ClaimGroupsModel::ConfidenceRole), "confidence"_ba);

        // What the panel does with it: hide the groups whose every disagreement is weak.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(ClaimGroupsModel::LowConfidenceOnlyRole);
        proxy.setFilterFixedString(u"false"_s);
        QCOMPARE(proxy.rowCount(), 4);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row, 0).data(ClaimGroupsModel::EntityRole).toString() != "Meta"_L1);
    }

    void rowOfClaim()
    {
        ClaimGroupsModel model;
        model.setResults(sampleGroups());
        QCOMPARE(model.rowOfClaim(u"d.txt#1"_s), 2);
        QCOMPARE(model.rowOfClaim(u"nowhere.txt#9"_s), -1);
    }

    void sortsThroughProxy()
    {
        ClaimGroupsModel model;
        model.setResults(sampleGroups());
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(ClaimGroupsModel::SortRole);
        proxy.sort(ClaimGroupsModel::SourcesColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, ClaimGroupsModel::EntityColumn).data().toString(), u"Stargate"_s);
        proxy.sort(ClaimGroupsModel::VerdictColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(ClaimGroupsModel::VerdictRole).toString(), u"single"_s);
    }

    // The window ranks and indexes a large folder's groups on a worker and hands them over: the
    // model then holds what setResults() gives, in one reset.
    void contentsPreparedOnAWorker()
    {
        const QList<ClaimGroup> groups = sampleGroups();
        ClaimGroupsModel::Contents contents = QtConcurrent::run([groups] { return ClaimGroupsModel::prepare(groups); }).result();
        ClaimGroupsModel prepared;
        QAbstractItemModelTester tester(&prepared, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&prepared, &QAbstractItemModel::modelReset);
        prepared.setContents(std::move(contents));
        QCOMPARE(reset.count(), 1);
        ClaimGroupsModel direct;
        direct.setResults(groups);
        QCOMPARE(prepared.groups(), direct.groups());
        QCOMPARE(prepared.rowCount(), groups.size());
        for (int row = 0; row < prepared.rowCount(); ++row) {
            for (const int role : {int(Qt::DisplayRole), int(ClaimGroupsModel::SortRole), int(ClaimGroupsModel::VerdictRole)}) {
                for (int column = 0; column < ClaimGroupsModel::ColumnCount; ++column)
                    QCOMPARE(prepared.index(row, column).data(role), direct.index(row, column).data(role));
            }
        }
        for (const ClaimGroup &group : groups) {
            for (const QString &claim : group.claims)
                QCOMPARE(prepared.rowOfClaim(claim), direct.rowOfClaim(claim));
        }
        QCOMPARE(prepared.rowOfClaim(u"d.txt#1"_s), 2);
    }

    void resetSignalsAndClear()
    {
        ClaimGroupsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setResults(sampleGroups());
        QCOMPARE(reset.count(), 1);
        model.setResults(sampleGroups().mid(0, 2));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOfClaim(u"d.txt#1"_s), -1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.count(), 3);
        QVERIFY(!model.index(0, 0).data().isValid());
    }
};

QTEST_GUILESS_MAIN(TestClaimGroupsModel)
#include "tst_claimgroupsmodel.moc"
