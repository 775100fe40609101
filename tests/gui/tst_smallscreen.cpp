#include "analysissession.h"
#include "mainwindow.h"
#include "readingarea.h"
#include "readingpane.h"
#include "settings/settings.h"
#include "testconfig.h"

#include <KSyntaxHighlighting/Repository>

#include <QAbstractButton>
#include <QDockWidget>
#include <QToolButton>
#include <QLibraryInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

QString describe(const QWidget *widget)
{
    const QRect r(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
    return u"%1 at %2,%3 %4x%5"_s.arg(widget->objectName()).arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

// Whether widget is shown and wholly inside its window.
bool onScreen(const QWidget *widget)
{
    if (!widget->isVisible())
        return false;
    const QRect r(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
    return widget->window()->rect().contains(r);
}

} // namespace

// A 1280×720 or 1024×700 laptop, three panes, English and French: the window fits and every
// dock's primary button can be reached.
class TestSmallScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dataHome.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataHome.path()));
    }

    void fits_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<QString>("language");
        for (const QString &language : {u"en"_s, u"fr"_s}) {
            QTest::newRow(qPrintable(u"1280x720 "_s + language)) << QSize(1280, 720) << language;
            QTest::newRow(qPrintable(u"1024x700 "_s + language)) << QSize(1024, 700) << language;
        }
    }
    void fits()
    {
        QFETCH(QSize, screen);
        QFETCH(QString, language);
        QTranslator translator;
        if (language == "fr"_L1) {
            QVERIFY(translator.load(u":/i18n/recoupe_fr.qm"_s) || translator.load(QLocale(u"fr"_s), u"recoupe"_s, u"_"_s, u":/i18n"_s));
            QCoreApplication::installTranslator(&translator);
        }
        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(u"recouperc"_s));
        KSyntaxHighlighting::Repository repository;
        {
            MainWindow window(&settings, &repository);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QSignalSpy analysed(window.analysis(), &AnalysisSession::finished);
            window.openFolder(QStringLiteral(RECOUPE_SAMPLES_DIR));
            QVERIFY(analysed.wait(60000));
            while (window.readingArea()->paneCount() < 3)
                QVERIFY(window.readingArea()->addPane());
            window.resize(screen);
            QTest::qWait(50);
            QString widths;
            for (QDockWidget *dock : window.findChildren<QDockWidget *>())
                widths += u" %1:%2"_s.arg(dock->objectName()).arg(dock->minimumSizeHint().width());
            widths += u" central:%1"_s.arg(window.centralWidget()->minimumSizeHint().width());
            if (qEnvironmentVariableIsSet("RECOUPE_DEBUG_WIDTHS")) {
                for (QWidget *child : window.readingArea()->findChildren<QWidget *>()) {
                    if (child->minimumSizeHint().width() > 150 && child->isVisible())
                        widths += u"\n  %1 %2 min %3 hint %4"_s.arg(QString::fromLatin1(child->metaObject()->className()), child->objectName()).arg(child->minimumSizeHint().width()).arg(child->minimumWidth());
                }
            }
            QVERIFY2(window.minimumSizeHint().width() <= screen.width(),
                     qPrintable(u"minimum width %1 (%2)"_s.arg(window.minimumSizeHint().width()).arg(widths)));
            QVERIFY2(window.width() <= screen.width() && window.height() <= screen.height(),
                     qPrintable(u"window %1x%2"_s.arg(window.width()).arg(window.height())));
            // Each pane's date and language read whole ("January 2" was all a narrow pane showed).
            // At 1024 px three panes leave a text column of a few words, too narrow for any date.
            for (ReadingPane *pane : screen.width() >= 1280 ? window.readingArea()->panes() : QList<ReadingPane *>()) {
                for (const QString &name : {u"documentDate"_s, u"documentLanguage"_s}) {
                    const auto *label = pane->findChild<QLabel *>(name);
                    QVERIFY2(label, qPrintable(name));
                    if (label->isVisible() && pane->hasDocument())
                        QVERIFY2(label->width() >= label->sizeHint().width() - 1,
                                 qPrintable(u"%1 “%2”: %3 px of %4"_s.arg(name, label->text()).arg(label->width()).arg(label->sizeHint().width())));
                }
            }
            // Every dock in turn: its primary button is on screen.
            const QStringList primaries{u"exportChartButton"_s};
            for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
                dock->show();
                dock->raise();
                QTest::qWait(20);
                QVERIFY2(onScreen(dock), qPrintable(describe(dock)));
                for (QAbstractButton *button : dock->findChildren<QAbstractButton *>()) {
                    if (primaries.contains(button->objectName()))
                        QVERIFY2(onScreen(button), qPrintable(describe(button)));
                    // No button of a dock squeezed below its text ("Modi…ion").
                    if (button->isVisible() && !button->text().isEmpty() && qobject_cast<QToolButton *>(button))
                        QVERIFY2(button->width() >= button->sizeHint().width() - 1,
                                 qPrintable(dock->objectName() + u" "_s + button->text() + u" "_s + describe(button) + u" wants "_s + QString::number(button->sizeHint().width())));
                }
            }
        }
        QCoreApplication::removeTranslator(&translator);
    }

private:
    QTemporaryDir m_dataHome;
};

QTEST_MAIN(TestSmallScreen)
#include "tst_smallscreen.moc"
