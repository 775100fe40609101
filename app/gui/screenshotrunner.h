#pragma once

#include <QObject>
#include <QSize>

class QWidget;

namespace Recoupe {

class MainWindow;

// `recoupe --screenshots DIR FOLDER`: renders the empty window (recoupe-welcome.png), opens FOLDER,
// waits for the load to finish (the session's signal, no polling), renders the window at a fixed
// size with the first claim group chosen (recoupe-main.png), the Figures tab (recoupe-figures.png),
// the Timeline tab (recoupe-timeline.png) and the properties dialog of the article shown (recoupe-properties.png),
// then reports 0, or 1 when something failed. Later views add their own shots here.
class ScreenshotRunner : public QObject
{
    Q_OBJECT
public:
    static constexpr QSize windowSize{1400, 860};

    ScreenshotRunner(MainWindow *window, const QString &directory, QObject *parent = nullptr);

    void start(const QString &folder);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void takeShots();
    void takeLastShots();
    bool save(QWidget *widget, const QString &fileName);

    MainWindow *m_window;
    QString m_directory;
    bool m_failed = false;
};

} // namespace Recoupe
