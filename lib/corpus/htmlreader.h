#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Recoupe {

class ReadingTextBuilder;

// Reduces an HTML page to its reading text with gumbo (an HTML5 parser: malformed markup is
// repaired as browsers do). Headings, paragraphs, list items and table rows become paragraphs;
// images give their alt text; links give their text; what is not the article (head, script,
// style, nav, footer, aside, noscript, template, forms, embedded media) is dropped. Nothing the
// page refers to is ever loaded.
class HtmlReader
{
public:
    // How the reading text was taken out of the page.
    enum class Extraction {
        WholePage,      // nothing told the article from the rest: the page, less nav, aside, footer
        ArticleElement, // the page said where: <article>, itemprop=articleBody, <main>, JSON-LD articleBody
        Readability,    // the block that holds the most prose, less its links (Readability's scoring)
    };

    struct Result {
        QString text;       // the article's reading text
        // JSON-LD headline, else og:title, else the article's <h1>, else <title>, without the
        // site's name; whitespace collapsed
        QString title;
        QString titleSource; // "JSON-LD headline", "og:title", "<h1>", "<title>"
        QString language;   // from <html lang>, Content-Language or og:locale
        // from JSON-LD datePublished, article:published_time, itemprop=datePublished,
        // <meta name="date"> and the like, or the article's first <time datetime>
        QString date;
        QString dateSource;  // which of these: "JSON-LD datePublished", "<time datetime>"...
        QString dateModified; // JSON-LD dateModified or article:modified_time, ISO
        QString url;        // the canonical address: <link rel="canonical">, else og:url, else
                            // the url of a JSON-LD Article; only an absolute http(s) address
        QString urlSource;  // "link rel=canonical", "og:url", "JSON-LD url"
        QString author;     // JSON-LD author (names joined by ", "), else <meta name="author">
        QString siteName;   // og:site_name, else the JSON-LD publisher's name
        Extraction extraction = Extraction::WholePage;
        int droppedBlocks = 0; // blocks of text set aside as the page's chrome
        bool operator==(const Result &) const = default;
    };

    // utf8: the page, in UTF-8 (gumbo reads nothing else). Takes the article out of the page:
    // the page's own semantics first, then the scoring of its blocks; the words of class and id
    // attributes that mark chrome are data (resources/html/page-chrome.json). Linear in the
    // size of the page.
    static Result read(QByteArrayView utf8);

    // Everything the page shows, chrome included (nav, aside, footer): what View > Show Whole
    // Page displays. Never read for claims.
    static QString wholePageText(QByteArrayView utf8);

    // "article-element", "readability", "whole-page": as the documents JSON names them.
    static QString extractionName(Extraction extraction);

    // "Meta lifts capex | The Daily Ledger" -> "Meta lifts capex": the site's name cut from the
    // end (" | ", " - ", " – ") or the start ("Site : "), when it is siteName or the host's
    // name, or, unknown, a few words after " | ".
    static QString withoutSiteName(const QString &title, const QString &siteName = {}, const QString &host = {});

    // The text of an HTML fragment (a raw HTML block in Markdown), appended to out.
    static void appendText(QByteArrayView utf8, ReadingTextBuilder &out);

    // "&eacute;" -> "é", "&#8364;" -> "€" (UTF-8); the entity itself when it is not one.
    static QByteArray decodeEntity(QByteArrayView entity);
};

} // namespace Recoupe
