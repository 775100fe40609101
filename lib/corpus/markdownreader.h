#pragma once

#include <QByteArrayView>
#include <QString>

namespace Recoupe {

// Reduces a Markdown article to its reading text with md4c (CommonMark, plus tables and
// strikethrough). Headings, paragraphs, list items, quotes, code blocks and table rows become
// paragraphs; soft line breaks become spaces; images give their alt text, links their text;
// entities are decoded; raw HTML blocks are read as HTML. A YAML front matter block
// ("---" ... "---") is not text: its title, date and lang/language keys are read.
class MarkdownReader
{
public:
    struct Result {
        QString text;
        QString title;      // front matter title, else the first level-1 heading, else the first heading
        QString language;   // front matter lang/language
        QString date;       // front matter date
        bool operator==(const Result &) const = default;
    };

    // utf8: the article, in UTF-8 (md4c reads nothing else).
    static Result read(QByteArrayView utf8);
};

} // namespace Recoupe
