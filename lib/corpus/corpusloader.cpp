#include "corpus/corpusloader.h"

#include "corpus/documentoverrides.h"
#include "corpus/documentreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QtConcurrentMap>

#include <algorithm>
#include <atomic>

#ifdef Q_OS_UNIX
#include <dirent.h>
#endif

namespace Recoupe {

namespace {

using namespace Qt::StringLiterals;

struct Entry {
    Document document;
    bool needsReading = true; // false for a problem found while listing (a folder link loop)
    bool read = false;
};

struct FolderToList {
    QString path;
    QString idPrefix;          // "" for the root, "sub/" below it
    int depth = 0;
    QStringList ancestors;     // canonical paths from the root down to this folder
};

struct Listing {
    QList<Entry> entries;
    QStringList warnings;
    bool canceled = false;
};

// The names in a folder, and those that are not valid UTF-8 apart.
struct FolderNames {
    QStringList names;
    QList<QByteArray> undecodable;   // raw bytes, as readdir() gave them
};

// On Unix a file name is bytes. Qt's directory iterator, meeting a name that is not valid UTF-8
// (caf\xe9.txt written by an old Latin-1 system), lost that file and the ones after it in
// directory order, without a word; and a QString path cannot name such a file anyway. So the
// names are read here with readdir(), and the undecodable ones are kept to be listed as problems.
FolderNames folderNames(const QString &path)
{
    FolderNames result;
#ifdef Q_OS_UNIX
    DIR *dir = ::opendir(QFile::encodeName(path).constData());
    if (!dir)
        return result;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name == "." || name == "..")
            continue;
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8(name);
        // Decoded then encoded again must give the same bytes, or the file could not be opened.
        if (utf8.hasError() || QFile::encodeName(decoded) != name)
            result.undecodable.append(name);
        else
            result.names.append(decoded);
    }
    ::closedir(dir);
#else
    result.names = QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
#endif
    return result;
}

// An undecodable name shown without losing what it is: printable ASCII as it is, every other
// byte as %XX (caf%E9.txt), so that two such names stay distinct.
QString percentEncodedName(const QByteArray &name)
{
    QString shown;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const uchar c = uchar(name.at(i));
        if (c >= 0x20 && c < 0x7f && c != '%')
            shown += QLatin1Char(char(c));
        else
            shown += u"%"_s + QString::number(c, 16).toUpper().rightJustified(2, u'0');
    }
    return shown;
}

Entry problemEntry(const QString &id, const QString &absolutePath, const QString &error)
{
    Entry entry;
    entry.document.id = id;
    entry.document.path = id;
    entry.document.absolutePath = absolutePath;
    entry.document.errors.append(error);
    entry.needsReading = false;
    return entry;
}

// Lists the articles under root, depth first, without opening any file.
//
// Hidden entries (.recoupe, .git, editor files) are skipped. Symbolic links to folders are
// followed, since a folder of articles may well gather others by links; a link that leads back
// to one of its own ancestors (a loop) or to a folder listed already is reported instead of
// followed, so that every file is listed once and the walk always ends. Real folders are
// listed before any linked one, and links in the order of their paths, so that which path a
// file gets does not depend on the order the file system returns entries in. Links to files
// are listed like files; DocumentReader reports the broken and looping ones.
class FolderLister
{
public:
    FolderLister(const QString &root, const CorpusLoadOptions &options, QPromise<Corpus> *promise)
        : m_options(options)
        , m_root(root)
        , m_promise(promise)
        , m_ignored(readIgnorePatterns(root))
    {
        m_listed.insert(root);
        m_pending.append({root, QString(), 0, {root}});
    }

