#include "reading/grouppalette.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace Recoupe {

namespace {

struct PaletteEntry {
    QRgb rgb;
    const char *name;
};

// Okabe & Ito (2008), "Color Universal Design", without its black, which is the text colour.
// Ordered so that the first groups, the most common, differ most in lightness as well as hue.
constexpr std::array<PaletteEntry, 7> palette{{
    {0x0072B2, QT_TRANSLATE_NOOP("Recoupe::GroupPalette", "blue")},
    {0xE69F00, QT_TRANSLATE_NOOP("Recoupe::GroupPalette", "orange")},
    {0x009E73, QT_TRANSLATE_NOOP("Recoupe::GroupPalette", "bluish green")},
    {0xCC79A7, QT_TRANSLATE_NOOP("Recoupe::GroupPalette", "reddish purple")},
    {0x56B4E9, QT_TRANSLATE_NOOP("Recoupe::GroupPalette", "sky blue")},
    {0xD55E00, QT_TRANSLATE_NOOP("Recoupe::GroupPalette", "vermilion")},
    {0xF0E442, QT_TRANSLATE_NOOP("Recoupe::GroupPalette", "yellow")},
}};

// Enough colour to tell groups apart, little enough that black text on a light page and white
// text on a dark one keep a 4.5:1 contrast with every colour (tests/reading checks it).
constexpr double lightPageAlpha = 0.40;
constexpr double darkPageAlpha = 0.40; // yellow limits it: at 0.45 white text falls to 4.4:1
constexpr double graphicsContrast = 3.0;

const PaletteEntry &entry(int index)
{
    const int count = int(palette.size());
    return palette.at(std::size_t(((index % count) + count) % count));
}

double linearChannel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double relativeLuminance(const QColor &color)
{
    return 0.2126 * linearChannel(color.redF()) + 0.7152 * linearChannel(color.greenF()) + 0.0722 * linearChannel(color.blueF());
}

} // namespace

int GroupPalette::size()
{
    return int(palette.size());
}

QColor GroupPalette::page(bool darkPage)
{
    // White, and Breeze Dark's view background.
    return darkPage ? QColor(0x23, 0x26, 0x29) : QColor(Qt::white);
}

QColor GroupPalette::background(int index, bool darkPage)
{
    QColor color = QColor::fromRgb(entry(index).rgb);
    color.setAlphaF(float(darkPage ? darkPageAlpha : lightPageAlpha));
    return color;
}

QColor GroupPalette::solid(int index, bool darkPage)
{
    QColor color = QColor::fromRgb(entry(index).rgb);
    const QColor against = page(darkPage);
    // Yellow and sky blue vanish on white, blue on the dark page: move their lightness, keep their
    // hue, until they stand out as a line does.
    for (int step = 0; step < 20 && contrast(color, against) < graphicsContrast; ++step)
        color = darkPage ? color.lighter(110) : color.darker(110);
    return color;
}

QString GroupPalette::name(int index)
{
    return QCoreApplication::translate("Recoupe::GroupPalette", entry(index).name);
}

double GroupPalette::contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor GroupPalette::composite(const QColor &over, const QColor &under)
{
    const double alpha = over.alphaF();
    const auto mix = [alpha](double top, double bottom) { return float(top * alpha + bottom * (1 - alpha)); };
    return QColor::fromRgbF(mix(over.redF(), under.redF()), mix(over.greenF(), under.greenF()), mix(over.blueF(), under.blueF()));
}

namespace {

const QColor lightInk(0xf5, 0xf5, 0xf5);
const QColor darkInk(0x11, 0x11, 0x11);

double bestContrast(const QColor &seen)
{
    return std::max(GroupPalette::contrast(lightInk, seen), GroupPalette::contrast(darkInk, seen));
}

} // namespace

QColor GroupPalette::chosenBackground(int index, bool darkPage)
{
    // Stronger than the group's other figures, unless no ink would then read on it at 4.5:1 (a
    // mid-tone fill on a dark page): then as strong as still reads.
    QColor colour = background(index, darkPage);
    const float base = colour.alphaF();
    for (float alpha = std::min(1.0f, base * 1.8f); alpha > base * 0.5f; alpha -= 0.05f) {
        colour.setAlphaF(alpha);
        if (bestContrast(composite(colour, page(darkPage))) >= 4.5)
            return colour;
    }
    colour.setAlphaF(base * 0.5f);
    return colour;
}

QColor GroupPalette::chosenText(int index, bool darkPage)
{
    const QColor seen = composite(chosenBackground(index, darkPage), page(darkPage));
    // The page's own ink first; the other extreme when the fill is too close to it.
    const QColor ink = darkPage ? lightInk : darkInk;
    const QColor other = darkPage ? darkInk : lightInk;
    return contrast(ink, seen) >= 4.5 || contrast(ink, seen) >= contrast(other, seen) ? ink : other;
}

} // namespace Recoupe
