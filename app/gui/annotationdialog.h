#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace Recoupe {

// Writes or edits one annotation: the passage it is about, a note, a verdict (one of the
// standard ones or a tag of the user's own) and who writes it.
class AnnotationDialog : public QDialog
{
    Q_OBJECT
public:
    AnnotationDialog(const QString &quote, const QString &author, QWidget *parent = nullptr);

    void setNote(const QString &note);
    QString note() const;
    // A standard verdict name ("needs_source") or a custom tag; empty for none.
    void setVerdict(const QString &verdict);
    QString verdict() const;

private:
    QLabel *m_quote;
    QPlainTextEdit *m_note;
    QComboBox *m_verdict;
};

} // namespace Recoupe
