#include "clicommand.h"
#include "settings/interfacetranslations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace Recoupe::Cli;

QString Recoupe::Cli::tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("Recoupe::Cli", text, disambiguation, n);
}

namespace Recoupe::Cli {
int runClaimsCommand(CommandContext &context); // claimscommand.cpp
int runReportCommand(CommandContext &context); // reportcommand.cpp; needs a QApplication, as chart does
int runTokensCommand(CommandContext &context); // tokenscommand.cpp
int runCorrectionsCommand(CommandContext &context); // correctionscommand.cpp
}

namespace {

struct Command {
    const char *name;
    int (*run)(CommandContext &);
    const char *summary; // translated through QT_TRANSLATE_NOOP
};

// Each subcommand lives in its own file (documentscommand.cpp, ...) and is listed here.
const std::array commands{
    Command{"claims", &runClaimsCommand, QT_TRANSLATE_NOOP("recoupe-cli", "list the figures of FOLDER as claims (entity, metric, period, amount)")},
    Command{"documents", &runDocumentsCommand, QT_TRANSLATE_NOOP("recoupe-cli", "list the articles of FOLDER, with their problems")},
    Command{"groups", &runGroupsCommand, QT_TRANSLATE_NOOP("recoupe-cli", "group the claims of FOLDER and say where the sources disagree, and why")},
    Command{"passages", &runPassagesCommand, QT_TRANSLATE_NOOP("recoupe-cli", "list the sentences of different articles that say the same thing")},
    Command{"chart", &runChartCommand, QT_TRANSLATE_NOOP("recoupe-cli", "plot a metric of FOLDER on a timeline: PNG, SVG, CSV or JSON, ready to publish")},
    Command{"report", &runReportCommand, QT_TRANSLATE_NOOP("recoupe-cli", "write a fact-check report of FOLDER (HTML and Markdown, with the charts) for an editor")},
    Command{"tokens", &runTokensCommand, QT_TRANSLATE_NOOP("recoupe-cli", "show what the lexicon marks in the articles of FOLDER (to extend entities and cues)")},
    Command{"annotations", &runAnnotationsCommand, QT_TRANSLATE_NOOP("recoupe-cli", "list the annotations of FOLDER, placed again in the current texts")},
    Command{"corrections", &runCorrectionsCommand, QT_TRANSLATE_NOOP("recoupe-cli", "list the corrections of the figures of FOLDER, with what each one changed")},
};

void printUsage(QTextStream &stream)
{
    stream << QCoreApplication::translate("recoupe-cli", "Usage: recoupe-cli COMMAND FOLDER [OPTIONS]") << '\n'
           << QCoreApplication::translate("recoupe-cli", "Cross-check the figures of a folder of news articles, headless.") << "\n\n"
           << QCoreApplication::translate("recoupe-cli", "Commands:") << '\n';
    for (const Command &command : commands) {
        stream << "  " << QString::fromLatin1(command.name).leftJustified(12) << ' '
               << QCoreApplication::translate("recoupe-cli", command.summary) << '\n';
    }
    stream << '\n'
           << QCoreApplication::translate("recoupe-cli", "Run 'recoupe-cli COMMAND --help' for the options of a command.") << '\n'
           << QCoreApplication::translate("recoupe-cli", "Recoupe never uses the network.") << '\n';
}

} // namespace

// Every command runs on a QCoreApplication, except `chart` and `report` (which draws the capex
// charts): Qt Charts draws with QGraphicsWidget, which needs a QApplication, and the chart must
// come from the very renderer the GUI uses, not from a second drawing of it. So only those
// commands get a QApplication, on the offscreen platform unless the caller chose another one:
// recoupe-cli never needs a display.
static std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    if (argc > 1 && (std::strcmp(argv[1], "chart") == 0 || std::strcmp(argv[1], "report") == 0)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

int main(int argc, char **argv)
{
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("recoupe-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Recoupe"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECOUPE_VERSION_STRING));

    Recoupe::InterfaceTranslations::install(app.get(), QLocale());

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        printUsage(err);
        return ExitUsage;
    }
    const QString name = arguments.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printUsage(out);
        return ExitOk;
    }
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        out << "recoupe-cli " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    for (const Command &command : commands) {
        if (name == QLatin1String(command.name)) {
            CommandContext context{arguments, out, err};
            return command.run(context);
        }
    }
    err << QCoreApplication::translate("recoupe-cli", "recoupe-cli: unknown command '%1'").arg(name) << "\n\n";
    printUsage(err);
    return ExitUsage;
}
