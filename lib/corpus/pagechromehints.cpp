#include "corpus/pagechromehints.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtGlobal>

namespace Recoupe {

namespace {

using namespace Qt::StringLiterals;

// Class names are short; what lies beyond this is not a name anyone chose for a block.
constexpr qsizetype maxAttributeBytes = 512;

bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

} // namespace

const PageChromeHints &PageChromeHints::builtin()
{
    // Immutable once built; C++ makes its first initialisation thread-safe.
    static const PageChromeHints hints = [] {
        PageChromeHints loaded;
        QFile file(u":/recoupe/html/page-chrome.json"_s);
        if (!file.open(QIODevice::ReadOnly) || !loaded.load(file.readAll()))
            qWarning("page-chrome.json: not a recoupe-page-chrome-1 file");
        return loaded;
    }();
    return hints;
}

bool PageChromeHints::load(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    if (object.value("format"_L1).toString() != "recoupe-page-chrome-1"_L1)
        return false;
    PageChromeHints result;
    const auto add = [](QList<QByteArray> &into, const QJsonValue &list, bool wholeWord) {
        for (const QJsonValue &value : list.toArray()) {
            QByteArray words = normalizedWords(value.toString().toUtf8());
            if (words.size() <= 2)
                continue;
            if (!wholeWord)
                words.chop(1); // a prefix: "-most-read" also matches "-most-reads-"
            into.append(words);
        }
    };
    add(result.m_chrome, object.value("chromePrefixes"_L1), false);
    add(result.m_chrome, object.value("chromeWords"_L1), true);
    add(result.m_article, object.value("articlePrefixes"_L1), false);
    *this = std::move(result);
    return true;
}

QByteArray PageChromeHints::normalizedWords(QByteArrayView classAndId)
{
    const QByteArrayView text = classAndId.first(std::min(classAndId.size(), maxAttributeBytes));
    QByteArray words;
    words.reserve(text.size() + 2);
    words.append('-');
    char previous = 0;
    for (const char c : text) {
        if (isLower(c) || isDigit(c)) {
            words.append(c);
        } else if (isUpper(c)) {
            if (isLower(previous) && words.back() != '-')
                words.append('-'); // "mostRead" -> "most-read"
            words.append(char(c - 'A' + 'a'));
        } else if (words.back() != '-') {
            words.append('-');
        }
        previous = c;
    }
    if (words.back() != '-')
        words.append('-');
    return words;
}

bool PageChromeHints::containsAny(const QByteArray &words, const QList<QByteArray> &needles)
{
    for (const QByteArray &needle : needles) {
        if (words.contains(needle))
            return true;
    }
    return false;
}

PageChromeHints::Hint PageChromeHints::hintOf(QByteArrayView classAndId) const
{
    if (classAndId.isEmpty())
        return Hint::None;
    const QByteArray words = normalizedWords(classAndId);
    if (containsAny(words, m_chrome))
        return Hint::Chrome;
    if (containsAny(words, m_article))
        return Hint::Article;
    return Hint::None;
}

} // namespace Recoupe
