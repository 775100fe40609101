#pragma once

#include "corpus/corpus.h"

#include <QPromise>
#include <QString>

namespace Recoupe {

struct CorpusLoadOptions {
    // Larger files are reported, not read: a news article is a few hundred kilobytes at most,
    // and a multi-gigabyte log dropped in the folder must not exhaust memory.
    qint64 maxFileBytes = 16 * 1024 * 1024;
    // Directory depth guard against pathological trees (symlink loops are detected separately).
    int maxDepth = 32;
};

// Reads a folder of articles: recursive scan (.txt, .md/.markdown, .html/.htm), decoding, markup
// to reading text, title/language/date, and the user's statements from FOLDER/.recoupe/documents.json.
// Per-file problems never stop the rest of the folder.
class CorpusLoader
{
public:
    // Blocking; for the CLI, tests, and worker threads.
    static Corpus load(const QString &folder, const CorpusLoadOptions &options = {});

    // For QtConcurrent::run(&CorpusLoader::loadWithPromise, folder, options): sets a progress
    // range and value per file and its text ("Reading a.txt"), polls isCanceled() between files
    // (a canceled load returns the documents read so far with canceled = true), adds one result.
    static void loadWithPromise(QPromise<Corpus> &promise, const QString &folder, const CorpusLoadOptions &options);
};

} // namespace Recoupe
