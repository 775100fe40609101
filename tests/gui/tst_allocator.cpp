#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace Qt::StringLiterals;

// Registered only when the window is linked with mimalloc (CMakeLists.txt: RECOUPE_MIMALLOC): its
// malloc must be the one the window runs with, for the whole process, or the speed the README
// reports is not the one users get; recoupe-cli keeps the C library's, for its memory target.
// mimalloc says that it runs when MIMALLOC_VERBOSE is set.
class TestAllocator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void programsRunWithTheirAllocator_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<bool>("mimalloc");
        QTest::newRow("recoupe") << QStringLiteral(RECOUPE_GUI_PROGRAM) << true;
        QTest::newRow("recoupe-cli") << QStringLiteral(RECOUPE_CLI_PROGRAM) << false;
    }

    void programsRunWithTheirAllocator()
    {
        QFETCH(QString, program);
        QFETCH(bool, mimalloc);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"MIMALLOC_VERBOSE"_s, u"1"_s);
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        process.setProcessEnvironment(environment);
        process.start(program, {u"--version"_s});
        QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("mimalloc: process init") == mimalloc, err.constData());
        QVERIFY(process.readAllStandardOutput().contains(RECOUPE_VERSION_STRING));
    }
};

QTEST_GUILESS_MAIN(TestAllocator)
#include "tst_allocator.moc"
