#include "readingview.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

constexpr int lineHeightPercent = 145;
constexpr qreal headlineScale = 1.6;
// Paragraphs are separated by an empty line in the reading text; at full leading that gap
// looks like a missing line rather than a paragraph break.
constexpr int emptyLineHeightPercent = 60;
constexpr int columnCharacters = 72;
constexpr int minimumSideMargin = 24;
constexpr int topMargin = 8;
constexpr int bottomMargin = 48;

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
    setFont(defaultReadingFont());
    updateColumn();
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
    setFont(font);
    applyParagraphFormats();
    updateColumn();
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
    if (!headline.isEmpty()) {
        // Articles may open with a kicker or a disclaimer before their title: look a few lines down.
        const QString wanted = headline.trimmed();
        int lines = 0;
        for (QTextBlock block = document()->begin(); block.isValid() && lines < 4; block = block.next()) {
            const QString line = block.text().trimmed();
            if (line.isEmpty())
                continue;
            if (line == wanted) {
                m_headlineBlock = block.blockNumber();
                break;
            }
            ++lines;
        }
    }
    applyParagraphFormats();
    moveCursor(QTextCursor::Start);
    return m_headlineBlock >= 0;
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
    headline.setFontPointSize(font().pointSizeF() * headlineScale);
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
    QTextEdit::resizeEvent(event);
    updateColumn();
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
    const int left = viewport()->x() + side;
    if (left != m_columnLeft || width != m_columnWidth) {
        m_columnLeft = left;
        m_columnWidth = width;
        Q_EMIT columnChanged(left, width);
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
        if (highlight.underline.isValid()) {
            selection.format.setUnderlineStyle(highlight.underlineStyle);
            selection.format.setUnderlineColor(highlight.underline);
        }
        if (!highlight.toolTip.isEmpty())
            selection.format.setToolTip(highlight.toolTip);
        selections.append(selection);
    }
    setExtraSelections(selections);
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

} // namespace Recoupe
