#include "readingview.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

constexpr int lineHeightPercent = 145;
constexpr qreal wideHeadlineScale = 1.6;
// In a column of a few words (three panes on a laptop) a headline that large broke its words
// in the middle ("Micros-oft") and filled the pane.
constexpr qreal narrowHeadlineScale = 1.2;
constexpr int narrowColumnCharacters = 30;
// Paragraphs are separated by an empty line in the reading text; at full leading that gap
// looks like a missing line rather than a paragraph break.
constexpr int emptyLineHeightPercent = 60;
constexpr int columnCharacters = 72;
constexpr int minimumSideMargin = 24;
constexpr int topMargin = 8;
constexpr int bottomMargin = 48;
constexpr qreal zoomFactor = 1.1;

} // namespace

ReadingView::ReadingView(QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setAcceptRichText(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document()->setDocumentMargin(0);
    m_readingFont = defaultReadingFont();
    setFont(m_readingFont);
    updateColumn();
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!m_keepingAnchor)
            m_anchorOffset = topOffset();
    });
}

QFont ReadingView::defaultReadingFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    // Noto Serif and DejaVu Serif are what Debian installs; "serif" lets fontconfig choose elsewhere.
    font.setFamilies({u"Noto Serif"_s, u"Source Serif 4"_s, u"DejaVu Serif"_s, u"serif"_s});
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(qMax(11.0, font.pointSizeF() * 1.25));
    return font;
}

void ReadingView::setReadingFont(const QFont &font)
{
    m_readingFont = font;
    applyFont();
}

void ReadingView::applyFont()
{
    // Zooming keeps the reader's place: the offset at the top stays at the top.
    const qsizetype top = topOffset();
    QFont font = m_readingFont;
    font.setPointSizeF(m_readingFont.pointSizeF() * std::pow(zoomFactor, m_zoomSteps));
    setFont(font);
    applyParagraphFormats();
    updateColumn();
    if (top > 0)
        scrollToOffset(top);
}

void ReadingView::setZoomSteps(int steps)
{
    steps = qBound(minimumZoomSteps, steps, maximumZoomSteps);
    if (steps == m_zoomSteps)
        return;
    m_zoomSteps = steps;
    applyFont();
    Q_EMIT zoomChanged(m_zoomSteps);
}

int ReadingView::zoomPercent() const
{
    return int(std::lround(100 * std::pow(zoomFactor, m_zoomSteps)));
}

bool ReadingView::setReadingText(const QString &text, const QString &headline)
{
    m_highlights.clear();
    setExtraSelections({});
    // setPlainText() writes with the cursor's current format: left in a headline, it would set
    // the whole next article as one.
    clear();
    setCurrentCharFormat(QTextCharFormat());
    setPlainText(text);
    m_headlineBlock = -1;
    bool inText = false;
    if (!headline.isEmpty()) {
        // Articles may open with a kicker or a disclaimer before their title: look a few lines down.
        const QString wanted = headline.trimmed();
        // A title-less article is named after its first paragraph, shortened ("…"): that
        // paragraph is already the text's opening, not a headline to repeat above it.
        const QString opening = wanted.endsWith(u'…') ? wanted.chopped(1).trimmed() : QString();
        int lines = 0;
        for (QTextBlock block = document()->begin(); block.isValid() && lines < 4; block = block.next()) {
            const QString line = block.text().trimmed();
            if (line.isEmpty())
                continue;
            if (line == wanted) {
                m_headlineBlock = block.blockNumber();
                inText = true;
                break;
            }
            if (!opening.isEmpty() && line.simplified().startsWith(opening)) {
                inText = true;
                break;
            }
            ++lines;
        }
    }
    applyParagraphFormats();
    moveCursor(QTextCursor::Start);
    m_anchorOffset = 0;
    return inText;
}

void ReadingView::applyHeadlineFormat()
{
    // Formats only: the headline keeps its characters, so offsets into the text do not move.
    QTextCursor cursor(document()->findBlockByNumber(m_headlineBlock));
    QTextBlockFormat block;
    block.setLineHeight(120, QTextBlockFormat::ProportionalHeight);
    block.setBottomMargin(fontMetrics().height() * 0.4);
    cursor.setBlockFormat(block);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    QTextCharFormat headline;
    headline.setFontPointSize(font().pointSizeF() * m_headlineScale);
    headline.setFontWeight(QFont::DemiBold);
    cursor.setCharFormat(headline);
}

