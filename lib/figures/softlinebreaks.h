#pragma once

#include <QString>

namespace Recoupe {

// Plain-text articles are often wrapped at a fixed width, which breaks sentences and figures
// across lines ("60 à 65 milliards\nde dollars"). A line break is taken for such a wrap when
// the line does not end a sentence and the next line goes on in lower case, with a digit or a
// currency sign. Returns the text with those breaks turned into spaces: the same length, so
// every offset still points into the reading text. Returns text itself (shared) when nothing
// is wrapped.
QString joinSoftLineBreaks(const QString &text);

} // namespace Recoupe
