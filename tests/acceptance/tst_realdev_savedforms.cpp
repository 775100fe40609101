// Acceptance: the forty real articles of ../shared/corpus/real-dev as journalists keep them, saved
// from the browser as whole web pages and printed to PDF, must give the claims that their text
// alone gives. The pages and PDFs are made here, at run time, from each article's reading text
// (nothing of the articles is written into the project): the page's chrome (navigation, a cookie
// banner, "most read", related stories, a newsletter box, readers' comments, a footer with the
// publisher's share capital) and the PDF's running header, footer and page numbers are invented
// here, full of figures, and none of them may become a claim.
//
// Targets of the saved-articles issue: ≥ 98 % of the text's claims found in its saved page, ≥ 95 %
// in its PDF, no claim from the chrome, the title without the site's name, every date the page's
// metadata states.
#include "testconfig.h"
#include "acceptance/programrun.h"
#include "pdffixturewriter.h"

#include "corpus/documentreader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString realDevArticles = QStringLiteral(RECOUPE_SHARED_DIR) + u"/corpus/real-dev/articles"_s;
const QString siteName = u"The Ledger Gazette"_s;

// The chrome's sentences, each with a figure that a careless reader would take.
const QStringList chromeSentences = {
    u"Chipmaker passes $5 trillion in market value for the first time"_s,
    u"We and our 842 partners store cookies on your device to measure audiences."_s,
    u"Most read: a regional bank fined €45 million over its reporting"_s,
    u"Join 250,000 readers who get our morning briefing every weekday."_s,
    u"Related: a cloud start-up borrows $2 billion to buy accelerators"_s,
    u"Reader comment: I bought in at $120 a share and I am still waiting."_s,
    u"Ledger Gazette SAS au capital de 1 250 000 euros, RCS Lyon 123 456 789."_s,
};
const QString runningHeader = u"The Ledger Gazette · Technology · 2 pages printed"_s;

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

struct Article {
    QString stem; // the file name without its extension: the same in every form
    QString title;
    QString date;
    QStringList paragraphs; // each a list of lines (list items, table rows) joined by '\n'
};

QString stemOf(const QString &fileName) { return fileName.section(u'.', 0, -2); }

// One of three shapes real sites use, by turn: an <article> page with JSON-LD, a page of <div>s
// with classes and Open Graph, a <main> page with <time datetime> and a "Site : title" <title>.
QByteArray savedPage(const Article &article, int shape)
{
    QString head = u"<meta charset=\"utf-8\">"_s;
    QString title;
    switch (shape) {
    case 0: {
        title = article.title + u" | "_s + siteName;
        QJsonObject ld{{u"@context"_s, u"https://schema.org"_s}, {u"@type"_s, u"NewsArticle"_s},
                       {u"headline"_s, article.title}, {u"author"_s, QJsonObject{{u"@type"_s, u"Person"_s}, {u"name"_s, u"A. Reporter"_s}}}};
        if (!article.date.isEmpty())
            ld.insert(u"datePublished"_s, QString(article.date + u"T08:00:00Z"_s));
        head += u"<script type=\"application/ld+json\">"_s + QString::fromUtf8(QJsonDocument(ld).toJson(QJsonDocument::Compact)) + u"</script>"_s;
        break;
    }
    case 1:
        title = article.title + u" - "_s + siteName;
        if (!article.date.isEmpty())
            head += u"<meta property=\"article:published_time\" content=\"%1T06:30:00+02:00\">"_s.arg(article.date);
        break;
    default:
        title = siteName + u" : "_s + article.title;
        break;
    }
    head += u"<title>"_s + escaped(title) + u"</title>"_s;

    QString body;
    for (const QString &paragraph : article.paragraphs) {
        if (paragraph.contains(u'\t')) { // a table of the article, as the page has it
            body += u"<table>"_s;
            for (const QString &row : paragraph.split(u'\n')) {
                body += u"<tr>"_s;
                for (const QString &cell : row.split(u'\t'))
                    body += u"<td>"_s + escaped(cell) + u"</td>"_s;
                body += u"</tr>"_s;
            }
            body += u"</table>"_s;
            continue;
        }
        body += (shape == 1 ? u"<div class=\"story-paragraph\">"_s : u"<p>"_s) + escaped(paragraph).replace(u'\n', u"<br>"_s)
            + (shape == 1 ? u"</div>"_s : u"</p>"_s);
    }
    const QString heading = u"<h1>"_s + escaped(article.title) + u"</h1>"_s;
    QString story;
    switch (shape) {
    case 0:
        story = u"<article>"_s + heading + u"<p class=\"byline\">By A. Reporter</p>"_s + body + u"</article>"_s;
        break;
    case 1:
        story = u"<div class=\"story\"><div class=\"story-header\">"_s + heading + u"</div><div class=\"story-body\">"_s + body
            + u"</div></div>"_s;
        break;
    default:
        story = u"<main>"_s + heading
            + (article.date.isEmpty() ? QString() : u"<p><time datetime=\"%1\">%1</time></p>"_s.arg(article.date)) + body + u"</main>"_s;
        break;
    }

    const auto link = [](const QString &text) { return u"<li><a href=\"/story\">"_s + escaped(text) + u"</a></li>"_s; };
    const QString page = u"<!DOCTYPE html><html><head>"_s + head + u"</head><body>"_s
        + u"<div id=\"cookie-banner\" class=\"consent\"><p>"_s + escaped(chromeSentences.at(1)) + u"</p><button>Accept</button></div>"_s
        + u"<nav class=\"site-nav\"><ul>"_s + link(u"Markets"_s) + link(u"Technology"_s) + link(chromeSentences.at(0)) + u"</ul></nav>"_s
        + story
        + u"<aside class=\"most-read\"><h2>Most read</h2><ol>"_s + link(chromeSentences.at(2)) + link(chromeSentences.at(4)) + u"</ol></aside>"_s
        + u"<div class=\"newsletter-signup\"><p>"_s + escaped(chromeSentences.at(3)) + u"</p></div>"_s
        + u"<section id=\"comments\" class=\"comments\"><h2>Comments</h2><div class=\"comment\"><p>"_s + escaped(chromeSentences.at(5))
        + u"</p></div></section>"_s
        + u"<footer class=\"site-footer\"><p>"_s + escaped(chromeSentences.at(6)) + u"</p></footer>"_s + u"</body></html>"_s;
    return page.toUtf8();
}

