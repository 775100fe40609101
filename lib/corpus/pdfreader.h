#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Recoupe {

// Reads the text layer of a PDF with Poppler (its Qt 6 binding), from bytes already in memory
// (read with the same size limit as every article), and lays it out with PdfTextLayout:
// reading order across columns, no running headers, footers or page numbers, hyphenation at
// line ends undone. What cannot be read (a scan without text, a password, damaged bytes, too
// many pages) is a problem of this file, in the UI language; nothing is thrown.
class PdfReader
{
    Q_DECLARE_TR_FUNCTIONS(Recoupe::PdfReader)
public:
    // A news article printed to PDF is a few pages; a book or a report of thousands is not an
    // article, and reading it would hold up the folder.
    static constexpr int maxPages = 300;

    struct Result {
        QString text;                 // paragraphs separated by "\n\n"
        QList<qsizetype> pageStarts;  // where each page begins in text
        QString title;                // the Title of the document's metadata, else its headline
        QString creationDate;         // ISO; when the PDF was made (printed), not the article's date
        QString author;               // the Author of the document's metadata; empty when none
        QString error;                // translated; empty when the text was read
    };

    static Result read(const QByteArray &bytes);
};

} // namespace Recoupe
