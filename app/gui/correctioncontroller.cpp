#include "correctioncontroller.h"

#include "analysissession.h"
#include "compare/claimwording.h"
#include "correctiondialog.h"
#include "corrections/correctionstore.h"
#include "corpussession.h"
#include "readingarea.h"
#include "readingcontroller.h"
#include "readingpane.h"

#include <QLocale>
#include <QSet>
#include <QTextCursor>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

// Teal: apart from the groups' colours, the red of disagreements and the annotations' blue.
const QColor correctedColour(0x00, 0x89, 0x7b);
const QColor rejectedColour(0x75, 0x75, 0x75);

QString byline(const Correction &correction)
{
    const QString author = correction.author.isEmpty() ? CorrectionController::tr("someone") : correction.author;
    if (!correction.created.isValid())
        return author;
    return CorrectionController::tr("%1, %2").arg(author, QLocale().toString(correction.created.toLocalTime(), QLocale::ShortFormat));
}

QString claimSummary(const Claim &claim)
{
    QStringList parts;
    parts << (claim.entity.isEmpty() ? CorrectionController::tr("no entity") : claim.entity.toString()) << ClaimWording::metric(claim.metric)
          << ClaimWording::period(claim.period) << ClaimWording::amount(claim);
    return parts.join(u" · "_s);
}

} // namespace

CorrectionController::CorrectionController(CorpusSession *corpus, AnalysisSession *analysis, ReadingArea *area, ReadingController *reading,
                                           QWidget *window)
    : QObject(window)
    , m_corpus(corpus)
    , m_analysis(analysis)
    , m_area(area)
    , m_reading(reading)
    , m_window(window)
{
    connect(corpus->corrections(), &CorrectionStore::changed, this, &CorrectionController::sendCorrections);
    connect(analysis, &AnalysisSession::claimsReady, this, &CorrectionController::updatePaneMarks);
    connect(reading, &ReadingController::paneMarksUpdated, this, &CorrectionController::updatePaneMarks);
}

void CorrectionController::sendCorrections()
{
    const CorrectionStore *store = m_corpus->corrections();
    m_analysis->setCorrections(store->folder(), store->corrections());
}

const Claim *CorrectionController::chosenClaim() const
{
    ReadingPane *pane = m_area->currentPane();
    if (!pane || !pane->hasDocument())
        return nullptr;
    const QTextCursor cursor = pane->view()->textCursor();
    QString claimId = pane->claimAt(cursor.hasSelection() ? cursor.selectionStart() : cursor.position());
    if (claimId.isEmpty())
        claimId = pane->currentClaim();
    return claimId.isEmpty() ? nullptr : m_analysis->claim(claimId);
}

