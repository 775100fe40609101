#include "corpus/documentreader.h"

#include "corpus/boundedread.h"
#include "corpus/datedetector.h"
#include "corpus/htmlreader.h"
#include "corpus/languagedetector.h"
#include "corpus/markdownreader.h"
#include "corpus/pdfreader.h"
#include "corpus/textdecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

namespace Recoupe {

namespace {

using namespace Qt::StringLiterals;

// Titles longer than this are a paragraph, not a title: cut at a word.
constexpr qsizetype maxTitleLength = 140;

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// Like QString::simplified(), but a run of spaces that holds a no-break space becomes that
// no-break space: French puts one before ":" and inside figures, and it means "keep together".
QString collapseWhitespace(QStringView text)
{
    QString collapsed;
    collapsed.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        if (!text[i].isSpace()) {
            collapsed.append(text[i++]);
            continue;
        }
        QChar space = u' ';
        for (; i < n && text[i].isSpace(); ++i) {
            if (text[i] == u'\u00A0' || text[i] == u'\u202F')
                space = text[i];
        }
        if (!collapsed.isEmpty() && i < n)
            collapsed.append(space);
    }
    return collapsed;
}

QString shortened(QStringView text)
{
    QString title = collapseWhitespace(text);
    if (title.size() <= maxTitleLength)
        return title;
    qsizetype cut = title.lastIndexOf(u' ', maxTitleLength);
    if (cut < maxTitleLength / 2)
        cut = maxTitleLength;
    return title.first(cut) + u'…';
}

// Header lines ("Title: ...", "date: 2025-01-30") at the top of a text or Markdown file.
struct Header {
    QString title;
    QString date;
    QString language;
    // The first line that is not a header, or what follows a date on the first line
    // ("date 2025-01 La décision..."): where a title is looked for.
    QString firstProse;
};

QStringView valueAfterKey(QStringView line, std::initializer_list<QStringView> keys)
{
    const QStringView trimmed = line.trimmed();
    for (QStringView key : keys) {
        if (trimmed.size() > key.size() && trimmed.first(key.size()).compare(key, Qt::CaseInsensitive) == 0) {
            const QStringView rest = trimmed.sliced(key.size()).trimmed();
            if (rest.startsWith(u':'))
                return rest.sliced(1).trimmed();
        }
    }
    return {};
}

Header readHeader(QStringView text)
{
    Header header;
    qsizetype from = 0;
    int nonEmpty = 0;
    // Headers come first; ten lines leave room for a title, a byline and a blank line or two.
    while (from < text.size() && nonEmpty < 10) {
        qsizetype end = text.indexOf(u'\n', from);
        if (end < 0)
            end = text.size();
        const QStringView line = text.sliced(from, end - from);
        from = end + 1;
        if (line.trimmed().isEmpty())
            continue;
        ++nonEmpty;
        if (header.date.isEmpty()) {
            qsizetype consumed = 0;
            const QString date = DateDetector::fromHeaderLine(line.first(std::min<qsizetype>(line.size(), 200)), &consumed);
            if (!date.isEmpty()) {
                header.date = date;
                if (header.firstProse.isEmpty())
                    header.firstProse = line.sliced(consumed).trimmed().toString();
                continue;
            }
        }
        if (header.title.isEmpty()) {
            const QStringView title = valueAfterKey(line, {u"title", u"titre"});
            if (!title.isEmpty()) {
                header.title = title.toString();
                continue;
            }
        }
        if (header.language.isEmpty()) {
            const QStringView language = valueAfterKey(line, {u"language", u"langue", u"lang"});
            if (!language.isEmpty()) {
                header.language = LanguageDetector::fromLanguageTag(language);
                continue;
            }
        }
        if (header.firstProse.isEmpty())
            header.firstProse = line.trimmed().toString();
    }
    return header;
}

void fail(Document &document, const QString &error)
{
    document.errors.append(error);
    document.text.clear();
}

} // namespace

Document DocumentReader::fromPdf(const QByteArray &bytes, Document document)
{
    PdfReader::Result pdf = PdfReader::read(bytes);
    document.extraction = u"pdf"_s;
    if (!pdf.error.isEmpty()) {
        fail(document, pdf.error);
        return document;
    }
    if (std::none_of(pdf.text.cbegin(), pdf.text.cend(), [](QChar c) { return !c.isSpace(); })) {
        fail(document, QCoreApplication::translate("Recoupe::CorpusLoader", "The file holds no readable text."));
        return document;
    }
    document.pageStarts = std::move(pdf.pageStarts);
    document.author = pdf.author;
    document.title = pdf.title.isEmpty() ? titleFromFirstLine(pdf.text) : shortened(pdf.title);
    // A date written in the article beats the PDF's creation date, which is when it was printed
    // or exported (often months later): that one is only a guess, and says so.
    document.date = DateDetector::fromText(pdf.text);
    if (!document.date.isEmpty()) {
        document.dateSource = u"text"_s;
    } else if (!pdf.creationDate.isEmpty()) {
        document.date = pdf.creationDate;
        document.dateSource = u"inferred"_s;
    }
    document.language = LanguageDetector::fromText(pdf.text);
    document.text = pdf.text;
    return document;
}

