#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Recoupe {

// What the class and id attributes of a web page's blocks say about them: chrome (navigation,
// comments, related stories, cookie banner...) or the article's own container. The words are
// data (resources/html/page-chrome.json), read once; matching costs one pass over the attribute.
class PageChromeHints
{
public:
    enum class Hint { None, Chrome, Article };

    // The hints shipped with Recoupe.
    static const PageChromeHints &builtin();

    // Loads a recoupe-page-chrome-1 file; false (and nothing changed) when it is not one.
    bool load(const QByteArray &json);

    // classAndId: the class and id attributes, as written; only their first few hundred bytes
    // are read (names are short; a hostile megabyte-long class must not cost more).
    Hint hintOf(QByteArrayView classAndId) const;

    // "MostRead__box most_read" -> "-most-read-box-most-read-": lower case, camel case and any
    // run of other characters split into words joined by '-', framed by '-'.
    static QByteArray normalizedWords(QByteArrayView classAndId);

private:
    static bool containsAny(const QByteArray &words, const QList<QByteArray> &needles);

    QList<QByteArray> m_chrome;  // "-nav", "-most-read"
    QList<QByteArray> m_article; // "-article", "-story"
};

} // namespace Recoupe
