#pragma once

#include <QLatin1StringView>
#include <QString>

namespace Recoupe {

// The safety copies of a folder's own files (annotations, corrections): rolling backups beside
// the file (NAME.bak.1 the newest, up to NAME.bak.N), and the names a damaged or newer file is
// set aside under (NAME.corrupt-20250203T081500Z), so that nothing a person wrote is overwritten.
class FileBackups
{
public:
    static QString backupPath(const QString &filePath, int number);
    // NAME.<suffix>-<UTC time>, with -2, -3... when that name is taken.
    static QString asideName(const QString &filePath, QLatin1StringView suffix);
    // Copies filePath to NAME.bak.1 after shifting older copies up, dropping those beyond
    // maxBackups. The copy keeps the file's modification time: that of the version it holds.
    static bool backUp(const QString &filePath, int maxBackups);
};

} // namespace Recoupe
