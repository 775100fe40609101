#include "corpus/documentindex.h"

namespace Recoupe {

void DocumentIndex::build(const QList<Document> &documents) const
{
    m_positions.clear();
    m_positions.reserve(documents.size());
    for (qsizetype i = 0; i < documents.size(); ++i)
        m_positions.insert(documents.at(i).id, i);
    m_data = documents.constData();
    m_size = documents.size();
}

const Document *DocumentIndex::find(const QList<Document> &documents, const QString &id) const
{
    const QMutexLocker locker(&m_mutex);
    if (m_data != documents.constData() || m_size != documents.size())
        build(documents);
    const auto check = [&]() -> const Document * {
        const qsizetype position = m_positions.value(id, -1);
        if (position >= 0 && position < documents.size() && documents.at(position).id == id)
            return &documents.at(position);
        return nullptr;
    };
    if (const Document *found = check())
        return found;
    // A position that names another id: the list was edited in place. Index it again, once.
    if (m_positions.contains(id)) {
        build(documents);
        return check();
    }
    return nullptr;
}

} // namespace Recoupe
