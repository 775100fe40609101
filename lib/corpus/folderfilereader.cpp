#include "corpus/folderfilereader.h"

#include "corpus/boundedread.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace Recoupe {

FolderFileReader::Result FolderFileReader::read(const QString &filePath, qint64 maxBytes)
{
    Result result;
    const QFileInfo link(filePath);
    if (!link.exists()) {
        // A link whose target is missing is a damaged setup, not "nothing written yet".
        result.status = link.isSymLink() ? Status::Refused : Status::Missing;
        if (link.isSymLink())
            result.error = tr("it is a symbolic link to %1, which does not exist").arg(link.symLinkTarget());
        return result;
    }
    const QFileInfo info(link.canonicalFilePath());
    result.status = Status::Refused;
    if (info.isDir()) {
        result.error = tr("it is a directory");
        return result;
    }
    // Checked before opening: opening a named pipe blocks until someone writes to it.
    if (!info.isFile()) {
        result.error = tr("it is not a regular file (a named pipe, socket or device)");
        return result;
    }
    if (info.size() > maxBytes) {
        result.error = tr("it is %1, larger than the limit of %2").arg(QLocale().formattedDataSize(info.size()), QLocale().formattedDataSize(maxBytes));
        return result;
    }
    QFile file(info.filePath());
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return result;
    }
    QByteArray bytes = readBounded(file, info.size(), maxBytes);
    if (file.error() != QFileDevice::NoError) {
        result.error = file.errorString();
        return result;
    }
    if (bytes.size() > maxBytes) {
        result.error = tr("it is larger than the limit of %1").arg(QLocale().formattedDataSize(maxBytes));
        return result;
    }
    result.status = Status::Ok;
    result.bytes = std::move(bytes);
    return result;
}

} // namespace Recoupe
