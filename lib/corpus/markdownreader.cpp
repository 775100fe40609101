#include "corpus/markdownreader.h"

#include "corpus/datedetector.h"
#include "corpus/htmlreader.h"
#include "corpus/languagedetector.h"
#include "corpus/readingtextbuilder.h"

#include <md4c.h>

namespace Recoupe {

namespace {

using namespace Qt::StringLiterals;

struct FrontMatter {
    QString title;
    QString date;
    QString language;
    qsizetype end = 0; // where the Markdown starts, in bytes
};

QByteArrayView lineAt(QByteArrayView text, qsizetype from, qsizetype *next)
{
    qsizetype end = text.indexOf('\n', from);
    if (end < 0)
        end = text.size();
    *next = end + 1;
    QByteArrayView line = text.sliced(from, end - from);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

QString unquoted(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
        value = value.sliced(1, value.size() - 2);
    return value.trimmed();
}

// The small part of YAML that front matter uses for these keys: "key: value" on one line.
FrontMatter readFrontMatter(QByteArrayView utf8)
{
    FrontMatter front;
    qsizetype next = 0;
    if (lineAt(utf8, 0, &next).trimmed() != "---")
        return front;
    // Front matter is short; a "---" far down is a thematic break, not its end.
    for (int lines = 0; lines < 200 && next <= utf8.size(); ++lines) {
        const QByteArrayView line = lineAt(utf8, next, &next);
        if (line.trimmed() == "---" || line.trimmed() == "...") {
            front.end = std::min(next, utf8.size());
            return front;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.startsWith(' ') || line.startsWith('\t'))
            continue;
        const QByteArrayView key = line.first(colon).trimmed();
        const QString value = unquoted(QString::fromUtf8(line.sliced(colon + 1)));
        if (key.compare("title", Qt::CaseInsensitive) == 0 && front.title.isEmpty())
            front.title = value;
        else if (key.compare("date", Qt::CaseInsensitive) == 0 && front.date.isEmpty())
            front.date = DateDetector::fromMetadataValue(value);
        else if ((key.compare("lang", Qt::CaseInsensitive) == 0 || key.compare("language", Qt::CaseInsensitive) == 0)
                 && front.language.isEmpty())
            front.language = LanguageDetector::fromLanguageTag(value);
    }
    return {}; // never closed: not front matter
}

struct State {
    ReadingTextBuilder out;
    int codeDepth = 0;
    bool inHtmlBlock = false;
    QByteArray htmlBlock;
    int headingLevel = 0; // inside a heading when > 0
    ReadingTextBuilder heading;
    QString firstHeading;
    QString firstH1;
};

bool endsParagraph(MD_BLOCKTYPE type)
{
    switch (type) {
    case MD_BLOCK_QUOTE: case MD_BLOCK_UL: case MD_BLOCK_OL: case MD_BLOCK_LI: case MD_BLOCK_HR:
    case MD_BLOCK_H: case MD_BLOCK_CODE: case MD_BLOCK_P: case MD_BLOCK_TABLE: case MD_BLOCK_TR:
        return true;
    case MD_BLOCK_DOC: case MD_BLOCK_HTML: case MD_BLOCK_THEAD: case MD_BLOCK_TBODY:
    case MD_BLOCK_TH: case MD_BLOCK_TD:
        return false;
    }
    return false;
}

int enterBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    auto *state = static_cast<State *>(userdata);
    if (endsParagraph(type))
        state->out.addParagraphBreak();
    switch (type) {
    case MD_BLOCK_H:
        state->headingLevel = int(static_cast<const MD_BLOCK_H_DETAIL *>(detail)->level);
        state->heading = {};
        break;
    case MD_BLOCK_CODE:
        ++state->codeDepth;
        break;
    case MD_BLOCK_HTML:
        state->inHtmlBlock = true;
        state->htmlBlock.clear();
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        state->out.addCellBreak();
        break;
    default:
        break;
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *state = static_cast<State *>(userdata);
    switch (type) {
    case MD_BLOCK_H: {
        const QString heading = state->heading.toString().trimmed();
        if (state->firstHeading.isEmpty())
            state->firstHeading = heading;
        if (state->headingLevel == 1 && state->firstH1.isEmpty())
            state->firstH1 = heading;
        state->headingLevel = 0;
        break;
    }
    case MD_BLOCK_CODE:
        --state->codeDepth;
        break;
    case MD_BLOCK_HTML:
        state->inHtmlBlock = false;
        HtmlReader::appendText(state->htmlBlock, state->out);
        state->htmlBlock.clear();
        break;
    default:
        break;
    }
    if (endsParagraph(type))
        state->out.addParagraphBreak();
    return 0;
}

int enterSpan(MD_SPANTYPE type, void *, void *userdata)
{
    // An image's alt text is its text content; keep it apart from the words around it.
    if (type == MD_SPAN_IMG)
        static_cast<State *>(userdata)->out.addSpace();
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void *, void *userdata)
{
    if (type == MD_SPAN_IMG)
        static_cast<State *>(userdata)->out.addSpace();
    return 0;
}

void appendText(State *state, QByteArrayView utf8)
{
    const auto whitespace = state->codeDepth > 0 ? ReadingTextBuilder::Whitespace::Preserve
                                                 : ReadingTextBuilder::Whitespace::Collapse;
    state->out.appendText(utf8, whitespace);
    if (state->headingLevel > 0)
        state->heading.appendText(utf8);
}

int text(MD_TEXTTYPE type, const MD_CHAR *chars, MD_SIZE size, void *userdata)
{
    auto *state = static_cast<State *>(userdata);
    const QByteArrayView utf8(chars, qsizetype(size));
    switch (type) {
    case MD_TEXT_NORMAL:
    case MD_TEXT_CODE:
    case MD_TEXT_LATEXMATH:
        appendText(state, utf8);
        break;
    case MD_TEXT_NULLCHAR:
        appendText(state, "\xEF\xBF\xBD"); // U+FFFD, as CommonMark requires
        break;
    case MD_TEXT_BR:
        state->out.addLineBreak();
        break;
    case MD_TEXT_SOFTBR:
        state->out.addSpace();
        if (state->headingLevel > 0)
            state->heading.addSpace();
        break;
    case MD_TEXT_ENTITY:
        appendText(state, HtmlReader::decodeEntity(utf8));
        break;
    case MD_TEXT_HTML:
        if (state->inHtmlBlock) {
            state->htmlBlock.append(utf8);
        } else if (utf8.startsWith("<br") || utf8.startsWith("<BR")) {
            state->out.addLineBreak();
        }
        // Other inline tags (<span>, <b>...) only wrap text that md4c hands over as text.
        break;
    }
    return 0;
}

} // namespace

MarkdownReader::Result MarkdownReader::read(QByteArrayView utf8)
{
    const FrontMatter front = readFrontMatter(utf8);
    const QByteArrayView markdown = utf8.sliced(front.end);

    State state;
    state.out.reserve(markdown.size());
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;
    parser.enter_block = &enterBlock;
    parser.leave_block = &leaveBlock;
    parser.enter_span = &enterSpan;
    parser.leave_span = &leaveSpan;
    parser.text = &text;
    // md4c only fails when memory runs out; what it produced until then is still the text.
    md_parse(markdown.data(), MD_SIZE(markdown.size()), &parser, &state);

    Result result;
    result.text = state.out.toString();
    if (!front.title.isEmpty())
        result.title = front.title;
    else if (!state.firstH1.isEmpty())
        result.title = state.firstH1;
    else
        result.title = state.firstHeading;
    result.language = front.language;
    result.date = front.date;
    return result;
}

} // namespace Recoupe
