#include "corrections/correctionapplier.h"

#include <QCoreApplication>
#include <QHash>
#include <QTextBoundaryFinder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Recoupe {

QString AppliedCorrection::statusName(Status status)
{
    switch (status) {
    case Status::Anchored:
        return u"anchored"_s;
    case Status::Moved:
        return u"moved"_s;
    case Status::Orphaned:
        return u"orphaned"_s;
    case Status::NoFigure:
        return u"no_figure"_s;
    }
    return {};
}

QString AppliedCorrection::statusDisplayName(Status status)
{
    switch (status) {
    case Status::Anchored:
        return QCoreApplication::translate("Recoupe::CorrectionApplier", "Anchored");
    case Status::Moved:
        return QCoreApplication::translate("Recoupe::CorrectionApplier", "Moved");
    case Status::Orphaned:
        return QCoreApplication::translate("Recoupe::CorrectionApplier", "Orphaned");
    case Status::NoFigure:
        return QCoreApplication::translate("Recoupe::CorrectionApplier", "No figure there");
    }
    return {};
}

namespace {

// The sentence around [start, end), as Qt's sentence boundaries give it, looked for within a
// window of the text so that the cost does not grow with the article.
std::pair<qsizetype, qsizetype> sentenceAround(const QString &text, qsizetype start, qsizetype end)
{
    constexpr qsizetype window = 2000;
    const qsizetype from = std::max<qsizetype>(0, start - window);
    const qsizetype to = std::min<qsizetype>(text.size(), end + window);
    const QStringView part = QStringView(text).sliced(from, to - from);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, part.data(), int(part.size()));
    finder.setPosition(int(start - from));
    qsizetype sentenceStart = finder.isAtBoundary() ? start : from + std::max<qsizetype>(0, finder.toPreviousBoundary());
    finder.setPosition(int(std::max(end - from, qsizetype(0))));
    qsizetype sentenceEnd = finder.isAtBoundary() ? end : from + (finder.toNextBoundary() < 0 ? part.size() : finder.position());
    // A paragraph break ends a sentence even without a full stop (headlines, list items).
    const qsizetype breakBefore = text.lastIndexOf(u'\n', start - 1 < 0 ? 0 : start - 1);
    if (breakBefore >= sentenceStart && breakBefore < start)
        sentenceStart = breakBefore + 1;
    const qsizetype breakAfter = QStringView(text).sliced(end, sentenceEnd - end).indexOf(u'\n');
    if (breakAfter >= 0)
        sentenceEnd = end + breakAfter;
    while (sentenceEnd > end && text.at(sentenceEnd - 1).isSpace())
        --sentenceEnd;
    while (sentenceStart < start && text.at(sentenceStart).isSpace())
        ++sentenceStart;
    return {sentenceStart, sentenceEnd};
}

} // namespace

Claim CorrectionApplier::addedClaim(const Document &document, const QString &text, qsizetype start, qsizetype end, const ClaimChange &change)
{
    Claim claim;
    claim.document = document.id;
    claim.origin = ClaimOrigin::Added;
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    claim.start = qint32(start);
    claim.end = qint32(end);
    const auto [sentenceStart, sentenceEnd] = sentenceAround(text, start, end);
    claim.sentenceStart = qint32(sentenceStart);
    claim.sentenceEnd = qint32(sentenceEnd);
    change.applyTo(claim);
    if (!change.high)
        claim.high = claim.low;
    return claim;
}

