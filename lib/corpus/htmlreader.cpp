#include "corpus/htmlreader.h"

#include "corpus/articleurl.h"
#include "corpus/datedetector.h"
#include "corpus/languagedetector.h"
#include "corpus/readingtextbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
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
    const auto tagEnd = [&](qsizetype from) { // past the '>' that closes a tag, quotes respected
        char quote = 0;
        for (qsizetype j = from; j < n; ++j) {
            const char c = html[j];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return j + 1;
            }
        }
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
    QByteArray flattened;
    flattened.reserve(html.size());
    qsizetype copied = 0;
    for (const Range &range : dropped) {
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

// Metadata, by how much it can be trusted: the most specific declaration wins.
struct Metadata {
    enum DatePriority { PublishedTime, ItemProp, JsonLd, DateName, TimeElement, None };
    QString date;
    DatePriority datePriority = None;
    QString language;
    QString localeLanguage; // og:locale, weaker than lang and Content-Language
    QString openGraphTitle;
    QString titleElement;
    QString firstH1;
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

    void offerDate(QByteArrayView value, DatePriority priority)
    {
        if (priority >= datePriority || value.isEmpty())
            return;
        const QString iso = DateDetector::fromMetadataValue(QString::fromUtf8(value));
        if (!iso.isEmpty()) {
            date = iso;
            datePriority = priority;
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

        if (is(property, "article:published_time") || is(name, "article:published_time"))
            offerDate(content, PublishedTime);
        if (is(itemprop, "datePublished"))
            offerDate(content, ItemProp);
        static constexpr const char *dateNames[] = {
            "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date",
            "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created",
            "parsely-pub-date", "sailthru.date", "article.published",
        };
        for (const char *dateName : dateNames) {
            if (is(name, dateName)) {
                offerDate(content, DateName);
                break;
            }
        }
        if (is(httpEquiv, "content-language") && language.isEmpty())
            language = LanguageDetector::fromLanguageTag(QString::fromUtf8(content));
        if ((is(property, "og:locale") || is(name, "language")) && localeLanguage.isEmpty())
            localeLanguage = LanguageDetector::fromLanguageTag(QString::fromUtf8(content));
        if (is(property, "og:url") || is(name, "og:url"))
            offerUrl(&openGraphUrl, QString::fromUtf8(content));
        if (is(property, "og:title") && openGraphTitle.isEmpty()) {
            ReadingTextBuilder title;
            title.appendText(content);
            openGraphTitle = collapsed(title);
        }
    }

    // JSON-LD, as news sites publish it for search engines: {"datePublished": ..., "url": ...},
    // possibly in an array or an "@graph".
    void readJsonLd(QByteArrayView json)
    {
        if (datePriority <= JsonLd && !jsonLdUrl.isEmpty())
            return;
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
            const QString published = object.value("datePublished"_L1).toString();
            if (!published.isEmpty() && datePriority > JsonLd)
                offerDate(published.toUtf8(), JsonLd);
            // The url of the article itself: a page's graph also describes its site, its
            // publisher and its breadcrumbs, each with a url of its own.
            if (jsonLdUrl.isEmpty() && isArticle(object)) {
                offerUrl(&jsonLdUrl, addressOf(object.value("url"_L1)));
                offerUrl(&jsonLdUrl, addressOf(object.value("mainEntityOfPage"_L1)));
            }
            if (datePriority <= JsonLd && !jsonLdUrl.isEmpty())
                return;
            if (i == 0 || document.isArray()) {
                const QJsonArray graph = object.value("@graph"_L1).toArray();
                for (const auto &value : graph)
                    pending.append(QJsonValue(value));
            }
        }
    }

    // NewsArticle, Article, ReportageNewsArticle, BlogPosting... under any prefix
    // ("schema:NewsArticle", "https://schema.org/NewsArticle").
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
};

QByteArrayView textOf(const GumboNode *node)
{
    return QByteArrayView(node->v.text.text, qsizetype(std::strlen(node->v.text.text)));
}

const GumboVector &childrenOf(const GumboNode *node)
{
    return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

// Walks the tree with an explicit stack: a page nested ten thousand levels deep (broken or
// hostile) must not exhaust the thread's stack, as recursion would.
class Walker
{
public:
    explicit Walker(ReadingTextBuilder &out)
        : m_out(out)
    {
    }

    Metadata metadata;

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
    };

    void enter(const GumboNode *node)
    {
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE:
            text(textOf(node));
            return;
        case GUMBO_NODE_COMMENT:
        case GUMBO_NODE_TEMPLATE:
            return;
        case GUMBO_NODE_DOCUMENT:
            m_stack.append({node, 0, Role::Inline, false});
            return;
        case GUMBO_NODE_ELEMENT:
            break;
        }
        const GumboElement &element = node->v.element;
        const GumboTag tag = element.tag;

        if (tag == GUMBO_TAG_META) {
            metadata.readMeta(element);
            return;
        }
        if (tag == GUMBO_TAG_LINK) {
            metadata.readLink(element);
            return;
        }
        if (tag == GUMBO_TAG_TITLE) {
            if (metadata.titleElement.isEmpty())
                metadata.titleElement = plainTextOf(node);
            return;
        }
        if (tag == GUMBO_TAG_SCRIPT) {
            if (attribute(element, "type").compare("application/ld+json", Qt::CaseInsensitive) == 0
                && element.children.length > 0) {
                const auto *child = static_cast<const GumboNode *>(element.children.data[0]);
                if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA || child->type == GUMBO_NODE_WHITESPACE)
                    metadata.readJsonLd(textOf(child));
            }
            return;
        }
        if (tag == GUMBO_TAG_HTML) {
            QByteArrayView lang = attribute(element, "lang");
            if (lang.isEmpty())
                lang = attribute(element, "xml:lang");
            if (!lang.isEmpty())
                metadata.language = LanguageDetector::fromLanguageTag(QString::fromUtf8(lang));
        }
        if (tag == GUMBO_TAG_TIME) {
            if (attribute(element, "itemprop").compare("datePublished", Qt::CaseInsensitive) == 0)
                metadata.offerDate(attribute(element, "datetime"), Metadata::ItemProp);
            else
                metadata.offerDate(attribute(element, "datetime"), Metadata::TimeElement);
        }

        // Hidden on purpose by the page: browsers do not show it either.
        if (hasAttribute(element, "hidden") || attribute(element, "aria-hidden") == "true")
            return;
        const Role role = roleOf(tag);
        if (role == Role::Skipped)
            return;
        if (tag == GUMBO_TAG_IMG || tag == GUMBO_TAG_IMAGE) {
            const QByteArrayView alt = attribute(element, "alt");
            if (!alt.isEmpty() && m_headDepth == 0) {
                m_out.addSpace();
                text(alt);
                m_out.addSpace();
            }
            return;
        }
        if (tag == GUMBO_TAG_BR) {
            m_out.addLineBreak();
            return;
        }
        if (tag == GUMBO_TAG_WBR)
            return;

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
        const bool capturesH1 = tag == GUMBO_TAG_H1 && !m_capturing && metadata.firstH1.isEmpty();
        if (capturesH1) {
            m_capturing = true;
            m_capture = {};
        }
        m_stack.append({node, 0, role, capturesH1});
    }

    void leave(const Frame &frame)
    {
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
            metadata.firstH1 = collapsed(m_capture);
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

    // The text inside <title>, which holds nothing but text.
    static QString plainTextOf(const GumboNode *node)
    {
        ReadingTextBuilder builder;
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA)
                builder.appendText(textOf(child));
        }
        return collapsed(builder);
    }

    ReadingTextBuilder &m_out;
    ReadingTextBuilder m_capture;
    bool m_capturing = false;
    int m_preformattedDepth = 0;
    int m_headDepth = 0;
    QList<Frame> m_stack;
};

} // namespace

HtmlReader::Result HtmlReader::read(QByteArrayView utf8)
{
    ReadingTextBuilder builder;
    builder.reserve(utf8.size() / 2);
    Walker walker(builder);
    const ParsedHtml parsed = parseLimited(utf8);
    walker.walk(parsed.output->document);

    Result result;
    result.text = builder.toString();
    const Metadata &metadata = walker.metadata;
    if (!metadata.firstH1.isEmpty())
        result.title = metadata.firstH1;
    else if (!metadata.openGraphTitle.isEmpty())
        result.title = metadata.openGraphTitle;
    else
        result.title = metadata.titleElement;
    result.language = !metadata.language.isEmpty() ? metadata.language : metadata.localeLanguage;
    result.date = metadata.date;
    if (!metadata.canonicalLink.isEmpty())
        result.url = metadata.canonicalLink;
    else if (!metadata.openGraphUrl.isEmpty())
        result.url = metadata.openGraphUrl;
    else
        result.url = metadata.jsonLdUrl;
    return result;
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
