#pragma once

#include "chartrenderer.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Recoupe {

class TimelineModel;

// File > Export Chart…: where to save the timeline (the extension picks PNG, SVG, CSV or JSON)
// and, for pictures, its size, scale and background. Saves on Save and stays open with the reason
// when the file cannot be written. Opened with open(): no nested event loop, nor for its file dialog.
class ExportChartDialog : public QDialog
{
    Q_OBJECT
public:
    ExportChartDialog(const TimelineModel *model, const QString &path, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    ChartRenderOptions options() const;

    // Writes the file; false (and the reason shown in the dialog) on failure.
    bool save();

Q_SIGNALS:
    void saved(const QString &path);

public Q_SLOTS:
    void accept() override;

private:
    void browse();
    void updateState();

    const TimelineModel *m_model;
    QLineEdit *m_pathEdit;
    QSpinBox *m_widthSpin;
    QSpinBox *m_heightSpin;
    QDoubleSpinBox *m_scaleSpin;
    QCheckBox *m_transparentCheck;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace Recoupe
