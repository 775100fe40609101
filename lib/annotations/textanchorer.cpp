#include "annotations/textanchorer.h"

#include "annotations/approximatematcher.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>
#include <vector>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

// Shorter quotes ("12 %", "2025") occur by chance elsewhere in a text: they are only moved to a
// place whose context (prefix or suffix) still looks like the stored one.
constexpr qsizetype shortQuoteLength = 24;
// The approximate search accepts at most this share of the quote changed.
constexpr double maxChangedShare = 0.25;
// A context counts as the same when at most half of it changed.
constexpr double contextThreshold = 0.5;

// Characters that typography changes without changing the meaning: spaces of every width, dashes,
// quotation marks, apostrophes, and separators of digits ("12 500", "12,500" and "12.500" then read
// alike). Percent and per-mille signs carry meaning and are kept, as are currency symbols.
bool isNoise(QChar c)
{
    if (c.isSpace())
        return true;
    return c.isPunct() && c != u'%' && c != u'‰';
}

QChar fold(QChar c)
{
    if (c.decompositionTag() == QChar::Canonical) {
        const QString decomposition = c.decomposition();
        if (!decomposition.isEmpty())
            c = decomposition.at(0);
    }
    return c.toCaseFolded();
}

QString normalise(QStringView text, std::vector<qsizetype> *origin = nullptr)
{
    QString result;
    result.reserve(text.size());
    if (origin)
        origin->reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isNoise(text[i]))
            continue;
        result.append(fold(text[i]));
        if (origin)
            origin->push_back(i);
    }
    return result;
}

// How a candidate place compares with what the target remembers.
struct Candidate {
    qsizetype start = 0;
    qsizetype end = 0;
    int errors = 0;
    double score = 0;
    bool contextSupported = false;
};

class CandidateScorer
{
public:
    // Only the context nearest the quote is compared: an edit distance costs the product of the
    // two lengths, and a prefix of 100,000 characters (a hostile file) took minutes.
    static constexpr qsizetype longestContext = 128;

    CandidateScorer(QStringView text, QStringView quote, QStringView prefix, QStringView suffix, qsizetype hint)
        : m_text(text)
        , m_quoteLength(quote.size())
        , m_prefix(prefix.size() > longestContext ? prefix.last(longestContext) : prefix)
        , m_suffix(suffix.size() > longestContext ? suffix.first(longestContext) : suffix)
        , m_hint(hint)
    {
    }

    // Weights as in Hypothesis' text-quote anchoring: the quote matters most, then its context,
    // and nearness to the old place breaks ties.
    Candidate score(qsizetype start, qsizetype end, int errors) const
    {
        Candidate candidate{start, end, errors, 0, false};
        const double quoteScore = m_quoteLength > 0 ? 1.0 - double(errors) / double(m_quoteLength) : 1.0;
        double prefixScore = 1.0;
        if (!m_prefix.isEmpty()) {
            const qsizetype from = std::max<qsizetype>(0, start - m_prefix.size());
            prefixScore = 1.0 - double(ApproximateMatcher::editDistance(m_prefix, m_text.sliced(from, start - from))) / double(m_prefix.size());
        }
        double suffixScore = 1.0;
        if (!m_suffix.isEmpty()) {
            const qsizetype length = std::min<qsizetype>(m_suffix.size(), m_text.size() - end);
            suffixScore = 1.0 - double(ApproximateMatcher::editDistance(m_suffix, m_text.sliced(end, length))) / double(m_suffix.size());
        }
        double positionScore = 1.0;
        if (m_hint >= 0 && !m_text.isEmpty())
            positionScore = 1.0 - double(std::abs(start - m_hint)) / double(m_text.size());
        candidate.score = 50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore;
        candidate.contextSupported = (m_prefix.isEmpty() && m_suffix.isEmpty())
            || (!m_prefix.isEmpty() && prefixScore >= contextThreshold)
            || (!m_suffix.isEmpty() && suffixScore >= contextThreshold);
        return candidate;
    }

