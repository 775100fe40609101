// Writes the bundled sample PDF (PdfFixtures::sample()) to the path given, for
// resources/samples: `cmake --build build/dev --target recoupe-sample-pdf`, then
// `build/dev/bin/recoupe-sample-pdf resources/samples/microsoft-ai-datacenters-january-2025.pdf`.
// tst_corpus_pdf checks that the committed file reads as the text it was written from.

#include "pdffixtures.h"

#include <QGuiApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: recoupe-sample-pdf FILE.pdf\n");
        return 2;
    }
    return PdfFixtures::sample().pdf.writeTo(QString::fromLocal8Bit(argv[1])) ? 0 : 1;
}
