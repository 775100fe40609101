#pragma once

#include "corpus/document.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace Recoupe {

// One entry of the "documents" array of recoupe-claims-1 (DESIGN.md):
// {"id", "path", "title", "language", "date", "dateSource", "encoding", "errors": [...]}, with
// JSON null for an unknown title, language, date, dateSource or encoding, and "url" (the
// article's canonical web address) only when it is known, "extraction" ("pdf") and "pageStarts"
// (the offset where each page of a PDF begins in the reading text) only for a PDF.
QJsonObject documentToJson(const Document &document);
QJsonArray documentsToJson(const QList<Document> &documents);

} // namespace Recoupe
