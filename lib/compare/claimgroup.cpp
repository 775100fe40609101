#include "compare/claimgroup.h"

namespace Recoupe {

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Agree:
        return QStringLiteral("agree");
    case Verdict::Discrepancy:
        return QStringLiteral("discrepancy");
    case Verdict::Revised:
        return QStringLiteral("revised");
    case Verdict::Single:
        return QStringLiteral("single");
    }
    return {};
}

} // namespace Recoupe
