#include "corpus/boundedread.h"
#include "corpus/folderfilereader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

// Files read whole, within a limit, and without setting aside more memory than they weigh: a
// folder's own files (.recoupe/*.json) and, through readBounded(), the articles.
class TestFolderFileReader : public QObject
{
    Q_OBJECT

    static bool write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

private Q_SLOTS:
    void readsTheWholeFile_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("a few bytes") << QByteArray(R"({"format": "x"})");
        QTest::newRow("many pieces") << QByteArray(300 * 1024, 'a');
    }

    void readsTheWholeFile()
    {
        QFETCH(QByteArray, contents);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"entities.json"_s);
        QVERIFY(write(path, contents));
        const FolderFileReader::Result result = FolderFileReader::read(path);
        QCOMPARE(result.status, FolderFileReader::Status::Ok);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.bytes, contents);
    }

    // Asking QIODevice::read() for the limit at once set the whole limit (64 MB) aside for every
    // file, and the bytes kept it.
    void keepsNoMoreMemoryThanTheFileWeighs()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"corrections.json"_s);
        const QByteArray contents(1000, 'x');
        QVERIFY(write(path, contents));
        const FolderFileReader::Result result = FolderFileReader::read(path);
        QCOMPARE(result.status, FolderFileReader::Status::Ok);
        QCOMPARE(result.bytes.size(), contents.size());
        QVERIFY2(result.bytes.capacity() < 64 * 1024, QByteArray::number(result.bytes.capacity()).constData());
    }

    void readsAFileAtTheLimit()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"overrides.json"_s);
        QVERIFY(write(path, QByteArray(2048, 'y')));
        const FolderFileReader::Result atLimit = FolderFileReader::read(path, 2048);
        QCOMPARE(atLimit.status, FolderFileReader::Status::Ok);
        QCOMPARE(atLimit.bytes.size(), 2048);

        const FolderFileReader::Result overLimit = FolderFileReader::read(path, 2047);
        QCOMPARE(overLimit.status, FolderFileReader::Status::Refused);
        QVERIFY(overLimit.bytes.isEmpty());
        QVERIFY2(overLimit.error.contains(u"larger than the limit"_s), qPrintable(overLimit.error));
    }

    // A file that grew after it was measured, or tells no size: read on in pieces, up to one byte
    // past the limit.
    void readsOnPastTheMeasuredSize_data()
    {
        QTest::addColumn<qint64>("measured");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<qint64>("expected");
        const qint64 size = 300 * 1024;
        QTest::newRow("as measured") << size << size * 2 << size;
        QTest::newRow("grew") << qint64(100) << size * 2 << size;
        QTest::newRow("tells no size") << qint64(0) << size * 2 << size;
        QTest::newRow("grew past the limit") << qint64(100) << qint64(200 * 1024) << qint64(200 * 1024 + 1);
        QTest::newRow("measured past the limit") << size << qint64(1024) << qint64(1025);
    }

    void readsOnPastTheMeasuredSize()
    {
        QFETCH(qint64, measured);
        QFETCH(qint64, limit);
        QFETCH(qint64, expected);
        QByteArray contents(300 * 1024, 'z');
        for (qsizetype i = 0; i < contents.size(); i += 997)
            contents[i] = char('a' + i % 26);
        QBuffer device(&contents);
        QVERIFY(device.open(QIODevice::ReadOnly));
        const QByteArray bytes = readBounded(device, measured, limit);
        QCOMPARE(bytes.size(), expected);
        QCOMPARE(bytes, contents.first(expected));
    }

    void tellsMissingFromRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const FolderFileReader::Result missing = FolderFileReader::read(dir.filePath(u"absent.json"_s));
        QCOMPARE(missing.status, FolderFileReader::Status::Missing);
        QVERIFY(missing.error.isEmpty());

        QVERIFY(QDir(dir.path()).mkdir(u"folder.json"_s));
        const FolderFileReader::Result directory = FolderFileReader::read(dir.filePath(u"folder.json"_s));
        QCOMPARE(directory.status, FolderFileReader::Status::Refused);
        QCOMPARE(directory.error, u"it is a directory"_s);

        QVERIFY(QFile::link(dir.filePath(u"gone.json"_s), dir.filePath(u"dangling.json"_s)));
        const FolderFileReader::Result dangling = FolderFileReader::read(dir.filePath(u"dangling.json"_s));
        QCOMPARE(dangling.status, FolderFileReader::Status::Refused);
        QVERIFY2(dangling.error.contains(u"symbolic link"_s), qPrintable(dangling.error));
    }
};

QTEST_GUILESS_MAIN(TestFolderFileReader)
#include "tst_folderfilereader.moc"
