#include "annotations/annotationfile.h"

#include "annotations/w3cannotationreader.h"
#include "corpus/articleurl.h"
#include "corpus/folderfilereader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

const QLatin1StringView formatPrefix("recoupe-annotations-");
const QLatin1StringView textHashKey("recoupe:textHash");
const QLatin1StringView claimKey("recoupe:claim");
const QLatin1StringView claimGroupKey("recoupe:claimGroup");
const QLatin1StringView documentKey("recoupe:document");
const QLatin1StringView sourceUrlKey("recoupe:sourceUrl");
// An offset a text can have: a whole number from 0 to what fits a text of Recoupe's (1e300, -1
// or 2.5 are no position; converting 1e300 to an integer is not even defined).
bool isOffset(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double offset = value.toDouble();
    return offset >= 0 && offset <= double(std::numeric_limits<qint32>::max()) && offset == std::floor(offset);
}

// In a TextPositionSelector whose offsets still count code points, as W3C's do.
const QLatin1StringView unitKey("recoupe:unit");
const QLatin1StringView codePointUnit("codePoint");
// Targets after the first, which Recoupe does not use, held aside to be written back.
const QLatin1StringView otherTargetsKey("recoupe:otherTargets");

bool isKnownAnnotationKey(const QString &key)
{
    static const QSet<QString> known{u"@context"_s, u"id"_s, u"type"_s, u"created"_s, u"modified"_s,
                                     u"creator"_s, u"body"_s, u"target"_s};
    return known.contains(key);
}

QJsonArray asArray(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray{value};
}

bool hasType(const QJsonObject &object, QLatin1StringView type)
{
    const QJsonArray types = asArray(object.value("type"_L1));
    for (const QJsonValue &value : types) {
        if (value.toString() == type)
            return true;
    }
    return false;
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
    if (id.startsWith("urn:uuid:"_L1, Qt::CaseInsensitive))
        return id.mid(9);
    return id;
}

} // namespace

QString AnnotationFile::formatName()
{
    return formatPrefix + QString::number(formatVersion);
}

QString AnnotationFile::jsonLdContext()
{
    return u"http://www.w3.org/ns/anno.jsonld"_s;
}

QString AnnotationFile::formatDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime AnnotationFile::parseDateTime(const QString &text)
{
    QDateTime dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dateTime.isValid())
        dateTime = QDateTime::fromString(text, Qt::ISODate);
    return dateTime.isValid() ? dateTime.toUTC() : QDateTime();
}

QJsonObject AnnotationFile::toJson(const Annotation &annotation)
{
    QJsonObject object = annotation.otherProperties;
    object.insert("@context"_L1, jsonLdContext());
    object.insert("id"_L1, idToJson(annotation.id));
    object.insert("type"_L1, u"Annotation"_s);
    if (annotation.created.isValid())
        object.insert("created"_L1, formatDateTime(annotation.created));
    if (annotation.modified.isValid())
        object.insert("modified"_L1, formatDateTime(annotation.modified));
    if (!annotation.author.isEmpty())
        object.insert("creator"_L1, QJsonObject{{"type"_L1, u"Person"_s}, {"name"_L1, annotation.author}});

    QJsonArray body;
    if (!annotation.note.isEmpty()) {
        body.append(QJsonObject{{"type"_L1, u"TextualBody"_s}, {"purpose"_L1, u"commenting"_s},
                                {"value"_L1, annotation.note}, {"format"_L1, u"text/plain"_s}});
    }
    if (!annotation.verdict.isEmpty()) {
        const QString purpose = Annotation::isStandardVerdict(annotation.verdict) ? u"assessing"_s : u"tagging"_s;
        body.append(QJsonObject{{"type"_L1, u"TextualBody"_s}, {"purpose"_L1, purpose}, {"value"_L1, annotation.verdict}});
    }
    for (const QJsonValue &other : annotation.otherBodies)
        body.append(other);
    if (!body.isEmpty())
        object.insert("body"_L1, body);

    const QJsonObject target = targetToJson(annotation.target);
    const QJsonArray otherTargets = object.take(otherTargetsKey).toArray();
    if (otherTargets.isEmpty()) {
        object.insert("target"_L1, target);
    } else {
        QJsonArray targets{target};
        for (const QJsonValue &other : otherTargets)
            targets.append(other);
        object.insert("target"_L1, targets);
    }
    return object;
}

