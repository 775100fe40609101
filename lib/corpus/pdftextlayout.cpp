#include "corpus/pdftextlayout.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Recoupe {

namespace {

using namespace Qt::StringLiterals;

// Running headers and footers live in the page's margins: lines whose middle is in the top or
// bottom eighth. Body lines there are kept unless they repeat or are a page number.
constexpr double marginBand = 0.12;
// How far (points) a running header may move from one page to the next and still be the same.
constexpr double repeatTolerance = 4.0;

struct PlacedLine {
    const PdfTextLayout::Line *line = nullptr;
    int page = 0;
    int segment = 0;     // bands between lines that cross the page's columns
    int column = 0;
    bool spanning = false;
    // The left and right edges of the column (or, for a spanning line, the text area) it is in.
    double left = 0;
    double right = 0;
};

// The lower median: of two steps between lines, one within a paragraph and one across a
// paragraph break, the first is the typical one.
double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    const auto middle = values.begin() + (values.size() - 1) / 2;
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

bool isDash(QChar c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2013' || c == u'\u2014';
}

// "3", "- 3 -", "Page 3", "p. 3", "3/5", "3 of 5", "Page 3 sur 5": what a page number looks like.
bool isPageNumber(QStringView text)
{
    QStringView rest = text.trimmed();
    while (!rest.isEmpty() && isDash(rest.front()))
        rest = rest.sliced(1).trimmed();
    while (!rest.isEmpty() && isDash(rest.back()))
        rest = rest.chopped(1).trimmed();
    for (QStringView prefix : {u"page", u"pages", u"pg.", u"p.", u"seite", u"pagina"}) {
        if (rest.size() > prefix.size() && rest.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0
            && !rest[prefix.size()].isLetter()) {
            rest = rest.sliced(prefix.size()).trimmed();
            break;
        }
    }
    const auto takeNumber = [&rest]() {
        qsizetype digits = 0;
        while (digits < rest.size() && rest[digits].isDigit())
            ++digits;
        if (digits == 0 || digits > 4)
            return false;
        rest = rest.sliced(digits).trimmed();
        return true;
    };
    if (!takeNumber())
        return false;
    if (rest.isEmpty())
        return true;
    for (QStringView of : {u"/", u"of", u"sur", u"de", u"von"}) {
        if (rest.startsWith(of, Qt::CaseInsensitive)) {
            rest = rest.sliced(of.size()).trimmed();
            return takeNumber() && rest.isEmpty();
        }
    }
    return false;
}

// Lines that say the same but for their numbers ("Page 2 of 5", a printing date) match.
QString repeatKey(QStringView text)
{
    QString key;
    key.reserve(text.size());
    bool space = false;
    for (QChar c : text) {
        if (c.isSpace()) {
            space = !key.isEmpty();
            continue;
        }
        if (space)
            key.append(u' ');
        space = false;
        key.append(c.isDigit() ? u'#' : c.toLower());
    }
    return key;
}

bool inTopMargin(const PdfTextLayout::Line &line, const QSizeF &size)
{
    return line.box.center().y() < size.height() * marginBand;
}

bool inBottomMargin(const PdfTextLayout::Line &line, const QSizeF &size)
{
    return line.box.center().y() > size.height() * (1 - marginBand);
}

// Which lines of every page are running headers, footers or page numbers.
QList<QList<bool>> furnitureLines(const QList<PdfTextLayout::Page> &pages)
{
    QList<QList<bool>> dropped;
    dropped.reserve(pages.size());
    struct Occurrence {
        int page;
        double y;
    };
    QHash<QString, QList<Occurrence>> marginLines;
    for (int p = 0; p < pages.size(); ++p) {
        const PdfTextLayout::Page &page = pages[p];
        dropped.append(QList<bool>(page.lines.size(), false));
        for (const PdfTextLayout::Line &line : page.lines) {
            if (inTopMargin(line, page.size) || inBottomMargin(line, page.size))
                marginLines[repeatKey(line.text)].append({p, line.box.top()});
        }
    }
    // A header may skip the first page, which has the masthead instead: half the pages will do.
    const int required = std::max<int>(2, (int(pages.size()) + 1) / 2);
    for (int p = 0; p < pages.size(); ++p) {
        const PdfTextLayout::Page &page = pages[p];
        for (int i = 0; i < page.lines.size(); ++i) {
            const PdfTextLayout::Line &line = page.lines[i];
            if (!inTopMargin(line, page.size) && !inBottomMargin(line, page.size))
                continue;
            const QList<Occurrence> &same = marginLines[repeatKey(line.text)];
            QSet<int> pagesWithIt;
            for (const Occurrence &other : same) {
                if (std::abs(other.y - line.box.top()) <= repeatTolerance)
                    pagesWithIt.insert(other.page);
            }
            if (pagesWithIt.size() >= required)
                dropped[p][i] = true;
        }
        // Page numbers, at the very top or bottom once the running lines are gone.
        QList<int> byTop;
        for (int i = 0; i < page.lines.size(); ++i) {
            if (!dropped[p][i])
                byTop.append(i);
        }
        std::sort(byTop.begin(), byTop.end(), [&page](int a, int b) { return page.lines[a].box.top() < page.lines[b].box.top(); });
        for (int i : std::as_const(byTop)) {
            if (!inTopMargin(page.lines[i], page.size) || !isPageNumber(page.lines[i].text))
                break;
            dropped[p][i] = true;
        }
        for (auto it = byTop.crbegin(); it != byTop.crend(); ++it) {
            if (!inBottomMargin(page.lines[*it], page.size) || !isPageNumber(page.lines[*it].text))
                break;
            dropped[p][*it] = true;
        }
    }
    return dropped;
}

struct Gutter {
    double from;
    double to;
};

// The gaps between columns: vertical strips that no column-wide line crosses, with columns on
// both sides that stand side by side (a short line on the left and a centred one lower down are
// not two columns), and fewer full-width lines across them than lines in either column.
QList<Gutter> findGutters(const QList<const PdfTextLayout::Line *> &lines, double minimumGap)
{
    if (lines.size() < 4)
        return {};
    double left = lines.front()->box.left();
    double right = lines.front()->box.right();
    for (const PdfTextLayout::Line *line : lines) {
        left = std::min(left, line->box.left());
        right = std::max(right, line->box.right());
    }
    const double width = right - left;
    if (width <= 0)
        return {};
    QList<const PdfTextLayout::Line *> narrow;
    for (const PdfTextLayout::Line *line : lines) {
        if (line->box.width() <= 0.62 * width)
            narrow.append(line);
    }
    // Coverage of the text area by the narrow lines, point by point.
    const int bins = int(std::ceil(width)) + 1;
    QList<int> coverage(bins + 1, 0);
    for (const PdfTextLayout::Line *line : std::as_const(narrow)) {
        const int from = std::clamp(int(std::floor(line->box.left() - left)), 0, bins);
        const int to = std::clamp(int(std::ceil(line->box.right() - left)), 0, bins);
        coverage[from] += 1;
        coverage[to] -= 1;
    }
    QList<Gutter> gutters;
    int running = 0;
    int gapStart = -1;
    for (int x = 0; x < bins; ++x) {
        running += coverage[x];
        if (running == 0 && gapStart < 0)
            gapStart = x;
        if (running != 0 && gapStart >= 0) {
            if (gapStart > 0 && x - gapStart >= minimumGap)
                gutters.append({left + gapStart, left + x});
            gapStart = -1;
        }
    }
    QList<Gutter> columnGaps;
    for (const Gutter &gutter : std::as_const(gutters)) {
        double leftTop = 1e9, leftBottom = -1e9, rightTop = 1e9, rightBottom = -1e9;
        int leftCount = 0, rightCount = 0, across = 0;
        for (const PdfTextLayout::Line *line : lines) {
            const QRectF &box = line->box;
            if (box.right() <= gutter.from) {
                ++leftCount;
                leftTop = std::min(leftTop, box.top());
                leftBottom = std::max(leftBottom, box.bottom());
            } else if (box.left() >= gutter.to) {
                ++rightCount;
                rightTop = std::min(rightTop, box.top());
                rightBottom = std::max(rightBottom, box.bottom());
            } else {
                ++across;
            }
        }
        const bool sideBySide = std::max(leftTop, rightTop) < std::min(leftBottom, rightBottom);
        if (leftCount >= 2 && rightCount >= 2 && sideBySide && across < std::min(leftCount, rightCount))
            columnGaps.append(gutter);
    }
    return columnGaps;
}

// A page's lines in reading order: bands between full-width lines, and in each band the
// columns from left to right, each from top to bottom.
QList<PlacedLine> readingOrder(const PdfTextLayout::Page &page, const QList<bool> &dropped, int pageIndex, double minimumGap)
{
    QList<const PdfTextLayout::Line *> lines;
    for (int i = 0; i < page.lines.size(); ++i) {
        if (!dropped[i] && !page.lines[i].text.trimmed().isEmpty())
            lines.append(&page.lines[i]);
    }
    std::stable_sort(lines.begin(), lines.end(), [](const PdfTextLayout::Line *a, const PdfTextLayout::Line *b) {
        return a->box.top() < b->box.top();
    });
    const QList<Gutter> gutters = findGutters(lines, minimumGap);

    QList<PlacedLine> placed;
    placed.reserve(lines.size());
    double textLeft = 0, textRight = 0;
    if (!lines.isEmpty()) {
        textLeft = lines.front()->box.left();
        textRight = lines.front()->box.right();
        for (const PdfTextLayout::Line *line : std::as_const(lines)) {
            textLeft = std::min(textLeft, line->box.left());
            textRight = std::max(textRight, line->box.right());
        }
    }
    int segment = 0;
    for (const PdfTextLayout::Line *line : std::as_const(lines)) {
        PlacedLine place;
        place.line = line;
        place.page = pageIndex;
        for (const Gutter &gutter : gutters) {
            if (line->box.left() < gutter.to - 1 && line->box.right() > gutter.from + 1)
                place.spanning = true;
            else if (line->box.left() >= gutter.to - 1)
                ++place.column;
        }
        if (place.spanning) {
            place.column = 0;
            place.segment = ++segment;
            ++segment;
        } else {
            place.segment = segment;
        }
        placed.append(place);
    }
    // Within a band, column by column; the sort is stable, so each column stays top to bottom.
    std::stable_sort(placed.begin(), placed.end(), [](const PlacedLine &a, const PlacedLine &b) {
        return a.segment != b.segment ? a.segment < b.segment : a.column < b.column;
    });
    // Each column's edges, for indents and short lines.
    QHash<std::pair<int, int>, std::pair<double, double>> edges;
    for (const PlacedLine &place : std::as_const(placed)) {
        const auto key = std::pair(place.segment, place.column);
        auto it = edges.find(key);
        if (it == edges.end())
            edges.insert(key, {place.line->box.left(), place.line->box.right()});
        else
            *it = {std::min(it->first, place.line->box.left()), std::max(it->second, place.line->box.right())};
    }
    for (PlacedLine &place : placed) {
        if (place.spanning) {
            place.left = textLeft;
            place.right = textRight;
        } else {
            std::tie(place.left, place.right) = edges.value(std::pair(place.segment, place.column));
        }
    }
    return placed;
}

bool endsSentence(QStringView text)
{
    QStringView trimmed = text.trimmed();
    while (!trimmed.isEmpty() && (trimmed.back() == u'"' || trimmed.back() == u'\u201D' || trimmed.back() == u'\u00BB'
                                  || trimmed.back() == u')' || trimmed.back() == u'\u2019'))
        trimmed.chop(1);
    return !trimmed.isEmpty() && (trimmed.back() == u'.' || trimmed.back() == u'!' || trimmed.back() == u'?'
                                  || trimmed.back() == u':' || trimmed.back() == u'\u2026');
}

// Whether the text between prev and next is a paragraph break rather than a line's end.
bool breaksParagraph(const PlacedLine &prev, const PlacedLine &next, double stepPerHeight)
{
    const QRectF &a = prev.line->box;
    const QRectF &b = next.line->box;
    const double height = std::max(a.height(), b.height());
    // Another size of type: a headline, a standfirst, a caption.
    if (std::abs(a.height() - b.height()) > 0.18 * height)
        return true;
    const double columnWidth = prev.right - prev.left;
    const bool prevShort = a.right() < prev.right - 0.2 * columnWidth;
    const bool nextIndented = b.left() > next.left + 0.8 * b.height() && b.left() < next.left + 6 * b.height();
    if (prevShort && endsSentence(prev.line->text))
        return true;
    const bool sameFlow = prev.page == next.page && prev.segment == next.segment && prev.column == next.column
        && !prev.spanning && !next.spanning && b.top() > a.top();
    if (sameFlow) {
        if (nextIndented)
            return true;
        // More space than between the lines of a paragraph.
        return stepPerHeight > 0 && (b.top() - a.top()) > 1.35 * stepPerHeight * b.height();
    }
    // A column, band or page turns: the paragraph goes on unless the next line starts one.
    if (prev.spanning && endsSentence(prev.line->text))
        return true;
    return nextIndented && endsSentence(prev.line->text);
}

// The words of the document, as written, to tell "in-vestment" from "AI-driven".
QSet<QString> knownWords(const QList<PdfTextLayout::Page> &pages)
{
    QSet<QString> known;
    for (const PdfTextLayout::Page &page : pages) {
        for (const PdfTextLayout::Line &line : page.lines) {
            const QStringList tokens = line.text.split(u' ', Qt::SkipEmptyParts);
            for (qsizetype i = 0; i < tokens.size(); ++i) {
                QStringView token = tokens[i];
                while (!token.isEmpty() && !token.front().isLetterOrNumber())
                    token = token.sliced(1);
                while (!token.isEmpty() && !token.back().isLetterOrNumber())
                    token.chop(1);
                // The word broken at the line's end is half a word.
                if (token.isEmpty() || (i == tokens.size() - 1 && isDash(tokens[i].back())))
                    continue;
                known.insert(token.toString().toLower());
            }
        }
    }
    return known;
}

bool isHyphenAtEnd(QStringView text)
{
    return text.size() >= 2 && (text.back() == u'-' || text.back() == u'\u2010') && text[text.size() - 2].isLetter();
}

} // namespace

