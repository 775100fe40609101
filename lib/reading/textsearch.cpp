#include "reading/textsearch.h"

#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

// About as much of a line as a results list shows in one row.
constexpr qsizetype contextWidth = 100;
// How far a cut may move to fall between two words rather than inside one.
constexpr qsizetype wordSnap = 15;

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == u'_' || c.isSurrogate();
}

// The visible part [begin, end) of a line of lineLength characters around the hit [hitStart, hitEnd).
struct Window {
    qsizetype begin;
    qsizetype end;
};

Window contextWindow(const QString &line, qsizetype hitStart, qsizetype hitEnd)
{
    qsizetype first = 0;
    qsizetype last = line.size();
    while (first < hitStart && line.at(first).isSpace())
        ++first;
    while (last > hitEnd && line.at(last - 1).isSpace())
        --last;
    if (last - first <= contextWidth)
        return {first, last};

    const qsizetype width = qMax(contextWidth, hitEnd - hitStart);
    const qsizetype margin = (width - (hitEnd - hitStart)) / 2;
    qsizetype begin = qMax(first, hitStart - margin);
    qsizetype end = qMin(last, begin + width);
    begin = qMax(first, qMin(begin, end - width));

    // Cut between words where one is near, never inside the hit.
    if (begin > first) {
        for (qsizetype i = begin; i < qMin(hitStart, begin + wordSnap); ++i) {
            if (line.at(i).isSpace()) {
                begin = i + 1;
                break;
            }
        }
        if (line.at(begin).isLowSurrogate())
            ++begin;
    }
    if (end < last) {
        for (qsizetype i = end; i > qMax(hitEnd, end - wordSnap); --i) {
            if (line.at(i - 1).isSpace()) {
                end = i - 1;
                break;
            }
        }
        if (end > 0 && line.at(end - 1).isHighSurrogate())
            --end;
    }
    while (begin < hitStart && line.at(begin).isSpace())
        ++begin;
    while (end > hitEnd && line.at(end - 1).isSpace())
        --end;
    return {begin, end};
}

struct LineBounds {
    qsizetype start;
    qsizetype end;
};

LineBounds lineAround(const QString &text, qsizetype offset)
{
    const qsizetype start = offset == 0 ? 0 : text.lastIndexOf(u'\n', offset - 1) + 1;
    const qsizetype end = text.indexOf(u'\n', offset);
    return {start, end < 0 ? text.size() : end};
}

// lineText: text[bounds.start, bounds.end), passed in so that the hits of one line share it.
TextSearchHit describeHit(const QString &documentId, qsizetype start, qsizetype end, int line, LineBounds bounds,
                          const QString &lineText)
{
    TextSearchHit hit;
    hit.documentId = documentId;
    hit.start = start;
    hit.end = end;
    hit.line = line;
    hit.lineText = lineText;
    const qsizetype hitStart = start - bounds.start;
    const qsizetype hitEnd = qMin(end, bounds.end) - bounds.start; // a needle may hold a '\n'
    const Window window = contextWindow(lineText, hitStart, hitEnd);
    const bool cutBefore = window.begin > 0 && !QStringView(lineText).first(window.begin).trimmed().isEmpty();
    const bool cutAfter = window.end < lineText.size() && !QStringView(lineText).sliced(window.end).trimmed().isEmpty();
    hit.context = (cutBefore ? u"…"_s : QString()) + QStringView(lineText).sliced(window.begin, window.end - window.begin)
        + (cutAfter ? u"…"_s : QString());
    hit.contextStart = hitStart - window.begin + (cutBefore ? 1 : 0);
    hit.contextLength = hitEnd - hitStart;
    return hit;
}

} // namespace

TextSearch::TextSearch(const QString &needle, int sensitivity, bool wholeWords)
    : m_needle(needle)
    , m_foldedNeedle(FoldedText::fold(needle, sensitivity))
    , m_sensitivity(sensitivity)
    , m_wholeWords(wholeWords)
{
}

bool TextSearch::isValid() const
{
    // Folded, so that a needle of no-break spaces is as empty as one of spaces.
    return !m_foldedNeedle.trimmed().isEmpty();
}