// Lines of at most width characters; a long word that does not fit is broken with a hyphen, as a
// printer's justification does ("invest-" / "ment"), where both parts keep three letters.
QStringList hyphenatedLines(const QString &paragraph, int width)
{
    QStringList lines;
    QString line;
    const QStringList words = paragraph.split(u' ', Qt::SkipEmptyParts);
    for (QString word : words) {
        while (true) {
            const int room = width - int(line.size()) - (line.isEmpty() ? 0 : 1);
            if (word.size() <= room) {
                line += (line.isEmpty() ? QString() : u" "_s) + word;
                break;
            }
            const bool letters = std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); });
            if (letters && room >= 5 && word.size() - (room - 1) >= 3) {
                line += (line.isEmpty() ? QString() : u" "_s) + word.left(room - 1) + u'-';
                word = word.mid(room - 1);
            }
            if (!line.isEmpty())
                lines.append(line);
            line.clear();
            if (word.size() > width) { // a long token (an address): its own line
                lines.append(word);
                word.clear();
                break;
            }
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

// The article printed on A4: the title large, the text in one column or two, a running header
// and footer with the page's number on every page.
PdfFixtureWriter printedPdf(const Article &article, bool twoColumns)
{
    PdfFixtureWriter pdf;
    if (!twoColumns)
        pdf.setTitle(article.title);
    const int width = twoColumns ? 44 : 90;
    const qreal leading = 12;
    const qreal top = 90, bottom = 780;
    const QList<qreal> columns = twoColumns ? QList<qreal>{50, 310} : QList<qreal>{50};
    int page = 0;
    int column = 0;
    qreal y = top;
    const QStringList titleLines = hyphenatedLines(article.title, 60);
    y = pdf.addLines(0, QPointF(50, 70), titleLines, 16, 20) + 4;
    // The dateline the page showed under its headline, which a printout keeps.
    if (!article.date.isEmpty())
        y = pdf.addLines(0, QPointF(50, y), {u"Published on "_s + article.date}, 9, 12) + 6;
    // Each line of the text (a list item, a table row) printed as its own block.
    QStringList blocks;
    for (const QString &paragraph : article.paragraphs)
        blocks += QString(paragraph).replace(u'\t', u' ').split(u'\n', Qt::SkipEmptyParts);
    for (const QString &paragraph : std::as_const(blocks)) {
        for (const QString &line : hyphenatedLines(paragraph, width)) {
            if (y > bottom) {
                if (++column == columns.size()) {
                    column = 0;
                    ++page;
                }
                y = top;
            }
            pdf.addLine(page, QPointF(columns.at(column), y), line, 9.5);
            y += leading;
        }
        y += leading / 2;
    }
    const int pages = page + 1;
    pdf.setPageCount(pages);
    for (int p = 0; p < pages; ++p) {
        pdf.addLine(p, QPointF(50, 40), runningHeader, 8);
        pdf.addLine(p, QPointF(50, 815), u"Printed from ledger-gazette.example — page %1 of %2"_s.arg(p + 1).arg(pages), 8);
        pdf.addLine(p, QPointF(540, 815), QString::number(p + 1), 8);
    }
    return pdf;
}

