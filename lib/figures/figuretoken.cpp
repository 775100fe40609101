#include "figures/figuretoken.h"

#include <array>

namespace Recoupe {

namespace {
struct KindName {
    FigureKind kind;
    QLatin1StringView name;
};

using namespace Qt::StringLiterals;

// Must match the itemData names of resources/syntax/recoupe-figures.xml (tests/figures checks it).
constexpr std::array kindNames{
    KindName{FigureKind::Number, "Number"_L1},
    KindName{FigureKind::Year, "Year"_L1},
    KindName{FigureKind::Date, "Date"_L1},
    KindName{FigureKind::Magnitude, "Magnitude"_L1},
    KindName{FigureKind::Currency, "Currency"_L1},
    KindName{FigureKind::Percent, "Percent"_L1},
    KindName{FigureKind::Unit, "Unit"_L1},
    KindName{FigureKind::Hedge, "Hedge"_L1},
    KindName{FigureKind::Range, "Range"_L1},
    KindName{FigureKind::Comparison, "Comparison"_L1},
    KindName{FigureKind::Entity, "Entity"_L1},
    KindName{FigureKind::Anaphor, "Anaphor"_L1},
    KindName{FigureKind::CapexCue, "Capex Cue"_L1},
    KindName{FigureKind::RevenueCue, "Revenue Cue"_L1},
    KindName{FigureKind::NetIncomeCue, "Net Income Cue"_L1},
    KindName{FigureKind::OtherMoneyCue, "Other Money Cue"_L1},
    KindName{FigureKind::StockCue, "Stock Cue"_L1},
    KindName{FigureKind::Quarter, "Quarter"_L1},
    KindName{FigureKind::FiscalYear, "Fiscal Year"_L1},
    KindName{FigureKind::RelativePeriod, "Relative Period"_L1},
    KindName{FigureKind::PeriodUntil, "Period Until"_L1},
};
} // namespace

QString figureKindName(FigureKind kind)
{
    for (const auto &entry : kindNames) {
        if (entry.kind == kind)
            return entry.name;
    }
    return {};
}

bool figureKindFromFormatName(QStringView name, FigureKind *kind)
{
    for (const auto &entry : kindNames) {
        if (name == entry.name) {
            *kind = entry.kind;
            return true;
        }
    }
    return false;
}

} // namespace Recoupe