CorrectionApplier::Result CorrectionApplier::apply(const ClaimList &claims, const QList<Document> &documents, const QList<Correction> &corrections)
{
    Result result;
    result.claims = claims;
    if (corrections.isEmpty())
        return result; // shares the parser's list: no copy when nothing is corrected

    QHash<QString, const Document *> documentById;
    for (const Document &document : documents)
        documentById.insert(document.id, &document);

    // Only the articles that hold corrections are decoded and indexed.
    QHash<QString, QList<qsizetype>> correctionsByDocument;
    for (qsizetype i = 0; i < corrections.size(); ++i)
        correctionsByDocument[corrections.at(i).target.documentId].append(i);
    QHash<QString, QList<qsizetype>> claimsByDocument;
    QHash<QString, int> lastNumber;
    for (qsizetype i = 0; i < claims.size(); ++i) {
        const Claim &claim = claims.at(i);
        if (!correctionsByDocument.contains(claim.document))
            continue;
        claimsByDocument[claim.document].append(i);
        lastNumber[claim.document] = std::max(lastNumber.value(claim.document), claim.number);
    }

    result.corrections.resize(corrections.size());
    QList<bool> rejected(claims.size(), false);
    ClaimList added;
    ClaimList &out = result.claims;
    for (auto it = correctionsByDocument.cbegin(); it != correctionsByDocument.cend(); ++it) {
        const Document *document = documentById.value(it.key());
        const QString text = document ? document->text.toString() : QString();
        const std::optional<TextAnchorer> anchorer = document ? std::make_optional<TextAnchorer>(text) : std::nullopt;
        const QList<qsizetype> candidates = claimsByDocument.value(it.key());
        for (const qsizetype index : it.value()) {
            const Correction &correction = corrections.at(index);
            AppliedCorrection &applied = result.corrections[index];
            applied.correction = correction;
            applied.anchor = anchorer ? anchorer->anchor(correction.target) : TextAnchorer::documentMissing();
            if (!applied.anchor.isPlaced()) {
                applied.status = AppliedCorrection::Status::Orphaned;
                continue;
            }
            // A target written by hand without offsets, found by its quote, is where it was meant.
            const bool foundAsWritten = applied.anchor.status == AnchorStatus::Anchored
                || (correction.target.start < 0 && applied.anchor.method == AnchorMethod::Quote);
            const AppliedCorrection::Status placed = foundAsWritten ? AppliedCorrection::Status::Anchored : AppliedCorrection::Status::Moved;
            if (correction.action == Correction::Action::Add) {
                Claim claim = addedClaim(*document, text, applied.anchor.start, applied.anchor.end, correction.change);
                claim.number = ++lastNumber[document->id];
                applied.status = placed;
                applied.claimId = claim.id();
                applied.parsed = claim;
                added.append(claim);
                continue;
            }
            // The parser's claim whose quote overlaps the target most; on a tie, the one that
            // starts nearest to it.
            qsizetype best = -1;
            qsizetype bestOverlap = 0;
            for (const qsizetype candidate : candidates) {
                const Claim &claim = claims.at(candidate);
                const qsizetype overlap = std::min<qsizetype>(claim.end, applied.anchor.end) - std::max<qsizetype>(claim.start, applied.anchor.start);
                if (overlap <= 0 || rejected.at(candidate))
                    continue;
                const auto distance = [&](qsizetype i) { return std::abs(claims.at(i).start - applied.anchor.start); };
                if (overlap > bestOverlap || (overlap == bestOverlap && distance(candidate) < distance(best))) {
                    best = candidate;
                    bestOverlap = overlap;
                }
            }
            if (best < 0) {
                applied.status = AppliedCorrection::Status::NoFigure;
                continue;
            }
            applied.status = placed;
            applied.claimId = claims.at(best).id();
            applied.parsed = claims.at(best);
            if (correction.action == Correction::Action::Reject) {
                rejected[best] = true;
            } else {
                correction.change.applyTo(out[best]);
                out[best].origin = ClaimOrigin::Corrected;
            }
        }
    }
    // A claim set twice reports the parser's reading, not the first correction's.
    for (AppliedCorrection &applied : result.corrections) {
        if (applied.correction.action == Correction::Action::Set && applied.isApplied())
            applied.parsed.origin = ClaimOrigin::Parsed;
    }
    if (added.isEmpty() && std::none_of(rejected.cbegin(), rejected.cend(), [](bool r) { return r; }))
        return result;

    // Rejected claims leave; added ones join their article's claims in reading order.
    QHash<QString, ClaimList> addedByDocument;
    for (const Claim &claim : std::as_const(added))
        addedByDocument[claim.document].append(claim);
    ClaimList merged;
    merged.reserve(out.size() + added.size());
    const auto flushAdded = [&](const QString &documentId) {
        auto it = addedByDocument.find(documentId);
        if (it == addedByDocument.end())
            return;
        const qsizetype from = merged.size();
        merged.append(*it);
        addedByDocument.erase(it);
        // Within the article: back into reading order, the parser's claims staying as they were.
        qsizetype first = from;
        while (first > 0 && merged.at(first - 1).document == documentId)
            --first;
        std::stable_sort(merged.begin() + first, merged.end(), [](const Claim &a, const Claim &b) { return a.start < b.start; });
    };
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (i > 0 && out.at(i - 1).document != out.at(i).document)
            flushAdded(out.at(i - 1).document);
        if (!rejected.at(i))
            merged.append(out.at(i));
    }
    if (!out.isEmpty())
        flushAdded(out.constLast().document);
    // Articles in which the parser found nothing come last, in the folder's order.
    for (const Document &document : documents)
        flushAdded(document.id);
    for (auto it = addedByDocument.cbegin(); it != addedByDocument.cend(); ++it)
        merged.append(it.value());
    out = std::move(merged);
    return result;
}

} // namespace Recoupe