QList<TextSearch::Range> TextSearch::findRanges(const QString &text) const
{
    QList<Range> ranges;
    if (!isValid() || text.isEmpty())
        return ranges;
    const FoldedText folded(text, m_sensitivity);
    const QString &haystack = folded.folded();
    const qsizetype length = m_foldedNeedle.size();
    // Whole words are judged on the needle's own ends: "l'an" as a whole word still has a word
    // boundary inside it, and a needle ending in a space or a "%" needs none after it.
    const bool needsBoundaryBefore = isWordCharacter(m_foldedNeedle.front());
    const bool needsBoundaryAfter = isWordCharacter(m_foldedNeedle.back());
    qsizetype from = 0;
    while (true) {
        const qsizetype at = haystack.indexOf(m_foldedNeedle, from, Qt::CaseSensitive);
        if (at < 0)
            break;
        if (m_wholeWords) {
            const bool boundaryBefore = !needsBoundaryBefore || at == 0 || !isWordCharacter(haystack.at(at - 1));
            const bool boundaryAfter = !needsBoundaryAfter || at + length == haystack.size()
                || !isWordCharacter(haystack.at(at + length));
            if (!boundaryBefore || !boundaryAfter) {
                from = at + 1;
                continue;
            }
        }
        const qsizetype start = folded.originalStart(at);
        const qsizetype end = folded.originalEnd(at + length);
        // Two needles folded from one original character ("s" of "ss" from "ß") map to the
        // same original range: keep one.
        if (ranges.isEmpty() || ranges.constLast().end <= start)
            ranges.append({start, end});
        from = at + length;
    }
    return ranges;
}

QList<TextSearchHit> TextSearch::findAll(const QString &documentId, const QString &text) const
{
    const QList<Range> ranges = findRanges(text);
    QList<TextSearchHit> hits;
    hits.reserve(ranges.size());
    int line = 1;
    qsizetype counted = 0; // the newlines before this offset are counted in `line`
    LineBounds bounds{-1, -1};
    QString lineText;
    for (const Range &range : ranges) {
        line += int(QStringView(text).sliced(counted, range.start - counted).count(u'\n'));
        counted = range.start;
        if (range.start >= bounds.end) {
            bounds = lineAround(text, range.start);
            lineText = text.mid(bounds.start, bounds.end - bounds.start);
        }
        hits.append(describeHit(documentId, range.start, range.end, line, bounds, lineText));
    }
    return hits;
}

QList<TextSearchHit> TextSearch::findInDocuments(const QList<Document> &documents, qsizetype maxHits) const
{
    if (!isValid())
        return {};
    const QList<QList<TextSearchHit>> perDocument = QtConcurrent::blockingMapped<QList<QList<TextSearchHit>>>(
        documents, [this](const Document &document) { return findAll(document.id, document.text.toString()); });
    QList<TextSearchHit> hits;
    for (const QList<TextSearchHit> &documentHits : perDocument) {
        for (const TextSearchHit &hit : documentHits) {
            if (maxHits > 0 && hits.size() >= maxHits)
                return hits;
            hits.append(hit);
        }
    }
    return hits;
}

TextSearchHit TextSearch::findNext(const QString &documentId, const QString &text, qsizetype from, bool backwards) const
{
    const QList<Range> ranges = findRanges(text);
    if (ranges.isEmpty()) {
        TextSearchHit none;
        none.documentId = documentId;
        none.start = -1;
        none.end = -1;
        return none;
    }
    qsizetype chosen = backwards ? ranges.size() - 1 : 0; // wrapped, unless a better one is found
    if (backwards) {
        for (qsizetype i = ranges.size() - 1; i >= 0; --i) {
            if (ranges.at(i).start < from) {
                chosen = i;
                break;
            }
        }
    } else {
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            if (ranges.at(i).start >= from) {
                chosen = i;
                break;
            }
        }
    }
    const Range range = ranges.at(chosen);
    const LineBounds bounds = lineAround(text, range.start);
    const int line = int(QStringView(text).first(range.start).count(u'\n')) + 1;
    return describeHit(documentId, range.start, range.end, line, bounds, text.mid(bounds.start, bounds.end - bounds.start));
}

} // namespace Recoupe
