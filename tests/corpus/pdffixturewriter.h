#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

// Writes test PDFs from lines of text placed where a layout would put them (QPdfWriter and
// QPainter, fonts embedded as a printer embeds them), so that no binary fixture is committed
// and each test says the layout it reads. Coordinates are points from the page's top-left
// corner; an A4 page is 595 x 842 points. Needs a QGuiApplication (fonts).
class PdfFixtureWriter
{
public:
    // One line of text; at is the left end of its baseline.
    void addLine(int page, QPointF at, const QString &text, qreal pointSize = 10);
    // Lines from top, stepping down by leading; returns the baseline after the last one.
    qreal addLines(int page, QPointF at, const QStringList &lines, qreal pointSize = 10, qreal leading = 13);
    // A picture, and no text: what a scanner makes.
    void addImage(int page, const QRectF &where, const QImage &image);
    void setTitle(const QString &title) { m_title = title; }
    void setPageCount(int pages) { m_pageCount = pages; }

    QByteArray write() const;
    // write(), into a file; false when it cannot be written.
    bool writeTo(const QString &path) const;

private:
    struct Line {
        int page;
        QPointF at;
        QString text;
        qreal pointSize;
    };
    struct Image {
        int page;
        QRectF where;
        QImage image;
    };
    QList<Line> m_lines;
    QList<Image> m_images;
    QString m_title;
    int m_pageCount = 1;
};
