#pragma once

#include <QTextCharFormat>
#include <QTextEdit>

namespace Recoupe {

// A span of the reading text to mark (a figure, a claim of a group); offsets as in Document::text.
struct TextHighlight {
    qsizetype start = 0;
    qsizetype end = 0;
    QColor background;
    QColor underline; // invalid: none
    QTextCharFormat::UnderlineStyle underlineStyle = QTextCharFormat::SingleUnderline;
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
    void setReadingFont(const QFont &font);
    // Default: the system's serif face, a little larger than the interface's text.
    static QFont defaultReadingFont();

    void setHighlights(const QList<TextHighlight> &highlights);
    QList<TextHighlight> highlights() const { return m_highlights; }
    // Selects [start, end) and scrolls it to the upper third of the view.
    void selectRange(qsizetype start, qsizetype end);

    // Left edge and width of the text column, in this widget's coordinates.
    int columnLeft() const { return m_columnLeft; }
    int columnWidth() const { return m_columnWidth; }

Q_SIGNALS:
    void columnChanged(int left, int width);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateColumn();
    void applyParagraphFormats();
    void applyHeadlineFormat();
    void updateExtraSelections();

    QList<TextHighlight> m_highlights;
    int m_headlineBlock = -1;
    int m_columnLeft = 0;
    int m_columnWidth = 0;
};

} // namespace Recoupe
