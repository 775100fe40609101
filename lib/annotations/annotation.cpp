#include "annotations/annotation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QCryptographicHash>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Recoupe {

bool AnnotationTarget::hasUnreadablePassage() const
{
    if (hasPassage())
        return false;
    return std::any_of(otherSelectors.cbegin(), otherSelectors.cend(), [](const QJsonValue &selector) {
        const QString type = selector.toObject().value("type"_L1).toString();
        return type == "TextPositionSelector"_L1 || type == "TextQuoteSelector"_L1;
    });
}

AnnotationTarget AnnotationTarget::forPassage(const QString &documentId, const QString &text, qsizetype start, qsizetype end)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    AnnotationTarget target;
    target.documentId = documentId;
    target.start = start;
    target.end = end;
    target.exact = text.mid(start, end - start);
    const qsizetype prefixStart = std::max<qsizetype>(0, start - contextLength);
    target.prefix = text.mid(prefixStart, start - prefixStart);
    target.suffix = text.mid(end, contextLength);
    target.textHash = readingTextHash(text);
    return target;
}

QString Annotation::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QStringList Annotation::standardVerdicts()
{
    return {u"confirmed"_s, u"discrepancy"_s, u"unsupported"_s, u"needs_source"_s};
}

bool Annotation::isStandardVerdict(const QString &verdict)
{
    return standardVerdicts().contains(verdict);
}

QString Annotation::verdictDisplayName(const QString &verdict)
{
    if (verdict == "confirmed"_L1)
        return QCoreApplication::translate("Recoupe::Annotation", "Confirmed");
    if (verdict == "discrepancy"_L1)
        return QCoreApplication::translate("Recoupe::Annotation", "Discrepancy");
    if (verdict == "unsupported"_L1)
        return QCoreApplication::translate("Recoupe::Annotation", "Unsupported");
    if (verdict == "needs_source"_L1)
        return QCoreApplication::translate("Recoupe::Annotation", "Needs a source");
    return verdict;
}

QString readingTextHash(const QString &text)
{
    return "sha256:"_L1 + QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

qsizetype codePointOffset(QStringView text, qsizetype utf16Offset)
{
    if (utf16Offset <= 0)
        return utf16Offset;
    const qsizetype within = std::min(utf16Offset, text.size());
    qsizetype pairs = 0;
    for (qsizetype i = 0; i + 1 < within; ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            ++pairs;
            ++i;
        }
    }
    return utf16Offset - pairs;
}

qsizetype utf16Offset(QStringView text, qsizetype codePointOffset)
{
    if (codePointOffset <= 0)
        return codePointOffset;
    qsizetype units = 0;
    qsizetype points = 0;
    while (points < codePointOffset && units < text.size()) {
        const bool pair = units + 1 < text.size() && text[units].isHighSurrogate() && text[units + 1].isLowSurrogate();
        units += pair ? 2 : 1;
        ++points;
    }
    return units + (codePointOffset - points);
}

} // namespace Recoupe
