#include "readingarea.h"

#include "connectorhandle.h"
#include "readingpane.h"
#include "readingsplitter.h"

#include <QScrollBar>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Recoupe {

ReadingArea::ReadingArea(QWidget *parent)
    : QWidget(parent)
    , m_splitter(new ReadingSplitter(this, this))
{
    setObjectName(u"readingArea"_s);
    m_splitter->setObjectName(u"readingSplitter"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    connect(m_splitter, &QSplitter::splitterMoved, this, &ReadingArea::layoutChanged);
}

QList<ReadingPane *> ReadingArea::panes() const
{
    return m_panes;
}

int ReadingArea::paneCount() const
{
    return int(m_panes.size());
}

ReadingPane *ReadingArea::pane(int index) const
{
    return m_panes.value(index);
}

ReadingPane *ReadingArea::currentPane() const
{
    return m_current ? m_current.data() : m_panes.value(0);
}

void ReadingArea::setCurrentPane(ReadingPane *pane)
{
    if (!pane || pane == m_current || !m_panes.contains(pane))
        return;
    if (m_current)
        m_current->setCurrent(false);
    m_current = pane;
    pane->setCurrent(true);
    Q_EMIT currentPaneChanged(pane);
}

ReadingPane *ReadingArea::addPane()
{
    if (m_panes.size() >= maximumPanes)
        return nullptr;
    auto *pane = new ReadingPane(m_splitter);
    pane->setObjectName(u"readingPane%1"_s.arg(m_panes.size() + 1));
    const int at = m_current ? int(m_panes.indexOf(m_current)) + 1 : int(m_panes.size());
    m_panes.insert(at, pane);
    // The splitter's order is the panes' order.
    m_splitter->insertWidget(at, pane);
    connect(pane, &ReadingPane::activated, this, [this, pane] { setCurrentPane(pane); });
    connect(pane, &ReadingPane::closeRequested, this, [this, pane] { removePane(pane); });
    connect(pane->view()->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, pane] { paneScrolled(pane); });
    // Equal widths: a new pane takes its share.
    QList<int> sizes;
    const int each = qMax(1, m_splitter->width() / int(m_panes.size()));
    for (qsizetype i = 0; i < m_panes.size(); ++i)
        sizes.append(each);
    m_splitter->setSizes(sizes);
    updateClosable();
    Q_EMIT paneAdded(pane);
    if (!m_current)
        setCurrentPane(pane);
    Q_EMIT layoutChanged();
    return pane;
}

void ReadingArea::removePane(ReadingPane *pane)
{
    if (m_panes.size() <= 1 || !m_panes.contains(pane))
        return;
    const qsizetype index = m_panes.indexOf(pane);
    m_panes.removeAt(index);
    if (m_current == pane) {
        m_current = nullptr;
        setCurrentPane(m_panes.value(qMin(index, m_panes.size() - 1)));
    }
    pane->hide();
    pane->deleteLater();
    pane->setParent(nullptr);
    updateClosable();
    Q_EMIT layoutChanged();
}

ReadingPane *ReadingArea::paneShowing(const QString &documentId) const
{
    for (ReadingPane *pane : m_panes) {
        if (!documentId.isEmpty() && pane->documentId() == documentId)
            return pane;
    }
    return nullptr;
}

void ReadingArea::updateClosable()
{
    for (ReadingPane *pane : std::as_const(m_panes))
        pane->setClosable(m_panes.size() > 1);
}

void ReadingArea::setLinkedClaims(const QStringList &claimIds, int colourIndex)
{
    m_linkedClaims = claimIds;
    m_linkedColour = colourIndex;
    for (int i = 1; i < m_splitter->count(); ++i)
        m_splitter->handle(i)->update();
}

void ReadingArea::setLinkedScrolling(bool linked)
{
    if (m_linkedScrolling == linked)
        return;
    m_linkedScrolling = linked;
    Q_EMIT layoutChanged();
}

void ReadingArea::setPassages(const QList<PassageMatch> &matches)
{
    m_passages = matches;
    m_alignments.clear();
}

PassageAlignment ReadingArea::alignment(ReadingPane *from, ReadingPane *to)
{
    const qsizetype fromLength = from->view()->document()->characterCount() - 1;
    const qsizetype toLength = to->view()->document()->characterCount() - 1;
    // Keyed by both documents and their lengths: a reloaded article gets a new alignment.
    const QString key = from->documentId() + u'\x1f' + QString::number(fromLength) + u'\x1f' + to->documentId() + u'\x1f'
        + QString::number(toLength);
    auto it = m_alignments.constFind(key);
    if (it == m_alignments.cend())
        it = m_alignments.insert(key, PassageAlignment(from->documentId(), fromLength, to->documentId(), toLength, m_passages));
    return *it;
}

void ReadingArea::alignPanesOn(ReadingPane *source)
{
    if (!source || !source->hasDocument() || m_aligning)
        return;
    m_aligning = true;
    const qsizetype top = source->view()->topOffset();
    for (ReadingPane *other : std::as_const(m_panes)) {
        if (other == source || !other->hasDocument())
            continue;
        if (other->documentId() == source->documentId()) {
            other->view()->verticalScrollBar()->setValue(source->view()->verticalScrollBar()->value());
            continue;
        }
        other->view()->scrollToOffset(alignment(source, other).mapToSecond(top));
    }
    m_aligning = false;
}

void ReadingArea::paneScrolled(ReadingPane *pane)
{
    if (m_linkedScrolling && !m_aligning)
        alignPanesOn(pane);
    // The gutters follow the claims they join.
    for (int i = 1; i < m_splitter->count(); ++i)
        m_splitter->handle(i)->update();
}

ReadingLayout ReadingArea::readingLayout() const
{
    ReadingLayout layout;
    for (ReadingPane *pane : m_panes) {
        ReadingPaneState state;
        state.documentId = pane->documentId();
        state.topOffset = pane->hasDocument() ? pane->view()->topOffset() : 0;
        state.zoomSteps = pane->view()->zoomSteps();
        layout.panes.append(state);
    }
    layout.splitterSizes = m_splitter->sizes();
    layout.currentPane = qMax(0, int(m_panes.indexOf(currentPane())));
    layout.linkedScrolling = m_linkedScrolling;
    return layout;
}

void ReadingArea::applyLayoutFrame(const ReadingLayout &layout)
{
    const int wanted = qBound(1, int(layout.panes.size()), maximumPanes);
    while (paneCount() > wanted)
        removePane(m_panes.constLast());
    while (paneCount() < wanted) {
        setCurrentPane(m_panes.isEmpty() ? nullptr : m_panes.constLast());
        addPane();
    }
    for (int i = 0; i < wanted && i < layout.panes.size(); ++i)
        m_panes.at(i)->view()->setZoomSteps(layout.panes.at(i).zoomSteps);
    if (layout.splitterSizes.size() == m_panes.size())
        m_splitter->setSizes(layout.splitterSizes);
    setCurrentPane(m_panes.value(qBound(0, layout.currentPane, int(m_panes.size()) - 1)));
}

} // namespace Recoupe
