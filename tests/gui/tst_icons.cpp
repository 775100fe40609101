// Recoupe's own SVG icons: drawn in the palette's colours, and drawn once per size and colour
// (a long list paints the same few icons on every row).
#include "icons.h"
#include "svgiconengine.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

const QByteArray square = R"(<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">)"
                          R"(<rect x="0" y="0" width="16" height="16" fill="currentColor"/></svg>)";

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawnInThePalettesColour()
    {
        QIcon icon(new SvgIconEngine(square));
        const QImage image = icon.pixmap(QSize(16, 16)).toImage();
        QCOMPARE(image.size(), QSize(16, 16));
        QCOMPARE(image.pixelColor(8, 8).rgb(), QGuiApplication::palette().color(QPalette::Active, QPalette::WindowText).rgb());
        const QImage selected = icon.pixmap(QSize(16, 16), QIcon::Selected).toImage();
        QCOMPARE(selected.pixelColor(8, 8).rgb(), QGuiApplication::palette().color(QPalette::Active, QPalette::HighlightedText).rgb());
    }

    void drawnOncePerSizeAndColour()
    {
        QIcon icon(new SvgIconEngine(square));
        const QPixmap first = icon.pixmap(QSize(24, 24));
        const QPixmap again = icon.pixmap(QSize(24, 24));
        QCOMPARE(again.cacheKey(), first.cacheKey());
        // Another icon of the same drawing shares it too; another size or mode does not.
        QIcon twin(new SvgIconEngine(square));
        QCOMPARE(twin.pixmap(QSize(24, 24)).cacheKey(), first.cacheKey());
        QVERIFY(icon.pixmap(QSize(32, 32)).cacheKey() != first.cacheKey());
        QVERIFY(icon.pixmap(QSize(24, 24), QIcon::Disabled).cacheKey() != first.cacheKey());
    }

    void paintsWhatThePixmapShows()
    {
        QIcon icon(new SvgIconEngine(square));
        QImage canvas(QSize(20, 20), QImage::Format_ARGB32_Premultiplied);
        canvas.fill(Qt::transparent);
        {
            QPainter painter(&canvas);
            icon.paint(&painter, QRect(2, 2, 16, 16));
        }
        QCOMPARE(canvas.pixelColor(0, 0).alpha(), 0);
        QCOMPARE(canvas.pixelColor(10, 10).rgb(), QGuiApplication::palette().color(QPalette::Active, QPalette::WindowText).rgb());
    }

    void ownIconsLoad()
    {
        const QIcon discrepancy = Icons::verdict(u"discrepancy"_s);
        QVERIFY(!discrepancy.isNull());
        QVERIFY(!discrepancy.pixmap(QSize(16, 16)).isNull());
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
