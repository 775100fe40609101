#pragma once

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace Recoupe {

// The user's preferences and the window's memory, typed, with their defaults in one place.
// Works over an INI file the caller chooses: the application passes defaultFilePath(), tests a
// temporary file, so that no test ever reads or writes the user's settings.
class Settings : public QObject
{
    Q_OBJECT
public:
    enum class Key {
        RecentFolders,
        LastFolder,
        WindowGeometry,
        WindowState,
        HighlightTheme,
        ReadingFontPointSize,
        InterfaceLanguage,
        AnnotationAuthor,
        HideLowConfidenceDiscrepancies,
    };
    Q_ENUM(Key)

    static constexpr qsizetype maxRecentFolders = 10;

    explicit Settings(const QString &filePath, QObject *parent = nullptr);

    // GenericConfigLocation/recouperc, as KDE applications keep theirs.
    static QString defaultFilePath();
    QString filePath() const;

    // Most recent first, without duplicates, at most maxRecentFolders.
    QStringList recentFolders() const;
    void addRecentFolder(const QString &folder);
    void removeRecentFolder(const QString &folder);
    void clearRecentFolders();

    // The folder open when the application last quit; empty before the first folder was opened.
    QString lastFolder() const;
    void setLastFolder(const QString &folder);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // KSyntaxHighlighting theme of the reading pane; empty follows the palette (light or dark).
    QString highlightTheme() const;
    void setHighlightTheme(const QString &theme);

    // Point size of the reading text; 0 uses the default size derived from the system font.
    int readingFontPointSize() const;
    void setReadingFontPointSize(int pointSize);

    // Language of the interface ("fr", "en"); empty follows the system. Read at start-up.
    QString interfaceLanguage() const;
    void setInterfaceLanguage(const QString &language);

    // The name given to new annotations; empty: the login name.
    QString annotationAuthor() const;
    void setAnnotationAuthor(const QString &author);

    // The Comparisons panel leaves out the discrepancies Recoupe is least sure of.
    bool hideLowConfidenceDiscrepancies() const;
    void setHideLowConfidenceDiscrepancies(bool hide);

    // Writes pending changes to the file (also done on destruction).
    void sync();

Q_SIGNALS:
    void changed(Recoupe::Settings::Key key);

private:
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    QSettings m_settings;
};

} // namespace Recoupe
