#include "corpus/wholepagetext.h"

#include "corpus/boundedread.h"
#include "corpus/corpusloader.h"
#include "corpus/htmlreader.h"
#include "corpus/textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Recoupe {

bool WholePageText::isAvailable(const Document &document)
{
    return document.format == DocumentFormat::Html && document.isLoaded();
}

QString WholePageText::read(const Document &document, QString *error)
{
    if (!isAvailable(document))
        return document.text.toString();
    const auto failed = [&](const QString &why) {
        if (error)
            *error = why;
        return document.text.toString();
    };
    // The same limits as when the folder was read: a regular file, no larger than an article may be.
    const QFileInfo info(document.absolutePath);
    if (!info.isFile() || info.size() > CorpusLoadOptions().maxFileBytes)
        return failed(QCoreApplication::translate("Recoupe::WholePageText", "The file is no longer a page that can be read."));
    QFile file(document.absolutePath);
    if (!file.open(QIODevice::ReadOnly))
        return failed(QCoreApplication::translate("Recoupe::WholePageText", "The file cannot be read: %1.").arg(file.errorString()));
    const QByteArray bytes = readBounded(file, info.size(), CorpusLoadOptions().maxFileBytes);
    if (bytes.size() > CorpusLoadOptions().maxFileBytes)
        return failed(QCoreApplication::translate("Recoupe::WholePageText", "The file is no longer a page that can be read."));
    DecodedText decoded = TextDecoder::decode(bytes);
    if (decoded.problem != DecodedText::Problem::None)
        return failed(QCoreApplication::translate("Recoupe::WholePageText", "The file cannot be decoded any more."));
    if (decoded.utf8Offset == 0)
        return HtmlReader::wholePageText(bytes);
    return HtmlReader::wholePageText(decoded.utf8Offset > 0 ? bytes.sliced(decoded.utf8Offset) : decoded.text.toUtf8());
}

} // namespace Recoupe