bool PdfTextLayout::dropsHyphen(QStringView before, QStringView after, const QSet<QString> &known)
{
    if (!isHyphenAtEnd(before) || after.isEmpty() || !after.front().isLetter())
        return false;
    qsizetype tailStart = before.size() - 1;
    while (tailStart > 0 && (before[tailStart - 1].isLetterOrNumber() || isDash(before[tailStart - 1])))
        --tailStart;
    const QStringView tail = before.sliced(tailStart, before.size() - 1 - tailStart);
    qsizetype headEnd = 0;
    while (headEnd < after.size() && after[headEnd].isLetterOrNumber())
        ++headEnd;
    const QStringView head = after.first(headEnd);
    if (known.contains(tail.toString().toLower() + u'-' + head.toString().toLower()))
        return false;
    if (known.contains(tail.toString().toLower() + head.toString().toLower()))
        return true;
    // "Microsoft-OpenAI": a name after the hyphen.
    if (head.front().isUpper())
        return false;
    // "AI-driven", "US-based", "H100-class": an acronym or a number before it.
    qsizetype lastPart = tail.size();
    while (lastPart > 0 && !isDash(tail[lastPart - 1]))
        --lastPart;
    const QStringView word = tail.sliced(lastPart);
    if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); }))
        return false;
    if (word.size() >= 2 && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isUpper(); }))
        return false;
    return true;
}

