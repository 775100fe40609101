#include "corpus/filebackups.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Recoupe {

QString FileBackups::backupPath(const QString &filePath, int number)
{
    return filePath + ".bak."_L1 + QString::number(number);
}

QString FileBackups::asideName(const QString &filePath, QLatin1StringView suffix)
{
    const QString base = filePath + u'.' + suffix + u'-' + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    QString name = base;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo(name).isSymLink(); ++n)
        name = base + u'-' + QString::number(n);
    return name;
}

bool FileBackups::backUp(const QString &filePath, int maxBackups)
{
    const QFileInfo file(filePath);
    const QDir dir = file.absoluteDir();
    const QRegularExpression pattern(u"^"_s + QRegularExpression::escape(file.fileName()) + u"\\.bak\\.(\\d+)$"_s);
    QList<int> numbers;
    for (const QString &name : dir.entryList({file.fileName() + ".bak.*"_L1}, QDir::Files | QDir::Hidden)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch())
            numbers.append(match.captured(1).toInt());
    }
    // From the oldest down, so that no copy overwrites the next.
    std::sort(numbers.begin(), numbers.end(), std::greater<>());
    for (const int number : std::as_const(numbers)) {
        const QString from = backupPath(filePath, number);
        if (number >= maxBackups) {
            QFile::remove(from);
            continue;
        }
        const QString to = backupPath(filePath, number + 1);
        QFile::remove(to);
        QFile::rename(from, to);
    }
    // A copy, not a rename: the current file stays in place until QSaveFile replaces it.
    const QString newest = backupPath(filePath, 1);
    QFile::remove(newest);
    if (!QFile::copy(filePath, newest))
        return false;
    QFile backup(newest);
    if (backup.open(QIODevice::ReadWrite))
        backup.setFileTime(file.lastModified(QTimeZone::UTC), QFileDevice::FileModificationTime);
    return true;
}

} // namespace Recoupe
