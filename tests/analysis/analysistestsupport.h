#pragma once

#include "figures/entitycatalog.h"
#include "testconfig.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace Recoupe {

// Two articles about Tarnova Power, a company only the folder's .recoupe/entities.json names,
// and one about Meta.
inline QString entitiesFixture()
{
    return QStringLiteral(RECOUPE_FIXTURES_DIR "/analysis/folder-entities");
}

// The test's own empty place for the user's entity file (EntityCatalog::userFilePath()), which
// every analysis reads: not the account's, nor the one another test running beside this one
// writes into Qt's test-mode folders. recoupe-cli started by the test inherits it.
inline bool isolateUserEntityFile(const QTemporaryDir &dataHome)
{
    return dataHome.isValid() && qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome.path()));
}

// Fills folder with one article of the fixture and an entity file holding entitiesJson.
inline bool makeFolder(const QTemporaryDir &folder, const QString &article, const QByteArray &entitiesJson)
{
    if (!folder.isValid() || !QFile::copy(QDir(entitiesFixture()).filePath(article), folder.filePath(article))
        || !QDir(folder.path()).mkdir(QStringLiteral(".recoupe")))
        return false;
    QFile entities(EntityCatalog::folderFilePath(folder.path()));
    return entities.open(QIODevice::WriteOnly) && entities.write(entitiesJson) == entitiesJson.size();
}

} // namespace Recoupe
