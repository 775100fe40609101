#pragma once

#include "corpus/document.h"

#include <QString>

namespace Recoupe {

// Everything a saved web page shows, its chrome included (navigation, "most read", comments,
// footer): what View > Show Whole Page displays beside the article that Recoupe reads. Read
// again from the file when asked for, so that a folder of pages keeps only their articles in
// memory. Never read for claims.
class WholePageText
{
public:
    // The page's whole text; the document's reading text for a file that is not HTML, or when
    // the file can no longer be read as it was (then error says why).
    static QString read(const Document &document, QString *error = nullptr);

    // Whether the document is a web page whose article was taken out of a larger page.
    static bool isAvailable(const Document &document);
};

} // namespace Recoupe
