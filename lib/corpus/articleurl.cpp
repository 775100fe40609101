#include "corpus/articleurl.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

QUrl webUrl(QStringView text)
{
    const QUrl url(text.trimmed().toString(), QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme();
    if (scheme != "http"_L1 && scheme != "https"_L1)
        return {};
    return url;
}

} // namespace

bool ArticleUrl::isWebAddress(QStringView text)
{
    return !webUrl(text).isEmpty();
}

QString ArticleUrl::comparisonKey(const QString &text)
{
    QUrl url = webUrl(text);
    if (url.isEmpty())
        return {};
    url = url.adjusted(QUrl::RemoveFragment | QUrl::RemoveUserInfo | QUrl::NormalizePathSegments);

    QString host = url.host(QUrl::FullyDecoded);
    while (host.endsWith(u'.')) // "example.org." is the same host, written fully qualified
        host.chop(1);
    if (host.startsWith("www."_L1))
        host = host.sliced(4);

    QString key = host;
    // http's 80 and https' 443 are the defaults of either scheme: a key without the scheme
    // cannot tell which one was meant, and a site does not serve another article on them.
    const int port = url.port();
    if (port >= 0 && port != 80 && port != 443)
        key += u':' + QString::number(port);

    QString path = url.path(QUrl::FullyDecoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    key += path;

    if (url.hasQuery()) {
        QUrlQuery query(url);
        const auto items = query.queryItems(QUrl::FullyDecoded);
        QUrlQuery kept;
        for (const auto &[name, value] : items) {
            if (!name.startsWith("utm_"_L1, Qt::CaseInsensitive))
                kept.addQueryItem(name, value);
        }
        const QString rest = kept.query(QUrl::FullyDecoded);
        if (!rest.isEmpty())
            key += u'?' + rest;
    }
    return key;
}

bool ArticleUrl::sameArticle(const QString &a, const QString &b)
{
    const QString key = comparisonKey(a);
    return !key.isEmpty() && key == comparisonKey(b);
}

} // namespace Recoupe
