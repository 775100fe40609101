#include "corpus/htmlreader.h"

#include "corpus/articleurl.h"
#include "corpus/datedetector.h"
#include "corpus/languagedetector.h"
#include "corpus/pagechromehints.h"
#include "corpus/readingtextbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QList>
#include <QSet>
#include <QUrl>
#include <QStringList>

#include <gumbo.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>

namespace Recoupe {

namespace {

using namespace Qt::StringLiterals;

struct GumboOutputDeleter {
    void operator()(GumboOutput *output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};
using GumboOutputPtr = std::unique_ptr<GumboOutput, GumboOutputDeleter>;

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isOneOf(QByteArrayView name, std::initializer_list<const char *> names)
{
    for (const char *candidate : names) {
        if (name.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Elements that never nest by themselves: void ones, and those that HTML closes when a sibling
// starts (p, li, td...) or that the parser places itself (html, head, body).
bool neverNests(QByteArrayView name)
{
    return isOneOf(name, {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                          "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image", "p", "li",
                          "dt", "dd", "tr", "td", "th", "tbody", "thead", "tfoot", "option", "optgroup", "rb",
                          "rt", "rp", "rtc", "colgroup", "caption", "html", "head", "body"});
}

// Elements whose content is text, not markup, up to their end tag.
bool holdsRawText(QByteArrayView name)
{
    return isOneOf(name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
                          "noscript", "plaintext"});
}

// Gumbo spends time in proportion to the depth of the tree for each element it opens, so a page
// nested a hundred thousand levels deep (hostile, or a generator gone wrong) would take minutes.
// Real pages stay within a few hundred levels. This rough count of open elements, made without
// parsing, finds the tags that sit deeper than maxDepth; the copy it returns lacks them (their
// text stays). Nothing is copied for ordinary pages.
// Gumbo also compares each attribute of a tag with every one before it: a tag of 40,000 distinct
// attributes costs 40,000² comparisons (a minute for one megabyte). No page needs more than a few
// dozen, so the attributes of a tag past mostAttributes are dropped here too.
constexpr int mostAttributes = 256;

std::optional<QByteArray> withoutTagsBeyond(QByteArrayView html, int maxDepth)
{
    struct Range {
        qsizetype from;
        qsizetype to;
    };
    QList<Range> dropped;
    int depth = 0;
    const qsizetype n = html.size();
    qsizetype i = 0;
    // Past the '>' that closes a tag, quotes respected; attributes beyond mostAttributes (each
    // begins after a space outside quotes) are marked to be dropped, up to that '>'.
    const auto tagEnd = [&](qsizetype from) {
        char quote = 0;
        int attributes = 0;
        qsizetype tooMany = -1;
        for (qsizetype j = from; j < n; ++j) {
            const char c = html[j];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                if (tooMany >= 0)
                    dropped.append({tooMany, j});
                return j + 1;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (j + 1 < n && isAsciiLetter(html[j + 1]) && ++attributes > mostAttributes && tooMany < 0)
                    tooMany = j;
            }
        }
        if (tooMany >= 0)
            dropped.append({tooMany, n});
        return n;
    };
    while (i < n) {
        const qsizetype open = html.indexOf('<', i);
        if (open < 0 || open + 1 >= n)
            break;
        const char next = html[open + 1];
        if (html.sliced(open).startsWith("<!--")) {
            const qsizetype close = html.indexOf("-->", open + 4);
            i = close < 0 ? n : close + 3;
            continue;
        }
        if (next == '!' || next == '?') {
            i = tagEnd(open + 2);
            continue;
        }
        const bool endTag = next == '/';
        qsizetype nameStart = open + (endTag ? 2 : 1);
        if (nameStart >= n || !isAsciiLetter(html[nameStart])) {
            i = open + 1;
            continue;
        }
        qsizetype nameEnd = nameStart;
        while (nameEnd < n && (isAsciiLetter(html[nameEnd]) || (html[nameEnd] >= '0' && html[nameEnd] <= '9') || html[nameEnd] == '-'))
            ++nameEnd;
        const QByteArrayView name = html.sliced(nameStart, nameEnd - nameStart);
        const qsizetype end = tagEnd(nameEnd);
        i = end;
        if (neverNests(name))
            continue;
        if (endTag) {
            if (depth > maxDepth)
                dropped.append({open, end});
            depth = std::max(0, depth - 1);
            continue;
        }
        if (holdsRawText(name)) {
            // Skip the content; the element opens and closes at the same depth.
            const QByteArray closing = "</" + name.toByteArray();
            qsizetype close = i;
            while (true) {
                close = html.indexOf('<', close);
                if (close < 0 || html.sliced(close).first(std::min(n - close, closing.size())).compare(closing, Qt::CaseInsensitive) == 0)
                    break;
                ++close;
            }
            i = close < 0 ? n : tagEnd(close);
            continue;
        }
        if (end >= 2 && html[end - 2] == '/')
            continue; // <div/>: read as an open tag by HTML, but not worth the distinction here
        ++depth;
        if (depth > maxDepth)
            dropped.append({open, end});
    }
    if (dropped.isEmpty())
        return std::nullopt;
    // A tag too deep may also have too many attributes: its ranges overlap.
    std::sort(dropped.begin(), dropped.end(), [](const Range &a, const Range &b) { return a.from < b.from; });
    QByteArray flattened;
    flattened.reserve(html.size());
    qsizetype copied = 0;
    for (const Range &range : std::as_const(dropped)) {
        if (range.from < copied) {
            copied = std::max(copied, range.to);
            continue;
        }
        flattened.append(html.sliced(copied, range.from - copied));
        flattened.append(' ');
        copied = range.to;
    }
    flattened.append(html.sliced(copied));
    return flattened;
}

constexpr int maxTreeDepth = 1000;

GumboOutputPtr parse(QByteArrayView utf8)
{
    GumboOptions options = kGumboDefaultOptions;
    // Parse errors are of no use here, and a broken page could otherwise collect millions.
    options.max_errors = 0;
    return GumboOutputPtr(gumbo_parse_with_options(&options, utf8.data(), size_t(utf8.size())));
}

// The parse tree points into the bytes it was made from: they must outlive it.
struct ParsedHtml {
    std::optional<QByteArray> flattened;
    GumboOutputPtr output;
};

ParsedHtml parseLimited(QByteArrayView utf8)
{
    ParsedHtml parsed;
    parsed.flattened = withoutTagsBeyond(utf8, maxTreeDepth);
    parsed.output = parse(parsed.flattened ? QByteArrayView(*parsed.flattened) : utf8);
    return parsed;
}

enum class Role {
    Inline,     // text flows through (a, span, em, unknown elements)
    Block,      // a paragraph of its own
    Cell,       // td, th
    Preformatted,
    Skipped,    // not the article: not descended into
    Head,       // descended into for <title> and <meta>, but no text
};

Role roleOf(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_APPLET: case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH: case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_MAP: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_OPTGROUP: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_FRAMESET: case GUMBO_TAG_SEARCH:
    case GUMBO_TAG_DIALOG: case GUMBO_TAG_TITLE: case GUMBO_TAG_META: case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE:
        return Role::Skipped;
    case GUMBO_TAG_HEAD:
        return Role::Head;
    case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT:
        return Role::Preformatted;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        return Role::Cell;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR:
    case GUMBO_TAG_LEGEND: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU:
    case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_HTML:
        return Role::Block;
    default:
        return Role::Inline;
    }
}

QByteArrayView attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *found = gumbo_get_attribute(&element.attributes, name);
    return found ? QByteArrayView(found->value, qsizetype(std::strlen(found->value))) : QByteArrayView();
}

bool hasAttribute(const GumboElement &element, const char *name)
{
    return gumbo_get_attribute(&element.attributes, name) != nullptr;
}

QString collapsed(const ReadingTextBuilder &builder)
{
    // Only ASCII whitespace was collapsed: a no-break space, as in "Stargate : ...", stays.
    return builder.toString().trimmed();
}

// Metadata, by how much it can be trusted: the most specific declaration wins. What the page
// states for search engines (JSON-LD) comes first, then what it states for social networks (Open
// Graph), then the markup itself.
struct Metadata {
    enum DatePriority { JsonLd, PublishedTime, ItemProp, DateName, TimeElement, None };
    QString date;
    DatePriority datePriority = None;
    QString dateSource;
    QString dateModified;
    QString language;
    QString localeLanguage; // og:locale, weaker than lang and Content-Language
    QString jsonLdHeadline;
    QString openGraphTitle;
    QString titleElement;
    QString firstH1;
    QString author;
    QString siteName;        // og:site_name, else the JSON-LD publisher's or website's name
    QString jsonLdSiteName;
    QString articleBody;     // JSON-LD articleBody: some pages hold their text only there
    // The article's address, by the same rule of trust: the canonical link is what the site asks
    // search engines to index, og:url what it asks social networks to share, JSON-LD comes last.
    QString canonicalLink;
    QString openGraphUrl;
    QString jsonLdUrl;

