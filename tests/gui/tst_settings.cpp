#include "settings/settings.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void defaults()
    {
        Settings settings(m_dir.filePath(u"defaults.ini"_s));
        QCOMPARE(settings.recentFolders(), QStringList());
        QCOMPARE(settings.lastFolder(), QString());
        QCOMPARE(settings.windowGeometry(), QByteArray());
        QCOMPARE(settings.windowState(), QByteArray());
        QCOMPARE(settings.highlightTheme(), QString());
        QCOMPARE(settings.readingFontPointSize(), 0);
        QCOMPARE(settings.filePath(), m_dir.filePath(u"defaults.ini"_s));
    }

    void defaultFileIsInTheConfigLocation()
    {
        // Test mode keeps this away from the user's real configuration.
        QVERIFY(Settings::defaultFilePath().startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)));
        QVERIFY(Settings::defaultFilePath().endsWith(u"/recouperc"_s));
    }

    void recentFoldersMostRecentFirstWithoutDuplicates()
    {
        Settings settings(m_dir.filePath(u"recent.ini"_s));
        QSignalSpy changed(&settings, &Settings::changed);
        settings.addRecentFolder(u"/news/a"_s);
        settings.addRecentFolder(u"/news/b/"_s);
        settings.addRecentFolder(u"/news/a"_s);
        QCOMPARE(settings.recentFolders(), (QStringList{u"/news/a"_s, u"/news/b"_s}));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.last().at(0).value<Settings::Key>(), Settings::Key::RecentFolders);

        settings.addRecentFolder(u"/news/a"_s); // already first: nothing changes
        QCOMPARE(changed.count(), 3);

        settings.removeRecentFolder(u"/news/b"_s);
        QCOMPARE(settings.recentFolders(), QStringList{u"/news/a"_s});
        settings.clearRecentFolders();
        QCOMPARE(settings.recentFolders(), QStringList());
    }

    void recentFoldersAreCapped()
    {
        Settings settings(m_dir.filePath(u"capped.ini"_s));
        for (int i = 0; i < 15; ++i)
            settings.addRecentFolder(u"/news/%1"_s.arg(i));
        const QStringList folders = settings.recentFolders();
        QCOMPARE(folders.size(), Settings::maxRecentFolders);
        QCOMPARE(folders.first(), u"/news/14"_s);
        QCOMPARE(folders.last(), u"/news/5"_s);
    }

    void valuesSurviveARestart()
    {
        const QString path = m_dir.filePath(u"restart.ini"_s);
        {
            Settings settings(path);
            settings.addRecentFolder(u"/news/only"_s);
            settings.setLastFolder(u"/news/only"_s);
            settings.setWindowGeometry(QByteArray("\x01\x02geometry", 10));
            settings.setWindowState(QByteArrayLiteral("state"));
            settings.setHighlightTheme(u"Breeze Dark"_s);
            settings.setReadingFontPointSize(14);
        }
        Settings settings(path);
        // A one-element list comes back from an INI file as a string; the type is restored.
        QCOMPARE(settings.recentFolders(), QStringList{u"/news/only"_s});
        QCOMPARE(settings.lastFolder(), u"/news/only"_s);
        QCOMPARE(settings.windowGeometry(), QByteArray("\x01\x02geometry", 10));
        QCOMPARE(settings.windowState(), QByteArrayLiteral("state"));
        QCOMPARE(settings.highlightTheme(), u"Breeze Dark"_s);
        QCOMPARE(settings.readingFontPointSize(), 14);

        QSignalSpy changed(&settings, &Settings::changed);
        settings.addRecentFolder(u"/news/only"_s);
        settings.setReadingFontPointSize(14);
        QCOMPARE(changed.count(), 0);
    }

    void changedNamesTheKey()
    {
        Settings settings(m_dir.filePath(u"signal.ini"_s));
        QSignalSpy changed(&settings, &Settings::changed);
        settings.setHighlightTheme(u"GitHub Light"_s);
        settings.setReadingFontPointSize(-3);
        settings.setReadingFontPointSize(0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<Settings::Key>(), Settings::Key::HighlightTheme);
        QCOMPARE(settings.readingFontPointSize(), 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
