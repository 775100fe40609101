#pragma once

#include "readingpane.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace Recoupe {

class AnalysisSession;
class ComparisonsPane;
class CorpusSession;
class DocumentsPane;
class ReadingArea;
struct ClaimGroup;

// Decides what the reading panes show and mark: the article chosen in the Documents list (in
// the current pane), the article of a chosen claim, the claims of every group in their group's
// colour, the chosen group in every pane that states it, and the sentences other articles also
// report. Remembers the panes per folder. Keeps that coordination out of the window and the
// panes.
class ReadingController : public QObject
{
    Q_OBJECT
public:
    ReadingController(CorpusSession *corpus, AnalysisSession *analysis, DocumentsPane *documents, ReadingArea *area,
                      ComparisonsPane *comparisons, QObject *parent = nullptr);

    // Shows the article documentId (empty: none) in the current pane.
    void showDocument(const QString &documentId);
    void showDocumentInPane(ReadingPane *pane, const QString &documentId);
    // Opens the claim's article (where a pane shows it already, else in the current pane),
    // selects its quote and scrolls it into view.
    void showClaim(const QString &claimId);
    // Selects [start, end) of the document: in the pane that shows it, else in the current pane.
    void showRange(const QString &documentId, qsizetype start, qsizetype end);
    // Marks the group's claims; every pane that states it scrolls its claim into view; opens one
    // of its articles when no pane states it.
    void showGroup(const Recoupe::ClaimGroup *group);
    // F3 / Shift+F3: the next or previous claim of the chosen group, across the panes.
    void walkGroup(bool backwards);
    // Recomputes the marks of every pane (after an analysis stage finished).
    void updateMarks();

    // The panes of folder as they were left, or two panes on the first articles.
    void restoreLayout();
    // Writes the panes' layout when it changed since it was restored or saved.
    void saveLayout();
    QString layoutError() const { return m_layoutError; }
    // Off: the panes are never written (screenshots of the bundled samples).
    void setRemembersLayout(bool remember) { m_remembersLayout = remember; }

Q_SIGNALS:
    // The figure selected in a pane (for the chart to mark it).
    void claimSelected(const QString &claimId);
    void statusMessage(const QString &message);
    // The panes are at the places restoreLayout() found (one turn of the event loop later).
    void layoutRestored();
    // A pane's marks were recomputed (its article changed, or the analysis): others add theirs.
    void paneMarksUpdated();

private:
    struct ClaimInfo {
        int groupIndex = -1;
        int colourIndex = -1;
        bool discrepancy = false;
    };
    void connectPane(ReadingPane *pane);
    void layoutTouched();
    void updatePaneMarks(ReadingPane *pane);
    ClaimInfo claimInfo(const QString &claimId) const;
    void activateClaim(const QString &claimId);
    // text: the reading text of the claim's document, decoded once for all its marks.
    QString claimToolTip(const Claim &claim, const ClaimInfo &info, const QString &text) const;
    QString documentTitle(const QString &documentId) const;

    CorpusSession *m_corpus;
    AnalysisSession *m_analysis;
    DocumentsPane *m_documents;
    ReadingArea *m_area;
    ComparisonsPane *m_comparisons;
    QTimer m_saveTimer;
    QString m_layoutFolder;
    QString m_layoutError;
    bool m_restoring = false;
    bool m_layoutDirty = false;
    bool m_remembersLayout = true;
};

} // namespace Recoupe
