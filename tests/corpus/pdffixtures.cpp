#include "pdffixtures.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace PdfFixtures {

namespace {

constexpr qreal body = 10;    // point size of the text
constexpr qreal leading = 13; // from one baseline to the next
constexpr qreal paragraphGap = leading + 10;

} // namespace

PdfFixture oneColumn()
{
    PdfFixture fixture;
    fixture.name = u"one-column.pdf"_s;
    PdfFixtureWriter &pdf = fixture.pdf;
    pdf.addLine(0, {72, 90}, u"Northwind Cloud lifts its data centre budget"_s, 18);
    qreal y = pdf.addLines(0, {72, 130},
                           {u"Oslo, 12 March 2025. Northwind Cloud said on Wednesday that it"_s,
                            u"will spend about 41 billion dollars on servers and data centres"_s,
                            u"this year, up from 29 billion dollars in 2024."_s},
                           body, leading);
    pdf.addLines(0, {72, y - leading + paragraphGap},
                 {u"The company expects the new capacity to serve its own models"_s,
                  u"first. Its finance chief called the plan measured and said that"_s,
                  u"the board had approved it in February."_s},
                 body, leading);
    fixture.expectedTitle = u"Northwind Cloud lifts its data centre budget"_s;
    fixture.expectedText = u"Northwind Cloud lifts its data centre budget\n\n"
                           "Oslo, 12 March 2025. Northwind Cloud said on Wednesday that it will spend about 41 billion "
                           "dollars on servers and data centres this year, up from 29 billion dollars in 2024.\n\n"
                           "The company expects the new capacity to serve its own models first. Its finance chief called "
                           "the plan measured and said that the board had approved it in February."_s;
    return fixture;
}

PdfFixture twoColumns()
{
    PdfFixture fixture;
    fixture.name = u"two-columns.pdf"_s;
    PdfFixtureWriter &pdf = fixture.pdf;
    pdf.setTitle(u"Cloud orders strain chip supply"_s);
    pdf.addLine(0, {56, 80}, u"Chipmakers race to keep up with cloud orders"_s, 18);
    pdf.addLines(0, {56, 120},
                 {u"Orders for accelerators kept rising"_s,
                  u"in the first quarter, as cloud firms"_s,
                  u"pushed their in-"_s,
                  u"vestment plans higher. Vantor Sys-"_s,
                  u"tems said its AI-"_s,
                  u"driven backlog reached 18 billion"_s,
                  u"dollars at the end of March. The"_s},
                 body, leading);
    const qreal y = pdf.addLines(0, {316, 120},
                                 {u"largest customer, a Microsoft-"_s,
                                  u"OpenAI venture, alone accounts for"_s,
                                  u"about a quarter of that backlog."_s},
                                 body, leading);
    pdf.addLines(0, {316, y - leading + paragraphGap},
                 {u"Vantor plans to spend 3 billion"_s,
                  u"dollars on new plants by 2026."_s},
                 body, leading);
    fixture.expectedTitle = u"Cloud orders strain chip supply"_s;
    fixture.expectedText = u"Chipmakers race to keep up with cloud orders\n\n"
                           "Orders for accelerators kept rising in the first quarter, as cloud firms pushed their investment "
                           "plans higher. Vantor Systems said its AI-driven backlog reached 18 billion dollars at the end "
                           "of March. The largest customer, a Microsoft-OpenAI venture, alone accounts for about a quarter "
                           "of that backlog.\n\n"
                           "Vantor plans to spend 3 billion dollars on new plants by 2026."_s;
    return fixture;
}

