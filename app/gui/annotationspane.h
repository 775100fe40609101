#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace Recoupe {

class AnnotationStore;
class AnnotationsFilterModel;
class AnnotationsModel;
class CorpusSession;

// The Annotations dock: every annotation of the folder (article, passage, verdict, note, author,
// whether it is still anchored, moved or orphaned), filtered by verdict, author and article.
// Orphans stay listed with their quote and note. Choosing one opens its passage.
class AnnotationsPane : public QWidget
{
    Q_OBJECT
public:
    explicit AnnotationsPane(CorpusSession *corpus, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    AnnotationsModel *model() const { return m_model; }
    AnnotationsFilterModel *filter() const { return m_filter; }
    // The annotation of the current row; empty when none.
    QString currentAnnotation() const;
    bool selectAnnotation(const QString &id);

    // Buttons under the list do what the window's actions do.
    void setActions(QAction *edit, QAction *remove, QAction *restore, QAction *import);

Q_SIGNALS:
    void annotationActivated(const QString &id);
    void currentAnnotationChanged(const QString &id);

private:
    void updateFilterChoices();

    CorpusSession *m_corpus;
    AnnotationsModel *m_model;
    AnnotationsFilterModel *m_filter;
    QLineEdit *m_text;
    QComboBox *m_verdict;
    QComboBox *m_author;
    QComboBox *m_document;
    QTreeView *m_view;
    QWidget *m_buttons;
};

} // namespace Recoupe
