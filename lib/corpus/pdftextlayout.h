#pragma once

#include <QList>
#include <QSet>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace Recoupe {

// Turns the lines of a PDF's pages (text and where each is drawn) into one reading text, in
// the order a reader follows: running headers, footers and page numbers dropped, columns read
// one after the other, lines joined into paragraphs, words hyphenated at a line's end made
// whole again. Pure geometry, no Poppler: PdfReader hands it what Poppler finds.
class PdfTextLayout
{
public:
    struct Line {
        QString text;   // the line's words, with the spaces the PDF puts between them
        QRectF box;     // in points, y down from the page's top
        bool operator==(const Line &) const = default;
    };
    struct Page {
        QSizeF size;    // in points
        QList<Line> lines;
    };
    struct Result {
        QString text;                 // paragraphs separated by "\n\n"
        QList<qsizetype> pageStarts;  // one per page: where its text begins in text
        QString largestFirstPageLine; // the first page's headline (its largest type), if any
    };

    static Result arrange(const QList<Page> &pages);

    // Whether two lines broken at a hyphen ("in-" then "vestment") make one word without it.
    // known holds the words of the document, lower case, as written (inner hyphens kept).
    static bool dropsHyphen(QStringView before, QStringView after, const QSet<QString> &known);
};

} // namespace Recoupe
