#pragma once

// What changed between a reference output of recoupe-cli (tests/golden/SET/claims.json or
// groups.json) and the output of today's build, said claim by claim and field by field, so that
// a failing golden test tells which figures moved without a 3000-line textual diff.
//
// Claims are paired by where they are (document, start, end), not by id: one claim found or lost
// early in an article renumbers every claim after it ("a.txt#7" becomes "a.txt#8"), and a report
// by id would call all of them changed. Pairs whose only difference is the id are counted as
// renumbered; the group report reads the reference's ids through the same renumbering.

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace GoldenDiff {

struct Report {
    QStringList lines;                // the first one sums up; empty when nothing differs
    QHash<QString, QString> renamed;  // reference claim id -> today's id, for every moved claim
};

// A value as a report shows it: strings quoted, arrays and objects as compact JSON.
inline QString show(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return u'"' + value.toString() + u'"';
    case QJsonValue::Undefined:
        return QStringLiteral("(absent)");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default: {
        // Numbers, booleans, null and arrays written exactly as the JSON files write them.
        const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    }
}

// "old -> new". Two long strings (a sentence, an explanation) are cut around their first
// difference, so that the change is what the line shows.
inline QString showChange(const QJsonValue &before, const QJsonValue &after)
{
    constexpr qsizetype longString = 100;
    if (before.isString() && after.isString()
        && (before.toString().size() > longString || after.toString().size() > longString)) {
        const QString a = before.toString();
        const QString b = after.toString();
        qsizetype common = 0;
        while (common < a.size() && common < b.size() && a.at(common) == b.at(common))
            ++common;
        const qsizetype from = std::max<qsizetype>(0, common - 30);
        auto cut = [from](const QString &s) -> QString {
            const QString middle = s.mid(from, 80);
            return u'"' + QString(from > 0 ? QStringLiteral("…") : QString()) + middle
                + QString(from + 80 < s.size() ? QStringLiteral("…") : QString()) + u'"';
        };
        return cut(a) + QStringLiteral(" -> ") + cut(b);
    }
    return show(before) + QStringLiteral(" -> ") + show(after);
}

// The leaves of a value by path: "resolution.period.from", "reasons[1].kind". Arrays of objects
// are walked by index; other arrays ("members", a group's "claims") are one leaf.
inline void flatten(const QJsonValue &value, const QString &path, QMap<QString, QJsonValue> *leaves)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), leaves);
        if (object.isEmpty())
            leaves->insert(path, value);
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        const bool objects = !array.isEmpty() && std::all_of(array.begin(), array.end(), [](const QJsonValue &v) { return v.isObject(); });
        if (objects) {
            for (qsizetype i = 0; i < array.size(); ++i)
                flatten(array.at(i), path + u'[' + QString::number(i) + u']', leaves);
            return;
        }
    }
    leaves->insert(path, value);
}

// The fields that differ, one "path: old -> new" each, in path order; `ignored` are top-level
// keys left out (a claim's id).
inline QStringList fieldChanges(const QJsonObject &before, const QJsonObject &after, const QSet<QString> &ignored = {})
{
    QMap<QString, QJsonValue> a;
    QMap<QString, QJsonValue> b;
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!ignored.contains(it.key()))
            flatten(it.value(), it.key(), &a);
    }
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (!ignored.contains(it.key()))
            flatten(it.value(), it.key(), &b);
    }
    QStringList paths = a.keys() + b.keys();
    std::sort(paths.begin(), paths.end());
    paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
    QStringList result;
    for (const QString &path : std::as_const(paths)) {
        const QJsonValue x = a.value(path, QJsonValue(QJsonValue::Undefined));
        const QJsonValue y = b.value(path, QJsonValue(QJsonValue::Undefined));
        if (x != y)
            result.append(path + QStringLiteral(": ") + showChange(x, y));
    }
    return result;
}

