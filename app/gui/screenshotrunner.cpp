#include "screenshotrunner.h"

#include "analysissession.h"
#include "comparisonspane.h"
#include "corpussession.h"
#include "documentpropertiesdialog.h"
#include "documentspane.h"
#include "figurespane.h"
#include "mainwindow.h"

#include <QDir>
#include <QDockWidget>
#include <QTableView>
#include <QImage>
#include <QLayout>
#include <QPixmap>
#include <QSaveFile>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Recoupe {

ScreenshotRunner::ScreenshotRunner(MainWindow *window, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(directory)
{
}

void ScreenshotRunner::start(const QString &folder)
{
    m_window->resize(windowSize);
    // One turn of the event loop lets the window lay itself out before each shot.
    QTimer::singleShot(0, this, [this, folder] {
        save(m_window, u"recoupe-welcome.png"_s);
        connect(m_window->session(), &CorpusSession::loadFinished, this, [this] {
            if (!m_window->analysis()->isRunning()) {
                QTimer::singleShot(0, this, &ScreenshotRunner::takeShots);
                return;
            }
            connect(m_window->analysis(), &AnalysisSession::finished, this, [this] {
                // The first group is the most telling: a disagreement, shown in its article.
                QTreeView *groups = m_window->comparisonsPane()->groupsView();
                if (groups->model()->rowCount() > 0)
                    groups->setCurrentIndex(groups->model()->index(0, 0));
                QTimer::singleShot(0, this, &ScreenshotRunner::takeShots);
            }, Qt::SingleShotConnection);
        }, Qt::SingleShotConnection);
        connect(m_window->session(), &CorpusSession::loadCanceled, this, [this] {
            std::fprintf(stderr, "recoupe: the folder could not be loaded, no screenshot taken\n");
            Q_EMIT finished(1);
        }, Qt::SingleShotConnection);
        m_window->openFolder(folder);
    });
}

bool ScreenshotRunner::save(QWidget *widget, const QString &fileName)
{
    if (QLayout *layout = widget->layout())
        layout->activate();
    const QImage image = widget->grab().toImage();
    const QString path = QDir(m_directory).filePath(fileName);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        std::fprintf(stderr, "recoupe: could not write %s\n", qPrintable(QDir::toNativeSeparators(path)));
        m_failed = true;
        return false;
    }
    std::fprintf(stdout, "%s\n", qPrintable(QDir::toNativeSeparators(path)));
    return true;
}

void ScreenshotRunner::takeShots()
{
    save(m_window, u"recoupe-main.png"_s);

    // The Figures tab, on a figure of another article than the one shown.
    if (auto *dock = m_window->findChild<QDockWidget *>(u"figuresDock"_s)) {
        dock->raise();
        QTableView *figures = m_window->figuresPane()->view();
        if (figures->model()->rowCount() > 0)
            figures->setCurrentIndex(figures->model()->index(figures->model()->rowCount() / 2, 0));
    }
    QTimer::singleShot(0, this, [this] {
        save(m_window, u"recoupe-figures.png"_s);
        // The Timeline tab, with the figure just chosen highlighted on the chart.
        if (auto *dock = m_window->findChild<QDockWidget *>(u"timelineDock"_s))
            dock->raise();
        QTimer::singleShot(0, this, &ScreenshotRunner::takeLastShots);
    });
}

void ScreenshotRunner::takeLastShots()
{
    save(m_window, u"recoupe-timeline.png"_s);
    QTimer::singleShot(0, this, [this] {
        if (auto *dock = m_window->findChild<QDockWidget *>(u"comparisonsDock"_s))
            dock->raise();
        const QString current = m_window->documentsPane()->currentDocumentId();
        if (!current.isEmpty())
            m_window->editDocumentProperties(current);
        auto *dialog = m_window->findChild<DocumentPropertiesDialog *>();
        if (!dialog) {
            Q_EMIT finished(m_failed ? 1 : 0);
            return;
        }
        QTimer::singleShot(0, this, [this, dialog] {
            save(dialog, u"recoupe-properties.png"_s);
            dialog->reject();
            Q_EMIT finished(m_failed ? 1 : 0);
        });
    });
}

} // namespace Recoupe
