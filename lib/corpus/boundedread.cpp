#include "corpus/boundedread.h"

#include <algorithm>

namespace Recoupe {

QByteArray readBounded(QIODevice &device, qint64 expectedSize, qint64 maxBytes)
{
    QByteArray bytes = device.read(std::clamp<qint64>(expectedSize, 0, maxBytes) + 1);
    if (bytes.size() <= expectedSize)
        return bytes;
    constexpr qint64 piece = 64 * 1024;
    while (bytes.size() <= maxBytes) {
        const QByteArray more = device.read(std::min(piece, maxBytes + 1 - bytes.size()));
        if (more.isEmpty())
            break;
        bytes += more;
    }
    return bytes;
}

} // namespace Recoupe
