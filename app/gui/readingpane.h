#pragma once

#include "claims/claim.h"
#include "compare/passagematch.h"
#include "corpus/document.h"
#include "readingview.h"

#include <QHash>
#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QToolButton;
class QTextDocument;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
}

namespace Recoupe {

class ElidedLabel;
class FindBar;
class PlaceholderWidget;

// How a claim of the article is marked: its group's colour (the same in every pane), whether
// its sources disagree, whether its group is the one chosen.
struct ClaimMark {
    QString claimId;
    qsizetype start = 0;
    qsizetype end = 0;
    int colourIndex = -1;      // GroupPalette index; -1: no other article states this figure
    bool discrepancy = false;  // wavy underline and a margin marker
    bool selected = false;     // a claim of the chosen group: framed
    QString toolTip;           // rich text: what the figure is, the reason, the other sources' figures
    bool operator==(const ClaimMark &) const = default;
};

// One of the reading panes side by side: a bar to choose the article (or drop one from the
// Documents list) and close the pane, the article under a header that says what it is (title,
// date and where that date comes from, language, file, encoding), and a find bar. With no
// article, a hint.
class ReadingPane : public QWidget
{
    Q_OBJECT
public:
    explicit ReadingPane(QWidget *parent = nullptr);

    // Shows document (a copy is kept); nullptr shows the hint.
    void showDocument(const Document *document);
    void clear();
    QString documentId() const { return m_document.id; }
    bool hasDocument() const { return !m_document.id.isEmpty(); }

    // View > Show Whole Page: the page's whole text (its chrome included), plain and read-only,
    // in place of the article, under a note that says its figures are not read as claims.
    // showArticle() goes back; showing another document does too.
    void showWholePage(const QString &text);
    void showArticle();
    bool isShowingWholePage() const;

    void selectRange(qsizetype start, qsizetype end);
    // The claims of this article and how to mark them (sorted by start). Cleared when another
    // document is shown.
    void setClaimMarks(const QList<ClaimMark> &marks);
    QList<ClaimMark> claimMarks() const { return m_claimMarks; }
    // The claim whose quote holds offset; empty when none.
    QString claimAt(qsizetype offset) const;
    // The claim selected in the text (by a click, Ctrl+Right, F3); empty when none.
    QString currentClaim() const;
    // Moves to the next or previous figure from the cursor and selects it; false at the end.
    bool selectNextFigure();
    bool selectPreviousFigure();
    // Selects the claim; keepPlace scrolls only when it is out of view.
    bool selectClaim(const QString &claimId, bool keepPlace = false);
    // Scrolls the claim into view (when it is not) without selecting it: a peer of the figure
    // the reader chose in another pane.
    bool revealClaim(const QString &claimId);

    // The Documents list's model, for the chooser in the pane's bar.
    void setDocumentsModel(QAbstractItemModel *model);
    // Marks the pane the window's actions apply to.
    void setCurrent(bool current);
    void setClosable(bool closable);

    // Ctrl+F: the find bar, with the selected text to look for.
    void showFindBar();
    FindBar *findBar() const { return m_findBar; }
    // Sentences of this document that other documents also report (matches with this document's
    // sentence first); titles names the other documents in tooltips.
    void setPassageMarks(const QList<PassageMatch> &matches, const QHash<QString, QString> &titles);
    // The fact-checkers' annotations of this article (underline, margin marker, tooltip).
    void setAnnotationMarks(const QList<TextHighlight> &marks);
    // Figures a fact-checker corrected, added or rejected (CorrectionController).
    void setCorrectionMarks(const QList<TextHighlight> &marks);
    QList<TextHighlight> correctionMarks() const { return m_correctionMarks; }
    void setReadingFont(const QFont &font);

    ReadingView *view() const { return m_view; }
    // For a syntax highlighter: it lives as long as the pane and keeps its blocks across documents.
    QTextDocument *textDocument() const;

    // The lexicon's tokens (definition "Recoupe Figures") highlighted in the text. The repository
    // belongs to the caller and lives on this thread; without one, or without the definition,
    // the text is shown plain.
    void setHighlightingRepository(KSyntaxHighlighting::Repository *repository);
    // A KSyntaxHighlighting theme by name; empty follows the palette (light or dark).
    void setHighlightTheme(const QString &themeName);
    QString highlightThemeName() const;
    bool isHighlighting() const;

    static QString figuresDefinitionName();

    // Text of the hint shown when no document is selected.
    void setHint(const QString &title, const QString &text);

Q_SIGNALS:
    // The user asked to correct the document's date, title or language.
    void editPropertiesRequested(const QString &documentId);
    // The user chose an article in the pane's bar or dropped one on the pane.
    void documentRequested(const QString &documentId);
    void closeRequested();
    // The pane got the keyboard focus or a click: it becomes the current pane.
    void activated();
    // A figure was clicked or Enter pressed on it: show its group everywhere.
    void claimActivated(const QString &claimId);
    // The figure selected in the text changed (a click, Ctrl+Right, Ctrl+Left).
    void claimSelected(const QString &claimId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateHeader();
    void applyTheme();
    void updateHighlights();
    void alignHeader(int left, int width);
    void updateChooser();
    void updateFindHits();
    void find(bool backwards, bool moveOn = true);
    bool isDarkPage() const;

    Document m_document;
    QString m_text; // m_document.text, decoded once for the view and the find bar
    QStackedWidget *m_stack;
    PlaceholderWidget *m_hint;
    QWidget *m_documentPage;
    QWidget *m_header;
    QWidget *m_headerColumn;
    QLabel *m_titleLabel;
    QLabel *m_dateSourceIcon;
    QLabel *m_dateLabel;
    QLabel *m_dateSourceLabel;
    QLabel *m_languageLabel;
    ElidedLabel *m_fileLabel;
    QLabel *m_encodingLabel;
    QLabel *m_languageSeparator;
    QLabel *m_encodingSeparator = nullptr;
    QWidget *m_problemRow;
    QLabel *m_problemLabel;
    QToolButton *m_editButton;
    ReadingView *m_view;
    QLabel *m_wholePageNote;
    QPlainTextEdit *m_wholePageView;
    KSyntaxHighlighting::Repository *m_repository = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QString m_themeName;
    QList<ClaimMark> m_claimMarks;
    QList<TextHighlight> m_passageMarks;
    QList<TextHighlight> m_findMarks;
    QList<TextHighlight> m_annotationMarks;
    QList<TextHighlight> m_correctionMarks;
    QWidget *m_paneBar;
    QWidget *m_currentLine;
    QComboBox *m_chooser;
    QLabel *m_zoomLabel;
    QToolButton *m_closeButton;
    FindBar *m_findBar;
    bool m_compactHeader = false;
    bool m_narrowHeader = false;
    QHBoxLayout *m_metaLayout = nullptr;   // date, its source, the language, the edit button
    QHBoxLayout *m_originLayout = nullptr; // file and encoding (and the language when narrow)
};

} // namespace Recoupe
