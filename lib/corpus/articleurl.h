#pragma once

#include <QString>
#include <QStringView>

namespace Recoupe {

// The web address of an article, compared as a reader would compare two links: the same article
// whether it was reached over http or https, with or without "www.", a trailing slash, a
// #fragment or utm_* tracking parameters. Web annotation tools name the page they annotated by
// its address; this is how that address finds the article saved in a folder.
class ArticleUrl
{
public:
    // An absolute http or https address with a host.
    static bool isWebAddress(QStringView text);

    // What two addresses of the same article have in common (host without "www.", port when not
    // the default, path without trailing slash, query without utm_* parameters); empty when text
    // is not a web address.
    static QString comparisonKey(const QString &text);

    // Both are web addresses of the same article.
    static bool sameArticle(const QString &a, const QString &b);
};

} // namespace Recoupe
