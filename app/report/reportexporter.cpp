#include "reportexporter.h"

#include "analysis/analysispipeline.h"
#include "annotations/annotationstore.h"
#include "models/timelinemodel.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

bool saveFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = ReportExporter::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

QList<ReportChart> ReportExporter::renderCharts(const FactCheckReportInput &input, const ChartRenderOptions &options)
{
    TimelineOptions timeline; // capex, in dollars: what the GUI's timeline shows by default
    TimelineModel model;
    model.setResults(input.documents, input.claims, input.groups, timeline);
    QList<ReportChart> charts;
    QSet<QString> fileNames;
    for (const QString &entity : model.entities()) {
        timeline.entity = entity;
        model.setOptions(timeline);
        if (model.rowCount() == 0)
            continue; // only figures with no period: nothing to place on a timeline
        ReportChart chart{entity, FactCheckReport::chartFileName(entity), {}};
        // Two entities whose names differ only by accents or punctuation must not share a file.
        for (int n = 2; fileNames.contains(chart.fileName); ++n)
            chart.fileName = FactCheckReport::chartFileName(entity, n);
        fileNames.insert(chart.fileName);
        QBuffer buffer(&chart.png);
        buffer.open(QIODevice::WriteOnly);
        ChartRenderer(&model).renderImage(options).save(&buffer, "PNG");
        charts.append(chart);
    }
    return charts;
}

ReportExportResult ReportExporter::write(FactCheckReportInput input, const QList<ReportChart> &charts, const ReportExportOptions &options,
                                         const Progress &progress)
{
    ReportExportResult result;
    input.charts.clear();
    QHash<QString, QByteArray> images;
    for (const ReportChart &chart : charts) {
        input.charts.insert(chart.entity, chart.fileName);
        images.insert(chart.fileName, chart.png);
    }
    const FactCheckReport report(std::move(input));
    result.summary = report.summary();

    const QDir directory(options.outputDirectory);
    const QString chartsPath = directory.absoluteFilePath(u"charts"_s);
    // The PNGs go beside the Markdown, which links them; the HTML embeds its own copies.
    const bool writeCharts = options.markdown && !charts.isEmpty();
    if (!QDir().mkpath(writeCharts ? chartsPath : directory.absolutePath())) {
        result.error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(writeCharts ? chartsPath : directory.absolutePath()));
        return result;
    }

    const int total = int(writeCharts ? charts.size() : 0) + int(options.markdown) + int(options.html);
    int done = 0;
    const auto step = [&](const QString &path, const QByteArray &bytes) {
        if (progress && !progress(done, total, tr("Writing %1").arg(QDir::toNativeSeparators(path)))) {
            result.canceled = true;
            return false;
        }
        if (!saveFile(path, bytes, &result.error))
            return false;
        result.files.append(path);
        ++done;
        return true;
    };
    if (writeCharts) {
        for (const ReportChart &chart : charts) {
            if (!step(directory.absoluteFilePath(chart.fileName), chart.png))
                return result;
        }
    }
    if (options.markdown && !step(directory.absoluteFilePath(markdownFileName()), report.markdown().toUtf8()))
        return result;
    if (options.html && !step(directory.absoluteFilePath(htmlFileName()), report.html(images).toUtf8()))
        return result;
    if (progress)
        progress(done, total, QString());
    result.ok = true;
    return result;
}

void ReportExporter::writeWithPromise(QPromise<ReportExportResult> &promise, const FactCheckReportInput &input,
                                      const QList<ReportChart> &charts, const ReportExportOptions &options)
{
    ReportExportResult result = write(input, charts, options, [&promise](int done, int total, const QString &step) {
        promise.setProgressRange(0, total);
        promise.setProgressValueAndText(done, step);
        return !promise.isCanceled();
    });
    promise.addResult(std::move(result));
}

bool ReportExporter::loadFolder(const QString &folder, FactCheckReportInput *input, QString *error, QStringList *warnings)
{
    FolderAnalysis analysis = AnalysisPipeline::analyseFolder(folder);
    if (!analysis.corpus.folderError.isEmpty()) {
        if (error)
            *error = tr("%1: %2").arg(QDir::toNativeSeparators(folder), analysis.corpus.folderError);
        return false;
    }
    input->folder = analysis.corpus.folder;
    input->created = QDateTime::currentDateTime();
    input->documents = std::move(analysis.corpus.documents);
    input->claims = std::move(analysis.claims);
    input->groups = std::move(analysis.groups);
    input->corrections = std::move(analysis.corrections);
    const AnnotationFolderContent annotations = AnnotationStore::readFolder(input->folder);
    input->annotations = annotations.annotations;
    input->unusableFiles = analysis.unusableCorrections;
    if (!annotations.ok)
        input->unusableFiles += annotations.problems;
    if (warnings)
        *warnings = analysis.warnings + annotations.problems;
    return true;
}

ReportExportResult ReportExporter::exportFolder(const QString &folder, const ReportExportOptions &options, const Progress &progress)
{
    FactCheckReportInput input;
    QString error;
    QStringList warnings;
    if (!loadFolder(folder, &input, &error, &warnings)) {
        ReportExportResult result;
        result.folderUnreadable = true;
        result.error = error;
        return result;
    }
    const QList<ReportChart> charts = renderCharts(input, options.chart);
    const QStringList unusable = input.unusableFiles;
    ReportExportResult result = write(std::move(input), charts, options, progress);
    result.warnings = warnings;
    result.unusableFiles = unusable;
    return result;
}

} // namespace Recoupe
