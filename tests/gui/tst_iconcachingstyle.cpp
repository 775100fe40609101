// Dock title bars measured their close and float icons at every layout, and Fusion (the style
// wherever no desktop sets one) built each icon anew from the icon theme: 125 M instructions on
// the GUI thread while a folder of 2,000 articles opened. IconCachingStyle keeps them.
#include "iconcachingstyle.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

class TestIconCachingStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void installedOnce()
    {
        IconCachingStyle::install();
        QStyle *style = QApplication::style();
        QVERIFY(qobject_cast<IconCachingStyle *>(style));
        IconCachingStyle::install();
        QCOMPARE(QApplication::style(), style);
    }

    void docksMeasureTheirIconsOnce()
    {
        auto *style = qobject_cast<IconCachingStyle *>(QApplication::style());
        QVERIFY(style);
        QMainWindow window;
        for (const QString &name : {u"Documents"_s, u"Figures"_s, u"Comparisons"_s, u"Timeline"_s}) {
            auto *dock = new QDockWidget(name, &window);
            dock->setWidget(new QLabel(name, dock));
            window.addDockWidget(Qt::LeftDockWidgetArea, dock);
        }
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QSize size : {QSize(1000, 700), QSize(700, 500), QSize(1200, 800)}) {
            window.resize(size);
            QCoreApplication::processEvents();
            window.grab();
        }
        // Close and float buttons: two icons for every dock and every layout.
        QCOMPARE_LE(style->iconsMade(), 2);
        const QIcon close = style->standardIcon(QStyle::SP_TitleBarCloseButton);
        QCOMPARE(style->standardIcon(QStyle::SP_TitleBarCloseButton).cacheKey(), close.cacheKey());
        QVERIFY(!close.isNull());

        // Polishing the application again (a new theme) makes them anew.
        style->polish(qApp);
        QCOMPARE(style->iconsMade(), 0);
        QVERIFY(!style->standardIcon(QStyle::SP_TitleBarCloseButton).isNull());
        QCOMPARE(style->iconsMade(), 1);
    }
};

QTEST_MAIN(TestIconCachingStyle)
#include "tst_iconcachingstyle.moc"
