#include "readingcontroller.h"

#include "analysissession.h"
#include "comparisonspane.h"
#include "compare/claimwording.h"
#include "corpussession.h"
#include "documentspane.h"
#include "models/documentlistmodel.h"
#include "readingarea.h"
#include "reading/grouppalette.h"
#include "reading/readinglayout.h"

#include <QScrollBar>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

constexpr int layoutSaveDelayMs = 800;
constexpr int otherSourcesShown = 6;

} // namespace

ReadingController::ReadingController(CorpusSession *corpus, AnalysisSession *analysis, DocumentsPane *documents, ReadingArea *area,
                                     ComparisonsPane *comparisons, QObject *parent)
    : QObject(parent)
    , m_corpus(corpus)
    , m_analysis(analysis)
    , m_documents(documents)
    , m_area(area)
    , m_comparisons(comparisons)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(layoutSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &ReadingController::saveLayout);

    connect(documents, &DocumentsPane::currentDocumentChanged, this, &ReadingController::showDocument);
    connect(comparisons, &ComparisonsPane::currentGroupChanged, this, &ReadingController::showGroup);
    connect(comparisons, &ComparisonsPane::claimActivated, this, &ReadingController::showClaim);
    connect(analysis, &AnalysisSession::claimsReady, this, &ReadingController::updateMarks);
    connect(analysis, &AnalysisSession::groupsReady, this, &ReadingController::updateMarks);
    connect(analysis, &AnalysisSession::passagesReady, this, [this] {
        m_area->setPassages(m_analysis->passages());
        updateMarks();
    });
    connect(corpus, &CorpusSession::documentChanged, this, [this](const QString &documentId) {
        for (ReadingPane *pane : m_area->panes()) {
            if (pane->documentId() == documentId)
                pane->showDocument(m_corpus->document(documentId));
        }
    });
    // A folder is left: remember how its panes were.
    connect(corpus, &CorpusSession::loadStarted, this, &ReadingController::saveLayout);
    connect(area, &ReadingArea::paneAdded, this, &ReadingController::connectPane);
    connect(area, &ReadingArea::layoutChanged, this, &ReadingController::layoutTouched);
    connect(area, &ReadingArea::currentPaneChanged, this, [this](ReadingPane *pane) {
        // The Documents list follows the pane the reader is in.
        if (pane && pane->hasDocument() && m_documents->currentDocumentId() != pane->documentId())
            m_documents->selectDocument(pane->documentId());
    });
    for (ReadingPane *pane : area->panes())
        connectPane(pane);
}

void ReadingController::connectPane(ReadingPane *pane)
{
    connect(pane, &ReadingPane::documentRequested, this, [this, pane](const QString &documentId) {
        m_area->setCurrentPane(pane);
        showDocumentInPane(pane, documentId);
    });
    connect(pane, &ReadingPane::claimActivated, this, [this, pane](const QString &claimId) {
        m_area->setCurrentPane(pane);
        activateClaim(claimId);
    });
    connect(pane, &ReadingPane::claimSelected, this, &ReadingController::claimSelected);
    connect(pane->view()->verticalScrollBar(), &QScrollBar::valueChanged, this, &ReadingController::layoutTouched);
    connect(pane->view(), &ReadingView::zoomChanged, this, &ReadingController::layoutTouched);
    updatePaneMarks(pane);
}

void ReadingController::showDocument(const QString &documentId)
{
    ReadingPane *pane = m_area->currentPane();
    if (!pane || pane->documentId() == documentId)
        return;
    showDocumentInPane(pane, documentId);
}

void ReadingController::showDocumentInPane(ReadingPane *pane, const QString &documentId)
{
    if (!pane)
        return;
    const Document *document = documentId.isEmpty() ? nullptr : m_corpus->document(documentId);
    if (document && pane->documentId() == documentId && pane->hasDocument())
        return;
    pane->showDocument(document);
    updatePaneMarks(pane);
    if (pane == m_area->currentPane() && document && m_documents->currentDocumentId() != documentId)
        m_documents->selectDocument(documentId);
    if (!m_restoring) {
        if (m_area->isLinkedScrolling())
            m_area->alignPanesOn(m_area->panes().constFirst() == pane && m_area->paneCount() > 1 ? m_area->pane(1) : m_area->panes().constFirst());
        layoutTouched();
    }
}

