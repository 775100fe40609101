#pragma once

#include "annotations/annotation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Recoupe {

// The shape of JSON an annotations file was read from: Recoupe's own, or one of the W3C
// containers that web annotation tools write (see W3cAnnotationReader).
enum class AnnotationContainer {
    Recoupe,        // {"format": "recoupe-annotations-1", ...}
    W3cAnnotation,  // one Annotation
    W3cArray,       // a JSON array of Annotations
    W3cPage,        // an AnnotationPage (items), with the pages embedded after it
    W3cCollection,  // an AnnotationCollection whose pages are embedded
};

// What an annotations file holds.
struct AnnotationFileContent {
    QList<Annotation> annotations;
    // Entries of the file that are not annotations this version can read (no id, no target...):
    // never dropped, written back as they were.
    QJsonArray unreadableEntries;
    // The folder annotated, written only in the application-data copy of a read-only folder's
    // annotations, so that a person browsing that directory knows what each file is about.
    QString folder;

    bool operator==(const AnnotationFileContent &) const = default;
};

// The annotations file of a folder, FOLDER/.recoupe/annotations.json:
//
//   {"format": "recoupe-annotations-1", "version": 1, "annotations": [ANNOTATION, ...]}
//
// Each ANNOTATION follows the W3C Web Annotation data model (JSON-LD, context
// http://www.w3.org/ns/anno.jsonld), so that other annotation tools can read it:
//
//   {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
//    "id": "urn:uuid:...", "created": "2025-01-30T10:00:00.000Z", "modified": "...",
//    "creator": {"type": "Person", "name": "..."},
//    "body": [{"type": "TextualBody", "purpose": "commenting", "value": NOTE, "format": "text/plain"},
//             {"type": "TextualBody", "purpose": "assessing", "value": VERDICT}],
//    "target": {"source": DOCUMENT_ID,
//               "selector": [{"type": "TextQuoteSelector", "exact": ..., "prefix": ..., "suffix": ...},
//                            {"type": "TextPositionSelector", "start": 120, "end": 148}],
//               "recoupe:textHash": "sha256:...", "recoupe:claim": "a.txt#3",
//               "recoupe:claimGroup": {"entity": ..., "metric": ..., "period": ...}}}
//
// A custom verdict (a tag of the user's own) has purpose "tagging" instead of "assessing".
// TextPositionSelector offsets are QString (UTF-16) offsets here, where W3C counts code points;
// a target whose offsets still count code points (read from a W3C file, its article not found
// yet) says so with "recoupe:unit": "codePoint" in that selector. A target found through its web
// address may keep it as "recoupe:sourceUrl".
//
// read() and parse() also take the W3C containers other tools write (W3cAnnotationReader): one
// Annotation, an array, an AnnotationPage, an AnnotationCollection with its pages embedded;
// there an Annotation without an id is given one, and its offsets count code points.
// A plain container rather than an AnnotationCollection: a collection is paged and meant to be
// served, while this is one local file whose format version must be checked before anything else.
// Properties, bodies and selectors that Recoupe does not know are kept and written back.
class AnnotationFile
{
    Q_DECLARE_TR_FUNCTIONS(Recoupe::AnnotationFile)
public:
    static constexpr int formatVersion = 1;
    static QString formatName(); // "recoupe-annotations-1"
    static QString jsonLdContext(); // "http://www.w3.org/ns/anno.jsonld"

    enum class Status {
        Ok,
        Missing,        // no file: no annotations yet
        Unreadable,     // the file exists but cannot be read (permissions, a directory...)
        Corrupt,        // not JSON, or not an annotations file
        NewerVersion,   // written by a newer Recoupe, in a format this version does not know
    };

    struct ReadResult {
        Status status = Status::Ok;
        AnnotationFileContent content;
        QString error;          // names the file and the problem; empty when Ok or Missing
        QStringList warnings;   // entries kept unread, ids repeated...
        QByteArray bytes;       // the file as read
        AnnotationContainer container = AnnotationContainer::Recoupe;
        bool isUsable() const { return status == Status::Ok || status == Status::Missing; }
    };

    // "a JSON array of W3C Annotations"..., translated, to name what was read in messages.
    static QString containerDescription(AnnotationContainer container);

    static ReadResult read(const QString &filePath);
    // filePath only names the file in messages.
    static ReadResult parse(const QByteArray &bytes, const QString &filePath);

    static QByteArray serialize(const AnnotationFileContent &content);

    struct WriteResult {
        bool ok = false;
        // The new file could not even be started (directory missing or read-only, a directory in
        // place of the file): another location may do. Otherwise the write itself failed (disk
        // full...), and the previous file was left as it was.
        bool couldNotCreate = false;
        QString error;
    };
    // Atomic: QSaveFile writes a temporary file beside the target and renames it over the target
    // only once everything was written; on any failure the previous file is untouched.
    static WriteResult write(const QString &filePath, const QByteArray &bytes);

    static QJsonObject toJson(const Annotation &annotation);
    // nullopt (with *error) when the object is not an annotation Recoupe can use.
    static std::optional<Annotation> fromJson(const QJsonObject &object, QString *error = nullptr);
    // The JSON of a target as toJson() writes it, and back (no "recoupe:otherTargets").
    static QJsonObject targetToJson(const AnnotationTarget &target);
    static AnnotationTarget targetFromJson(const QJsonValue &target);

    static QString formatDateTime(const QDateTime &dateTime);
    static QDateTime parseDateTime(const QString &text);
};

} // namespace Recoupe