namespace Internal {

inline QString claimLabel(const QJsonObject &claim)
{
    return claim.value(QLatin1String("id")).toString() + QStringLiteral(" \"") + claim.value(QLatin1String("quote")).toString() + u'"';
}

inline QString claimSummary(const QJsonObject &claim)
{
    auto field = [&claim](const char *key) {
        const QJsonValue v = claim.value(QLatin1String(key));
        return v.isNull() || v.isUndefined() ? QStringLiteral("-") : v.isString() ? v.toString() : show(v);
    };
    return field("entity") + u' ' + field("metric") + u' ' + field("period") + u' ' + field("low") + u'-' + field("high") + u' '
        + (claim.value(QLatin1String("currency")).isString() ? field("currency") : field("unit")) + u' ' + field("qualifier");
}

// Pairs the items of two lists: first by `sameKey`, then what is left by `close` (for claims:
// an overlapping quote in the same document). Returns, for each reference item, today's index
// or -1.
template<typename Same, typename Close>
QList<qsizetype> pair(const QJsonArray &before, const QJsonArray &after, Same sameKey, Close close)
{
    QList<qsizetype> partner(before.size(), -1);
    QList<bool> taken(after.size(), false);
    QMultiHash<QString, qsizetype> byKey;
    for (qsizetype j = after.size() - 1; j >= 0; --j)
        byKey.insert(sameKey(after.at(j).toObject()), j); // values() later lists the first one first
    for (qsizetype i = 0; i < before.size(); ++i) {
        const QList<qsizetype> candidates = byKey.values(sameKey(before.at(i).toObject()));
        for (qsizetype j : candidates) {
            if (!taken.at(j)) {
                partner[i] = j;
                taken[j] = true;
                break;
            }
        }
    }
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (partner.at(i) >= 0)
            continue;
        for (qsizetype j = 0; j < after.size(); ++j) {
            if (!taken.at(j) && close(before.at(i).toObject(), after.at(j).toObject())) {
                partner[i] = j;
                taken[j] = true;
                break;
            }
        }
    }
    return partner;
}

inline QString countsLine(const QString &what, qsizetype changed, qsizetype added, qsizetype removed, qsizetype before, qsizetype after)
{
    return QStringLiteral("%1: %2 changed, %3 added, %4 removed (reference %5, now %6)")
        .arg(what).arg(changed).arg(added).arg(removed).arg(before).arg(after);
}

} // namespace Internal

