#pragma once

#include <QTextCharFormat>
#include <QTextEdit>

class QPainter;

namespace Recoupe {

// A span of the reading text to mark (a figure, a claim of a group, a passage, a find hit);
// offsets as in Document::text.
struct TextHighlight {
    qsizetype start = 0;
    qsizetype end = 0;
    QColor background;
    QColor foreground; // invalid: the highlighter's colour
    QColor underline; // invalid: none
    QTextCharFormat::UnderlineStyle underlineStyle = QTextCharFormat::SingleUnderline;
    QColor outline;   // a frame drawn around the span (the chosen group's claims); invalid: none
    QColor marker;    // a marker in the left margin, on the span's line; invalid: none
    QChar markerSymbol = u'!';
    int markerColumn = 0; // 0 next to the text, 1 one marker further out (annotations)
    QString toolTip;
    bool operator==(const TextHighlight &) const = default;
};

// The text of one article, set like a page: a serif face, generous leading, a column of about
// seventy characters centred in the view. Positions in its QTextDocument are the offsets of the
// reading text (one block per line, no other characters), so claims map onto it as they are.
class ReadingView : public QTextEdit
{
    Q_OBJECT
public:
    explicit ReadingView(QWidget *parent = nullptr);

    // When one of the text's first lines is headline (the article's title on its own line), that
    // line is set as a headline; returns whether it was.
    bool setReadingText(const QString &text, const QString &headline = {});
    // The face and size at zoom 0; the zoom scales from it.
    void setReadingFont(const QFont &font);
    // Default: the system's serif face, a little larger than the interface's text.
    static QFont defaultReadingFont();

    // Text zoom in steps of about 10 %, from minimumZoomSteps to maximumZoomSteps.
    static constexpr int minimumZoomSteps = -5;
    static constexpr int maximumZoomSteps = 10;
    void setZoomSteps(int steps);
    int zoomSteps() const { return m_zoomSteps; }
    int zoomPercent() const;

    void setHighlights(const QList<TextHighlight> &highlights);
    // Where each page of a PDF begins in the text (Document::pageStarts): from the second page
    // on, a small "page N" in the right margin and a tick where the page's text begins.
    void setPageStarts(const QList<qsizetype> &starts);
    QList<qsizetype> pageStarts() const { return m_pageStarts; }
    QList<TextHighlight> highlights() const { return m_highlights; }
    // Selects [start, end) and scrolls it to the upper third of the view.
    void selectRange(qsizetype start, qsizetype end);
    // Selects [start, end) and scrolls only when it is not already in view (a peer claim shown
    // while its pane's reader keeps their place).
    void selectRangeKeepingPlace(qsizetype start, qsizetype end);

    // The offset of the text at the top of the view, and scrolling so that an offset is there:
    // what survives a change of font or window size, unlike a scroll bar's value.
    qsizetype topOffset() const;
    enum class ScrollPlacement { Top, UpperThird };
    void scrollToOffset(qsizetype offset, ScrollPlacement placement = ScrollPlacement::Top);
    // Where [start, end) is drawn, in the viewport's coordinates (one rectangle per line).
    QList<QRect> rangeRects(qsizetype start, qsizetype end) const;
    // The offset of the character at pos (viewport coordinates), -1 when pos is on no text.
    qsizetype offsetAt(const QPoint &pos) const;

    // Left edge and width of the text column, in this widget's coordinates.
    int columnLeft() const { return m_columnLeft; }
    int columnWidth() const { return m_columnWidth; }
    // The headline's size over the text's: smaller in a column of a few words.
    qreal headlineScale() const { return m_headlineScale; }

Q_SIGNALS:
    void columnChanged(int left, int width);
    void zoomChanged(int steps);
    // A click on the text that selected nothing, at the offset of the character clicked.
    void offsetClicked(qsizetype offset);
    // Enter pressed: the offset where the selection (or the cursor) starts.
    void offsetActivated(qsizetype offset);
    void focusReceived();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void updateColumn();
    void applyFont();
    void applyParagraphFormats();
    void applyHeadlineFormat();
    void updateExtraSelections();
    void paintPageMarks(QPainter &painter);

    QList<TextHighlight> m_highlights;
    QList<qsizetype> m_pageStarts;
    QFont m_readingFont;
    int m_zoomSteps = 0;
    int m_headlineBlock = -1;
    qreal m_headlineScale = 1.6; // wideHeadlineScale; smaller in a narrow column
    int m_columnLeft = 0;
    int m_columnWidth = 0;
    QPoint m_pressPosition;
    // The offset at the top, kept when the view's width changes (a pane resized, a window
    // restored): the reader stays at the same sentence, not at the same pixel.
    qsizetype m_anchorOffset = 0;
    bool m_keepingAnchor = false;
};

} // namespace Recoupe
