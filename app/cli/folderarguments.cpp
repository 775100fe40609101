#include "clicommand.h"

#include "analysis/analysispipeline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace Recoupe::Cli {

int usageError(CommandContext &context, const QString &command, const QString &message)
{
    context.err << command << ": " << message << '\n' << tr("Run '%1 --help' for the options.").arg(command) << '\n';
    return ExitUsage;
}

std::optional<int> parseFolderArguments(QCommandLineParser &parser, const QString &command, const QString &usage,
                                        CommandContext &context, QString *folder)
{
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(helpOption);
    if (!parser.parse(QStringList{command} + context.arguments))
        return usageError(context, command, parser.errorText());
    if (parser.isSet(helpOption)) {
        // The generated usage line names the program as it was called, without the command.
        QString help = parser.helpText();
        help.replace(QCoreApplication::applicationName() + u" [options] FOLDER"_s, command + u" FOLDER [options]"_s);
        context.out << help;
        return ExitOk;
    }
    const QStringList folders = parser.positionalArguments();
    if (folders.size() != 1) {
        const QString problem = folders.isEmpty() ? tr("no FOLDER given.") : tr("only one FOLDER can be read at a time.");
        if (usage.isEmpty())
            return usageError(context, command, problem);
        context.err << command << ": " << problem << '\n' << usage << '\n';
        return ExitUsage;
    }
    *folder = folders.constFirst();
    return std::nullopt;
}

std::optional<int> analyseFolder(CommandContext &context, const QString &command, const QString &folder, const AnalysisOptions &options,
                                 FolderAnalysis *analysis)
{
    *analysis = AnalysisPipeline::analyseFolder(folder, options);
    if (!analysis->corpus.folderError.isEmpty()) {
        context.err << command << ": " << QDir::toNativeSeparators(folder) << ": " << analysis->corpus.folderError << '\n';
        return ExitFolderUnreadable;
    }
    for (const QString &warning : std::as_const(analysis->warnings))
        context.err << command << ": " << tr("warning:") << ' ' << warning << '\n';
    return std::nullopt;
}

} // namespace Recoupe::Cli