QJsonObject AnnotationFile::targetToJson(const AnnotationTarget &t)
{
    QJsonObject target;
    if (!t.documentId.isEmpty())
        target.insert("source"_L1, t.documentId);
    if (!t.sourceUrl.isEmpty() && t.sourceUrl != t.documentId)
        target.insert(sourceUrlKey, t.sourceUrl);
    QJsonArray selectors;
    if (!t.exact.isEmpty()) {
        selectors.append(QJsonObject{{"type"_L1, u"TextQuoteSelector"_s}, {"exact"_L1, t.exact},
                                     {"prefix"_L1, t.prefix}, {"suffix"_L1, t.suffix}});
    }
    if (t.start >= 0 && t.end >= t.start) {
        QJsonObject position{{"type"_L1, u"TextPositionSelector"_s}, {"start"_L1, double(t.start)}, {"end"_L1, double(t.end)}};
        if (t.offsetsInCodePoints)
            position.insert(unitKey, codePointUnit);
        selectors.append(position);
    }
    for (const QJsonValue &other : t.otherSelectors)
        selectors.append(other);
    if (!selectors.isEmpty())
        target.insert("selector"_L1, selectors);
    if (!t.textHash.isEmpty())
        target.insert(textHashKey, t.textHash);
    if (!t.claimId.isEmpty())
        target.insert(claimKey, t.claimId);
    if (t.hasClaimGroup()) {
        QJsonObject group{{"entity"_L1, t.claimGroup.entity}, {"metric"_L1, t.claimGroup.metric}};
        group.insert("period"_L1, t.claimGroup.period.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.claimGroup.period));
        target.insert(claimGroupKey, group);
    }
    return target;
}

AnnotationTarget AnnotationFile::targetFromJson(const QJsonValue &value)
{
    AnnotationTarget t;
    if (value.isString()) {
        // A target given by its address alone: the whole article.
        t.documentId = value.toString();
        if (ArticleUrl::isWebAddress(t.documentId))
            t.sourceUrl = t.documentId;
        return t;
    }
    const QJsonObject target = value.toObject();
    const QString source = target.value("source"_L1).toString();
    // An export names the article both ways: its web address as the source, for other tools,
    // and its path in the folder, for Recoupe.
    const QString path = target.value(documentKey).toString();
    t.documentId = path.isEmpty() ? source : path;
    t.sourceUrl = target.value(sourceUrlKey).toString();
    if (t.sourceUrl.isEmpty() && ArticleUrl::isWebAddress(source))
        t.sourceUrl = source;
    t.textHash = target.value(textHashKey).toString();
    t.claimId = target.value(claimKey).toString();
    const QJsonObject group = target.value(claimGroupKey).toObject();
    t.claimGroup.entity = group.value("entity"_L1).toString();
    t.claimGroup.metric = group.value("metric"_L1).toString();
    t.claimGroup.period = group.value("period"_L1).toString();
    bool haveQuote = false;
    bool havePosition = false;
    for (const QJsonValue &each : asArray(target.value("selector"_L1))) {
        const QJsonObject selector = each.toObject();
        if (!haveQuote && hasType(selector, "TextQuoteSelector"_L1)) {
            t.exact = selector.value("exact"_L1).toString();
            t.prefix = selector.value("prefix"_L1).toString();
            t.suffix = selector.value("suffix"_L1).toString();
            haveQuote = true;
        } else if (!havePosition && hasType(selector, "TextPositionSelector"_L1) && isOffset(selector.value("start"_L1))
                   && isOffset(selector.value("end"_L1))) {
            t.start = qsizetype(selector.value("start"_L1).toDouble());
            t.end = qsizetype(selector.value("end"_L1).toDouble());
            t.offsetsInCodePoints = selector.value(unitKey).toString() == codePointUnit;
            havePosition = true;
        } else {
            t.otherSelectors.append(each);
        }
    }
    return t;
}

