#include "figures/entitycatalog.h"

#include "corpus/folderfilereader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Recoupe {

class EntityCatalogData : public QSharedData
{
public:
    QList<Entity> entities;
    QHash<QString, qsizetype> byName;        // normalised name or alias -> index in entities
    QHash<QString, qsizetype> byFoldedName;  // the same, case-folded
    QSet<QString> definitionNames;           // names the syntax definition lists (built-in file)
};

namespace {

QString normalisedName(QStringView name)
{
    QString result;
    result.reserve(name.size());
    bool pendingSpace = false;
    for (QChar c : name) {
        if (c.isSpace()) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (pendingSpace) {
            result.append(u' ');
            pendingSpace = false;
        }
        result.append(c == u'\u2019' ? u'\'' : c);
    }
    return result;
}

void indexName(EntityCatalogData &data, const QString &name, qsizetype index)
{
    const QString key = normalisedName(name);
    if (key.isEmpty())
        return;
    data.byName.insert(key, index);
    data.byFoldedName.insert(key.toCaseFolded(), index);
}

} // namespace

EntityCatalog::EntityCatalog()
    : d(new EntityCatalogData)
{
}

EntityCatalog::EntityCatalog(const EntityCatalog &) = default;
EntityCatalog &EntityCatalog::operator=(const EntityCatalog &) = default;
EntityCatalog::~EntityCatalog() = default;

bool EntityCatalog::operator==(const EntityCatalog &other) const
{
    // The name indexes are built from the entities: comparing those says it all.
    return d == other.d || (d->entities == other.d->entities && d->definitionNames == other.d->definitionNames);
}

EntityCatalog EntityCatalog::builtIn()
{
    EntityCatalog catalog;
    QString error;
    // The embedded file is part of the build: a failure here is a packaging bug, not user input.
    if (!catalog.mergeFile(u":/recoupe/entities/entities.json"_s, &error))
        qWarning("EntityCatalog: %s", qPrintable(error));
    for (const Entity &entity : std::as_const(catalog.d->entities)) {
        catalog.d->definitionNames.insert(entity.name);
        for (const QString &alias : entity.aliases)
            catalog.d->definitionNames.insert(alias);
    }
    return catalog;
}

QString EntityCatalog::userFilePath()
{
    // Generic, not per application: the GUI and recoupe-cli read the same file.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return dir.isEmpty() ? QString() : dir + u"/recoupe/entities.json"_s;
}

QString EntityCatalog::folderFilePath(const QString &folder)
{
    return QDir(folder).filePath(u".recoupe/entities.json"_s);
}

EntityCatalog EntityCatalog::forFolder(const QString &folder, QStringList *errors)
{
    EntityCatalog catalog = builtIn();
    QStringList paths{userFilePath()};
    if (!folder.isEmpty())
        paths.append(folderFilePath(folder));
    for (const QString &path : std::as_const(paths)) {
        QString error;
        if (!path.isEmpty() && !catalog.mergeFile(path, &error) && errors)
            errors->append(error);
    }
    return catalog;
}

bool EntityCatalog::mergeFile(const QString &path, QString *error)
{
    // The folder's entities.json goes through the checked reader: a FIFO or device there must
    // be reported, never waited on or read without end.
    const FolderFileReader::Result file = FolderFileReader::read(path);
    if (file.status == FolderFileReader::Status::Missing)
        return true;
    if (file.status == FolderFileReader::Status::Refused) {
        if (error)
            *error = tr("Cannot read the entity list %1: %2").arg(QDir::toNativeSeparators(path), file.error);
        return false;
    }
    return mergeJson(file.bytes, QDir::toNativeSeparators(path), error);
}

bool EntityCatalog::mergeJson(const QByteArray &json, const QString &origin, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        if (error)
            *error = tr("The entity list %1 is not valid JSON: %2").arg(origin, parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != u"recoupe-entities-1"_s || !root.value(u"entities"_s).isArray()) {
        if (error)
            *error = tr("The entity list %1 is not in the recoupe-entities-1 format").arg(origin);
        return false;
    }
    const QJsonArray entities = root.value(u"entities"_s).toArray();
    for (const QJsonValue &value : entities) {
        const QJsonObject object = value.toObject();
        Entity entity;
        entity.name = normalisedName(object.value(u"name"_s).toString());
        if (entity.name.isEmpty()) {
            if (error)
                *error = tr("The entity list %1 has an entity without a name").arg(origin);
            return false;
        }
        const QJsonArray aliases = object.value(u"aliases"_s).toArray();
        for (const QJsonValue &alias : aliases) {
            const QString name = normalisedName(alias.toString());
            if (!name.isEmpty())
                entity.aliases.append(name);
        }
        entity.defaultMetric = object.value(u"defaultMetric"_s).toString();
        for (const QJsonValue &partner : object.value(u"partners"_s).toArray())
            entity.partners.append(normalisedName(partner.toString()));
        entity.kind = object.value(u"kind"_s).toString();
        add(entity);
    }
    return true;
}

