#pragma once

#include "claims/claim.h"
#include "corpus/document.h"

#include <QHash>
#include <QList>

#include <QString>
#include <QStringList>
#include <QTest>

namespace Recoupe {

// A document for a parser test: one text written for the test, its language and date.
inline Document makeDocument(const QString &text, const QString &language, const QString &date,
                             const QString &id = QStringLiteral("t.txt"))
{
    Document document;
    document.id = id;
    document.path = id;
    document.text = text;
    document.language = language;
    document.date = date;
    return document;
}

// Lets QCOMPARE print two claims that differ (found by argument-dependent lookup).
inline char *toString(const Claim &claim)
{
    const QString text = QStringLiteral("Claim(%1 %2 entity=%3 metric=%4 period=%5 low=%6 high=%7 currency=%8 unit=%9 "
                                        "qualifier=%10 at %11-%12 in sentence %13-%14)")
                             .arg(claim.id(), claim.document, claim.entity, claim.metric, claim.period)
                             .arg(claim.low, 0, 'g', 15)
                             .arg(claim.high, 0, 'g', 15)
                             .arg(claim.currency, claim.unit, qualifierName(claim.qualifier))
                             .arg(claim.start)
                             .arg(claim.end)
                             .arg(claim.sentenceStart)
                             .arg(claim.sentenceEnd);
    return QTest::toString(text);
}

// "Entity|metric|period|low|high|currency-or-unit|qualifier|quote", "-" for empty: one claim
// on one line of a _data() row.
inline QString describeClaim(const Claim &claim, const QString &quote)
{
    auto orDash = [](const QString &s) { return s.isEmpty() ? QStringLiteral("-") : s; };
    return QStringList{orDash(claim.entity),
                       claim.metric,
                       orDash(claim.period),
                       QString::number(claim.low, 'g', 15),
                       QString::number(claim.high, 'g', 15),
                       orDash(claim.isMoney() ? claim.currency : claim.unit),
                       qualifierName(claim.qualifier),
                       quote}
        .join(QLatin1Char('|'));
}

// The claims of one document whose reading text is text.
inline QString describeClaims(const ClaimList &claims, const QString &text)
{
    QStringList lines;
    for (const Claim &claim : claims)
        lines.append(describeClaim(claim, claim.quote(text)));
    return lines.join(QStringLiteral(" ; "));
}

// For claims built by hand: gives each document a reading text made of its claims' sentences,
// one after the other, and points each claim's quote and sentence at their place in it.
// sentenceOf(claim) holds quoteOf(claim). A claim whose document is not in documents gets its
// offsets all the same, in a text that nobody holds.
template<typename QuoteOf, typename SentenceOf>
void writeClaimTexts(QList<Document> &documents, ClaimList &claims, QuoteOf quoteOf, SentenceOf sentenceOf)
{
    QHash<QString, QString> texts;
    for (Claim &claim : claims) {
        QString &text = texts[claim.document];
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        const QString quote = quoteOf(claim);
        const QString sentence = sentenceOf(claim);
        claim.sentenceStart = text.size();
        claim.sentenceEnd = claim.sentenceStart + sentence.size();
        claim.start = claim.sentenceStart + sentence.indexOf(quote);
        claim.end = claim.start + quote.size();
        text += sentence;
    }
    for (Document &document : documents) {
        if (texts.contains(document.id))
            document.text = texts.value(document.id);
    }
}

} // namespace Recoupe
