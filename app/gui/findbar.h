#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace Recoupe {

// The find bar under a reading pane (Ctrl+F), as KDE's editors have it: accent- and
// case-insensitive unless asked, Enter for the next hit, Shift+Enter for the previous, Escape
// to close.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QString needle() const;
    // FoldedText::Sensitivity flags chosen by the two check boxes.
    int sensitivity() const;
    // Opens the bar with the text to look for selected, ready to be typed over.
    void activate(const QString &initialText = {});
    // "3 of 12", "Not found"; an empty needle shows nothing.
    void setResult(int current, int total);

Q_SIGNALS:
    // The needle or the options changed: find from the current place, marking every hit.
    void searchChanged();
    void findNext();
    void findPrevious();
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_edit;
    QToolButton *m_previous;
    QToolButton *m_next;
    QCheckBox *m_matchCase;
    QCheckBox *m_matchAccents;
    QLabel *m_result;
    QToolButton *m_close;
};

} // namespace Recoupe
