#include "settings/settings.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

struct KeyInfo {
    QString name;
    QVariant defaultValue;
};

KeyInfo keyInfo(Settings::Key key)
{
    switch (key) {
    case Settings::Key::RecentFolders:
        return {u"General/RecentFolders"_s, QStringList()};
    case Settings::Key::LastFolder:
        return {u"General/LastFolder"_s, QString()};
    case Settings::Key::WindowGeometry:
        return {u"MainWindow/Geometry"_s, QByteArray()};
    case Settings::Key::WindowState:
        return {u"MainWindow/State"_s, QByteArray()};
    case Settings::Key::HighlightTheme:
        return {u"Reading/HighlightTheme"_s, QString()};
    case Settings::Key::ReadingFontPointSize:
        return {u"Reading/FontPointSize"_s, 0};
    case Settings::Key::InterfaceLanguage:
        return {u"General/InterfaceLanguage"_s, QString()};
    case Settings::Key::AnnotationAuthor:
        return {u"Annotations/Author"_s, QString()};
    case Settings::Key::HideLowConfidenceDiscrepancies:
        return {u"Comparisons/HideLowConfidence"_s, false};
    }
    Q_UNREACHABLE_RETURN({});
}

// Folders are compared as the file system would name them, so that "a/b/" and "a/b" are one entry.
QString normalizedFolder(const QString &folder)
{
    return QDir::cleanPath(QDir(folder).absolutePath());
}

} // namespace

Settings::Settings(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_settings(filePath, QSettings::IniFormat)
{
}

QString Settings::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/recouperc"_s;
}

QString Settings::filePath() const
{
    return m_settings.fileName();
}

QVariant Settings::value(Key key) const
{
    const KeyInfo info = keyInfo(key);
    QVariant stored = m_settings.value(info.name, info.defaultValue);
    // An INI file does not keep types: a one-element list reads back as a string, a number as text.
    if (stored.metaType() != info.defaultValue.metaType() && !stored.convert(info.defaultValue.metaType()))
        return info.defaultValue;
    return stored;
}

void Settings::setValue(Key key, const QVariant &value)
{
    const KeyInfo info = keyInfo(key);
    if (this->value(key) == value)
        return;
    if (value == info.defaultValue)
        m_settings.remove(info.name);
    else
        m_settings.setValue(info.name, value);
    Q_EMIT changed(key);
}

QStringList Settings::recentFolders() const
{
    return value(Key::RecentFolders).toStringList();
}

void Settings::addRecentFolder(const QString &folder)
{
    if (folder.isEmpty())
        return;
    const QString normalized = normalizedFolder(folder);
    QStringList folders = recentFolders();
    folders.removeAll(normalized);
    folders.prepend(normalized);
    if (folders.size() > maxRecentFolders)
        folders.resize(maxRecentFolders);
    setValue(Key::RecentFolders, folders);
}

void Settings::removeRecentFolder(const QString &folder)
{
    QStringList folders = recentFolders();
    folders.removeAll(normalizedFolder(folder));
    setValue(Key::RecentFolders, folders);
}

void Settings::clearRecentFolders()
{
    setValue(Key::RecentFolders, QStringList());
}

QString Settings::lastFolder() const
{
    return value(Key::LastFolder).toString();
}

void Settings::setLastFolder(const QString &folder)
{
    setValue(Key::LastFolder, folder.isEmpty() ? QString() : normalizedFolder(folder));
}

QByteArray Settings::windowGeometry() const
{
    return value(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::WindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return value(Key::WindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    setValue(Key::WindowState, state);
}

QString Settings::annotationAuthor() const
{
    return value(Key::AnnotationAuthor).toString();
}

void Settings::setAnnotationAuthor(const QString &author)
{
    setValue(Key::AnnotationAuthor, author.trimmed());
}

bool Settings::hideLowConfidenceDiscrepancies() const
{
    return value(Key::HideLowConfidenceDiscrepancies).toBool();
}

void Settings::setHideLowConfidenceDiscrepancies(bool hide)
{
    setValue(Key::HideLowConfidenceDiscrepancies, hide);
}

QString Settings::interfaceLanguage() const
{
    return value(Key::InterfaceLanguage).toString();
}

void Settings::setInterfaceLanguage(const QString &language)
{
    setValue(Key::InterfaceLanguage, language);
}

QString Settings::highlightTheme() const
{
    return value(Key::HighlightTheme).toString();
}

void Settings::setHighlightTheme(const QString &theme)
{
    setValue(Key::HighlightTheme, theme);
}

int Settings::readingFontPointSize() const
{
    return value(Key::ReadingFontPointSize).toInt();
}

void Settings::setReadingFontPointSize(int pointSize)
{
    setValue(Key::ReadingFontPointSize, qMax(0, pointSize));
}

void Settings::sync()
{
    m_settings.sync();
}

} // namespace Recoupe
