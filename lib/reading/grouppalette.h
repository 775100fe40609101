#pragma once

#include <QColor>
#include <QString>

namespace Recoupe {

// The colours that tell claim groups apart in the reading panes: a group's figures get its
// background, its markers and connectors its solid colour. Okabe and Ito's palette, made to stay
// distinct for readers with any common colour-vision deficiency; the colour name goes with each,
// so that what is told by colour is also told in words (tooltips, accessible names).
class GroupPalette
{
public:
    static int size();
    // A colour for the index-th group (any index: the palette repeats), readable as a text
    // background on light and dark pages; alpha chosen for backgrounds, so that the page shows
    // through and a highlighted figure still looks like text, not a button.
    static QColor background(int index, bool darkPage);
    // For lines, markers and connectors: opaque, and at least 3:1 against the page (the WCAG
    // contrast for graphics), darkened or lightened from the palette colour where needed.
    static QColor solid(int index, bool darkPage);
    // The figures of the chosen group: a stronger background, and a text colour of its own that
    // reads on it at 4.5:1 at least (WCAG AA for text), whatever colour the highlighter gave the
    // figure (its blue or olive on a blue fill was the hardest text of the window to read).
    static QColor chosenBackground(int index, bool darkPage);
    static QColor chosenText(int index, bool darkPage);
    // A translatable colour name for accessibility ("blue", "orange").
    static QString name(int index);

    // The pages the colours were chosen against.
    static QColor page(bool darkPage);
    // WCAG 2 contrast ratio of two opaque colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b);
    // `over` with its alpha, composited onto the opaque `under`.
    static QColor composite(const QColor &over, const QColor &under);
};

} // namespace Recoupe
