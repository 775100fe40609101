#include "reading/readinglayout.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ReadingLayout twoPanes()
{
    ReadingLayout layout;
    layout.panes = {{u"a.txt"_s, 1200, 2}, {u"sous-dossier/b.md"_s, 0, -1}};
    layout.splitterSizes = {420, 380};
    layout.currentPane = 1;
    layout.linkedScrolling = true;
    return layout;
}

} // namespace

class TestReadingLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(layoutsDir()).removeRecursively();
    }

    void jsonRoundTrip_data()
    {
        QTest::addColumn<ReadingLayout>("layout");
        QTest::newRow("empty") << ReadingLayout();
        QTest::newRow("two panes, linked") << twoPanes();
        ReadingLayout four;
        for (int i = 0; i < 4; ++i)
            four.panes.append({u"article-%1.html"_s.arg(i), qsizetype(i) * 5'000'000'000LL, i});
        four.splitterSizes = {1, 2, 3, 4};
        four.currentPane = 3;
        QTest::newRow("four panes, huge offsets") << four;
    }

    void jsonRoundTrip()
    {
        QFETCH(ReadingLayout, layout);
        const QJsonObject json = layout.toJson();
        QCOMPARE(json.value("format"_L1).toString(), u"recoupe-layout-1"_s);
        bool ok = false;
        QCOMPARE(ReadingLayout::fromJson(json, &ok), layout);
        QVERIFY(ok);
        // Through text too, as the file holds it.
        const QJsonObject reparsed = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        QCOMPARE(ReadingLayout::fromJson(reparsed), layout);
    }

    void fromJsonIsTolerant()
    {
        bool ok = true;
        QCOMPARE(ReadingLayout::fromJson(QJsonObject{{u"format"_s, u"recoupe-documents-1"_s}}, &ok), ReadingLayout());
        QVERIFY(!ok);

        const QByteArray handEdited = R"({"format": "recoupe-layout-1", "future": true,
            "panes": [{"document": "a.txt", "topOffset": -5}, {"document": "b.txt"}, {"document": "c.txt"},
                      {"document": "d.txt"}, {"document": "e.txt"}],
            "currentPane": 7})";
        const ReadingLayout layout = ReadingLayout::fromJson(QJsonDocument::fromJson(handEdited).object(), &ok);
        QVERIFY(ok);
        QCOMPARE(layout.panes.size(), 4);
        QCOMPARE(layout.panes.at(0), (ReadingPaneState{u"a.txt"_s, 0, 0}));
        QCOMPARE(layout.panes.at(3).documentId, u"d.txt"_s);
        QCOMPARE(layout.currentPane, 0);
        QVERIFY(!layout.linkedScrolling);
    }

    void storeRoundTripInTheFolder()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString inFolder = QDir(folder.path()).filePath(u".recoupe/layout.json"_s);
        QCOMPARE(ReadingLayoutStore::filePath(folder.path()), inFolder);

        QString error = u"untouched"_s;
        QCOMPARE(ReadingLayoutStore::load(folder.path(), &error), ReadingLayout());
        QCOMPARE(error, u"untouched"_s); // no file is no error

        QVERIFY(ReadingLayoutStore::save(folder.path(), twoPanes(), &error));
        QVERIFY(QFileInfo::exists(inFolder));
        QVERIFY(!QFileInfo::exists(ReadingLayoutStore::fallbackFilePath(folder.path())));
        QCOMPARE(ReadingLayoutStore::load(folder.path(), &error), twoPanes());
        QCOMPARE(error, u"untouched"_s);
        QCOMPARE(QJsonDocument::fromJson(readAll(inFolder)).object().value("format"_L1).toString(), u"recoupe-layout-1"_s);

        ReadingLayout changed = twoPanes();
        changed.panes.removeLast();
        changed.currentPane = 0;
        QVERIFY(ReadingLayoutStore::save(folder.path(), changed));
        QCOMPARE(ReadingLayoutStore::load(folder.path()), changed);
    }

    void corruptFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not JSON") << QByteArray("{ \"format\": \"recoupe-lay");
        QTest::newRow("another format") << QByteArray(R"({"format": "recoupe-annotations-1", "annotations": []})");
        QTest::newRow("an array") << QByteArray("[1, 2]");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 11);
    }

    void corruptFile()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir folder;
        const QString path = ReadingLayoutStore::filePath(folder.path());
        QVERIFY(writeAll(path, bytes));
        QString error;
        QCOMPARE(ReadingLayoutStore::load(folder.path(), &error), ReadingLayout());
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        // A layout is cheap to lose: the next save replaces the damaged file.
        QVERIFY(ReadingLayoutStore::save(folder.path(), twoPanes()));
        error.clear();
        QCOMPARE(ReadingLayoutStore::load(folder.path(), &error), twoPanes());
        QVERIFY(error.isEmpty());
    }

    void unreadableFile()
    {
        QTemporaryDir folder;
        // A directory where the file should be cannot be read, even by root.
        QVERIFY(QDir().mkpath(ReadingLayoutStore::filePath(folder.path())));
        QString error;
        QCOMPARE(ReadingLayoutStore::load(folder.path(), &error), ReadingLayout());
        QVERIFY(!error.isEmpty());
    }

    void readOnlyFolderFallsBackToTheDataFolder()
    {
        QTemporaryDir folder;
        // A file named .recoupe: the folder's own store cannot be made (root ignores permissions,
        // so a chmod alone would not make the folder read-only for these tests).
        const QString blocker = QDir(folder.path()).filePath(u".recoupe"_s);
        QVERIFY(writeAll(blocker, "not a folder"));

        const QString path = ReadingLayoutStore::filePath(folder.path());
        QCOMPARE(path, ReadingLayoutStore::fallbackFilePath(folder.path()));
        QVERIFY2(path.startsWith(layoutsDir() + u'/'), qPrintable(path));
        QVERIFY(QFileInfo(path).fileName().endsWith(u".json"_s));
        QCOMPARE(QFileInfo(path).completeBaseName().size(), 40); // SHA-1 in hexadecimal

        QString error;
        QVERIFY2(ReadingLayoutStore::save(folder.path(), twoPanes(), &error), qPrintable(error));
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(readAll(blocker), QByteArray("not a folder"));
        QCOMPARE(ReadingLayoutStore::load(folder.path(), &error), twoPanes());

        // The same folder by another path shares the layout; another folder does not.
        QCOMPARE(ReadingLayoutStore::fallbackFilePath(folder.path() + u"/./"_s), path);
        QTemporaryDir other;
        QVERIFY(ReadingLayoutStore::fallbackFilePath(other.path()) != path);
        QCOMPARE(ReadingLayoutStore::load(other.path()), ReadingLayout());

        // Once the folder can hold it again, the layout moves back beside the articles.
        QVERIFY(QFile::remove(blocker));
        QVERIFY(ReadingLayoutStore::save(folder.path(), twoPanes()));
        QVERIFY(QFileInfo::exists(QDir(folder.path()).filePath(u".recoupe/layout.json"_s)));
        QVERIFY(!QFileInfo::exists(path));
    }

private:
    static QString layoutsDir()
    {
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/layouts"_s;
    }
};

QTEST_GUILESS_MAIN(TestReadingLayout)
#include "tst_readinglayout.moc"