    // Only an absolute http(s) address can be compared with an annotation's target: a relative
    // one would need the page's own address, which a saved file no longer has.
    static void offerUrl(QString *slot, const QString &value)
    {
        if (slot->isEmpty() && ArticleUrl::isWebAddress(value))
            *slot = value.trimmed();
    }

    static QString collapsedText(QByteArrayView utf8)
    {
        ReadingTextBuilder builder;
        builder.appendText(utf8);
        return collapsed(builder);
    }

    void readLink(const GumboElement &element)
    {
        // rel holds a list of words: <link rel="canonical"> as well as rel="canonical nofollow".
        const QString rel = QString::fromUtf8(attribute(element, "rel"));
        const QStringList words = rel.simplified().split(u' ', Qt::SkipEmptyParts);
        const bool canonical = std::any_of(words.cbegin(), words.cend(), [](const QString &word) {
            return word.compare("canonical"_L1, Qt::CaseInsensitive) == 0;
        });
        if (canonical)
            offerUrl(&canonicalLink, QString::fromUtf8(attribute(element, "href")));
    }

    void offerDate(QByteArrayView value, DatePriority priority, const QString &source)
    {
        if (priority >= datePriority || value.isEmpty())
            return;
        const QString iso = DateDetector::fromMetadataValue(QString::fromUtf8(value));
        if (!iso.isEmpty()) {
            date = iso;
            datePriority = priority;
            dateSource = source;
        }
    }

    void readMeta(const GumboElement &element)
    {
        const QByteArrayView content = attribute(element, "content");
        const QByteArrayView property = attribute(element, "property");
        const QByteArrayView name = attribute(element, "name");
        const QByteArrayView itemprop = attribute(element, "itemprop");
        const QByteArrayView httpEquiv = attribute(element, "http-equiv");
        const auto is = [](QByteArrayView a, QByteArrayView b) { return a.compare(b, Qt::CaseInsensitive) == 0; };

        if (is(property, "article:published_time") || is(name, "article:published_time")
            || is(property, "og:article:published_time"))
            offerDate(content, PublishedTime, u"article:published_time"_s);
        if ((is(property, "article:modified_time") || is(name, "article:modified_time")) && dateModified.isEmpty())
            dateModified = DateDetector::fromMetadataValue(QString::fromUtf8(content));
        if (is(itemprop, "datePublished"))
            offerDate(content, ItemProp, u"itemprop=datePublished"_s);
        static constexpr const char *dateNames[] = {
            "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date",
            "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created",
            "parsely-pub-date", "sailthru.date", "article.published",
        };
        for (const char *dateName : dateNames) {
            if (is(name, dateName)) {
                offerDate(content, DateName, u"meta "_s + QString::fromLatin1(dateName));
                break;
            }
        }
        if (is(httpEquiv, "content-language") && language.isEmpty())
            language = LanguageDetector::fromLanguageTag(QString::fromUtf8(content));
        if ((is(property, "og:locale") || is(name, "language")) && localeLanguage.isEmpty())
            localeLanguage = LanguageDetector::fromLanguageTag(QString::fromUtf8(content));
        if (is(property, "og:url") || is(name, "og:url"))
            offerUrl(&openGraphUrl, QString::fromUtf8(content));
        if (is(property, "og:title") && openGraphTitle.isEmpty())
            openGraphTitle = collapsedText(content);
        if ((is(property, "og:site_name") || is(name, "application-name")) && siteName.isEmpty())
            siteName = collapsedText(content);
        if ((is(name, "author") || is(property, "article:author")) && author.isEmpty() && !ArticleUrl::isWebAddress(QString::fromUtf8(content)))
            author = collapsedText(content);
    }

