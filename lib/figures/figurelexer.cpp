#include "figures/figurelexer.h"

#include "figures/softlinebreaks.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Recoupe {

QString FigureLexer::definitionName()
{
    return u"Recoupe Figures"_s;
}

FigureLexer::FigureLexer(KSyntaxHighlighting::Repository &repository, const EntityCatalog &catalog)
{
    const KSyntaxHighlighting::Definition definition = repository.definitionForName(definitionName());
    setDefinition(definition);
    // Format ids are small integers handed out by the repository: a flat table is the fastest
    // way from an applyFormat() call to a kind.
    const QList<KSyntaxHighlighting::Format> formats = definition.formats();
    for (const KSyntaxHighlighting::Format &format : formats) {
        FigureKind kind;
        if (!figureKindFromFormatName(format.name(), &kind))
            continue;
        if (m_kindByFormatId.size() <= format.id())
            m_kindByFormatId.resize(format.id() + 1, NoKind);
        m_kindByFormatId[format.id()] = static_cast<qint16>(kind);
    }
    setCatalog(catalog);
    for (const QString &word : definition.keywordList(u"number words"_s))
        m_numberWords.insert(word.toCaseFolded());
}

void FigureLexer::setCatalog(const EntityCatalog &catalog)
{
    m_extraEntities = catalog.extraNamesPattern();
}

bool FigureLexer::isValid() const
{
    return definition().isValid() && !m_kindByFormatId.isEmpty();
}

FigureTokenList FigureLexer::tokenize(const QString &document)
{
    // The engine works line by line: a figure wrapped across two lines would be cut in two.
    const QString unwrapped = joinSoftLineBreaks(document);
    const QStringView text = unwrapped;
    FigureTokenList tokens;
    if (!isValid())
        return tokens;
    // A news article has roughly one token every 40 characters.
    tokens.reserve(text.size() / 40 + 8);
    m_tokens = &tokens;
    KSyntaxHighlighting::State state;
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        QStringView line = text.sliced(lineStart, lineEnd - lineStart);
        if (line.endsWith(u'\r'))
            line.chop(1);
        m_lineStart = static_cast<qint32>(lineStart);
        state = highlightLine(line, state);
        lineStart = lineEnd + 1;
    }
    m_tokens = nullptr;
    addNumberWords(text, tokens);
    if (m_extraEntities.isValid() && !m_extraEntities.pattern().isEmpty())
        addExtraEntities(text, tokens);
    return tokens;
}

void FigureLexer::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length <= 0 || !m_tokens)
        return;
    const quint16 id = format.id();
    if (id >= m_kindByFormatId.size())
        return;
    const qint16 kind = m_kindByFormatId.at(id);
    if (kind == NoKind)
        return;
    const qint32 start = m_lineStart + offset;
    // The engine hands over runs of one format: two adjacent tokens of the same kind ("Meta"
    // right after "Google," never, but "2 000" and a following year could) arrive merged,
    // which the parser handles as one token.
    m_tokens->append(FigureToken{static_cast<FigureKind>(kind), start, static_cast<qint32>(length)});
}

// The definition marks "milliard" in "un milliard" (and "gigawatt" in "a gigawatt") by looking
// behind for the number word, cheaper than trying every "un" and "a" of the text; the word
// itself becomes a Number token here. The words are the definition's own list, generated from
// the language profiles like the rules that look behind for them.
void FigureLexer::addNumberWords(QStringView text, FigureTokenList &tokens) const
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const FigureToken token = tokens.at(i);
        if ((token.kind != FigureKind::Magnitude && token.kind != FigureKind::Unit) || token.start < 2 || !text.at(token.start - 1).isSpace())
            continue;
        if (i > 0 && tokens.at(i - 1).end() >= token.start - 1)
            continue; // "60 milliards": the number is already there
        const qint32 end = token.start - 1;
        qint32 begin = end;
        while (begin > 0 && text.at(begin - 1).isLetter())
            --begin;
        const QStringView word = text.sliced(begin, end - begin);
        if (m_numberWords.contains(word.toString().toCaseFolded())) {
            tokens.insert(i, FigureToken{FigureKind::Number, begin, end - begin});
            ++i;
        }
    }
}

void FigureLexer::addExtraEntities(QStringView text, FigureTokenList &tokens) const
{
    FigureTokenList found;
    auto it = m_extraEntities.globalMatchView(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        found.append(FigureToken{FigureKind::Entity, static_cast<qint32>(match.capturedStart()),
                                 static_cast<qint32>(match.capturedLength())});
    }
    if (found.isEmpty())
        return;
    // A user's name wins over the lexicon's tokens it covers ("Meta Superintelligence Labs"
    // over "Meta").
    tokens.removeIf([&found](const FigureToken &token) {
        return std::any_of(found.cbegin(), found.cend(), [&token](const FigureToken &entity) {
            return token.start < entity.end() && entity.start < token.end();
        });
    });
    tokens.append(found);
    std::sort(tokens.begin(), tokens.end(), [](const FigureToken &a, const FigureToken &b) { return a.start < b.start; });
}

} // namespace Recoupe
