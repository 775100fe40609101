#include "corrections/correctionfile.h"

#include "annotations/annotationfile.h"
#include "corpus/folderfilereader.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

const QLatin1StringView formatPrefix("recoupe-corrections-");

bool isKnownKey(const QString &key)
{
    static const QSet<QString> known{u"id"_s, u"document"_s, u"author"_s, u"created"_s, u"target"_s,
                                     u"set"_s, u"reject"_s, u"add"_s, u"note"_s};
    return known.contains(key);
}

QString idToJson(const QString &id)
{
    const QUuid uuid = QUuid::fromString(id);
    if (!uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == id.toLower())
        return "urn:uuid:"_L1 + id;
    return id;
}

QString idFromJson(const QString &id)
{
    return id.startsWith("urn:uuid:"_L1, Qt::CaseInsensitive) ? id.mid(9) : id;
}

// An offset from JSON: a whole number within a reading text's reach, else -1 (not given).
qsizetype offsetFromJson(const QJsonValue &value)
{
    if (!value.isDouble())
        return -1;
    const double number = value.toDouble();
    if (!(number >= 0 && number <= double(std::numeric_limits<qint32>::max())) || number != std::floor(number))
        return -1;
    return qsizetype(number);
}

} // namespace

QString CorrectionFile::formatName()
{
    return formatPrefix + QString::number(formatVersion);
}

QString CorrectionFile::fileName()
{
    return u"corrections.json"_s;
}

QJsonObject CorrectionFile::toJson(const Correction &correction)
{
    QJsonObject object = correction.otherProperties;
    object.insert("id"_L1, idToJson(correction.id));
    object.insert("document"_L1, correction.target.documentId);
    if (!correction.author.isEmpty())
        object.insert("author"_L1, correction.author);
    if (correction.created.isValid())
        object.insert("created"_L1, AnnotationFile::formatDateTime(correction.created));
    const AnnotationTarget &t = correction.target;
    QJsonObject target{{"quote"_L1, t.exact}};
    if (!t.prefix.isEmpty())
        target.insert("prefix"_L1, t.prefix);
    if (!t.suffix.isEmpty())
        target.insert("suffix"_L1, t.suffix);
    if (t.start >= 0 && t.end >= t.start) {
        target.insert("start"_L1, double(t.start));
        target.insert("end"_L1, double(t.end));
    }
    if (!t.textHash.isEmpty())
        target.insert("textHash"_L1, t.textHash);
    object.insert("target"_L1, target);
    switch (correction.action) {
    case Correction::Action::Set:
        object.insert("set"_L1, correction.change.toJson());
        break;
    case Correction::Action::Reject:
        object.insert("reject"_L1, true);
        break;
    case Correction::Action::Add:
        object.insert("add"_L1, correction.change.toJson());
        break;
    }
    if (!correction.note.isEmpty())
        object.insert("note"_L1, correction.note);
    return object;
}

std::optional<Correction> CorrectionFile::fromJson(const QJsonObject &object, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Correction correction;
    correction.id = idFromJson(object.value("id"_L1).toString());
    if (correction.id.isEmpty())
        return fail(tr("it has no id"));
    AnnotationTarget &t = correction.target;
    t.documentId = object.value("document"_L1).toString();
    if (t.documentId.isEmpty())
        return fail(tr("it names no document"));
    const QJsonObject target = object.value("target"_L1).toObject();
    t.exact = target.value("quote"_L1).toString();
    t.prefix = target.value("prefix"_L1).toString();
    t.suffix = target.value("suffix"_L1).toString();
    t.textHash = target.value("textHash"_L1).toString();
    t.start = offsetFromJson(target.value("start"_L1));
    t.end = offsetFromJson(target.value("end"_L1));
    if (t.start < 0 || t.end < t.start)
        t.start = t.end = -1;
    if (t.exact.isEmpty())
        return fail(tr("its target has no quote"));
    if (t.start >= 0 && t.end - t.start != t.exact.size())
        t.start = t.end = -1; // offsets that cannot hold the quote: found by the quote instead

    const bool reject = object.value("reject"_L1).toBool(false);
    const bool set = object.value("set"_L1).isObject();
    const bool add = object.value("add"_L1).isObject();
    if (int(reject) + int(set) + int(add) != 1)
        return fail(tr("it must have exactly one of \"set\", \"reject\": true and \"add\""));
    QString why;
    if (reject) {
        correction.action = Correction::Action::Reject;
    } else {
        correction.action = set ? Correction::Action::Set : Correction::Action::Add;
        const std::optional<ClaimChange> change = ClaimChange::fromJson(object.value(set ? "set"_L1 : "add"_L1).toObject(), &why);
        if (!change)
            return fail(why);
        correction.change = *change;
        if (add && !(change->metric && change->low && (change->currency || change->unit)))
            return fail(tr("\"add\" needs at least \"metric\", \"low\" and \"currency\" or \"unit\""));
    }
    correction.note = object.value("note"_L1).toString();
    correction.author = object.value("author"_L1).toString();
    correction.created = AnnotationFile::parseDateTime(object.value("created"_L1).toString());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!isKnownKey(it.key()))
            correction.otherProperties.insert(it.key(), it.value());
    }
    return correction;
}

