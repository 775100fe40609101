#pragma once

#include <QList>
#include <QObject>

class QAbstractItemView;
class QHeaderView;

namespace Recoupe {

class DockVisibility;

// Fits some columns of an item view to their contents once each time the model's rows change,
// then leaves them to the reader. QHeaderView::ResizeToContents measures the cells again at
// every layout change of the window instead: a dozen times while a large folder opened, a few
// hundred cells each time, on the GUI thread. Cells are measured as the header's
// resizeContentsPrecision() allows (the first rows). A view that cannot be seen (hidden, or in a
// dock behind another) is measured when it can, as the rows then are.
class ColumnFitter : public QObject
{
    Q_OBJECT
public:
    // header: the view's horizontal header; the view's model is the one watched.
    ColumnFitter(QAbstractItemView *view, QHeaderView *header, QList<int> columns);

    // Fits the columns now (also done, once, after each change of the model's rows).
    void fit();
    // How many times the columns were fitted: for tests.
    int fitCount() const { return m_fitCount; }

private:
    void schedule();
    void fitIfPending();

    QAbstractItemView *m_view;
    QHeaderView *m_header;
    QList<int> m_columns;
    DockVisibility *m_visibility;
    bool m_scheduled = false;
    bool m_fitWhenShown = false;
    int m_fitCount = 0;
};

} // namespace Recoupe
