#pragma once

#include "claims/languageprofile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
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
    // Every embedded profile (English and French).
    static LanguageKnowledge builtin();
    void add(const LanguageProfile &profile);

    const LanguageProfile *profile(const QString &language) const;

    // The words of text[from, to): letters, digits and inner hyphens; "l'" and "d'" are words of
    // their own (French elision), "street's" is one word.
    static QList<FoldedWord> words(QStringView text, qsizetype from, qsizetype to);
    static QString fold(QStringView word);

    // Every cue phrase among words, in order of position (longest first at one position).
    QList<CueMatch> cues(const QList<FoldedWord> &words) const;
    // Whether one folded word is a one-word cue of that kind.
    bool isWord(Cue cue, const QString &foldedWord) const;
    // A number word ("four", "quatre"), -1 when it is none.
    double numberWord(const QString &foldedWord) const;
    // A magnitude ("milliards") in a language (French "billion" is 1e12), 0 when it is none.
    double magnitude(const QString &foldedWord, const QString &language) const;

private:
    struct Phrase {
        QStringList words;
        Cue cue;
    };
    QList<LanguageProfile> m_profiles;
    QHash<QString, QList<Phrase>> m_byFirstWord;
};

} // namespace Recoupe
