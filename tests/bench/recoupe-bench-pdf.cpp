// How long reading a PDF takes, per page, on one thread: the target is 50 ms a page or less.
// Not a test (timings are never asserted): `recoupe-bench-pdf [PAGES]` writes a PDF of PAGES
// two-column pages (default 40) with a running header, a footer and a page number, then reads
// it with DocumentReader (Poppler and the layout) a few times and prints the best and median
// milliseconds a page.

#include "pdffixturewriter.h"

#include "corpus/documentreader.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int pages = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 40;
    const QStringList words{u"capital"_s, u"spending"_s, u"on"_s, u"servers"_s, u"rose"_s, u"to"_s, u"about"_s,
                            u"billion"_s, u"dollars"_s, u"in"_s, u"the"_s, u"quarter,"_s, u"the"_s, u"group"_s,
                            u"said."_s, u"Its"_s, u"data"_s, u"centres"_s, u"need"_s, u"power"_s};
    PdfFixtureWriter pdf;
    int word = 0;
    for (int page = 0; page < pages; ++page) {
        pdf.addLine(page, {56, 30}, u"The Bench Gazette \u2014 Technology"_s, 8);
        pdf.addLine(page, {290, 815}, QString::number(page + 1), 8);
        // Two columns of 58 lines of about 36 characters: a full page of a printed newspaper.
        for (int column = 0; column < 2; ++column) {
            for (int line = 0; line < 58; ++line) {
                QString text;
                while (text.size() < 34) {
                    text += words[word % words.size()] + u' ';
                    if (++word % 7 == 0)
                        text += u"4%1 "_s.arg(word % 10);
                }
                pdf.addLine(page, {56.0 + column * 260, 70.0 + line * 13}, text.trimmed(), 10);
            }
        }
    }
    const QByteArray bytes = pdf.write();
    std::printf("PDF of %d pages, %.1f KB\n", pages, bytes.size() / 1024.0);

    QList<double> perPage;
    qsizetype characters = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Recoupe::Document document = Recoupe::DocumentReader::fromBytes(bytes, u"bench.pdf"_s);
        perPage.append(timer.nsecsElapsed() / 1e6 / pages);
        characters = document.text.size();
        if (!document.isLoaded()) {
            std::printf("not read: %s\n", qPrintable(document.errors.join(u' ')));
            return 1;
        }
    }
    std::sort(perPage.begin(), perPage.end());
    std::printf("%lld characters of reading text; %.2f ms a page (best of 5), %.2f ms a page (median)\n",
                static_cast<long long>(characters), perPage.front(), perPage[perPage.size() / 2]);
    return 0;
}
