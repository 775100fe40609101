#include "export/claimsjson.h"

#include "corpus/documenttexts.h"
#include "export/documentsjson.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}


QJsonObject resolutionToJson(const ClaimResolution &resolution, const QString &text)
{
    QJsonObject object;
    auto add = [&](const char *field, const FieldResolution &how) {
        if (how.source == FieldSource::Clause)
            return;
        QJsonObject entry{{u"from"_s, fieldSourceName(how.source)}};
        if (how.evidenceEnd() > how.evidenceStart && how.evidenceEnd() <= text.size())
            entry.insert(u"evidence"_s, text.mid(how.evidenceStart, how.evidenceEnd() - how.evidenceStart).simplified());
        object.insert(QLatin1StringView(field), entry);
    };
    add("entity", resolution.entity);
    add("metric", resolution.metric);
    add("period", resolution.period);
    add("currency", resolution.currency);
    return object;
}

void resolutionFromJson(const QJsonObject &object, ClaimResolution *resolution)
{
    auto read = [&](const char *field, FieldResolution *how) {
        const QString from = object.value(QLatin1StringView(field)).toObject().value(u"from"_s).toString();
        for (int s = 1; s <= int(FieldSource::Restated); ++s) {
            if (fieldSourceName(FieldSource(s)) == from)
                how->source = FieldSource(s);
        }
    };
    read("entity", &resolution->entity);
    read("metric", &resolution->metric);
    read("period", &resolution->period);
    read("currency", &resolution->currency);
}

} // namespace

QJsonObject claimToJson(const Claim &claim, const QString &text)
{
    QJsonObject object{
        {u"id"_s, claim.id()},
        {u"document"_s, claim.document},
        {u"entity"_s, stringOrNull(claim.entity)},
        {u"metric"_s, claim.metric},
        {u"period"_s, stringOrNull(claim.period)},
        {u"low"_s, claim.low},
        {u"high"_s, claim.high},
        {u"currency"_s, stringOrNull(claim.currency)},
        {u"unit"_s, stringOrNull(claim.unit)},
        {u"qualifier"_s, qualifierName(claim.qualifier)},
        {u"quote"_s, claim.quote(text)},
        {u"sentence"_s, claim.shownSentence(text)},
        {u"start"_s, claim.start},
        {u"end"_s, claim.end},
        {u"sentenceStart"_s, claim.sentenceStart},
        {u"sentenceEnd"_s, claim.sentenceEnd},
    };
    if (claim.kind != MoneyKind::None)
        object.insert(u"kind"_s, moneyKindName(claim.kind));
    if (claim.previous)
        object.insert(u"previous"_s, true);
    if (!claim.members.isEmpty())
        object.insert(u"members"_s, QJsonArray::fromStringList(claim.members.split(u',')));
    if (const QJsonObject resolution = resolutionToJson(claim.resolution, text); !resolution.isEmpty())
        object.insert(u"resolution"_s, resolution);
    return object;
}

QJsonObject correctedToJson(const Claim &claim, const AppliedCorrection &applied)
{
    QJsonObject corrected;
    if (claim.origin == ClaimOrigin::Added) {
        corrected.insert(u"added"_s, true);
    } else {
        // The parser's values of every field that differs now.
        const ClaimChange change = ClaimChange::between(claim, applied.parsed);
        corrected = change.toJson();
    }
    corrected.insert(u"by"_s, stringOrNull(applied.correction.author));
    corrected.insert(u"correction"_s, applied.correction.id);
    if (!applied.correction.note.isEmpty())
        corrected.insert(u"note"_s, applied.correction.note);
    return corrected;
}

QJsonArray claimsToJson(const ClaimList &claims, const QList<Document> &documents, const QList<AppliedCorrection> &corrections)
{
    const DocumentTexts texts(documents);
    // The last correction applied to each claim: it carries the author and the id shown.
    QHash<QString, const AppliedCorrection *> byClaim;
    for (const AppliedCorrection &applied : corrections) {
        if (applied.isApplied() && applied.correction.action != Correction::Action::Reject)
            byClaim.insert(applied.claimId, &applied);
    }
    QJsonArray array;
    for (const Claim &claim : claims) {
        QJsonObject object = claimToJson(claim, texts.text(claim.document));
        if (claim.origin != ClaimOrigin::Parsed) {
            if (const AppliedCorrection *applied = byClaim.value(claim.id()))
                object.insert(u"corrected"_s, correctedToJson(claim, *applied));
        }
        array.append(object);
    }
    return array;
}

