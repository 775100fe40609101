#pragma once

#include "claims/claim.h"
#include "corpus/document.h"

#include <QString>
#include <QStringList>

namespace Recoupe {

// The columns of recoupe-claims-1 as CSV (RFC 4180: CRLF line ends, fields holding a comma, a
// quote or a line break quoted, quotes doubled), with a header row; an empty field for null.
QStringList claimsCsvHeader();
QString claimsToCsv(const ClaimList &claims, const QList<Document> &documents);

} // namespace Recoupe
