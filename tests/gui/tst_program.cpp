#include "testconfig.h"

#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The recoupe program as a user or scripts/dev runs it: its command line and its screenshots.
class TestProgram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version()
    {
        const Result result = run({u"--version"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), u"recoupe " RECOUPE_VERSION_STRING ""_s);
    }

    void help()
    {
        const Result result = run({u"--help"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(u"--screenshots"_s));
        QVERIFY(result.out.contains(u"--language"_s));
        QVERIFY(result.out.contains(u"FOLDER"_s));
    }

    void tooManyFolders()
    {
        const Result result = run({u"/a"_s, u"/b"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("fr") << u"fr"_s;
    }

    void screenshots()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Result result = run({u"--language"_s, language, u"--screenshots"_s, dir.path(), QStringLiteral(RECOUPE_FIXTURES_DIR "/gui")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        // Named after the interface's language, so that both can sit side by side.
        const QString path = dir.filePath(u"recoupe-main-%1.png"_s.arg(language));
        QVERIFY(result.out.contains(path));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size() / image.devicePixelRatio(), QSize(1680, 940));
        QVERIFY(QFileInfo::exists(dir.filePath(u"recoupe-comparisons-%1.png"_s.arg(language))));
        QVERIFY(QFileInfo::exists(dir.filePath(u"recoupe-figures-%1.png"_s.arg(language))));
        // Something was drawn: a blank window is one colour.
        QVERIFY(image.pixelColor(10, 10) != image.pixelColor(image.width() / 2, image.height() / 2)
                || image.pixelColor(5, image.height() - 5) != image.pixelColor(image.width() / 2, image.height() / 2));
    }

private:
    struct Result {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Result run(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(RECOUPE_GUI_PATH), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
};

QTEST_GUILESS_MAIN(TestProgram)
#include "tst_program.moc"
