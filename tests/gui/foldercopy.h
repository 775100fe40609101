#pragma once

#include <QDir>
#include <QFile>
#include <QString>

// The window writes FOLDER/.recoupe (layout, annotations): GUI tests work on their own copy of
// a fixture folder (its files, hidden ones included; no subfolders).
inline bool copyFolder(const QString &from, const QString &to)
{
    QDir source(from);
    if (!QDir().mkpath(to))
        return false;
    const QStringList files = source.entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : files) {
        if (!QFile::copy(source.filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return true;
}
