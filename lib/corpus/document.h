#pragma once

#include "corpus/readingtext.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Recoupe {

enum class DocumentFormat { PlainText, Markdown, Html, Pdf };

// One article of a folder, reduced to the reading text that every offset refers to.
// A file that could not be read is still a Document: its errors say why, its text is empty.
struct Document {
    QString id;             // path relative to the folder, '/'-separated; unique in a folder
    QString path;           // same as id today; kept apart because DESIGN.md names both
    QString absolutePath;
    DocumentFormat format = DocumentFormat::PlainText;
    QString encoding;       // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "windows-1252"
    ReadingText text;       // the reading text: markup removed, paragraphs separated by "\n\n"
    QString title;
    QString date;           // ISO "YYYY-MM-DD", "YYYY-MM" or "YYYY"; empty when unknown
    QString dateSource;     // "metadata", "text", "user", "inferred"; empty when no date
    QString language;       // "fr", "en"; empty when unknown
    // The article's canonical web address as the page declares it (HTML: <link rel="canonical">,
    // og:url or JSON-LD); empty when unknown. What web annotation tools name as their target.
    QString url;
    // How the reading text was taken out of the file: "article-element", "readability" or
    // "whole-page" for HTML (HtmlReader::Extraction), "pdf" for the text layer of a PDF in reading
    // order; empty for text and Markdown.
    QString extraction;
    int droppedBlocks = 0;  // blocks of a web page set aside as its chrome (never read for claims)
    // Which declaration of the page gave the title, the date and the address ("JSON-LD headline",
    // "og:title", "<title>"; "JSON-LD datePublished", "<time datetime>"; "link rel=canonical"):
    // shown in Properties. Empty when the file declared none.
    QString titleSource;
    QString dateOrigin;
    QString urlSource;
    // Who wrote the article and when it was last updated, as the page (JSON-LD author and
    // dateModified, <meta name="author">, article:modified_time) or the PDF's metadata state them:
    // names joined by ", ", an ISO date. Shown in Properties; never read for claims or periods.
    QString author;
    QString dateModified;
    // A PDF's pages: where each begins in the reading text (one offset per page, ascending; a
    // page without text begins where the next one does), so that an offset tells its page.
    // Empty for every other format.
    QList<qsizetype> pageStarts;
    QStringList errors;     // per-file problems, in the UI language; empty when it loaded
    qint64 sizeBytes = 0;

    bool isLoaded() const { return errors.isEmpty(); }
    // The page (1 for the first) that holds offset; 0 when the document has no pages.
    int pageAt(qsizetype offset) const;
    bool operator==(const Document &) const = default;
};

QString formatName(DocumentFormat format);

} // namespace Recoupe

Q_DECLARE_METATYPE(Recoupe::Document)
