#pragma once

#include "claims/claim.h"
#include "claims/claimparser.h"
#include "corpus/document.h"
#include "figures/entitycatalog.h"
#include "figures/figurelexer.h"
#include "figures/figuretoken.h"

#include <QList>
#include <QPromise>

#include <functional>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Recoupe {

// Documents to claims: FigureLexer then ClaimParser.
//
// One document at a time on the caller's thread through an instance (which lexes with the
// caller's Repository), or a whole corpus at once through the static functions, which run on
// QtConcurrent's pool with one KSyntaxHighlighting::Repository per worker thread (a Repository
// has no thread promise, so none is ever shared) and hand documents out one by one, so that a
// long article does not hold up the rest.
class ClaimExtractor
{
public:
    // Called with the number of documents done and the total: once before the first document
    // (done 0), then after each one, on the worker that finished it, so concurrently (QPromise's
    // setProgressValue() and isCanceled() are thread-safe). Returning false stops handing out
    // documents: the claims returned are then incomplete, for the caller to drop.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    explicit ClaimExtractor(KSyntaxHighlighting::Repository &repository, const EntityCatalog &catalog = EntityCatalog::builtIn());

    ClaimList extractDocument(const Document &document);
    FigureTokenList tokenize(const Document &document);

    // Claims of every document, document by document in the given order, each in reading order.
    static ClaimList extract(const QList<Document> &documents, const EntityCatalog &catalog = EntityCatalog::builtIn());
    // The same, reporting to progress, which may stop it (AnalysisPipeline maps it onto its stages).
    static ClaimList extract(const QList<Document> &documents, const EntityCatalog &catalog, const Progress &progress);
    // The same; figuresLeftOut receives for each document how many figures the parser left out
    // (ClaimParser::MostFiguresPerSentence), so that the user hears of it.
    static ClaimList extract(const QList<Document> &documents, const EntityCatalog &catalog, const Progress &progress,
                             QList<int> *figuresLeftOut);

    // For QtConcurrent::run(&ClaimExtractor::extractWithPromise, documents, catalog): progress
    // counts documents, isCanceled() is polled between documents; adds one result unless canceled.
    static void extractWithPromise(QPromise<ClaimList> &promise, const QList<Document> &documents, const EntityCatalog &catalog);

    // The two stages apart, every token list kept in between (tests compare them with extract();
    // the benchmark times the phases inside one fused pass instead, as extract() holds memory).
    static QList<FigureTokenList> tokenizeAll(const QList<Document> &documents, const EntityCatalog &catalog = EntityCatalog::builtIn());
    static ClaimList parseAll(const QList<Document> &documents, const QList<FigureTokenList> &tokens,
                              const EntityCatalog &catalog = EntityCatalog::builtIn());

private:
    FigureLexer m_lexer;
    ClaimParser m_parser;
};

} // namespace Recoupe
