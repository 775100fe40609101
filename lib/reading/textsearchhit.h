#pragma once

#include <QMetaType>
#include <QString>

namespace Recoupe {

// One place where a search needle was found, with what a results list shows of it.
struct TextSearchHit {
    QString documentId;
    qsizetype start = 0; // in the document's reading text; -1 when there is no hit
    qsizetype end = 0;
    int line = 0;        // 1-based line (split on '\n') of start
    QString context;     // the hit's line, trimmed to about 100 characters around the hit, with "…" where cut
    qsizetype contextStart = 0; // the hit inside context
    qsizetype contextLength = 0;
    QString lineText;    // the hit's whole line, for a tooltip (shared between the hits of one line)

    bool isValid() const { return start >= 0; }
    bool operator==(const TextSearchHit &) const = default;
};

} // namespace Recoupe

Q_DECLARE_METATYPE(Recoupe::TextSearchHit)
