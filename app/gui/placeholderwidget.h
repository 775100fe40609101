#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;
class QPushButton;
class QAction;

namespace Recoupe {

// The centred icon, title, explanation and buttons shown where there is nothing to show yet:
// an empty window, no document selected, a folder that could not be read.
class PlaceholderWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PlaceholderWidget(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon, int size = 96);
    void setTitle(const QString &title);
    void setText(const QString &text);
    QString title() const;
    QString text() const;

    // A push button that triggers action and follows its text, icon and enabled state.
    QPushButton *addActionButton(QAction *action);

private:
    QLabel *m_iconLabel;
    QLabel *m_titleLabel;
    QLabel *m_textLabel;
    QHBoxLayout *m_buttons;
};

} // namespace Recoupe