PdfFixture runningHeaderAndFooter()
{
    PdfFixture fixture;
    fixture.name = u"header-footer.pdf"_s;
    PdfFixtureWriter &pdf = fixture.pdf;
    for (int page = 0; page < 2; ++page) {
        pdf.addLine(page, {56, 30}, u"The Harbour Ledger \u2014 Technology desk"_s, 8);
        pdf.addLine(page, {56, 815}, u"harbourledger.example/tech/lumen-ai-build-out"_s, 8);
    }
    pdf.addLine(0, {56, 84}, u"Lumen Networks doubles its AI build-out"_s, 16);
    qreal y = pdf.addLines(0, {56, 120},
                           {u"Lumen Networks will spend 12 billion euros on data centres in"_s,
                            u"2025, twice what it spent last year, its chief executive said on"_s,
                            u"Tuesday. Most of the money goes to cooling and power."_s},
                           body, leading);
    pdf.addLines(0, {56, y - leading + paragraphGap},
                 {u"Analysts at two banks said the plan was larger than they had"_s,
                  u"expected. The group also raised its target for cloud revenue,"_s},
                 body, leading);
    y = pdf.addLines(1, {56, 120}, {u"which it now sees at 7 billion euros by the end of 2026."_s}, body, leading);
    pdf.addLines(1, {56, y - leading + paragraphGap}, {u"Shares rose 4 % in early trading."_s}, body, leading);
    fixture.expectedTitle = u"Lumen Networks doubles its AI build-out"_s;
    fixture.expectedText = u"Lumen Networks doubles its AI build-out\n\n"
                           "Lumen Networks will spend 12 billion euros on data centres in 2025, twice what it spent last "
                           "year, its chief executive said on Tuesday. Most of the money goes to cooling and power.\n\n"
                           "Analysts at two banks said the plan was larger than they had expected. The group also raised "
                           "its target for cloud revenue, which it now sees at 7 billion euros by the end of 2026.\n\n"
                           "Shares rose 4 % in early trading."_s;
    fixture.pageOpenings = {u"which it now sees"_s};
    return fixture;
}

PdfFixture pageNumbers()
{
    PdfFixture fixture;
    fixture.name = u"page-numbers.pdf"_s;
    PdfFixtureWriter &pdf = fixture.pdf;
    pdf.addLine(0, {290, 800}, u"1"_s, 9);
    pdf.addLine(1, {520, 40}, u"\u2014 2 \u2014"_s, 9);
    pdf.addLine(2, {260, 812}, u"Page 3 of 3"_s, 9);
    pdf.addLine(0, {56, 90}, u"Aurora Grid bets on small reactors for its servers"_s, 16);
    pdf.addLines(0, {56, 130},
                 {u"Aurora Grid, a data centre operator, plans to invest 6.5 billion"_s,
                  u"dollars over three years in sites powered by small nuclear"_s},
                 body, leading);
    const qreal y = pdf.addLines(1, {56, 100}, {u"reactors. The first of them should open in 2027 near the coast."_s}, body, leading);
    pdf.addLines(1, {56, y - leading + paragraphGap}, {u"Its rivals have signed similar deals worth more than 20 billion"_s}, body, leading);
    pdf.addLines(2, {56, 100}, {u"dollars since January, according to an industry tally."_s}, body, leading);
    fixture.expectedTitle = u"Aurora Grid bets on small reactors for its servers"_s;
    fixture.expectedText = u"Aurora Grid bets on small reactors for its servers\n\n"
                           "Aurora Grid, a data centre operator, plans to invest 6.5 billion dollars over three years in "
                           "sites powered by small nuclear reactors. The first of them should open in 2027 near the coast.\n\n"
                           "Its rivals have signed similar deals worth more than 20 billion dollars since January, according "
                           "to an industry tally."_s;
    fixture.pageOpenings = {u"reactors. The first"_s, u"dollars since January"_s};
    return fixture;
}

QList<PdfFixture> all()
{
    return {oneColumn(), twoColumns(), runningHeaderAndFooter(), pageNumbers()};
}