std::optional<DocumentFormat> DocumentReader::formatForFileName(const QString &fileName)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    if (dot < 0)
        return std::nullopt;
    const QStringView suffix = QStringView(fileName).sliced(dot + 1);
    const auto is = [suffix](QStringView candidate) { return suffix.compare(candidate, Qt::CaseInsensitive) == 0; };
    if (is(u"txt"))
        return DocumentFormat::PlainText;
    if (is(u"md") || is(u"markdown"))
        return DocumentFormat::Markdown;
    if (is(u"html") || is(u"htm"))
        return DocumentFormat::Html;
    if (is(u"pdf"))
        return DocumentFormat::Pdf;
    return std::nullopt;
}

QString DocumentReader::symbolicLinkProblem(const QString &absolutePath)
{
    // QFileInfo::exists() is false both for a loop and for a missing target: walk the chain.
    QSet<QString> seen{absolutePath};
    QFileInfo link(absolutePath);
    for (int hops = 0; link.isSymLink(); ++hops) {
        const QString target = link.symLinkTarget();
        if (seen.contains(target) || hops >= 40) {
            return QCoreApplication::translate("Recoupe::CorpusLoader", "Symbolic link loop: the link leads back to %1.")
                .arg(QDir::toNativeSeparators(target));
        }
        seen.insert(target);
        link = QFileInfo(target);
        if (!link.isSymLink() && !link.exists()) {
            return QCoreApplication::translate("Recoupe::CorpusLoader", "Broken symbolic link: its target %1 does not exist.")
                .arg(QDir::toNativeSeparators(target));
        }
    }
    return {};
}

QString DocumentReader::titleFromFirstLine(QStringView text)
{
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype end = text.indexOf(u'\n', from);
        if (end < 0)
            end = text.size();
        QStringView line = text.sliced(from, end - from).trimmed();
        from = end + 1;
        // Text copied from a web page often starts with its picture, in Markdown: "![alt](url)".
        // The alt text says what the article is about; the address does not.
        if (line.startsWith(u"![") && line.contains(u"](")) {
            const qsizetype close = line.indexOf(u"](");
            line = line.sliced(2, close - 2).trimmed();
        }
        // "* * *" and the like are separators, not titles.
        if (std::any_of(line.begin(), line.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            return shortened(line);
    }
    return {};
}

Document DocumentReader::read(const QString &absolutePath, const QString &id, const CorpusLoadOptions &options)
{
    Document document;
    document.id = id;
    document.path = id;
    document.absolutePath = absolutePath;
    document.format = formatForFileName(id).value_or(DocumentFormat::PlainText);

    const QFileInfo info(absolutePath);
    if (info.isSymLink()) {
        if (const QString problem = symbolicLinkProblem(absolutePath); !problem.isEmpty()) {
            fail(document, problem);
            return document;
        }
    }
    if (!info.exists()) {
        fail(document, QCoreApplication::translate("Recoupe::CorpusLoader", "The file no longer exists."));
        return document;
    }
    if (info.isDir()) {
        fail(document, QCoreApplication::translate("Recoupe::CorpusLoader", "This is a folder, not a file."));
        return document;
    }
    // Checked before anything opens it: opening a named pipe waits for a writer forever, and
    // a device may never end.
    if (!info.isFile()) {
        fail(document, QCoreApplication::translate("Recoupe::CorpusLoader", "Not a regular file (a named pipe, socket or device): it was not opened."));
        return document;
    }
    document.sizeBytes = info.size();
    if (info.size() > options.maxFileBytes) {
        fail(document, QCoreApplication::translate("Recoupe::CorpusLoader", "The file is %1, larger than the limit of %2: it was not read.")
                           .arg(sizeText(info.size()), sizeText(options.maxFileBytes)));
        return document;
    }
    if (info.size() == 0) {
        fail(document, QCoreApplication::translate("Recoupe::CorpusLoader", "The file is empty."));
        return document;
    }

    QFile file(absolutePath);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(document, QCoreApplication::translate("Recoupe::CorpusLoader", "The file cannot be read: %1.").arg(file.errorString()));
        return document;
    }
    QByteArray bytes = readBounded(file, info.size(), options.maxFileBytes);
    if (file.error() != QFileDevice::NoError) {
        fail(document, QCoreApplication::translate("Recoupe::CorpusLoader", "The file cannot be read: %1.").arg(file.errorString()));
        return document;
    }
    if (bytes.size() > options.maxFileBytes) {
        fail(document, QCoreApplication::translate("Recoupe::CorpusLoader", "The file is larger than the limit of %1: it was not read.")
                           .arg(sizeText(options.maxFileBytes)));
        return document;
    }

    Document parsed = fromBytes(bytes, id);
    parsed.absolutePath = absolutePath;
    parsed.sizeBytes = document.sizeBytes;
    return parsed;
}

