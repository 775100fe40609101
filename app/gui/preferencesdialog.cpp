#include "preferencesdialog.h"

#include "readingview.h"
#include "settings/settings.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Recoupe {

PreferencesDialog::PreferencesDialog(Settings *settings, KSyntaxHighlighting::Repository *repository, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_themeCombo(new QComboBox(this))
    , m_fontSizeSpin(new QSpinBox(this))
    , m_languageCombo(new QComboBox(this))
    , m_restartNote(new QLabel(this))
    , m_authorEdit(new QLineEdit(this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Configure Recoupe"));

    m_themeCombo->setObjectName(u"themeCombo"_s);
    m_themeCombo->addItem(tr("Follow the system colours"), QString());
    if (repository) {
        QList<KSyntaxHighlighting::Theme> themes = repository->themes();
        std::sort(themes.begin(), themes.end(), [](const KSyntaxHighlighting::Theme &a, const KSyntaxHighlighting::Theme &b) {
            return a.translatedName().localeAwareCompare(b.translatedName()) < 0;
        });
        for (const KSyntaxHighlighting::Theme &theme : std::as_const(themes))
            m_themeCombo->addItem(theme.translatedName(), theme.name());
    }
    const int current = m_themeCombo->findData(settings->highlightTheme());
    m_themeCombo->setCurrentIndex(qMax(0, current));

    m_fontSizeSpin->setObjectName(u"fontSizeSpin"_s);
    m_fontSizeSpin->setRange(0, 40);
    m_fontSizeSpin->setSuffix(tr(" pt"));
    m_fontSizeSpin->setSpecialValueText(tr("Default (%1 pt)").arg(qRound(ReadingView::defaultReadingFont().pointSizeF())));
    m_fontSizeSpin->setValue(settings->readingFontPointSize());

    // Language names in their own language, as KDE's "Switch Application Language" shows them.
    m_languageCombo->setObjectName(u"languageCombo"_s);
    m_languageCombo->addItem(tr("Follow the system"), QString());
    m_languageCombo->addItem(u"English"_s, u"en"_s);
    m_languageCombo->addItem(u"Français"_s, u"fr"_s);
    m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(settings->interfaceLanguage())));
    m_restartNote->setObjectName(u"languageRestartNote"_s);
    m_restartNote->setText(tr("The new language is used the next time Recoupe starts."));
    m_restartNote->setWordWrap(true);
    m_restartNote->setForegroundRole(QPalette::PlaceholderText);
    m_restartNote->hide();
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_restartNote->setVisible(m_languageCombo->currentData().toString() != m_settings->interfaceLanguage());
    });

    m_authorEdit->setObjectName(u"authorEdit"_s);
    m_authorEdit->setText(settings->annotationAuthor());
    m_authorEdit->setPlaceholderText(tr("Your name, as your annotations will show it"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Your name:"), m_authorEdit);
    form->addRow(tr("&Language:"), m_languageCombo);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("Text &size:"), m_fontSizeSpin);
    form->addRow(tr("&Highlighting theme:"), m_themeCombo);
    auto *note = new QLabel(tr("The theme colours the figures, currencies, periods and entities of the articles."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PreferencesDialog::apply);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

void PreferencesDialog::apply()
{
    m_settings->setHighlightTheme(m_themeCombo->currentData().toString());
    m_settings->setReadingFontPointSize(m_fontSizeSpin->value());
    m_settings->setInterfaceLanguage(m_languageCombo->currentData().toString());
    m_settings->setAnnotationAuthor(m_authorEdit->text());
}

} // namespace Recoupe
