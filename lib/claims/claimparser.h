#pragma once

#include "claims/claim.h"
#include "claims/languageknowledge.h"
#include "compare/fiscalcalendar.h"
#include "corpus/document.h"
#include "figures/entitycatalog.h"
#include "figures/figuretoken.h"

namespace Recoupe {

// Builds claims from the tokens of one document (FigureLexer::tokenize of Document::text).
// See claimparser.cpp for the rules: figures (numbers, magnitudes, ranges, hedges, currencies,
// units), then for each figure the entity, metric and period its sentence gives it.
//
// Const and free of shared mutable state: one parser may serve several threads at once.
class ClaimParser
{
public:
    explicit ClaimParser(EntityCatalog catalog = EntityCatalog::builtIn(), LanguageKnowledge language = LanguageKnowledge::builtin(),
                         FiscalCalendar fiscal = FiscalCalendar::builtin());

    // Claims in reading order with ids "<document.id>#<n>" (n from 1). Relative periods ("cette
    // année", "le dernier trimestre") are resolved against document.date; without a date they
    // stay unknown (empty), never guessed.
    ClaimList parse(const Document &document, const FigureTokenList &tokens) const;
    // The same, with document.text already decoded (the lexer needed it too). figuresLeftOut, when
    // given, receives how many figures were not read because their sentence held more than
    // MostFiguresPerSentence (no article writes such a sentence; a hostile text does, and each
    // figure costs output and memory).
    ClaimList parse(const Document &document, const QString &text, const FigureTokenList &tokens, int *figuresLeftOut = nullptr) const;

    static constexpr int MostFiguresPerSentence = 100;

    const EntityCatalog &catalog() const { return m_catalog; }

private:
    EntityCatalog m_catalog;
    LanguageKnowledge m_language;
    FiscalCalendar m_fiscal;
};

} // namespace Recoupe
