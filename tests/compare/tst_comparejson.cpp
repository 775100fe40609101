// The JSON writers of the comparison: recoupe-groups-1 and recoupe-passages-1.
#include "export/groupsjson.h"
#include "export/passagesjson.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

class TestCompareJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groups()
    {
        ClaimGroup swap;
        swap.key = {u"Stargate"_s, u"capex"_s, u"2025-2028"_s};
        swap.claims = {u"a.txt#8"_s, u"b.txt#5"_s};
        swap.documents = {u"a.txt"_s, u"b.txt"_s};
        swap.verdict = Verdict::Discrepancy;
        swap.reasons = {{u"currency_swap"_s, {u"a.txt#8"_s, u"b.txt#5"_s}, u"Same number, different currency."_s, Confidence::High,
                         u"the same number written in two currencies"_s},
                        {u"revision"_s, {u"a.txt#8"_s, u"b.txt#5"_s}, u"Restated later."_s}};
        ClaimGroup single;
        single.key = {u"Meta"_s, u"gpus"_s, u"2025"_s};
        single.claims = {u"a.txt#4"_s};
        single.documents = {u"a.txt"_s};
        // Figures without a period: never a discrepancy, "periodStated": false.
        ClaimGroup undated;
        undated.key = {u"Alphabet"_s, u"other_money"_s, QString(), MoneyKind::PerShare};
        undated.claims = {u"a.txt#2"_s, u"b.txt#2"_s};
        undated.documents = {u"a.txt"_s, u"b.txt"_s};
        undated.verdict = Verdict::Agree;
        ClaimGroup combined;
        combined.key = {u"Big Tech"_s, u"capex"_s, u"2025"_s, MoneyKind::None, u"Alphabet,Meta"_s};
        combined.claims = {u"a.txt#9"_s};
        combined.documents = {u"a.txt"_s};

        const QJsonObject expected{
            {"format"_L1, "recoupe-groups-1"_L1},
            {"groups"_L1,
             QJsonArray{
                 QJsonObject{{"key"_L1, QJsonObject{{"entity"_L1, "Stargate"_L1}, {"metric"_L1, "capex"_L1}, {"period"_L1, "2025-2028"_L1}}},
                             {"claims"_L1, QJsonArray{"a.txt#8"_L1, "b.txt#5"_L1}},
                             {"verdict"_L1, "discrepancy"_L1},
                             {"periodStated"_L1, true},
                             {"reasons"_L1,
                              QJsonArray{QJsonObject{{"kind"_L1, "currency_swap"_L1},
                                                     {"claims"_L1, QJsonArray{"a.txt#8"_L1, "b.txt#5"_L1}},
                                                     {"explanation"_L1, "Same number, different currency."_L1},
                                                     {"confidence"_L1, "high"_L1},
                                                     {"confidenceReason"_L1, "the same number written in two currencies"_L1}},
                                         // A revision is no disagreement: no confidence.
                                         QJsonObject{{"kind"_L1, "revision"_L1},
                                                     {"claims"_L1, QJsonArray{"a.txt#8"_L1, "b.txt#5"_L1}},
                                                     {"explanation"_L1, "Restated later."_L1}}}}},
                 QJsonObject{{"key"_L1, QJsonObject{{"entity"_L1, "Meta"_L1}, {"metric"_L1, "gpus"_L1}, {"period"_L1, "2025"_L1}}},
                             {"claims"_L1, QJsonArray{"a.txt#4"_L1}},
                             {"verdict"_L1, "single"_L1},
                             {"periodStated"_L1, true},
                             {"reasons"_L1, QJsonArray()}},
                 QJsonObject{{"key"_L1, QJsonObject{{"entity"_L1, "Alphabet"_L1}, {"metric"_L1, "other_money"_L1}, {"period"_L1, QJsonValue::Null},
                                                    {"kind"_L1, "per_share"_L1}}},
                             {"claims"_L1, QJsonArray{"a.txt#2"_L1, "b.txt#2"_L1}},
                             {"verdict"_L1, "agree"_L1},
                             {"periodStated"_L1, false},
                             {"reasons"_L1, QJsonArray()}},
                 QJsonObject{{"key"_L1, QJsonObject{{"entity"_L1, "Big Tech"_L1}, {"metric"_L1, "capex"_L1}, {"period"_L1, "2025"_L1},
                                                    {"members"_L1, QJsonArray{"Alphabet"_L1, "Meta"_L1}}}},
                             {"claims"_L1, QJsonArray{"a.txt#9"_L1}},
                             {"verdict"_L1, "single"_L1},
                             {"periodStated"_L1, true},
                             {"reasons"_L1, QJsonArray()}},
             }},
        };
        QVERIFY(!expected.isEmpty());
        QCOMPARE(groupsToJson({swap, single, undated, combined}), expected);
    }

    void passages()
    {
        PassageMatch match;
        match.first = {u"a.txt"_s, 10, 52, u"Norvalis will invest 12 billion euros."_s};
        match.second = {u"b.txt"_s, 0, 47, u"Norvalis investira 12 milliards d'euros."_s};
        match.score = 0.625;
        match.shared = {u"12 billion"_s, u"Norvalis"_s};
        const QJsonObject expected{
            {"format"_L1, "recoupe-passages-1"_L1},
            {"matches"_L1,
             QJsonArray{QJsonObject{
                 {"score"_L1, 0.625},
                 {"passages"_L1,
                  QJsonArray{QJsonObject{{"document"_L1, "a.txt"_L1}, {"start"_L1, 10}, {"end"_L1, 52},
                                         {"text"_L1, "Norvalis will invest 12 billion euros."_L1}},
                             QJsonObject{{"document"_L1, "b.txt"_L1}, {"start"_L1, 0}, {"end"_L1, 47},
                                         {"text"_L1, "Norvalis investira 12 milliards d'euros."_L1}}}},
                 {"shared"_L1, QJsonArray{"12 billion"_L1, "Norvalis"_L1}},
             }}},
        };
        QVERIFY(!expected.isEmpty());
        QCOMPARE(passagesToJson({match}), expected);
        QCOMPARE(passagesToJson({}).value("matches"_L1).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCompareJson)
#include "tst_comparejson.moc"
