#pragma once

#include "corrections/correction.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Recoupe {

struct CorrectionFileContent {
    QList<Correction> corrections;
    // Entries this version cannot use (no target, an unknown action...): never dropped, written
    // back as they were.
    QJsonArray unreadableEntries;
    bool operator==(const CorrectionFileContent &) const = default;
};

// FOLDER/.recoupe/corrections.json, recoupe-corrections-1 (DESIGN.md):
//
//   {"format": "recoupe-corrections-1", "corrections": [
//     {"id": "urn:uuid:…", "document": "a.txt", "author": "…", "created": "2025-02-03T08:15:00Z",
//      "target": {"quote": "72,2 milliards", "prefix": "…", "suffix": "…", "start": 310, "end": 324},
//      "set": {"entity": "Meta", "period": "2025"}, "note": "…"},
//     {…, "reject": true}, {…, "add": {"entity": …, "metric": …, "low": …, …}}]}
class CorrectionFile
{
    Q_DECLARE_TR_FUNCTIONS(Recoupe::CorrectionFile)
public:
    static constexpr int formatVersion = 1;
    static QString formatName(); // "recoupe-corrections-1"
    static QString fileName();   // "corrections.json"

    enum class Status {
        Ok,
        Missing,        // no file: no corrections yet
        Unreadable,     // a directory, a device, a named pipe, too large, no permission
        Corrupt,        // not JSON, not a corrections file, or a format that is not a plain number
        NewerVersion,   // "recoupe-corrections-N" with N greater than this version reads
    };

    struct ReadResult {
        Status status = Status::Ok;
        CorrectionFileContent content;
        QString error;          // names the file and the problem; empty when Ok or Missing
        QStringList warnings;   // entries kept unread, repeated ids
        QByteArray bytes;
        bool isUsable() const { return status == Status::Ok || status == Status::Missing; }
    };

    static ReadResult read(const QString &filePath);
    static ReadResult parse(const QByteArray &bytes, const QString &filePath);
    static QByteArray serialize(const CorrectionFileContent &content);

    static QJsonObject toJson(const Correction &correction);
    // nullopt (with *error) when the object is not a correction this version can use.
    static std::optional<Correction> fromJson(const QJsonObject &object, QString *error = nullptr);
};

} // namespace Recoupe
