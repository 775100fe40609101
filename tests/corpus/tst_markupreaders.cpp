#include "corpus/articleurl.h"
#include "corpus/htmlreader.h"
#include "corpus/markdownreader.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Recoupe;
using namespace Qt::StringLiterals;

namespace {

QByteArray repeated(const QByteArray &piece, int count)
{
    return piece.repeated(count);
}

} // namespace

class TestMarkupReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void html_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("text");

        QTest::newRow("paragraphs") << QByteArray("<p>First one.</p><p>Second one.</p>") << u"First one.\n\nSecond one."_s;
        QTest::newRow("headings kept") << QByteArray("<h1>Capex soars</h1><h2>Details</h2><p>Body.</p>")
                                       << u"Capex soars\n\nDetails\n\nBody."_s;
        QTest::newRow("whitespace collapsed") << QByteArray("<p>  60   to\n\t65  billion \r\n dollars </p>")
                                              << u"60 to 65 billion dollars"_s;
        QTest::newRow("entities decoded") << QByteArray("<p>Caf&eacute; &amp; th&eacute;&nbsp;: 5&#160;% &#x20AC; &lt;b&gt;</p>")
                                          << u"Café & thé\u00A0: 5\u00A0% € <b>"_s;
        QTest::newRow("links reduced to text") << QByteArray("<p>See <a href=\"https://example.com/r\">the report</a>.</p>")
                                               << u"See the report."_s;
        QTest::newRow("image gives its alt text")
            << QByteArray("<p>Before<img src=\"https://tracker.example/p.gif\" alt=\"A spending chart\">after</p>")
            << u"Before A spending chart after"_s;
        QTest::newRow("image without alt dropped") << QByteArray("<p>One <img src=\"x.png\"> two</p>") << u"One two"_s;
        QTest::newRow("dropped elements")
            << QByteArray("<html><head><title>T</title><style>p{}</style><script>var x = 1;</script></head><body>"
                          "<nav>Home | Tech</nav><header><p>Kept header</p></header><p>Article.</p>"
                          "<script>track()</script><noscript>Enable JS</noscript><aside>Read also</aside>"
                          "<template><p>Template</p></template><footer>Copyright</footer><form><p>Sign up</p>"
                          "<button>Go</button><select><option>Pick</option></select><textarea>Note</textarea></form>"
                          "<svg><title>Icon</title><text>svg text</text></svg><iframe>frame</iframe></body></html>")
            << u"Kept header\n\nArticle.\n\nSign up"_s;
        QTest::newRow("hidden content dropped") << QByteArray("<p>Shown</p><p hidden>Hidden</p><span aria-hidden=\"true\">icon</span>")
                                                << u"Shown"_s;
        QTest::newRow("line break") << QByteArray("<p>Paris<br>30 janvier 2025</p>") << u"Paris\n30 janvier 2025"_s;
        QTest::newRow("list items") << QByteArray("<ul><li>Meta</li><li>Microsoft <b>and</b> Amazon</li></ul>")
                                    << u"Meta\n\nMicrosoft and Amazon"_s;
        QTest::newRow("table cells apart") << QByteArray("<table><tr><th>Year</th><th>Capex</th></tr><tr><td>12</td><td>500</td></tr></table>")
                                           << u"Year\tCapex\n\n12\t500"_s;
        QTest::newRow("inline elements join") << QByteArray("<p>6<span>0</span>&nbsp;% <em>more</em></p>") << u"60\u00A0% more"_s;
        QTest::newRow("pre kept as written") << QByteArray("<p>Code:</p><pre>a  b\n  c</pre><p>End</p>")
                                             << u"Code:\n\na  b\n  c\n\nEnd"_s;
        QTest::newRow("malformed repaired") << QByteArray("<p>unclosed <b>bold <i>both</p><div>next</b> line")
                                            << u"unclosed bold both\n\nnext line"_s;
        QTest::newRow("stray end tags") << QByteArray("</div></p>text</span><p>more") << u"text\n\nmore"_s;
        QTest::newRow("soft hyphen removed") << QByteArray("<p>mil&shy;liards</p>") << u"milliards"_s;
        QTest::newRow("comment ignored") << QByteArray("<p>a<!-- hidden -->b</p>") << u"ab"_s;
        QTest::newRow("nothing") << QByteArray("<html><head><title>Only a title</title></head><body></body></html>") << QString();
    }

    void html()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, text);
        QCOMPARE(HtmlReader::read(html).text, text);
    }

    void htmlMetadata_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("date");

        QTest::newRow("h1 before title") << QByteArray("<title>Site | Page</title><h1>The  real\ntitle</h1>")
                                         << u"The real title"_s << QString() << QString();
        QTest::newRow("og:title before title")
            << QByteArray("<head><title>Page | Site</title><meta property=\"og:title\" content=\"Clean title\"></head><p>x</p>")
            << u"Clean title"_s << QString() << QString();
        QTest::newRow("title element") << QByteArray("<head><title> Just &amp; the title </title></head><p>x</p>")
                                       << u"Just & the title"_s << QString() << QString();
        QTest::newRow("lang attribute") << QByteArray("<html lang=\"en-GB\"><p>x</p></html>") << QString() << u"en"_s << QString();
        QTest::newRow("content-language")
            << QByteArray("<head><meta http-equiv=\"Content-Language\" content=\"fr\"></head><p>x</p>") << QString() << u"fr"_s << QString();
        QTest::newRow("og:locale") << QByteArray("<head><meta property=\"og:locale\" content=\"fr_FR\"></head><p>x</p>")
                                   << QString() << u"fr"_s << QString();
        QTest::newRow("published_time")
            << QByteArray("<head><meta property=\"article:published_time\" content=\"2025-01-30T07:00:00Z\">"
                          "<meta name=\"date\" content=\"2024-12-01\"></head><p><time datetime=\"2023-05-05\">x</time></p>")
            << QString() << QString() << u"2025-01-30"_s;
        QTest::newRow("meta name date") << QByteArray("<head><meta name=\"date\" content=\"2025-02\"></head><p>x</p>")
                                        << QString() << QString() << u"2025-02"_s;
        QTest::newRow("meta name date written") << QByteArray("<head><meta name=\"DC.date\" content=\"30 janvier 2025\"></head><p>x</p>")
                                                << QString() << QString() << u"2025-01-30"_s;
        QTest::newRow("itemprop before name")
            << QByteArray("<meta name=\"date\" content=\"2024-12-01\"><p><span itemprop=\"datePublished\"></span>"
                          "<meta itemprop=\"datePublished\" content=\"2025-03-04\">x</p>")
            << QString() << QString() << u"2025-03-04"_s;
        QTest::newRow("json-ld")
            << QByteArray("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":"
                          "[{\"@type\":\"WebPage\"},{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-01-31T10:00:00+01:00\"}]}"
                          "</script><p>x</p>")
            << QString() << QString() << u"2025-01-31"_s;
        QTest::newRow("time element") << QByteArray("<p>Published <time datetime=\"2025-01-29T18:00\">yesterday</time></p>")
                                       << QString() << QString() << u"2025-01-29"_s;
        QTest::newRow("invalid date ignored") << QByteArray("<meta name=\"date\" content=\"2025-02-30\"><p>x</p>")
                                              << QString() << QString() << QString();
    }

    void htmlMetadata()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, title);
        QFETCH(QString, language);
        QFETCH(QString, date);
        const HtmlReader::Result result = HtmlReader::read(html);
        QCOMPARE(result.title, title);
        QCOMPARE(result.language, language);
        QCOMPARE(result.date, date);
    }

    // The address a page declares for itself, which web annotation tools name as their target.
    void htmlCanonicalUrl_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("url");

        QTest::newRow("link rel=canonical")
            << QByteArray("<head><link rel=\"stylesheet\" href=\"https://cdn.example.org/site.css\">"
                          "<link rel=\"canonical\" href=\"https://www.example.org/city/new-bridge/\"></head><p>x</p>")
            << u"https://www.example.org/city/new-bridge/"_s;
        QTest::newRow("rel among other words")
            << QByteArray("<link rel=\"nofollow  Canonical\" href=\" https://example.org/a \"><p>x</p>") << u"https://example.org/a"_s;
        QTest::newRow("og:url") << QByteArray("<head><meta property=\"og:url\" content=\"http://example.net/story/42\"></head><p>x</p>")
                                << u"http://example.net/story/42"_s;
        QTest::newRow("canonical before og:url")
            << QByteArray("<head><meta property=\"og:url\" content=\"https://example.net/share/42\">"
                          "<link rel=\"canonical\" href=\"https://example.net/story/42\"></head><p>x</p>")
            << u"https://example.net/story/42"_s;
        QTest::newRow("json-ld article in a graph")
            << QByteArray("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":"
                          "[{\"@type\":\"WebSite\",\"url\":\"https://example.com/\"},"
                          "{\"@type\":\"NewsArticle\",\"url\":\"https://example.com/2025/wind-farm\"}]}</script><p>x</p>")
            << u"https://example.com/2025/wind-farm"_s;
        QTest::newRow("json-ld mainEntityOfPage")
            << QByteArray("<script type=\"application/ld+json\">{\"@type\":[\"Article\"],"
                          "\"mainEntityOfPage\":{\"@id\":\"https://example.com/p/7\"}}</script><p>x</p>")
            << u"https://example.com/p/7"_s;
        QTest::newRow("json-ld of another type ignored")
            << QByteArray("<script type=\"application/ld+json\">{\"@type\":\"Organization\",\"url\":\"https://example.com/\"}</script>"
                          "<p>x</p>")
            << QString();
        QTest::newRow("og:url before json-ld")
            << QByteArray("<meta property=\"og:url\" content=\"https://example.com/og\"><script type=\"application/ld+json\">"
                          "{\"@type\":\"NewsArticle\",\"url\":\"https://example.com/ld\"}</script><p>x</p>")
            << u"https://example.com/og"_s;
        QTest::newRow("relative canonical ignored") << QByteArray("<link rel=\"canonical\" href=\"/city/new-bridge\"><p>x</p>") << QString();
        QTest::newRow("not http") << QByteArray("<link rel=\"canonical\" href=\"ftp://example.org/a\"><p>x</p>") << QString();
        QTest::newRow("none") << QByteArray("<p>Nothing declared.</p>") << QString();
    }

    void htmlCanonicalUrl()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, url);
        const HtmlReader::Result result = HtmlReader::read(html);
        QCOMPARE(result.url, url);
        // Never part of the reading text.
        QVERIFY(!result.text.contains(u"example"_s));
    }

    void htmlJsonLdGivesDateAndUrl()
    {
        // One script gives both; the date must not stop the search for the address, nor the reverse.
        const HtmlReader::Result result = HtmlReader::read(
            "<script type=\"application/ld+json\">[{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-04-02\"},"
            "{\"@type\":\"ReportageNewsArticle\",\"url\":\"https://example.org/r\",\"datePublished\":\"2024-01-01\"}]</script><p>x</p>");
        QCOMPARE(result.date, u"2025-04-02"_s);
        QCOMPARE(result.url, u"https://example.org/r"_s);
    }

    void articleUrlComparison_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("scheme") << u"http://example.org/a/b"_s << u"https://example.org/a/b"_s << true;
        QTest::newRow("www") << u"https://www.example.org/a"_s << u"https://example.org/a"_s << true;
        QTest::newRow("trailing slash") << u"https://example.org/a/"_s << u"https://example.org/a"_s << true;
        QTest::newRow("fragment") << u"https://example.org/a#comments"_s << u"https://example.org/a"_s << true;
        QTest::newRow("host case") << u"HTTPS://Example.ORG/a"_s << u"https://example.org/a"_s << true;
        QTest::newRow("tracking") << u"https://example.org/a?utm_source=feed&id=3"_s << u"https://example.org/a?id=3"_s << true;
        QTest::newRow("default port") << u"https://example.org:443/a"_s << u"http://example.org/a"_s << true;
        QTest::newRow("percent-encoding") << u"https://example.org/caf%C3%A9"_s << u"https://example.org/café"_s << true;
        QTest::newRow("other path") << u"https://example.org/a"_s << u"https://example.org/b"_s << false;
        QTest::newRow("path case") << u"https://example.org/A"_s << u"https://example.org/a"_s << false;
        QTest::newRow("other host") << u"https://example.org/a"_s << u"https://example.net/a"_s << false;
        QTest::newRow("subdomain") << u"https://news.example.org/a"_s << u"https://example.org/a"_s << false;
        QTest::newRow("other query") << u"https://example.org/a?id=3"_s << u"https://example.org/a?id=4"_s << false;
        QTest::newRow("a path is no address") << u"a.txt"_s << u"a.txt"_s << false;
    }

    void articleUrlComparison()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(ArticleUrl::sameArticle(a, b), same);
        QCOMPARE(ArticleUrl::sameArticle(b, a), same);
    }

    void htmlDeepNesting_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("expectedStart");

        QTest::newRow("10000 divs") << repeated("<div>", 10000) + "deep text" << u"deep text"_s;
        QTest::newRow("10000 spans") << repeated("<span>", 10000) + "deep text" << u"deep text"_s;
        QTest::newRow("10000 bold") << repeated("<b>", 10000) + "deep text" << u"deep text"_s;
        QTest::newRow("10000 lists") << repeated("<ul><li>", 10000) + "deep text" << u"deep text"_s;
        QTest::newRow("10000 tables") << repeated("<table><tr><td>", 10000) + "deep text" << u"deep text"_s;
        QTest::newRow("10000 unclosed quotes") << repeated("<blockquote><p>a ", 10000) << u"a\n\na"_s;
        // Far beyond what the parser can build in reasonable time: flattened first.
        QTest::newRow("100000 divs") << repeated("<div>", 100000) + "deep text" << u"deep text"_s;
        QTest::newRow("100000 lists") << repeated("<ul><li>", 100000) + "deep text" << u"deep text"_s;
        QTest::newRow("100000 closed divs") << repeated("<div class=\"a>b\">x", 100000) + "deep" + repeated("</div>", 100000)
                                            << u"x\n\nx\n\nx"_s;
        QTest::newRow("scripts do not count") << repeated("<script>if (a<b) { x = '<div>'; }</script>", 5000) + "<p>after</p>"
                                              << u"after"_s;
    }

    // Hostile or broken pages must neither crash (stack exhaustion) nor hang.
    void htmlDeepNesting()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, expectedStart);
        const HtmlReader::Result result = HtmlReader::read(html);
        QVERIFY2(result.text.startsWith(expectedStart), qPrintable(result.text.left(40)));
    }

    void markdown_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QString>("text");

        QTest::newRow("heading and paragraph") << QByteArray("# Capex soars\n\nMeta will spend\nmore this year.\n")
                                               << u"Capex soars\n\nMeta will spend more this year."_s;
        QTest::newRow("setext heading") << QByteArray("Capex soars\n===========\n\nBody.\n") << u"Capex soars\n\nBody."_s;
        QTest::newRow("emphasis") << QByteArray("It is *about* **$80 billion**.") << u"It is about $80 billion."_s;
        QTest::newRow("link reduced to text") << QByteArray("See [the filing](https://example.com/10-k \"SEC\").")
                                              << u"See the filing."_s;
        QTest::newRow("reference link") << QByteArray("See [the filing][sec].\n\n[sec]: https://example.com\n") << u"See the filing."_s;
        QTest::newRow("autolink keeps its text") << QByteArray("Source: <https://example.com/a>") << u"Source: https://example.com/a"_s;
        QTest::newRow("image gives its alt text") << QByteArray("Before![A *spending* chart](https://example.com/c.png)after")
                                                  << u"Before A spending chart after"_s;
        QTest::newRow("image alone") << QByteArray("![Logo](https://example.com/logo.png)\n\nText.") << u"Logo\n\nText."_s;
        QTest::newRow("list items") << QByteArray("- Meta\n- Microsoft\n\n1. one\n2. two\n") << u"Meta\n\nMicrosoft\n\none\n\ntwo"_s;
        QTest::newRow("quote") << QByteArray("> Quoted line\n> continues.\n\nAfter.") << u"Quoted line continues.\n\nAfter."_s;
        QTest::newRow("entities") << QByteArray("Caf&eacute; &amp; 5&nbsp;% &#8364; &copy;") << u"Café & 5\u00A0% € ©"_s;
        QTest::newRow("unknown entity kept") << QByteArray("a &notanentity; b") << u"a &notanentity; b"_s;
        QTest::newRow("hard break") << QByteArray("Paris  \n30 janvier 2025") << u"Paris\n30 janvier 2025"_s;
        QTest::newRow("code block kept") << QByteArray("Text.\n\n```\nx  = 1\ny = 2\n```\n\nEnd.") << u"Text.\n\nx  = 1\ny = 2\n\nEnd."_s;
        QTest::newRow("inline code") << QByteArray("Run `make  all` now.") << u"Run make all now."_s;
        QTest::newRow("html block read as html")
            << QByteArray("Intro.\n\n<div class=\"box\">\n<p>Inside <b>html</b> &amp; more</p>\n<script>track()</script>\n</div>\n\nOutro.")
            << u"Intro.\n\nInside html & more\n\nOutro."_s;
        QTest::newRow("inline html tags dropped") << QByteArray("A <span class=\"x\">figure</span> here.<br>Next")
                                                  << u"A figure here.\nNext"_s;
        QTest::newRow("table") << QByteArray("| Year | Capex |\n|---|---|\n| 2024 | 40 |\n| 2025 | 65 |\n")
                               << u"Year\tCapex\n\n2024\t40\n\n2025\t65"_s;
        QTest::newRow("front matter stripped") << QByteArray("---\ntitle: T\ndate: 2025-01-30\n---\n# Heading\n\nBody.")
                                               << u"Heading\n\nBody."_s;
        QTest::newRow("thematic break is not front matter") << QByteArray("Intro.\n\n---\n\nAfter.") << u"Intro.\n\nAfter."_s;
        QTest::newRow("unclosed front matter is text") << QByteArray("---\nNot: front matter") << u"Not: front matter"_s;
        QTest::newRow("crlf") << QByteArray("# Title\r\n\r\nLine one\r\nline two\r\n") << u"Title\n\nLine one line two"_s;
    }

    void markdown()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(QString, text);
        QCOMPARE(MarkdownReader::read(markdown).text, text);
    }

    void markdownMetadata_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("date");

        QTest::newRow("first h1") << QByteArray("## Section\n\n# Main *title*\n\n# Second") << u"Main title"_s << QString() << QString();
        QTest::newRow("first heading without h1") << QByteArray("Text.\n\n## Only a section\n\n### Sub")
                                                  << u"Only a section"_s << QString() << QString();
        QTest::newRow("front matter")
            << QByteArray("---\ntitle: \"Stated title\"\ndate: '2025-02-03'\nlang: fr-FR\ntags: [ai]\n---\n# Heading\n")
            << u"Stated title"_s << u"fr"_s << u"2025-02-03"_s;
        QTest::newRow("front matter date and time") << QByteArray("---\ndate: 2025-02-03T10:00:00Z\nlanguage: en\n---\nText")
                                                    << QString() << u"en"_s << u"2025-02-03"_s;
        QTest::newRow("no heading") << QByteArray("Just text.") << QString() << QString() << QString();
    }

    void markdownMetadata()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(QString, title);
        QFETCH(QString, language);
        QFETCH(QString, date);
        const MarkdownReader::Result result = MarkdownReader::read(markdown);
        QCOMPARE(result.title, title);
        QCOMPARE(result.language, language);
        QCOMPARE(result.date, date);
    }

    void markdownDeepNesting_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QString>("expectedEnd");

        QTest::newRow("10000 quotes") << repeated(">", 10000) + " deep text" << u"deep text"_s;
        QTest::newRow("10000 list levels") << repeated("- ", 10000) + "deep text" << u"deep text"_s;
        QTest::newRow("10000 ordered list levels") << repeated("1. ", 10000) + "deep text" << u"deep text"_s;
        QTest::newRow("10000 brackets") << repeated("[", 10000) + "deep text" << u"deep text"_s;
        QTest::newRow("10000 emphasis") << repeated("*", 10000) + "deep text" + repeated("*", 10000) << u"deep text"_s;
        QTest::newRow("10000 links") << repeated("[a](", 10000) + " deep text" << u"deep text"_s;
        QTest::newRow("10000 html divs") << repeated("<div>", 10000) + "\n\ndeep text" << u"deep text"_s;
        QTest::newRow("100000 html divs") << repeated("<div>", 100000) + "\n\ndeep text" << u"deep text"_s;
    }

    void markdownDeepNesting()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(QString, expectedEnd);
        const MarkdownReader::Result result = MarkdownReader::read(markdown);
        QVERIFY2(result.text.endsWith(expectedEnd), qPrintable(result.text.right(40)));
    }

    void decodeEntity_data()
    {
        QTest::addColumn<QByteArray>("entity");
        QTest::addColumn<QString>("decoded");
        QTest::newRow("named") << QByteArray("&eacute;") << u"é"_s;
        QTest::newRow("decimal") << QByteArray("&#8364;") << u"€"_s;
        QTest::newRow("hex") << QByteArray("&#x2019;") << u"’"_s;
        QTest::newRow("no-break space") << QByteArray("&nbsp;") << u"\u00A0"_s;
        QTest::newRow("space") << QByteArray("&#32;") << u" "_s;
        QTest::newRow("unknown") << QByteArray("&bogus;") << u"&bogus;"_s;
        QTest::newRow("known prefix") << QByteArray("&notanentity;") << u"&notanentity;"_s;
        QTest::newRow("two code points") << QByteArray("&NotEqualTilde;") << u"\u2242\u0338"_s;
    }

    void decodeEntity()
    {
        QFETCH(QByteArray, entity);
        QFETCH(QString, decoded);
        QCOMPARE(QString::fromUtf8(HtmlReader::decodeEntity(entity)), decoded);
    }
};

QTEST_GUILESS_MAIN(TestMarkupReaders)
#include "tst_markupreaders.moc"
