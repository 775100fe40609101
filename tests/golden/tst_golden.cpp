// Golden files: recoupe-cli claims, groups and tokens, run on the project's own article folders,
// against the reference outputs committed in tests/golden/SET/ (as KSyntaxHighlighting's
// autotests/testhighlighter.cpp compares its highlighted fixtures with autotests/reference/).
//
// Every run writes today's outputs to BUILD/tests/golden/actual/SET/; a difference fails with a
// report of the claims and groups that changed, field by field. When the change is intended,
// `scripts/dev update-golden` copies today's outputs over the references, and the diff of
// tests/golden is reviewed before it is committed (README, "Golden files").
#include "goldendiff.h"
#include "testconfig.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct FixtureSet {
    const char *name;   // the folder under tests/golden/
    const char *folder; // the articles
    // FOLDER/.recoupe (dates, titles, entities the folder states) is part of a test fixture. In
    // the bundled samples it is what a user or a GUI test wrote, ignored by git: left out.
    bool withFolderState;
};

const FixtureSet fixtureSets[] = {
    {"samples", RECOUPE_SAMPLES_DIR, false},
    {"claims-articles", RECOUPE_FIXTURES_DIR "/claims/articles", true},
    // Every hedge, currency, magnitude, quarter and glue word of the language profiles, in use.
    {"claims-vocabulary", RECOUPE_FIXTURES_DIR "/claims/vocabulary", true},
    {"compare-groups", RECOUPE_FIXTURES_DIR "/compare/groups", true},
    {"compare-passages", RECOUPE_FIXTURES_DIR "/compare/passages", true},
    {"analysis-folder-entities", RECOUPE_FIXTURES_DIR "/analysis/folder-entities", true},
    {"corpus-mixed", RECOUPE_FIXTURES_DIR "/corpus/mixed", true},
    {"annotations-articles", RECOUPE_FIXTURES_DIR "/annotations/articles", true},
    {"gui", RECOUPE_FIXTURES_DIR "/gui", true},
};

const QString referenceRoot = QStringLiteral(RECOUPE_SOURCE_DIR "/tests/golden");
const QString actualRoot = QStringLiteral(RECOUPE_GOLDEN_ACTUAL_DIR);

// Past this many lines the report says how many more there are: a lexicon change can move
// hundreds of claims, and the first ones tell what happened.
constexpr qsizetype reportLines = 60;

bool copyTree(const QString &from, const QString &to, bool withFolderState)
{
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    const QDir source(from);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = source.relativeFilePath(path);
        if (!withFolderState && (relative == ".recoupe"_L1 || relative.startsWith(".recoupe/"_L1)))
            continue;
        const QString target = QDir(to).filePath(relative);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(path, target))
            return false;
    }
    return true;
}

QJsonObject readJson(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject())
        *error = parseError.errorString();
    return document.object();
}

} // namespace

