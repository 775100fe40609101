#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Recoupe {

class CorpusSession;

// Lets the user correct what Recoupe found about an article: its date (a day, a month or a
// year), its title and its language. What is stated is saved in FOLDER/.recoupe/documents.json
// through the session and wins over the file; a failure to save keeps the dialog open and says why.
class DocumentPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    DocumentPropertiesDialog(CorpusSession *session, const QString &documentId, QWidget *parent = nullptr);

    QString documentId() const { return m_documentId; }

    // "2025", "2025-01" and "2025-01-30" are dates; "" (no date) is valid too.
    static bool isValidDate(const QString &text);

    void accept() override;

private:
    void validate();
    void restoreFileValues();
    bool save(bool restoreAll);

    CorpusSession *m_session;
    QString m_documentId;
    QLineEdit *m_titleEdit;
    QLineEdit *m_dateEdit;
    QLabel *m_dateHint;
    QComboBox *m_languageCombo;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace Recoupe
