#pragma once

#include "corpus/corpusloader.h"
#include "corpus/document.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Recoupe {

// Reads one article: checks what the path is before opening it (a pipe would block, a device
// never ends), decodes it, reduces markup to reading text and finds its title, language and
// date. Problems become Document::errors, in the UI language; nothing is thrown.
class DocumentReader
{
public:
    static Document read(const QString &absolutePath, const QString &id, const CorpusLoadOptions &options = {});

    // The same from bytes already in memory; the format comes from the id's extension.
    static Document fromBytes(const QByteArray &bytes, const QString &id);

    // .txt, .md/.markdown, .html/.htm, .pdf, in any case; nothing for other files.
    static std::optional<DocumentFormat> formatForFileName(const QString &fileName);

    // What is wrong with a symbolic link: a loop or a missing target; empty when it leads to
    // something that exists.
    static QString symbolicLinkProblem(const QString &absolutePath);

    // A title from the first line of text that holds words, shortened to a few dozen words.
    static QString titleFromFirstLine(QStringView text);

private:
    // A PDF's text layer (PdfReader), with its pages' places in the reading text.
    static Document fromPdf(const QByteArray &bytes, Document document);
};

} // namespace Recoupe
