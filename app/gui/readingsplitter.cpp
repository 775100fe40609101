#include "readingsplitter.h"

#include "connectorhandle.h"

namespace Recoupe {

ReadingSplitter::ReadingSplitter(ReadingArea *area, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_area(area)
{
    setChildrenCollapsible(false);
    setHandleWidth(30);
}

QSplitterHandle *ReadingSplitter::createHandle()
{
    return new ConnectorHandle(orientation(), this, m_area);
}

} // namespace Recoupe