void EntityCatalog::add(const Entity &entity)
{
    EntityCatalogData &data = *d;
    qsizetype index = -1;
    for (qsizetype i = 0; i < data.entities.size(); ++i) {
        if (data.entities.at(i).name == entity.name) {
            index = i;
            break;
        }
    }
    if (index < 0) {
        index = data.entities.size();
        data.entities.append(Entity{entity.name, {}, entity.defaultMetric, entity.partners, entity.kind});
    } else {
        if (!entity.kind.isEmpty())
            data.entities[index].kind = entity.kind;
        if (!entity.defaultMetric.isEmpty())
            data.entities[index].defaultMetric = entity.defaultMetric;
        if (!entity.partners.isEmpty())
            data.entities[index].partners = entity.partners;
    }
    Entity &stored = data.entities[index];
    for (const QString &alias : entity.aliases) {
        if (alias != stored.name && !stored.aliases.contains(alias))
            stored.aliases.append(alias);
        // A later file may move an alias to another entity.
        for (qsizetype other = 0; other < data.entities.size(); ++other) {
            if (other != index)
                data.entities[other].aliases.removeAll(alias);
        }
    }
    indexName(data, stored.name, index);
    for (const QString &alias : std::as_const(stored.aliases))
        indexName(data, alias, index);
}

QList<Entity> EntityCatalog::entities() const
{
    return d->entities;
}

bool EntityCatalog::isEmpty() const
{
    return d->entities.isEmpty();
}

QString EntityCatalog::resolve(QStringView alias) const
{
    const QString key = normalisedName(alias);
    auto it = d->byName.constFind(key);
    if (it == d->byName.cend()) {
        it = d->byFoldedName.constFind(key.toCaseFolded());
        if (it == d->byFoldedName.cend())
            return {};
    }
    return d->entities.at(*it).name;
}

QString EntityCatalog::defaultMetric(const QString &name) const
{
    for (const Entity &entity : std::as_const(d->entities)) {
        if (entity.name == name)
            return entity.defaultMetric;
    }
    return {};
}

const Entity *EntityCatalog::entity(const QString &name) const
{
    const auto found = d->byName.constFind(name);
    if (found == d->byName.cend() || d->entities.at(*found).name != name)
        return nullptr;
    return &d->entities.at(*found);
}

QString EntityCatalog::projectOf(const QStringList &names) const
{
    if (names.size() < 2)
        return {};
    for (const Entity &entity : std::as_const(d->entities)) {
        if (!entity.partners.isEmpty()
            && std::all_of(names.cbegin(), names.cend(), [&entity](const QString &name) { return entity.partners.contains(name); }))
            return entity.name;
    }
    return {};
}

QStringList EntityCatalog::extraNames() const
{
    QStringList names;
    for (const Entity &entity : std::as_const(d->entities)) {
        if (!d->definitionNames.contains(entity.name))
            names.append(entity.name);
        for (const QString &alias : entity.aliases) {
            if (!d->definitionNames.contains(alias))
                names.append(alias);
        }
    }
    return names;
}

QRegularExpression EntityCatalog::extraNamesPattern() const
{
    QStringList names = extraNames();
    if (names.isEmpty())
        return {};
    // Longest first: "Mistral AI Labs" before "Mistral AI".
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList escaped;
    escaped.reserve(names.size());
    for (const QString &name : std::as_const(names)) {
        // Any run of spaces in the text matches one space of the name; ' matches ’ too.
        QString pattern = QRegularExpression::escape(name);
        pattern.replace(u"\\ "_s, u"\\s+"_s);
        pattern.replace(u"\\'"_s, u"['’]"_s);
        escaped.append(pattern);
    }
    return QRegularExpression(u"(?<![\\p{L}\\p{N}_])(?:"_s + escaped.join(u'|') + u")(?![\\p{L}\\p{N}_])"_s,
                              QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace Recoupe
