#pragma once

#include "claims/languageprofile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

namespace Recoupe {

// A cue phrase found in a text: the words [start, end) of the text.
struct CueMatch {
    qsizetype start = 0;
    qsizetype end = 0;
    Cue cue = Cue::Rise;
};

// A word of a text, folded (lower case, ’ read as ').
struct FoldedWord {
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
};

// The profiles of every language the parser reads, together: articles mix languages (an English
// company name in a French sentence, a quoted English phrase), and a cue of either is a cue.
// Words are looked up by their first folded word in one hash, so finding every cue of a clause
// costs one lookup per word: linear in the text. Immutable once built; shared by threads.
class LanguageKnowledge
{
    Q_DECLARE_TR_FUNCTIONS(Recoupe::LanguageKnowledge)

public:
    // Every embedded profile (resources/languages/*.json: English and French), in file-name order.
    static LanguageKnowledge builtin();
    void add(const LanguageProfile &profile);

    const LanguageProfile *profile(const QString &language) const;

    // The words of text[from, to): letters, digits and inner hyphens; "l'" and "d'" are words of
    // their own (French elision), "street's" is one word.
    static QList<FoldedWord> words(QStringView text, qsizetype from, qsizetype to);
    static QString fold(QStringView word);

    // Every cue phrase among words, in order of position (longest first at one position); the
    // kinds from Cue::PastPeriod on are not cues of running text and are left out.
    QList<CueMatch> cues(const QList<FoldedWord> &words) const;
    // Whether one folded word is a one-word cue of that kind.
    bool isWord(Cue cue, const QString &foldedWord) const;
    static bool isLookedUp(Cue cue) { return cue >= Cue::PastPeriod; }
    // Whether a phrase of that kind starts at words[index].
    bool startsPhrase(Cue cue, const QList<FoldedWord> &words, qsizetype index) const;
    // Whether a folded text ("de l'année", "from the"; spaces simplified) is a phrase of that kind.
    bool isPhrase(Cue cue, const QString &foldedText) const;
    // A number word ("four", "quatre"), -1 when it is none.
    double numberWord(const QString &foldedWord) const;
    // A magnitude ("milliards") in a language (French "billion" is 1e12), 0 when it is none.
    double magnitude(const QString &foldedWord, const QString &language) const;
    // The ISO code of a currency as written ("dollars américains", "$", "eur"), folded; empty when none.
    QString currency(const QString &foldedWritten) const;

    // A hedge as the lexicon marks it ("pas plus de", "au-delà du", "estimés"): folded, hyphens
    // and no-break spaces read as spaces, spaces simplified.
    static QString hedgeKey(QStringView written);
    // The bound a hedge sets: the longest hedge phrase it starts with, whole words; Approx when none.
    Qualifier hedgeBound(QStringView written) const;
    // Whether a hedge is one that follows its figure ("estimés", "or more", "au maximum").
    bool isTrailingHedge(QStringView written) const;

    bool isRangeWord(RangeWord kind, const QString &foldedWord) const;
    // A word that may stand between a count and its unit ("de", "weekly", "H100"), any case.
    bool isFigureGlue(QStringView word) const;
    // What a unit as written counts ("mégawatts"), folded; nullptr when the profiles do not know it.
    const UnitWord *unit(const QString &foldedWritten) const;
    // Whether a text speaks of jobs (a stem of the profiles in it, any case): "personnes" counted
    // there are staff, not users.
    bool mentionsJobs(QStringView text) const;
    // The language of a text whose language is not stated: the one whose common words it holds
    // most (the first profile on a tie).
    QString guessLanguage(QStringView text) const;
    // A word after which a dot ends no sentence, as written ("Inc", not "inc").
    bool isAbbreviation(QStringView word) const;
    // The quarter (1 to 4) a Quarter token names: by the first month of a range ("avril-juin",
    // "between July and September"), else by how it starts ("troisième", "Q3", "3e"); 0 when none.
    int quarterNumber(const QString &foldedToken) const;

private:
    struct Phrase {
        QStringList words;
        Cue cue;
    };
    QList<LanguageProfile> m_profiles;
    QHash<QString, QList<Phrase>> m_byFirstWord;
    QHash<QString, QString> m_currencies;
    QList<HedgePhrase> m_hedges;                  // longest first
    QSet<QString> m_rangeWords[3];
    QSet<QString> m_figureGlue;                   // folded
    QHash<QString, UnitWord> m_units;
    QSet<QString> m_phraseTexts[int(Cue::Count)]; // each phrase as one text, for isPhrase()
    QStringList m_jobStems;
    QSet<QString> m_abbreviations;
    qsizetype m_longestAbbreviation = 0; // a longer word is none, and is not looked up
    QList<std::pair<QString, int>> m_quarterMonths; // the first month of each quarter, folded
    QList<std::pair<QString, int>> m_quarterStarts; // the first word of each way of writing a quarter
    QList<std::pair<QString, int>> m_quarterPhrases; // each way of writing a quarter, folded, longest first
};

} // namespace Recoupe
