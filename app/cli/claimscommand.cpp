#include "clicommand.h"

#include "analysis/analysispipeline.h"
#include "export/claimscsv.h"
#include "export/claimsjson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace Recoupe::Cli {

namespace {

using namespace Qt::StringLiterals;

} // namespace

int runClaimsCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Finds the figures of the articles of FOLDER and prints them as claims: entity, "
                                        "metric, period, amount, currency or unit, qualifier, quote and sentence."));
    parser.addPositionalArgument(u"FOLDER"_s, tr("The folder of articles."));
    const QCommandLineOption formatOption(u"format"_s, tr("Output format: json (recoupe-claims-1, the default) or csv (the "
                                                          "claims only, with a header row)."),
                                          u"FORMAT"_s, u"json"_s);
    parser.addOption(formatOption);

    const QString command = u"recoupe-cli claims"_s;
    QString folder;
    if (const std::optional<int> exit = parseFolderArguments(parser, command, tr("Usage: recoupe-cli claims FOLDER [--format json|csv]"), context, &folder))
        return *exit;
    const QString format = parser.value(formatOption);
    if (format != u"json"_s && format != u"csv"_s) {
        context.err << command << ": " << tr("unknown format '%1' (use json or csv).").arg(format) << '\n';
        return ExitUsage;
    }

    AnalysisOptions options;
    options.groups = false;
    FolderAnalysis analysis;
    if (const std::optional<int> exit = analyseFolder(context, command, folder, options, &analysis))
        return *exit;
    const QList<Document> &documents = analysis.corpus.documents;
    if (format == u"json"_s)
        context.out << QString::fromUtf8(QJsonDocument(claimsDocumentToJson(documents, analysis.claims, analysis.corrections)).toJson(QJsonDocument::Indented));
    else
        context.out << claimsToCsv(analysis.claims, documents);
    return ExitOk;
}

} // namespace Recoupe::Cli
