#include "pdffixturewriter.h"

#include <QBuffer>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

void PdfFixtureWriter::addLine(int page, QPointF at, const QString &text, qreal pointSize)
{
    m_lines.append({page, at, text, pointSize});
    m_pageCount = std::max(m_pageCount, page + 1);
}

qreal PdfFixtureWriter::addLines(int page, QPointF at, const QStringList &lines, qreal pointSize, qreal leading)
{
    for (const QString &line : lines) {
        addLine(page, at, line, pointSize);
        at.ry() += leading;
    }
    return at.y();
}

void PdfFixtureWriter::addImage(int page, const QRectF &where, const QImage &image)
{
    m_images.append({page, where, image});
    m_pageCount = std::max(m_pageCount, page + 1);
}

QByteArray PdfFixtureWriter::write() const
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        // One device unit a point: the coordinates of the tests are the PDF's own.
        writer.setResolution(72);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Recoupe tests"));
        QPainter painter(&writer);
        for (int page = 0; page < m_pageCount; ++page) {
            if (page > 0)
                writer.newPage();
            for (const Image &image : m_images) {
                if (image.page == page)
                    painter.drawImage(image.where, image.image);
            }
            for (const Line &line : m_lines) {
                if (line.page != page)
                    continue;
                QFont font(QStringLiteral("DejaVu Serif"));
                font.setPointSizeF(line.pointSize);
                painter.setFont(font);
                painter.drawText(line.at, line.text);
            }
        }
        painter.end();
    }
    return bytes;
}

bool PdfFixtureWriter::writeTo(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(write()) >= 0;
}
