#include "corpus/document.h"

#include <algorithm>

namespace Recoupe {

QString formatName(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::PlainText:
        return QStringLiteral("text");
    case DocumentFormat::Markdown:
        return QStringLiteral("markdown");
    case DocumentFormat::Html:
        return QStringLiteral("html");
    case DocumentFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

int Document::pageAt(qsizetype offset) const
{
    // The last page that begins at or before offset (pages without text begin where the next
    // one does: the later page is the one that shows the text).
    const auto after = std::upper_bound(pageStarts.cbegin(), pageStarts.cend(), offset);
    if (after == pageStarts.cbegin())
        return pageStarts.isEmpty() ? 0 : 1;
    return int(after - pageStarts.cbegin());
}

} // namespace Recoupe
