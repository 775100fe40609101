#include "clicommand.h"

#include "analysis/analysispipeline.h"
#include "compare/claimwording.h"
#include "export/groupsjson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <array>

namespace Recoupe::Cli {

namespace {

using namespace Qt::StringLiterals;

void printText(QTextStream &out, const QList<ClaimGroup> &groups)
{
    std::array<int, 4> counts{}; // by Verdict
    for (const ClaimGroup &group : groups) {
        ++counts[int(group.verdict)];
        out << ClaimWording::verdict(group.verdict).toUpper() << "  " << ClaimWording::groupKey(group.key) << "  ("
            << tr("%n source(s)", nullptr, int(group.documents.size())) << ")\n"
            << "  " << tr("claims: %1").arg(group.claims.join(u", "_s)) << '\n';
        for (const DiscrepancyReason &reason : group.reasons) {
            out << "  - " << reason.kind << ": " << reason.explanation;
            // "(low confidence: an article on one side has no date)", as the Comparisons panel says.
            if (reason.confidence != Confidence::None)
                out << " (" << ClaimWording::confidence(reason.confidence) << ": " << reason.confidenceReason << ')';
            out << '\n';
        }
        out << '\n';
    }
    out << tr("%n group(s)", nullptr, int(groups.size())) << ": "
        << tr("%n discrepancy(ies)", nullptr, counts[int(Verdict::Discrepancy)]) << ", "
        << tr("%n revised", nullptr, counts[int(Verdict::Revised)]) << ", "
        << tr("%n agreeing", nullptr, counts[int(Verdict::Agree)]) << ", "
        << tr("%n single-source", nullptr, counts[int(Verdict::Single)]) << ".\n";
}

} // namespace

int runGroupsCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Groups the claims of the articles of FOLDER by entity, metric and period, and "
                                        "says where the sources disagree and why; discrepancies first."));
    parser.addPositionalArgument(u"FOLDER"_s, tr("The folder of articles."));
    const QCommandLineOption formatOption(u"format"_s, tr("Output format: text (the default) or json (recoupe-groups-1)."),
                                          u"FORMAT"_s, u"text"_s);
    parser.addOptions({formatOption});

    const QString command = u"recoupe-cli groups"_s;
    QString folder;
    if (const std::optional<int> exit = parseFolderArguments(parser, command, tr("Usage: recoupe-cli groups FOLDER [--format text|json]"), context, &folder))
        return *exit;
    const QString format = parser.value(formatOption);
    if (format != "text"_L1 && format != "json"_L1) {
        context.err << command << ": " << tr("unknown format '%1' (use text or json).").arg(format) << '\n';
        return ExitUsage;
    }

    FolderAnalysis analysis;
    if (const std::optional<int> exit = analyseFolder(context, command, folder, AnalysisOptions(), &analysis))
        return *exit;
    if (format == "json"_L1)
        context.out << QString::fromUtf8(QJsonDocument(groupsToJson(analysis.groups)).toJson(QJsonDocument::Indented));
    else
        printText(context.out, analysis.groups);
    return ExitOk;
}

} // namespace Recoupe::Cli
