#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Recoupe {

class Settings;

// Settings > Configure Recoupe…: how articles are set (reading text size, highlighting theme).
// Writes Settings on OK or Apply; the window follows Settings::changed.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(Settings *settings, KSyntaxHighlighting::Repository *repository, QWidget *parent = nullptr);

    void apply();

private:
    Settings *m_settings;
    QComboBox *m_themeCombo;
    QSpinBox *m_fontSizeSpin;
    QComboBox *m_languageCombo;
    QLabel *m_restartNote;
    QLineEdit *m_authorEdit;
};

} // namespace Recoupe