QStringList wrap(const QString &paragraph, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
        const QString whole = QString(word).remove(u'|');
        const QString joined = line.isEmpty() ? whole : line + u' ' + whole;
        if (joined.size() <= width) {
            line = joined;
            continue;
        }
        const qsizetype mark = word.indexOf(u'|');
        if (mark > 0) {
            const QString head = word.first(mark);
            const QString withHyphen = (line.isEmpty() ? QString() : line + u' ') + head + (head.endsWith(u'-') ? u""_s : u"-"_s);
            if (withHyphen.size() <= width) {
                lines.append(withHyphen);
                line = word.sliced(mark + 1).remove(u'|');
                continue;
            }
        }
        if (!line.isEmpty())
            lines.append(line);
        line = whole;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

PdfFixture sample()
{
    PdfFixture fixture;
    fixture.name = u"microsoft-ai-datacenters-january-2025.pdf"_s;
    PdfFixtureWriter &pdf = fixture.pdf;
    pdf.setTitle(u"Microsoft puts 80 billion dollars into AI data centres"_s);
    const QString headline = u"Microsoft puts 80 billion dollars into AI data centres"_s;
    const QStringList disclaimer{u"Invented example written for Recoupe \u2014 figures follow public announcements,"_s,
                                 u"except deliberate errors listed in README.md."_s};
    const QStringList paragraphs{
        u"REDMOND, Washington, January 6, 2025 \u2014 Microsoft is on track to spend about $80 billion in "
        "its fiscal year 2025 on AI-|enabled data centres, the company's president, Brad Smith, wrote in a "
        "blog post on Friday. The fiscal year runs from July 2024 to the end of June 2025."_s,
        u"More than half of that in|vestment is to go to the United States, where the group trains and "
        "serves the models of its partner OpenAI as well as its own, and rents computing power to cloud "
        "customers by the hour."_s,
        u"Smith presented the spending as a long build-out of power lines, chips and buildings, which "
        "would need electricians and pipefitters as much as program|mers, and asked for simple export "
        "rules for the allies of the United States."_s,
        u"The pace is already visible in the accounts. In the first quarter of fiscal 2025, the three months "
        "to September, Microsoft reported capital expenditure of $20.0 billion, finance leases in|cluded, "
        "and said it would rise again in the following quarter."_s,
        u"Analysts expect the other large cloud providers to follow with budgets of the same order when "
        "they report their results in the coming weeks."_s,
    };
    QStringList lines;
    QList<bool> startsParagraph;
    for (const QString &paragraph : paragraphs) {
        const QStringList wrapped = wrap(paragraph, 40);
        for (qsizetype i = 0; i < wrapped.size(); ++i) {
            lines.append(wrapped[i]);
            startsParagraph.append(i == 0);
        }
    }
    // Columns of 10 lines, two a page (two pages); a paragraph's first line a line lower.
    constexpr int linesPerColumn = 10;
    int page = 0, column = 0, row = 0;
    qreal y = 0;
    QStringList pageOpenings;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (row == linesPerColumn) {
            row = 0;
            if (++column == 2) {
                column = 0;
                ++page;
                pageOpenings.append(lines[i]);
            }
        }
        const qreal top = page == 0 ? 150 : 90;
        if (row == 0)
            y = top;
        else
            y += startsParagraph[i] ? paragraphGap : leading;
        pdf.addLine(page, {56.0 + column * 260, y}, lines[i], body);
        ++row;
    }
    const int pages = page + 1;
    for (int p = 0; p < pages; ++p) {
        pdf.addLine(p, {56, 30}, u"Recoupe sample press \u2014 Technology"_s, 8);
        pdf.addLine(p, {56, 815}, u"recoupe.example/samples/microsoft-ai-datacenters"_s, 8);
        pdf.addLine(p, {500, 815}, u"%1 / %2"_s.arg(p + 1).arg(pages), 8);
    }
    pdf.addLine(0, {56, 80}, headline, 18);
    pdf.addLines(0, {56, 104}, disclaimer, 8, 10);

    QStringList expected{headline, disclaimer.join(u' ')};
    for (const QString &paragraph : paragraphs)
        expected.append(QString(paragraph).remove(u'|'));
    fixture.expectedText = expected.join(u"\n\n"_s);
    fixture.expectedTitle = headline;
    fixture.pageOpenings = pageOpenings;
    return fixture;
}

QByteArray passwordProtected()
{
    const QByteArray content = "BT /F1 12 Tf 72 720 Td (Encrypted text) Tj ET";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Filter /Standard /V 1 /R 2 /P -4 /O <" + QByteArray(32, 'a').toHex() + "> /U <" + QByteArray(32, 'b').toHex() + "> >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Encrypt 5 0 R /ID [<"
        + QByteArray(16, 'c').toHex() + "> <" + QByteArray(16, 'c').toHex() + ">] >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

PdfFixtureWriter scanned()
{
    // Grey lines where text would be: an image of a page, not text.
    QImage image(400, 300, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 20; y < 280; y += 18)
        painter.fillRect(20, y, 300 + (y % 50), 8, Qt::darkGray);
    painter.end();
    PdfFixtureWriter pdf;
    pdf.addImage(0, QRectF(56, 56, 480, 360), image);
    return pdf;
}

} // namespace PdfFixtures
