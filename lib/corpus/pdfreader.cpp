#include "corpus/pdfreader.h"

#include "corpus/pdftextlayout.h"

#include <poppler-qt6.h>

#include <QDateTime>

#include <mutex>

namespace Recoupe {

namespace {

using namespace Qt::StringLiterals;

// Poppler reports every syntax error of a damaged file on stderr (through qDebug): the reader
// says what matters once, as the file's problem, and the CLI's output stays clean.
void ignorePopplerMessage(const QString &, const QVariant &) { }

// Titles that tools write in place of the article's: "Microsoft Word - note.docx", a file name,
// "Untitled".
bool isPlaceholderTitle(const QString &title)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(u"untitled"_s, Qt::CaseInsensitive) == 0
        || trimmed.compare(u"sans titre"_s, Qt::CaseInsensitive) == 0)
        return true;
    if (trimmed.startsWith(u"Microsoft Word - "_s))
        return true;
    for (const QString &extension : {u".pdf"_s, u".doc"_s, u".docx"_s, u".odt"_s, u".indd"_s, u".tex"_s, u".rtf"_s}) {
        if (trimmed.endsWith(extension, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// A damaged file often loads (Poppler rebuilds what it can) and shows nothing: a file cut short
// has lost its end-of-file marker, and its empty pages are not a scan.
bool isCutShort(const QByteArray &bytes)
{
    return !bytes.right(1024).contains("%%EOF");
}

} // namespace

PdfReader::Result PdfReader::read(const QByteArray &bytes)
{
    static std::once_flag quiet;
    std::call_once(quiet, [] { Poppler::setDebugErrorFunction(ignorePopplerMessage, QVariant()); });

    Result result;
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document) {
        result.error = tr("The PDF is damaged or incomplete (or not a PDF at all): it cannot be read.");
        return result;
    }
    // Before anything else: a locked document has no pages to ask about (Poppler crashes).
    if (document->isLocked()) {
        result.error = tr("The PDF is protected by a password: it was not read. Save or print a copy without a password to read it.");
        return result;
    }
    if (document->numPages() <= 0) {
        result.error = tr("The PDF is damaged or incomplete (or not a PDF at all): it cannot be read.");
        return result;
    }
    const int pageCount = document->numPages();
    if (pageCount > maxPages) {
        result.error = tr("The PDF has %1 pages, more than the limit of %2 for an article: it was not read.").arg(pageCount).arg(maxPages);
        return result;
    }

    QList<PdfTextLayout::Page> pages;
    pages.reserve(pageCount);
    bool anyText = false;
    for (int p = 0; p < pageCount; ++p) {
        PdfTextLayout::Page layoutPage;
        const std::unique_ptr<Poppler::Page> page = document->page(p);
        if (page) {
            layoutPage.size = page->pageSizeF();
            // Poppler's words come line by line; nextWord() links the words of one line.
            PdfTextLayout::Line line;
            for (const std::unique_ptr<Poppler::TextBox> &word : page->textList()) {
                if (line.text.isEmpty())
                    line.box = word->boundingBox();
                else
                    line.box = line.box.united(word->boundingBox());
                line.text += word->text();
                if (word->nextWord()) {
                    if (word->hasSpaceAfter())
                        line.text += u' ';
                } else {
                    if (!line.text.trimmed().isEmpty())
                        layoutPage.lines.append(line);
                    line = {};
                }
            }
            if (!line.text.trimmed().isEmpty())
                layoutPage.lines.append(line);
        }
        anyText = anyText || !layoutPage.lines.isEmpty();
        pages.append(std::move(layoutPage));
    }
    if (!anyText) {
        result.error = isCutShort(bytes) ? tr("The PDF is damaged or incomplete (or not a PDF at all): it cannot be read.")
                                         : tr("No text layer: run OCR first. This PDF holds only images of its pages (a scan), "
                                              "and Recoupe reads text, not images.");
        return result;
    }

    PdfTextLayout::Result layout = PdfTextLayout::arrange(pages);
    result.text = std::move(layout.text);
    result.pageStarts = std::move(layout.pageStarts);
    const QString metadataTitle = document->info(u"Title"_s).simplified();
    result.title = !isPlaceholderTitle(metadataTitle) ? metadataTitle : layout.largestFirstPageLine;
    result.author = document->info(u"Author"_s).simplified();
    const QDateTime created = document->date(u"CreationDate"_s);
    if (created.isValid())
        result.creationDate = created.date().toString(Qt::ISODate);
    return result;
}

} // namespace Recoupe