void ReadingView::applyParagraphFormats()
{
    QTextBlockFormat line;
    line.setLineHeight(lineHeightPercent, QTextBlockFormat::ProportionalHeight);
    QTextBlockFormat gap;
    gap.setLineHeight(emptyLineHeightPercent, QTextBlockFormat::ProportionalHeight);

    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        cursor.setPosition(block.position());
        cursor.setBlockFormat(block.length() <= 1 ? gap : line);
    }
    if (m_headlineBlock >= 0)
        applyHeadlineFormat();
    cursor.endEditBlock();
}

void ReadingView::resizeEvent(QResizeEvent *event)
{
    const qsizetype anchor = m_anchorOffset;
    m_keepingAnchor = true;
    QTextEdit::resizeEvent(event);
    updateColumn();
    if (anchor > 0 && event->size().width() != event->oldSize().width())
        scrollToOffset(anchor);
    m_keepingAnchor = false;
}

void ReadingView::changeEvent(QEvent *event)
{
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateColumn();
}

void ReadingView::updateColumn()
{
    const int available = viewport()->width();
    const int ideal = fontMetrics().averageCharWidth() * columnCharacters;
    const int width = qMax(0, qMin(ideal, available - 2 * minimumSideMargin));
    const int side = qMax(minimumSideMargin, (available - width) / 2);

    QTextFrameFormat format = document()->rootFrame()->frameFormat();
    if (format.leftMargin() != side || format.rightMargin() != side || format.topMargin() != topMargin) {
        format.setLeftMargin(side);
        format.setRightMargin(side);
        format.setTopMargin(topMargin);
        format.setBottomMargin(bottomMargin);
        document()->rootFrame()->setFrameFormat(format);
    }
    const qreal scale = width < fontMetrics().averageCharWidth() * narrowColumnCharacters ? narrowHeadlineScale : wideHeadlineScale;
    if (scale != m_headlineScale) {
        m_headlineScale = scale;
        if (m_headlineBlock >= 0)
            applyHeadlineFormat();
    }
    const int left = viewport()->x() + side;
    if (left != m_columnLeft || width != m_columnWidth) {
        m_columnLeft = left;
        m_columnWidth = width;
        Q_EMIT columnChanged(left, width);
    }
}

void ReadingView::setPageStarts(const QList<qsizetype> &starts)
{
    if (starts == m_pageStarts)
        return;
    m_pageStarts = starts;
    viewport()->update();
}

void ReadingView::paintPageMarks(QPainter &painter)
{
    if (m_pageStarts.size() < 2)
        return;
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const QColor colour = palette().color(QPalette::Disabled, QPalette::Text);
    const int columnRight = m_columnLeft + m_columnWidth - viewport()->x();
    const qsizetype length = document()->characterCount() - 1;
    for (qsizetype page = 1; page < m_pageStarts.size(); ++page) {
        const qsizetype start = m_pageStarts[page];
        // A page without text begins where the next one does: the next one is marked.
        if (start >= length || (page + 1 < m_pageStarts.size() && m_pageStarts[page + 1] == start))
            continue;
        const QList<QRect> rects = rangeRects(start, start + 1);
        if (rects.isEmpty() || rects.constFirst().bottom() < 0 || rects.constFirst().top() > viewport()->height())
            continue;
        const QRect line = rects.constFirst();
        painter.setPen(QPen(colour, 1));
        // Where the page's text begins, within its line (a paragraph often goes on over the page).
        painter.drawLine(QPoint(line.left() - 2, line.top()), QPoint(line.left() - 2, line.bottom()));
        //: A mark in the margin of a PDF article's text, where one of its pages begins.
        const QString label = tr("— page %1 —").arg(page + 1);
        const int width = metrics.horizontalAdvance(label);
        // The right margin, else (a narrow pane) the column's top right corner of that line.
        const int x = columnRight + 8 + width < viewport()->width() ? columnRight + 8 : columnRight - width;
        painter.drawText(QRect(x, line.top(), width, line.height()), Qt::AlignLeft | Qt::AlignVCenter, label);
    }
}

void ReadingView::setHighlights(const QList<TextHighlight> &highlights)
{
    m_highlights = highlights;
    updateExtraSelections();
}