    // JSON-LD, as news sites publish it for search engines: {"datePublished": ..., "url": ...},
    // possibly in an array or an "@graph".
    void readJsonLd(QByteArrayView json)
    {
        const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray());
        QList<QJsonValue> pending;
        if (document.isArray()) {
            const QJsonArray array = document.array();
            for (const auto &value : array)
                pending.append(QJsonValue(value));
        } else if (document.isObject()) {
            pending.append(document.object());
        }
        // Only two levels: the object itself and the members of its @graph.
        for (qsizetype i = 0; i < pending.size() && i < 64; ++i) {
            const QJsonObject object = pending.at(i).toObject();
            if (hasType(object, {u"WebSite", u"NewsMediaOrganization", u"Organization"}) && jsonLdSiteName.isEmpty())
                jsonLdSiteName = object.value("name"_L1).toString().simplified();
            // The article itself: a page's graph also describes its site, its publisher and its
            // breadcrumbs, each with a url and a date of its own.
            if (isArticle(object)) {
                const QString published = object.value("datePublished"_L1).toString();
                if (!published.isEmpty() && datePriority > JsonLd)
                    offerDate(published.toUtf8(), JsonLd, u"JSON-LD datePublished"_s);
                if (dateModified.isEmpty())
                    dateModified = DateDetector::fromMetadataValue(object.value("dateModified"_L1).toString());
                if (jsonLdUrl.isEmpty()) {
                    offerUrl(&jsonLdUrl, addressOf(object.value("url"_L1)));
                    offerUrl(&jsonLdUrl, addressOf(object.value("mainEntityOfPage"_L1)));
                }
                if (jsonLdHeadline.isEmpty())
                    jsonLdHeadline = collapsedText(object.value("headline"_L1).toString().toUtf8());
                if (author.isEmpty())
                    author = nameOf(object.value("author"_L1));
                if (jsonLdSiteName.isEmpty())
                    jsonLdSiteName = nameOf(object.value("publisher"_L1));
                if (articleBody.isEmpty())
                    articleBody = object.value("articleBody"_L1).toString();
            }
            if (i == 0 || document.isArray()) {
                const QJsonArray graph = object.value("@graph"_L1).toArray();
                for (const auto &value : graph)
                    pending.append(QJsonValue(value));
            }
        }
    }

    // The last part of its "@type": "NewsArticle", "schema:NewsArticle", "https://schema.org/NewsArticle".
    static bool hasType(const QJsonObject &object, std::initializer_list<QStringView> wanted)
    {
        const QJsonValue type = object.value("@type"_L1);
        const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
        for (const auto &value : types) {
            QString name = value.toString();
            name = name.sliced(std::max(name.lastIndexOf(u'/'), name.lastIndexOf(u':')) + 1);
            for (QStringView candidate : wanted) {
                if (name == candidate)
                    return true;
            }
        }
        return false;
    }

    // NewsArticle, Article, ReportageNewsArticle, BlogPosting, LiveBlogPosting... under any prefix.
    static bool isArticle(const QJsonObject &object)
    {
        const QJsonValue type = object.value("@type"_L1);
        const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
        for (const auto &value : types) {
            QString name = value.toString();
            name = name.sliced(std::max(name.lastIndexOf(u'/'), name.lastIndexOf(u':')) + 1);
            if (name.endsWith("Article"_L1) || name.endsWith("BlogPosting"_L1))
                return true;
        }
        return false;
    }

    // "author": "A. Name", {"name": ...}, or a list of them (names joined by ", ").
    static QString nameOf(const QJsonValue &value)
    {
        if (value.isString())
            return value.toString().simplified();
        if (value.isObject())
            return value.toObject().value("name"_L1).toString().simplified();
        if (value.isArray()) {
            QStringList names;
            for (const auto &member : value.toArray()) {
                const QString name = nameOf(member);
                if (!name.isEmpty() && names.size() < 8)
                    names.append(name);
            }
            return names.join(", "_L1);
        }
        return {};
    }

    // "url": "https://...", ["https://...", ...] or {"@id": "https://..."}.
    static QString addressOf(const QJsonValue &value)
    {
        if (value.isString())
            return value.toString();
        if (value.isArray())
            return addressOf(value.toArray().at(0));
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            return object.value("@id"_L1).isString() ? object.value("@id"_L1).toString() : object.value("url"_L1).toString();
        }
        return {};
    }

    // Reads what <head> (and JSON-LD anywhere) declares. Returns true when the element was
    // metadata, which has no text of its own.
    bool readElement(const GumboNode *node)
    {
        const GumboElement &element = node->v.element;
        switch (element.tag) {
        case GUMBO_TAG_META:
            readMeta(element);
            return true;
        case GUMBO_TAG_LINK:
            readLink(element);
            return true;
        case GUMBO_TAG_TITLE:
            if (titleElement.isEmpty())
                titleElement = plainTextOf(node);
            return true;
        case GUMBO_TAG_SCRIPT:
            if (attribute(element, "type").compare("application/ld+json", Qt::CaseInsensitive) == 0 && element.children.length > 0) {
                const auto *child = static_cast<const GumboNode *>(element.children.data[0]);
                if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA || child->type == GUMBO_NODE_WHITESPACE)
                    readJsonLd(QByteArrayView(child->v.text.text, qsizetype(std::strlen(child->v.text.text))));
            }
            return true;
        case GUMBO_TAG_HTML: {
            QByteArrayView lang = attribute(element, "lang");
            if (lang.isEmpty())
                lang = attribute(element, "xml:lang");
            if (!lang.isEmpty())
                language = LanguageDetector::fromLanguageTag(QString::fromUtf8(lang));
            return false;
        }
        default:
            return false;
        }
    }

    // The text inside <title>, which holds nothing but text.
    static QString plainTextOf(const GumboNode *node)
    {
        ReadingTextBuilder builder;
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA)
                builder.appendText(QByteArrayView(child->v.text.text, qsizetype(std::strlen(child->v.text.text))));
        }
        return collapsed(builder);
    }
};

QByteArrayView textOf(const GumboNode *node)
{
    return QByteArrayView(node->v.text.text, qsizetype(std::strlen(node->v.text.text)));
}

