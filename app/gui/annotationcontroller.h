#pragma once

#include "readingview.h"

#include <QObject>

class QWidget;

namespace Recoupe {

class AnalysisSession;
class AnnotationsPane;
class ComparisonsPane;
class CorpusSession;
class ReadingArea;
class ReadingController;
class Settings;

// What fact-checkers do with annotations in the window: annotate the selected passage, figure
// or group (Ctrl+M), edit and delete, open an annotation's passage, mark annotations in the
// panes, restore a backup, import a colleague's file. The store (CorpusSession::annotations())
// holds the data, its undo stack and its saving; this only asks and shows.
class AnnotationController : public QObject
{
    Q_OBJECT
public:
    AnnotationController(CorpusSession *corpus, AnalysisSession *analysis, ReadingArea *area, ReadingController *reading,
                         ComparisonsPane *comparisons, AnnotationsPane *pane, Settings *settings, QWidget *window);

    // Opens the dialog for what is chosen; false when nothing can be annotated.
    bool annotate();
    void editAnnotation(const QString &id);
    void removeAnnotation(const QString &id);
    void openAnnotation(const QString &id);
    void restoreBackup();
    // Any annotations file Recoupe reads: another annotations.json of the folder, or W3C Web
    // Annotation JSON of its articles from another tool.
    void importAnnotations();
    // The folder's annotations as a W3C AnnotationCollection, for other annotation tools.
    void exportAnnotations();
    // The annotations of a document as marks for its pane.
    QList<TextHighlight> marksFor(const QString &documentId) const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void updatePaneMarks();

    CorpusSession *m_corpus;
    AnalysisSession *m_analysis;
    ReadingArea *m_area;
    ReadingController *m_reading;
    ComparisonsPane *m_comparisons;
    AnnotationsPane *m_pane;
    Settings *m_settings;
    QWidget *m_window;
};

} // namespace Recoupe
