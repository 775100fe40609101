#pragma once

#include "readingview.h"

#include <QObject>

class QWidget;

namespace Recoupe {

class AnalysisSession;
class CorpusSession;
class ReadingArea;
class ReadingController;
struct Claim;

// What fact-checkers do to the figures themselves: Correct Figure… (F2) on the figure at the
// cursor, Not a Figure, Add Figure… on a selected text the parser missed. Each is one command on
// the undo stack the annotations use; the store (CorpusSession::corrections()) writes it before
// the action returns, and the analysis applies it to claims and groups without reading the
// folder again. Corrected and added figures get a mark of their own in the panes, whose tooltip
// says what the parser read, who corrected it and when.
class CorrectionController : public QObject
{
    Q_OBJECT
public:
    CorrectionController(CorpusSession *corpus, AnalysisSession *analysis, ReadingArea *area, ReadingController *reading, QWidget *window);

    // Each opens its dialog or acts at once; false (with a status message) when there is no
    // figure, or no selected text, to act on.
    bool correctFigure();
    bool rejectFigure();
    bool addFigure();

    QList<TextHighlight> marksFor(const QString &documentId) const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    // The claim the person means: the figure at the cursor or the one chosen in the pane.
    const Claim *chosenClaim() const;
    void updatePaneMarks();
    void sendCorrections();
    QStringList entityNames() const;

    CorpusSession *m_corpus;
    AnalysisSession *m_analysis;
    ReadingArea *m_area;
    ReadingController *m_reading;
    QWidget *m_window;
};

} // namespace Recoupe
