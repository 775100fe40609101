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

// Enough function words to decide: an article's opening gives them within a paragraph or two.
// Counting on to the end of the window only confirmed what these had said (in every article
// of the test corpora), and was half of reading a folder.
constexpr int enoughWords = 64;

// A word of up to five ASCII letters as one number, lower case: comparing words is then one
// integer comparison, which matters when a folder holds thousands of articles.
constexpr quint64 packed(const char *word)
{
    quint64 key = 0;
    for (; *word; ++word)
        key = (key << 8) | quint64(*word);
    return key;
}

enum class Language : quint8 { None, French, English };

// Both lists in one open-addressed table: a looked-up word costs a multiplication and mostly a
// single comparison (every word of an article's opening is looked up).
class FunctionWords
{
public:
    template<std::size_t F, std::size_t E>
    constexpr FunctionWords(const char *const (&french)[F], const char *const (&english)[E])
    {
        static_assert(F + E < Size / 2, "keep the table at most half full");
        for (const char *word : french)
            insert(packed(word), Language::French);
        for (const char *word : english)
            insert(packed(word), Language::English);
    }

    constexpr Language find(quint64 key) const
    {
        for (std::size_t slot = slotOf(key);; slot = (slot + 1) % Size) {
            if (m_keys[slot] == key)
                return m_languages[slot];
            if (m_keys[slot] == 0)
                return Language::None;
        }
    }

private:
    static constexpr std::size_t Size = 128;

    static constexpr std::size_t slotOf(quint64 key)
    {
        return std::size_t((key * 0x9E3779B97F4A7C15ull) >> 57);
    }

    constexpr void insert(quint64 key, Language language)
    {
        std::size_t slot = slotOf(key);
        while (m_keys[slot] != 0)
            slot = (slot + 1) % Size;
        m_keys[slot] = key;
        m_languages[slot] = language;
    }

    std::array<quint64, Size> m_keys{};
    std::array<Language, Size> m_languages{};
};

constexpr FunctionWords functionWords(frenchWords, englishWords);

static_assert(functionWords.find(packed("selon")) == Language::French);
static_assert(functionWords.find(packed("which")) == Language::English);
static_assert(functionWords.find(packed("a")) == Language::None);

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
            switch (functionWords.find(key)) {
            case Language::French:
                ++french;
                break;
            case Language::English:
                ++english;
                break;
            case Language::None:
                break;
            }
            if (french + english == enoughWords)
                break;
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
