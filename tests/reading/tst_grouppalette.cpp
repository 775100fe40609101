#include "reading/grouppalette.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

class TestGroupPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The chosen group's figures read at 4.5:1 at least, on light and dark pages.
    void chosenFiguresAreReadable()
    {
        for (const bool dark : {false, true}) {
            for (int i = 0; i < GroupPalette::size(); ++i) {
                const QColor seen = GroupPalette::composite(GroupPalette::chosenBackground(i, dark), GroupPalette::page(dark));
                const double ratio = GroupPalette::contrast(GroupPalette::chosenText(i, dark), seen);
                QVERIFY2(ratio >= 4.5, qPrintable(GroupPalette::name(i) + (dark ? u" dark "_s : u" light "_s) + QString::number(ratio)));
            }
        }
    }

    void contrastFormula()
    {
        // WCAG's own reference points.
        QCOMPARE(qRound(GroupPalette::contrast(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(GroupPalette::contrast(Qt::white, Qt::white), 1.0);
        QCOMPARE(qRound(GroupPalette::contrast(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
        QCOMPARE(GroupPalette::composite(QColor(0, 0, 0, 0), Qt::white), QColor(Qt::white));
        QCOMPARE(GroupPalette::composite(QColor(255, 0, 0, 255), Qt::white), QColor(Qt::red));
    }

    void readableBackgrounds_data()
    {
        QTest::addColumn<bool>("darkPage");
        QTest::newRow("light page, black text") << false;
        QTest::newRow("dark page, white text") << true;
    }

    void readableBackgrounds()
    {
        QFETCH(bool, darkPage);
        const QColor page = darkPage ? QColor(0x23, 0x26, 0x29) : QColor(Qt::white);
        QCOMPARE(GroupPalette::page(darkPage), page);
        const QColor text = darkPage ? QColor(Qt::white) : QColor(Qt::black);
        for (int i = 0; i < GroupPalette::size(); ++i) {
            const QColor background = GroupPalette::background(i, darkPage);
            QVERIFY2(background.alpha() > 0 && background.alpha() < 255, qPrintable(GroupPalette::name(i)));
            const QColor seen = GroupPalette::composite(background, page);
            const double ratio = GroupPalette::contrast(text, seen);
            QVERIFY2(ratio >= 4.5, qPrintable(u"%1: %2"_s.arg(GroupPalette::name(i)).arg(ratio)));
            // Visible at all: not the page itself.
            QVERIFY2(GroupPalette::contrast(seen, page) > 1.1, qPrintable(GroupPalette::name(i)));
        }
    }

    void visibleSolids_data() { readableBackgrounds_data(); }

    void visibleSolids()
    {
        QFETCH(bool, darkPage);
        for (int i = 0; i < GroupPalette::size(); ++i) {
            const QColor solid = GroupPalette::solid(i, darkPage);
            QCOMPARE(solid.alpha(), 255);
            const double ratio = GroupPalette::contrast(solid, GroupPalette::page(darkPage));
            QVERIFY2(ratio >= 3.0, qPrintable(u"%1: %2"_s.arg(GroupPalette::name(i)).arg(ratio)));
        }
    }

    void distinctColours_data() { readableBackgrounds_data(); }

    void distinctColours()
    {
        QFETCH(bool, darkPage);
        QVERIFY(GroupPalette::size() >= 6);
        QSet<QRgb> backgrounds;
        QSet<QRgb> solids;
        QSet<QString> names;
        for (int i = 0; i < GroupPalette::size(); ++i) {
            const QColor seen = GroupPalette::composite(GroupPalette::background(i, darkPage), GroupPalette::page(darkPage));
            // Told apart by more than rounding: no two within a few steps on every channel.
            for (const QRgb other : std::as_const(backgrounds)) {
                const int distance = qAbs(qRed(other) - seen.red()) + qAbs(qGreen(other) - seen.green())
                    + qAbs(qBlue(other) - seen.blue());
                QVERIFY2(distance > 30, qPrintable(GroupPalette::name(i)));
            }
            backgrounds.insert(seen.rgb());
            solids.insert(GroupPalette::solid(i, darkPage).rgb());
            names.insert(GroupPalette::name(i));
            QVERIFY(!GroupPalette::name(i).isEmpty());
        }
        QCOMPARE(backgrounds.size(), GroupPalette::size());
        QCOMPARE(solids.size(), GroupPalette::size());
        QCOMPARE(names.size(), GroupPalette::size());
    }

    void indicesWrapAround()
    {
        const int size = GroupPalette::size();
        QCOMPARE(GroupPalette::background(size + 2, false), GroupPalette::background(2, false));
        QCOMPARE(GroupPalette::solid(-1, true), GroupPalette::solid(size - 1, true));
        QCOMPARE(GroupPalette::name(2 * size), GroupPalette::name(0));
        QCOMPARE(GroupPalette::name(0), u"blue"_s);
    }
};

QTEST_GUILESS_MAIN(TestGroupPalette)
#include "tst_grouppalette.moc"