    Listing list()
    {
        while (!m_pending.isEmpty() || !m_links.isEmpty()) {
            if (m_promise && m_promise->isCanceled()) {
                m_listing.canceled = true;
                break;
            }
            if (!m_pending.isEmpty()) {
                listFolder(m_pending.takeLast());
                continue;
            }
            std::sort(m_links.begin(), m_links.end(), [](const Subfolder &a, const Subfolder &b) { return a.id < b.id; });
            enterFolder(m_links.takeFirst());
        }
        return std::move(m_listing);
    }

private:
    // FOLDER/.recoupeignore: one wildcard pattern a line (# comments), matched against the
    // relative path and the file name. A folder of articles often carries notes that are not
    // articles (the bundled samples' README lists every planted figure, and reading it as an
    // article would double every claim).
    static QList<QRegularExpression> readIgnorePatterns(const QString &root)
    {
        QList<QRegularExpression> patterns;
        QFile file(root + u"/.recoupeignore"_s);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return patterns;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (const QString &line : lines) {
            const QString pattern = line.trimmed();
            if (pattern.isEmpty() || pattern.startsWith(u'#'))
                continue;
            patterns.append(QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern, QRegularExpression::NonPathWildcardConversion),
                                               QRegularExpression::CaseInsensitiveOption));
        }
        return patterns;
    }

    bool isIgnored(const QString &id, const QString &name) const
    {
        return std::any_of(m_ignored.cbegin(), m_ignored.cend(), [&](const QRegularExpression &pattern) {
            return pattern.match(id).hasMatch() || pattern.match(name).hasMatch();
        });
    }

    struct Subfolder {
        QString id;
        QString absolutePath;
        QString canonicalPath;
        int depth = 0;
        QStringList ancestors;
    };

    void listFolder(const FolderToList &folder)
    {
        const FolderNames names = folderNames(folder.path);
        for (const QByteArray &raw : names.undecodable) {
            if (raw.startsWith('.'))
                continue;
            const QString id = folder.idPrefix + percentEncodedName(raw);
            m_listing.entries.append(problemEntry(id, folder.path + u'/' + percentEncodedName(raw),
                QCoreApplication::translate("Recoupe::CorpusLoader", "The name of this file is not valid UTF-8 (shown here with %XX for its "
                                                                     "other bytes): it was not read. Rename it to read it.")));
        }
        for (const QString &name : names.names) {
            if (name.startsWith(u'.'))
                continue;
            const QFileInfo info(folder.path + u'/' + name);
            if (const QString refused = refusedLink(info); !refused.isEmpty()) {
                const QString id = folder.idPrefix + name;
                if (!isIgnored(id, name) && (info.isDir() || DocumentReader::formatForFileName(name)))
                    m_listing.entries.append(problemEntry(id, info.absoluteFilePath(), refused));
                continue;
            }
            const QString id = folder.idPrefix + name;
            if (isIgnored(id, name))
                continue;

            if (info.isDir()) {
                const QString canonical = info.canonicalFilePath();
                if (folder.ancestors.contains(canonical)) {
                    m_listing.entries.append(problemEntry(id, info.absoluteFilePath(),
                        QCoreApplication::translate("Recoupe::CorpusLoader", "Symbolic link loop: the link leads back to the folder %1, which contains it.")
                            .arg(QDir::toNativeSeparators(canonical))));
                    continue;
                }
                const Subfolder subfolder{id, info.absoluteFilePath(), canonical, folder.depth + 1,
                                          folder.ancestors + QStringList{canonical}};
                if (info.isSymLink())
                    m_links.append(subfolder);
                else
                    enterFolder(subfolder);
                continue;
            }

            const auto format = DocumentReader::formatForFileName(name);
            // A broken link without an extension may have been a folder of articles: say so.
            const bool danglingLink = info.isSymLink() && !info.exists() && !name.contains(u'.');
            if (!format && !danglingLink)
                continue;
            Entry entry;
            entry.document.id = id;
            entry.document.path = id;
            entry.document.absolutePath = info.absoluteFilePath();
            entry.document.format = format.value_or(DocumentFormat::PlainText);
            m_listing.entries.append(entry);
        }
    }

    void enterFolder(const Subfolder &folder)
    {
        if (m_listed.contains(folder.canonicalPath)) {
            m_listing.entries.append(problemEntry(folder.id, folder.absolutePath,
                QCoreApplication::translate("Recoupe::CorpusLoader", "This link leads to the folder %1, which is read already: its files are listed once.")
                    .arg(QDir::toNativeSeparators(folder.canonicalPath))));
            return;
        }
        if (folder.depth > m_options.maxDepth) {
            m_listing.warnings.append(QCoreApplication::translate("Recoupe::CorpusLoader", "The folder %1 is nested more than %2 levels deep: it was not read.")
                                          .arg(folder.id)
                                          .arg(m_options.maxDepth));
            return;
        }
        const QFileInfo info(folder.absolutePath);
        if (!info.isReadable() || !info.isExecutable()) {
            m_listing.warnings.append(QCoreApplication::translate("Recoupe::CorpusLoader", "The folder %1 cannot be read (permission denied): its files are missing.")
                                          .arg(folder.id));
            return;
        }
        m_listed.insert(folder.canonicalPath);
        m_pending.append({folder.absolutePath, folder.id + u'/', folder.depth, folder.ancestors});
    }

    // Why a symbolic link is not followed, or an empty string when it may be. The link's target
    // is resolved fully (canonical), so a chain of links cannot hide where it ends.
    QString refusedLink(const QFileInfo &info) const
    {
        if (!info.isSymLink())
            return QString();
        // A broken or looping link has no canonical path: DocumentReader says which, unless it
        // names a system folder (one this sandbox or system may lack).
        const QString canonical = info.canonicalFilePath();
        const QString target = canonical.isEmpty() ? QDir::cleanPath(info.symLinkTarget()) : canonical;
        const auto within = [&target](const QString &folder) {
            return target == folder || target.startsWith(folder.endsWith(u'/') ? folder : folder + u'/');
        };
        // Pseudo-files: endless (/dev/zero), blocking, or a whole system's worth of entries.
        for (const QString &system : {u"/proc"_s, u"/sys"_s, u"/dev"_s}) {
            if (within(system) && !within(m_root)) {
                return QCoreApplication::translate("Recoupe::CorpusLoader", "Link into the system folder %1: not read.")
                    .arg(QDir::toNativeSeparators(target));
            }
        }
        if (canonical.isEmpty())
            return QString();
        if (!m_options.followLinksOutside && !within(m_root)) {
            return QCoreApplication::translate("Recoupe::CorpusLoader", "Link outside the folder (to %1): not read.")
                .arg(QDir::toNativeSeparators(target));
        }
        return QString();
    }

    const CorpusLoadOptions &m_options;
    const QString m_root;            // canonical
    QPromise<Corpus> *m_promise;
    const QList<QRegularExpression> m_ignored;
    Listing m_listing;
    QSet<QString> m_listed;          // canonical paths of the folders listed or about to be
    QList<FolderToList> m_pending;   // real folders to list
    QList<Subfolder> m_links;        // linked folders, entered once no real folder is left
};