// A claim as the scorers compare it: where, who, what, when, how much.
QString claimKey(const QJsonObject &claim)
{
    const QString unit = claim.value("currency"_L1).toString() + claim.value("unit"_L1).toString();
    return QStringList{stemOf(claim.value("document"_L1).toString()), claim.value("entity"_L1).toString(),
                       claim.value("metric"_L1).toString(), claim.value("period"_L1).toString(),
                       QString::number(claim.value("low"_L1).toDouble(), 'g', 12), QString::number(claim.value("high"_L1).toDouble(), 'g', 12), unit}
        .join(u'|');
}

} // namespace

class TestRealDevSavedForms : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<Article> m_articles;
    QJsonArray m_textClaims;

    QJsonObject cli(const QStringList &arguments)
    {
        QByteArray json;
        QString error;
        if (!runProgram(QStringLiteral(RECOUPE_CLI_PATH), arguments + QStringList{u"--format"_s, u"json"_s}, &json, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return QJsonDocument::fromJson(json).object();
    }

    // The share of the text's claims that the other form gives (as a multiset), logged with the
    // first ones missed.
    double shareFound(const QJsonArray &claims, const char *form)
    {
        QStringList missed;
        const int count = found(claims, &missed);
        const double share = double(count) / m_textClaims.size();
        qInfo("%s: %d of %d claims of the text found (%.1f %%)", form, count, int(m_textClaims.size()), 100 * share);
        for (const QString &line : std::as_const(missed))
            qInfo().noquote() << "  missed:" << line;
        return share;
    }

    // How many of the text's claims the other form gives (as a multiset), with the first missed.
    int found(const QJsonArray &claims, QStringList *missed)
    {
        QHash<QString, int> available;
        for (const QJsonValue &claim : claims)
            ++available[claimKey(claim.toObject())];
        int count = 0;
        for (const QJsonValue &value : std::as_const(m_textClaims)) {
            const QString key = claimKey(value.toObject());
            if (available.value(key) > 0) {
                --available[key];
                ++count;
            } else if (missed->size() < 15) {
                missed->append(key + u" « "_s + value.toObject().value("quote"_L1).toString() + u" »"_s);
            }
        }
        return count;
    }

    // Claims whose sentence comes from what was added around the article.
    static QStringList fromAddedText(const QJsonArray &claims, const QStringList &addedTexts)
    {
        QStringList offenders;
        for (const QJsonValue &value : claims) {
            const QString sentence = value.toObject().value("sentence"_L1).toString();
            for (const QString &added : addedTexts) {
                if (sentence.contains(added.left(24)) || added.contains(sentence.trimmed())) {
                    offenders.append(value.toObject().value("document"_L1).toString() + u": "_s + sentence);
                    break;
                }
            }
        }
        return offenders;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // RECOUPE_KEEP_SAVED_FORMS=1 keeps the pages and PDFs made, to look at them.
        if (qEnvironmentVariableIsSet("RECOUPE_KEEP_SAVED_FORMS")) {
            m_dir.setAutoRemove(false);
            qInfo().noquote() << "saved forms kept in" << m_dir.path();
        }
        // Titles and dates as the folder gives them (its .recoupe/documents.json states dates that
        // some articles do not print): the page declares them in its metadata, the PDF prints them.
        const QJsonArray known = cli({u"documents"_s, realDevArticles}).value("documents"_L1).toArray();
        QVERIFY(known.size() >= 40);
        const QDir articles(realDevArticles);
        for (const QJsonValue &value : known) {
            const QJsonObject entry = value.toObject();
            const QString name = entry.value("id"_L1).toString();
            const Recoupe::Document document = Recoupe::DocumentReader::read(articles.filePath(name), name);
            if (!document.isLoaded())
                continue;
            Article article{stemOf(name), entry.value("title"_L1).toString(), entry.value("date"_L1).toString(), {}};
            const QStringList paragraphs = document.text.toString().split(u"\n\n"_s, Qt::SkipEmptyParts);
            for (const QString &paragraph : paragraphs) {
                QStringList lines;
                for (const QString &line : paragraph.split(u'\n')) {
                    // A table's cells stay apart (tabs); everything else is one line of words.
                    QStringList cells;
                    for (const QString &cell : line.split(u'\t'))
                        if (!cell.simplified().isEmpty())
                            cells.append(cell.simplified());
                    if (!cells.isEmpty())
                        lines.append(cells.join(u'\t'));
                }
                const QString joined = lines.join(u'\n');
                if (!joined.isEmpty() && (joined != article.title || !article.paragraphs.isEmpty()))
                    article.paragraphs.append(joined);
            }
            m_articles.append(article);
        }
        QVERIFY(m_articles.size() >= 40);
        m_textClaims = cli({u"claims"_s, realDevArticles}).value("claims"_L1).toArray();
        QVERIFY(m_textClaims.size() > 250);
    }

    void savedPages()
    {
        const QString folder = m_dir.filePath(u"pages"_s);
        QVERIFY(QDir().mkpath(folder));
        for (qsizetype i = 0; i < m_articles.size(); ++i) {
            QFile file(folder + u'/' + m_articles.at(i).stem + u".html"_s);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(savedPage(m_articles.at(i), int(i % 3)));
        }
        const QJsonArray claims = cli({u"claims"_s, folder}).value("claims"_L1).toArray();
        const double share = shareFound(claims, "saved pages");
        QVERIFY2(share >= 0.98, qPrintable(u"%1 % of the text's claims found in the saved pages"_s.arg(100 * share, 0, 'f', 1)));
        const QStringList chrome = fromAddedText(claims, chromeSentences);
        QVERIFY2(chrome.isEmpty(), qPrintable(chrome.join(u'\n')));

        // Titles without the site's name, and every date the metadata states.
        const QJsonArray documents = cli({u"documents"_s, folder}).value("documents"_L1).toArray();
        QCOMPARE(documents.size(), m_articles.size());
        QHash<QString, Article> byStem;
        for (const Article &article : std::as_const(m_articles))
            byStem.insert(article.stem, article);
        for (const QJsonValue &value : documents) {
            const QJsonObject document = value.toObject();
            const Article article = byStem.value(stemOf(document.value("id"_L1).toString()));
            const QString title = document.value("title"_L1).toString();
            QVERIFY2(!title.contains(u"Ledger"_s), qPrintable(title));
            QCOMPARE(title, article.title);
            if (!article.date.isEmpty())
                QCOMPARE(document.value("date"_L1).toString(), article.date);
        }
    }

    void printedPdfs()
    {
        const QString folder = m_dir.filePath(u"pdf"_s);
        QVERIFY(QDir().mkpath(folder));
        for (qsizetype i = 0; i < m_articles.size(); ++i)
            QVERIFY(printedPdf(m_articles.at(i), i % 2 == 1).writeTo(folder + u'/' + m_articles.at(i).stem + u".pdf"_s));
        const QJsonArray claims = cli({u"claims"_s, folder}).value("claims"_L1).toArray();
        const double share = shareFound(claims, "printed PDFs");
        QVERIFY2(share >= 0.95, qPrintable(u"%1 % of the text's claims found in the printed PDFs"_s.arg(100 * share, 0, 'f', 1)));
        const QStringList furniture = fromAddedText(claims, {runningHeader, u"Printed from ledger-gazette.example"_s});
        QVERIFY2(furniture.isEmpty(), qPrintable(furniture.join(u'\n')));
        for (const QJsonValue &value : claims)
            QVERIFY2(!value.toObject().value("sentence"_L1).toString().contains(u"page 1 of"_s), qPrintable(value.toObject().value("sentence"_L1).toString()));
    }
};

QTEST_MAIN(TestRealDevSavedForms)
#include "tst_realdev_savedforms.moc"