void ReadingView::updateExtraSelections()
{
    const qsizetype length = document()->characterCount() - 1;
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(m_highlights.size());
    for (const TextHighlight &highlight : m_highlights) {
        if (highlight.start < 0 || highlight.end > length || highlight.start >= highlight.end)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(int(highlight.start));
        selection.cursor.setPosition(int(highlight.end), QTextCursor::KeepAnchor);
        if (highlight.background.isValid())
            selection.format.setBackground(highlight.background);
        if (highlight.foreground.isValid())
            selection.format.setForeground(highlight.foreground);
        if (highlight.underline.isValid()) {
            selection.format.setUnderlineStyle(highlight.underlineStyle);
            selection.format.setUnderlineColor(highlight.underline);
        }
        if (!highlight.background.isValid() && !highlight.underline.isValid())
            continue; // drawn by paintEvent() only
        selections.append(selection);
    }
    setExtraSelections(selections);
    viewport()->update();
}

void ReadingView::selectRange(qsizetype start, qsizetype end)
{
    const qsizetype length = document()->characterCount() - 1;
    start = qBound(qsizetype(0), start, length);
    end = qBound(start, end, length);
    QTextCursor cursor(document());
    cursor.setPosition(int(start));
    cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    setTextCursor(cursor);

    // ensureCursorVisible() would leave the passage on the view's last line; a reader wants
    // the sentences around it too.
    const QRect rect = cursorRect(cursor);
    QScrollBar *bar = verticalScrollBar();
    const int target = bar->value() + rect.top() - viewport()->height() / 3;
    bar->setValue(qBound(bar->minimum(), target, bar->maximum()));
}

