#pragma once

#include "figures/entitycatalog.h"
#include "figures/figuretoken.h"

#include <KSyntaxHighlighting/AbstractHighlighter>

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringView>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Recoupe {

// Turns a reading text into typed tokens with the "Recoupe Figures" syntax definition, line by
// line with the highlighting State carried over, so that what the reading pane highlights is
// what the claim parser reads.
//
// Threads: KSyntaxHighlighting::Repository is a QObject with no thread promise. Give each thread
// its own Repository (and its own FigureLexer); lexers on different threads never share one at
// the same time (FigureLexerPool lends a lexer and its Repository to one thread after another).
class FigureLexer : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    static QString definitionName(); // "Recoupe Figures"

    // catalog: names beyond the definition's built-in entities (a user's or a folder's entity
    // files) are found by the catalog's pattern and added as Entity tokens.
    explicit FigureLexer(KSyntaxHighlighting::Repository &repository, const EntityCatalog &catalog = EntityCatalog());

    // The names beyond the built-in entities, for a lexer kept between folders (FigureLexerPool).
    void setCatalog(const EntityCatalog &catalog);

    // False when the repository has no "Recoupe Figures" definition (resources not linked).
    bool isValid() const;

    // Tokens in text order, offsets into text. Plain words are not tokens. Lines that a
    // plain-text article wraps inside a sentence are lexed as one (joinSoftLineBreaks).
    FigureTokenList tokenize(const QString &text);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    void addNumberWords(QStringView text, FigureTokenList &tokens) const;
    void addExtraEntities(QStringView text, FigureTokenList &tokens) const;

    static constexpr qint16 NoKind = -1;
    QList<qint16> m_kindByFormatId; // Format::id() -> FigureKind, NoKind for plain text
    FigureTokenList *m_tokens = nullptr;
    qint32 m_lineStart = 0;
    QRegularExpression m_extraEntities;
    // The definition's "number words" (the language profiles' numbers, case-folded): the words
    // its rules look behind for in "un milliard", "two gigawatts".
    QSet<QString> m_numberWords;
};

} // namespace Recoupe
