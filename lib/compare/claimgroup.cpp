#include "compare/claimgroup.h"

#include <algorithm>

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

QString confidenceName(Confidence confidence)
{
    switch (confidence) {
    case Confidence::None:
        return {};
    case Confidence::Low:
        return QStringLiteral("low");
    case Confidence::Medium:
        return QStringLiteral("medium");
    case Confidence::High:
        return QStringLiteral("high");
    }
    return {};
}

Confidence ClaimGroup::confidence() const
{
    Confidence strongest = Confidence::None;
    for (const DiscrepancyReason &reason : reasons) {
        if (reason.isDiscrepancy())
            strongest = std::max(strongest, reason.confidence);
    }
    return strongest;
}

} // namespace Recoupe