void ReadingView::selectRangeKeepingPlace(qsizetype start, qsizetype end)
{
    const QList<QRect> rects = rangeRects(start, end);
    if (rects.isEmpty() || !viewport()->rect().contains(rects.constFirst())) {
        selectRange(start, end);
        return;
    }
    const int value = verticalScrollBar()->value();
    const qsizetype length = document()->characterCount() - 1;
    QTextCursor cursor(document());
    cursor.setPosition(int(qBound(qsizetype(0), start, length)));
    cursor.setPosition(int(qBound(qsizetype(0), end, length)), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    verticalScrollBar()->setValue(value);
}

qsizetype ReadingView::topOffset() const
{
    if (document()->isEmpty())
        return 0;
    return cursorForPosition(QPoint(m_columnLeft - viewport()->x() + 1, 1)).position();
}

void ReadingView::scrollToOffset(qsizetype offset, ScrollPlacement placement)
{
    const QList<QRect> rects = rangeRects(offset, offset + 1);
    if (rects.isEmpty())
        return;
    QScrollBar *bar = verticalScrollBar();
    // The line's top, less the small margin above the first line, goes to the top of the view.
    const int above = placement == ScrollPlacement::UpperThird ? viewport()->height() / 3 : (offset == 0 ? topMargin : 0);
    const int target = bar->value() + rects.constFirst().top() - above;
    bar->setValue(qBound(bar->minimum(), target, bar->maximum()));
}

QList<QRect> ReadingView::rangeRects(qsizetype start, qsizetype end) const
{
    QList<QRect> rects;
    const qsizetype length = document()->characterCount() - 1;
    start = qBound(qsizetype(0), start, length);
    end = qBound(start, end, length);
    if (end == start && length > 0)
        end = qMin(length, start + 1);
    const QPoint scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    for (QTextBlock block = document()->findBlock(int(start)); block.isValid() && block.position() < end; block = block.next()) {
        const QTextLayout *textLayout = block.layout();
        if (!textLayout)
            continue;
        const QPointF origin = layout->blockBoundingRect(block).topLeft();
        for (int i = 0; i < textLayout->lineCount(); ++i) {
            const QTextLine line = textLayout->lineAt(i);
            const qsizetype lineStart = block.position() + line.textStart();
            const qsizetype lineEnd = lineStart + line.textLength();
            const qsizetype from = qMax(start, lineStart);
            const qsizetype to = qMin(end, lineEnd);
            if (from >= to)
                continue;
            const qreal x1 = line.cursorToX(int(from - block.position()));
            const qreal x2 = line.cursorToX(int(to - block.position()));
            const QRectF rect(origin.x() + qMin(x1, x2), origin.y() + line.y(), qMax(qAbs(x2 - x1), 1.0), line.height());
            rects.append(rect.toAlignedRect().translated(-scroll));
        }
    }
    return rects;
}

qsizetype ReadingView::offsetAt(const QPoint &pos) const
{
    const QPoint scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    return document()->documentLayout()->hitTest(QPointF(pos + scroll), Qt::ExactHit);
}

void ReadingView::paintEvent(QPaintEvent *event)
{
    QTextEdit::paintEvent(event);
    if (m_pageStarts.size() > 1) {
        QPainter painter(viewport());
        paintPageMarks(painter);
    }
    bool anything = false;
    for (const TextHighlight &highlight : std::as_const(m_highlights))
        anything = anything || highlight.outline.isValid() || highlight.marker.isValid();
    if (!anything)
        return;

    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const int markerSize = qMax(12, fontMetrics().height() * 2 / 3);
    const int markerX = m_columnLeft - viewport()->x() - markerSize - 8;
    QFont markerFont = QApplication::font();
    markerFont.setBold(true);
    markerFont.setPixelSize(markerSize * 3 / 4);
    painter.setFont(markerFont);
    for (const TextHighlight &highlight : std::as_const(m_highlights)) {
        if (!highlight.outline.isValid() && !highlight.marker.isValid())
            continue;
        const QList<QRect> rects = rangeRects(highlight.start, highlight.end);
        if (rects.isEmpty() || rects.constLast().bottom() < 0 || rects.constFirst().top() > viewport()->height())
            continue;
        if (highlight.outline.isValid()) {
            painter.setPen(QPen(highlight.outline, 1.6));
            painter.setBrush(Qt::NoBrush);
            for (const QRect &rect : rects)
                painter.drawRoundedRect(QRectF(rect).adjusted(-2.5, 0.5, 2.5, -0.5), 3, 3);
        }
        if (highlight.marker.isValid() && markerX > 0) {
            // A shape and a symbol, not only a colour.
            const QRect line = rects.constFirst();
            // An outer column that a narrow pane has no room for falls back to the inner one (a
            // disagreement's marker, painted later, stays on top).
            int x = markerX - highlight.markerColumn * (markerSize + 4);
            if (x < 2)
                x = markerX;
            const QRectF marker(x, line.center().y() - markerSize / 2.0, markerSize, markerSize);
            painter.setPen(Qt::NoPen);
            painter.setBrush(highlight.marker);
            painter.drawEllipse(marker);
            painter.setPen(Qt::white);
            painter.drawText(marker, Qt::AlignCenter, QString(highlight.markerSymbol));
        }
    }
}

bool ReadingView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qsizetype offset = offsetAt(help->pos());
        QStringList tips;
        QRect area;
        for (const TextHighlight &highlight : std::as_const(m_highlights)) {
            if (highlight.toolTip.isEmpty())
                continue;
            bool hit = offset >= highlight.start && offset < highlight.end;
            if (!hit && highlight.marker.isValid() && help->pos().x() < m_columnLeft - viewport()->x()) {
                // The margin marker tells its reason too.
                const QList<QRect> rects = rangeRects(highlight.start, highlight.end);
                hit = !rects.isEmpty() && help->pos().y() >= rects.constFirst().top() && help->pos().y() <= rects.constFirst().bottom();
            }
            if (hit && !tips.contains(highlight.toolTip)) {
                tips.append(highlight.toolTip);
                const QList<QRect> rects = rangeRects(highlight.start, highlight.end);
                if (!rects.isEmpty())
                    area = area.united(rects.constFirst());
            }
        }
        if (tips.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), u"<qt>"_s + tips.join(u"<hr/>"_s) + u"</qt>"_s, viewport(), area);
        return true;
    }
    return QTextEdit::viewportEvent(event);
}

void ReadingView::mousePressEvent(QMouseEvent *event)
{
    m_pressPosition = event->position().toPoint();
    QTextEdit::mousePressEvent(event);
}

void ReadingView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    if ((pos - m_pressPosition).manhattanLength() >= QApplication::startDragDistance() || textCursor().hasSelection())
        return;
    const qsizetype offset = offsetAt(pos);
    if (offset >= 0)
        Q_EMIT offsetClicked(offset);
}

void ReadingView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        Q_EMIT offsetActivated(textCursor().selectionStart());
        event->accept();
        return;
    }
    QTextEdit::keyPressEvent(event);
}

void ReadingView::focusInEvent(QFocusEvent *event)
{
    QTextEdit::focusInEvent(event);
    Q_EMIT focusReceived();
}

void ReadingView::wheelEvent(QWheelEvent *event)
{
    // Ctrl+wheel zooms by the same steps as the keyboard, not by QTextEdit's own font change.
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            setZoomSteps(m_zoomSteps + (delta > 0 ? 1 : -1));
        event->accept();
        return;
    }
    QTextEdit::wheelEvent(event);
}

} // namespace Recoupe
