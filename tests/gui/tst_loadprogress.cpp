// The status bar's progress while a folder is read: a folder reports each of its thousands of
// files, and each showing repainted the bar at once on the GUI thread (408 repaints for 2,000
// articles, while the analysis needed both cores). It now shows at most every 60 ms, and always
// the last value.
#include "loadprogresswidget.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Recoupe;

class TestLoadProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsAtMostEverySixtyMilliseconds()
    {
        LoadProgressWidget widget;
        widget.start(u"Reading the folder"_s);
        QCOMPARE(widget.text(), u"Reading the folder"_s);

        QElapsedTimer clock;
        clock.start();
        widget.setProgress(1, 1000, u"Reading a.txt"_s);
        QCOMPARE(widget.value(), 1);
        QCOMPARE(widget.text(), u"Reading a.txt"_s);
        for (int value = 2; value <= 500; ++value)
            widget.setProgress(value, 1000, u"Reading %1.txt"_s.arg(value));
        if (clock.elapsed() < LoadProgressWidget::shownEveryMs) {
            // Nothing shown since the first: the rest waits for the timer.
            QCOMPARE(widget.value(), 1);
            QCOMPARE(widget.text(), u"Reading a.txt"_s);
        }
        // The latest arrives without another report.
        QTRY_COMPARE(widget.value(), 500);
        QCOMPARE(widget.text(), u"Reading 500.txt"_s);
        QCOMPARE(widget.findChild<QLabel *>(u"loadProgressLabel"_s)->toolTip(), u"Reading 500.txt"_s);
    }

    void theLastValueShowsAtOnce()
    {
        LoadProgressWidget widget;
        widget.start(u"Reading the folder"_s);
        widget.setProgress(1, 10, u"Reading a.txt"_s);
        widget.setProgress(10, 10, u"Reading j.txt"_s);
        QCOMPARE(widget.value(), 10);
        QCOMPARE(widget.findChild<QProgressBar *>(u"loadProgressBar"_s)->maximum(), 10);
        QCOMPARE(widget.text(), u"Reading j.txt"_s);
    }

    void stopDropsWhatWaits()
    {
        LoadProgressWidget widget;
        widget.start(u"Reading the folder"_s);
        widget.show();
        widget.setProgress(1, 100, u"Reading a.txt"_s);
        widget.setProgress(50, 100, u"Reading b.txt"_s);
        widget.stop();
        QVERIFY(!widget.isVisible());
        QTest::qWait(2 * LoadProgressWidget::shownEveryMs);
        // A stopped bar is reset, and nothing that waited shows after the stop.
        QCOMPARE(widget.findChild<QProgressBar *>(u"loadProgressBar"_s)->value(), -1);
        QVERIFY(widget.text() != u"Reading b.txt"_s);
    }
};

QTEST_MAIN(TestLoadProgress)
#include "tst_loadprogress.moc"
