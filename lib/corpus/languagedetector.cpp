#include "corpus/languagedetector.h"

#include <algorithm>
#include <array>

namespace Recoupe {

namespace {

using namespace Qt::StringLiterals;

// Frequent function words that the other language almost never uses. "a" is left out of
// English on purpose: "il a" makes it one of the most frequent words of French news text.
// "on" and "son" are left out of both for the same reason.
constexpr const char *frenchWords[] = {
    "le", "la", "les", "des", "est", "et", "une", "du", "de", "un", "au", "aux", "pour", "dans",
    "que", "qui", "sur", "avec", "pas", "il", "elle", "ses", "ces", "en", "sont", "ont", "mais", "selon",
};
constexpr const char *englishWords[] = {
    "the", "and", "of", "is", "to", "in", "that", "for", "with", "was", "are", "it", "its", "by",
    "from", "this", "be", "has", "have", "will", "said", "which",
};

constexpr qsizetype maxWordLength = 5;

// A word of up to five ASCII letters as one number, lower case: comparing words is then one
// integer comparison, which matters when a folder holds thousands of articles.
constexpr quint64 packed(const char *word)
{
    quint64 key = 0;
    for (; *word; ++word)
        key = (key << 8) | quint64(*word);
    return key;
}

// Sorted, for a binary search: every word of an article's first thousands of characters is
// looked up (a linear search of both lists was half of reading a folder).
template<std::size_t N>
constexpr std::array<quint64, N> packedAll(const char *const (&words)[N])
{
    std::array<quint64, N> keys{};
    for (std::size_t i = 0; i < N; ++i)
        keys[i] = packed(words[i]);
    std::sort(keys.begin(), keys.end());
    return keys;
}

constexpr auto frenchKeys = packedAll(frenchWords);
constexpr auto englishKeys = packedAll(englishWords);

} // namespace

QString LanguageDetector::fromLanguageTag(QStringView tag)
{
    tag = tag.trimmed();
    qsizetype length = 0;
    while (length < tag.size() && tag[length] != u'-' && tag[length] != u'_')
        ++length;
    const QStringView primary = tag.first(length);
    if (primary.size() < 2 || primary.size() > 3)
        return {};
    const bool letters = std::all_of(primary.begin(), primary.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    });
    return letters ? primary.toString().toLower() : QString();
}

QString LanguageDetector::fromText(QStringView text)
{
    // A few thousand characters hold hundreds of function words: plenty to decide.
    text = text.first(std::min<qsizetype>(text.size(), 8000));
    int french = 0;
    int english = 0;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!text[i].isLetter()) {
            ++i;
            continue;
        }
        // Every listed word is short and plain ASCII: anything else is only stepped over.
        quint64 key = 0;
        qsizetype end = i;
        bool candidate = true;
        for (; end < n && text[end].isLetter(); ++end) {
            const char16_t c = text[end].unicode();
            if (end - i >= maxWordLength || c > u'z' || (c > u'Z' && c < u'a')) {
                candidate = false;
                continue;
            }
            key = (key << 8) | quint64(c | 0x20); // ASCII letters: | 0x20 is lower case
        }
        if (candidate) {
            if (std::binary_search(frenchKeys.begin(), frenchKeys.end(), key))
                ++french;
            else if (std::binary_search(englishKeys.begin(), englishKeys.end(), key))
                ++english;
        }
        i = end;
    }
    if (french + english < 3)
        return {};
    if (french > 2 * english)
        return u"fr"_s;
    if (english > 2 * french)
        return u"en"_s;
    return {};
}

} // namespace Recoupe
