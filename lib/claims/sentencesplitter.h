#pragma once

#include "claims/languageknowledge.h"

#include <QList>
#include <QStringView>

#include <utility>

namespace Recoupe {

// Where the sentences of a text are, as the claim parser and the passage matcher both read them
// (one rule, so that a figure's sentence and a matched passage are the same stretch of text):
// a sentence ends at a line's end, and after ".", "!", "?" or "…" followed by a space, an opening
// quote or a capital letter, but not after an initial ("J. Smith") or an abbreviation that a
// language profile lists ("M.", "Mr.", "env."); "1.6" and "Amazon.com" go on. A sentence longer
// than any an article writes (a table flattened into one line, a hostile text) is cut between
// words every LongestSentence characters or so, so that what scans a sentence stays linear in
// the text. One pass over the text, no allocation but the result.
class SentenceSplitter
{
public:
    static constexpr qsizetype LongestSentence = 1000;

    explicit SentenceSplitter(const LanguageKnowledge &language);

    // [start, end) of each sentence, in order, without the spaces around it; none for blank text.
    QList<std::pair<qsizetype, qsizetype>> sentences(QStringView text) const;

private:
    static qsizetype cut(QStringView text, qsizetype start, qsizetype end);
    bool isAbbreviation(QStringView text, qsizetype dot) const;

    const LanguageKnowledge &m_language;
};

} // namespace Recoupe