    bool acceptable(const Candidate &candidate) const
    {
        return m_quoteLength >= shortQuoteLength || candidate.contextSupported;
    }

private:
    QStringView m_text;
    qsizetype m_quoteLength;
    QStringView m_prefix;
    QStringView m_suffix;
    qsizetype m_hint;
};

constexpr qsizetype maxExactOccurrences = 1000;

// The best acceptable exact occurrence of quote in text, if any (start < 0 otherwise).
Candidate bestExactOccurrence(QStringView text, QStringView quote, const CandidateScorer &scorer)
{
    Candidate best;
    best.start = -1;
    qsizetype count = 0;
    for (qsizetype at = text.indexOf(quote); at >= 0 && count < maxExactOccurrences; at = text.indexOf(quote, at + 1), ++count) {
        const Candidate candidate = scorer.score(at, at + quote.size(), 0);
        if (scorer.acceptable(candidate) && (best.start < 0 || candidate.score > best.score))
            best = candidate;
    }
    return best;
}

} // namespace

struct TextAnchorer::Normalised {
    QString text;
    std::vector<qsizetype> origin; // index in the reading text of each normalised character

    qsizetype normalisedIndex(qsizetype originalIndex) const
    {
        return std::lower_bound(origin.begin(), origin.end(), originalIndex) - origin.begin();
    }
};

QString AnchorResult::statusName(AnchorStatus status)
{
    switch (status) {
    case AnchorStatus::Anchored:
        return u"anchored"_s;
    case AnchorStatus::Moved:
        return u"moved"_s;
    case AnchorStatus::Orphaned:
        return u"orphaned"_s;
    }
    return {};
}

QString AnchorResult::statusDisplayName(AnchorStatus status)
{
    switch (status) {
    case AnchorStatus::Anchored:
        return QCoreApplication::translate("Recoupe::AnchorResult", "Anchored");
    case AnchorStatus::Moved:
        return QCoreApplication::translate("Recoupe::AnchorResult", "Moved");
    case AnchorStatus::Orphaned:
        return QCoreApplication::translate("Recoupe::AnchorResult", "Orphaned");
    }
    return {};
}

QString AnchorResult::methodName(AnchorMethod method)
{
    switch (method) {
    case AnchorMethod::None:
        return u"none"_s;
    case AnchorMethod::Position:
        return u"position"_s;
    case AnchorMethod::Quote:
        return u"quote"_s;
    case AnchorMethod::NormalisedQuote:
        return u"normalised_quote"_s;
    case AnchorMethod::ApproximateQuote:
        return u"approximate_quote"_s;
    }
    return {};
}

TextAnchorer::TextAnchorer(const QString &text)
    : m_text(text)
{
}

TextAnchorer::~TextAnchorer() = default;

const TextAnchorer::Normalised &TextAnchorer::normalised() const
{
    if (!m_normalised) {
        m_normalised = std::make_unique<Normalised>();
        m_normalised->text = normalise(m_text, &m_normalised->origin);
    }
    return *m_normalised;
}

AnchorResult TextAnchorer::anchor(const AnnotationTarget &target, const QString &text)
{
    return TextAnchorer(text).anchor(target);
}

AnchorResult TextAnchorer::documentMissing()
{
    AnchorResult result;
    result.documentMissing = true;
    return result;
}

