#include "annotationcontroller.h"

#include "analysissession.h"
#include "annotationdialog.h"
#include "annotations/annotationstore.h"
#include "annotations/w3cannotationwriter.h"
#include "annotationspane.h"
#include "comparisonspane.h"
#include "corpussession.h"
#include "readingarea.h"
#include "readingcontroller.h"
#include "readingpane.h"
#include "restorebackupdialog.h"
#include "settings/settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QTextCursor>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

QColor verdictColour(const QString &verdict)
{
    if (verdict == "confirmed"_L1)
        return QColor(0x27, 0xae, 0x60);
    if (verdict == "discrepancy"_L1)
        return QColor(0xc0, 0x39, 0x2b);
    if (verdict == "unsupported"_L1)
        return QColor(0x8e, 0x44, 0xad);
    if (verdict == "needs_source"_L1)
        return QColor(0xd3, 0x54, 0x00);
    return QColor(0x2c, 0x7b, 0xb6);
}

} // namespace

AnnotationController::AnnotationController(CorpusSession *corpus, AnalysisSession *analysis, ReadingArea *area, ReadingController *reading,
                                           ComparisonsPane *comparisons, AnnotationsPane *pane, Settings *settings, QWidget *window)
    : QObject(window)
    , m_corpus(corpus)
    , m_analysis(analysis)
    , m_area(area)
    , m_reading(reading)
    , m_comparisons(comparisons)
    , m_pane(pane)
    , m_settings(settings)
    , m_window(window)
{
    AnnotationStore *store = corpus->annotations();
    if (!settings->annotationAuthor().isEmpty())
        store->setAuthor(settings->annotationAuthor());
    connect(settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::AnnotationAuthor && !m_settings->annotationAuthor().isEmpty())
            m_corpus->annotations()->setAuthor(m_settings->annotationAuthor());
    });
    connect(store, &AnnotationStore::changed, this, &AnnotationController::updatePaneMarks);
    connect(reading, &ReadingController::paneMarksUpdated, this, &AnnotationController::updatePaneMarks);
    connect(pane, &AnnotationsPane::annotationActivated, this, &AnnotationController::openAnnotation);
}

bool AnnotationController::annotate()
{
    ReadingPane *pane = m_area->currentPane();
    if (!pane || !pane->hasDocument())
        return false;
    const Document *document = m_corpus->document(pane->documentId());
    if (!document)
        return false;
    // The selected text; else the figure at the cursor; else the chosen group's figure in this pane.
    const QTextCursor cursor = pane->view()->textCursor();
    qsizetype start = cursor.selectionStart();
    qsizetype end = cursor.selectionEnd();
    QString claimId = pane->claimAt(start);
    if (start == end) {
        claimId = pane->currentClaim().isEmpty() ? pane->claimAt(cursor.position()) : pane->currentClaim();
        if (claimId.isEmpty()) {
            if (const ClaimGroup *group = m_comparisons->currentGroup()) {
                for (const ClaimMark &mark : pane->claimMarks()) {
                    if (group->claims.contains(mark.claimId)) {
                        claimId = mark.claimId;
                        break;
                    }
                }
            }
        }
        const Claim *claim = claimId.isEmpty() ? nullptr : m_analysis->claim(claimId);
        if (!claim) {
            Q_EMIT statusMessage(tr("Select a passage or a figure to annotate."));
            return false;
        }
        start = claim->start;
        end = claim->end;
    } else if (const Claim *claim = m_analysis->claim(claimId); !claim || claim->start != start || claim->end != end) {
        claimId.clear(); // a passage, not exactly a figure
    }
    const QString documentId = document->id;
    const QString quote = document->text.mid(start, end - start);
    auto *dialog = new AnnotationDialog(quote, m_corpus->annotations()->author(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, documentId, start, end, claimId] {
        AnnotationStore *store = m_corpus->annotations();
        const Document *document = m_corpus->document(documentId);
        if (!document)
            return;
        Annotation annotation;
        annotation.target = AnnotationTarget::forPassage(documentId, document->text.toString(), start, end);
        annotation.target.claimId = claimId;
        if (const ClaimGroup *group = m_comparisons->currentGroup(); group && group->claims.contains(claimId))
            annotation.target.claimGroup = group->key;
        annotation.note = dialog->note();
        annotation.verdict = dialog->verdict();
        const QString id = store->addAnnotation(annotation);
        if (id.isEmpty())
            return;
        m_pane->selectAnnotation(id);
        Q_EMIT statusMessage(tr("Annotation saved in %1.").arg(store->filePath()));
    });
    dialog->open();
    return true;
}

void AnnotationController::editAnnotation(const QString &id)
{
    AnnotationStore *store = m_corpus->annotations();
    const std::optional<Annotation> annotation = store->annotation(id);
    if (!annotation)
        return;
    auto *dialog = new AnnotationDialog(annotation->target.exact, annotation->author, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Edit Annotation"));
    dialog->setNote(annotation->note);
    dialog->setVerdict(annotation->verdict);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        AnnotationStore *store = m_corpus->annotations();
        std::optional<Annotation> edited = store->annotation(id);
        if (!edited)
            return;
        edited->note = dialog->note();
        edited->verdict = dialog->verdict();
        store->updateAnnotation(*edited);
    });
    dialog->open();
}

