#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Recoupe {

// Reads one of a folder's own files (.recoupe/*.json) without ever hanging or filling memory:
// regular files only (a named pipe would wait for a writer forever, /dev/zero never ends), a
// symbolic link resolved first, and never more than a limit. A file that is not there is not a
// problem: nothing was written yet.
class FolderFileReader
{
    Q_DECLARE_TR_FUNCTIONS(Recoupe::FolderFileReader)
public:
    // The documented limit of a folder's JSON files: far above what years of annotations weigh.
    static constexpr qint64 defaultMaxBytes = 64 * 1024 * 1024;

    enum class Status { Ok, Missing, Refused };
    struct Result {
        Status status = Status::Ok;
        QByteArray bytes;
        QString error;  // Refused: why, translated, without the file name (the caller names it)
    };

    static Result read(const QString &filePath, qint64 maxBytes = defaultMaxBytes);
};

} // namespace Recoupe