const GumboVector &childrenOf(const GumboNode *node)
{
    return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

bool isHidden(const GumboElement &element)
{
    // Hidden on purpose by the page: browsers do not show it either.
    return hasAttribute(element, "hidden") || attribute(element, "aria-hidden") == "true";
}

bool isArticleBody(const GumboElement &element)
{
    return attribute(element, "itemprop").compare("articleBody", Qt::CaseInsensitive) == 0;
}

// What one element holds, summed over its subtree (the survey of the page, made once).
struct NodeStats {
    qint32 textBytes = 0;      // visible text
    qint32 linkBytes = 0;      // of which inside links
    qint32 paragraphBytes = 0; // of which inside paragraphs of 25 bytes or more
    qint32 commas = 0;         // in its own text: a sentence has them, a menu has none
    bool hasBlockChild = false;
    bool holdsArticleMarker = false; // an <h1>, <article>, <main> or articleBody inside
    bool paragraph = false;
    PageChromeHints::Hint hint = PageChromeHints::Hint::None;

    double linkDensity() const { return textBytes > 0 ? double(linkBytes) / textBytes : 0.0; }
};

// Readability counts text in paragraphs shorter than this as noise (a caption, a button).
constexpr qint32 minParagraphBytes = 25;
// An article holds at least this much text; less is a teaser, a caption, a widget.
constexpr qint32 minArticleBytes = 200;

// First pass over the tree: metadata, and per element its text, links, paragraphs and the hint of
// its class and id. Linear: each node is entered and left once.
class PageSurvey
{
public:
    Metadata metadata;
    QHash<const GumboNode *, NodeStats> stats;
    QList<const GumboNode *> chromeHinted;
    const GumboNode *firstH1 = nullptr; // the page's headline, as a reader sees it first
    qint32 pageParagraphBytes = 0;

    void survey(const GumboNode *root)
    {
        const PageChromeHints &hints = PageChromeHints::builtin();
        struct Frame {
            const GumboNode *node;
            unsigned next;
            NodeStats stats;
        };
        QList<Frame> stack;
        int linkDepth = 0;
        const auto enter = [&](const GumboNode *node) {
            switch (node->type) {
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_CDATA:
                if (!stack.isEmpty()) {
                    const QByteArrayView text = textOf(node);
                    NodeStats &top = stack.last().stats;
                    top.textBytes += qint32(text.size());
                    top.commas += qint32(text.count(','));
                    if (linkDepth > 0)
                        top.linkBytes += qint32(text.size());
                }
                return;
            case GUMBO_NODE_WHITESPACE:
            case GUMBO_NODE_COMMENT:
            case GUMBO_NODE_TEMPLATE:
                return;
            case GUMBO_NODE_DOCUMENT:
                stack.append({node, 0, {}});
                return;
            case GUMBO_NODE_ELEMENT:
                break;
            }
            if (metadata.readElement(node))
                return;
            const GumboElement &element = node->v.element;
            if (isHidden(element) || roleOf(element.tag) == Role::Skipped)
                return;
            NodeStats stats;
            const QByteArrayView classes = attribute(element, "class");
            const QByteArrayView id = attribute(element, "id");
            if (!classes.isEmpty() && !id.isEmpty())
                stats.hint = hints.hintOf(QByteArray(classes.toByteArray() + ' ' + id.toByteArray()));
            else if (!classes.isEmpty() || !id.isEmpty())
                stats.hint = hints.hintOf(classes.isEmpty() ? id : classes);
            stats.holdsArticleMarker = element.tag == GUMBO_TAG_H1 || element.tag == GUMBO_TAG_MAIN || isArticleBody(element);
            if (element.tag == GUMBO_TAG_A)
                ++linkDepth;
            if (element.tag == GUMBO_TAG_H1 && !firstH1)
                firstH1 = node;
            stack.append({node, 0, stats});
        };
        const auto leave = [&](Frame &frame) {
            if (frame.node->type != GUMBO_NODE_ELEMENT)
                return;
            const GumboElement &element = frame.node->v.element;
            NodeStats &own = frame.stats;
            if (element.tag == GUMBO_TAG_A)
                --linkDepth;
            if (element.tag == GUMBO_TAG_H1 && metadata.firstH1.isEmpty())
                metadata.firstH1 = textWithin(frame.node);
            // Readability's paragraphs: <p>, <pre>, table cells, and blocks of bare text (sites
            // that write their articles as <div>s separated by <br>).
            const Role role = roleOf(element.tag);
            const bool paragraphLike = element.tag == GUMBO_TAG_P || element.tag == GUMBO_TAG_PRE || role == Role::Cell
                || ((element.tag == GUMBO_TAG_DIV || element.tag == GUMBO_TAG_SECTION) && !own.hasBlockChild);
            if (paragraphLike && own.textBytes >= minParagraphBytes && own.paragraphBytes == 0) {
                own.paragraph = true;
                own.paragraphBytes = own.textBytes;
            }
            // An <article> marks the article when it holds one: a list of related stories is often
            // a list of short <article>s.
            if (element.tag == GUMBO_TAG_ARTICLE && own.textBytes >= minArticleBytes)
                own.holdsArticleMarker = true;
            if (own.hint == PageChromeHints::Hint::Chrome)
                chromeHinted.append(frame.node);
            stats.insert(frame.node, own);
        };
        enter(root);
        while (!stack.isEmpty()) {
            Frame &frame = stack.last();
            const GumboVector &children = childrenOf(frame.node);
            if (frame.next < children.length) {
                enter(static_cast<const GumboNode *>(children.data[frame.next++]));
                continue;
            }
            Frame finished = stack.takeLast();
            leave(finished);
            if (!stack.isEmpty()) {
                NodeStats &parent = stack.last().stats;
                parent.textBytes += finished.stats.textBytes;
                parent.linkBytes += finished.stats.linkBytes;
                parent.paragraphBytes += finished.stats.paragraphBytes;
                parent.holdsArticleMarker = parent.holdsArticleMarker || finished.stats.holdsArticleMarker;
                if (finished.node->type == GUMBO_NODE_ELEMENT) {
                    const Role role = roleOf(finished.node->v.element.tag);
                    parent.hasBlockChild = parent.hasBlockChild || role == Role::Block || role == Role::Cell;
                }
            } else {
                pageParagraphBytes = finished.stats.paragraphBytes;
            }
        }
    }

private:
    // The text of a heading: its text nodes, however deep (a link, a span).
    static QString textWithin(const GumboNode *node)
    {
        ReadingTextBuilder builder;
        QList<const GumboNode *> pending{node};
        while (!pending.isEmpty()) {
            const GumboNode *current = pending.takeLast();
            if (current->type == GUMBO_NODE_TEXT || current->type == GUMBO_NODE_CDATA || current->type == GUMBO_NODE_WHITESPACE) {
                builder.appendText(textOf(current));
                continue;
            }
            if (current->type != GUMBO_NODE_ELEMENT)
                continue;
            const GumboVector &children = current->v.element.children;
            for (unsigned i = children.length; i > 0; --i)
                pending.append(static_cast<const GumboNode *>(children.data[i - 1]));
        }
        return collapsed(builder);
    }
};

// Which parts of the page are the article.
struct Selection {
    HtmlReader::Extraction extraction = HtmlReader::Extraction::WholePage;
    QSet<const GumboNode *> roots;       // the article: these subtrees...
    QSet<const GumboNode *> chrome;      // ...without these
    QSet<const GumboNode *> aroundRoots; // the ancestors of the roots, walked through
    const QHash<const GumboNode *, NodeStats> *stats = nullptr;
};

// Second pass, top-down: the page's own semantics first, then Readability's scoring of blocks by
// their paragraphs (Arc90's algorithm, as Firefox's Reader View still uses it).
Selection select(const GumboNode *root, const PageSurvey &survey)
{
    Selection selection;
    selection.stats = &survey.stats;
    const auto statsOf = [&](const GumboNode *node) { return survey.stats.value(node); };

    // Chrome by its class or id, unless it holds the article's markers or most of its paragraphs
    // (a layout wrapper called "has-sidebar" is not a sidebar).
    for (const GumboNode *node : survey.chromeHinted) {
        const NodeStats stats = statsOf(node);
        const GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || stats.holdsArticleMarker)
            continue;
        if (survey.pageParagraphBytes > 0 && stats.paragraphBytes * 2 > survey.pageParagraphBytes)
            continue;
        selection.chrome.insert(node);
    }

    QList<const GumboNode *> articles;
    QList<const GumboNode *> bodies;
    QList<const GumboNode *> mains;
    QHash<const GumboNode *, double> scores;
    QList<const GumboNode *> scoredInOrder; // ties go to the first in the page, whatever the hash
    const PageChromeHints::Hint none = PageChromeHints::Hint::None;
    const auto scoreOf = [&](const GumboNode *node) -> double & {
        auto it = scores.find(node);
        if (it != scores.end())
            return *it;
        double initial = 0;
        switch (node->v.element.tag) {
        case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION: case GUMBO_TAG_MAIN: initial = 5; break;
        case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: initial = 3; break;
        case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: initial = -3; break;
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_TH: initial = -5; break;
        default: break;
        }
        const PageChromeHints::Hint hint = statsOf(node).hint;
        if (hint == PageChromeHints::Hint::Article)
            initial += 25;
        else if (hint != none)
            initial -= 25;
        scoredInOrder.append(node);
        return *scores.insert(node, initial);
    };

    struct Frame {
        const GumboNode *node;
        unsigned next;
    };
    QList<Frame> stack{{root, 0}};
    int articleDepth = 0;
    int bodyDepth = 0;
    qint64 proseBytes = 0; // in the page's paragraphs, chrome left out
    while (!stack.isEmpty()) {
        Frame &frame = stack.last();
        const GumboVector &children = childrenOf(frame.node);
        if (frame.next >= children.length) {
            const GumboNode *node = stack.takeLast().node;
            if (node->type == GUMBO_NODE_ELEMENT) {
                articleDepth -= node->v.element.tag == GUMBO_TAG_ARTICLE ? 1 : 0;
                bodyDepth -= isArticleBody(node->v.element) ? 1 : 0;
            }
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children.data[frame.next++]);
        if (child->type != GUMBO_NODE_ELEMENT || !survey.stats.contains(child) || selection.chrome.contains(child))
            continue;
        const GumboElement &element = child->v.element;
        const NodeStats stats = statsOf(child);
        if (element.tag == GUMBO_TAG_ARTICLE && articleDepth == 0)
            articles.append(child);
        if (isArticleBody(element) && bodyDepth == 0)
            bodies.append(child);
        if (element.tag == GUMBO_TAG_MAIN)
            mains.append(child);
        if (stats.paragraph) {
            proseBytes += stats.textBytes;
            // A paragraph gives its parent its score, its grandparent half, its great-grandparent
            // a third: the article is the block that holds the most prose.
            const double score = 1.0 + stats.commas + std::min(stats.textBytes / 100.0, 3.0);
            const GumboNode *ancestor = child->parent;
            for (int level = 0; level < 3 && ancestor && ancestor->type == GUMBO_NODE_ELEMENT; ++level) {
                scoreOf(ancestor) += score / (level == 0 ? 1 : level == 1 ? 2 : 3 * level);
                ancestor = ancestor->parent;
            }
        }
        articleDepth += element.tag == GUMBO_TAG_ARTICLE ? 1 : 0;
        bodyDepth += isArticleBody(element) ? 1 : 0;
        stack.append({child, 0});
    }

    const auto largest = [&](const QList<const GumboNode *> &nodes) {
        qint32 best = 0;
        for (const GumboNode *node : nodes)
            best = std::max(best, statsOf(node).textBytes);
        return best;
    };
    const auto markAround = [&]() {
        // The headline belongs to the article even where the page puts it outside (above an
        // <article> that holds the body, or above the posts of a live blog).
        if (const GumboNode *headline = survey.firstH1) {
            bool inside = false;
            for (const GumboNode *up = headline; up && !inside; up = up->parent)
                inside = selection.roots.contains(up) || selection.chrome.contains(up);
            if (!inside)
                selection.roots.insert(headline);
        }
        for (const GumboNode *node : std::as_const(selection.roots)) {
            for (const GumboNode *up = node->parent; up && !selection.aroundRoots.contains(up); up = up->parent)
                selection.aroundRoots.insert(up);
        }
    };

    // What the page marks as its article must hold a fair share of its prose: some sites wrap
    // only the headline and standfirst in <article>, and leave the body beside it.
    const auto holdsTheProse = [&](const QSet<const GumboNode *> &nodes) {
        qint64 bytes = 0;
        for (const GumboNode *node : nodes)
            bytes += statsOf(node).paragraphBytes;
        return bytes * 4 >= proseBytes;
    };

    // <article>: the largest, and those of a comparable size beside it (a live blog is one
    // <article> per post; a teaser in a list of related stories is much shorter).
    const qint32 largestArticle = largest(articles);
    if (largestArticle >= minArticleBytes) {
        QSet<const GumboNode *> chosen;
        for (const GumboNode *node : std::as_const(articles)) {
            if (statsOf(node).textBytes * 4 >= largestArticle)
                chosen.insert(node);
        }
        if (holdsTheProse(chosen)) {
            selection.roots = chosen;
            selection.extraction = HtmlReader::Extraction::ArticleElement;
            markAround();
            return selection;
        }
    }
    for (const QList<const GumboNode *> *candidates : {&bodies, &mains}) {
        const qint32 best = largest(*candidates);
        if (best < minArticleBytes)
            continue;
        QSet<const GumboNode *> chosen;
        for (const GumboNode *node : *candidates) {
            if (statsOf(node).textBytes == best) {
                chosen.insert(node);
                break;
            }
        }
        if (!holdsTheProse(chosen))
            continue;
        selection.roots = chosen;
        selection.extraction = HtmlReader::Extraction::ArticleElement;
        markAround();
        return selection;
    }

    // Readability: the block with the best score, less what of it is links.
    const GumboNode *top = nullptr;
    double topScore = 0;
    for (const GumboNode *node : std::as_const(scoredInOrder)) {
        const double score = scores.value(node) * (1.0 - statsOf(node).linkDensity());
        if (score > topScore) {
            top = node;
            topScore = score;
        }
    }
    if (!top || topScore < 20 || statsOf(top).paragraphBytes < minArticleBytes || top->v.element.tag == GUMBO_TAG_HTML
        || top->v.element.tag == GUMBO_TAG_BODY)
        return selection; // nothing stands out: the whole page, as before
    selection.roots.insert(top);
    // Its siblings that score well, or that are long paragraphs with few links, are the article
    // too (an article split in several blocks, with its pictures between them).
    if (top->parent && top->parent->type == GUMBO_NODE_ELEMENT) {
        const GumboVector &siblings = top->parent->v.element.children;
        const double threshold = std::max(10.0, topScore * 0.2);
        for (unsigned i = 0; i < siblings.length; ++i) {
            const auto *sibling = static_cast<const GumboNode *>(siblings.data[i]);
            if (sibling == top || sibling->type != GUMBO_NODE_ELEMENT || !survey.stats.contains(sibling)
                || selection.chrome.contains(sibling))
                continue;
            const NodeStats stats = statsOf(sibling);
            const double score = scores.value(sibling, 0.0) * (1.0 - stats.linkDensity());
            // The headline's block, when the prose sits beside it rather than around it.
            const bool headline = stats.holdsArticleMarker && !statsOf(top).holdsArticleMarker;
            if (score >= threshold || headline || (stats.paragraph && stats.textBytes >= 80 && stats.linkDensity() < 0.25))
                selection.roots.insert(sibling);
        }
    }
    selection.extraction = HtmlReader::Extraction::Readability;
    markAround();
    return selection;
}