class TestGolden : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;

    QString folderOf(const QString &set) const { return m_work.filePath(u"folders/"_s + set); }

    // recoupe-cli in an environment of its own: English messages (the CLI translates them to the
    // user's locale), UTC, and a home without the user's entities.json (which names companies).
    QByteArray runCli(const QString &command, const QString &set, QString *error) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &key : environment.keys()) {
            if (key.startsWith("LC_"_L1) || key == "LANGUAGE"_L1 || key.startsWith("XDG_"_L1))
                environment.remove(key);
        }
        environment.insert(u"LANG"_s, u"C.UTF-8"_s);
        environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        environment.insert(u"TZ"_s, u"UTC"_s);
        environment.insert(u"HOME"_s, m_work.filePath(u"home"_s));
        environment.insert(u"XDG_DATA_HOME"_s, m_work.filePath(u"home/data"_s));
        environment.insert(u"XDG_DATA_DIRS"_s, m_work.filePath(u"home/data-dirs"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, m_work.filePath(u"home/config"_s));
        environment.insert(u"XDG_CACHE_HOME"_s, m_work.filePath(u"home/cache"_s));
        QProcess process;
        process.setProcessEnvironment(environment);
        QStringList arguments{command, folderOf(set)};
        if (command != "tokens"_L1)
            arguments += {u"--format"_s, u"json"_s};
        process.start(QStringLiteral(RECOUPE_CLI_PATH), arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
            *error = u"recoupe-cli did not finish"_s;
            return {};
        }
        if (process.exitCode() != 0) {
            *error = u"recoupe-cli %1 exited with %2: %3"_s.arg(command).arg(process.exitCode()).arg(QString::fromUtf8(process.readAllStandardError()));
            return {};
        }
        return process.readAllStandardOutput();
    }

    static void addRows()
    {
        QTest::addColumn<QString>("set");
        for (const FixtureSet &set : fixtureSets)
            QTest::newRow(set.name) << QString::fromUtf8(set.name);
    }

    void compareWithReference(const QString &command)
    {
        QFETCH(QString, set);
        QString error;
        const QByteArray out = runCli(command, set, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonObject today = readJson(out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(u"recoupe-cli printed no JSON: "_s + error));
        // A reference must read the same on every machine: no path of this one in it.
        QVERIFY2(!out.contains(m_work.path().toUtf8()), "the output names the folder's absolute path");

        const QString actualPath = actualRoot + u'/' + set + u'/' + command + u".json"_s;
        QVERIFY(QDir().mkpath(QFileInfo(actualPath).path()));
        QFile actual(actualPath);
        QVERIFY2(actual.open(QIODevice::WriteOnly) && actual.write(out) == out.size(), qPrintable(actualPath));
        actual.close();

        const QString referencePath = referenceRoot + u'/' + set + u'/' + command + u".json"_s;
        QFile file(referencePath);
        if (!file.open(QIODevice::ReadOnly))
            QFAIL(qPrintable(u"no reference %1: run scripts/dev update-golden, review the new file, commit it"_s.arg(referencePath)));
        const QJsonObject reference = readJson(file.readAll(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(referencePath + u": "_s + error));
        if (reference == today)
            return;

        GoldenDiff::Report report;
        if (command == "claims"_L1) {
            report = GoldenDiff::compareClaims(reference, today);
        } else {
            // Read the reference's claim ids through today's numbering.
            QFile claimsReference(referenceRoot + u'/' + set + u"/claims.json"_s);
            QHash<QString, QString> renamed;
            if (claimsReference.open(QIODevice::ReadOnly)) {
                QString ignored;
                const QJsonObject claimsToday = readJson(runCli(u"claims"_s, set, &ignored), &ignored);
                renamed = GoldenDiff::compareClaims(readJson(claimsReference.readAll(), &ignored), claimsToday).renamed;
            }
            report = GoldenDiff::compareGroups(reference, today, renamed);
        }
        QStringList lines = report.lines.mid(0, reportLines);
        if (report.lines.size() > reportLines)
            lines.append(u"... and %1 more differences"_s.arg(report.lines.size() - reportLines));
        if (report.lines.isEmpty())
            lines.append(u"(the same claims and groups, the JSON differs otherwise)"_s);
        QFAIL(qPrintable(u"recoupe-cli %1 on %2 differs from %3:\n  "_s.arg(command, set, referencePath) + lines.join(u"\n  "_s)
                         + u"\nToday's output: %1\nIf the change is intended: scripts/dev update-golden, then review `git diff tests/golden` "
                           u"and commit it with the change."_s.arg(actualPath)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        // Outputs of an earlier run must not be taken for today's by scripts/dev update-golden.
        QVERIFY(QDir(actualRoot).removeRecursively());
        for (const FixtureSet &set : fixtureSets) {
            const QString name = QString::fromUtf8(set.name);
            QVERIFY2(QDir(QString::fromUtf8(set.folder)).exists(), set.folder);
            QVERIFY2(copyTree(QString::fromUtf8(set.folder), folderOf(name), set.withFolderState), set.folder);
        }
    }

    void claims_data() { addRows(); }
    void claims() { compareWithReference(u"claims"_s); }

    void groups_data() { addRows(); }
    void groups() { compareWithReference(u"groups"_s); }

    // What the lexicon marks (recoupe-cli tokens): a change of the syntax definition or of a
    // language profile shows here first, word by word.
    void tokens_data() { addRows(); }
    void tokens()
    {
        QFETCH(QString, set);
        QString error;
        const QByteArray out = runCli(u"tokens"_s, set, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(out.startsWith("== "), out.left(200).constData());
        const QString actualPath = actualRoot + u'/' + set + u"/tokens.txt"_s;
        QVERIFY(QDir().mkpath(QFileInfo(actualPath).path()));
        QFile actual(actualPath);
        QVERIFY2(actual.open(QIODevice::WriteOnly) && actual.write(out) == out.size(), qPrintable(actualPath));
        actual.close();
        const QString referencePath = referenceRoot + u'/' + set + u"/tokens.txt"_s;
        QFile file(referencePath);
        if (!file.open(QIODevice::ReadOnly))
            QFAIL(qPrintable(u"no reference %1: run scripts/dev update-golden, review the new file, commit it"_s.arg(referencePath)));
        const QByteArray reference = file.readAll();
        if (reference == out)
            return;
        const GoldenDiff::Report report = GoldenDiff::compareTokens(QString::fromUtf8(reference), QString::fromUtf8(out));
        QStringList lines = report.lines.mid(0, reportLines);
        if (report.lines.size() > reportLines)
            lines.append(u"... and %1 more differences"_s.arg(report.lines.size() - reportLines));
        QFAIL(qPrintable(u"recoupe-cli tokens on %1 differs from %2:\n  "_s.arg(set, referencePath) + lines.join(u"\n  "_s)
                         + u"\nToday's output: %1\nIf the change is intended: scripts/dev update-golden, then review `git diff tests/golden` "
                           u"and commit it with the change."_s.arg(actualPath)));
    }

    // A reference folder whose articles are no longer tested would go stale unseen.
    void everyReferenceIsTested()
    {
        QStringList known;
        for (const FixtureSet &set : fixtureSets)
            known.append(QString::fromUtf8(set.name));
        const QStringList present = QDir(referenceRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &name : present)
            QVERIFY2(known.contains(name), qPrintable(u"tests/golden/%1 belongs to no fixture set of tst_golden"_s.arg(name)));
        QCOMPARE(present.size(), known.size());
    }

    // The report itself: what it says when a claim changes, appears, or only moves.
    void reportSaysWhichFieldChanged()
    {
        QJsonObject claim = claimObject(u"pont.txt#1"_s, u"Ponteco"_s, u"capex"_s, 4e8, u"EUR"_s, u"400 millions d'euros"_s, 10);
        claim.insert("resolution"_L1, QJsonObject{{u"period"_s, QJsonObject{{u"from"_s, u"sentence"_s}}}});
        const QJsonObject reference = claimsOutput({claim});
        claim.insert("period"_L1, u"2032"_s);
        claim.insert("resolution"_L1, QJsonObject{{u"period"_s, QJsonObject{{u"from"_s, u"publication_date"_s}}}});
        const QJsonObject today = claimsOutput({claim});

        const GoldenDiff::Report report = GoldenDiff::compareClaims(reference, today);
        QCOMPARE(report.lines, (QStringList{u"claims: 1 changed, 0 added, 0 removed (reference 1, now 1)"_s,
                                            u"claim changed: pont.txt#1 \"400 millions d'euros\": period: \"2031\" -> \"2032\"; "
                                            u"resolution.period.from: \"sentence\" -> \"publication_date\""_s}));
        QVERIFY(GoldenDiff::compareClaims(reference, reference).lines.isEmpty());
    }

    void reportTellsAddedFromRenumbered()
    {
        const QJsonObject ferryRevenue = claimObject(u"ferry.txt#1"_s, u"Norferry"_s, u"revenue"_s, 9e7, u"USD"_s, u"about $90 million"_s, 200);
        const QJsonObject reference = claimsOutput({ferryRevenue});
        // Today a figure earlier in the article is found too: the old one becomes #2.
        QJsonObject renumbered = ferryRevenue;
        renumbered.insert("id"_L1, u"ferry.txt#2"_s);
        const QJsonObject today = claimsOutput(
            {claimObject(u"ferry.txt#1"_s, u"Norferry"_s, u"capex"_s, 3e7, u"USD"_s, u"$30 million"_s, 40), renumbered});
        const GoldenDiff::Report report = GoldenDiff::compareClaims(reference, today);
        QCOMPARE(report.lines, (QStringList{u"claims: 0 changed, 1 added, 0 removed (reference 1, now 2)"_s,
                                            u"claim added: ferry.txt#1 \"$30 million\": Norferry capex 2031 30000000-30000000 USD exact"_s,
                                            u"claims only renumbered: 1 (ferry.txt#1 -> ferry.txt#2)"_s}));
        QCOMPARE(report.renamed.value(u"ferry.txt#1"_s), u"ferry.txt#2"_s);

        // The group that holds it is the same once the reference reads with today's ids: only
        // its verdict is reported.
        const QJsonObject groupsBefore = groupsOutput({groupObject(u"revenue"_s, {u"ferry.txt#1"_s}, u"single"_s)});
        const QJsonObject groupsAfter = groupsOutput(
            {groupObject(u"capex"_s, {u"ferry.txt#1"_s}, u"single"_s), groupObject(u"revenue"_s, {u"ferry.txt#2"_s}, u"discrepancy"_s)});
        const GoldenDiff::Report groups = GoldenDiff::compareGroups(groupsBefore, groupsAfter, report.renamed);
        QCOMPARE(groups.lines, (QStringList{u"groups: 1 changed, 1 added, 0 removed (reference 1, now 2)"_s,
                                            u"group changed: Norferry / revenue / 2031 [\"ferry.txt#2\"]: verdict: \"single\" -> \"discrepancy\""_s,
                                            u"group added: Norferry / capex / 2031 [\"ferry.txt#1\"] (single)"_s}));
        // Without the renumbering, the group's claims are reported as changed.
        const GoldenDiff::Report unmapped = GoldenDiff::compareGroups(groupsBefore, groupsAfter);
        QVERIFY2(unmapped.lines.join(u'\n').contains(u"claims: [\"ferry.txt#1\"] -> [\"ferry.txt#2\"]"_s), qPrintable(unmapped.lines.join(u'\n')));
    }

    void tokenReportSaysWhatEachDocumentGainedAndLost()
    {
        const QString reference = u"== pont.txt\n10\tHedge\tplus de\n18\tNumber\t400\n22\tMagnitude\tmillions\n== quai.txt\n3\tEntity\tPonteco\n"_s;
        const QString today = u"== pont.txt\n18\tNumber\t400\n22\tMagnitude\tmillions\n40\tQuarter\tT3\n== quai.txt\n3\tEntity\tPonteco\n"_s;
        QCOMPARE(GoldenDiff::compareTokens(reference, today).lines,
                 (QStringList{u"tokens: 1 of 2 documents differ"_s, u"pont.txt:"_s, u"  - 10 Hedge plus de"_s, u"  + 40 Quarter T3"_s}));
        QVERIFY(GoldenDiff::compareTokens(reference, reference).lines.isEmpty());
    }

    void longStringsAreCutAtTheirDifference()
    {
        const QString start = QString(u"The ferry line carried more passengers than any year before, "_s).repeated(3);
        const QString change = GoldenDiff::showChange(QJsonValue(start + u"in spring."_s), QJsonValue(start + u"in autumn."_s));
        QVERIFY2(change.contains(u"in spring.\" -> \"…"_s), qPrintable(change));
        QVERIFY2(change.endsWith(u"in autumn.\""_s), qPrintable(change));
        QVERIFY2(change.size() < 200, qPrintable(change));
    }

private:
    // A claim of 2031 as recoupe-cli writes it, quote at [start, start + quote's length).
    static QJsonObject claimObject(const QString &id, const QString &entity, const QString &metric, double amount,
                                   const QString &currency, const QString &quote, qint64 start)
    {
        return QJsonObject{{u"id"_s, id}, {u"document"_s, id.section(u'#', 0, 0)}, {u"entity"_s, entity}, {u"metric"_s, metric},
                           {u"period"_s, u"2031"_s}, {u"low"_s, amount}, {u"high"_s, amount}, {u"currency"_s, currency},
                           {u"unit"_s, QJsonValue::Null}, {u"qualifier"_s, u"exact"_s}, {u"quote"_s, quote},
                           {u"start"_s, start}, {u"end"_s, start + quote.size()}};
    }

    static QJsonObject claimsOutput(const QJsonArray &claims)
    {
        return QJsonObject{{u"format"_s, u"recoupe-claims-1"_s}, {u"documents"_s, QJsonArray{}}, {u"claims"_s, claims}};
    }

    static QJsonObject groupObject(const QString &metric, const QStringList &claims, const QString &verdict)
    {
        return QJsonObject{{u"key"_s, QJsonObject{{u"entity"_s, u"Norferry"_s}, {u"metric"_s, metric}, {u"period"_s, u"2031"_s}}},
                           {u"claims"_s, QJsonArray::fromStringList(claims)}, {u"verdict"_s, verdict}, {u"reasons"_s, QJsonArray{}}};
    }

    static QJsonObject groupsOutput(const QJsonArray &groups)
    {
        return QJsonObject{{u"format"_s, u"recoupe-groups-1"_s}, {u"groups"_s, groups}};
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