inline Report compareClaims(const QJsonObject &reference, const QJsonObject &today)
{
    using namespace Internal;
    Report report;
    QStringList details;
    if (reference.value(QLatin1String("format")) != today.value(QLatin1String("format")))
        details.append(QStringLiteral("format: ") + showChange(reference.value(QLatin1String("format")), today.value(QLatin1String("format"))));

    // Documents, by id.
    const QJsonArray documentsBefore = reference.value(QLatin1String("documents")).toArray();
    const QJsonArray documentsAfter = today.value(QLatin1String("documents")).toArray();
    auto documentId = [](const QJsonObject &d) { return d.value(QLatin1String("id")).toString(); };
    const QList<qsizetype> documentPartner = pair(documentsBefore, documentsAfter, documentId, [](const QJsonObject &, const QJsonObject &) { return false; });
    QSet<qsizetype> documentsKept;
    for (qsizetype i = 0; i < documentsBefore.size(); ++i) {
        const QJsonObject before = documentsBefore.at(i).toObject();
        if (documentPartner.at(i) < 0) {
            details.append(QStringLiteral("document removed: ") + documentId(before));
            continue;
        }
        documentsKept.insert(documentPartner.at(i));
        const QStringList changes = fieldChanges(before, documentsAfter.at(documentPartner.at(i)).toObject());
        if (!changes.isEmpty())
            details.append(QStringLiteral("document changed: ") + documentId(before) + QStringLiteral(": ") + changes.join(QStringLiteral("; ")));
    }
    for (qsizetype j = 0; j < documentsAfter.size(); ++j) {
        if (!documentsKept.contains(j))
            details.append(QStringLiteral("document added: ") + documentId(documentsAfter.at(j).toObject()));
    }

    // Claims, by place.
    const QJsonArray before = reference.value(QLatin1String("claims")).toArray();
    const QJsonArray after = today.value(QLatin1String("claims")).toArray();
    auto place = [](const QJsonObject &c) -> QString {
        return c.value(QLatin1String("document")).toString() + u'@' + QString::number(c.value(QLatin1String("start")).toInteger()) + u'-'
            + QString::number(c.value(QLatin1String("end")).toInteger());
    };
    auto overlaps = [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("document")) == b.value(QLatin1String("document"))
            && a.value(QLatin1String("start")).toInteger() < b.value(QLatin1String("end")).toInteger()
            && b.value(QLatin1String("start")).toInteger() < a.value(QLatin1String("end")).toInteger();
    };
    const QList<qsizetype> partner = pair(before, after, place, overlaps);
    qsizetype changed = 0;
    qsizetype removed = 0;
    QStringList renumbered;
    QSet<qsizetype> kept;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const QJsonObject a = before.at(i).toObject();
        if (partner.at(i) < 0) {
            ++removed;
            details.append(QStringLiteral("claim removed: ") + claimLabel(a) + QStringLiteral(": ") + claimSummary(a));
            continue;
        }
        kept.insert(partner.at(i));
        const QJsonObject b = after.at(partner.at(i)).toObject();
        const QString idBefore = a.value(QLatin1String("id")).toString();
        const QString idAfter = b.value(QLatin1String("id")).toString();
        if (idBefore != idAfter)
            report.renamed.insert(idBefore, idAfter);
        const QStringList changes = fieldChanges(a, b, {QStringLiteral("id")});
        if (changes.isEmpty()) {
            if (idBefore != idAfter)
                renumbered.append(idBefore + QStringLiteral(" -> ") + idAfter);
            continue;
        }
        ++changed;
        details.append(QStringLiteral("claim changed: ") + claimLabel(a) + (idBefore != idAfter ? QStringLiteral(" (now ") + idAfter + u')' : QString())
                       + QStringLiteral(": ") + changes.join(QStringLiteral("; ")));
    }
    qsizetype added = 0;
    for (qsizetype j = 0; j < after.size(); ++j) {
        if (kept.contains(j))
            continue;
        ++added;
        const QJsonObject b = after.at(j).toObject();
        details.append(QStringLiteral("claim added: ") + claimLabel(b) + QStringLiteral(": ") + claimSummary(b));
    }
    if (!renumbered.isEmpty()) {
        details.append(QStringLiteral("claims only renumbered: %1 (%2%3)")
                           .arg(renumbered.size())
                           .arg(renumbered.mid(0, 4).join(QStringLiteral(", ")))
                           .arg(renumbered.size() > 4 ? QStringLiteral(", ...") : QString()));
    }
    if (!details.isEmpty()) {
        report.lines.append(countsLine(QStringLiteral("claims"), changed, added, removed, before.size(), after.size()));
        report.lines += details;
    }
    return report;
}