// Walks the tree with an explicit stack: a page nested ten thousand levels deep (broken or
// hostile) must not exhaust the thread's stack, as recursion would. Writes the reading text of
// what the selection keeps (the whole page without one).
class Walker
{
public:
    explicit Walker(ReadingTextBuilder &out, const Selection *selection = nullptr, bool keepPageChrome = false)
        : m_out(out)
        , m_selection(selection)
        , m_keepPageChrome(keepPageChrome)
    {
    }

    QString articleH1;
    Metadata timeMetadata; // <time datetime> within what is kept
    int droppedBlocks = 0;

    void walk(const GumboNode *root)
    {
        enter(root);
        while (!m_stack.isEmpty()) {
            Frame &frame = m_stack.last();
            const GumboVector &children = childrenOf(frame.node);
            if (frame.next < children.length) {
                const auto *child = static_cast<const GumboNode *>(children.data[frame.next++]);
                enter(child);
                continue;
            }
            const Frame finished = m_stack.takeLast();
            leave(finished);
        }
    }

private:
    struct Frame {
        const GumboNode *node;
        unsigned next;
        Role role;
        bool capturesH1;
        bool kept; // part of the reading text
    };

    bool parentKept() const { return m_stack.isEmpty() ? m_selection == nullptr : m_stack.last().kept; }

