#pragma once

#include <QSplitter>

namespace Recoupe {

class ReadingArea;

// The splitter that holds the reading panes, with connector gutters for handles.
class ReadingSplitter : public QSplitter
{
    Q_OBJECT
public:
    ReadingSplitter(ReadingArea *area, QWidget *parent = nullptr);

protected:
    QSplitterHandle *createHandle() override;

private:
    ReadingArea *m_area;
};

} // namespace Recoupe
