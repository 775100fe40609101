#pragma once

#include "figures/entitycatalog.h"

#include <QtGlobal>

#include <memory>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Recoupe {

class FigureLexer;

// Lexers made ahead of time and kept between extractions. Making one is dear: a
// KSyntaxHighlighting::Repository (the index of every bundled definition), the lexicon read,
// then each of its regular expressions compiled the first time a rule is tried. For the
// workers of one extraction of 2,000 articles that was 4 % of the instructions of opening them,
// paid again by every reload. Keeping one costs about 3 MB: only the window, which reads folders
// again and again, keeps them (setKeeping(), prepare()); recoupe-cli extracts once and does not.
// A lexer lent out is used by one thread at a time; the threads change, the Repository has no
// thread affinity (FigureLexer's "Threads").
class FigureLexerPool
{
public:
    // A lexer (kept or new) set to a catalog, given back to the pool when the lease ends.
    class Lease
    {
    public:
        struct Entry; // a lexer and its Repository (opaque)
        ~Lease();
        Lease(Lease &&other) noexcept;
        Lease &operator=(Lease &&) = delete;
        FigureLexer &lexer() const;

    private:
        friend class FigureLexerPool;
        explicit Lease(std::unique_ptr<Entry> entry);
        std::unique_ptr<Entry> m_entry;
    };

    // A kept lexer if there is one; else, while prepare()'s lexers are being made on other
    // threads, the first of them once made (a folder opened as the window starts); else a new one.
    static Lease take(const EntityCatalog &catalog);

    // Whether lexers given back are kept (off until set): else they go with their lease.
    static void setKeeping(bool keep);
    static bool isKeeping();

    // Keeps lexers from now on, and makes them on the global thread pool until as many are kept
    // as it has threads, each run over a short text that goes through the lexicon's rules so
    // that their expressions are compiled. Returns at once: called when the window starts,
    // before a folder is read.
    static void prepare();

    // Compiles the lexicon's expressions in repository (they belong to its copy of the
    // definition), on the caller's thread: the reading panes' Repository, on the GUI thread,
    // before the first article is highlighted.
    static void warmUp(KSyntaxHighlighting::Repository &repository);

    static qsizetype keptCount();
    // How many of prepare()'s lexers are being made on a thread at this moment.
    static qsizetype makingCount();
    // The most kept: one a thread of the global pool, and the caller's.
    static qsizetype capacity();
    // Drops the kept lexers, keeping on or off (setKeeping(false) drops them too).
    static void clear();
};

} // namespace Recoupe
