#pragma once

#include <QObject>

namespace Recoupe {

class AnalysisSession;
class ComparisonsPane;
class CorpusSession;
class DocumentsPane;
class ReadingPane;
struct ClaimGroup;

// Decides what the reading pane shows and marks: the article chosen in the Documents list, the
// article of a chosen claim (with its quote selected), the claims of the chosen group, and the
// sentences other articles also report. Keeps that coordination out of the window and the panes.
class ReadingController : public QObject
{
    Q_OBJECT
public:
    ReadingController(CorpusSession *corpus, AnalysisSession *analysis, DocumentsPane *documents, ReadingPane *reader,
                      ComparisonsPane *comparisons, QObject *parent = nullptr);

    // Shows the article documentId (empty: none) as chosen in the Documents list.
    void showDocument(const QString &documentId);
    // Opens the claim's article, selects its quote and scrolls it into view.
    void showClaim(const QString &claimId);
    // Marks the group's claims; opens one of its articles unless the one shown states it.
    void showGroup(const Recoupe::ClaimGroup *group);
    // Recomputes the marks of the article shown (after an analysis stage finished).
    void updateMarks();

private:
    CorpusSession *m_corpus;
    AnalysisSession *m_analysis;
    DocumentsPane *m_documents;
    ReadingPane *m_reader;
    ComparisonsPane *m_comparisons;
};

} // namespace Recoupe
