#include "claims/claimextractor.h"

#include "claims/claimcollector.h"
#include "figures/figurelexerpool.h"

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrentRun>

#include <atomic>
#include <memory>

namespace Recoupe {

namespace {

// Runs work(state, index) for every index in [0, count) on the global pool and the calling
// thread. makeState() is called at most once per worker, on the worker's thread, at its first
// document: each worker has its own lexer (and Repository) for the whole run. progress (when
// set) may stop the run before the first index, and after any index; no more indexes are handed
// out then.
template<typename MakeState, typename Work>
void runOnWorkers(qsizetype count, MakeState makeState, Work work, const ClaimExtractor::Progress &progress = {})
{
    if (count == 0 || (progress && !progress(0, count)))
        return;
    std::atomic<qsizetype> next{0};
    std::atomic<qsizetype> done{0};
    std::atomic<bool> stopped{false};
    auto worker = [&] {
        // Made at the first document: a helper that starts (or is run by waitForFinished())
        // once every document is taken makes none.
        decltype(makeState()) state;
        while (!stopped.load(std::memory_order_relaxed)) {
            const qsizetype index = next.fetch_add(1);
            if (index >= count)
                return;
            if (!state)
                state = makeState();
            work(*state, index);
            const qsizetype finished = ++done;
            if (progress && !progress(finished, count))
                stopped.store(true, std::memory_order_relaxed);
        }
    };
    const int workers = static_cast<int>(std::clamp<qsizetype>(QThreadPool::globalInstance()->maxThreadCount(), 1, count));
    QList<QFuture<void>> helpers;
    for (int w = 1; w < workers; ++w)
        helpers.append(QtConcurrent::run(worker));
    // The caller works too; waiting on a helper that never started runs it here (it then
    // finds nothing left), so this cannot deadlock even from inside the pool.
    worker();
    for (QFuture<void> &helper : helpers)
        helper.waitForFinished();
}

// A worker's lexer, lent by the pool (made ahead, or kept from the last extraction).
std::unique_ptr<FigureLexerPool::Lease> lexerFor(const EntityCatalog &catalog)
{
    return std::make_unique<FigureLexerPool::Lease>(FigureLexerPool::take(catalog));
}

} // namespace

ClaimExtractor::ClaimExtractor(KSyntaxHighlighting::Repository &repository, const EntityCatalog &catalog)
    : m_lexer(repository, catalog)
    , m_parser(catalog)
{
}

ClaimList ClaimExtractor::extractDocument(const Document &document)
{
    const QString text = document.text.toString();
    return m_parser.parse(document, text, m_lexer.tokenize(text));
}

FigureTokenList ClaimExtractor::tokenize(const Document &document)
{
    return m_lexer.tokenize(document.text.toString());
}

ClaimList ClaimExtractor::extract(const QList<Document> &documents, const EntityCatalog &catalog)
{
    return extract(documents, catalog, Progress());
}

ClaimList ClaimExtractor::extract(const QList<Document> &documents, const EntityCatalog &catalog, const Progress &progress)
{
    return extract(documents, catalog, progress, nullptr);
}

ClaimList ClaimExtractor::extract(const QList<Document> &documents, const EntityCatalog &catalog, const Progress &progress,
                                  QList<int> *figuresLeftOut)
{
    ClaimCollector collector(documents.size());
    // One slot a document, each written by the one worker that parses it.
    QList<int> leftOut(figuresLeftOut ? documents.size() : 0, 0);
    // parse() is const: one parser serves every worker.
    const ClaimParser parser(catalog);
    runOnWorkers(
        documents.size(), [&catalog] { return lexerFor(catalog); },
        [&](FigureLexerPool::Lease &lease, qsizetype index) {
            const Document &document = documents.at(index);
            const QString text = document.text.toString();
            collector.add(index, parser.parse(document, text, lease.lexer().tokenize(text), figuresLeftOut ? &leftOut[index] : nullptr));
        },
        progress);
    if (figuresLeftOut)
        *figuresLeftOut = std::move(leftOut);
    return collector.take();
}

void ClaimExtractor::extractWithPromise(QPromise<ClaimList> &promise, const QList<Document> &documents, const EntityCatalog &catalog)
{
    promise.setProgressRange(0, static_cast<int>(documents.size()));
    promise.setProgressValue(0);
    ClaimList claims = extract(documents, catalog, [&promise](qsizetype done, qsizetype) {
        promise.setProgressValue(static_cast<int>(done));
        return !promise.isCanceled();
    });
    if (promise.isCanceled())
        return;
    promise.addResult(std::move(claims));
}

QList<FigureTokenList> ClaimExtractor::tokenizeAll(const QList<Document> &documents, const EntityCatalog &catalog)
{
    QList<FigureTokenList> tokens(documents.size());
    runOnWorkers(
        documents.size(), [&catalog] { return lexerFor(catalog); },
        [&](FigureLexerPool::Lease &lease, qsizetype index) { tokens[index] = lease.lexer().tokenize(documents.at(index).text.toString()); });
    return tokens;
}

ClaimList ClaimExtractor::parseAll(const QList<Document> &documents, const QList<FigureTokenList> &tokens, const EntityCatalog &catalog)
{
    ClaimCollector collector(documents.size());
    const ClaimParser parser(catalog);
    runOnWorkers(
        documents.size(), [] { return std::make_unique<int>(0); },
        [&](int &, qsizetype index) { collector.add(index, index < tokens.size() ? parser.parse(documents.at(index), tokens.at(index)) : ClaimList()); });
    return collector.take();
}

} // namespace Recoupe