void AnnotationController::removeAnnotation(const QString &id)
{
    // Undoable (Ctrl+Z), so no confirmation: the backups keep older versions too.
    if (m_corpus->annotations()->removeAnnotation(id))
        Q_EMIT statusMessage(tr("Annotation deleted. Undo with Ctrl+Z."));
}

void AnnotationController::openAnnotation(const QString &id)
{
    AnnotationStore *store = m_corpus->annotations();
    const std::optional<Annotation> annotation = store->annotation(id);
    if (!annotation)
        return;
    const AnchorResult anchor = store->anchor(id);
    if (!anchor.isPlaced()) {
        Q_EMIT statusMessage(tr("This annotation's passage is no longer in the article: its quote and note are kept in the list."));
        return;
    }
    m_reading->showRange(annotation->target.documentId, anchor.start, anchor.end);
}

void AnnotationController::restoreBackup()
{
    auto *dialog = new RestoreBackupDialog(m_corpus->annotations(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RestoreBackupDialog::restored, this, [this] {
        Q_EMIT statusMessage(tr("Annotations restored from the backup. Undo with Ctrl+Z."));
    });
    dialog->open();
}

void AnnotationController::importAnnotations()
{
    auto *dialog = new QFileDialog(m_window, tr("Import Annotations"));
    dialog->setObjectName(u"importAnnotationsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Annotations (*.json *.jsonld)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        AnnotationMergeReport report;
        QString error;
        if (!m_corpus->annotations()->importFile(path, &report, &error)) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Import Annotations"), error, QMessageBox::Close, m_window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        Q_EMIT statusMessage(tr("Imported the annotations of %1: %2").arg(QDir::toNativeSeparators(path), report.summary()));
        if (!report.warnings.isEmpty()) {
            auto *box = new QMessageBox(QMessageBox::Information, tr("Import Annotations"),
                                        tr("Some of %1 could not be imported.").arg(QFileInfo(path).fileName()), QMessageBox::Close,
                                        m_window);
            box->setObjectName(u"importAnnotationsWarnings"_s);
            box->setDetailedText(report.warnings.join(u'\n'));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    dialog->open();
}

void AnnotationController::exportAnnotations()
{
    if (m_corpus->folder().isEmpty()) {
        Q_EMIT statusMessage(tr("Open a folder first."));
        return;
    }
    auto *dialog = new QFileDialog(m_window, tr("Export Annotations for Other Tools"));
    dialog->setObjectName(u"exportAnnotationsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(tr("W3C Web Annotations (*.jsonld *.json)"));
    dialog->setDefaultSuffix(u"jsonld"_s);
    const QString folderName = QFileInfo(m_corpus->folder()).fileName();
    dialog->selectFile(folderName + u"-annotations.jsonld"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this, folderName](const QString &path) {
        const AnnotationStore *store = m_corpus->annotations();
        const QJsonObject collection =
            W3cAnnotationWriter::collection(store->annotations(), m_corpus->corpus().documents, tr("Annotations of %1").arg(folderName));
        const AnnotationFile::WriteResult written = AnnotationFile::write(path, W3cAnnotationWriter::serialize(collection));
        if (!written.ok) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Annotations for Other Tools"), written.error,
                                        QMessageBox::Close, m_window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        Q_EMIT statusMessage(tr("%n annotation(s) exported to %1.", nullptr, int(store->count())).arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

QList<TextHighlight> AnnotationController::marksFor(const QString &documentId) const
{
    QList<TextHighlight> marks;
    const AnnotationStore *store = m_corpus->annotations();
    for (const Annotation &annotation : store->annotationsOfDocument(documentId)) {
        const AnchorResult anchor = store->anchor(annotation.id);
        if (!anchor.isPlaced())
            continue;
        TextHighlight mark;
        mark.start = anchor.start;
        mark.end = anchor.end;
        const QColor colour = verdictColour(annotation.verdict);
        mark.underline = colour;
        mark.underlineStyle = QTextCharFormat::DashUnderline;
        mark.marker = colour;
        mark.markerSymbol = u'✎';
        mark.markerColumn = 1;
        QString tip = u"<b>%1</b>"_s.arg((annotation.verdict.isEmpty() ? tr("Annotation") : Annotation::verdictDisplayName(annotation.verdict)).toHtmlEscaped());
        if (!annotation.note.isEmpty())
            tip += u"<br/>"_s + annotation.note.toHtmlEscaped().replace(u'\n', u"<br/>"_s);
        if (!annotation.author.isEmpty())
            tip += u"<br/><i>%1</i>"_s.arg(annotation.author.toHtmlEscaped());
        mark.toolTip = tip;
        marks.append(mark);
    }
    return marks;
}

void AnnotationController::updatePaneMarks()
{
    for (ReadingPane *pane : m_area->panes())
        pane->setAnnotationMarks(marksFor(pane->documentId()));
}

} // namespace Recoupe