QJsonObject claimsDocumentToJson(const QList<Document> &documents, const ClaimList &claims, const QList<AppliedCorrection> &corrections)
{
    return QJsonObject{
        {u"format"_s, u"recoupe-claims-1"_s},
        {u"documents"_s, documentsToJson(documents)},
        {u"claims"_s, claimsToJson(claims, documents, corrections)},
    };
}

bool claimFromJson(const QJsonObject &object, Claim *claim, QString *error)
{
    const QString id = object.value(u"id"_s).toString();
    auto fail = [&](const char *field) {
        if (error)
            *error = QCoreApplication::translate("Recoupe::ClaimsJson", "Claim %1: missing or invalid \"%2\"")
                         .arg(id.isEmpty() ? u"?"_s : id, QLatin1StringView(field));
        return false;
    };
    auto string = [&](const char *field, auto *out, bool nullable) {
        const QJsonValue value = object.value(QLatin1StringView(field));
        if (value.isString()) {
            *out = value.toString();
            return true;
        }
        if (nullable && value.isNull()) {
            out->clear();
            return true;
        }
        return false;
    };
    Claim result;
    QString idDocument;
    if (!Claim::splitId(id, &idDocument, &result.number))
        return fail("id");
    if (!string("document", &result.document, false) || result.document != idDocument)
        return fail("document");
    if (!string("entity", &result.entity, true))
        return fail("entity");
    if (!string("metric", &result.metric, false))
        return fail("metric");
    if (!string("period", &result.period, true))
        return fail("period");
    if (!string("currency", &result.currency, true))
        return fail("currency");
    if (!string("unit", &result.unit, true))
        return fail("unit");
    // A Claim keeps ranges of its document's text, not strings: the sentence's range follows
    // from where the quote sits in it (the first place, if it is there twice).
    QString quote;
    QString sentence;
    if (!string("quote", &quote, false))
        return fail("quote");
    if (!string("sentence", &sentence, false))
        return fail("sentence");
    if (!object.value(u"low"_s).isDouble())
        return fail("low");
    if (!object.value(u"high"_s).isDouble())
        return fail("high");
    result.low = object.value(u"low"_s).toDouble();
    result.high = object.value(u"high"_s).toDouble();
    bool ok = false;
    result.qualifier = qualifierFromName(object.value(u"qualifier"_s).toString(), &ok);
    if (!ok)
        return fail("qualifier");
    if (!object.value(u"start"_s).isDouble())
        return fail("start");
    if (!object.value(u"end"_s).isDouble())
        return fail("end");
    result.start = object.value(u"start"_s).toInteger();
    result.end = object.value(u"end"_s).toInteger();
    if (object.value(u"sentenceStart"_s).isDouble() && object.value(u"sentenceEnd"_s).isDouble()) {
        result.sentenceStart = qint32(object.value(u"sentenceStart"_s).toInteger());
        result.sentenceEnd = qint32(object.value(u"sentenceEnd"_s).toInteger());
    } else { // written before the offsets were: from where the quote sits in the sentence
        const qsizetype inSentence = sentence.indexOf(quote);
        result.sentenceStart = inSentence >= 0 ? result.start - inSentence : result.start;
        result.sentenceEnd = inSentence >= 0 ? result.sentenceStart + sentence.size() : result.end;
    }
    result.kind = moneyKindFromName(object.value(u"kind"_s).toString());
    result.previous = object.value(u"previous"_s).toBool();
    QStringList members;
    for (const QJsonValue &member : object.value(u"members"_s).toArray())
        members.append(member.toString());
    result.members = members.join(u',');
    resolutionFromJson(object.value(u"resolution"_s).toObject(), &result.resolution);
    *claim = result;
    return true;
}

bool claimsFromJson(const QJsonArray &array, ClaimList *claims, QString *error)
{
    ClaimList result;
    result.reserve(array.size());
    for (const QJsonValue &value : array) {
        Claim claim;
        if (!claimFromJson(value.toObject(), &claim, error))
            return false;
        result.append(claim);
    }
    *claims = result;
    return true;
}

} // namespace Recoupe
