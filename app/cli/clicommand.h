#pragma once

#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

namespace Recoupe {
struct AnalysisOptions;
struct FolderAnalysis;
}

namespace Recoupe::Cli {

// Exit statuses shared by every command.
enum ExitStatus {
    ExitOk = 0,           // the folder was read (per-file problems are listed, not fatal)
    ExitFailure = 1,      // the command ran but could not produce its output (e.g. cannot write a file)
    ExitUsage = 2,        // bad arguments
    ExitFolderUnreadable = 3,
};

// The commands' translated text. lupdate files every tr() call of this namespace under the
// context "Recoupe::Cli"; one definition keeps the run-time context the same. Plurals: pass n.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

// One subcommand: `recoupe-cli NAME ARGS...`. arguments excludes the program and command names.
struct CommandContext {
    QStringList arguments;
    QTextStream &out;
    QTextStream &err;
};

// The start every command shares: parses context.arguments with parser (the command's options
// and FOLDER already added; -h/--help is added here), prints the help, or says what is wrong.
// Returns the exit status to return at once, or nothing with *folder set to the one FOLDER.
// command: "recoupe-cli NAME"; usage: the line shown when the number of folders is wrong
// (empty: where the help is).
std::optional<int> parseFolderArguments(QCommandLineParser &parser, const QString &command, const QString &usage,
                                        CommandContext &context, QString *folder);
// What every command that shows claims, groups or passages starts from: FOLDER through the one
// AnalysisPipeline that the window runs too. Says on the error stream that FOLDER cannot be
// read (returning ExitFolderUnreadable), else each warning, and returns nothing with *analysis set.
std::optional<int> analyseFolder(CommandContext &context, const QString &command, const QString &folder, const AnalysisOptions &options,
                                 FolderAnalysis *analysis);
// Says message on the error stream, then where the options are; returns ExitUsage.
int usageError(CommandContext &context, const QString &command, const QString &message);

int runDocumentsCommand(CommandContext &context);
int runAnnotationsCommand(CommandContext &context);
int runPassagesCommand(CommandContext &context);
int runGroupsCommand(CommandContext &context);
int runChartCommand(CommandContext &context); // needs a QApplication (see main.cpp)

} // namespace Recoupe::Cli
