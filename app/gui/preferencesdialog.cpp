#include "preferencesdialog.h"

#include "readingview.h"
#include "settings/settings.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
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

    auto *form = new QFormLayout;
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
}

} // namespace Recoupe