Document DocumentReader::fromBytes(const QByteArray &bytes, const QString &id)
{
    Document document;
    document.id = id;
    document.path = id;
    document.format = formatForFileName(id).value_or(DocumentFormat::PlainText);
    document.sizeBytes = bytes.size();
    if (bytes.isEmpty()) {
        fail(document, QCoreApplication::translate("Recoupe::CorpusLoader", "The file is empty."));
        return document;
    }
    if (document.format == DocumentFormat::Pdf)
        return fromPdf(bytes, std::move(document));

    DecodedText decoded = TextDecoder::decode(bytes);
    document.encoding = decoded.encoding;
    switch (decoded.problem) {
    case DecodedText::Problem::None:
        break;
    case DecodedText::Problem::Binary:
        fail(document, QCoreApplication::translate("Recoupe::CorpusLoader", "Not a text file: it holds binary data (NUL or control bytes). "
                                 "UTF-16 text needs a byte-order mark to be recognized."));
        return document;
    case DecodedText::Problem::Undecodable:
        if (decoded.encoding == u"windows-1252")
            fail(document, QCoreApplication::translate("Recoupe::CorpusLoader", "The text cannot be decoded: it is neither UTF-8 nor Windows-1252."));
        else
            fail(document, QCoreApplication::translate("Recoupe::CorpusLoader", "The text cannot be decoded: its byte-order mark says %1, but the bytes that follow are not %1.")
                               .arg(decoded.encoding));
        return document;
    }

    // Markup parsers take UTF-8: give them the file's own bytes when it is UTF-8.
    const auto utf8 = [&]() {
        if (decoded.utf8Offset == 0)
            return bytes;
        return decoded.utf8Offset > 0 ? bytes.sliced(decoded.utf8Offset) : decoded.text.toUtf8();
    };

    QString declaredLanguage;
    QString text; // the reading text, kept as UTF-8 once it is complete
    switch (document.format) {
    case DocumentFormat::PlainText: {
        text = std::move(decoded.text);
        if (text.contains(u'\r')) {
            text.replace(u"\r\n"_s, u"\n"_s);
            text.replace(u'\r', u'\n');
        }
        const Header header = readHeader(text);
        document.title = !header.title.isEmpty() ? header.title : titleFromFirstLine(header.firstProse);
        document.date = header.date;
        declaredLanguage = header.language;
        break;
    }
    case DocumentFormat::Markdown: {
        const Header header = readHeader(decoded.text);
        MarkdownReader::Result markdown = MarkdownReader::read(utf8());
        text = std::move(markdown.text);
        document.title = !markdown.title.isEmpty() ? markdown.title : header.title;
        document.date = !markdown.date.isEmpty() ? markdown.date : header.date;
        declaredLanguage = !markdown.language.isEmpty() ? markdown.language : header.language;
        break;
    }
    case DocumentFormat::Pdf: // read by fromPdf(), above
        break;
    case DocumentFormat::Html: {
        HtmlReader::Result html = HtmlReader::read(utf8());
        text = std::move(html.text);
        document.title = html.title;
        document.titleSource = html.titleSource;
        document.date = html.date;
        document.dateOrigin = html.dateSource;
        document.url = html.url;
        document.urlSource = html.urlSource;
        document.author = html.author;
        document.dateModified = html.dateModified;
        document.extraction = HtmlReader::extractionName(html.extraction);
        document.droppedBlocks = html.droppedBlocks;
        declaredLanguage = html.language;
        break;
    }
    }

    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return !c.isSpace(); })) {
        fail(document, QCoreApplication::translate("Recoupe::CorpusLoader", "The file holds no readable text."));
        document.title.clear();
        document.titleSource.clear();
        document.date.clear();
        document.dateOrigin.clear();
        document.url.clear();
        document.urlSource.clear();
        document.author.clear();
        document.dateModified.clear();
        document.extraction.clear();
        document.droppedBlocks = 0;
        return document;
    }

    if (document.title.isEmpty())
        document.titleSource.clear();
    document.title = document.title.isEmpty() ? titleFromFirstLine(text) : shortened(document.title);
    if (!document.date.isEmpty()) {
        document.dateSource = u"metadata"_s;
    } else {
        document.date = DateDetector::fromText(text);
        if (!document.date.isEmpty())
            document.dateSource = u"text"_s;
    }
    document.language = !declaredLanguage.isEmpty() ? declaredLanguage : LanguageDetector::fromText(text);
    document.text = text;
    return document;
}

} // namespace Recoupe
