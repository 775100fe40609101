#pragma once

#include "compare/passagematch.h"
#include "reading/passagealignment.h"
#include "reading/readinglayout.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

namespace Recoupe {

class ReadingPane;
class ReadingSplitter;

// Two to four reading panes side by side, as merge tools show versions of a file: a splitter
// whose gutters join the claims of the chosen group, one current pane that the window's actions
// apply to, and scrolling linked on the passages the articles share.
class ReadingArea : public QWidget
{
    Q_OBJECT
public:
    static constexpr int maximumPanes = int(ReadingLayout::maximumPanes);

    explicit ReadingArea(QWidget *parent = nullptr);

    QList<ReadingPane *> panes() const;
    int paneCount() const;
    ReadingPane *pane(int index) const;
    ReadingPane *currentPane() const;
    void setCurrentPane(ReadingPane *pane);
    // A new pane after the current one; nullptr when there are maximumPanes already.
    ReadingPane *addPane();
    // Removes the pane unless it is the last one.
    void removePane(ReadingPane *pane);
    // The first pane showing documentId; nullptr when none does.
    ReadingPane *paneShowing(const QString &documentId) const;
    ReadingSplitter *splitter() const { return m_splitter; }

    // The claims the gutters join (those of the chosen group), in their group's colour.
    void setLinkedClaims(const QStringList &claimIds, int colourIndex);
    const QStringList &linkedClaims() const { return m_linkedClaims; }
    int linkedColourIndex() const { return m_linkedColour; }

    // Panes scroll together, aligned on the passages they share (matches of PassageMatcher).
    void setLinkedScrolling(bool linked);
    bool isLinkedScrolling() const { return m_linkedScrolling; }
    void setPassages(const QList<PassageMatch> &matches);
    // Aligns every other pane on source's place (what a scroll of source does when linked).
    void alignPanesOn(ReadingPane *source);

    // What is remembered of the panes per folder (documents, places, zoom, sizes).
    ReadingLayout readingLayout() const;
    // The pane count, sizes, zoom and current pane of layout; documents, places and linked
    // scrolling are the caller's (it knows the folder's documents, and panes are linked once
    // each is at its place).
    void applyLayoutFrame(const ReadingLayout &layout);

Q_SIGNALS:
    void paneAdded(Recoupe::ReadingPane *pane);
    void currentPaneChanged(Recoupe::ReadingPane *pane);
    // Something worth remembering changed: a pane, its document, its place, sizes.
    void layoutChanged();

private:
    void paneScrolled(ReadingPane *pane);
    void updateClosable();
    PassageAlignment alignment(ReadingPane *from, ReadingPane *to);

    ReadingSplitter *m_splitter;
    QList<ReadingPane *> m_panes;
    QPointer<ReadingPane> m_current;
    QStringList m_linkedClaims;
    int m_linkedColour = -1;
    bool m_linkedScrolling = false;
    bool m_aligning = false;
    QList<PassageMatch> m_passages;
    QHash<QString, PassageAlignment> m_alignments;
};

} // namespace Recoupe
