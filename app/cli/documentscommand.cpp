#include "clicommand.h"

#include "corpus/corpusloader.h"
#include "export/documentsjson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Recoupe::Cli {

namespace {

using namespace Qt::StringLiterals;

QString dateColumn(const Document &document)
{
    if (document.date.isEmpty())
        return u"-"_s;
    return document.date + u" ("_s + document.dateSource + u')';
}

QString orDash(const QString &value)
{
    return value.isEmpty() ? u"-"_s : value;
}

void printTable(QTextStream &out, const Corpus &corpus)
{
    const QStringList headers{QCoreApplication::translate("recoupe-cli documents", "Document"),
                              QCoreApplication::translate("recoupe-cli documents", "Date"),
                              QCoreApplication::translate("recoupe-cli documents", "Language"),
                              QCoreApplication::translate("recoupe-cli documents", "Encoding"),
                              QCoreApplication::translate("recoupe-cli documents", "Title")};
    QList<QStringList> rows;
    for (const Document &document : corpus.documents) {
        rows.append({document.id, dateColumn(document), orDash(document.language), orDash(document.encoding),
                     document.isLoaded() ? orDash(document.title) : QCoreApplication::translate("recoupe-cli documents", "(not read: see problems)")});
    }
    // Every column but the title, which comes last, is padded to its widest cell.
    QList<qsizetype> widths;
    for (qsizetype column = 0; column < headers.size() - 1; ++column) {
        qsizetype width = headers.at(column).size();
        for (const QStringList &row : rows)
            width = std::max(width, row.at(column).size());
        widths.append(width);
    }
    const auto printRow = [&](const QStringList &cells) {
        QString line;
        for (qsizetype column = 0; column < cells.size(); ++column) {
            if (column + 1 < cells.size())
                line += cells.at(column).leftJustified(widths.at(column)) + u"  "_s;
            else
                line += cells.at(column);
        }
        out << line << '\n';
    };
    printRow(headers);
    for (const QStringList &row : rows)
        printRow(row);

    out << '\n'
        << QCoreApplication::translate("recoupe-cli documents", "%n document(s) read", nullptr, int(corpus.loadedCount()))
        << ", " << QCoreApplication::translate("recoupe-cli documents", "%n with problems", nullptr, int(corpus.problemCount()))
        << ".\n";

    if (corpus.problemCount() == 0 && corpus.warnings.isEmpty())
        return;
    out << '\n' << QCoreApplication::translate("recoupe-cli documents", "Problems:") << '\n';
    for (const QString &warning : corpus.warnings)
        out << "  " << warning << '\n';
    for (const Document &document : corpus.documents) {
        for (const QString &error : document.errors)
            out << "  " << document.id << ": " << error << '\n';
    }
}

} // namespace

int runDocumentsCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("recoupe-cli documents", "Lists the articles of FOLDER (.txt, .md, .html, in its subfolders too) with "
                                        "their date, language, encoding and title, and the files that could not be read."));
    parser.addPositionalArgument(u"FOLDER"_s, QCoreApplication::translate("recoupe-cli documents", "The folder of articles."));
    const QCommandLineOption formatOption(u"format"_s, QCoreApplication::translate("recoupe-cli documents", "Output format: text (a table, the default) or json (the "
                                                          "\"documents\" part of recoupe-claims-1)."),
                                          u"FORMAT"_s, u"text"_s);
    parser.addOption(formatOption);
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, QCoreApplication::translate("recoupe-cli documents", "Show this help."));
    parser.addOption(helpOption);

    const QString command = u"recoupe-cli documents"_s;
    if (!parser.parse(QStringList{command} + context.arguments)) {
        context.err << command << ": " << parser.errorText() << '\n'
                    << QCoreApplication::translate("recoupe-cli documents", "Run 'recoupe-cli documents --help' for the options.") << '\n';
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        // The generated usage line names the program as it was called, without the command:
        // replace it.
        const QString help = parser.helpText();
        context.out << QCoreApplication::translate("recoupe-cli documents", "Usage: recoupe-cli documents FOLDER [--format text|json]") << '\n'
                    << QStringView(help).sliced(help.indexOf(u'\n') + 1);
        return ExitOk;
    }
    const QStringList folders = parser.positionalArguments();
    if (folders.size() != 1) {
        context.err << command << ": "
                    << (folders.isEmpty() ? QCoreApplication::translate("recoupe-cli documents", "no FOLDER given.") : QCoreApplication::translate("recoupe-cli documents", "only one FOLDER can be read at a time.")) << '\n'
                    << QCoreApplication::translate("recoupe-cli documents", "Usage: recoupe-cli documents FOLDER [--format text|json]") << '\n';
        return ExitUsage;
    }
    const QString format = parser.value(formatOption);
    if (format != u"text"_s && format != u"json"_s) {
        context.err << command << ": "
                    << QCoreApplication::translate("recoupe-cli documents", "unknown format '%1' (use text or json).").arg(format)
                    << '\n';
        return ExitUsage;
    }

    const QString folder = folders.constFirst();
    const Corpus corpus = CorpusLoader::load(folder);
    if (!corpus.folderError.isEmpty()) {
        // The error names the folder, as an absolute path.
        context.err << command << ": " << corpus.folderError << '\n';
        return ExitFolderUnreadable;
    }

    if (format == u"json"_s) {
        // Only the documents: this command finds no claims, and an empty "claims" array would
        // say that the articles hold none.
        const QJsonObject root{{"format"_L1, "recoupe-claims-1"_L1}, {"documents"_L1, documentsToJson(corpus.documents)}};
        context.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        for (const QString &warning : corpus.warnings)
            context.err << command << ": " << QCoreApplication::translate("recoupe-cli documents", "warning:") << ' ' << warning << '\n';
    } else {
        context.out << QCoreApplication::translate("recoupe-cli documents", "Folder: %1").arg(QDir::toNativeSeparators(corpus.folder))
                    << "\n\n";
        printTable(context.out, corpus);
    }
    return ExitOk;
}

} // namespace Recoupe::Cli
