#pragma once

#include "chartrenderer.h"
#include "report/factcheckreport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPromise>
#include <QString>
#include <QStringList>

#include <functional>

namespace Recoupe {

// One entity's capex chart, drawn and encoded as PNG, ready to be written and embedded.
struct ReportChart {
    QString entity;
    QString fileName;   // relative to the report: "charts/meta-capex.png"
    QByteArray png;
    bool operator==(const ReportChart &) const = default;
};

struct ReportExportOptions {
    QString outputDirectory;        // created when missing
    bool markdown = true;           // report.md, charts beside it in charts/
    bool html = true;               // report.html, charts embedded
    // Small logical size, drawn at 2x: a page shows the chart about 1000 pixels wide, and the
    // renderer's text, sized for a 1600 × 900 export, stays legible there.
    ChartRenderOptions chart{QSize(760, 460), 2, false, {}, {}};
};

struct ReportExportResult {
    bool ok = false;
    bool canceled = false;
    bool folderUnreadable = false;  // the folder itself could not be read (exportFolder)
    QString error;                  // names the file or folder at fault; empty when ok
    QStringList warnings;           // a damaged annotations file...: the report was written without it
    // The annotations or corrections file could not be used (damaged, unreadable, newer): the
    // report says so at its top, and recoupe-cli report fails unless --allow-damaged.
    QStringList unusableFiles;
    QStringList files;              // absolute paths of the files written, in writing order
    FactCheckReportSummary summary;
};

// Writes a fact-check report (lib/report/FactCheckReport) into a directory: report.md,
// report.html and charts/ENTITY-capex.png, each atomically (QSaveFile); on error, the files
// already written stay and the result names the one that failed.
//
// Two steps, because Qt Charts draws with QGraphicsWidget and so only on the GUI thread:
//   1. renderCharts() on the GUI thread (a few charts, well under a second);
//   2. write() or writeWithPromise() on any thread, e.g.
//      QtConcurrent::run(&ReportExporter::writeWithPromise, input, charts, options).
// exportFolder() does everything from a folder on the calling thread (recoupe-cli, tests).
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(Recoupe::ReportExporter)

public:
    // Called after each step with the steps done and to do, and what comes next; returning
    // false cancels (the result then says canceled, and nothing more is written).
    using Progress = std::function<bool(int done, int total, const QString &step)>;

    static QString markdownFileName() { return QStringLiteral("report.md"); }
    static QString htmlFileName() { return QStringLiteral("report.html"); }

    // GUI thread only. One chart per entity with a capex figure placed in time, in entity order.
    static QList<ReportChart> renderCharts(const FactCheckReportInput &input, const ChartRenderOptions &options);

    // Any thread. input.charts is filled from charts.
    static ReportExportResult write(FactCheckReportInput input, const QList<ReportChart> &charts, const ReportExportOptions &options,
                                    const Progress &progress = {});
    // Progress range 0..steps with a text per step; isCanceled() polled between files. Adds one result.
    static void writeWithPromise(QPromise<ReportExportResult> &promise, const FactCheckReportInput &input, const QList<ReportChart> &charts,
                                 const ReportExportOptions &options);

    // The results of a folder as every client computes them (AnalysisPipeline): documents,
    // claims, groups, and the annotations read without changing anything on disk. False with
    // *error when the folder cannot be read; *warnings gets the folder's, the entity files' and
    // the annotation file's problems.
    static bool loadFolder(const QString &folder, FactCheckReportInput *input, QString *error, QStringList *warnings = nullptr);
    // loadFolder + renderCharts + write, on the calling thread, which must be the GUI thread.
    static ReportExportResult exportFolder(const QString &folder, const ReportExportOptions &options, const Progress &progress = {});
};

} // namespace Recoupe
