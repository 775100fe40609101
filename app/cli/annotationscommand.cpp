#include "clicommand.h"

#include "annotations/annotationfile.h"
#include "annotations/annotationmerger.h"
#include "annotations/annotationstore.h"
#include "annotations/textanchorer.h"
#include "corpus/corpusloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
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
    for (qsizetype i = 0; i < placed.size(); ++i) {
        for (qsizetype j = 0; j < placed.size(); ++j) {
            if (i != j && AnnotationMerger::conflicting(placed[i].annotation, placed[j].annotation))
                placed[i].conflicts.append(placed[j].annotation.id);
        }
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
        out << "    " << tr("by %1, %2").arg(a.author.isEmpty() ? u"-"_s : a.author, AnnotationFile::formatDateTime(a.modified)) << '\n';
    }
    out << '\n'
        << tr("Annotations: %1; anchored: %2, moved: %3, orphaned: %4.")
               .arg(placed.size())
               .arg(counts[std::size_t(AnchorStatus::Anchored)])
               .arg(counts[std::size_t(AnchorStatus::Moved)])
               .arg(counts[std::size_t(AnchorStatus::Orphaned)])
        << '\n';
}

} // namespace

int runAnnotationsCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the fact-checkers' annotations of FOLDER, each placed again in the "
                                        "current text of its article: anchored (where it was), moved (found elsewhere or "
                                        "slightly reworded) or orphaned (no longer found). Reads only; never writes."));
    parser.addPositionalArgument(u"FOLDER"_s, tr("The folder of articles."));
    const QCommandLineOption formatOption(u"format"_s, tr("Output format: text (the default) or json (recoupe-annotations-status-1)."),
                                          u"FORMAT"_s, u"text"_s);
    parser.addOption(formatOption);

    const QString command = u"recoupe-cli annotations"_s;
    QString folder;
    if (const std::optional<int> exit = parseFolderArguments(parser, command, tr("Usage: recoupe-cli annotations FOLDER [--format text|json]"), context, &folder))
        return *exit;
    const QString format = parser.value(formatOption);
    if (format != u"text"_s && format != u"json"_s) {
        context.err << command << ": " << tr("unknown format '%1' (use text or json).").arg(format) << '\n';
        return ExitUsage;
    }

    const Corpus corpus = CorpusLoader::load(folder);
    if (!corpus.folderError.isEmpty()) {
        context.err << command << ": " << QDir::toNativeSeparators(folder) << ": " << corpus.folderError << '\n';
        return ExitFolderUnreadable;
    }
    const AnnotationFolderContent content = AnnotationStore::readFolder(corpus.folder);
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
    for (const QString &problem : content.problems)
        context.err << command << ": " << problem << '\n';
    // A damaged annotations file is reported and left as it is (this command never writes):
    // the list above is then incomplete.
    return content.ok ? ExitOk : ExitFailure;
}

} // namespace Recoupe::Cli
