#include "corpus/corpus.h"

#include <algorithm>

namespace Recoupe {

qsizetype Corpus::loadedCount() const
{
    return std::count_if(documents.cbegin(), documents.cend(), [](const Document &d) { return d.isLoaded(); });
}

qsizetype Corpus::problemCount() const
{
    return documents.size() - loadedCount();
}

const Document *Corpus::document(const QString &id) const
{
    return m_index.find(documents, id);
}

} // namespace Recoupe
