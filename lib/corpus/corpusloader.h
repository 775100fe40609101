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
    // Symbolic links that lead out of the folder are listed as problems, not read: a link to
    // /proc/self or / turned a folder of articles into a walk of the whole system, and a link to
    // /etc/passwd into an "article". True follows them, except into /proc, /sys and /dev, never.
    bool followLinksOutside = false;
};

// Reads a folder of articles: recursive scan (.txt, .md/.markdown, .html/.htm, any case),
// decoding, markup to reading text, title/language/date (DocumentReader), and the user's
// statements from FOLDER/.recoupe/documents.json, which win. Per-file problems never stop the
// rest of the folder; each becomes a Document whose errors say why.
//
// The scan skips hidden entries (.recoupe, .git, dot files). It follows symbolic links that
// stay inside the folder (others are listed as problems unless followLinksOutside, and /proc,
// /sys, /dev never), links to folders after every real folder is listed, and reports instead of following a link that
// leads back to one of its ancestors (a loop) or to a folder listed already; links to files are
// read like files, and broken or looping ones reported. Nothing but regular files is opened:
// a named pipe would block the reader forever. Files are read in parallel on the global
// thread pool; the result does not depend on it (documents sorted by id).
class CorpusLoader
{
public:
    // Blocking; for the CLI, tests, and worker threads.
    static Corpus load(const QString &folder, const CorpusLoadOptions &options = {});

    // For QtConcurrent::run(&CorpusLoader::loadWithPromise, folder, options): sets a progress
    // range (the number of files) once the folder is listed, then a value and a text
    // ("Reading a.txt") per file read; polls isCanceled() while listing and before each file,
    // and stops early when it is. It adds one result, the Corpus (canceled = true and only the
    // documents read so far when canceled; QFuture drops results added after cancel(), so a
    // watcher sees a canceled future and no result).
    static void loadWithPromise(QPromise<Corpus> &promise, const QString &folder, const CorpusLoadOptions &options);
};

} // namespace Recoupe