void ReadingController::layoutTouched()
{
    if (m_restoring || !m_remembersLayout)
        return;
    m_layoutDirty = true;
    m_saveTimer.start();
}

ReadingController::ClaimInfo ReadingController::claimInfo(const QString &claimId) const
{
    ClaimInfo info;
    info.groupIndex = m_analysis->groupOf(claimId);
    if (info.groupIndex < 0 || info.groupIndex >= m_analysis->groups().size())
        return {};
    info.colourIndex = m_analysis->colourOf(info.groupIndex);
    info.discrepancy = m_analysis->groups().at(info.groupIndex).verdict == Verdict::Discrepancy;
    return info;
}

QString ReadingController::documentTitle(const QString &documentId) const
{
    const Document *document = m_corpus->document(documentId);
    if (!document)
        return documentId;
    return document->title.isEmpty() ? document->path : document->title;
}

QString ReadingController::claimToolTip(const Claim &claim, const ClaimInfo &info, const QString &text) const
{
    const ClaimGroup *group = info.groupIndex >= 0 ? &m_analysis->groups().at(info.groupIndex) : nullptr;
    QString html = u"<b>%1</b><br/>%2"_s.arg(
        (group ? ClaimWording::groupKey(group->key) : ClaimWording::metric(claim.metric)).toHtmlEscaped(),
        ClaimWording::amount(claim).toHtmlEscaped());
    // How the parser read what the sentence does not say, so that a reader can check it.
    if (const QStringList read = ClaimWording::resolution(claim, text); !read.isEmpty()) {
        QStringList escaped;
        for (const QString &line : read)
            escaped.append(line.toHtmlEscaped());
        html += u"<br/><i>%1</i>"_s.arg(escaped.join(u"<br/>"_s));
    }
    if (!group)
        return html;
    if (info.colourIndex >= 0)
        html += u"<br/><i>%1</i>"_s.arg(tr("Marked in %1 in every pane").arg(GroupPalette::name(info.colourIndex)).toHtmlEscaped());
    if (info.discrepancy) {
        html += u"<p><b>%1</b>"_s.arg(tr("The sources disagree:").toHtmlEscaped());
        for (const DiscrepancyReason &reason : group->reasons) {
            if (reason.claims.isEmpty() || reason.claims.contains(claim.id()))
                html += u"<br/>• "_s + reason.explanation.toHtmlEscaped();
        }
        html += u"</p>"_s;
    }
    // Only the lines shown are written: a figure that thousands of articles repeat would
    // otherwise format every one of them, for every figure of the pane, on every update.
    QStringList others;
    qsizetype total = 0;
    for (const QString &otherId : group->claims) {
        const Claim *other = m_analysis->claim(otherId);
        if (!other || other->document == claim.document) // the claim itself, or another place of its article
            continue;
        if (++total > otherSourcesShown)
            continue;
        const Document *document = m_corpus->document(other->document);
        const QString date = document && !document->date.isEmpty() ? DocumentListModel::displayDate(document->date, QLocale::ShortFormat) : QString();
        QString line = u"• %1 — %2"_s.arg(ClaimWording::amount(*other).toHtmlEscaped(), documentTitle(other->document).toHtmlEscaped());
        if (!date.isEmpty())
            line += u" (%1)"_s.arg(date.toHtmlEscaped());
        others.append(line);
    }
    if (!others.isEmpty()) {
        if (total > otherSourcesShown)
            others.append(u"• "_s + tr("and %n more", nullptr, int(total - otherSourcesShown)).toHtmlEscaped());
        html += u"<p><b>%1</b><br/>%2</p>"_s.arg(tr("Other sources:").toHtmlEscaped(), others.join(u"<br/>"_s));
    }
    return html;
}

