#include "claims/internedstring.h"

#include <QJsonValue>
#include <QReadWriteLock>
#include <QVariant>

#include <unordered_set>

namespace Recoupe {

namespace {

struct QStringHash {
    size_t operator()(const QString &string) const noexcept { return qHash(string); }
};

// A node-based set: its elements never move, so the pointers handed out stay valid.
struct Pool {
    QReadWriteLock lock;
    std::unordered_set<QString, QStringHash> strings;
};

Pool &pool()
{
    static Pool instance;
    return instance;
}

} // namespace

const QString *InternedString::intern(const QString &string)
{
    if (string.isEmpty())
        return nullptr;
    Pool &strings = pool();
    {
        QReadLocker reading(&strings.lock);
        if (const auto it = strings.strings.find(string); it != strings.strings.end())
            return &*it;
    }
    QWriteLocker writing(&strings.lock);
    // The copy shares the caller's characters, unless they sit in a buffer far larger than the
    // string (a piece cut from a whole text) that the pool would keep alive for ever.
    QString kept = string.capacity() > 2 * string.size() + 16 ? QString(string.constData(), string.size()) : string;
    return &*strings.strings.insert(std::move(kept)).first;
}

InternedString::operator QVariant() const
{
    return toString();
}

InternedString::operator QJsonValue() const
{
    return toString();
}

const QString &InternedString::empty()
{
    static const QString nothing;
    return nothing;
}

} // namespace Recoupe