    // Within the article, a block that is mostly links is a list of other articles or of tags.
    bool isLinkList(const GumboNode *node) const
    {
        switch (node->v.element.tag) {
        case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE:
        case GUMBO_TAG_HEADER: case GUMBO_TAG_FORM: case GUMBO_TAG_DL: case GUMBO_TAG_MENU:
            break;
        default:
            return false;
        }
        const NodeStats stats = m_selection->stats->value(node);
        return !stats.holdsArticleMarker && stats.textBytes > 0 && stats.linkBytes * 2 > stats.textBytes;
    }

    void enter(const GumboNode *node)
    {
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE:
            if (parentKept())
                text(textOf(node));
            return;
        case GUMBO_NODE_COMMENT:
        case GUMBO_NODE_TEMPLATE:
            return;
        case GUMBO_NODE_DOCUMENT:
            m_stack.append({node, 0, Role::Inline, false, m_selection == nullptr});
            return;
        case GUMBO_NODE_ELEMENT:
            break;
        }
        const GumboElement &element = node->v.element;
        const GumboTag tag = element.tag;
        if (tag == GUMBO_TAG_META || tag == GUMBO_TAG_LINK || tag == GUMBO_TAG_TITLE || tag == GUMBO_TAG_SCRIPT)
            return;
        if (isHidden(element))
            return;
        Role role = roleOf(tag);
        if (m_keepPageChrome && (tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_FOOTER || tag == GUMBO_TAG_ASIDE))
            role = Role::Block;
        if (role == Role::Skipped)
            return;

