#include "export/documentsjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Recoupe;
using namespace Qt::StringLiterals;

class TestDocumentsJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadedDocument()
    {
        Document document;
        document.id = u"sub/a.txt"_s;
        document.path = u"sub/a.txt"_s;
        document.absolutePath = u"/somewhere/sub/a.txt"_s;
        document.title = u"Un titre"_s;
        document.language = u"fr"_s;
        document.date = u"2025-01-30"_s;
        document.dateSource = u"text"_s;
        document.encoding = u"UTF-8"_s;
        document.text = u"Not exported"_s;

        const QJsonObject json = documentToJson(document);
        const QJsonObject expected{
            {"id"_L1, u"sub/a.txt"_s}, {"path"_L1, u"sub/a.txt"_s}, {"title"_L1, u"Un titre"_s},
            {"language"_L1, u"fr"_s}, {"date"_L1, u"2025-01-30"_s}, {"dateSource"_L1, u"text"_s},
            {"encoding"_L1, u"UTF-8"_s}, {"errors"_L1, QJsonArray()},
        };
        QCOMPARE(json, expected);
    }

    void unknownFieldsAreNull()
    {
        Document document;
        document.id = u"b.html"_s;
        document.path = u"b.html"_s;
        document.errors = {u"The file is empty."_s};

        const QJsonObject json = documentToJson(document);
        QCOMPARE(json.keys(), (QStringList{u"date"_s, u"dateSource"_s, u"encoding"_s, u"errors"_s, u"id"_s, u"language"_s,
                                           u"path"_s, u"title"_s}));
        for (const auto key : {"title"_L1, "language"_L1, "date"_L1, "dateSource"_L1, "encoding"_L1})
            QVERIFY2(json.value(key).isNull(), key.data());
        QCOMPARE(json.value("errors"_L1).toArray(), QJsonArray{u"The file is empty."_s});
    }

    void listKeepsOrder()
    {
        Document a;
        a.id = a.path = u"a.txt"_s;
        Document b;
        b.id = b.path = u"b.txt"_s;
        const QJsonArray array = documentsToJson({b, a});
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().value("id"_L1).toString(), u"b.txt"_s);
        QCOMPARE(array.at(1).toObject().value("id"_L1).toString(), u"a.txt"_s);
        QVERIFY(documentsToJson({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDocumentsJson)
#include "tst_documentsjson.moc"
