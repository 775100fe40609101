#include "figures/softlinebreaks.h"

namespace Recoupe {

namespace {

bool endsSentence(QChar c)
{
    switch (c.unicode()) {
    case u'.': case u'!': case u'?': case u':': case u';': case u'»': case u'"': case u'”': case u'…':
        return true;
    default:
        return false;
    }
}

bool continuesSentence(QChar c)
{
    return c.isLower() || c.isDigit() || c == u'$' || c == u'€' || c == u'£';
}

} // namespace

QString joinSoftLineBreaks(const QString &text)
{
    QString result;
    const qsizetype size = text.size();
    for (qsizetype i = text.indexOf(u'\n'); i >= 0 && i + 1 < size; i = text.indexOf(u'\n', i + 1)) {
        qsizetype before = i;
        while (before > 0 && (text.at(before - 1) == u' ' || text.at(before - 1) == u'\t'))
            --before;
        if (before == 0 || text.at(before - 1) == u'\n' || endsSentence(text.at(before - 1)))
            continue;
        qsizetype after = i + 1;
        while (after < size && (text.at(after) == u' ' || text.at(after) == u'\t'))
            ++after;
        if (after >= size || !continuesSentence(text.at(after)))
            continue;
        if (result.isEmpty())
            result = text;
        result[i] = u' ';
    }
    return result.isEmpty() ? text : result;
}

} // namespace Recoupe
