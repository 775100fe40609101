#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Recoupe {

// A company or project claims are about: its canonical name (what claims and groups show) and
// the other names articles use for it.
struct Entity {
    QString name;
    QStringList aliases;     // besides name itself
    // The metric of a money figure about this entity when its sentence gives no cue (the
    // Stargate project only ever spends: its amounts are investment).
    QString defaultMetric;
    // For a joint project, the companies behind it: a figure that several of them give together
    // ("OpenAI, SoftBank and Oracle will invest $500 billion") is the project's.
    QStringList partners;
    // "company" (the default), "project" (Stargate), "programme" (InvestAI), "place" (France, EU)
    // or "group" (Big Tech). A project or programme named with a figure wins over its sponsors.
    QString kind;
    bool isProject() const { return kind == QLatin1StringView("project") || kind == QLatin1StringView("programme"); }
    bool operator==(const Entity &) const = default;
};

class EntityCatalogData;

// The entities Recoupe knows: a built-in list (resources/entities/entities.json, embedded), the
// user's file and a folder's file, read in that order; later files add entities and aliases and
// may move an alias to another entity. Format and the way user entities reach the lexer:
// resources/entities/README.md. Implicitly shared, cheap to copy to worker threads.
class EntityCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Recoupe::EntityCatalog)

public:
    EntityCatalog();
    EntityCatalog(const EntityCatalog &);
    EntityCatalog &operator=(const EntityCatalog &);
    ~EntityCatalog();
    // The same entities, aliases and default metrics (and the same built-in names).
    bool operator==(const EntityCatalog &other) const;

    static EntityCatalog builtIn();
    // QStandardPaths::GenericDataLocation/recoupe/entities.json (~/.local/share/recoupe/entities.json
    // on Linux), shared by the GUI and recoupe-cli.
    static QString userFilePath();
    // FOLDER/.recoupe/entities.json
    static QString folderFilePath(const QString &folder);
    // builtIn(), then the user file, then FOLDER's file when folder is not empty. Missing files
    // are not errors; unreadable or invalid ones are reported in errors and skipped.
    static EntityCatalog forFolder(const QString &folder, QStringList *errors = nullptr);

    // Adds the entities of a recoupe-entities-1 document. origin names it in error messages.
    bool mergeJson(const QByteArray &json, const QString &origin, QString *error = nullptr);
    bool mergeFile(const QString &path, QString *error = nullptr);
    void add(const Entity &entity);

    QList<Entity> entities() const;
    bool isEmpty() const;

    // The canonical name for a name as written ("Meta Platforms" -> "Meta"; spacing and
    // apostrophes are normalised, case is tried exactly first); empty when unknown.
    QString resolve(QStringView alias) const;
    QString defaultMetric(const QString &name) const;
    // The entity of that canonical name, or nullptr.
    const Entity *entity(const QString &name) const;
    // The project whose partners include every one of names (two or more), else empty.
    QString projectOf(const QStringList &names) const;

    // Names (canonical or alias) that the syntax definition does not list: the lexer finds
    // them with extraNamesPattern() (longest first, whole words, case-sensitive).
    QStringList extraNames() const;
    QRegularExpression extraNamesPattern() const;

private:
    QSharedDataPointer<EntityCatalogData> d;
};

} // namespace Recoupe
