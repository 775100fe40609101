#pragma once

#include "pdffixturewriter.h"

#include <QList>
#include <QString>

// The PDFs of the tests, each in a layout that printed articles use, with the reading text
// expected from it. The wording is invented for these tests (AI spending by made-up firms).
struct PdfFixture {
    QString name;          // a file name, "one-column.pdf"
    PdfFixtureWriter pdf;
    QString expectedText;
    QString expectedTitle;
    // Words that start a page in the reading text (page 2 onwards).
    QStringList pageOpenings;
};

namespace PdfFixtures {

PdfFixture oneColumn();        // headline, two paragraphs; no metadata title; a dateline
PdfFixture twoColumns();       // a headline across two columns, words hyphenated at line ends
PdfFixture runningHeaderAndFooter(); // two pages, the same header and footer on both
PdfFixture pageNumbers();      // three pages, each with its number somewhere else
QList<PdfFixture> all();

// The bundled sample (resources/samples/microsoft-ai-datacenters-january-2025.pdf): two pages of
// two columns, a running header and footer, page numbers, hyphenated words. Its wording is
// invented, its figures follow Microsoft's public statements (resources/samples/README.md).
PdfFixture sample();

// Lines of at most width characters from a paragraph. A '|' inside a word marks where it may be
// broken with a hyphen ("in|vestment"); it is dropped where the word is not broken.
QStringList wrap(const QString &paragraph, int width);

// A PDF that opens only with a password (the Standard security handler; its keys are not those
// of any password, so no password opens it), written by hand: QPdfWriter does not encrypt.
QByteArray passwordProtected();

// A page that is only a picture, as a scanner makes it: no text layer.
PdfFixtureWriter scanned();

} // namespace PdfFixtures
