#pragma once

#include "reading/textsearch.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace Recoupe {

class CorpusSession;
class SearchResultsModel;

// Find in every article of the folder (Ctrl+Shift+F): the hits by article, with their line and
// context; choosing one opens it in a reading pane. The search runs off the GUI thread, and a
// new one replaces a running one.
class FindInFolderPane : public QWidget
{
    Q_OBJECT
public:
    explicit FindInFolderPane(CorpusSession *corpus, QWidget *parent = nullptr);
    ~FindInFolderPane() override;

    QLineEdit *lineEdit() const { return m_edit; }
    QTreeView *resultsView() const { return m_view; }
    SearchResultsModel *model() const { return m_model; }
    // Focuses the field, with text to look for when given.
    void activate(const QString &text = {});
    // Runs the search now (typing runs it after a short pause).
    void search();

Q_SIGNALS:
    void hitActivated(const QString &documentId, qsizetype start, qsizetype end);
    void searchFinished(int hits);

private:
    void showResults();

    CorpusSession *m_corpus;
    QLineEdit *m_edit;
    QCheckBox *m_matchCase;
    QCheckBox *m_matchAccents;
    QLabel *m_summary;
    QTreeView *m_view;
    SearchResultsModel *m_model;
    QTimer m_typingTimer;
    QFutureWatcher<QList<TextSearchHit>> m_watcher;
    QString m_runningNeedle;
};

} // namespace Recoupe
