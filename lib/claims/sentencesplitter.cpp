#include "claims/sentencesplitter.h"

#include <algorithm>

namespace Recoupe {

SentenceSplitter::SentenceSplitter(const LanguageKnowledge &language)
    : m_language(language)
{
}

QList<std::pair<qsizetype, qsizetype>> SentenceSplitter::sentences(QStringView text) const
{
    QList<std::pair<qsizetype, qsizetype>> result;
    const qsizetype size = text.size();
    qsizetype start = 0;
    const auto close = [&](qsizetype end) {
        qsizetype s = start;
        qsizetype e = end;
        while (s < e && text.at(s).isSpace())
            ++s;
        while (e > s && text.at(e - 1).isSpace())
            --e;
        while (e - s > LongestSentence) {
            const qsizetype at = cut(text, s, e);
            if (at < 0)
                break;
            result.append({s, at});
            s = at;
            while (s < e && text.at(s).isSpace())
                ++s;
        }
        if (e > s)
            result.append({s, e});
        start = end;
    };
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            close(i + 1);
            continue;
        }
        if (c != u'.' && c != u'!' && c != u'?' && c != u'…')
            continue;
        const QChar next = i + 1 < size ? text.at(i + 1) : u' ';
        const bool spaceAfter = next.isSpace() || next == u'«' || next == u'"' || next == u'“';
        const bool capitalAfter = next.isUpper();
        if (!spaceAfter && !capitalAfter)
            continue; // 1.6, Amazon.com, pic.twitter.com
        if (c == u'.' && isAbbreviation(text, i))
            continue;
        close(i + 1);
    }
    close(size);
    return result;
}

// Where to cut the too long sentence [start, end): the last space before a word in its second
// half of LongestSentence characters, else the last space there not between digits ("1 000"),
// else -1 (no space: one word, nothing to cut).
qsizetype SentenceSplitter::cut(QStringView text, qsizetype start, qsizetype end)
{
    const qsizetype last = std::min(end - 1, start + LongestSentence);
    qsizetype anySpace = -1;
    for (qsizetype k = last; k > start + LongestSentence / 2; --k) {
        if (!text.at(k).isSpace())
            continue;
        if (text.at(k + 1).isLetter())
            return k;
        if (anySpace < 0 && !(text.at(k - 1).isDigit() && text.at(k + 1).isDigit()))
            anySpace = k;
    }
    return anySpace;
}

// The word before the dot at `dot` is an initial or a usual abbreviation.
bool SentenceSplitter::isAbbreviation(QStringView text, qsizetype dot) const
{
    qsizetype begin = dot;
    while (begin > 0 && text.at(begin - 1).isLetter())
        --begin;
    const QStringView word = text.sliced(begin, dot - begin);
    if (word.size() == 1 && word.front().isUpper())
        return true;
    return m_language.isAbbreviation(word);
}

} // namespace Recoupe
