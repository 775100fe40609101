#include "clicommand.h"

#include "reportexporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace Recoupe::Cli {

namespace {

using namespace Qt::StringLiterals;

} // namespace

int runReportCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a fact-check report of the articles of FOLDER into DIR, ready for an editor: "
                                        "the disagreements with their reasons and quotes, the revisions, the annotations, each "
                                        "entity's capex chart and the sources. report.html is one self-contained file (charts "
                                        "embedded); report.md links the charts written beside it in charts/."));
    parser.addPositionalArgument(u"FOLDER"_s, tr("The folder of articles."));
    const QCommandLineOption outOption(u"out"_s, tr("The directory to write into (created when missing)."), u"DIR"_s);
    const QCommandLineOption formatOption(u"format"_s, tr("md, html or both (the default)."), u"FORMAT"_s, u"both"_s);
    const QCommandLineOption allowDamagedOption(
        u"allow-damaged"_s, tr("Exit 0 even when the folder's annotations or corrections file is damaged, unreadable or newer "
                               "(the report still warns of it at its top)."));
    parser.addOptions({outOption, formatOption, allowDamagedOption});

    const QString command = u"recoupe-cli report"_s;
    QString folder;
    if (const std::optional<int> exit = parseFolderArguments(parser, command, QString(), context, &folder))
        return *exit;
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty())
        return usageError(context, command, tr("--out DIR is required."));
    const QString format = parser.value(formatOption);
    if (format != "md"_L1 && format != "html"_L1 && format != "both"_L1)
        return usageError(context, command, tr("unknown format '%1' (use md, html or both).").arg(format));

    ReportExportOptions options;
    options.outputDirectory = parser.value(outOption);
    options.markdown = format != "html"_L1;
    options.html = format != "md"_L1;
    const ReportExportResult result = ReportExporter::exportFolder(folder, options);
    for (const QString &warning : result.warnings)
        context.err << command << ": " << warning << '\n';
    if (result.folderUnreadable) {
        context.err << command << ": " << result.error << '\n';
        return ExitFolderUnreadable;
    }
    if (!result.ok) {
        context.err << command << ": " << result.error << '\n';
        return ExitFailure;
    }
    for (const QString &file : result.files)
        context.out << QDir::toNativeSeparators(file) << '\n';
    context.out << tr("%n discrepancy(ies)", nullptr, int(result.summary.discrepancies)) << ", "
                << tr("%n revised", nullptr, int(result.summary.revisions)) << ", "
                << tr("%n annotation(s)", nullptr, int(result.summary.annotations)) << ".\n";
    // A report that silently lacks the notes would be sent as complete: a script must see it.
    if (!result.unusableFiles.isEmpty() && !parser.isSet(allowDamagedOption)) {
        context.err << command << ": "
                    << tr("the report was written with a warning at its top, but is incomplete: the annotations or corrections "
                          "file could not be used. Repair it, or pass --allow-damaged to accept the report as it is.")
                    << '\n';
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace Recoupe::Cli
