#include "mainwindow.h"
#include "iconcachingstyle.h"
#include "icons.h"
#include "screenshotrunner.h"
#include "settings/interfacetranslations.h"
#include "settings/settings.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Beside the executable as in an installed prefix: BUILD/bin/recoupe and BUILD/share/recoupe/samples,
// PREFIX/bin/recoupe and PREFIX/share/recoupe/samples. Never the source tree.
QString bundledSamplesFolder()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../share/recoupe/samples"_s);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"recoupe"_s);
    QCoreApplication::setOrganizationName(u"Recoupe"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(RECOUPE_VERSION_STRING));
    QGuiApplication::setApplicationDisplayName(u"Recoupe"_s);
    QGuiApplication::setDesktopFileName(u"org.recoupe.Recoupe"_s);

    // The language is chosen before the parser so that --help is translated too: --language,
    // else the one chosen in the preferences, else the system's.
    QLocale locale;
    const QStringList arguments = app.arguments();
    bool screenshots = false;
    for (const QString &argument : arguments)
        screenshots = screenshots || argument == "--screenshots"_L1 || argument.startsWith("--screenshots="_L1);
    if (!screenshots) {
        const QString chosen = Recoupe::Settings(Recoupe::Settings::defaultFilePath()).interfaceLanguage();
        if (!chosen.isEmpty())
            locale = QLocale(chosen);
    }
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == "--language"_L1 && i + 1 < arguments.size())
            locale = QLocale(arguments.at(i + 1));
        else if (arguments.at(i).startsWith("--language="_L1))
            locale = QLocale(arguments.at(i).mid(11));
    }
    QLocale::setDefault(locale);
    Recoupe::InterfaceTranslations::install(&app, locale);
    QApplication::setWindowIcon(Recoupe::Icons::application());
    Recoupe::IconCachingStyle::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Cross-check the figures of a folder of news articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"folder"_s, QCoreApplication::translate("main", "The folder of articles to open."), u"[FOLDER]"_s);
    const QCommandLineOption languageOption(u"language"_s, QCoreApplication::translate("main", "Language of the interface (fr, en)."), u"code"_s);
    parser.addOption(languageOption);
    const QCommandLineOption screenshotsOption(u"screenshots"_s,
                                               QCoreApplication::translate("main", "Render the window on FOLDER into PNG files in DIR, then quit."),
                                               u"DIR"_s);
    parser.addOption(screenshotsOption);
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "recoupe: give one folder at most")));
        return 2;
    }
    const QString folderArgument = positional.isEmpty() ? QString() : QFileInfo(positional.first()).absoluteFilePath();
    const QString samples = bundledSamplesFolder();
    // One per thread, owned here: it finds the lexicon embedded in the library's resources.
    KSyntaxHighlighting::Repository repository;

    if (parser.isSet(screenshotsOption)) {
        // Shots never read or change the user's settings: a fresh window every time.
        QTemporaryDir settingsDir;
        Recoupe::Settings settings(settingsDir.filePath(u"recouperc"_s));
        Recoupe::MainWindow window(&settings, &repository);
        window.setSamplesFolder(samples);
        window.show();
        Recoupe::ScreenshotRunner runner(&window, parser.value(screenshotsOption));
        QObject::connect(&runner, &Recoupe::ScreenshotRunner::finished, &app, [](int code) { QCoreApplication::exit(code); });
        runner.start(folderArgument.isEmpty() ? samples : folderArgument);
        return app.exec();
    }

    Recoupe::Settings settings(Recoupe::Settings::defaultFilePath());
    Recoupe::MainWindow window(&settings, &repository);
    window.setSamplesFolder(samples);
    window.show();
    // The folder named on the command line; else the one open last time; else, the first time,
    // the bundled samples so that there is something to read.
    QString folder = folderArgument;
    if (folder.isEmpty())
        folder = settings.lastFolder().isEmpty() ? samples : settings.lastFolder();
    if (QFileInfo(folder).isDir())
        window.openFolder(folder);
    return app.exec();
}
