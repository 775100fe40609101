#include "clicommand.h"

#include "annotations/annotationfile.h"
#include "annotations/annotationmerger.h"
#include "annotations/annotationsourceresolver.h"
#include "annotations/annotationstore.h"
#include "annotations/textanchorer.h"
#include "annotations/w3cannotationwriter.h"
#include "corpus/corpusloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <memory>

namespace Recoupe::Cli {

namespace {

using namespace Qt::StringLiterals;

// One annotation with where it is now.
struct PlacedAnnotation {
    Annotation annotation;
    AnchorResult anchor;
    QString currentQuote;
    QStringList conflicts;
};

QList<PlacedAnnotation> place(const QList<Annotation> &annotations, const Corpus &corpus)
{
    QHash<QString, std::shared_ptr<TextAnchorer>> anchorers;
    QList<PlacedAnnotation> placed;
    for (const Annotation &annotation : annotations) {
        PlacedAnnotation item{annotation, {}, {}, {}};
        const AnnotationTarget &target = annotation.target;
        const Document *document = target.hasPassage() ? corpus.document(target.documentId) : nullptr;
        if (!target.hasPassage()) {
            item.anchor = TextAnchorer::anchor(target, QString());
        } else if (!document || !document->isLoaded()) {
            item.anchor = TextAnchorer::documentMissing();
        } else {
            std::shared_ptr<TextAnchorer> &anchorer = anchorers[document->id];
            if (!anchorer)
                anchorer = std::make_shared<TextAnchorer>(document->text.toString());
            item.anchor = anchorer->anchor(target);
            if (item.anchor.isPlaced())
                item.currentQuote = document->text.mid(item.anchor.start, item.anchor.end - item.anchor.start);
        }
        placed.append(item);
    }
    // Bucketed, not every pair: 100,000 annotations would otherwise take minutes.
    const QList<QList<qsizetype>> conflicts = AnnotationMerger::conflicts(annotations);
    for (qsizetype i = 0; i < placed.size(); ++i) {
        for (const qsizetype j : conflicts[i])
            placed[i].conflicts.append(placed[j].annotation.id);
    }
    return placed;
}

QJsonValue offsetOrNull(qsizetype offset)
{
    return offset >= 0 ? QJsonValue(double(offset)) : QJsonValue(QJsonValue::Null);
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject toJson(const PlacedAnnotation &item)
{
    const Annotation &a = item.annotation;
    const AnnotationTarget &t = a.target;
    QJsonObject object{
        {"id"_L1, a.id},
        {"document"_L1, stringOrNull(t.documentId)},
        {"status"_L1, AnchorResult::statusName(item.anchor.status)},
        {"method"_L1, AnchorResult::methodName(item.anchor.method)},
        {"start"_L1, offsetOrNull(item.anchor.start)},
        {"end"_L1, offsetOrNull(item.anchor.end)},
        {"storedStart"_L1, offsetOrNull(t.start)},
        {"storedEnd"_L1, offsetOrNull(t.end)},
        {"quote"_L1, stringOrNull(t.exact)},
        {"currentQuote"_L1, item.anchor.isPlaced() && t.hasPassage() ? QJsonValue(item.currentQuote) : QJsonValue(QJsonValue::Null)},
        {"documentMissing"_L1, item.anchor.documentMissing},
        {"verdict"_L1, stringOrNull(a.verdict)},
        {"note"_L1, a.note},
        {"author"_L1, stringOrNull(a.author)},
        {"created"_L1, stringOrNull(AnnotationFile::formatDateTime(a.created))},
        {"modified"_L1, stringOrNull(AnnotationFile::formatDateTime(a.modified))},
        {"claim"_L1, stringOrNull(t.claimId)},
        {"conflicts"_L1, QJsonArray::fromStringList(item.conflicts)},
    };
    if (t.hasClaimGroup()) {
        object.insert("group"_L1, QJsonObject{{"entity"_L1, t.claimGroup.entity}, {"metric"_L1, t.claimGroup.metric},
                                              {"period"_L1, stringOrNull(t.claimGroup.period)}});
    } else {
        object.insert("group"_L1, QJsonValue(QJsonValue::Null));
    }
    return object;
}

void printText(QTextStream &out, const QString &folder, const QString &filePath, const QList<PlacedAnnotation> &placed)
{
    out << tr("Folder: %1").arg(QDir::toNativeSeparators(folder)) << '\n'
        << tr("File: %1").arg(QDir::toNativeSeparators(filePath)) << "\n\n";
    std::array<int, 3> counts{};
    for (const PlacedAnnotation &item : placed) {
        const Annotation &a = item.annotation;
        const AnnotationTarget &t = a.target;
        ++counts[std::size_t(item.anchor.status)];
        QString where;
        if (t.hasPassage()) {
            where = t.documentId + u':'
                + (item.anchor.isPlaced() ? QString::number(item.anchor.start) + u'-' + QString::number(item.anchor.end) : u"-"_s);
        } else if (!t.claimId.isEmpty()) {
            where = t.claimId;
        } else {
            where = t.claimGroup.entity + u'/' + t.claimGroup.metric + u'/' + (t.claimGroup.period.isEmpty() ? u"-"_s : t.claimGroup.period);
        }
        out << where << "  " << AnchorResult::statusName(item.anchor.status) << "  " << (a.verdict.isEmpty() ? u"-"_s : a.verdict);
        if (!item.conflicts.isEmpty())
            out << "  " << tr("(conflicting)");
        out << '\n';
        if (!t.exact.isEmpty()) {
            out << "    " << tr("quote: “%1”").arg(t.exact.simplified()) << '\n';
            if (item.anchor.isPlaced() && item.currentQuote != t.exact)
                out << "    " << tr("now: “%1”").arg(item.currentQuote.simplified()) << '\n';
        }
        if (!a.note.isEmpty())
            out << "    " << tr("note: %1").arg(a.note.simplified()) << '\n';
        // Annotations from other tools may have neither author nor date.
        const QString modified = AnnotationFile::formatDateTime(a.modified.isValid() ? a.modified : a.created);
        out << "    " << tr("by %1, %2").arg(a.author.isEmpty() ? u"-"_s : a.author, modified.isEmpty() ? u"-"_s : modified) << '\n';
    }
    out << '\n'
        << tr("Annotations: %1; anchored: %2, moved: %3, orphaned: %4.")
               .arg(placed.size())
               .arg(counts[std::size_t(AnchorStatus::Anchored)])
               .arg(counts[std::size_t(AnchorStatus::Moved)])
               .arg(counts[std::size_t(AnchorStatus::Orphaned)])
        << '\n';
}

// Merges FILE into FOLDER's annotations through the store the window uses (same merge, same
// atomic save, same backups). *annotations and *filePath: the folder's annotations afterwards.
std::optional<int> importAnnotations(CommandContext &context, const QString &command, const Corpus &corpus, const QString &file,
                                     QList<Annotation> *annotations, QString *filePath)
{
    AnnotationStore::Options options;
    options.saveDelayMs = 0;
    AnnotationStore store(options);
    QString error;
    if (!store.open(corpus.folder, &error)) {
        context.err << command << ": " << error << '\n';
        return ExitFailure;
    }
    store.setDocuments(corpus.documents);
    AnnotationMergeReport report;
    if (!store.importFile(file, &report, &error)) {
        context.err << command << ": " << error << '\n';
        return ExitFailure;
    }
    if (!store.flush(&error)) {
        context.err << command << ": " << error << '\n';
        return ExitFailure;
    }
    context.err << command << ": " << tr("%1: %2").arg(QDir::toNativeSeparators(file), report.summary()) << '\n';
    for (const QString &warning : std::as_const(report.warnings))
        context.err << command << ": " << tr("warning:") << ' ' << warning << '\n';
    for (const QString &problem : store.problems())
        context.err << command << ": " << problem << '\n';
    *annotations = store.annotations();
    *filePath = store.filePath();
    return std::nullopt;
}

} // namespace

int runAnnotationsCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the fact-checkers' annotations of FOLDER, each placed again in the "
                                        "current text of its article: anchored (where it was), moved (found elsewhere or "
                                        "slightly reworded) or orphaned (no longer found). Reads only, unless --import is given.\n"
                                        "--import merges annotations into the folder's: Recoupe's own file, or W3C Web Annotation "
                                        "JSON from another tool (one Annotation, an array of them, an AnnotationPage, an "
                                        "AnnotationCollection with its pages included); a target named by a web address is "
                                        "matched with the article whose canonical address it is.\n"
                                        "--export w3c writes them as a W3C AnnotationCollection, for other annotation tools."));
    parser.addPositionalArgument(u"FOLDER"_s, tr("The folder of articles."));
    const QCommandLineOption formatOption(u"format"_s, tr("Output format: text (the default) or json (recoupe-annotations-status-1)."),
                                          u"FORMAT"_s, u"text"_s);
    parser.addOption(formatOption);
    const QCommandLineOption importOption(u"import"_s, tr("Merge the annotations of FILE into the folder's, then list them."), u"FILE"_s);
    parser.addOption(importOption);
    const QCommandLineOption exportOption(u"export"_s, tr("Write the annotations as FORMAT instead of listing them: w3c (a W3C "
                                                          "AnnotationCollection)."),
                                          u"FORMAT"_s);
    parser.addOption(exportOption);
    const QCommandLineOption outOption(u"out"_s, tr("With --export: the file to write (default: the standard output)."), u"FILE"_s);
    parser.addOption(outOption);

    const QString command = u"recoupe-cli annotations"_s;
    QString folder;
    if (const std::optional<int> exit = parseFolderArguments(
            parser, command, tr("Usage: recoupe-cli annotations FOLDER [--format text|json] [--import FILE] [--export w3c [--out FILE]]"),
            context, &folder))
        return *exit;
    const QString format = parser.value(formatOption);
    if (format != u"text"_s && format != u"json"_s) {
        context.err << command << ": " << tr("unknown format '%1' (use text or json).").arg(format) << '\n';
        return ExitUsage;
    }
    if (parser.isSet(exportOption) && parser.value(exportOption) != u"w3c"_s)
        return usageError(context, command, tr("unknown export format '%1' (use w3c).").arg(parser.value(exportOption)));
    if (parser.isSet(outOption) && !parser.isSet(exportOption))
        return usageError(context, command, tr("--out is for --export."));
    if (parser.isSet(importOption) && !QFileInfo(parser.value(importOption)).isFile()) {
        context.err << command << ": " << tr("The file %1 does not exist").arg(QDir::toNativeSeparators(parser.value(importOption))) << '\n';
        return ExitFailure;
    }

    const Corpus corpus = CorpusLoader::load(folder);
    if (!corpus.folderError.isEmpty()) {
        context.err << command << ": " << QDir::toNativeSeparators(folder) << ": " << corpus.folderError << '\n';
        return ExitFolderUnreadable;
    }
    // As the other commands do: a documents.json that cannot be used (a FIFO, /dev/zero) is said.
    for (const QString &warning : corpus.warnings)
        context.err << command << ": " << tr("warning:") << ' ' << warning << '\n';
    AnnotationFolderContent content = AnnotationStore::readFolder(corpus.folder);
    if (parser.isSet(importOption)) {
        if (!content.ok) {
            // Opening the store would move the damaged file aside: for a command, better to stop
            // and let the user look at it.
            for (const QString &problem : std::as_const(content.problems))
                context.err << command << ": " << problem << '\n';
            context.err << command << ": " << tr("nothing imported: the folder's annotations file cannot be used as it is.") << '\n';
            return ExitFailure;
        }
        content.problems.clear();
        if (const std::optional<int> exit = importAnnotations(context, command, corpus, parser.value(importOption), &content.annotations,
                                                              &content.filePath))
            return *exit;
    } else {
        // Annotations written by another tool name their article by its web address.
        AnnotationSourceResolver(corpus.documents).resolve(content.annotations);
    }

    if (parser.isSet(exportOption)) {
        const QJsonObject collection = W3cAnnotationWriter::collection(
            content.annotations, corpus.documents, tr("Annotations of %1").arg(QFileInfo(corpus.folder).fileName()));
        const QByteArray bytes = W3cAnnotationWriter::serialize(collection);
        for (const QString &problem : std::as_const(content.problems))
            context.err << command << ": " << problem << '\n';
        if (!parser.isSet(outOption)) {
            context.out << QString::fromUtf8(bytes);
            return content.ok ? ExitOk : ExitFailure;
        }
        const QString out = parser.value(outOption);
        const AnnotationFile::WriteResult written = AnnotationFile::write(out, bytes);
        if (!written.ok) {
            context.err << command << ": " << written.error << '\n';
            return ExitFailure;
        }
        context.out << tr("%1: %n annotation(s) exported as a W3C AnnotationCollection.", nullptr, int(content.annotations.size()))
                           .arg(QDir::toNativeSeparators(out))
                    << '\n';
        return content.ok ? ExitOk : ExitFailure;
    }

    const QList<PlacedAnnotation> placed = place(content.annotations, corpus);
    if (format == u"json"_s) {
        QJsonArray annotations;
        for (const PlacedAnnotation &item : placed)
            annotations.append(toJson(item));
        const QJsonObject root{{"format"_L1, "recoupe-annotations-status-1"_L1},
                               {"folder"_L1, corpus.folder},
                               {"file"_L1, content.filePath},
                               {"annotations"_L1, annotations},
                               {"problems"_L1, QJsonArray::fromStringList(content.problems)}};
        context.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        printText(context.out, corpus.folder, content.filePath, placed);
    }
    for (const QString &problem : std::as_const(content.problems))
        context.err << command << ": " << problem << '\n';
    // A damaged annotations file is reported and left as it is (this command writes only to
    // import): the list above is then incomplete.
    return content.ok ? ExitOk : ExitFailure;
}

} // namespace Recoupe::Cli