// `renamed` is compareClaims().renamed for the same folder: a group whose claims were only
// renumbered is no change.
inline Report compareGroups(const QJsonObject &reference, const QJsonObject &today, const QHash<QString, QString> &renamed = {})
{
    using namespace Internal;
    Report report;
    QStringList details;
    if (reference.value(QLatin1String("format")) != today.value(QLatin1String("format")))
        details.append(QStringLiteral("format: ") + showChange(reference.value(QLatin1String("format")), today.value(QLatin1String("format"))));

    auto renumber = [&renamed](const QJsonValue &ids) {
        QJsonArray result;
        for (const QJsonValue &id : ids.toArray())
            result.append(renamed.value(id.toString(), id.toString()));
        return result;
    };
    // The reference as it reads with today's claim ids.
    QJsonArray before;
    for (const QJsonValue &value : reference.value(QLatin1String("groups")).toArray()) {
        QJsonObject group = value.toObject();
        group.insert(QLatin1String("claims"), renumber(group.value(QLatin1String("claims"))));
        QJsonArray reasons;
        for (const QJsonValue &reason : group.value(QLatin1String("reasons")).toArray()) {
            QJsonObject r = reason.toObject();
            if (r.contains(QLatin1String("claims")))
                r.insert(QLatin1String("claims"), renumber(r.value(QLatin1String("claims"))));
            reasons.append(r);
        }
        if (group.contains(QLatin1String("reasons")))
            group.insert(QLatin1String("reasons"), reasons);
        before.append(group);
    }
    const QJsonArray after = today.value(QLatin1String("groups")).toArray();
    auto key = [](const QJsonObject &g) {
        const QJsonObject k = g.value(QLatin1String("key")).toObject();
        QStringList parts;
        for (const char *field : {"entity", "metric", "period", "kind"}) {
            const QJsonValue v = k.value(QLatin1String(field));
            if (!v.isUndefined())
                parts.append(v.isNull() ? QStringLiteral("-") : v.toString());
        }
        return parts.join(QStringLiteral(" / "));
    };
    // Same key and claims first (several groups may share a key: figures of no stated period),
    // then same key.
    auto keyAndClaims = [&key](const QJsonObject &g) -> QString { return key(g) + u' ' + show(g.value(QLatin1String("claims"))); };
    auto sameKey = [&key](const QJsonObject &a, const QJsonObject &b) { return key(a) == key(b); };
    const QList<qsizetype> partner = pair(before, after, keyAndClaims, sameKey);
    qsizetype changed = 0;
    qsizetype removed = 0;
    QSet<qsizetype> kept;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const QJsonObject a = before.at(i).toObject();
        const QString label = key(a) + QStringLiteral(" ") + show(a.value(QLatin1String("claims")));
        if (partner.at(i) < 0) {
            ++removed;
            details.append(QStringLiteral("group removed: ") + label + QStringLiteral(" (") + a.value(QLatin1String("verdict")).toString() + u')');
            continue;
        }
        kept.insert(partner.at(i));
        const QStringList changes = fieldChanges(a, after.at(partner.at(i)).toObject());
        if (changes.isEmpty())
            continue;
        ++changed;
        details.append(QStringLiteral("group changed: ") + label + QStringLiteral(": ") + changes.join(QStringLiteral("; ")));
    }
    qsizetype added = 0;
    for (qsizetype j = 0; j < after.size(); ++j) {
        if (kept.contains(j))
            continue;
        ++added;
        const QJsonObject b = after.at(j).toObject();
        details.append(QStringLiteral("group added: ") + key(b) + u' ' + show(b.value(QLatin1String("claims"))) + QStringLiteral(" (")
                       + b.value(QLatin1String("verdict")).toString() + u')');
    }
    if (!details.isEmpty()) {
        report.lines.append(countsLine(QStringLiteral("groups"), changed, added, removed, before.size(), after.size()));
        report.lines += details;
    }
    return report;
}

// recoupe-cli tokens (text: "== DOCUMENT", then "OFFSET<tab>KIND<tab>TEXT" a line): the tokens
// each document lost and gained. Offsets are places in the article, so one token more moves no
// other one.
inline Report compareTokens(const QString &reference, const QString &today)
{
    auto byDocument = [](const QString &text) {
        QMap<QString, QStringList> documents;
        QString current;
        for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(QStringLiteral("== ")))
                current = line.mid(3);
            else
                documents[current].append(line);
        }
        return documents;
    };
    const QMap<QString, QStringList> before = byDocument(reference);
    const QMap<QString, QStringList> after = byDocument(today);
    QStringList names = before.keys() + after.keys();
    names.removeDuplicates();
    names.sort();
    Report report;
    QStringList details;
    qsizetype changed = 0;
    for (const QString &name : std::as_const(names)) {
        if (!after.contains(name)) {
            details.append(QStringLiteral("document removed: ") + name);
            continue;
        }
        if (!before.contains(name)) {
            details.append(QStringLiteral("document added: ") + name);
            continue;
        }
        QMap<QString, int> count;
        for (const QString &line : before.value(name))
            --count[line];
        for (const QString &line : after.value(name))
            ++count[line];
        QStringList lines;
        // In the article's order: by offset, the first field.
        QList<std::pair<qsizetype, QString>> ordered;
        for (auto it = count.cbegin(); it != count.cend(); ++it) {
            for (int n = 0; n < std::abs(it.value()); ++n)
                ordered.append({it.key().section(u'\t', 0, 0).toLongLong(), (it.value() < 0 ? QStringLiteral("- ") : QStringLiteral("+ ")) + it.key()});
        }
        std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[offset, line] : ordered)
            lines.append(line);
        if (lines.isEmpty())
            continue;
        ++changed;
        details.append(name + QStringLiteral(":"));
        for (const QString &line : std::as_const(lines))
            details.append(QStringLiteral("  ") + QString(line).replace(u'\t', u' '));
    }
    if (!details.isEmpty()) {
        report.lines.append(QStringLiteral("tokens: %1 of %2 documents differ").arg(changed).arg(names.size()));
        report.lines += details;
    }
    return report;
}

} // namespace GoldenDiff
