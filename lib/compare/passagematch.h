#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Recoupe {

// One sentence of one document: offsets in the document's reading text (QString indices).
struct PassageSpan {
    QString document;       // Document::id
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;           // the sentence, trimmed
    bool operator==(const PassageSpan &) const = default;
};

// Two sentences of different documents that say the same thing, with or without a figure.
struct PassageMatch {
    PassageSpan first;      // the earlier document in the folder's order
    PassageSpan second;
    double score = 0;       // 0 to 1: weighted cosine of their terms (PassageMatcher)
    QStringList shared;     // the terms they share, as written in `first`, rarest first
    bool operator==(const PassageMatch &) const = default;
};

} // namespace Recoupe

Q_DECLARE_METATYPE(Recoupe::PassageMatch)
