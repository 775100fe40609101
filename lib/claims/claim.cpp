#include "claims/claim.h"

#include <array>

namespace Recoupe {

namespace {
struct QualifierName {
    Qualifier qualifier;
    QLatin1StringView name;
};
constexpr std::array qualifierNames{
    QualifierName{Qualifier::Exact, QLatin1StringView("exact")},
    QualifierName{Qualifier::Approx, QLatin1StringView("approx")},
    QualifierName{Qualifier::AtLeast, QLatin1StringView("at_least")},
    QualifierName{Qualifier::AtMost, QLatin1StringView("at_most")},
    QualifierName{Qualifier::Range, QLatin1StringView("range")},
};
} // namespace

bool Claim::splitId(const QString &id, QString *document, int *number)
{
    const qsizetype hash = id.lastIndexOf(u'#');
    bool ok = false;
    const int n = hash > 0 ? id.sliced(hash + 1).toInt(&ok) : 0;
    if (!ok || n < 1)
        return false;
    if (document)
        *document = id.first(hash);
    if (number)
        *number = n;
    return true;
}

QString qualifierName(Qualifier qualifier)
{
    for (const auto &entry : qualifierNames) {
        if (entry.qualifier == qualifier)
            return entry.name;
    }
    return {};
}

Qualifier qualifierFromName(const QString &name, bool *ok)
{
    for (const auto &entry : qualifierNames) {
        if (name == entry.name) {
            if (ok)
                *ok = true;
            return entry.qualifier;
        }
    }
    if (ok)
        *ok = false;
    return Qualifier::Exact;
}

} // namespace Recoupe
