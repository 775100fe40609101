#include "corpus/corpusloader.h"
#include "corpus/documentreader.h"

#include "testconfig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrentRun>

#include <sys/stat.h>
#include <unistd.h>

using namespace Recoupe;
using namespace Qt::StringLiterals;

namespace {

const QString mixedFolder = QStringLiteral(RECOUPE_FIXTURES_DIR "/corpus/mixed");

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList idsOf(const Corpus &corpus)
{
    QStringList ids;
    for (const Document &document : corpus.documents)
        ids.append(document.id);
    return ids;
}

const QByteArray article = "Titre\n\nLe groupe a annoncé une hausse de ses investissements dans les centres de données.\n";

} // namespace

class TestCorpusLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Corpus::document() finds by id through an index that follows the list: replaced, grown,
    // reordered, copied.
    void documentById()
    {
        Corpus corpus;
        for (int i = 0; i < 50; ++i) {
            Document document;
            document.id = document.path = u"article-%1.txt"_s.arg(i);
            corpus.documents.append(document);
        }
        QVERIFY(corpus.document(u"article-7.txt"_s));
        QCOMPARE(corpus.document(u"article-7.txt"_s)->id, u"article-7.txt"_s);
        QVERIFY(!corpus.document(u"missing.txt"_s));
        std::reverse(corpus.documents.begin(), corpus.documents.end()); // in place: the same block
        QCOMPARE(corpus.document(u"article-7.txt"_s)->id, u"article-7.txt"_s);
        QCOMPARE(corpus.document(u"article-42.txt"_s), &corpus.documents.at(7));
        Document added;
        added.id = u"late.txt"_s;
        corpus.documents.append(added);
        QCOMPARE(corpus.document(u"late.txt"_s)->id, u"late.txt"_s);
        const Corpus copy = corpus;
        QCOMPARE(copy.document(u"late.txt"_s), &copy.documents.constLast());
        QCOMPARE(copy, corpus);
        corpus.documents = {added};
        QCOMPARE(corpus.document(u"late.txt"_s), &corpus.documents.constFirst());
        QVERIFY(!corpus.document(u"article-7.txt"_s));
    }

    void fixtureFolder()
    {
        const Corpus corpus = CorpusLoader::load(mixedFolder);
        QCOMPARE(corpus.folderError, QString());
        QCOMPARE(corpus.folder, QFileInfo(mixedFolder).canonicalFilePath());
        QVERIFY(!corpus.canceled);
        QCOMPARE(corpus.warnings, QStringList());
        // Sorted by relative path, without case; hidden folders and other extensions skipped.
        const QStringList expected{u"bom.md"_s, u"capex-fr.txt"_s, u"empty.txt"_s, u"latin1252.txt"_s, u"page.html"_s,
                                   u"report-en.md"_s, u"sub/deeper/brief.htm"_s, u"sub/NOTE.TXT"_s, u"utf16be.txt"_s,
                                   u"utf16le.txt"_s};
        QCOMPARE(idsOf(corpus), expected);
        QCOMPARE(corpus.loadedCount(), 9);
        QCOMPARE(corpus.problemCount(), 1);
        QCOMPARE(corpus.document(u"empty.txt"_s)->errors, QStringList{u"The file is empty."_s});
    }

    void fixtureDocuments_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("dateSource");
        QTest::addColumn<QString>("textStart");

        QTest::newRow("utf-8 text") << u"capex-fr.txt"_s << int(DocumentFormat::PlainText) << u"UTF-8"_s
                                    << u"Les géants du numérique accélèrent leurs dépenses dans l'IA"_s << u"fr"_s
                                    << u"2025-01-30"_s << u"text"_s << u"Les géants du numérique"_s;
        QTest::newRow("markdown front matter") << u"report-en.md"_s << int(DocumentFormat::Markdown) << u"UTF-8"_s
                                               << u"Cloud providers raise their AI budgets"_s << u"en"_s << u"2025-02-03"_s
                                               << u"metadata"_s
                                               << u"Cloud providers raise their AI budgets\n\nAmazon told investors that it expects to spend about $100 billion on capital projects this year, most of it for data centers.\n\nChart of quarterly spending\n\nMicrosoft"_s;
        QTest::newRow("html") << u"page.html"_s << int(DocumentFormat::Html) << u"UTF-8"_s
                              << u"Stargate\u00A0: un projet à 500 milliards de dollars"_s << u"fr"_s << u"2025-01-22"_s
                              << u"metadata"_s
                              << u"Stargate\u00A0: un projet à 500 milliards de dollars\n\nOpenAI, SoftBank et Oracle annoncent une coentreprise qui consacrerait 100 milliards de dollars dès la première année.\n\nLe siège d'OpenAI\n\nPhoto d'illustration\n\nLe montant pourrait atteindre 500 milliards d'ici 2029, selon le communiqué."_s;
        QTest::newRow("htm in a subfolder") << u"sub/deeper/brief.htm"_s << int(DocumentFormat::Html) << u"UTF-8"_s
                                            << u"Data centers and the power grid"_s << u"en"_s << QString() << QString()
                                            << u"Utilities say"_s;
        QTest::newRow("user statement wins") << u"sub/NOTE.TXT"_s << int(DocumentFormat::PlainText) << u"UTF-8"_s
                                             << u"A note stated by the user"_s << u"en"_s << u"2025-03"_s << u"user"_s
                                             << u"Short note on chips"_s;
        QTest::newRow("windows-1252 with CRLF") << u"latin1252.txt"_s << int(DocumentFormat::PlainText) << u"windows-1252"_s
                                                << u"Dépenses d’investissement : 62 milliards d’€"_s << u"fr"_s << u"2025-02-05"_s
                                                << u"text"_s << u"Dépenses d’investissement : 62 milliards d’€\n\nLe groupe prévoit une hausse de 20 %"_s;
        QTest::newRow("utf-16le") << u"utf16le.txt"_s << int(DocumentFormat::PlainText) << u"UTF-16LE"_s
                                  << u"Résultats trimestriels"_s << u"fr"_s << QString() << QString() << u"Résultats trimestriels\n\nLe chiffre"_s;
        QTest::newRow("utf-16be") << u"utf16be.txt"_s << int(DocumentFormat::PlainText) << u"UTF-16BE"_s
                                  << u"Quarterly results"_s << u"en"_s << QString() << QString() << u"Quarterly results\n\nRevenue"_s;
        QTest::newRow("utf-8 BOM markdown") << u"bom.md"_s << int(DocumentFormat::Markdown) << u"UTF-8 (BOM)"_s
                                            << u"A note with a byte-order mark"_s << u"en"_s << QString() << QString()
                                            << u"A note with a byte-order mark\n\nThe company"_s;
    }

    void fixtureDocuments()
    {
        QFETCH(QString, id);
        QFETCH(int, format);
        QFETCH(QString, encoding);
        QFETCH(QString, title);
        QFETCH(QString, language);
        QFETCH(QString, date);
        QFETCH(QString, dateSource);
        QFETCH(QString, textStart);

        const Corpus corpus = CorpusLoader::load(mixedFolder);
        const Document *document = corpus.document(id);
        QVERIFY(document);
        QVERIFY2(document->isLoaded(), qPrintable(document->errors.join(u'\n')));
        QCOMPARE(document->path, id);
        QCOMPARE(document->absolutePath, QDir(corpus.folder).filePath(id));
        QCOMPARE(int(document->format), format);
        QCOMPARE(document->encoding, encoding);
        QCOMPARE(document->title, title);
        QCOMPARE(document->language, language);
        QCOMPARE(document->date, date);
        QCOMPARE(document->dateSource, dateSource);
        const QString text = document->text.toString();
        QVERIFY2(text.startsWith(textStart), qPrintable(text.left(300)));
        QVERIFY(!text.contains(u'\r'));
        QVERIFY(!text.contains(u'\uFEFF'));
        QCOMPARE(document->sizeBytes, QFileInfo(document->absolutePath).size());
    }

    void htmlDropsWhatIsNotTheArticle()
    {
        const Corpus corpus = CorpusLoader::load(mixedFolder);
        const QString text = corpus.document(u"page.html"_s)->text.toString();
        for (const QString &dropped : {u"Accueil"_s, u"tracker"_s, u"color"_s, u"Quotidien"_s, u"À lire"_s, u"JavaScript"_s,
                                       u"pixel"_s, u"https"_s}) {
            QVERIFY2(!text.contains(dropped), qPrintable(dropped));
        }
    }

    // Each bad file is reported with a reason, and the rest of the folder still loads.
    void badFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason"); // a fragment of the error

        QTest::newRow("binary") << u"binary.txt"_s << u"Not a text file"_s;
        QTest::newRow("control bytes") << u"controls.md"_s << u"Not a text file"_s;
        QTest::newRow("empty") << u"empty.txt"_s << u"The file is empty"_s;
        QTest::newRow("only whitespace") << u"blank.txt"_s << u"no readable text"_s;
        QTest::newRow("html without text") << u"scripts.html"_s << u"no readable text"_s;
        QTest::newRow("too big") << u"big.txt"_s << u"larger than the limit of 2.0 kB"_s;
        QTest::newRow("undecodable utf-8 BOM") << u"bad-bom.txt"_s << u"byte-order mark says UTF-8 (BOM)"_s;
        QTest::newRow("undecodable 1252") << u"shift-jis.txt"_s << u"neither UTF-8 nor Windows-1252"_s;
        QTest::newRow("undecodable utf-16") << u"odd.txt"_s << u"byte-order mark says UTF-16LE"_s;
        QTest::newRow("broken symlink") << u"broken.txt"_s << u"Broken symbolic link"_s;
        QTest::newRow("broken symlink without extension") << u"gone"_s << u"Broken symbolic link"_s;
        QTest::newRow("symlink loop") << u"loop-a.txt"_s << u"Symbolic link loop"_s;
        QTest::newRow("self symlink") << u"self.md"_s << u"Symbolic link loop"_s;
        QTest::newRow("folder symlink loop") << u"sub/up"_s << u"Symbolic link loop"_s;
        QTest::newRow("folder linked twice") << u"again"_s << u"is read already"_s;
        QTest::newRow("fifo") << u"pipe.txt"_s << u"Not a regular file"_s;
        QTest::newRow("unreadable") << u"secret.txt"_s << u"cannot be read"_s;
    }

    void badFiles()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString good = dir.filePath(u"good.txt"_s);
        QVERIFY(writeFile(good, article));
        QVERIFY(writeFile(dir.filePath(u"sub/inside.txt"_s), article));
        const QString path = dir.filePath(name);

        if (name == u"binary.txt")
            QVERIFY(writeFile(path, QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10", 20)));
        else if (name == u"controls.md")
            QVERIFY(writeFile(path, QByteArray(300, '\x02')));
        else if (name == u"empty.txt")
            QVERIFY(writeFile(path, {}));
        else if (name == u"blank.txt")
            QVERIFY(writeFile(path, "  \n\t\n  \n"));
        else if (name == u"scripts.html")
            QVERIFY(writeFile(path, "<html><head><script>var a = 1;</script></head><body><nav>Menu</nav></body></html>"));
        else if (name == u"big.txt")
            QVERIFY(writeFile(path, article.repeated(100)));
        else if (name == u"bad-bom.txt")
            QVERIFY(writeFile(path, "\xEF\xBB\xBFsays UTF-8 but is d\xE9" "cod\xE9 otherwise"));
        else if (name == u"shift-jis.txt")
            QVERIFY(writeFile(path, "\x93\xfa\x96\x7b\x8c\xea\x82\xcc\x83\x65\x83\x4c\x83\x58\x83\x67\x81\x42"));
        else if (name == u"odd.txt")
            QVERIFY(writeFile(path, QByteArray("\xFF\xFE" "a\0b", 5)));
        else if (name == u"broken.txt" || name == u"gone")
            QVERIFY(QFile::link(dir.filePath(u"missing-target.txt"_s), path));
        else if (name == u"loop-a.txt") {
            QVERIFY(QFile::link(dir.filePath(u"loop-b.txt"_s), path));
            QVERIFY(QFile::link(path, dir.filePath(u"loop-b.txt"_s)));
        } else if (name == u"self.md")
            QVERIFY(QFile::link(path, path));
        else if (name == u"sub/up")
            QVERIFY(QFile::link(dir.path(), path));
        else if (name == u"again")
            QVERIFY(QFile::link(dir.filePath(u"sub"_s), path));
        else if (name == u"pipe.txt")
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else if (name == u"secret.txt") {
            QVERIFY(writeFile(path, article));
            QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
            QFile probe(path);
            if (probe.open(QIODevice::ReadOnly))
                QSKIP("running with the right to read any file (root?): an unreadable file cannot be made here");
        }

        CorpusLoadOptions options;
        options.maxFileBytes = 2 * 1024;
        const Corpus corpus = CorpusLoader::load(dir.path(), options);
        QCOMPARE(corpus.folderError, QString());

        const Document *bad = corpus.document(name);
        QVERIFY2(bad, qPrintable(idsOf(corpus).join(u", "_s)));
        QVERIFY(!bad->isLoaded());
        QCOMPARE(bad->errors.size(), 1);
        QVERIFY2(bad->errors.constFirst().contains(reason), qPrintable(bad->errors.constFirst()));
        QVERIFY(bad->text.isEmpty());

        // The rest of the folder is read.
        QVERIFY(corpus.document(u"good.txt"_s) && corpus.document(u"good.txt"_s)->isLoaded());
        QVERIFY(corpus.document(u"sub/inside.txt"_s) && corpus.document(u"sub/inside.txt"_s)->isLoaded());
        if (name == u"loop-a.txt")
            QVERIFY(corpus.document(u"loop-b.txt"_s) && !corpus.document(u"loop-b.txt"_s)->isLoaded());
        // A link to a folder listed elsewhere does not list its files twice.
        QVERIFY(!corpus.document(u"again/inside.txt"_s));
        for (const Document &document : corpus.documents)
            QVERIFY2(!document.id.startsWith(u"sub/up/"_s), qPrintable(document.id));
    }

    void tooBigSaysSizeAndLimit()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"big.txt"_s), QByteArray(3 * 1024 * 1024, 'a')));
        CorpusLoadOptions options;
        options.maxFileBytes = 1024 * 1024;
        const Corpus corpus = CorpusLoader::load(dir.path(), options);
        QCOMPARE(corpus.documents.size(), 1);
        QCOMPARE(corpus.documents.constFirst().errors,
                 QStringList{u"The file is 3.0 MB, larger than the limit of 1.0 MB: it was not read."_s});
        QCOMPARE(corpus.documents.constFirst().sizeBytes, 3 * 1024 * 1024);
    }

    void symlinkedFolderIsFollowed()
    {
        QTemporaryDir outside;
        QVERIFY(writeFile(outside.filePath(u"linked.md"_s), "# Linked\n\nThe text is in English and it is short.\n"));
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"a.txt"_s), article));
        QVERIFY(QFile::link(outside.path(), dir.filePath(u"elsewhere"_s)));
        CorpusLoadOptions options;
        options.followLinksOutside = true;
        const Corpus corpus = CorpusLoader::load(dir.path(), options);
        QCOMPARE(idsOf(corpus), (QStringList{u"a.txt"_s, u"elsewhere/linked.md"_s}));
        QVERIFY(corpus.document(u"elsewhere/linked.md"_s)->isLoaded());
    }

    // Issue 17, item 8: a link out of the folder is listed as a problem and not read by
    // default; into /proc, /sys or /dev never, even when asked to follow links.
    void linksOutOfTheFolderAreNotFollowed_data()
    {
        QTest::addColumn<bool>("followOutside");
        QTest::newRow("default") << false;
        QTest::newRow("following links outside") << true;
    }

    void linksOutOfTheFolderAreNotFollowed()
    {
        QFETCH(bool, followOutside);
        QTemporaryDir outside;
        QVERIFY(writeFile(outside.filePath(u"linked.md"_s), "# Linked\n\nThe text is in English and it is short.\n"));
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"a.txt"_s), article));
        QVERIFY(writeFile(dir.filePath(u"sub/inside.txt"_s), article));
        QVERIFY(QFile::link(outside.path(), dir.filePath(u"elsewhere"_s)));
        QVERIFY(QFile::link(outside.filePath(u"linked.md"_s), dir.filePath(u"one.md"_s)));
        QVERIFY(QFile::link(dir.filePath(u"sub"_s), dir.filePath(u"within"_s)));  // inside: followed (listed once)
        QVERIFY(QFile::link(u"/proc/self"_s, dir.filePath(u"self"_s)));
        QVERIFY(QFile::link(u"/proc"_s, dir.filePath(u"proc"_s)));
        QVERIFY(QFile::link(u"/sys"_s, dir.filePath(u"sys"_s)));
        QVERIFY(QFile::link(u"/dev/zero"_s, dir.filePath(u"zero.txt"_s)));
        QVERIFY(QFile::link(dir.path(), dir.filePath(u"sub/up"_s)));  // a loop stays a loop

        CorpusLoadOptions options;
        options.followLinksOutside = followOutside;
        QElapsedTimer timer;
        timer.start();
        const Corpus corpus = CorpusLoader::load(dir.path(), options);
        QVERIFY2(timer.elapsed() < 10000, "a link into /proc was walked");
        for (const QString &id : {u"self"_s, u"proc"_s, u"sys"_s, u"zero.txt"_s}) {
            const Document *link = corpus.document(id);
            QVERIFY2(link, qPrintable(idsOf(corpus).join(u", "_s)));
            QVERIFY(!link->isLoaded());
            QVERIFY2(link->errors.constFirst().contains(u"system folder"_s), qPrintable(link->errors.constFirst()));
        }
        for (const Document &document : corpus.documents) {
            QVERIFY2(!document.id.startsWith(u"proc/"_s) && !document.id.startsWith(u"self/"_s) && !document.id.startsWith(u"sys/"_s),
                     qPrintable(document.id));
        }
        QVERIFY(corpus.document(u"a.txt"_s)->isLoaded());
        QVERIFY(corpus.document(u"sub/inside.txt"_s)->isLoaded());
        QVERIFY(corpus.document(u"sub/up"_s) && !corpus.document(u"sub/up"_s)->isLoaded());
        if (followOutside) {
            QVERIFY(corpus.document(u"elsewhere/linked.md"_s) && corpus.document(u"elsewhere/linked.md"_s)->isLoaded());
            QVERIFY(corpus.document(u"one.md"_s)->isLoaded());
        } else {
            QVERIFY(!corpus.document(u"elsewhere/linked.md"_s));
            for (const QString &id : {u"elsewhere"_s, u"one.md"_s}) {
                const Document *link = corpus.document(id);
                QVERIFY2(link, qPrintable(idsOf(corpus).join(u", "_s)));
                QVERIFY(!link->isLoaded());
                QVERIFY2(link->errors.constFirst().contains(u"Link outside the folder"_s), qPrintable(link->errors.constFirst()));
            }
        }
    }

    void hiddenFoldersAndFilesSkipped()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"a.txt"_s), article));
        QVERIFY(writeFile(dir.filePath(u".git/objects/note.txt"_s), article));
        QVERIFY(writeFile(dir.filePath(u".recoupe/cache.md"_s), article));
        QVERIFY(writeFile(dir.filePath(u".hidden.txt"_s), article));
        QVERIFY(writeFile(dir.filePath(u"image.png"_s), "\x89PNG"));
        QVERIFY(writeFile(dir.filePath(u"B.MARKDOWN"_s), article));
        QVERIFY(writeFile(dir.filePath(u"c.Html"_s), "<p>Du texte pour la page, et le reste.</p>"));
        const Corpus corpus = CorpusLoader::load(dir.path());
        QCOMPARE(idsOf(corpus), (QStringList{u"a.txt"_s, u"B.MARKDOWN"_s, u"c.Html"_s}));
        QCOMPARE(corpus.document(u"B.MARKDOWN"_s)->format, DocumentFormat::Markdown);
        QCOMPARE(corpus.document(u"c.Html"_s)->format, DocumentFormat::Html);
    }

    void ignoreFileSkipsListedPaths()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"a.txt"_s), article));
        QVERIFY(writeFile(dir.filePath(u"README.md"_s), "# Notes about this folder\n"));
        QVERIFY(writeFile(dir.filePath(u"drafts/b.txt"_s), article));
        QVERIFY(writeFile(dir.filePath(u"notes/c.txt"_s), article));
        QVERIFY(writeFile(dir.filePath(u".recoupeignore"_s), "# not articles\nreadme.md\ndrafts/*.txt\nnotes\n"));
        const Corpus corpus = CorpusLoader::load(dir.path());
        QCOMPARE(idsOf(corpus), QStringList{u"a.txt"_s});
    }

    void bundledSamplesSkipTheirReadme()
    {
        const Corpus corpus = CorpusLoader::load(QStringLiteral(RECOUPE_SAMPLES_DIR));
        QVERIFY(corpus.documents.size() >= 8);
        QVERIFY(!idsOf(corpus).contains(u"README.md"_s));
        QCOMPARE(corpus.problemCount(), 0);
    }

    void tooDeepFolderIsAWarning()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"a/b/c/d.txt"_s), article));
        QVERIFY(writeFile(dir.filePath(u"a/top.txt"_s), article));
        CorpusLoadOptions options;
        options.maxDepth = 2;
        const Corpus corpus = CorpusLoader::load(dir.path(), options);
        QCOMPARE(idsOf(corpus), QStringList{u"a/top.txt"_s});
        QCOMPARE(corpus.warnings.size(), 1);
        QVERIFY2(corpus.warnings.constFirst().contains(u"a/b/c"_s), qPrintable(corpus.warnings.constFirst()));
    }

    void folderErrors_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << u"missing"_s << u"does not exist"_s;
        QTest::newRow("a file") << u"file"_s << u"is not a folder"_s;
        QTest::newRow("empty path") << u"empty"_s << u"No folder"_s;
        QTest::newRow("unreadable") << u"unreadable"_s << u"cannot be read"_s;
    }

    void folderErrors()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QString folder;
        if (kind == u"missing") {
            folder = dir.filePath(u"nowhere"_s);
        } else if (kind == u"file") {
            folder = dir.filePath(u"a.txt"_s);
            QVERIFY(writeFile(folder, article));
        } else if (kind == u"unreadable") {
            folder = dir.filePath(u"locked"_s);
            QVERIFY(writeFile(folder + u"/a.txt"_s, article));
            QVERIFY(QFile::setPermissions(folder, QFileDevice::WriteOwner));
            if (::access(QFile::encodeName(folder).constData(), R_OK | X_OK) == 0) {
                QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
                QSKIP("running with the right to read any folder (root?): an unreadable folder cannot be made here");
            }
        }
        const Corpus corpus = CorpusLoader::load(folder);
        if (kind == u"unreadable")
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY2(corpus.folderError.contains(reason), qPrintable(corpus.folderError));
        QVERIFY(corpus.documents.isEmpty());
    }

    void loadWithPromiseReportsProgress()
    {
        QFutureWatcher<Corpus> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcher<Corpus>::finished);
        QSignalSpy range(&watcher, &QFutureWatcher<Corpus>::progressRangeChanged);
        QSignalSpy texts(&watcher, &QFutureWatcher<Corpus>::progressTextChanged);
        watcher.setFuture(QtConcurrent::run(&CorpusLoader::loadWithPromise, mixedFolder, CorpusLoadOptions()));
        QVERIFY(finished.wait(30000) || finished.size() == 1);

        const QFuture<Corpus> future = watcher.future();
        QCOMPARE(future.resultCount(), 1);
        const Corpus corpus = future.result();
        QCOMPARE(corpus, CorpusLoader::load(mixedFolder));
        QCOMPARE(future.progressMaximum(), int(corpus.documents.size()));
        QCOMPARE(future.progressValue(), int(corpus.documents.size()));
        QVERIFY(!range.isEmpty());
        QVERIFY(!texts.isEmpty());
        QVERIFY2(texts.constLast().constFirst().toString().startsWith(u"Reading "_s), qPrintable(texts.constLast().constFirst().toString()));
    }

    void canceledLoadStopsEarly()
    {
        QPromise<Corpus> promise;
        QFuture<Corpus> future = promise.future();
        promise.start();
        future.cancel();
        CorpusLoader::loadWithPromise(promise, mixedFolder, {});
        promise.finish();
        QVERIFY(future.isCanceled());
        // Listing stopped at once: no file was read, so no progress was made.
        QCOMPARE(future.progressValue(), 0);
    }

    void readerCanBeCalledAlone()
    {
        const Document document = DocumentReader::read(mixedFolder + u"/capex-fr.txt"_s, u"capex-fr.txt"_s);
        QVERIFY(document.isLoaded());
        QCOMPARE(document.encoding, u"UTF-8"_s);
        QVERIFY(document.text.toString().contains(u"60 et 65 milliards"_s));
    }
};

QTEST_GUILESS_MAIN(TestCorpusLoader)
#include "tst_corpusloader.moc"
