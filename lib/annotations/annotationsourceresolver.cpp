#include "annotations/annotationsourceresolver.h"

#include "corpus/articleurl.h"

namespace Recoupe {

AnnotationSourceResolver::AnnotationSourceResolver(const QList<Document> &documents)
{
    for (const Document &document : documents)
        addDocument(document);
}

void AnnotationSourceResolver::addDocument(const Document &document)
{
    removeDocument(document.id);
    m_documents.insert(document.id, Entry{document.url, document.text, document.isLoaded()});
    const QString key = ArticleUrl::comparisonKey(document.url);
    // Two articles that claim the same address (a page saved twice): the one added first keeps
    // it, so that re-reading the other one does not move annotations between them.
    if (!key.isEmpty() && !m_idsByUrlKey.contains(key))
        m_idsByUrlKey.insert(key, document.id);
}

void AnnotationSourceResolver::removeDocument(const QString &documentId)
{
    const auto found = m_documents.constFind(documentId);
    if (found == m_documents.cend())
        return;
    if (m_decodedId == documentId) {
        m_decodedId.clear();
        m_decodedText.clear();
    }
    const QString key = ArticleUrl::comparisonKey(found->url);
    m_documents.erase(found);
    if (key.isEmpty() || m_idsByUrlKey.value(key) != documentId)
        return;
    m_idsByUrlKey.remove(key);
    // Another article with the same address takes over.
    for (auto it = m_documents.cbegin(); it != m_documents.cend(); ++it) {
        if (ArticleUrl::comparisonKey(it->url) == key) {
            m_idsByUrlKey.insert(key, it.key());
            break;
        }
    }
}

void AnnotationSourceResolver::clear()
{
    m_decodedId.clear();
    m_decodedText.clear();
    m_documents.clear();
    m_idsByUrlKey.clear();
}

QString AnnotationSourceResolver::documentFor(const AnnotationTarget &target) const
{
    if (target.documentId.isEmpty() && target.sourceUrl.isEmpty())
        return {};
    if (m_documents.contains(target.documentId))
        return target.documentId;
    // The address the file gave: the source itself when it was one, else the one kept aside.
    const QString address = ArticleUrl::isWebAddress(target.documentId) ? target.documentId : target.sourceUrl;
    const QString key = ArticleUrl::comparisonKey(address);
    return key.isEmpty() ? QString() : m_idsByUrlKey.value(key);
}

bool AnnotationSourceResolver::resolve(AnnotationTarget &target) const
{
    const QString id = documentFor(target);
    if (id.isEmpty())
        return false;
    const Entry &entry = m_documents[id];
    bool changed = false;
    if (target.documentId != id) {
        if (target.sourceUrl.isEmpty() && ArticleUrl::isWebAddress(target.documentId))
            target.sourceUrl = target.documentId;
        target.documentId = id;
        changed = true;
    }
    // The address the file gave stays only while it says more than the article's own: spelled
    // otherwise, it is what the other tool knows the page by.
    if (!target.sourceUrl.isEmpty() && target.sourceUrl == entry.url) {
        target.sourceUrl.clear();
        changed = true;
    }
    if (target.offsetsInCodePoints && entry.loaded) {
        if (m_decodedId != id) {
            m_decodedText = entry.text.toString();
            m_decodedId = id;
        }
        const QString &text = m_decodedText;
        target.start = utf16Offset(text, target.start);
        target.end = utf16Offset(text, target.end);
        target.offsetsInCodePoints = false;
        changed = true;
    }
    return changed;
}

qsizetype AnnotationSourceResolver::resolve(QList<Annotation> &annotations) const
{
    qsizetype changed = 0;
    for (Annotation &annotation : annotations) {
        if (resolve(annotation))
            ++changed;
    }
    return changed;
}

} // namespace Recoupe
