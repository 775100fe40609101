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
    struct Result {
        QString text;
        QString title;      // first <h1>, else og:title, else <title>; whitespace collapsed
        QString language;   // from <html lang>, Content-Language or og:locale
        QString date;       // from article:published_time, itemprop=datePublished, JSON-LD,
                            // <meta name="date"> and the like, or the first <time datetime>
        QString url;        // the canonical address: <link rel="canonical">, else og:url, else
                            // the url of a JSON-LD Article; only an absolute http(s) address
        bool operator==(const Result &) const = default;
    };

    // utf8: the page, in UTF-8 (gumbo reads nothing else).
    static Result read(QByteArrayView utf8);

    // The text of an HTML fragment (a raw HTML block in Markdown), appended to out.
    static void appendText(QByteArrayView utf8, ReadingTextBuilder &out);

    // "&eacute;" -> "é", "&#8364;" -> "€" (UTF-8); the entity itself when it is not one.
    static QByteArray decodeEntity(QByteArrayView entity);
};

} // namespace Recoupe