void ReadingController::updatePaneMarks(ReadingPane *pane)
{
    const QString documentId = pane->documentId();
    if (documentId.isEmpty()) {
        pane->setClaimMarks({});
        return;
    }
    const ClaimGroup *selected = m_comparisons->currentGroup();
    const Document *document = m_corpus->document(documentId);
    const QString text = document ? document->text.toString() : QString();
    QList<ClaimMark> marks;
    for (const Claim &claim : m_analysis->claimsOf(documentId)) {
        ClaimMark mark;
        mark.claimId = claim.id();
        const ClaimInfo info = claimInfo(mark.claimId);
        mark.start = claim.start;
        mark.end = claim.end;
        mark.colourIndex = info.colourIndex;
        mark.discrepancy = info.discrepancy;
        mark.selected = selected && selected->claims.contains(mark.claimId);
        mark.toolTip = claimToolTip(claim, info, text);
        marks.append(mark);
    }
    pane->setClaimMarks(marks);
    // The titles of the articles this one shares passages with, not of the whole folder.
    const QList<PassageMatch> passages = m_analysis->passagesOf(documentId);
    QHash<QString, QString> titles;
    for (const PassageMatch &match : passages) {
        if (!titles.contains(match.second.document))
            titles.insert(match.second.document, documentTitle(match.second.document));
    }
    pane->setPassageMarks(passages, titles);
    Q_EMIT paneMarksUpdated();
}

void ReadingController::updateMarks()
{
    for (ReadingPane *pane : m_area->panes())
        updatePaneMarks(pane);
    const ClaimGroup *group = m_comparisons->currentGroup();
    const ClaimInfo info = group && !group->claims.isEmpty() ? claimInfo(group->claims.constFirst()) : ClaimInfo();
    m_area->setLinkedClaims(group ? group->claims : QStringList(), info.colourIndex);
}

void ReadingController::showGroup(const ClaimGroup *group)
{
    updateMarks();
    if (!group)
        return;
    // Every pane that states the figure shows it; the reader's own place moves only if needed.
    bool shown = false;
    for (ReadingPane *pane : m_area->panes()) {
        for (const QString &claimId : group->claims) {
            const Claim *claim = m_analysis->claim(claimId);
            if (claim && claim->document == pane->documentId()) {
                // The pane the reader is in selects the figure; the others bring theirs into view.
                if (!group->claims.contains(pane->currentClaim())) {
                    if (pane == m_area->currentPane())
                        pane->selectClaim(claimId, true);
                    else
                        pane->revealClaim(claimId);
                }
                shown = true;
                break;
            }
        }
    }
    if (shown)
        return;
    const Claim *first = group->claims.isEmpty() ? nullptr : m_analysis->claim(group->claims.constFirst());
    if (!first)
        return;
    ReadingPane *pane = m_area->currentPane();
    showDocumentInPane(pane, first->document);
    pane->selectClaim(first->id());
}

void ReadingController::showClaim(const QString &claimId)
{
    const Claim *claim = m_analysis->claim(claimId);
    if (!claim)
        return;
    showRange(claim->document, claim->start, claim->end);
}

void ReadingController::showRange(const QString &documentId, qsizetype start, qsizetype end)
{
    ReadingPane *pane = m_area->paneShowing(documentId);
    if (!pane) {
        pane = m_area->currentPane();
        showDocumentInPane(pane, documentId);
    }
    m_area->setCurrentPane(pane);
    pane->selectRange(start, end);
}

void ReadingController::activateClaim(const QString &claimId)
{
    const ClaimGroup *current = m_comparisons->currentGroup();
    if (current && current->claims.contains(claimId)) {
        showGroup(current);
        return;
    }
    if (!m_comparisons->selectGroupOfClaim(claimId))
        Q_EMIT statusMessage(tr("No other article states this figure."));
}

void ReadingController::walkGroup(bool backwards)
{
    ReadingPane *currentPane = m_area->currentPane();
    const ClaimGroup *group = m_comparisons->currentGroup();
    // F3 on a figure that is not in the chosen group starts with that figure's group.
    if (currentPane && !currentPane->currentClaim().isEmpty() && (!group || !group->claims.contains(currentPane->currentClaim()))) {
        if (m_comparisons->selectGroupOfClaim(currentPane->currentClaim()))
            group = m_comparisons->currentGroup();
    }
    if (!group)
        return;
    // The group's claims in the panes, in the panes' order then the text's.
    struct Stop {
        ReadingPane *pane;
        QString claimId;
    };
    QList<Stop> stops;
    for (ReadingPane *pane : m_area->panes()) {
        for (const ClaimMark &mark : pane->claimMarks()) {
            if (group->claims.contains(mark.claimId))
                stops.append({pane, mark.claimId});
        }
    }
    if (stops.isEmpty()) {
        showGroup(group);
        return;
    }
    qsizetype at = -1;
    for (qsizetype i = 0; i < stops.size(); ++i) {
        if (stops.at(i).pane == currentPane && stops.at(i).claimId == currentPane->currentClaim())
            at = i;
    }
    qsizetype next;
    if (at < 0)
        next = backwards ? stops.size() - 1 : 0;
    else
        next = (at + (backwards ? stops.size() - 1 : 1)) % stops.size();
    const Stop &stop = stops.at(next);
    m_area->setCurrentPane(stop.pane);
    stop.pane->selectClaim(stop.claimId, true);
    stop.pane->view()->setFocus(Qt::ShortcutFocusReason);
    Q_EMIT claimSelected(stop.claimId);
    Q_EMIT statusMessage(tr("Figure %1 of %2 in the open panes: %3")
                             .arg(QLocale().toString(next + 1), QLocale().toString(stops.size()), documentTitle(stop.pane->documentId())));
}

