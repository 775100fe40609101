#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Recoupe {

// What a sentence is about, reduced to terms that compare across French and English: numbers
// by value ("62 milliards" = "62 billion" = 6.2e10), names, and content words folded (case,
// accents) and stemmed so that cognates meet ("investissement", "investment" → "invest"), with a
// small table for the common words that are not cognates ("données" → "data").
struct TextTerm {
    enum class Kind { Number, Year, Name, Word };
    Kind kind = Kind::Word;
    QString key;            // "#6.2e+10", "#2025", "@meta", "invest"
    QString surface;        // as written: "62 milliards", "Meta", "investir"
    qsizetype position = 0; // offset in the text given to terms()
    bool operator==(const TextTerm &) const = default;
};

// A number or a word as terms() cuts the text: [start, end) in the text given.
struct TextToken {
    qsizetype start = 0;
    qsizetype end = 0;
    bool number = false;
    bool operator==(const TextToken &) const = default;
};

class TextFeatures
{
public:
    // The numbers ("1 300 000", "48,4", "2025") and words ("États-Unis") of text, in order.
    // terms() reads the same tokens without making a list.
    static QList<TextToken> tokens(QStringView text);

    // Terms in text order; stop words are dropped. language ("fr", "en", empty) decides how
    // "1,300" reads: 1.3 in French, 1300 in English.
    // words: WordSurfaces::Dropped leaves the surface of words and names empty (numbers keep
    // theirs), for callers that only compare keys: one string less per word of a large folder.
    enum class WordSurfaces { Kept, Dropped };
    static QList<TextTerm> terms(QStringView text, const QString &language, WordSurfaces words = WordSurfaces::Kept);

    // Lower case, accents and ligatures removed: "Société" → "societe", "œuvre" → "oeuvre".
    static QString fold(QStringView word);
    // The comparison key of a folded word: its FR/EN concept when the table has one, else a
    // light stem (plural and inflection endings off, at most six letters); empty for stop words.
    static QString stem(const QString &folded);
    // The light stem alone, for a word that is neither a stop word nor in the concept table.
    static QString stemUnknown(const QString &folded);
    // "1,3" (fr) → 1.3, "1,300" (en) → 1300, "1 300" → 1300, "48.4" → 48.4.
    static std::optional<double> parseNumber(QStringView digits, const QString &language);
};

} // namespace Recoupe
