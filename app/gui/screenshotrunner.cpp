#include "screenshotrunner.h"

#include "analysissession.h"
#include "comparisonspane.h"
#include "correctiondialog.h"
#include "corpussession.h"
#include "documentpropertiesdialog.h"
#include "documentspane.h"
#include "figurespane.h"
#include "mainwindow.h"
#include "models/claimgroupsmodel.h"
#include "readingarea.h"
#include "readingcontroller.h"
#include "readingpane.h"
#include "timelinepane.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QTextCursor>
#include <QDockWidget>
#include <QTableView>
#include <QImage>
#include <QLayout>
#include <QLocale>
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
    , m_suffix(u"-"_s + (QLocale().language() == QLocale::C ? u"en"_s : QLocale().name().left(2)))
{
}

void ScreenshotRunner::start(const QString &folder)
{
    m_window->resize(windowSize);
    // One turn of the event loop lets the window lay itself out before each shot.
    QTimer::singleShot(0, this, [this, folder] {
        save(m_window, u"recoupe-welcome.png"_s);
        m_window->resizeDocks({m_window->findChild<QDockWidget *>(u"documentsDock"_s), m_window->findChild<QDockWidget *>(u"comparisonsDock"_s)},
                              {300, 420}, Qt::Horizontal);
        connect(m_window->session(), &CorpusSession::loadFinished, this, [this] {
            if (!m_window->analysis()->isRunning()) {
                QTimer::singleShot(0, this, &ScreenshotRunner::takeShots);
                return;
            }
            connect(m_window->analysis(), &AnalysisSession::finished, this, [this] {
                arrangePanes();
                // The timeline is laid out on a worker: the shots wait for it.
                if (m_window->timelinePane()->isLayingOut()) {
                    connect(m_window->timelinePane(), &TimelinePane::resultsShown, this, [this] {
                        QTimer::singleShot(0, this, &ScreenshotRunner::takeShots);
                    }, Qt::SingleShotConnection);
                    return;
                }
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

void ScreenshotRunner::arrangePanes()
{
    // The disagreement that most articles state, read side by side in three panes.
    QTreeView *groups = m_window->comparisonsPane()->groupsView();
    QAbstractItemModel *model = groups->model();
    int best = -1;
    int bestSources = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const int sources = index.data(ClaimGroupsModel::SourceCountRole).toInt();
        if (index.data(ClaimGroupsModel::IsDiscrepancyRole).toBool() && sources > bestSources) {
            best = row;
            bestSources = sources;
        }
    }
    if (best < 0)
        return;
    const QStringList documents = model->index(best, 0).data(ClaimGroupsModel::DocumentsRole).toStringList();
    ReadingArea *area = m_window->readingArea();
    // Shots leave no trace in the folder.
    m_window->readingController()->setRemembersLayout(false);
    while (area->paneCount() < qMin(3, int(documents.size())) && area->addPane()) { }
    for (int i = 0; i < area->paneCount() && i < documents.size(); ++i)
        m_window->readingController()->showDocumentInPane(area->pane(i), documents.at(i));
    area->setCurrentPane(area->pane(0));
    groups->setCurrentIndex(model->index(best, 0));
    groups->scrollTo(model->index(best, 0));
    // Each pane's figure in its upper third, so that the gutters join all of them on screen.
    const QStringList claims = model->index(best, 0).data(ClaimGroupsModel::ClaimIdsRole).toStringList();
    for (ReadingPane *pane : area->panes()) {
        for (const ClaimMark &mark : pane->claimMarks()) {
            if (claims.contains(mark.claimId)) {
                pane->view()->scrollToOffset(mark.start, ReadingView::ScrollPlacement::UpperThird);
                break;
            }
        }
    }
}

bool ScreenshotRunner::save(QWidget *widget, const QString &fileName)
{
    if (QLayout *layout = widget->layout())
        layout->activate();
    const QImage image = widget->grab().toImage();
    QString name = fileName;
    name.insert(name.lastIndexOf(u'.'), m_suffix);
    const QString path = QDir(m_directory).filePath(name);
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
    save(m_window->comparisonsPane(), u"recoupe-comparisons.png"_s);

    // The Figures tab, on a figure of another article than the one shown.
    if (auto *dock = m_window->findChild<QDockWidget *>(u"figuresDock"_s)) {
        dock->raise();
        QTableView *figures = m_window->figuresPane()->view();
        if (figures->model()->rowCount() > 0)
            figures->setCurrentIndex(figures->model()->index(figures->model()->rowCount() / 2, 0));
    }
    QTimer::singleShot(0, this, [this] {
        save(m_window, u"recoupe-window-figures.png"_s);
        save(m_window->figuresPane(), u"recoupe-figures.png"_s);
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
            QTimer::singleShot(0, this, &ScreenshotRunner::shootCorrection);
        });
    });
}

void ScreenshotRunner::shootCorrection()
{
    ReadingArea *area = m_window->readingArea();
    ReadingPane *pane = area->paneCount() > 0 ? area->pane(0) : nullptr;
    const QString claimId = pane ? pane->currentClaim() : QString();
    const Claim *claim = claimId.isEmpty() ? nullptr : m_window->analysis()->claim(claimId);
    const Document *document = claim ? m_window->session()->document(claim->document) : nullptr;
    auto *action = m_window->findChild<QAction *>(u"correctFigureAction"_s);
    if (!claim || !document || !action) {
        Q_EMIT finished(m_failed ? 1 : 0);
        return;
    }
    area->setCurrentPane(pane);
    QTextCursor cursor(pane->view()->document());
    cursor.setPosition(claim->start + 1);
    pane->view()->setTextCursor(cursor);
    action->trigger();
    Correction correction;
    correction.target = AnnotationTarget::forPassage(document->id, document->text.toString(), claim->start, claim->end);
    correction.change.period = claim->period;
    correction.author = u"Recoupe"_s;
    correction.created = QDateTime::currentDateTimeUtc();
    QTimer::singleShot(0, this, [this, correction] {
        if (auto *dialog = m_window->findChild<CorrectionDialog *>()) {
            save(dialog, u"recoupe-correction-dialog.png"_s);
            dialog->reject();
        }
        connect(m_window->analysis(), &AnalysisSession::correctionsApplied, this, [this] {
            QTimer::singleShot(0, this, [this] {
                save(m_window, u"recoupe-corrected.png"_s);
                Q_EMIT finished(m_failed ? 1 : 0);
            });
        }, Qt::SingleShotConnection);
        m_window->analysis()->setCorrections(m_window->session()->folder(), {correction});
    });
}

} // namespace Recoupe
