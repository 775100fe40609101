#pragma once

#include <QFrame>

namespace Recoupe {

// One line of text that gives up width gracefully: "…/a/very/long/path.md" rather than being
// clipped or pushing its neighbours out of the header. The full text is its tooltip.
class ElidedLabel : public QFrame
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr, Qt::TextElideMode mode = Qt::ElideMiddle);

    void setText(const QString &text);
    QString text() const { return m_text; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    Qt::TextElideMode m_mode;
};

} // namespace Recoupe