PdfTextLayout::Result PdfTextLayout::arrange(const QList<Page> &pages)
{
    Result result;
    const QList<QList<bool>> dropped = furnitureLines(pages);

    QList<double> heights;
    for (int p = 0; p < pages.size(); ++p) {
        for (int i = 0; i < pages[p].lines.size(); ++i) {
            if (!dropped[p][i])
                heights.append(pages[p].lines[i].box.height());
        }
    }
    const double typicalHeight = median(heights);
    // A gap between columns is wider than a space between words; a little type needs less.
    const double minimumGap = std::max(6.0, 0.6 * typicalHeight);

    QList<PlacedLine> ordered;
    for (int p = 0; p < pages.size(); ++p)
        ordered += readingOrder(pages[p], dropped[p], p, minimumGap);

    // The distance from one line to the next, in heights of type, within a paragraph.
    QList<double> steps;
    for (qsizetype i = 1; i < ordered.size(); ++i) {
        const PlacedLine &a = ordered[i - 1];
        const PlacedLine &b = ordered[i];
        if (a.page == b.page && a.segment == b.segment && a.column == b.column && b.line->box.top() > a.line->box.top()
            && std::abs(a.line->box.height() - b.line->box.height()) < 0.1 * b.line->box.height() && b.line->box.height() > 0)
            steps.append((b.line->box.top() - a.line->box.top()) / b.line->box.height());
    }
    const double stepPerHeight = median(steps);

    const QSet<QString> known = knownWords(pages);
    result.pageStarts = QList<qsizetype>(pages.size(), -1);
    QString &text = result.text;
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        QString line = ordered[i].line->text.trimmed();
        // Ligatures as their letters: "ﬁnancement" must be found as "financement".
        for (qsizetype c = 0; c < line.size(); ++c) {
            static constexpr std::pair<char16_t, const char16_t *> ligatures[] = {
                {u'\uFB00', u"ff"}, {u'\uFB01', u"fi"}, {u'\uFB02', u"fl"}, {u'\uFB03', u"ffi"}, {u'\uFB04', u"ffl"}, {u'\uFB06', u"st"}};
            for (const auto &[ligature, letters] : ligatures) {
                if (line[c] == QChar(ligature)) {
                    const QString replacement = QString::fromUtf16(letters);
                    line.replace(c, 1, replacement);
                    c += replacement.size() - 1;
                    break;
                }
            }
        }
        if (i > 0) {
            const PlacedLine &prev = ordered[i - 1];
            if (breaksParagraph(prev, ordered[i], stepPerHeight)) {
                text += u"\n\n"_s;
            } else if (text.endsWith(u'\u00AD')) {
                text.chop(1); // a soft hyphen only shows where a word was broken
            } else if (isHyphenAtEnd(text)) {
                if (dropsHyphen(QStringView(text).last(std::min<qsizetype>(text.size(), 64)), line, known))
                    text.chop(1);
            } else {
                text += u' ';
            }
        }
        if (result.pageStarts[ordered[i].page] < 0)
            result.pageStarts[ordered[i].page] = text.size();
        text += line;
    }
    // A page without text begins where the next one does.
    for (qsizetype p = result.pageStarts.size() - 1; p >= 0; --p) {
        if (result.pageStarts[p] < 0)
            result.pageStarts[p] = p + 1 < result.pageStarts.size() ? result.pageStarts[p + 1] : text.size();
    }

    // The headline: the first page's largest type, when it is larger than the text's.
    double largest = 0;
    for (const PlacedLine &place : std::as_const(ordered)) {
        if (place.page == 0)
            largest = std::max(largest, place.line->box.height());
    }
    if (largest > 1.15 * typicalHeight) {
        QStringList headline;
        for (const PlacedLine &place : std::as_const(ordered)) {
            if (place.page != 0)
                break;
            const double height = place.line->box.height();
            if (height >= 0.92 * largest)
                headline.append(place.line->text.trimmed());
            else if (!headline.isEmpty())
                break;
        }
        result.largestFirstPageLine = headline.join(u' ');
    }
    return result;
}

} // namespace Recoupe