QStringList CorrectionController::entityNames() const
{
    QSet<QString> seen;
    QStringList names;
    for (const Claim &claim : m_analysis->claims()) {
        if (!claim.entity.isEmpty() && !seen.contains(claim.entity)) {
            seen.insert(claim.entity);
            names.append(claim.entity);
        }
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

bool CorrectionController::correctFigure()
{
    const Claim *found = chosenClaim();
    const Document *document = found ? m_corpus->document(found->document) : nullptr;
    if (!found || !document) {
        Q_EMIT statusMessage(tr("Put the cursor on a figure to correct it."));
        return false;
    }
    const Claim claim = *found;
    auto *dialog = new CorrectionDialog(document->text.mid(claim.start, claim.end - claim.start), claim, entityNames(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, claim] {
        const Document *document = m_corpus->document(claim.document);
        const ClaimChange change = ClaimChange::between(claim, dialog->claim());
        if (!document || (change.isEmpty() && dialog->note().isEmpty()))
            return;
        Correction correction;
        correction.target = AnnotationTarget::forPassage(claim.document, document->text.toString(), claim.start, claim.end);
        correction.action = Correction::Action::Set;
        correction.change = change;
        correction.note = dialog->note();
        if (!m_corpus->corrections()->addCorrection(correction).isEmpty())
            Q_EMIT statusMessage(tr("Correction saved in %1.").arg(m_corpus->corrections()->filePath()));
    });
    dialog->open();
    return true;
}

bool CorrectionController::rejectFigure()
{
    const Claim *found = chosenClaim();
    const Document *document = found ? m_corpus->document(found->document) : nullptr;
    if (!found || !document) {
        Q_EMIT statusMessage(tr("Put the cursor on a figure that is not one (a year, a page number) to set it aside."));
        return false;
    }
    Correction correction;
    correction.target = AnnotationTarget::forPassage(found->document, document->text.toString(), found->start, found->end);
    if (found->origin == ClaimOrigin::Added) {
        // Undoing an added figure is removing the addition, not rejecting a parser's figure.
        for (const AppliedCorrection &applied : m_analysis->corrections()) {
            if (applied.claimId == found->id() && applied.correction.action == Correction::Action::Add)
                return m_corpus->corrections()->removeCorrection(applied.correction.id);
        }
    }
    correction.action = Correction::Action::Reject;
    const QString quote = correction.target.exact;
    if (m_corpus->corrections()->addCorrection(correction).isEmpty())
        return false;
    Q_EMIT statusMessage(tr("“%1” is no longer counted as a figure (Undo brings it back).").arg(quote));
    return true;
}

bool CorrectionController::addFigure()
{
    ReadingPane *pane = m_area->currentPane();
    const Document *document = pane && pane->hasDocument() ? m_corpus->document(pane->documentId()) : nullptr;
    const QTextCursor cursor = pane ? pane->view()->textCursor() : QTextCursor();
    if (!document || !cursor.hasSelection()) {
        Q_EMIT statusMessage(tr("Select the text of the figure to add."));
        return false;
    }
    const qsizetype start = cursor.selectionStart();
    const qsizetype end = cursor.selectionEnd();
    Claim blank;
    blank.document = document->id;
    blank.origin = ClaimOrigin::Added;
    blank.metric = u"capex"_s;
    blank.currency = document->language == "fr"_L1 ? u"EUR"_s : u"USD"_s;
    // The entity the article's other figures are about, as a start.
    for (const Claim &claim : m_analysis->claimsOf(document->id)) {
        if (!claim.entity.isEmpty()) {
            blank.entity = claim.entity;
            break;
        }
    }
    const QString documentId = document->id;
    auto *dialog = new CorrectionDialog(document->text.mid(start, end - start), blank, entityNames(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, documentId, start, end] {
        const Document *document = m_corpus->document(documentId);
        if (!document)
            return;
        const Claim added = dialog->claim();
        Correction correction;
        correction.target = AnnotationTarget::forPassage(documentId, document->text.toString(), start, end);
        correction.action = Correction::Action::Add;
        correction.change = ClaimChange::between(Claim(), added);
        // Every field of an added figure is stated, even those equal to a blank claim's.
        correction.change.metric = added.metric;
        correction.change.low = added.low;
        correction.change.high = added.high;
        correction.change.qualifier = added.qualifier;
        if (added.isMoney())
            correction.change.currency = added.currency;
        else
            correction.change.unit = added.unit;
        correction.note = dialog->note();
        if (!m_corpus->corrections()->addCorrection(correction).isEmpty())
            Q_EMIT statusMessage(tr("Figure added; saved in %1.").arg(m_corpus->corrections()->filePath()));
    });
    dialog->open();
    return true;
}

QList<TextHighlight> CorrectionController::marksFor(const QString &documentId) const
{
    QList<TextHighlight> marks;
    if (documentId.isEmpty())
        return marks;
    for (const AppliedCorrection &applied : m_analysis->corrections()) {
        if (!applied.isApplied() || applied.correction.target.documentId != documentId)
            continue;
        const Correction &correction = applied.correction;
        TextHighlight mark;
        mark.start = applied.anchor.start;
        mark.end = applied.anchor.end;
        mark.markerColumn = 1;
        QString tip;
        switch (correction.action) {
        case Correction::Action::Set:
            mark.underline = correctedColour;
            mark.underlineStyle = QTextCharFormat::DotLine;
            mark.marker = correctedColour;
            mark.markerSymbol = u'✓';
            tip = u"<b>%1</b><br/>%2<br/>%3"_s.arg(tr("Corrected by hand").toHtmlEscaped(),
                                                    tr("The parser read: %1").arg(claimSummary(applied.parsed)).toHtmlEscaped(),
                                                    tr("Corrected by %1").arg(byline(correction)).toHtmlEscaped());
            break;
        case Correction::Action::Add:
            mark.underline = correctedColour;
            mark.underlineStyle = QTextCharFormat::DotLine;
            mark.marker = correctedColour;
            mark.markerSymbol = u'+';
            tip = u"<b>%1</b><br/>%2<br/>%3"_s.arg(tr("Figure added by hand").toHtmlEscaped(), claimSummary(applied.parsed).toHtmlEscaped(),
                                                    tr("Added by %1").arg(byline(correction)).toHtmlEscaped());
            break;
        case Correction::Action::Reject:
            mark.underline = rejectedColour;
            mark.underlineStyle = QTextCharFormat::DashDotLine;
            mark.marker = rejectedColour;
            mark.markerSymbol = u'∅';
            tip = u"<b>%1</b><br/>%2<br/>%3"_s.arg(tr("Not a figure").toHtmlEscaped(),
                                                    tr("The parser read: %1").arg(claimSummary(applied.parsed)).toHtmlEscaped(),
                                                    tr("Set aside by %1").arg(byline(correction)).toHtmlEscaped());
            break;
        }
        if (!correction.note.isEmpty())
            tip += u"<br/><i>%1</i>"_s.arg(correction.note.toHtmlEscaped());
        mark.toolTip = tip;
        marks.append(mark);
    }
    return marks;
}

void CorrectionController::updatePaneMarks()
{
    for (ReadingPane *pane : m_area->panes())
        pane->setCorrectionMarks(marksFor(pane->documentId()));
}

} // namespace Recoupe
