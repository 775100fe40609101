#include "corpus/documentoverrides.h"

#include "corpus/folderfilereader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Recoupe {

namespace {

using namespace Qt::StringLiterals;

const auto overridesFormat = "recoupe-documents-1"_L1;

// "YYYY", "YYYY-MM" or "YYYY-MM-DD", and a real calendar date.
bool isIsoDate(const QString &date)
{
    if (date.size() == 4)
        return QDate::fromString(date, u"yyyy").isValid();
    if (date.size() == 7)
        return QDate::fromString(date, u"yyyy-MM").isValid();
    if (date.size() == 10)
        return QDate::fromString(date, u"yyyy-MM-dd").isValid();
    return false;
}

} // namespace

QString DocumentOverrides::filePath(const QString &folder)
{
    return QDir(folder).filePath(u".recoupe/documents.json"_s);
}

bool DocumentOverrides::load(const QString &folder, QString *error)
{
    m_overrides.clear();
    const QString path = filePath(folder);
    const auto failure = [&](const QString &reason) {
        if (error) {
            *error = QCoreApplication::translate("Recoupe::DocumentOverrides", "%1 cannot be used: %2")
                         .arg(QDir::toNativeSeparators(path), reason);
        }
        return false;
    };

    // Read by every command: a FIFO or /dev/zero in its place must be a problem, not a hang.
    const FolderFileReader::Result file = FolderFileReader::read(path);
    if (file.status == FolderFileReader::Status::Missing)
        return true;
    if (file.status == FolderFileReader::Status::Refused)
        return failure(file.error);
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failure(QCoreApplication::translate("Recoupe::DocumentOverrides", "it is not valid JSON (%1 at offset %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    }
    const QJsonObject root = json.object();
    if (!json.isObject() || root.value("format"_L1).toString() != overridesFormat) {
        return failure(QCoreApplication::translate("Recoupe::DocumentOverrides", "it is not in the %1 format.")
                           .arg(overridesFormat));
    }
    const QJsonValue documents = root.value("documents"_L1);
    if (!documents.isObject() && !documents.isUndefined()) {
        return failure(QCoreApplication::translate("Recoupe::DocumentOverrides", "\"documents\" is not an object."));
    }

    // A bad entry does not hide the good ones: they are kept, and the bad ones reported.
    QStringList problems;
    const QJsonObject entries = documents.toObject();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        if (!it.value().isObject()) {
            problems.append(QCoreApplication::translate("Recoupe::DocumentOverrides", "the entry of %1 is not an object").arg(it.key()));
            continue;
        }
        const QJsonObject entry = it.value().toObject();
        DocumentOverride stated;
        const auto field = [&](QLatin1StringView name, QString *value) {
            const QJsonValue json = entry.value(name);
            if (json.isUndefined() || json.isNull())
                return;
            if (!json.isString()) {
                problems.append(QCoreApplication::translate("Recoupe::DocumentOverrides", "the %1 of %2 is not a string").arg(name, it.key()));
                return;
            }
            *value = json.toString().trimmed();
        };
        field("date"_L1, &stated.date);
        field("title"_L1, &stated.title);
        field("language"_L1, &stated.language);
        if (!stated.date.isEmpty() && !isIsoDate(stated.date)) {
            problems.append(QCoreApplication::translate("Recoupe::DocumentOverrides", "the date of %1, \"%2\", is not YYYY, YYYY-MM or YYYY-MM-DD")
                                .arg(it.key(), stated.date));
            stated.date.clear();
        }
        if (!stated.isEmpty())
            m_overrides.insert(it.key(), stated);
    }
    if (!problems.isEmpty())
        return failure(problems.join(u"; "_s) + u'.');
    return true;
}

bool DocumentOverrides::save(const QString &folder, QString *error) const
{
    const QString path = filePath(folder);
    if (!QDir(folder).mkpath(u".recoupe"_s)) {
        if (error) {
            *error = QCoreApplication::translate("Recoupe::DocumentOverrides", "Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        }
        return false;
    }
    QJsonObject documents;
    for (auto it = m_overrides.constBegin(); it != m_overrides.constEnd(); ++it) {
        QJsonObject entry;
        if (!it->date.isEmpty())
            entry.insert("date"_L1, it->date);
        if (!it->title.isEmpty())
            entry.insert("title"_L1, it->title);
        if (!it->language.isEmpty())
            entry.insert("language"_L1, it->language);
        if (!entry.isEmpty())
            documents.insert(it.key(), entry);
    }
    const QJsonObject root{{"format"_L1, overridesFormat}, {"documents"_L1, documents}};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        if (error) {
            *error = QCoreApplication::translate("Recoupe::DocumentOverrides", "Cannot save %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    return true;
}

DocumentOverride DocumentOverrides::value(const QString &documentId) const
{
    return m_overrides.value(documentId);
}

void DocumentOverrides::set(const QString &documentId, const DocumentOverride &override)
{
    if (override.isEmpty())
        m_overrides.remove(documentId);
    else
        m_overrides.insert(documentId, override);
}

void DocumentOverrides::apply(Document &document) const
{
    const auto it = m_overrides.constFind(document.id);
    if (it == m_overrides.constEnd())
        return;
    if (!it->date.isEmpty()) {
        document.date = it->date;
        document.dateSource = u"user"_s;
        document.dateOrigin.clear(); // no longer the page's metadata
    }
    if (!it->title.isEmpty()) {
        document.title = it->title;
        document.titleSource.clear();
    }
    if (!it->language.isEmpty())
        document.language = it->language;
}

void DocumentOverrides::apply(QList<Document> &documents) const
{
    if (m_overrides.isEmpty())
        return;
    for (Document &document : documents)
        apply(document);
}

} // namespace Recoupe
