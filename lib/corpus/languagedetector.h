#pragma once

#include <QString>
#include <QStringView>

namespace Recoupe {

// The language of an article: "fr", "en", or empty when it cannot tell.
class LanguageDetector
{
public:
    // A declared language tag ("fr-FR", "en_US", "FR"): its primary subtag, lower case; empty
    // when the tag is not a language.
    static QString fromLanguageTag(QStringView tag);

    // Counts the most frequent short words of French and English in the article's opening (the
    // first 64 of them, within its first 8,000 characters); a clear majority decides.
    static QString fromText(QStringView text);
};

} // namespace Recoupe