void ReadingController::restoreLayout()
{
    const QString folder = m_corpus->folder();
    m_layoutFolder = folder;
    m_layoutError.clear();
    if (folder.isEmpty())
        return;
    m_restoring = true;
    m_layoutDirty = false;
    m_area->setLinkedScrolling(false);
    ReadingLayout layout = ReadingLayoutStore::load(folder, &m_layoutError);
    // Panes whose article is gone are dropped; none left: two panes on the first articles.
    QList<ReadingPaneState> kept;
    for (const ReadingPaneState &state : std::as_const(layout.panes)) {
        const Document *document = m_corpus->document(state.documentId);
        if (document && document->isLoaded())
            kept.append(state);
    }
    if (kept.size() != layout.panes.size())
        layout.splitterSizes.clear();
    layout.panes = kept;
    if (layout.panes.isEmpty()) {
        layout = ReadingLayout();
        QStringList first;
        const QAbstractItemModel *model = m_documents->view()->model();
        for (int row = 0; row < model->rowCount() && first.size() < 2; ++row) {
            const QString id = model->index(row, 0).data(DocumentListModel::DocumentIdRole).toString();
            const Document *document = m_corpus->document(id);
            if (document && document->isLoaded())
                first.append(id);
        }
        for (const QString &id : std::as_const(first))
            layout.panes.append({id, 0, 0});
        if (layout.panes.isEmpty())
            layout.panes.append(ReadingPaneState());
    }
    m_area->applyLayoutFrame(layout);
    QList<ReadingPaneState> places;
    for (int i = 0; i < m_area->paneCount() && i < layout.panes.size(); ++i) {
        ReadingPane *pane = m_area->pane(i);
        const ReadingPaneState &state = layout.panes.at(i);
        pane->showDocument(state.documentId.isEmpty() ? nullptr : m_corpus->document(state.documentId));
        updatePaneMarks(pane);
        places.append(state);
    }
    if (ReadingPane *current = m_area->currentPane(); current && current->hasDocument())
        m_documents->selectDocument(current->documentId());
    m_restoring = false;
    // Places are restored once the splitter has given the panes their widths: the same offset
    // is on another line in a pane of another width.
    QTimer::singleShot(0, this, [this, places, linked = layout.linkedScrolling] {
        const bool dirty = m_layoutDirty;
        m_restoring = true;
        for (int i = 0; i < m_area->paneCount() && i < places.size(); ++i) {
            ReadingPane *pane = m_area->pane(i);
            // Unless the reader has already moved on.
            if (places.at(i).topOffset > 0 && pane->documentId() == places.at(i).documentId && pane->view()->topOffset() == 0)
                pane->view()->scrollToOffset(places.at(i).topOffset);
        }
        // Linked once every pane is at its place: linking does not move them.
        if (linked)
            m_area->setLinkedScrolling(true);
        m_restoring = false;
        m_layoutDirty = dirty;
        Q_EMIT layoutRestored();
    });
}

void ReadingController::saveLayout()
{
    m_saveTimer.stop();
    if (!m_layoutDirty || m_layoutFolder.isEmpty() || m_layoutFolder != m_corpus->folder() || m_restoring)
        return;
    m_layoutDirty = false;
    QString error;
    if (!ReadingLayoutStore::save(m_layoutFolder, m_area->readingLayout(), &error))
        Q_EMIT statusMessage(tr("Could not remember the panes of this folder: %1").arg(error));
}

} // namespace Recoupe
