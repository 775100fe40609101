#include "clicommand.h"

#include "chartrenderer.h"

#include "analysis/analysispipeline.h"
#include "models/timelinemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace Recoupe::Cli {

namespace {

using namespace Qt::StringLiterals;

} // namespace

int runChartCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Plots one metric of the articles of FOLDER on a timeline, ready to publish: "
                                        "PNG or SVG (title, axes, sources caption), or the plotted data as CSV or JSON "
                                        "(recoupe-timeline-1), chosen by the extension of --out."));
    parser.addPositionalArgument(u"FOLDER"_s, tr("The folder of articles."));
    const QCommandLineOption outOption(u"out"_s, tr("The file to write: .png, .svg, .csv or .json."), u"FILE"_s);
    const QCommandLineOption entityOption(u"entity"_s, tr("One entity (Meta, Microsoft...) or all (the default)."), u"ENTITY"_s, u"all"_s);
    const QCommandLineOption metricOption(u"metric"_s, tr("capex (the default), revenue or net_income."), u"METRIC"_s, u"capex"_s);
    const QCommandLineOption currencyOption(u"currency"_s, tr("USD (the default) or EUR: amounts are converted at each article's date."),
                                            u"CURRENCY"_s, u"USD"_s);
    const QCommandLineOption modeOption(u"mode"_s, tr("timeline (the default: x is the period) or guidance (x is the publication date)."),
                                        u"MODE"_s, u"timeline"_s);
    const QCommandLineOption layoutOption(u"layout"_s, tr("single (the default: every entity on one chart) or grid (one small chart per entity, "
                                                          "each on its own scale, over the same years)."),
                                          u"LAYOUT"_s, u"single"_s);
    const QCommandLineOption periodOption(u"period"_s, tr("Guidance mode: the period followed (2025, FY2025...)."), u"PERIOD"_s);
    const QCommandLineOption sizeOption(u"size"_s, tr("Image size in pixels (default 1600x900)."), u"WxH"_s, u"1600x900"_s);
    const QCommandLineOption scaleOption(u"scale"_s, tr("PNG: device pixels per pixel (default 1; 2 for a high-density screen)."),
                                         u"SCALE"_s, u"1"_s);
    const QCommandLineOption transparentOption(u"transparent"_s, tr("PNG: no white background."));
    const QCommandLineOption titleOption(u"title"_s, tr("The chart's title (default: says what is plotted)."), u"TITLE"_s);
    const QCommandLineOption fiscalOption(u"fiscal-years"_s, tr("A recoupe-fiscal-years-1 file that adds or corrects companies' fiscal years."),
                                          u"FILE"_s);
    parser.addOptions({outOption, entityOption, metricOption, currencyOption, modeOption, layoutOption, periodOption, sizeOption, scaleOption,
                       transparentOption, titleOption, fiscalOption});

    const QString command = u"recoupe-cli chart"_s;
    QString folder;
    if (const std::optional<int> exit = parseFolderArguments(parser, command, QString(), context, &folder))
        return *exit;
    if (!parser.isSet(outOption))
        return usageError(context, command, tr("--out FILE is required (.png, .svg, .csv or .json)."));
    const QString out = parser.value(outOption);
    if (ChartRenderer::formatForPath(out) == ChartRenderer::Format::Unknown)
        return usageError(context, command, tr("cannot tell the format of '%1': use .png, .svg, .csv or .json.").arg(out));

    TimelineOptions options;
    const QString metric = parser.value(metricOption);
    if (metric != "capex"_L1 && metric != "revenue"_L1 && metric != "net_income"_L1)
        return usageError(context, command, tr("unknown metric '%1' (use capex, revenue or net_income).").arg(metric));
    options.metric = metric;
    options.currency = parser.value(currencyOption).toUpper();
    if (options.currency != "USD"_L1 && options.currency != "EUR"_L1)
        return usageError(context, command, tr("unknown currency '%1' (use USD or EUR).").arg(options.currency));
    const QString entity = parser.value(entityOption);
    options.entity = entity.compare("all"_L1, Qt::CaseInsensitive) == 0 ? QString() : entity;
    const QString mode = parser.value(modeOption);
    if (mode != "timeline"_L1 && mode != "guidance"_L1)
        return usageError(context, command, tr("unknown mode '%1' (use timeline or guidance).").arg(mode));
    options.mode = mode == "guidance"_L1 ? TimelineOptions::Mode::Guidance : TimelineOptions::Mode::Timeline;
    const QString layout = parser.value(layoutOption);
    if (layout != "single"_L1 && layout != "grid"_L1)
        return usageError(context, command, tr("unknown layout '%1' (use single or grid).").arg(layout));
    options.layout = layout == "grid"_L1 ? TimelineOptions::Layout::Grid : TimelineOptions::Layout::Single;
    options.period = parser.value(periodOption);
    if (parser.isSet(fiscalOption)) {
        QString error;
        if (!options.calendar.load(parser.value(fiscalOption), &error))
            return usageError(context, command, error);
    }

    ChartRenderOptions render;
    static const QRegularExpression sizePattern(u"^(\\d{2,5})[xX×](\\d{2,5})$"_s);
    const QRegularExpressionMatch size = sizePattern.match(parser.value(sizeOption));
    if (!size.hasMatch() || size.capturedView(1).toInt() < 200 || size.capturedView(2).toInt() < 150
        || size.capturedView(1).toInt() > 10000 || size.capturedView(2).toInt() > 10000)
        return usageError(context, command, tr("--size must be WIDTHxHEIGHT, from 200x150 to 10000x10000 (e.g. 1600x900)."));
    render.size = QSize(size.capturedView(1).toInt(), size.capturedView(2).toInt());
    bool scaleOk = false;
    render.scale = parser.value(scaleOption).toDouble(&scaleOk);
    if (!scaleOk || render.scale < 0.25 || render.scale > 4)
        return usageError(context, command, tr("--scale must be a number from 0.25 to 4."));
    render.transparent = parser.isSet(transparentOption);
    render.title = parser.value(titleOption);

    AnalysisOptions analysisOptions;
    // The chart converts amounts at the rates the groups compared them with.
    analysisOptions.rates = options.rates;
    FolderAnalysis analysis;
    if (const std::optional<int> exit = analyseFolder(context, command, folder, analysisOptions, &analysis))
        return *exit;
    TimelineModel model;
    model.setResults(analysis.corpus.documents, analysis.claims, analysis.groups, options);
    if (!options.entity.isEmpty() && model.rowCount() == 0 && model.unplacedEntries().isEmpty()) {
        context.err << command << ": "
                    << tr("no %1 figure for '%2' (entities found: %3).")
                           .arg(metric, options.entity, model.entities().join(u", "_s))
                    << '\n';
    }

    QString error;
    if (!ChartRenderer(&model).save(out, render, &error)) {
        context.err << command << ": " << error << '\n';
        return ExitFailure;
    }
    context.out << tr("%1: %n point(s)", nullptr, int(model.rowCount())).arg(QDir::toNativeSeparators(out)) << ", "
                << tr("%n figure(s) with no period stated", nullptr, int(model.noPeriodCount())) << ".\n";
    return ExitOk;
}

} // namespace Recoupe::Cli