Corpus loadFolder(const QString &folder, const CorpusLoadOptions &options, QPromise<Corpus> *promise)
{
    Corpus corpus;
    const QFileInfo info(folder);
    corpus.folder = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    if (folder.isEmpty()) {
        corpus.folderError = QCoreApplication::translate("Recoupe::CorpusLoader", "No folder was given.");
        return corpus;
    }
    if (!info.exists()) {
        corpus.folderError = QCoreApplication::translate("Recoupe::CorpusLoader", "The folder %1 does not exist.")
                                 .arg(QDir::toNativeSeparators(corpus.folder));
        return corpus;
    }
    if (!info.isDir()) {
        corpus.folderError = QCoreApplication::translate("Recoupe::CorpusLoader", "%1 is not a folder.")
                                 .arg(QDir::toNativeSeparators(corpus.folder));
        return corpus;
    }
    if (!info.isReadable() || !info.isExecutable()) {
        corpus.folderError = QCoreApplication::translate("Recoupe::CorpusLoader", "The folder %1 cannot be read (permission denied).")
                                 .arg(QDir::toNativeSeparators(corpus.folder));
        return corpus;
    }

    Listing listing = FolderLister(corpus.folder, options, promise).list();
    corpus.warnings = listing.warnings;
    if (listing.canceled) {
        corpus.canceled = true;
        return corpus;
    }
    std::sort(listing.entries.begin(), listing.entries.end(), [](const Entry &a, const Entry &b) {
        const int order = a.document.id.compare(b.document.id, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.document.id < b.document.id;
    });

    if (promise)
        promise->setProgressRange(0, int(listing.entries.size()));
    std::atomic<int> done{0};
    // Files are independent: read them on the global thread pool. Cancelation is polled before
    // each file; a canceled load keeps what was read.
    QtConcurrent::blockingMap(listing.entries, [&](Entry &entry) {
        if (!entry.needsReading || (promise && promise->isCanceled()))
            return;
        entry.document = DocumentReader::read(entry.document.absolutePath, entry.document.id, options);
        entry.read = true;
        if (promise) {
            promise->setProgressValueAndText(++done, QCoreApplication::translate("Recoupe::CorpusLoader", "Reading %1")
                                                         .arg(entry.document.id));
        }
    });
    corpus.canceled = promise && promise->isCanceled();

    corpus.documents.reserve(listing.entries.size());
    for (Entry &entry : listing.entries) {
        if (entry.read || !entry.needsReading)
            corpus.documents.append(std::move(entry.document));
    }

    DocumentOverrides overrides;
    QString overridesError;
    if (!overrides.load(corpus.folder, &overridesError))
        corpus.warnings.append(overridesError);
    overrides.apply(corpus.documents);
    return corpus;
}

} // namespace

Corpus CorpusLoader::load(const QString &folder, const CorpusLoadOptions &options)
{
    return loadFolder(folder, options, nullptr);
}

void CorpusLoader::loadWithPromise(QPromise<Corpus> &promise, const QString &folder, const CorpusLoadOptions &options)
{
    promise.addResult(loadFolder(folder, options, &promise));
}

} // namespace Recoupe
