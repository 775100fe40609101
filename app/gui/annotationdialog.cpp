#include "annotationdialog.h"

#include "annotations/annotation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

constexpr qsizetype quoteShown = 300;

} // namespace

AnnotationDialog::AnnotationDialog(const QString &quote, const QString &author, QWidget *parent)
    : QDialog(parent)
    , m_quote(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_verdict(new QComboBox(this))
{
    setObjectName(u"annotationDialog"_s);
    setWindowTitle(tr("Annotate"));
    QString shown = quote.simplified();
    if (shown.size() > quoteShown)
        shown = shown.left(quoteShown) + u'…';
    m_quote->setObjectName(u"annotationQuote"_s);
    m_quote->setText(u"« %1 »"_s.arg(shown));
    m_quote->setWordWrap(true);
    m_quote->setTextFormat(Qt::PlainText);
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_verdict->setObjectName(u"annotationVerdict"_s);
    m_verdict->setEditable(true);
    m_verdict->setInsertPolicy(QComboBox::NoInsert);
    m_verdict->setAccessibleName(tr("Verdict"));
    m_verdict->setToolTip(tr("Choose a verdict or type a tag of your own"));
    m_verdict->addItem(tr("No verdict"), QString());
    for (const QString &verdict : Annotation::standardVerdicts())
        m_verdict->addItem(Annotation::verdictDisplayName(verdict), verdict);
    m_verdict->setCurrentIndex(m_verdict->findData(u"discrepancy"_s));

    m_note->setObjectName(u"annotationNote"_s);
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Why the figure is right or wrong, and what source says so…"));
    m_note->setTabChangesFocus(true);

    auto *authorLabel = new QLabel(author.isEmpty() ? tr("(set your name in the preferences)") : author, this);
    authorLabel->setObjectName(u"annotationAuthor"_s);
    authorLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("Passage:"), m_quote);
    form->addRow(tr("&Verdict:"), m_verdict);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("Author:"), authorLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    // Verdict, then note, then the buttons: Tab from the verdict must reach the note, not Save
    // (the widgets were created note first, which was the default order).
    setTabOrder(m_verdict, m_note);
    setTabOrder(m_note, buttons->button(QDialogButtonBox::Ok));
    setTabOrder(buttons->button(QDialogButtonBox::Ok), buttons->button(QDialogButtonBox::Cancel));
    m_note->setFocus();
}

void AnnotationDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

QString AnnotationDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void AnnotationDialog::setVerdict(const QString &verdict)
{
    const int index = m_verdict->findData(verdict);
    if (index >= 0)
        m_verdict->setCurrentIndex(index);
    else
        m_verdict->setEditText(verdict);
}

QString AnnotationDialog::verdict() const
{
    // A standard verdict chosen from the list, else what the user typed (a tag of their own).
    const int index = m_verdict->findText(m_verdict->currentText());
    if (index >= 0)
        return m_verdict->itemData(index).toString();
    return m_verdict->currentText().trimmed();
}

} // namespace Recoupe
