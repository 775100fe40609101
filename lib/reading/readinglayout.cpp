#include "reading/readinglayout.h"

#include "annotations/annotationlocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

const auto formatKey = "format"_L1;
const auto panesKey = "panes"_L1;
const auto documentKey = "document"_L1;
const auto topOffsetKey = "topOffset"_L1;
const auto zoomStepsKey = "zoomSteps"_L1;
const auto splitterSizesKey = "splitterSizes"_L1;
const auto currentPaneKey = "currentPane"_L1;
const auto linkedScrollingKey = "linkedScrolling"_L1;

// The same canonical form as AnnotationLocation, so that "/a/./b" and a symbolic link to it
// share one layout.
QString canonicalFolder(const QString &folder)
{
    const QFileInfo info(folder);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = ReadingLayoutStore::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = ReadingLayoutStore::tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

QJsonObject ReadingLayout::toJson() const
{
    QJsonArray paneArray;
    for (const ReadingPaneState &pane : panes) {
        paneArray.append(QJsonObject{{documentKey, pane.documentId},
                                     {topOffsetKey, double(pane.topOffset)},
                                     {zoomStepsKey, pane.zoomSteps}});
    }
    QJsonArray sizes;
    for (const int size : splitterSizes)
        sizes.append(size);
    return QJsonObject{{formatKey, ReadingLayoutStore::formatName()},
                       {panesKey, paneArray},
                       {splitterSizesKey, sizes},
                       {currentPaneKey, currentPane},
                       {linkedScrollingKey, linkedScrolling}};
}

ReadingLayout ReadingLayout::fromJson(const QJsonObject &object, bool *ok)
{
    ReadingLayout layout;
    const bool isLayout = object.value(formatKey).toString() == ReadingLayoutStore::formatName();
    if (ok)
        *ok = isLayout;
    if (!isLayout)
        return layout;
    const QJsonArray paneArray = object.value(panesKey).toArray();
    for (const QJsonValue &value : paneArray) {
        if (layout.panes.size() == maximumPanes)
            break;
        const QJsonObject pane = value.toObject();
        layout.panes.append({pane.value(documentKey).toString(), qMax(qsizetype(0), qsizetype(pane.value(topOffsetKey).toInteger())),
                             pane.value(zoomStepsKey).toInt()});
    }
    const QJsonArray sizes = object.value(splitterSizesKey).toArray();
    for (const QJsonValue &size : sizes)
        layout.splitterSizes.append(qMax(0, size.toInt()));
    layout.currentPane = object.value(currentPaneKey).toInt();
    if (layout.currentPane < 0 || layout.currentPane >= layout.panes.size())
        layout.currentPane = 0;
    layout.linkedScrolling = object.value(linkedScrollingKey).toBool();
    return layout;
}

QString ReadingLayoutStore::formatName()
{
    return u"recoupe-layout-1"_s;
}

QString ReadingLayoutStore::filePath(const QString &folder)
{
    if (AnnotationLocation::folderLooksWritable(folder))
        return QDir(folder).filePath(u".recoupe/layout.json"_s);
    return fallbackFilePath(folder);
}

QString ReadingLayoutStore::fallbackFilePath(const QString &folder)
{
    // AppDataLocation, unlike annotations: only the GUI reads layouts, recoupe-cli never does.
    const QByteArray hash = QCryptographicHash::hash(canonicalFolder(folder).toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/layouts/"_s + QString::fromLatin1(hash)
        + u".json"_s;
}

ReadingLayout ReadingLayoutStore::load(const QString &folder, QString *error)
{
    // A save that found the folder unwritable after all went to the data folder: look there too.
    QString path = filePath(folder);
    if (!QFileInfo::exists(path))
        path = fallbackFilePath(folder);
    if (!QFileInfo::exists(path))
        return {};

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The reading layout %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = tr("The reading layout %1 is not valid JSON (%2 at offset %3).")
                         .arg(QDir::toNativeSeparators(path), parseError.errorString())
                         .arg(parseError.offset);
        }
        return {};
    }
    bool ok = false;
    const ReadingLayout layout = ReadingLayout::fromJson(json.object(), &ok);
    if (!ok) {
        if (error)
            *error = tr("The reading layout %1 is not in the %2 format.").arg(QDir::toNativeSeparators(path), formatName());
        return {};
    }
    return layout;
}

bool ReadingLayoutStore::save(const QString &folder, const ReadingLayout &layout, QString *error)
{
    const QByteArray bytes = QJsonDocument(layout.toJson()).toJson(QJsonDocument::Indented);
    const QString path = filePath(folder);
    const QString fallback = fallbackFilePath(folder);
    QString firstError;
    if (writeFile(path, bytes, &firstError)) {
        // A copy left in the data folder while the folder was read-only would hide nothing (the
        // folder's file is read first), but would come back if the folder became read-only again.
        if (path != fallback)
            QFile::remove(fallback);
        return true;
    }
    // Root passes every permission check, so a folder that looked writable may still refuse.
    if (path != fallback && writeFile(fallback, bytes, error))
        return true;
    if (error && path == fallback)
        *error = firstError;
    return false;
}

} // namespace Recoupe
