#pragma once

#include "claims/claim.h"
#include "corpus/document.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// The claims of a recoupe-gold-1 file (the reference annotations of /work/shared/corpus/seeds-fr)
// as Claim values with ids "<file>#<n>", n counting from 1 in the file's order, and the documents
// with their dates: what the claim parser is expected to produce.
struct GoldCorpus {
    QList<Recoupe::Document> documents;
    Recoupe::ClaimList claims;
    QHash<QString, QString> quotes; // claim id -> quote (the gold has no reading texts)
    QJsonArray discrepancies;
    QString error;
};

inline GoldCorpus readGold(const QString &path)
{
    using namespace Qt::StringLiterals;
    GoldCorpus gold;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        gold.error = file.errorString();
        return gold;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject documents = root.value("documents"_L1).toObject();
    for (auto it = documents.constBegin(); it != documents.constEnd(); ++it) {
        const QJsonObject document = it.value().toObject();
        Recoupe::Document doc;
        doc.id = doc.path = it.key();
        doc.date = document.value("date"_L1).toString();
        doc.language = document.value("language"_L1).toString();
        gold.documents.append(doc);
        const QJsonArray claims = document.value("claims"_L1).toArray();
        for (qsizetype n = 0; n < claims.size(); ++n) {
            const QJsonObject c = claims.at(n).toObject();
            Recoupe::Claim claim;
            claim.number = int(n + 1);
            claim.document = it.key();
            claim.entity = c.value("entity"_L1).toString();
            claim.metric = c.value("metric"_L1).toString();
            claim.period = c.value("period"_L1).toString();
            claim.low = c.value("low"_L1).toDouble();
            claim.high = c.value("high"_L1).toDouble();
            claim.currency = c.value("currency"_L1).toString();
            claim.unit = c.value("unit"_L1).toString();
            claim.qualifier = Recoupe::qualifierFromName(c.value("qualifier"_L1).toString());
            const QString quote = c.value("quote"_L1).toString();
            claim.start = n * 100; // reading order
            claim.end = claim.start + quote.size();
            gold.quotes.insert(claim.id(), quote);
            gold.claims.append(claim);
        }
    }
    gold.discrepancies = root.value("discrepancies"_L1).toArray();
    return gold;
}
