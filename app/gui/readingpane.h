#pragma once

#include "claims/claim.h"
#include "compare/passagematch.h"
#include "corpus/document.h"
#include "readingview.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QToolButton;
class QTextDocument;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
}

namespace Recoupe {

class ElidedLabel;
class PlaceholderWidget;

// The centre of the window: the article being read, under a header that says what it is (title,
// date and where that date comes from, language, file, encoding). With no article, a hint.
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

    void selectRange(qsizetype start, qsizetype end);
    // The claims of the chosen group that this document states, marked in the text (stronger when
    // the group's sources disagree). Cleared when another document is shown.
    void setGroupClaims(const ClaimList &claims, bool discrepancy);
    // Sentences of this document that other documents also report (matches with this document's
    // sentence first); titles names the other documents in tooltips.
    void setPassageMarks(const QList<PassageMatch> &matches, const QHash<QString, QString> &titles);
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

private:
    void updateHeader();
    void applyTheme();
    void updateHighlights();
    void alignHeader(int left, int width);

    Document m_document;
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
    QWidget *m_problemRow;
    QLabel *m_problemLabel;
    QToolButton *m_editButton;
    ReadingView *m_view;
    KSyntaxHighlighting::Repository *m_repository = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QString m_themeName;
    ClaimList m_groupClaims;
    bool m_groupDiscrepancy = false;
    QList<TextHighlight> m_passageMarks;
};

} // namespace Recoupe
