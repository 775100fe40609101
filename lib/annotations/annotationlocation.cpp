#include "annotations/annotationlocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Recoupe {

QString AnnotationLocation::fileName()
{
    return u"annotations.json"_s;
}

QString AnnotationLocation::folderFilePath(const QString &folder)
{
    return QDir(folder).filePath(u".recoupe/"_s + fileName());
}

QString AnnotationLocation::defaultFallbackRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + "/Recoupe/recoupe/annotations"_L1;
}

QString AnnotationLocation::fallbackFilePath(const QString &folder, const QString &fallbackRoot)
{
    const QFileInfo info(folder);
    QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        canonical = QDir::cleanPath(info.absoluteFilePath());
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QDir(fallbackRoot).filePath(QString::fromLatin1(hash) + u'/' + fileName());
}

bool AnnotationLocation::folderLooksWritable(const QString &folder)
{
    const QFileInfo folderInfo(folder);
    if (!folderInfo.isDir())
        return false;
    const QFileInfo recoupeDir(QDir(folder).filePath(u".recoupe"_s));
    if (recoupeDir.exists() || recoupeDir.isSymLink())
        return recoupeDir.isDir() && recoupeDir.isWritable();
    return folderInfo.isWritable();
}

} // namespace Recoupe
