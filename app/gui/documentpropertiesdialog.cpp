#include "documentpropertiesdialog.h"

#include "corpus/userdate.h"

#include "corpussession.h"
#include "models/documentlistmodel.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

// The stated value of one field: the user's text when it differs from what is shown (the file's
// value or an earlier statement), the earlier statement when unchanged.
QString statedValue(const QString &input, const QString &shown, const QString &stated)
{
    return input == shown ? stated : input;
}

} // namespace

DocumentPropertiesDialog::DocumentPropertiesDialog(CorpusSession *session, const QString &documentId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_documentId(documentId)
    , m_titleEdit(new QLineEdit(this))
    , m_dateEdit(new QLineEdit(this))
    , m_dateHint(new QLabel(this))
    , m_languageCombo(new QComboBox(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setObjectName(u"documentPropertiesDialog"_s);
    const Document *document = session->document(documentId);
    Q_ASSERT(document);
    setWindowTitle(tr("Properties of %1").arg(document->path));

    m_titleEdit->setObjectName(u"titleEdit"_s);
    m_titleEdit->setText(document->title);
    m_titleEdit->setCursorPosition(0);

    m_dateEdit->setObjectName(u"dateEdit"_s);
    m_dateEdit->setText(document->date);
    m_dateEdit->setPlaceholderText(tr("YYYY-MM-DD, YYYY-MM or YYYY"));
    m_dateEdit->setClearButtonEnabled(true);
    m_dateHint->setObjectName(u"dateHint"_s);
    m_dateHint->setForegroundRole(QPalette::PlaceholderText);

    m_languageCombo->setObjectName(u"languageCombo"_s);
    m_languageCombo->addItem(DocumentListModel::languageName(u"fr"_s), u"fr"_s);
    m_languageCombo->addItem(DocumentListModel::languageName(u"en"_s), u"en"_s);
    m_languageCombo->addItem(DocumentListModel::languageName({}), QString());
    if (m_languageCombo->findData(document->language) < 0)
        m_languageCombo->addItem(document->language, document->language);
    m_languageCombo->setCurrentIndex(m_languageCombo->findData(document->language));

    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xda, 0x44, 0x53));
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), m_titleEdit);
    form->addRow(tr("&Date:"), m_dateEdit);
    form->addRow(QString(), m_dateHint);
    form->addRow(tr("&Language:"), m_languageCombo);

    // A PDF has no text encoding of its own to name.
    auto *fileLabel = new QLabel(document->encoding.isEmpty() ? tr("File: %1 (%2)").arg(document->path, formatName(document->format))
                                                              : tr("File: %1 (%2, %3)").arg(document->path, document->encoding, formatName(document->format)),
                                 this);
    fileLabel->setForegroundRole(QPalette::PlaceholderText);
    fileLabel->setTextFormat(Qt::PlainText);
    fileLabel->setWordWrap(true);
    // A saved web page: how its article was found, and where its title and date come from.
    auto *pageLabel = new QLabel(DocumentListModel::pageDescription(*document), this);
    pageLabel->setObjectName(u"pageLabel"_s);
    pageLabel->setForegroundRole(QPalette::PlaceholderText);
    pageLabel->setTextFormat(Qt::PlainText);
    pageLabel->setWordWrap(true);
    pageLabel->setVisible(!pageLabel->text().isEmpty());
    auto *note = new QLabel(tr("What you state here is kept in the folder's .recoupe/documents.json file "
                               "and wins over what Recoupe finds in the article."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    QPushButton *restore = m_buttons->button(QDialogButtonBox::RestoreDefaults);
    restore->setObjectName(u"restoreButton"_s);
    restore->setText(tr("Use the File's Values"));
    restore->setToolTip(tr("Forget what you stated about this article"));
    restore->setEnabled(!session->documentOverride(documentId).isEmpty());
    connect(restore, &QPushButton::clicked, this, &DocumentPropertiesDialog::restoreFileValues);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DocumentPropertiesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DocumentPropertiesDialog::reject);
    connect(m_dateEdit, &QLineEdit::textChanged, this, &DocumentPropertiesDialog::validate);

    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fileLabel);
    layout->addWidget(pageLabel);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(note);
    layout->addWidget(m_errorLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);
    validate();
}

bool DocumentPropertiesDialog::isValidDate(const QString &text)
{
    return text.isEmpty() || !UserDate::toIso(text).isEmpty();
}

void DocumentPropertiesDialog::validate()
{
    const QString date = m_dateEdit->text().trimmed();
    const bool valid = isValidDate(date);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    if (!valid) {
        m_dateHint->setText(tr("Not a date: write 2025-01-30, %1, 2025-01 or 2025.").arg(QLocale().toString(QDate(2025, 1, 30), QLocale::ShortFormat)));
    } else if (date.isEmpty()) {
        m_dateHint->setText(tr("Empty: Recoupe uses the date found in the file, if any."));
    } else {
        const Document *document = m_session->document(m_documentId);
        const QString iso = UserDate::toIso(date);
        const bool unchanged = document && iso == document->date;
        if (unchanged && document && document->dateSource == "metadata"_L1 && !document->dateOrigin.isEmpty())
            m_dateHint->setText(tr("Found in the page's metadata: %1").arg(document->dateOrigin));
        else
            m_dateHint->setText(unchanged && document ? DocumentListModel::dateSourceDescription(document->dateSource)
                                                      : tr("%1, set by you").arg(DocumentListModel::displayDate(iso)));
    }
}

void DocumentPropertiesDialog::restoreFileValues()
{
    if (save(true))
        QDialog::accept();
}

void DocumentPropertiesDialog::accept()
{
    if (save(false))
        QDialog::accept();
}

bool DocumentPropertiesDialog::save(bool restoreAll)
{
    const Document *document = m_session->document(m_documentId);
    if (!document)
        return false;
    DocumentOverride override;
    if (!restoreAll) {
        const DocumentOverride stated = m_session->documentOverride(m_documentId);
        override.title = statedValue(m_titleEdit->text().trimmed(), document->title, stated.title);
        const QString typed = m_dateEdit->text().trimmed();
        override.date = statedValue(typed.isEmpty() ? typed : UserDate::toIso(typed), document->date, stated.date);
        override.language = statedValue(m_languageCombo->currentData().toString(), document->language, stated.language);
    }
    QString error;
    if (!m_session->setDocumentOverride(m_documentId, override, &error)) {
        m_errorLabel->setText(tr("Could not save your correction: %1").arg(error));
        m_errorLabel->show();
        return false;
    }
    return true;
}

} // namespace Recoupe
