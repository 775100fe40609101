#pragma once

#include "claims/claim.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Recoupe {

// Correct Figure (F2) and Add Figure: one compact form for what a figure says (entity, metric,
// period, amount, currency or unit, qualifier) and a note. The period is checked as it is typed
// (2025, 2025-Q3, FY2025, FY2025-Q1, 2025-2028) and OK stays disabled while a field is wrong,
// with the reason shown under the form.
class CorrectionDialog : public QDialog
{
    Q_OBJECT
public:
    // claim: the values to start from (the parser's, or a blank claim to add); entities: the names
    // offered (free text is allowed).
    CorrectionDialog(const QString &quote, const Claim &claim, const QStringList &entities, QWidget *parent = nullptr);

    // The claim given, with the fields of the form.
    Claim claim() const;
    QString note() const;
    void setNote(const QString &note);
    // Why OK is disabled; empty when the form is valid.
    QString problem() const;

private:
    void validate();
    double scale() const;
    std::optional<double> amount(const QLineEdit *field) const;

    Claim m_claim;
    QLabel *m_quote;
    QComboBox *m_entity;
    QComboBox *m_metric;
    QLineEdit *m_period;
    QLineEdit *m_low;
    QLineEdit *m_high;
    QComboBox *m_scale;
    QComboBox *m_currency;
    QComboBox *m_qualifier;
    QPlainTextEdit *m_note;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Recoupe
