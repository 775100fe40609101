#pragma once

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
    void setProgress(int value, int maximum, const QString &text);
    void stop();

    QToolButton *cancelButton() const { return m_cancelButton; }

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancelButton;
};

} // namespace Recoupe
