#include "claims/languageknowledge.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Recoupe {

LanguageKnowledge LanguageKnowledge::builtin()
{
    LanguageKnowledge knowledge;
    for (const QString &language : LanguageProfile::builtinLanguages())
        knowledge.add(LanguageProfile::builtin(language));
    return knowledge;
}

void LanguageKnowledge::add(const LanguageProfile &profile)
{
    m_profiles.append(profile);
    for (auto it = profile.currencies.cbegin(); it != profile.currencies.cend(); ++it) {
        if (!m_currencies.contains(it.key()))
            m_currencies.insert(it.key(), it.value());
    }
    m_hedges.append(profile.hedges);
    // Longest first: "pas plus de" is read before "plus de" could be.
    std::stable_sort(m_hedges.begin(), m_hedges.end(), [](const HedgePhrase &a, const HedgePhrase &b) { return a.text.size() > b.text.size(); });
    for (int kind = 0; kind < 3; ++kind) {
        for (const QString &word : profile.rangeWords[kind])
            m_rangeWords[kind].insert(word);
    }
    for (const QString &word : profile.figureGlue)
        m_figureGlue.insert(word);
    m_jobStems.append(profile.jobStems);
    for (auto it = profile.units.cbegin(); it != profile.units.cend(); ++it) {
        if (!m_units.contains(it.key()))
            m_units.insert(it.key(), it.value());
    }
    for (const QString &word : profile.abbreviations) {
        m_abbreviations.insert(word);
        m_longestAbbreviation = std::max(m_longestAbbreviation, word.size());
    }
    // Months are listed January to December: the first, fourth, seventh and tenth open a quarter.
    const QList<QStringList> &months = profile.phrases[int(Cue::Month)];
    for (int quarter = 0; quarter < 4 && 3 * quarter < months.size(); ++quarter)
        m_quarterMonths.append({months.at(3 * quarter).join(u' '), quarter + 1});
    // Quarter-major, as a token is tested against quarter 1's words first.
    std::stable_sort(m_quarterMonths.begin(), m_quarterMonths.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    for (qsizetype quarter = 0; quarter < profile.quarters.size(); ++quarter) {
        for (const QString &written : profile.quarters.at(quarter)) {
            // "first-quarter", "1er trimestre", "q1": what the token starts with.
            qsizetype end = 0;
            while (end < written.size() && written.at(end) != u' ' && written.at(end) != u'-')
                ++end;
            m_quarterStarts.append({written.left(end), int(quarter + 1)});
            m_quarterPhrases.append({written, int(quarter + 1)});
        }
    }
    std::stable_sort(m_quarterStarts.begin(), m_quarterStarts.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    // "trois premiers mois" and "trois derniers mois" start alike: a whole way of writing a quarter,
    // the longest first, decides before a first word does.
    std::stable_sort(m_quarterPhrases.begin(), m_quarterPhrases.end(), [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    for (int cue = 0; cue < int(Cue::Count); ++cue) {
        for (const QStringList &phrase : profile.phrases[cue]) {
            QList<Phrase> &list = m_byFirstWord[phrase.constFirst()];
            // Both languages know "consensus": one match, not two.
            if (std::any_of(list.cbegin(), list.cend(), [&](const Phrase &p) { return p.cue == Cue(cue) && p.words == phrase; }))
                continue;
            list.append(Phrase{phrase, Cue(cue)});
            // "de l'année": no space after an elided word.
            QString text;
            for (const QString &word : phrase)
                text += (text.isEmpty() || text.endsWith(u'\'') ? QString() : u" "_s) + word;
            m_phraseTexts[cue].insert(text);
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
    // Most words of news text are plain ASCII, whose case folding is lower case: written a unit
    // at a time into one string rather than copied, scanned and folded, then scanned for ’.
    QString folded(word.size(), Qt::Uninitialized);
    QChar *written = folded.data();
    for (const QChar c : word) {
        const char16_t unit = c.unicode();
        if (unit >= 0x80) {
            folded = word.toString().toCaseFolded();
            folded.replace(u'\u2019', u'\'');
            return folded;
        }
        *written++ = (unit >= u'A' && unit <= u'Z') ? QChar(unit + 32) : c;
    }
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
            if (isLookedUp(phrase.cue) || i + length > words.size() || (longest > 0 && length < longest))
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

namespace Recoupe {

QString LanguageKnowledge::currency(const QString &foldedWritten) const
{
    return m_currencies.value(foldedWritten);
}

QString LanguageKnowledge::hedgeKey(QStringView written)
{
    QString key = fold(written);
    for (QChar &c : key) {
        if (c == u'-' || c == u'\u00a0' || c == u'\u202f')
            c = u' ';
    }
    return key.simplified();
}

namespace {
// phrase is key, or the words key starts with ("estimés" in "estimés à"; "jusqu'" ends a word).
bool startsWithWords(const QString &key, const QString &phrase)
{
    return key.startsWith(phrase) && (key.size() == phrase.size() || key.at(phrase.size()) == u' ' || phrase.endsWith(u'\''));
}
} // namespace

Qualifier LanguageKnowledge::hedgeBound(QStringView written) const
{
    const QString key = hedgeKey(written);
    for (const HedgePhrase &hedge : m_hedges) {
        if (startsWithWords(key, hedge.text))
            return hedge.bound;
    }
    return Qualifier::Approx;
}

bool LanguageKnowledge::isTrailingHedge(QStringView written) const
{
    const QString key = hedgeKey(written);
    return std::any_of(m_hedges.cbegin(), m_hedges.cend(), [&key](const HedgePhrase &hedge) { return hedge.trailing && startsWithWords(key, hedge.text); });
}

bool LanguageKnowledge::isRangeWord(RangeWord kind, const QString &foldedWord) const
{
    return m_rangeWords[int(kind)].contains(foldedWord);
}

bool LanguageKnowledge::isFigureGlue(QStringView word) const
{
    return m_figureGlue.contains(fold(word));
}

bool LanguageKnowledge::startsPhrase(Cue cue, const QList<FoldedWord> &words, qsizetype index) const
{
    const auto found = m_byFirstWord.constFind(words.at(index).text);
    if (found == m_byFirstWord.cend())
        return false;
    return std::any_of(found->cbegin(), found->cend(), [&](const Phrase &phrase) {
        if (phrase.cue != cue || index + phrase.words.size() > words.size())
            return false;
        for (qsizetype w = 1; w < phrase.words.size(); ++w) {
            if (words.at(index + w).text != phrase.words.at(w))
                return false;
        }
        return true;
    });
}

bool LanguageKnowledge::isPhrase(Cue cue, const QString &foldedText) const
{
    return m_phraseTexts[int(cue)].contains(foldedText);
}

bool LanguageKnowledge::mentionsJobs(QStringView text) const
{
    return std::any_of(m_jobStems.cbegin(), m_jobStems.cend(), [text](const QString &stem) { return text.contains(stem, Qt::CaseInsensitive); });
}

const UnitWord *LanguageKnowledge::unit(const QString &foldedWritten) const
{
    const auto found = m_units.constFind(foldedWritten);
    return found == m_units.cend() ? nullptr : &*found;
}

QString LanguageKnowledge::guessLanguage(QStringView text) const
{
    QString best;
    qsizetype bestCount = -1;
    for (const LanguageProfile &profile : m_profiles) {
        qsizetype count = 0;
        for (const QString &word : profile.commonWords)
            count += text.count(QString(u' ' + word + u' '));
        if (count > bestCount) {
            best = profile.language;
            bestCount = count;
        }
    }
    return best;
}

bool LanguageKnowledge::isAbbreviation(QStringView word) const
{
    // Asked at the end of every sentence, whose last word is seldom short.
    return word.size() <= m_longestAbbreviation && m_abbreviations.contains(word.toString());
}

int LanguageKnowledge::quarterNumber(const QString &foldedToken) const
{
    for (const auto &[month, quarter] : m_quarterMonths) {
        if (foldedToken.contains(month))
            return quarter;
    }
    for (const auto &[phrase, quarter] : m_quarterPhrases) {
        if (foldedToken.startsWith(phrase))
            return quarter;
    }
    for (const auto &[start, quarter] : m_quarterStarts) {
        if (foldedToken.startsWith(start))
            return quarter;
    }
    return 0;
}

} // namespace Recoupe
