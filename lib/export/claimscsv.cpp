#include "export/claimscsv.h"

#include "corpus/documenttexts.h"

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

// Shortest text that reads back as the same double: 6e10 is "60000000000", 1.6 is "1.6".
QString csvNumber(double value)
{
    return QString::number(value, 'g', 15);
}

} // namespace

QStringList claimsCsvHeader()
{
    return {u"id"_s, u"document"_s, u"entity"_s, u"metric"_s, u"period"_s, u"low"_s, u"high"_s, u"currency"_s,
            u"unit"_s, u"qualifier"_s, u"quote"_s, u"sentence"_s, u"start"_s, u"end"_s};
}

QString claimsToCsv(const ClaimList &claims, const QList<Document> &documents)
{
    const DocumentTexts texts(documents);
    QString csv = claimsCsvHeader().join(u',') + u"\r\n"_s;
    for (const Claim &claim : claims) {
        const QString &text = texts.text(claim.document);
        const QStringList fields{claim.id(),
                                 claim.document,
                                 claim.entity,
                                 claim.metric,
                                 claim.period,
                                 csvNumber(claim.low),
                                 csvNumber(claim.high),
                                 claim.currency,
                                 claim.unit,
                                 qualifierName(claim.qualifier),
                                 claim.quote(text),
                                 claim.shownSentence(text),
                                 QString::number(claim.start),
                                 QString::number(claim.end)};
        QStringList escaped;
        escaped.reserve(fields.size());
        for (const QString &field : fields)
            escaped.append(csvField(field));
        csv += escaped.join(u',') + u"\r\n"_s;
    }
    return csv;
}

} // namespace Recoupe
