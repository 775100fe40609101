#include "annotations/annotationfile.h"
#include "annotations/annotationlocation.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

// An annotation the store has reported saved survives the process being killed outright
// (SIGKILL: no destructor, no flush, no atexit).
class TestAnnotationsCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survivesSigkill()
    {
        QTemporaryDir folder;
        QTemporaryDir fallback;
        const QString note = u"Written before the crash — «250 000» needs a source."_s;

        QProcess helper;
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helper.start(QStringLiteral(ANNOTATE_AND_WAIT_PATH), {folder.path(), fallback.path(), note});
        QVERIFY2(helper.waitForStarted(), qPrintable(helper.errorString()));

        QByteArray output;
        while (!output.contains('\n')) {
            QVERIFY2(helper.waitForReadyRead(10000), "the helper never said it was ready");
            output += helper.readAllStandardOutput();
        }
        QVERIFY2(output.startsWith("ready "), output.constData());
        const QString id = QString::fromUtf8(output.mid(6).trimmed());
        QVERIFY(!id.isEmpty());

        helper.kill();
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

        const AnnotationFile::ReadResult read = AnnotationFile::read(AnnotationLocation::folderFilePath(folder.path()));
        QCOMPARE(read.status, AnnotationFile::Status::Ok);
        QCOMPARE(read.content.annotations.size(), 1);
        const Annotation &annotation = read.content.annotations.constFirst();
        QCOMPARE(annotation.id, id);
        QCOMPARE(annotation.note, note);
        QCOMPARE(annotation.verdict, u"needs_source"_s);
        QCOMPARE(annotation.target.exact, u"250,000 visitors"_s);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationsCrash)
#include "tst_annotationscrash.moc"
