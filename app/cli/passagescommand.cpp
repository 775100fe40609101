#include "clicommand.h"

#include "analysis/analysispipeline.h"
#include "export/passagesjson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace Recoupe::Cli {

namespace {

using namespace Qt::StringLiterals;

void printText(QTextStream &out, const QList<PassageMatch> &matches)
{
    for (const PassageMatch &match : matches) {
        out << tr("Score %1").arg(match.score, 0, 'f', 2) << u"  · "_s << tr("shared: %1").arg(match.shared.join(u", "_s)) << '\n';
        for (const PassageSpan *span : {&match.first, &match.second})
            out << "  " << span->document << " @" << span->start << ": " << span->text << '\n';
        out << '\n';
    }
    out << tr("%n matching passage(s).", nullptr, int(matches.size())) << '\n';
}

} // namespace

int runPassagesCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the sentences of different articles of FOLDER that say the same thing, "
                                        "with or without a figure, in French and English, best match first."));
    parser.addPositionalArgument(u"FOLDER"_s, tr("The folder of articles."));
    const QCommandLineOption formatOption(u"format"_s, tr("Output format: text (the default) or json (recoupe-passages-1)."),
                                          u"FORMAT"_s, u"text"_s);
    const QCommandLineOption thresholdOption(u"threshold"_s, tr("Lowest score of a match, from 0 to 1 (default %1).")
                                                                 .arg(PassageMatchOptions().threshold),
                                             u"SCORE"_s);
    parser.addOptions({formatOption, thresholdOption});

    const QString command = u"recoupe-cli passages"_s;
    QString folder;
    if (const std::optional<int> exit = parseFolderArguments(parser, command, tr("Usage: recoupe-cli passages FOLDER [--format text|json] [--threshold SCORE]"), context, &folder))
        return *exit;
    const QString format = parser.value(formatOption);
    if (format != "text"_L1 && format != "json"_L1) {
        context.err << command << ": " << tr("unknown format '%1' (use text or json).").arg(format) << '\n';
        return ExitUsage;
    }
    AnalysisOptions options;
    // Passages are matched on the text alone: no claims to find, no groups to make.
    options.claims = false;
    options.passages = true;
    if (parser.isSet(thresholdOption)) {
        bool ok = false;
        options.passageOptions.threshold = parser.value(thresholdOption).toDouble(&ok);
        if (!ok || options.passageOptions.threshold < 0 || options.passageOptions.threshold > 1) {
            context.err << command << ": " << tr("the threshold must be a number from 0 to 1.") << '\n';
            return ExitUsage;
        }
    }

    FolderAnalysis analysis;
    if (const std::optional<int> exit = analyseFolder(context, command, folder, options, &analysis))
        return *exit;
    if (format == "json"_L1)
        context.out << QString::fromUtf8(QJsonDocument(passagesToJson(analysis.passages)).toJson(QJsonDocument::Indented));
    else
        printText(context.out, analysis.passages);
    return ExitOk;
}

} // namespace Recoupe::Cli
