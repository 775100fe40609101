#pragma once

#include "annotations/annotation.h"
#include "annotations/textanchorer.h"
#include "claims/claim.h"
#include "compare/claimgroup.h"
#include "corpus/document.h"
#include "corpus/documenttexts.h"
#include "corrections/correctionapplier.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace Recoupe {

// The results of one folder that a report is written from, as the GUI or recoupe-cli has them.
struct FactCheckReportInput {
    QString folder;                 // the folder read; its name titles the report
    QDateTime created;              // when the report was made (shown in the UI locale)
    QList<Document> documents;
    ClaimList claims;
    QList<ClaimGroup> groups;
    QList<Annotation> annotations;
    // The fact-checkers' corrections of figures, with what became of each (FolderAnalysis).
    QList<AppliedCorrection> corrections;
    // Entity -> its capex chart, a path relative to the report ("charts/meta-capex.png").
    QMap<QString, QString> charts;
    // Why the folder's annotations or corrections file could not be used (damaged, unreadable,
    // written by a newer Recoupe): said first, so that "no annotation" is never taken at its word.
    QStringList unusableFiles;
    bool operator==(const FactCheckReportInput &) const = default;
};

// The counts a report opens with.
struct FactCheckReportSummary {
    qsizetype articles = 0;         // documents read
    qsizetype unreadable = 0;       // documents that could not be read
    qsizetype claims = 0;
    qsizetype groups = 0;           // groups of more than one claim or source, plus single ones
    qsizetype discrepancies = 0;
    qsizetype revisions = 0;
    qsizetype annotations = 0;
    qsizetype corrections = 0;
    bool operator==(const FactCheckReportSummary &) const = default;
};

// A fact-check report an editor can read: the disagreements between the articles with their
// reasons and quotes in context, the revisions, the fact-checkers' annotations and corrections, each entity's
// capex chart and the list of sources. Markdown (images beside it) and HTML (one self-contained
// file: inline CSS, system fonts only, images embedded as data: URIs). Text only: nothing here
// reads or writes a file, so it runs on any thread; the charts are drawn elsewhere
// (app/report/ReportExporter, with Qt Charts) and handed in.
//
// Every string comes from tr() in the UI language, dates and numbers in the UI locale (QLocale()).
// The HTML is well-formed XML too (XHTML syntax), so that tests can read it with QXmlStreamReader.
class FactCheckReport
{
    Q_DECLARE_TR_FUNCTIONS(Recoupe::FactCheckReport)

public:
    explicit FactCheckReport(FactCheckReportInput input);

    const FactCheckReportInput &input() const { return m_input; }
    FactCheckReportSummary summary() const;
    // Where the annotation is in the current text of its article (re-anchored like the store does).
    AnchorResult anchor(const QString &annotationId) const { return m_anchors.value(annotationId); }

    QString title() const; // "Fact-check report: FOLDER NAME"
    QString markdown() const;
    // images: a chart path of input().charts -> its PNG bytes, embedded as a data: URI; a chart
    // without bytes is linked by its relative path.
    QString html(const QHash<QString, QByteArray> &images = {}) const;

    // "charts/meta-capex.png": ASCII, lower case, safe in a URL and on every file system.
    // variant n > 1 gives "charts/meta-n-capex.png", for entities whose names differ only by
    // accents or punctuation.
    static QString chartFileName(const QString &entity, int variant = 1);

private:
    struct QuoteView;
    struct GroupView;
    struct AnnotationView;
    struct CorrectionView;
    struct SourceView;

    QList<GroupView> groupViews(Verdict verdict) const;
    QList<AnnotationView> annotationViews() const;
    QList<CorrectionView> correctionViews() const;
    QList<SourceView> sourceViews() const;
    QuoteView quoteView(const Claim &claim) const;
    QString citation(const QString &documentId) const;
    QString createdText() const;
    QString folderName() const;

    FactCheckReportInput m_input;
    QHash<QString, qsizetype> m_documentIndex;
    DocumentTexts m_texts; // decodes the reading texts that quotes are cut from
    QHash<QString, qsizetype> m_claimIndex;
    QHash<QString, AnchorResult> m_anchors;
};

} // namespace Recoupe
