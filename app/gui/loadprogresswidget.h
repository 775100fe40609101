#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Recoupe {

// In the status bar while a folder is read: what is being read, how far, and a Cancel button.
class LoadProgressWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LoadProgressWidget(QWidget *parent = nullptr);

    void start(const QString &text);
    // Shown at most every shownEveryMs (a reader sees no more, and each showing repaints the bar
    // at once: a folder reports each of its thousands of files); the last value always shows.
    void setProgress(int value, int maximum, const QString &text);
    void stop();

    static constexpr int shownEveryMs = 60;
    int value() const;
    QString text() const;

    QToolButton *cancelButton() const { return m_cancelButton; }

Q_SIGNALS:
    void cancelRequested();

private:
    void showPending();

    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancelButton;
    QTimer m_throttle;
    QElapsedTimer m_sinceShown;
    int m_pendingValue = 0;
    int m_pendingMaximum = 0;
    QString m_pendingText;
};

} // namespace Recoupe
