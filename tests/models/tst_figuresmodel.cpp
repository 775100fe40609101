#include "compare/claimwording.h"
#include "models/figuresmodel.h"

#include "claims/claimtestsupport.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QtConcurrentRun>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

Claim makeClaim(const QString &id, const QString &entity, const QString &metric, const QString &period, double low, double high,
                const QString &currency, const QString &unit, Qualifier qualifier)
{
    Claim claim;
    QString document;
    Claim::splitId(id, &document, &claim.number);
    claim.document = document;
    claim.entity = entity;
    claim.metric = metric;
    claim.period = period;
    claim.low = low;
    claim.high = high;
    claim.currency = currency;
    claim.unit = unit;
    claim.qualifier = qualifier;
    return claim;
}

QList<Document> bareDocuments()
{
    Document a;
    a.id = u"a.txt"_s;
    a.title = u"Spending plans"_s;
    Document b;
    b.id = u"b.txt"_s;
    b.title = u"Chips and shares"_s;
    return {a, b}; // c.txt unknown: its id stands for its title
}

// The claims and their documents, whose texts hold "A sentence with the quote of <id>." for each.
std::pair<ClaimList, QList<Document>> sampleData()
{
    ClaimList claims{
        makeClaim(u"a.txt#1"_s, u"Meta"_s, u"capex"_s, u"2025"_s, 60e9, 65e9, u"USD"_s, {}, Qualifier::Range),
        makeClaim(u"a.txt#2"_s, u"Microsoft"_s, u"capex"_s, u"FY2025"_s, 80e9, 80e9, u"EUR"_s, {}, Qualifier::Approx),
        makeClaim(u"b.txt#1"_s, u"Meta"_s, u"gpus"_s, u"2025"_s, 1.3e6, 1.3e6, {}, u"GPU"_s, Qualifier::AtLeast),
        makeClaim(u"b.txt#2"_s, {}, u"stock_move_pct"_s, {}, -1.6, -1.6, {}, u"%"_s, Qualifier::Exact),
        makeClaim(u"c.txt#1"_s, u"Amazon"_s, u"power_gw"_s, {}, 0.3, 0.3, {}, u"GW"_s, Qualifier::AtMost),
    };
    QList<Document> documents = bareDocuments();
    writeClaimTexts(documents, claims, [](const Claim &c) { return u"quote of "_s + c.id(); },
                    [](const Claim &c) { return u"A sentence with the quote of "_s + c.id() + u'.'; });
    return {claims, documents};
}

ClaimList sampleClaims()
{
    return sampleData().first;
}

QList<Document> sampleDocuments()
{
    return sampleData().second;
}

} // namespace

class TestFiguresModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyModel()
    {
        FiguresModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(FiguresModel::ColumnCount));
        QCOMPARE(model.claimAt(0), nullptr);
        QCOMPARE(model.rowOf(u"a.txt#1"_s), -1);
    }

    void displayTexts()
    {
        FiguresModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale::c());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setResults(sampleClaims(), sampleDocuments());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 5);

        auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, FiguresModel::EntityColumn), u"Meta"_s);
        QCOMPARE(text(0, FiguresModel::MetricColumn), u"Capital expenditure"_s);
        QCOMPARE(text(0, FiguresModel::PeriodColumn), u"2025"_s);
        QCOMPARE(text(0, FiguresModel::AmountColumn), u"60–65 bn USD"_s);
        QCOMPARE(text(0, FiguresModel::QualifierColumn), u"range"_s);
        QCOMPARE(text(0, FiguresModel::SourceColumn), u"Spending plans"_s);
        // Quotes and sentences are read from the documents' texts, by the claims' offsets.
        QCOMPARE(model.index(2, 0).data(FiguresModel::QuoteRole).toString(), u"quote of b.txt#1"_s);
        QCOMPARE(model.index(2, 0).data(FiguresModel::SentenceRole).toString(), u"A sentence with the quote of b.txt#1."_s);
        QCOMPARE(model.index(1, 0).data(FiguresModel::QuoteRole).toString(), u"quote of a.txt#2"_s);
        QCOMPARE(model.index(4, 0).data(FiguresModel::QuoteRole).toString(), QString()); // c.txt is not among the documents
        QCOMPARE(model.rowOf(u"b.txt#2"_s), 3);
        QCOMPARE(model.rowOf(u"b.txt"_s), -1);

        QCOMPARE(text(1, FiguresModel::AmountColumn), u"≈ 80 bn EUR"_s);
        QCOMPARE(text(2, FiguresModel::AmountColumn), u"≥ 1.3 M GPU"_s);
        QCOMPARE(text(2, FiguresModel::MetricColumn), u"GPUs"_s);
        QCOMPARE(text(3, FiguresModel::EntityColumn), u"(unknown)"_s);
        QCOMPARE(text(3, FiguresModel::AmountColumn), u"-1.6 %"_s);
        QCOMPARE(text(4, FiguresModel::AmountColumn), u"≤ 0.3 GW"_s);
        QCOMPARE(text(4, FiguresModel::SourceColumn), u"c.txt"_s);
        QCOMPARE(model.headerData(FiguresModel::AmountColumn, Qt::Horizontal).toString(), u"Amount"_s);
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"quote of a.txt#1"));
    }


    // Periods in words, as the Comparisons panel writes them (one function for both).
    void periodsInWords()
    {
        ClaimList claims = sampleClaims();
        claims[0].period = u"2024-Q4"_s;
        claims[1].period = u"FY2025-Q1"_s;
        claims[2].period = QString();
        FiguresModel model;
        model.setResults(claims, sampleDocuments());
        QCOMPARE(model.index(0, FiguresModel::PeriodColumn).data().toString(), ClaimWording::period(u"2024-Q4"_s));
        QCOMPARE(model.index(0, FiguresModel::PeriodColumn).data().toString(), u"Q4 2024"_s);
        QCOMPARE(model.index(1, FiguresModel::PeriodColumn).data().toString(), u"Q1 fiscal 2025"_s);
        QCOMPARE(model.index(2, FiguresModel::PeriodColumn).data().toString(), QString());
        // Sorting still follows the period itself.
        QCOMPARE(model.index(0, FiguresModel::PeriodColumn).data(FiguresModel::SortRole).toString(), u"2024-Q4"_s);
    }

    void localeFormatting()
    {
        FiguresModel model;
        model.setLocale(QLocale(QLocale::French, QLocale::France));
        model.setResults(sampleClaims(), sampleDocuments());
        QCOMPARE(model.index(2, FiguresModel::AmountColumn).data().toString(), u"≥ 1,3 M GPU"_s);
        QCOMPARE(FiguresModel::formatAmount(sampleClaims().at(0), QLocale(QLocale::French)), u"60–65 bn USD"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLocale(QLocale::c());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(2, FiguresModel::AmountColumn).data().toString(), u"≥ 1.3 M GPU"_s);
    }

    // Unit symbols and currency codes stay as they are; a unit that is a word is translated.
    void unitsInTheInterfaceLanguage()
    {
        Claim users;
        users.metric = u"users"_s;
        users.unit = u"users"_s;
        users.low = users.high = 3.48e9;
        Claim gpus = users;
        gpus.unit = u"GPU"_s;
        gpus.low = gpus.high = 1.3e6;
        QCOMPARE(FiguresModel::formatAmount(users, QLocale::c()), u"3.48 bn users"_s);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::French), u"recoupe"_s, u"_"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&translator);
        const QString french = FiguresModel::formatAmount(users, QLocale(QLocale::French));
        const QString frenchGpus = FiguresModel::formatAmount(gpus, QLocale(QLocale::French));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(french, u"3,48 Md utilisateurs"_s);
        QCOMPARE(frenchGpus, u"1,3 M GPU"_s);
    }

    void roles()
    {
        FiguresModel model;
        model.setResults(sampleClaims(), sampleDocuments());
        const QModelIndex index = model.index(0, FiguresModel::SourceColumn);
        QCOMPARE(index.data(FiguresModel::ClaimIdRole).toString(), u"a.txt#1"_s);
        QCOMPARE(index.data(FiguresModel::DocumentIdRole).toString(), u"a.txt"_s);
        QCOMPARE(index.data(FiguresModel::StartRole).toLongLong(), 20); // in "A sentence with the quote of a.txt#1."
        QCOMPARE(index.data(FiguresModel::EndRole).toLongLong(), 36);
        QCOMPARE(index.data(FiguresModel::MetricRole).toString(), u"capex"_s);
        QCOMPARE(index.data(FiguresModel::LowRole).toDouble(), 60e9);
        QCOMPARE(index.data(FiguresModel::HighRole).toDouble(), 65e9);
        QCOMPARE(index.data(FiguresModel::CurrencyRole).toString(), u"USD"_s);
        QCOMPARE(index.data(FiguresModel::QualifierRole).toString(), u"range"_s);
        QCOMPARE(model.rowOf(u"b.txt#2"_s), 3);
        QCOMPARE(model.claimAt(3)->unit, u"%"_s);
        QVERIFY(model.roleNames().value(FiguresModel::ClaimIdRole) == "claimId");
    }

    // Amounts sort by value, not by their text ("≈ 80 bn" after "60–65 bn", before "1.3 M").
    void sortsOnRawValues()
    {
        FiguresModel model;
        model.setResults(sampleClaims(), sampleDocuments());
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(FiguresModel::SortRole);
        proxy.sort(FiguresModel::AmountColumn, Qt::DescendingOrder);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order.append(proxy.index(row, 0).data(FiguresModel::ClaimIdRole).toString());
        QCOMPARE(order, (QStringList{u"a.txt#2"_s, u"a.txt#1"_s, u"b.txt#1"_s, u"c.txt#1"_s, u"b.txt#2"_s}));
    }

    // The window indexes a large folder's figures on a worker and hands them over: the model
    // then holds what setResults() gives, in one reset.
    void contentsPreparedOnAWorker()
    {
        const ClaimList claims = sampleClaims();
        const QList<Document> documents = sampleDocuments();
        FiguresModel::Contents contents = QtConcurrent::run([claims, documents] { return FiguresModel::prepare(claims, documents); }).result();
        FiguresModel prepared;
        QAbstractItemModelTester tester(&prepared, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&prepared, &QAbstractItemModel::modelReset);
        prepared.setContents(std::move(contents));
        QCOMPARE(reset.count(), 1);
        FiguresModel direct;
        direct.setResults(claims, documents);
        QCOMPARE(prepared.rowCount(), claims.size());
        for (int row = 0; row < prepared.rowCount(); ++row) {
            for (int column = 0; column < FiguresModel::ColumnCount; ++column) {
                for (const int role : {int(Qt::DisplayRole), int(FiguresModel::SortRole), int(FiguresModel::QuoteRole), int(Qt::ToolTipRole)})
                    QCOMPARE(prepared.index(row, column).data(role), direct.index(row, column).data(role));
            }
        }
        // The source column sorts on the titles' order, the entity column on the names'.
        QVERIFY(prepared.index(0, FiguresModel::SourceColumn).data(FiguresModel::SortRole).isValid());
    }

    void clear()
    {
        FiguresModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults(sampleClaims(), sampleDocuments());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFiguresModel)
#include "tst_figuresmodel.moc"
