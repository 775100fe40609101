#pragma once

#include <QObject>
#include <QSize>

class QWidget;

namespace Recoupe {

class MainWindow;

// `recoupe --screenshots DIR FOLDER`: renders the empty window (recoupe-welcome-LANG.png), opens
// FOLDER, waits for the analysis to finish (the session's signals, no polling), opens three panes
// on the articles of the disagreement that most sources state and chooses it
// (recoupe-main-LANG.png), then the Comparisons and Figures panels on their own
// (recoupe-comparisons-LANG.png, recoupe-figures-LANG.png), the window with the Figures and
// Timeline tabs, and the properties dialog; LANG is the interface's language. Reports 0, or 1
// when something failed.
class ScreenshotRunner : public QObject
{
    Q_OBJECT
public:
    static constexpr QSize windowSize{1680, 940};

    ScreenshotRunner(MainWindow *window, const QString &directory, QObject *parent = nullptr);

    void start(const QString &folder);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void arrangePanes();
    void takeShots();
    void takeLastShots();
    // The Correct Figure dialog, then a corrected figure (applied in memory only: nothing is
    // written into the folder).
    void shootCorrection();
    bool save(QWidget *widget, const QString &fileName);

    MainWindow *m_window;
    QString m_directory;
    QString m_suffix;
    bool m_failed = false;
};

} // namespace Recoupe
