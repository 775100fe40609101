#pragma once

#include "annotations/annotation.h"
#include "corrections/claimchange.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Recoupe {

// One fact-checker's correction of the figures of an article (recoupe-corrections-1, DESIGN.md):
// set fields of the claim whose quote the target anchors, reject that claim (not a figure), or
// add a claim the parser missed on the target's text. Anchored on the text, never on claim ids,
// which may change from one version of the parser to the next.
struct Correction {
    enum class Action : quint8 { Set, Reject, Add };

    QString id;                 // a UUID without braces; written as "urn:uuid:<id>"
    // The quote (with context and offsets) in the document's reading text; documentId is the
    // article's id. Re-anchored like an annotation's target when the article changes.
    AnnotationTarget target;
    Action action = Action::Set;
    ClaimChange change;         // Set: the fields set; Add: the new claim's fields
    QString note;
    QString author;
    QDateTime created;          // UTC
    // What a later Recoupe of the same format version wrote that this one does not know.
    QJsonObject otherProperties;

    static QString actionName(Action action); // "set", "reject", "add"

    bool operator==(const Correction &) const = default;
};

} // namespace Recoupe

Q_DECLARE_METATYPE(Recoupe::Correction)