CorrectionFile::ReadResult CorrectionFile::read(const QString &filePath)
{
    ReadResult result;
    const FolderFileReader::Result file = FolderFileReader::read(filePath);
    if (file.status == FolderFileReader::Status::Missing) {
        result.status = Status::Missing;
        return result;
    }
    if (file.status == FolderFileReader::Status::Refused) {
        result.status = Status::Unreadable;
        result.error = tr("The corrections file %1 cannot be read: %2").arg(QDir::toNativeSeparators(filePath), file.error);
        return result;
    }
    return parse(file.bytes, filePath);
}

CorrectionFile::ReadResult CorrectionFile::parse(const QByteArray &bytes, const QString &filePath)
{
    ReadResult result;
    result.bytes = bytes;
    const QString name = QDir::toNativeSeparators(filePath);
    auto corrupt = [&](const QString &why) {
        result.status = Status::Corrupt;
        result.error = tr("The corrections file %1 is damaged: %2").arg(name, why);
        return result;
    };
    if (bytes.trimmed().isEmpty())
        return corrupt(tr("it is empty"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return corrupt(tr("it is not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return corrupt(tr("it is not a JSON object"));
    const QJsonObject root = document.object();
    const QString format = root.value("format"_L1).toString();
    if (!format.startsWith(formatPrefix))
        return corrupt(tr("it is not a Recoupe corrections file (no \"format\": \"%1\")").arg(formatName()));
    // The version is a plain number of a few digits: "99999999999999999999" or "1e300" is a
    // newer (or foreign) format, never version 1.
    const QStringView number = QStringView(format).sliced(formatPrefix.size());
    const bool plainNumber = !number.isEmpty() && number.size() <= 9
        && std::all_of(number.begin(), number.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!plainNumber || number.toInt() > formatVersion) {
        result.status = Status::NewerVersion;
        result.error = tr("The corrections file %1 was written by a newer version of Recoupe (format %2; this version reads %3). "
                          "Update Recoupe to read it.")
                           .arg(name, format, formatName());
        return result;
    }
    if (!root.value("corrections"_L1).isArray())
        return corrupt(tr("it has no list of corrections"));
    QSet<QString> ids;
    const QJsonArray entries = root.value("corrections"_L1).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonValue entry = entries.at(i);
        QString why = tr("it is not a JSON object");
        std::optional<Correction> correction = entry.isObject() ? fromJson(entry.toObject(), &why) : std::nullopt;
        if (!correction) {
            result.content.unreadableEntries.append(entry);
            result.warnings.append(tr("Correction %1 of %2 was kept as it is but cannot be applied: %3").arg(i + 1).arg(name, why));
            continue;
        }
        if (ids.contains(correction->id)) {
            const QString old = correction->id;
            correction->id = Annotation::newId();
            result.warnings.append(tr("Correction %1 of %2 repeats the id %3; it was given a new one").arg(i + 1).arg(name, old));
        }
        ids.insert(correction->id);
        result.content.corrections.append(*correction);
    }
    return result;
}

QByteArray CorrectionFile::serialize(const CorrectionFileContent &content)
{
    QJsonArray corrections;
    for (const Correction &correction : content.corrections)
        corrections.append(toJson(correction));
    for (const QJsonValue &entry : content.unreadableEntries)
        corrections.append(entry);
    const QJsonObject root{{"format"_L1, formatName()}, {"corrections"_L1, corrections}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Recoupe
