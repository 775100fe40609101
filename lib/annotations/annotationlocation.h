#pragma once

#include <QString>

namespace Recoupe {

// Where the annotations of a folder live. Normally beside the articles, in
// FOLDER/.recoupe/annotations.json, so that they travel with the folder. When the folder cannot
// be written (a read-only share, a mounted archive), in the application's data folder instead, in
// a directory named after a hash of the folder's canonical path:
// FALLBACK_ROOT/<32 hex digits>/annotations.json.
class AnnotationLocation
{
public:
    static QString fileName(); // "annotations.json"

    // FOLDER/.recoupe/annotations.json
    static QString folderFilePath(const QString &folder);

    // QStandardPaths' AppDataLocation of the Recoupe program + "/annotations". Spelled out from
    // GenericDataLocation rather than asked as AppDataLocation, which depends on the asking
    // program's name: recoupe-cli must find the files that recoupe writes.
    static QString defaultFallbackRoot();
    // FALLBACK_ROOT/<hash of the canonical folder path>/annotations.json
    static QString fallbackFilePath(const QString &folder, const QString &fallbackRoot);

    // Whether FOLDER/.recoupe can hold the file, judged without writing anything: .recoupe is a
    // writable directory, or is missing and the folder is a writable directory. (Root passes
    // every permission check, so saving may still fail later: the store then falls back.)
    static bool folderLooksWritable(const QString &folder);
};

} // namespace Recoupe
