#include "clicommand.h"

#include "analysis/analysispipeline.h"
#include "annotations/annotationfile.h"
#include "compare/claimwording.h"
#include "corrections/correctionstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Recoupe::Cli {

namespace {

using namespace Qt::StringLiterals;

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue offsetOrNull(qsizetype offset)
{
    return offset >= 0 ? QJsonValue(double(offset)) : QJsonValue(QJsonValue::Null);
}

// What the correction changed, in words: from the parser's reading to the fact-checker's.
QStringList changesOf(const AppliedCorrection &applied)
{
    switch (applied.correction.action) {
    case Correction::Action::Set:
        return applied.isApplied() ? applied.correction.change.describe(applied.parsed) : QStringList();
    case Correction::Action::Reject:
        return {tr("not a figure")};
    case Correction::Action::Add:
        return {tr("figure added: %1").arg(applied.isApplied() ? ClaimWording::amount(applied.parsed) : applied.correction.target.exact)};
    }
    return {};
}

QJsonObject toJson(const AppliedCorrection &applied)
{
    const Correction &c = applied.correction;
    QJsonObject object{
        {"id"_L1, c.id},
        {"document"_L1, c.target.documentId},
        {"action"_L1, Correction::actionName(c.action)},
        {"status"_L1, AppliedCorrection::statusName(applied.status)},
        {"quote"_L1, c.target.exact},
        {"start"_L1, offsetOrNull(applied.anchor.start)},
        {"end"_L1, offsetOrNull(applied.anchor.end)},
        {"storedStart"_L1, offsetOrNull(c.target.start)},
        {"storedEnd"_L1, offsetOrNull(c.target.end)},
        {"claim"_L1, stringOrNull(applied.claimId)},
        {"author"_L1, stringOrNull(c.author)},
        {"created"_L1, stringOrNull(AnnotationFile::formatDateTime(c.created))},
        {"note"_L1, c.note},
        {"changes"_L1, QJsonArray::fromStringList(changesOf(applied))},
    };
    if (c.action != Correction::Action::Reject)
        object.insert(c.action == Correction::Action::Set ? "set"_L1 : "add"_L1, c.change.toJson());
    return object;
}

} // namespace

int runCorrectionsCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the fact-checkers' corrections of the figures of FOLDER (.recoupe/corrections.json): "
                                        "where each one is in the current text (anchored, moved, orphaned, or on a text where no "
                                        "figure is found any more) and what it changed."));
    parser.addPositionalArgument(u"FOLDER"_s, tr("The folder of articles."));
    const QCommandLineOption formatOption(u"format"_s, tr("Output format: text (the default) or json."), u"FORMAT"_s, u"text"_s);
    parser.addOption(formatOption);
    const QString command = u"recoupe-cli corrections"_s;
    QString folder;
    if (const std::optional<int> exit = parseFolderArguments(parser, command, tr("Usage: recoupe-cli corrections FOLDER [--format text|json]"), context, &folder))
        return *exit;
    const QString format = parser.value(formatOption);
    if (format != u"json"_s && format != u"text"_s)
        return usageError(context, command, tr("unknown format '%1' (use text or json).").arg(format));

    AnalysisOptions options;
    options.groups = false;
    FolderAnalysis analysis;
    if (const std::optional<int> exit = analyseFolder(context, command, folder, options, &analysis))
        return *exit;
    const CorrectionFolderContent content = CorrectionStore::readFolder(folder);

    if (format == u"json"_s) {
        QJsonArray corrections;
        for (const AppliedCorrection &applied : std::as_const(analysis.corrections))
            corrections.append(toJson(applied));
        const QJsonObject root{{"format"_L1, u"recoupe-corrections-status-1"_s},
                               {"file"_L1, QDir::toNativeSeparators(content.filePath)},
                               {"ok"_L1, content.ok},
                               {"problems"_L1, QJsonArray::fromStringList(content.problems)},
                               {"corrections"_L1, corrections}};
        context.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        context.out << tr("Folder: %1").arg(QDir::toNativeSeparators(folder)) << '\n'
                    << tr("File: %1").arg(QDir::toNativeSeparators(content.filePath)) << "\n\n";
        if (analysis.corrections.isEmpty())
            context.out << tr("No correction yet.") << '\n';
        for (const AppliedCorrection &applied : std::as_const(analysis.corrections)) {
            const Correction &c = applied.correction;
            context.out << '[' << AppliedCorrection::statusDisplayName(applied.status) << "] " << c.target.documentId << ": “"
                        << c.target.exact << "”";
            if (!applied.claimId.isEmpty())
                context.out << " (" << applied.claimId << ')';
            context.out << '\n';
            for (const QString &change : changesOf(applied))
                context.out << "    " << change << '\n';
            const QString by = c.author.isEmpty() ? tr("unknown") : c.author;
            context.out << "    " << tr("by %1, %2").arg(by, c.created.isValid() ? QLocale().toString(c.created.toLocalTime(), QLocale::ShortFormat) : tr("undated"))
                        << '\n';
            if (!c.note.isEmpty())
                context.out << "    " << tr("Note: %1").arg(c.note) << '\n';
        }
    }
    // A file that cannot be used must not look like "no corrections".
    return content.ok ? ExitOk : ExitFailure;
}

} // namespace Recoupe::Cli
