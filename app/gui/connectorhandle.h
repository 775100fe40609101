#pragma once

#include <QSplitterHandle>

namespace Recoupe {

class ReadingArea;

// The gutter between two reading panes. It draws a band from each claim of the chosen group in
// the left pane to each in the right pane, as merge tools join the two sides of a change, and
// follows both panes as they scroll.
class ConnectorHandle : public QSplitterHandle
{
    Q_OBJECT
public:
    ConnectorHandle(Qt::Orientation orientation, QSplitter *parent, ReadingArea *area);

    // Bands drawn at the last paint (tests read them): y ranges in this handle's coordinates.
    struct Band {
        QString leftClaim;
        QString rightClaim;
        int leftTop = 0;
        int leftBottom = 0;
        int rightTop = 0;
        int rightBottom = 0;
    };
    QList<Band> bands() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ReadingArea *m_area;
};

} // namespace Recoupe
