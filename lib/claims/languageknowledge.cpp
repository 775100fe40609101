#include "claims/languageknowledge.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Recoupe {

LanguageKnowledge LanguageKnowledge::builtin()
{
    LanguageKnowledge knowledge;
    for (const QString &language : {u"en"_s, u"fr"_s})
        knowledge.add(LanguageProfile::builtin(language));
    return knowledge;
}

void LanguageKnowledge::add(const LanguageProfile &profile)
{
    m_profiles.append(profile);
    for (int cue = 0; cue < int(Cue::Count); ++cue) {
        for (const QStringList &phrase : profile.phrases[cue]) {
            QList<Phrase> &list = m_byFirstWord[phrase.constFirst()];
            // Both languages know "consensus": one match, not two.
            if (std::any_of(list.cbegin(), list.cend(), [&](const Phrase &p) { return p.cue == Cue(cue) && p.words == phrase; }))
                continue;
            list.append(Phrase{phrase, Cue(cue)});
            // At one position the longest phrase is tried first.
            std::stable_sort(list.begin(), list.end(), [](const Phrase &a, const Phrase &b) { return a.words.size() > b.words.size(); });
        }
    }
}

const LanguageProfile *LanguageKnowledge::profile(const QString &language) const
{
    for (const LanguageProfile &profile : m_profiles) {
        if (profile.language == language)
            return &profile;
    }
    return nullptr;
}

QString LanguageKnowledge::fold(QStringView word)
{
    QString folded = word.toString().toCaseFolded();
    folded.replace(u'\u2019', u'\'');
    return folded;
}

QList<FoldedWord> LanguageKnowledge::words(QStringView text, qsizetype from, qsizetype to)
{
    QList<FoldedWord> result;
    auto isApostrophe = [](QChar c) { return c == u'\'' || c == u'\u2019'; };
    qsizetype i = from;
    while (i < to) {
        if (isApostrophe(text.at(i)) && i + 1 < to && (text.at(i + 1) == u's' || text.at(i + 1) == u'S')
            && (i + 2 >= to || !text.at(i + 2).isLetterOrNumber())) {
            result.append(FoldedWord{i, i + 2, u"'s"_s});
            i += 2;
            continue;
        }
        if (!text.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < to) {
            const QChar c = text.at(j);
            if (c.isLetterOrNumber()) {
                ++j;
            } else if ((c == u'-' || c == u'\u2011') && j + 1 < to && text.at(j + 1).isLetterOrNumber()) {
                ++j;
            } else if (isApostrophe(c)) {
                // "l'" and "qu'" stand alone (elision); "'s" is a word of its own ("Google Cloud's"
                // holds "google cloud"); "analysts'" keeps its apostrophe.
                const qsizetype length = j - i;
                const bool elision = length <= 2 && j + 1 < to && text.at(j + 1).isLetter();
                const bool genitive = j + 1 < to && (text.at(j + 1) == u's' || text.at(j + 1) == u'S')
                    && (j + 2 >= to || !text.at(j + 2).isLetterOrNumber());
                if (genitive && !elision)
                    break;
                ++j;
                if (elision)
                    break;
                if (j < to && text.at(j).isLetter() && length > 2)
                    continue;
                break;
            } else {
                break;
            }
        }
        result.append(FoldedWord{i, j, fold(text.sliced(i, j - i))});
        i = j;
    }
    return result;
}

QList<CueMatch> LanguageKnowledge::cues(const QList<FoldedWord> &words) const
{
    QList<CueMatch> result;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const auto found = m_byFirstWord.constFind(words.at(i).text);
        if (found == m_byFirstWord.cend())
            continue;
        qsizetype longest = 0;
        for (const Phrase &phrase : *found) {
            const qsizetype length = phrase.words.size();
            if (i + length > words.size() || (longest > 0 && length < longest))
                continue;
            bool same = true;
            for (qsizetype w = 1; w < length && same; ++w)
                same = words.at(i + w).text == phrase.words.at(w);
            if (!same)
                continue;
            longest = length;
            result.append(CueMatch{words.at(i).start, words.at(i + length - 1).end, phrase.cue});
        }
    }
    return result;
}

bool LanguageKnowledge::isWord(Cue cue, const QString &foldedWord) const
{
    const auto found = m_byFirstWord.constFind(foldedWord);
    if (found == m_byFirstWord.cend())
        return false;
    return std::any_of(found->cbegin(), found->cend(), [cue](const Phrase &p) { return p.cue == cue && p.words.size() == 1; });
}

double LanguageKnowledge::numberWord(const QString &foldedWord) const
{
    for (const LanguageProfile &profile : m_profiles) {
        const auto found = profile.numbers.constFind(foldedWord);
        if (found != profile.numbers.cend())
            return *found;
    }
    return -1;
}

double LanguageKnowledge::magnitude(const QString &foldedWord, const QString &language) const
{
    if (const LanguageProfile *own = profile(language)) {
        const auto found = own->magnitudes.constFind(foldedWord);
        if (found != own->magnitudes.cend())
            return *found;
    }
    for (const LanguageProfile &other : m_profiles) {
        const auto found = other.magnitudes.constFind(foldedWord);
        if (found != other.magnitudes.cend())
            return *found;
    }
    return 0;
}

} // namespace Recoupe