AnchorResult TextAnchorer::anchor(const AnnotationTarget &target) const
{
    AnchorResult result;
    if (!target.hasPassage()) {
        result.status = target.hasUnreadablePassage() ? AnchorStatus::Orphaned : AnchorStatus::Anchored;
        return result;
    }
    const QStringView text(m_text);
    const bool positionValid = target.start >= 0 && target.end >= target.start && target.end <= text.size();

    // 1. By position.
    if (positionValid) {
        bool same = false;
        if (!target.exact.isEmpty()) {
            same = text.sliced(target.start, target.end - target.start) == target.exact;
        } else {
            // A target with offsets and no quote (another tool's) can only be trusted on the
            // very text it was made for.
            if (m_hash.isEmpty())
                m_hash = readingTextHash(m_text);
            same = !target.textHash.isEmpty() && target.textHash == m_hash;
        }
        if (same) {
            result.status = AnchorStatus::Anchored;
            result.method = AnchorMethod::Position;
            result.start = target.start;
            result.end = target.end;
            return result;
        }
    }
    if (target.exact.isEmpty())
        return result;

    const qsizetype hint = target.start >= 0 ? target.start : -1;

    // 2. By the quote, as written.
    {
        const CandidateScorer scorer(text, target.exact, target.prefix, target.suffix, hint);
        const Candidate best = bestExactOccurrence(text, target.exact, scorer);
        if (best.start >= 0) {
            // A target with no position (tools that give only the quote, annotations written by
            // hand) had no old place to move from: its quote, as written, is where it was.
            result.status = target.start >= 0 ? AnchorStatus::Moved : AnchorStatus::Anchored;
            result.method = AnchorMethod::Quote;
            result.start = best.start;
            result.end = best.end;
            return result;
        }
    }

    // 3 and 4 compare normalised texts, then map the place found back to the reading text.
    const Normalised &normalisedText = normalised();
    const QString quote = normalise(target.exact);
    if (quote.isEmpty() || normalisedText.text.isEmpty())
        return result;
    const QString prefix = normalise(target.prefix);
    const QString suffix = normalise(target.suffix);
    const qsizetype normalisedHint = hint >= 0 ? normalisedText.normalisedIndex(hint) : -1;
    const CandidateScorer scorer(normalisedText.text, quote, prefix, suffix, normalisedHint);

    Candidate best = bestExactOccurrence(normalisedText.text, quote, scorer);
    AnchorMethod method = AnchorMethod::NormalisedQuote;
    if (best.start < 0) {
        const int maxErrors = int(double(quote.size()) * maxChangedShare);
        // A quote longer than any passage one annotates is found as written or not at all: the
        // approximate search costs its length times the text's.
        constexpr qsizetype longestApproximateQuote = 2000;
        if (maxErrors > 0 && quote.size() <= longestApproximateQuote) {
            const QList<ApproximateMatch> matches = ApproximateMatcher::search(normalisedText.text, quote, maxErrors);
            for (const ApproximateMatch &match : matches) {
                if (match.end <= match.start)
                    continue;
                const Candidate candidate = scorer.score(match.start, match.end, match.errors);
                if (candidate.contextSupported && (best.start < 0 || candidate.score > best.score))
                    best = candidate;
            }
            method = AnchorMethod::ApproximateQuote;
        }
    }
    if (best.start < 0)
        return result;

    qsizetype start = normalisedText.origin[best.start];
    qsizetype end = normalisedText.origin[best.end - 1] + 1;
    // The quote may begin or end with punctuation that the comparison set aside (a quotation
    // mark, a full stop): take it back when the text has it there too.
    qsizetype leadingNoise = 0;
    while (leadingNoise < target.exact.size() && isNoise(target.exact[leadingNoise]))
        ++leadingNoise;
    for (qsizetype i = 0; i < leadingNoise && start > 0 && isNoise(text[start - 1]) && !text[start - 1].isSpace(); ++i)
        --start;
    qsizetype trailingNoise = 0;
    while (trailingNoise < target.exact.size() && isNoise(target.exact[target.exact.size() - 1 - trailingNoise]))
        ++trailingNoise;
    for (qsizetype i = 0; i < trailingNoise && end < text.size() && isNoise(text[end]) && !text[end].isSpace(); ++i)
        ++end;

    result.status = AnchorStatus::Moved;
    result.method = method;
    result.start = start;
    result.end = end;
    result.errors = best.errors;
    return result;
}

} // namespace Recoupe