        bool kept = parentKept();
        if (m_selection) {
            if (kept)
                kept = !m_selection->chrome.contains(node) && !isLinkList(node);
            else
                kept = m_selection->roots.contains(node);
            if (!kept && !m_selection->aroundRoots.contains(node)) {
                // Set aside whole: counted once, when it held text, and not walked.
                if ((parentKept() || m_selection->aroundRoots.contains(node->parent)) && m_selection->stats->value(node).textBytes > 0)
                    ++droppedBlocks;
                return;
            }
        }
        if (tag == GUMBO_TAG_TIME && kept) {
            if (attribute(element, "itemprop").compare("datePublished", Qt::CaseInsensitive) == 0)
                timeMetadata.offerDate(attribute(element, "datetime"), Metadata::ItemProp, u"itemprop=datePublished"_s);
            else
                timeMetadata.offerDate(attribute(element, "datetime"), Metadata::TimeElement, u"<time datetime>"_s);
        }
        if (kept && (tag == GUMBO_TAG_IMG || tag == GUMBO_TAG_IMAGE)) {
            const QByteArrayView alt = attribute(element, "alt");
            if (!alt.isEmpty() && m_headDepth == 0) {
                m_out.addSpace();
                text(alt);
                m_out.addSpace();
            }
            return;
        }
        if (tag == GUMBO_TAG_BR) {
            if (kept)
                m_out.addLineBreak();
            return;
        }
        if (tag == GUMBO_TAG_WBR || tag == GUMBO_TAG_IMG || tag == GUMBO_TAG_IMAGE)
            return;

        if (kept) {
            switch (role) {
            case Role::Block:
                m_out.addParagraphBreak();
                break;
            case Role::Cell:
                m_out.addCellBreak();
                break;
            case Role::Preformatted:
                m_out.addParagraphBreak();
                ++m_preformattedDepth;
                break;
            case Role::Head:
                ++m_headDepth;
                break;
            case Role::Inline:
            case Role::Skipped:
                break;
            }
        }
        const bool capturesH1 = kept && tag == GUMBO_TAG_H1 && !m_capturing && articleH1.isEmpty();
        if (capturesH1) {
            m_capturing = true;
            m_capture = {};
        }
        m_stack.append({node, 0, role, capturesH1, kept});
    }

    void leave(const Frame &frame)
    {
        if (!frame.kept)
            return;
        switch (frame.role) {
        case Role::Block:
            m_out.addParagraphBreak();
            break;
        case Role::Preformatted:
            m_out.addParagraphBreak();
            --m_preformattedDepth;
            break;
        case Role::Head:
            --m_headDepth;
            break;
        case Role::Cell:
        case Role::Inline:
        case Role::Skipped:
            break;
        }
        if (frame.capturesH1) {
            m_capturing = false;
            articleH1 = collapsed(m_capture);
        }
    }

    void text(QByteArrayView utf8)
    {
        if (m_headDepth > 0)
            return;
        const auto whitespace = m_preformattedDepth > 0 ? ReadingTextBuilder::Whitespace::Preserve
                                                        : ReadingTextBuilder::Whitespace::Collapse;
        m_out.appendText(utf8, whitespace);
        if (m_capturing)
            m_capture.appendText(utf8);
    }

    ReadingTextBuilder &m_out;
    const Selection *m_selection;
    bool m_keepPageChrome;
    ReadingTextBuilder m_capture;
    bool m_capturing = false;
    int m_preformattedDepth = 0;
    int m_headDepth = 0;
    QList<Frame> m_stack;
};

// The text of a JSON-LD articleBody: plain text with line breaks between paragraphs, or HTML.
QString articleBodyText(const QString &body)
{
    ReadingTextBuilder builder;
    if (body.contains(u'<')) {
        HtmlReader::appendText(body.toUtf8(), builder);
    } else {
        const QStringList lines = body.split(u'\n');
        for (const QString &line : lines) {
            builder.appendText(line.toUtf8());
            builder.addParagraphBreak();
        }
    }
    return builder.toString();
}

int paragraphCount(QStringView text)
{
    return text.isEmpty() ? 0 : int(text.count(u"\n\n")) + 1;
}

} // namespace

QString HtmlReader::extractionName(Extraction extraction)
{
    switch (extraction) {
    case Extraction::ArticleElement:
        return u"article-element"_s;
    case Extraction::Readability:
        return u"readability"_s;
    case Extraction::WholePage:
        break;
    }
    return u"whole-page"_s;
}

HtmlReader::Result HtmlReader::read(QByteArrayView utf8)
{
    const ParsedHtml parsed = parseLimited(utf8);
    PageSurvey survey;
    survey.survey(parsed.output->document);
    const Selection selection = select(parsed.output->document, survey);

    ReadingTextBuilder builder;
    builder.reserve(utf8.size() / 2);
    const bool wholePage = selection.extraction == Extraction::WholePage;
    Walker walker(builder, wholePage ? nullptr : &selection);
    walker.walk(parsed.output->document);

    Result result;
    result.text = builder.toString();
    result.extraction = selection.extraction;
    result.droppedBlocks = walker.droppedBlocks;
    const Metadata &metadata = survey.metadata;

    // A page that shows a teaser (a paywall, a page drawn by scripts) may hold the whole article
    // in its JSON-LD only.
    if (!metadata.articleBody.isEmpty()) {
        const QString body = articleBodyText(metadata.articleBody);
        if (body.size() > result.text.size() * 3 / 2) {
            result.droppedBlocks += paragraphCount(result.text);
            result.text = body;
            result.extraction = Extraction::ArticleElement;
        }
    }

    result.siteName = !metadata.siteName.isEmpty() ? metadata.siteName : metadata.jsonLdSiteName;
    if (!metadata.canonicalLink.isEmpty()) {
        result.url = metadata.canonicalLink;
        result.urlSource = u"link rel=canonical"_s;
    } else if (!metadata.openGraphUrl.isEmpty()) {
        result.url = metadata.openGraphUrl;
        result.urlSource = u"og:url"_s;
    } else if (!metadata.jsonLdUrl.isEmpty()) {
        result.url = metadata.jsonLdUrl;
        result.urlSource = u"JSON-LD url"_s;
    }
    const QString host = result.url.isEmpty() ? QString() : QUrl(result.url).host();
    const QString h1 = !walker.articleH1.isEmpty() ? walker.articleH1 : metadata.firstH1;
    const std::pair<QString, QString> titles[] = {
        {withoutSiteName(metadata.jsonLdHeadline, result.siteName, host), u"JSON-LD headline"_s},
        {withoutSiteName(metadata.openGraphTitle, result.siteName, host), u"og:title"_s},
        {h1, u"<h1>"_s},
        {withoutSiteName(metadata.titleElement, result.siteName, host), u"<title>"_s},
    };
    for (const auto &[title, source] : titles) {
        if (!title.isEmpty()) {
            result.title = title;
            result.titleSource = source;
            break;
        }
    }
    result.language = !metadata.language.isEmpty() ? metadata.language : metadata.localeLanguage;
    // A <time> counts only within the article: a sidebar's list of stories has dates of its own.
    const Metadata &times = walker.timeMetadata;
    if (times.datePriority < metadata.datePriority) {
        result.date = times.date;
        result.dateSource = times.dateSource;
    } else {
        result.date = metadata.date;
        result.dateSource = metadata.dateSource;
    }
    result.dateModified = metadata.dateModified;
    result.author = metadata.author;
    return result;
}

