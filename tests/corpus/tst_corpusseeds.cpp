#include "corpus/corpusloader.h"

#include "testconfig.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Recoupe;
using namespace Qt::StringLiterals;

// Acceptance: the reference articles, read at run time (never copied into the project).
class TestCorpusSeeds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedsMatchGold()
    {
        const QString folder = QStringLiteral(RECOUPE_SHARED_DIR "/corpus/seeds-fr");
        QFile goldFile(folder + u"/gold.json"_s);
        QVERIFY(goldFile.open(QIODevice::ReadOnly));
        const QJsonObject gold = QJsonDocument::fromJson(goldFile.readAll()).object().value("documents"_L1).toObject();
        QVERIFY(!gold.isEmpty());

        const Corpus corpus = CorpusLoader::load(folder);
        QCOMPARE(corpus.folderError, QString());
        QCOMPARE(corpus.warnings, QStringList());
        QCOMPARE(corpus.documents.size(), gold.size()); // gold.json itself is not an article
        for (const Document &document : corpus.documents) {
            QVERIFY2(document.isLoaded(), qPrintable(document.id + u": "_s + document.errors.join(u' ')));
            const QJsonObject expected = gold.value(document.id).toObject();
            QVERIFY2(!expected.isEmpty(), qPrintable(document.id));
            QCOMPARE(document.language, expected.value("language"_L1).toString());
            QCOMPARE(document.date, expected.value("date"_L1).toString());
            QCOMPARE(document.dateSource, u"user"_s); // stated in .recoupe/documents.json
            QCOMPARE(document.encoding, u"UTF-8"_s);
            QVERIFY(!document.title.isEmpty());
            QVERIFY(!document.title.contains(u"https://"_s));
            QVERIFY(document.text.size() > 1000);
        }
    }
};

QTEST_GUILESS_MAIN(TestCorpusSeeds)
#include "tst_corpusseeds.moc"
