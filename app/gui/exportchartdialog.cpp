#include "exportchartdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Recoupe {

ExportChartDialog::ExportChartDialog(const TimelineModel *model, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_pathEdit(new QLineEdit(this))
    , m_widthSpin(new QSpinBox(this))
    , m_heightSpin(new QSpinBox(this))
    , m_scaleSpin(new QDoubleSpinBox(this))
    , m_transparentCheck(new QCheckBox(tr("&Transparent background"), this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"exportChartDialog"_s);
    setWindowTitle(tr("Export Chart"));

    const ChartRenderOptions defaults;
    m_pathEdit->setObjectName(u"exportPathEdit"_s);
    m_pathEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    connect(m_pathEdit, &QLineEdit::textChanged, this, &ExportChartDialog::updateState);
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(u"exportBrowseButton"_s);
    connect(browseButton, &QPushButton::clicked, this, &ExportChartDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(browseButton);

    for (QSpinBox *spin : {m_widthSpin, m_heightSpin}) {
        spin->setRange(200, 8000);
        spin->setSingleStep(100);
        spin->setSuffix(tr(" px"));
    }
    m_widthSpin->setObjectName(u"exportWidthSpin"_s);
    m_widthSpin->setValue(defaults.size.width());
    m_heightSpin->setObjectName(u"exportHeightSpin"_s);
    m_heightSpin->setValue(defaults.size.height());
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_widthSpin);
    sizeRow->addWidget(new QLabel(tr("×"), this));
    sizeRow->addWidget(m_heightSpin);
    sizeRow->addStretch(1);

    m_scaleSpin->setObjectName(u"exportScaleSpin"_s);
    m_scaleSpin->setRange(0.5, 4);
    m_scaleSpin->setSingleStep(0.5);
    m_scaleSpin->setDecimals(1);
    m_scaleSpin->setPrefix(tr("×"));
    m_scaleSpin->setValue(defaults.scale);
    m_scaleSpin->setToolTip(tr("Pixels per point of the picture: 2 for high-density screens and print"));
    m_transparentCheck->setObjectName(u"exportTransparentCheck"_s);
    m_transparentCheck->setChecked(defaults.transparent);

    m_errorLabel->setObjectName(u"exportErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), pathRow);
    form->addRow(tr("&Size:"), sizeRow);
    form->addRow(tr("S&cale:"), m_scaleSpin);
    form->addRow(QString(), m_transparentCheck);
    // Rows that are layouts get no buddy from QFormLayout: without one, "&File:" shows its "&".
    qobject_cast<QLabel *>(form->labelForField(pathRow))->setBuddy(m_pathEdit);
    qobject_cast<QLabel *>(form->labelForField(sizeRow))->setBuddy(m_widthSpin);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportChartDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportChartDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    updateState();
}

QString ExportChartDialog::path() const
{
    return QDir::fromNativeSeparators(m_pathEdit->text().trimmed());
}

void ExportChartDialog::setPath(const QString &path)
{
    m_pathEdit->setText(QDir::toNativeSeparators(path));
}

ChartRenderOptions ExportChartDialog::options() const
{
    ChartRenderOptions options;
    options.size = QSize(m_widthSpin->value(), m_heightSpin->value());
    options.scale = m_scaleSpin->value();
    options.transparent = m_transparentCheck->isChecked();
    return options;
}

bool ExportChartDialog::save()
{
    QString error;
    if (!ChartRenderer(m_model).save(path(), options(), &error)) {
        m_errorLabel->setText(error.isEmpty() ? tr("Could not save the chart.") : error);
        m_errorLabel->show();
        return false;
    }
    m_errorLabel->hide();
    Q_EMIT saved(path());
    return true;
}

void ExportChartDialog::accept()
{
    if (save())
        QDialog::accept();
}

void ExportChartDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Export Chart"));
    dialog->setObjectName(u"exportFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QStringList filters{tr("PNG image (*.png)"), tr("SVG drawing (*.svg)"), tr("CSV table (*.csv)"), tr("JSON data (*.json)")};
    const QStringList suffixes{u"png"_s, u"svg"_s, u"csv"_s, u"json"_s};
    dialog->setNameFilters(filters);
    const QFileInfo current(path());
    const int chosen = qMax(0, suffixes.indexOf(current.suffix().toLower()));
    dialog->selectNameFilter(filters.at(chosen));
    dialog->setDefaultSuffix(suffixes.at(chosen));
    if (!path().isEmpty()) {
        dialog->setDirectory(current.absolutePath());
        dialog->selectFile(current.fileName());
    }
    // The suffix follows the chosen filter, so that the filter picks the format.
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, filters, suffixes](const QString &filter) {
        dialog->setDefaultSuffix(suffixes.value(filters.indexOf(filter), suffixes.constFirst()));
    });
    connect(dialog, &QFileDialog::fileSelected, this, &ExportChartDialog::setPath);
    dialog->open();
}

void ExportChartDialog::updateState()
{
    const ChartRenderer::Format format = ChartRenderer::formatForPath(path());
    const bool picture = format == ChartRenderer::Format::Png || format == ChartRenderer::Format::Svg;
    m_widthSpin->setEnabled(picture);
    m_heightSpin->setEnabled(picture);
    m_scaleSpin->setEnabled(format == ChartRenderer::Format::Png);
    m_transparentCheck->setEnabled(format == ChartRenderer::Format::Png);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(format != ChartRenderer::Format::Unknown);
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(
        format == ChartRenderer::Format::Unknown ? tr("Name the file .png, .svg, .csv or .json") : QString());
}

} // namespace Recoupe
