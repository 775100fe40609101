#include "clicommand.h"

#include "analysis/analysisoptions.h"
#include "analysis/folderanalysis.h"
#include "figures/figurelexer.h"

#include <KSyntaxHighlighting/Repository>

#include <QCommandLineParser>

namespace Recoupe::Cli {

using namespace Qt::StringLiterals;

// What the lexicon marks in each article: one line a token, its kind and its words. For people
// who extend the entities or the lexicon, and to see why a figure was or was not read.
int runTokensCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints the tokens that the lexicon finds in the articles of FOLDER (numbers, "
                                        "magnitudes, currencies, entities, cues, periods), one a line."));
    parser.addPositionalArgument(u"FOLDER"_s, tr("The folder of articles."));
    const QCommandLineOption documentOption(u"document"_s, tr("Only the article whose id (path in FOLDER) contains TEXT."),
                                            u"TEXT"_s);
    parser.addOption(documentOption);
    const QString command = u"recoupe-cli tokens"_s;
    QString folder;
    if (const std::optional<int> exit = parseFolderArguments(parser, command, tr("Usage: recoupe-cli tokens FOLDER [--document TEXT]"), context, &folder))
        return *exit;
    // The folder and its entities as every command reads them; no claims are needed.
    AnalysisOptions options;
    options.claims = false;
    FolderAnalysis analysis;
    if (const std::optional<int> exit = analyseFolder(context, command, folder, options, &analysis))
        return *exit;
    const Corpus &corpus = analysis.corpus;
    KSyntaxHighlighting::Repository repository;
    FigureLexer lexer(repository, analysis.catalog);
    const QString only = parser.value(documentOption);
    for (const Document &document : corpus.documents) {
        if (!document.isLoaded() || (!only.isEmpty() && !document.id.contains(only)))
            continue;
        context.out << "== " << document.id << '\n';
        const QString text = document.text.toString();
        for (const FigureToken &token : lexer.tokenize(text))
            context.out << token.start << '\t' << figureKindName(token.kind) << '\t' << token.textIn(text).toString() << '\n';
    }
    return ExitOk;
}

} // namespace Recoupe::Cli