std::optional<Annotation> AnnotationFile::fromJson(const QJsonObject &object, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!hasType(object, "Annotation"_L1))
        return fail(tr("its type is not \"Annotation\""));
    const QString id = object.value("id"_L1).toString();
    if (id.isEmpty())
        return fail(tr("it has no id"));
    const QJsonValue targetValue = object.value("target"_L1);
    // Several targets: Recoupe reads the first and keeps the others untouched, as unknown data.
    const QJsonValue firstTarget = targetValue.isArray() ? targetValue.toArray().at(0) : targetValue;
    if (!firstTarget.isObject() && !firstTarget.isString())
        return fail(tr("it has no target"));

    Annotation annotation;
    annotation.id = idFromJson(id);
    annotation.created = parseDateTime(object.value("created"_L1).toString());
    annotation.modified = parseDateTime(object.value("modified"_L1).toString());

    const QJsonValue creator = object.value("creator"_L1);
    if (creator.isObject()) {
        const QJsonObject person = creator.toObject();
        annotation.author = person.value("name"_L1).toString();
        if (annotation.author.isEmpty())
            annotation.author = person.value("nickname"_L1).toString();
    } else if (creator.isString()) {
        annotation.author = creator.toString();
    }

    bool haveNote = false;
    bool haveVerdict = false;
    for (const QJsonValue &value : asArray(object.value("body"_L1))) {
        const QJsonObject body = value.toObject();
        const QString purpose = body.value("purpose"_L1).toString();
        const bool textual = value.isObject() && (hasType(body, "TextualBody"_L1) || body.contains("value"_L1));
        if (textual && !haveVerdict && (purpose == "assessing"_L1 || purpose == "tagging"_L1)) {
            annotation.verdict = body.value("value"_L1).toString();
            haveVerdict = true;
        } else if (textual && !haveNote && (purpose == "commenting"_L1 || purpose.isEmpty())) {
            annotation.note = body.value("value"_L1).toString();
            haveNote = true;
        } else {
            annotation.otherBodies.append(value);
        }
    }
    // bodyValue: the model's shorthand for a body that is plain text, as hand-written
    // annotations use it. Read as the note; written back as a commenting body.
    const bool noteFromBodyValue = !haveNote && object.value("bodyValue"_L1).isString();
    if (noteFromBodyValue)
        annotation.note = object.value("bodyValue"_L1).toString();

    annotation.target = targetFromJson(firstTarget);
    if (targetValue.isArray() && targetValue.toArray().size() > 1) {
        QJsonArray rest = targetValue.toArray();
        rest.removeFirst();
        annotation.otherProperties.insert(otherTargetsKey, rest);
    }

    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!isKnownAnnotationKey(it.key()) && !(noteFromBodyValue && it.key() == "bodyValue"_L1))
            annotation.otherProperties.insert(it.key(), it.value());
    }
    return annotation;
}

AnnotationFile::ReadResult AnnotationFile::read(const QString &filePath)
{
    ReadResult result;
    // Through the folder's checked reader: a FIFO or /dev/zero put in place of the file would
    // otherwise block forever or fill memory.
    const FolderFileReader::Result file = FolderFileReader::read(filePath);
    if (file.status == FolderFileReader::Status::Missing) {
        result.status = Status::Missing;
        return result;
    }
    if (file.status == FolderFileReader::Status::Refused) {
        result.status = Status::Unreadable;
        result.error = tr("The annotations file %1 cannot be read: %2").arg(QDir::toNativeSeparators(filePath), file.error);
        return result;
    }
    return parse(file.bytes, filePath);
}

