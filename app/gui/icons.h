#pragma once

#include <QIcon>
#include <QString>

namespace Recoupe::Icons {

// The desktop theme's icon when it has one (Breeze on Plasma), else Recoupe's own drawing of it
// from :/icons/NAME.svg, so that the window looks finished on any desktop.
QIcon themed(const QString &themeName);
// One of Recoupe's own icons (:/icons/NAME.svg), for what no icon theme names.
QIcon own(const QString &name);
QIcon application();
// The icon that tells where a document's date comes from ("metadata", "text", "user", "inferred").
QIcon dateSource(const QString &dateSource);
// The icon of a claim group's verdict ("agree", "discrepancy", "revised", "single").
QIcon verdict(const QString &verdict);

} // namespace Recoupe::Icons
