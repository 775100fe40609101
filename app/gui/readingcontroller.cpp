#include "readingcontroller.h"

#include "analysissession.h"
#include "comparisonspane.h"
#include "corpussession.h"
#include "documentspane.h"
#include "readingpane.h"

namespace Recoupe {

ReadingController::ReadingController(CorpusSession *corpus, AnalysisSession *analysis, DocumentsPane *documents, ReadingPane *reader,
                                     ComparisonsPane *comparisons, QObject *parent)
    : QObject(parent)
    , m_corpus(corpus)
    , m_analysis(analysis)
    , m_documents(documents)
    , m_reader(reader)
    , m_comparisons(comparisons)
{
    connect(documents, &DocumentsPane::currentDocumentChanged, this, &ReadingController::showDocument);
    connect(comparisons, &ComparisonsPane::currentGroupChanged, this, &ReadingController::showGroup);
    connect(comparisons, &ComparisonsPane::claimActivated, this, &ReadingController::showClaim);
    connect(analysis, &AnalysisSession::claimsReady, this, &ReadingController::updateMarks);
    connect(analysis, &AnalysisSession::passagesReady, this, &ReadingController::updateMarks);
    connect(corpus, &CorpusSession::documentChanged, this, [this](const QString &documentId) {
        if (m_reader->documentId() == documentId)
            m_reader->showDocument(m_corpus->document(documentId));
    });
}

void ReadingController::showDocument(const QString &documentId)
{
    m_reader->showDocument(documentId.isEmpty() ? nullptr : m_corpus->document(documentId));
    updateMarks();
}

void ReadingController::updateMarks()
{
    const QString documentId = m_reader->documentId();
    const ClaimGroup *group = m_comparisons->currentGroup();
    ClaimList claims;
    if (group) {
        for (const QString &claimId : group->claims) {
            const Claim *claim = m_analysis->claim(claimId);
            if (claim && claim->document == documentId)
                claims.append(*claim);
        }
    }
    m_reader->setGroupClaims(claims, group && group->verdict == Verdict::Discrepancy);
    QHash<QString, QString> titles;
    for (const Document &document : m_corpus->corpus().documents)
        titles.insert(document.id, document.title.isEmpty() ? document.path : document.title);
    m_reader->setPassageMarks(m_analysis->passagesOf(documentId), titles);
}

void ReadingController::showGroup(const ClaimGroup *group)
{
    if (!group) {
        updateMarks();
        return;
    }
    // Stay in the article being read when it states this figure; else open the first that does.
    const Claim *target = nullptr;
    for (const QString &claimId : group->claims) {
        const Claim *claim = m_analysis->claim(claimId);
        if (!claim)
            continue;
        if (!target)
            target = claim;
        if (claim->document == m_reader->documentId()) {
            target = claim;
            break;
        }
    }
    if (target && target->document != m_reader->documentId())
        m_documents->selectDocument(target->document); // shows it, through currentDocumentChanged
    updateMarks();
    if (target)
        m_reader->view()->selectRange(target->start, target->start);
}

void ReadingController::showClaim(const QString &claimId)
{
    const Claim *claim = m_analysis->claim(claimId);
    if (!claim)
        return;
    if (claim->document != m_reader->documentId())
        m_documents->selectDocument(claim->document);
    m_reader->selectRange(claim->start, claim->end);
}

} // namespace Recoupe