namespace {

// "Le Journal de l'Éco" and "journaldeleco.fr" -> "lejournaldeleco": letters and digits only, no
// accents, lower case, so that a site's name and its address can be compared.
QString nameKey(QStringView text)
{
    QString key;
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            key.append(c.toCaseFolded());
    }
    return key;
}

bool namesSite(QStringView segment, const QString &siteName, const QString &host)
{
    const QString key = nameKey(segment);
    if (key.isEmpty())
        return false;
    if (!siteName.isEmpty() && key == nameKey(siteName))
        return true;
    if (host.isEmpty())
        return false;
    // "www.example-news.co.uk": any label but the last ones (example-news, or examplenews.co).
    QStringList labels = host.split(u'.', Qt::SkipEmptyParts);
    if (!labels.isEmpty() && labels.first().compare("www"_L1, Qt::CaseInsensitive) == 0)
        labels.removeFirst();
    for (qsizetype i = 0; i + 1 < labels.size(); ++i) {
        if (key == nameKey(labels.at(i)) || key == nameKey(labels.sliced(i).join(u'.')))
            return true;
    }
    return false;
}

// Where a title is cut in parts: " | ", " - ", " – ", " — ", " · ", " » ", " : ", " :: ", " / ".
struct TitleSeparator {
    qsizetype from;
    qsizetype to;
    QChar mark;
};

QList<TitleSeparator> titleSeparators(QStringView title)
{
    QList<TitleSeparator> separators;
    for (qsizetype i = 1; i + 1 < title.size(); ++i) {
        const QChar c = title[i];
        if (!(c == u'|' || c == u'-' || c == u'\u2013' || c == u'\u2014' || c == u'\u00B7' || c == u'\u00BB' || c == u':' || c == u'/'))
            continue;
        qsizetype end = i + 1;
        while (end < title.size() && title[end] == c)
            ++end; // "::"
        if (title[i - 1].isSpace() && end < title.size() && title[end].isSpace())
            separators.append({i - 1, end + 1, c});
        i = end - 1;
    }
    return separators;
}

int wordCount(QStringView text)
{
    return int(text.split(u' ', Qt::SkipEmptyParts).size());
}

bool hasDigit(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

} // namespace

QString HtmlReader::withoutSiteName(const QString &title, const QString &siteName, const QString &host)
{
    QString result = title.trimmed();
    bool strippedKnown = false;
    for (int round = 0; round < 2; ++round) {
        const QList<TitleSeparator> separators = titleSeparators(result);
        if (separators.isEmpty())
            break;
        const TitleSeparator last = separators.last();
        const QStringView tail = QStringView(result).sliced(last.to).trimmed();
        const QStringView head = QStringView(result).first(last.from).trimmed();
        // Without a known name, only what a site's name looks like after " | ": a few words,
        // no figure, after a title of its own (" | Économie" and " | The Daily Ledger" go;
        // "Meta: capex | 2025" and "Part 1 - the plan" stay).
        const bool unknownButLikely = last.mark == u'|' && wordCount(tail) <= 4 && !hasDigit(tail) && wordCount(head) >= 3;
        const bool known = namesSite(tail, siteName, host);
        // After the site's name, a section ("Title | Tech | Site") goes by the same rule.
        if ((known || ((round == 0 || strippedKnown) && unknownButLikely)) && !head.isEmpty()) {
            strippedKnown = known;
            result = head.toString();
            continue;
        }
        const TitleSeparator first = separators.first();
        const QStringView prefix = QStringView(result).first(first.from).trimmed();
        const QStringView after = QStringView(result).sliced(first.to).trimmed();
        if (namesSite(prefix, siteName, host) && !after.isEmpty()) {
            strippedKnown = true;
            result = after.toString();
            continue;
        }
        break;
    }
    return result;
}

QString HtmlReader::wholePageText(QByteArrayView utf8)
{
    const ParsedHtml parsed = parseLimited(utf8);
    ReadingTextBuilder builder;
    builder.reserve(utf8.size() / 2);
    Walker walker(builder, nullptr, true);
    walker.walk(parsed.output->document);
    return builder.toString();
}

void HtmlReader::appendText(QByteArrayView utf8, ReadingTextBuilder &out)
{
    Walker walker(out);
    const ParsedHtml parsed = parseLimited(utf8);
    out.addParagraphBreak();
    walker.walk(parsed.output->document);
    out.addParagraphBreak();
}

QByteArray HtmlReader::decodeEntity(QByteArrayView entity)
{
    // The parser knows all 2,231 named references of HTML5, and how numeric ones are repaired.
    // Inside a paragraph, since whitespace before any element is dropped by the parser.
    const QByteArray html = "<p>" + entity.toByteArray();
    const GumboOutputPtr output = parse(html);
    QList<const GumboNode *> pending{output->root};
    while (!pending.isEmpty()) {
        const GumboNode *node = pending.takeLast();
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
            // HTML reads "&notanentity;" as "&not" followed by text; an entity is one or two
            // characters, so a longer result means that this was not one.
            const QByteArrayView decoded = textOf(node);
            return QString::fromUtf8(decoded).toUcs4().size() <= 2 ? decoded.toByteArray() : entity.toByteArray();
        }
        if (node->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboVector &children = childrenOf(node);
        for (unsigned i = children.length; i > 0; --i)
            pending.append(static_cast<const GumboNode *>(children.data[i - 1]));
    }
    return entity.toByteArray();
}

} // namespace Recoupe