AnnotationFile::ReadResult AnnotationFile::parse(const QByteArray &bytes, const QString &filePath)
{
    ReadResult result;
    result.bytes = bytes;
    const QString name = QDir::toNativeSeparators(filePath);
    auto corrupt = [&](const QString &why) {
        result.status = Status::Corrupt;
        result.error = tr("The annotations file %1 is damaged: %2").arg(name, why);
        return result;
    };
    if (bytes.trimmed().isEmpty())
        return corrupt(tr("it is empty"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return corrupt(tr("it is not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    // Entries that are not annotations this version can read are kept to be written back; an id
    // met twice is made unique, so that editing one never edits the other.
    QSet<QString> ids;
    const auto readEntries = [&](const QJsonArray &entries, bool w3c) {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonValue entry = entries.at(i);
            QJsonObject object = entry.toObject();
            // The model wants an id, but an annotation written by hand, or embedded in a page,
            // often has none: it is given one, which Recoupe's own file then keeps.
            if (w3c && entry.isObject() && !object.contains("id"_L1) && hasType(object, "Annotation"_L1))
                object.insert("id"_L1, idToJson(Annotation::newId()));
            QString why;
            std::optional<Annotation> annotation = entry.isObject() ? fromJson(object, &why) : std::nullopt;
            if (!entry.isObject())
                why = tr("it is not a JSON object");
            if (!annotation) {
                result.content.unreadableEntries.append(entry);
                result.warnings.append(tr("Entry %1 of %2 was kept as it is but cannot be shown: %3").arg(i + 1).arg(name, why));
                continue;
            }
            if (w3c && annotation->target.start >= 0)
                annotation->target.offsetsInCodePoints = true;
            if (ids.contains(annotation->id)) {
                const QString old = annotation->id;
                annotation->id = Annotation::newId();
                result.warnings.append(tr("Entry %1 of %2 repeats the id %3; it was given a new one").arg(i + 1).arg(name, old));
            }
            ids.insert(annotation->id);
            result.content.annotations.append(*annotation);
        }
    };

    if (W3cAnnotationReader::isW3cContainer(document)) {
        const W3cAnnotationReader::Result w3c = W3cAnnotationReader::read(document);
        if (!w3c.recognised)
            return corrupt(w3c.error);
        result.container = w3c.container;
        for (const QString &warning : w3c.warnings)
            result.warnings.append(name + u": "_s + warning);
        readEntries(w3c.entries, true);
        return result;
    }
    if (!document.isObject())
        return corrupt(tr("it is not a JSON object"));
    const QJsonObject root = document.object();

    const QString format = root.value("format"_L1).toString();
    if (!format.startsWith(formatPrefix))
        return corrupt(W3cAnnotationReader::read(document).error);
    // A version is a plain number of a few digits. "99999999999999999999" (too large for an
    // int, so toInt() failed) or a "version" of 1e300 (not an int, so toInt() gave its default)
    // used to be read as version 1; as for corrections, anything that is not a small whole
    // number is a newer (or foreign) format, kept aside and never read as ours.
    const QStringView number = QStringView(format).sliced(formatPrefix.size());
    const bool plainNumber = !number.isEmpty() && number.size() <= 9
        && std::all_of(number.begin(), number.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    const int formatNumber = plainNumber ? number.toInt() : formatVersion + 1;
    const QJsonValue versionValue = root.value("version"_L1);
    int version = formatNumber;
    if (!versionValue.isUndefined()) {
        const double declared = versionValue.toDouble(-1);
        const bool wholeNumber = versionValue.isDouble() && declared >= 0 && declared <= 1e9 && declared == std::floor(declared);
        version = wholeNumber ? int(declared) : formatVersion + 1;
    }
    if (std::max(formatNumber, version) > formatVersion) {
        result.status = Status::NewerVersion;
        result.error = tr("The annotations file %1 was written by a newer version of Recoupe (format %2, version %3; this "
                          "version reads version %4). Update Recoupe to read it.")
                           .arg(name, format)
                           .arg(version)
                           .arg(formatVersion);
        return result;
    }
    if (!root.value("annotations"_L1).isArray())
        return corrupt(tr("it has no list of annotations"));

    result.content.folder = root.value("folder"_L1).toString();
    readEntries(root.value("annotations"_L1).toArray(), false);
    return result;
}

QString AnnotationFile::containerDescription(AnnotationContainer container)
{
    switch (container) {
    case AnnotationContainer::Recoupe:
        return tr("a Recoupe annotations file");
    case AnnotationContainer::W3cAnnotation:
        return tr("a single W3C Annotation");
    case AnnotationContainer::W3cArray:
        return tr("a JSON array of W3C Annotations");
    case AnnotationContainer::W3cPage:
        return tr("a W3C AnnotationPage");
    case AnnotationContainer::W3cCollection:
        return tr("a W3C AnnotationCollection");
    }
    return {};
}

QByteArray AnnotationFile::serialize(const AnnotationFileContent &content)
{
    QJsonObject root;
    root.insert("format"_L1, formatName());
    root.insert("version"_L1, formatVersion);
    if (!content.folder.isEmpty())
        root.insert("folder"_L1, content.folder);
    QJsonArray annotations;
    for (const Annotation &annotation : content.annotations)
        annotations.append(toJson(annotation));
    for (const QJsonValue &entry : content.unreadableEntries)
        annotations.append(entry);
    root.insert("annotations"_L1, annotations);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

AnnotationFile::WriteResult AnnotationFile::write(const QString &filePath, const QByteArray &bytes)
{
    WriteResult result;
    const QString name = QDir::toNativeSeparators(filePath);
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        result.couldNotCreate = true;
        result.error = tr("Cannot save the annotations to %1: %2").arg(name, file.errorString());
        return result;
    }
    if (file.write(bytes) != bytes.size()) {
        result.error = tr("Cannot save the annotations to %1: %2").arg(name, file.errorString());
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) {
        result.error = tr("Cannot save the annotations to %1: %2").arg(name, file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace Recoupe
