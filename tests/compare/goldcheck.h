#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <algorithm>

// Checks reported claim groups against the "discrepancies" of a recoupe-gold-1 file: every
// disagreement listed there is reported with the right kind, on claims found by their documents
// and quotes, and nothing else is reported as a discrepancy. Shared by the engine-level and the
// CLI-level acceptance tests.
//
// The gold file predates the rule that a claim without a period is never evidence of a
// disagreement (README, "Comparisons"): a listed disagreement is expected only when at least two
// of its documents state one of its quotes with a period. The others (a swap between figures
// that no article dates, a share move without a date) are returned apart, as retired.
namespace GoldCheck {

struct Reason {
    QString kind;
    QStringList claims;
};

struct Group {
    QString key;        // for messages
    QString verdict;
    QList<Reason> reasons;
};

struct ClaimSource {
    QString document;   // file name, as gold.json names documents
    QString quote;
    QString period = {}; // empty when the claim states none
};

inline QString normalizedQuote(QString quote)
{
    using namespace Qt::StringLiterals;
    quote.replace(u'\u2019', u'\'').replace(u'\u00A0', u' ').replace(u'\u202F', u' ');
    static const QRegularExpression spaces(u"\\s+"_s);
    return quote.replace(spaces, u" "_s).trimmed().toCaseFolded();
}

inline bool quotesMatch(const QString &reported, const QString &expected)
{
    const QString a = normalizedQuote(reported);
    const QString b = normalizedQuote(expected);
    return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
}

// Does one of the reason's claims come from `document` with one of `quotes`?
inline bool reasonCites(const Reason &reason, const QHash<QString, ClaimSource> &claims, const QString &document,
                        const QJsonArray &quotes)
{
    for (const QString &id : reason.claims) {
        const ClaimSource source = claims.value(id);
        if (source.document != document)
            continue;
        for (const QJsonValue &quote : quotes) {
            if (quotesMatch(source.quote, quote.toString()))
                return true;
        }
    }
    return false;
}

// How many of the entry's documents state one of its quotes in a claim with a period.
inline int datedSides(const QJsonObject &quotes, const QHash<QString, ClaimSource> &claims)
{
    int sides = 0;
    for (auto it = quotes.constBegin(); it != quotes.constEnd(); ++it) {
        const QJsonArray expected = it.value().toArray();
        const bool dated = std::any_of(claims.cbegin(), claims.cend(), [&](const ClaimSource &source) {
            return source.document == it.key() && !source.period.isEmpty()
                && std::any_of(expected.cbegin(), expected.cend(), [&](const QJsonValue &quote) { return quotesMatch(source.quote, quote.toString()); });
        });
        sides += dated ? 1 : 0;
    }
    return sides;
}

// Empty when the groups report exactly the gold discrepancies; otherwise one line per problem.
// retired, when given, receives the "about" of the entries that the no-period rule retires.
inline QStringList check(const QList<Group> &groups, const QHash<QString, ClaimSource> &claims, const QJsonArray &discrepancies,
                         QStringList *retired = nullptr)
{
    using namespace Qt::StringLiterals;
    QStringList problems;
    for (const QJsonValue &value : discrepancies) {
        const QJsonObject expected = value.toObject();
        const QString kind = expected.value("kind"_L1).toString();
        const QJsonObject quotes = expected.value("quotes"_L1).toObject();
        if (datedSides(quotes, claims) < 2) {
            if (retired)
                retired->append(expected.value("about"_L1).toString());
            continue;
        }
        bool found = false;
        for (const Group &group : groups) {
            for (const Reason &reason : group.reasons) {
                if (reason.kind != kind)
                    continue;
                bool all = true;
                for (auto it = quotes.constBegin(); it != quotes.constEnd() && all; ++it)
                    all = reasonCites(reason, claims, it.key(), it.value().toArray());
                found = found || all;
            }
        }
        if (!found)
            problems.append(u"not reported: %1 (%2)"_s.arg(expected.value("about"_L1).toString(), kind));
    }
    for (const Group &group : groups) {
        for (const Reason &reason : group.reasons) {
            if (reason.kind == "revision"_L1)
                continue;
            bool listed = false;
            for (const QJsonValue &value : discrepancies) {
                const QJsonObject expected = value.toObject();
                if (expected.value("kind"_L1).toString() != reason.kind)
                    continue;
                const QJsonObject quotes = expected.value("quotes"_L1).toObject();
                for (auto it = quotes.constBegin(); it != quotes.constEnd() && !listed; ++it)
                    listed = reasonCites(reason, claims, it.key(), it.value().toArray());
            }
            if (!listed)
                problems.append(u"flagged but agreeing in gold.json: %1 %2 on %3"_s.arg(group.key, reason.kind, reason.claims.join(u", "_s)));
        }
        if (group.verdict == "discrepancy"_L1 && group.reasons.isEmpty())
            problems.append(u"discrepancy without a reason: %1"_s.arg(group.key));
    }
    return problems;
}

} // namespace GoldCheck
