#include "corpus/documenttexts.h"

namespace Recoupe {

DocumentTexts::DocumentTexts(const QList<Document> &documents)
    : m_documents(documents)
{
    m_index.reserve(documents.size());
    for (qsizetype i = 0; i < documents.size(); ++i)
        m_index.insert(documents.at(i).id, i);
}

const Document *DocumentTexts::document(const QString &documentId) const
{
    const auto it = m_index.constFind(documentId);
    return it == m_index.cend() ? nullptr : &m_documents.at(*it);
}

const QString &DocumentTexts::text(const QString &documentId) const
{
    if (!m_haveLast || documentId != m_lastId) {
        const Document *document = this->document(documentId);
        m_lastText = document ? document->text.toString() : QString();
        m_lastId = documentId;
        m_haveLast = true;
    }
    return m_lastText;
}

} // namespace Recoupe
