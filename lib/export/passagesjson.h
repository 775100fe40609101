#pragma once

#include "compare/passagematch.h"

#include <QJsonObject>
#include <QList>

namespace Recoupe {

// recoupe-passages-1, what `recoupe-cli passages --format json` prints: sentences of different
// documents that say the same thing (PassageMatcher), best first.
// {"format": "recoupe-passages-1",
//  "matches": [{"score": 0.62,
//               "passages": [{"document": "a.txt", "start": 120, "end": 262, "text": "…"},
//                            {"document": "b.txt", "start": 0, "end": 97, "text": "…"}],
//               "shared": ["62 milliards", "Meta", "investir"]}]}
// - score: 0 to 1 (weighted cosine of the sentences' terms); matches below the matcher's
//   threshold are not listed.
// - passages: exactly two, the document earlier in the folder first; start and end are the
//   sentence's offsets in its document's reading text (QString indices, end excluded), as the
//   claims' offsets of recoupe-claims-1; text is that sentence.
// - shared: the terms both sentences hold (figures, names, words), as written in the first
//   passage, rarest first.
QJsonObject passageMatchToJson(const PassageMatch &match);
QJsonObject passagesToJson(const QList<PassageMatch> &matches);

} // namespace Recoupe
