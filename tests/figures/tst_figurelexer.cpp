#include "figures/entitycatalog.h"
#include "figures/figurelexer.h"
#include "figures/figurelexerpool.h"
#include "figures/figuretoken.h"
#include "figures/softlinebreaks.h"
#include "testconfig.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSet>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QXmlStreamReader>
#include <QtConcurrentMap>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

// "Kind[text] Kind[text] ...": short enough to write in _data() rows, exact about offsets.
QString describe(QStringView text, const FigureTokenList &tokens)
{
    QStringList parts;
    for (const FigureToken &token : tokens)
        parts.append(figureKindName(token.kind) + u'[' + token.textIn(text) + u']');
    return parts.join(u' ');
}

struct SyntaxLists {
    QHash<QString, QStringList> lists;
    QStringList itemDatas;
};

SyntaxLists readDefinition()
{
    SyntaxLists result;
    QFile file(QStringLiteral(RECOUPE_SOURCE_DIR "/resources/syntax/recoupe-figures.xml"));
    if (!file.open(QIODevice::ReadOnly))
        return result;
    QXmlStreamReader xml(&file);
    QString list;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == "list"_L1)
            list = xml.attributes().value("name"_L1).toString();
        else if (xml.isEndElement() && xml.name() == "list"_L1)
            list.clear();
        else if (xml.isStartElement() && xml.name() == "item"_L1 && !list.isEmpty())
            result.lists[list].append(xml.readElementText().trimmed());
        else if (xml.isStartElement() && xml.name() == "itemData"_L1)
            result.itemDatas.append(xml.attributes().value("name"_L1).toString());
    }
    return result;
}

// Once each of prepare()'s lexers has started to be made: their threads start at once, and
// a lexer takes tens of milliseconds to make, so a poll that sleeps would miss the moment.
bool allBeingMade()
{
    QDeadlineTimer deadline(10000);
    while (FigureLexerPool::makingCount() < QThreadPool::globalInstance()->maxThreadCount()) {
        if (deadline.hasExpired())
            return false;
        QThread::yieldCurrentThread();
    }
    return true;
}

} // namespace

class TestFigureLexer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The pool's tests would make a lexer per thread of a large machine's pool: two threads,
    // and nothing kept from one test function to the next.
    void init()
    {
        m_threads = QThreadPool::globalInstance()->maxThreadCount();
        QThreadPool::globalInstance()->setMaxThreadCount(2);
    }

    void cleanup()
    {
        QThreadPool::globalInstance()->waitForDone();
        FigureLexerPool::setKeeping(false);
        QThreadPool::globalInstance()->setMaxThreadCount(m_threads);
    }

    void definitionIsEmbedded()
    {
        KSyntaxHighlighting::Repository repository;
        const auto definition = repository.definitionForName(FigureLexer::definitionName());
        QVERIFY(definition.isValid());
        QCOMPARE(definition.filePath(), u":/org.kde.syntax-highlighting/syntax-addons/recoupe-figures.xml"_s);
        FigureLexer lexer(repository);
        QVERIFY(lexer.isValid());
    }

    void everyItemDataIsAKind()
    {
        const SyntaxLists syntax = readDefinition();
        QVERIFY(syntax.itemDatas.size() > 20);
        for (const QString &name : syntax.itemDatas) {
            if (name == "Normal Text"_L1)
                continue;
            FigureKind kind;
            QVERIFY2(figureKindFromFormatName(name, &kind), qPrintable(name));
            QCOMPARE(figureKindName(kind), name);
        }
    }

    // Classify is only entered at a word of "leads": a word of a kind list missing there would
    // never be recognised.
    void everyKindWordIsALead()
    {
        const SyntaxLists syntax = readDefinition();
        QSet<QString> leads;
        for (const QString &word : syntax.lists.value(u"leads"_s))
            leads.insert(word.toCaseFolded());
        const QStringList classified{u"phrase leads"_s, u"entities"_s,  u"capex cues"_s, u"revenue cues"_s,
                                     u"net income cues"_s, u"other money cues"_s, u"stock cues"_s,
                                     u"currency codes"_s};
        for (const QString &list : classified) {
            QVERIFY2(syntax.lists.contains(list), qPrintable(list));
            for (const QString &word : syntax.lists.value(list))
                QVERIFY2(leads.contains(word.toCaseFolded()), qPrintable(list + u": "_s + word));
        }
    }

    // The built-in entity file and the definition name the same entities.
    void builtInEntitiesAreLexed()
    {
        KSyntaxHighlighting::Repository repository;
        FigureLexer lexer(repository);
        const EntityCatalog catalog = EntityCatalog::builtIn();
        QVERIFY(!catalog.isEmpty());
        QVERIFY2(catalog.extraNames().isEmpty(), qPrintable(catalog.extraNames().join(u", ")));
        for (const Entity &entity : catalog.entities()) {
            QStringList names = entity.aliases;
            names.prepend(entity.name);
            for (const QString &name : std::as_const(names)) {
                const QString text = u"Selon "_s + name + u", rien."_s;
                const FigureTokenList tokens = lexer.tokenize(text);
                QCOMPARE(describe(text, tokens), u"Entity["_s + name + u']');
                QCOMPARE(catalog.resolve(tokens.constFirst().textIn(text)), entity.name);
            }
        }
    }

    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        // numbers, magnitudes, currencies
        QTest::newRow("fr billions euros") << u"investir 62 milliards d’euros"_s
                                           << u"Capex Cue[investir] Number[62] Magnitude[milliards] Currency[euros]"_s;
        QTest::newRow("decimal comma") << u"1,3 million de GPU"_s << u"Number[1,3] Magnitude[million] Unit[GPU]"_s;
        QTest::newRow("space thousands") << u"2 000 personnes"_s << u"Number[2 000] Unit[personnes]"_s;
        QTest::newRow("nbsp thousands") << u"2\u00a0000\u202f000 euros"_s << u"Number[2\u00a0000\u202f000] Currency[euros]"_s;
        // A cue glued to the year before it (a lost space) is still read: the lead words' lookup
        // is never tried where a number starts, which would skip the word.
        QTest::newRow("cue glued to a year") << u"En 2024revenue record"_s << u"Year[2024] Revenue Cue[revenue]"_s;
        QTest::newRow("en thousands") << u"$2,000 million"_s << u"Currency[$] Number[2,000] Magnitude[million]"_s;
        QTest::newRow("bn glued") << u"$1.6bn"_s << u"Currency[$] Number[1.6] Magnitude[bn]"_s;
        QTest::newRow("Md$") << u"3,5 Md$"_s << u"Number[3,5] Magnitude[Md] Currency[$]"_s;
        QTest::newRow("Md€") << u"40 Md€ de ventes"_s << u"Number[40] Magnitude[Md] Currency[€] Revenue Cue[ventes]"_s;
        QTest::newRow("US$") << u"US$ 5 billion"_s << u"Currency[US$] Number[5] Magnitude[billion]"_s;
        QTest::newRow("code before") << u"USD 80 billion"_s << u"Currency[USD] Number[80] Magnitude[billion]"_s;
        QTest::newRow("M letter") << u"500 M€"_s << u"Number[500] Magnitude[M] Currency[€]"_s;
        QTest::newRow("M. is no magnitude") << u"M. Dupont a 3 chats"_s << u"Number[3]"_s;
        QTest::newRow("number word") << u"plus d'un milliard d’utilisateurs"_s
                                     << u"Hedge[plus d'] Number[un] Magnitude[milliard] Unit[utilisateurs]"_s;
        QTest::newRow("a billion") << u"a billion users"_s << u"Number[a] Magnitude[billion] Unit[users]"_s;
        QTest::newRow("une alone") << u"une entreprise"_s << u""_s;
        QTest::newRow("pound") << u"£2.5bn"_s << u"Currency[£] Number[2.5] Magnitude[bn]"_s;
        QTest::newRow("trailing dollars") << u"60 billion dollars"_s << u"Number[60] Magnitude[billion] Currency[dollars]"_s;
        QTest::newRow("US dollars") << u"5 billion US dollars"_s << u"Number[5] Magnitude[billion] Currency[US dollars]"_s;

        // percentages
        QTest::newRow("percent glued") << u"21%"_s << u"Number[21] Percent[%]"_s;
        QTest::newRow("percent space") << u"1,6 %"_s << u"Number[1,6] Percent[%]"_s;
        QTest::newRow("pour cent") << u"3 pour cent"_s << u"Number[3] Percent[pour cent]"_s;
        QTest::newRow("per cent") << u"2.5 per cent"_s << u"Number[2.5] Percent[per cent]"_s;

        // ranges
        QTest::newRow("fr range") << u"60 à 65 milliards"_s << u"Number[60] Range[à] Number[65] Magnitude[milliards]"_s;
        QTest::newRow("entre et") << u"entre 38 et 40 milliards de dollars"_s
                                  << u"Range[entre] Number[38] Range[et] Number[40] Magnitude[milliards] Currency[dollars]"_s;
        QTest::newRow("en to") << u"$60 billion to $65 billion"_s
                               << u"Currency[$] Number[60] Magnitude[billion] Range[to] Currency[$] Number[65] Magnitude[billion]"_s;
        QTest::newRow("hyphen") << u"60-65"_s << u"Number[60] Range[-] Number[65]"_s;
        QTest::newRow("en dash") << u"60–65 Md$"_s << u"Number[60] Range[–] Number[65] Magnitude[Md] Currency[$]"_s;
        QTest::newRow("à not before number") << u"500 milliards à travers"_s << u"Number[500] Magnitude[milliards]"_s;
        QTest::newRow("entre in prose") << u"entre les deux"_s << u""_s;

        // hedges
        QTest::newRow("près de") << u"près de 80 milliards"_s << u"Hedge[près de] Number[80] Magnitude[milliards]"_s;
        QTest::newRow("pas moins de") << u"pas moins de 62 milliards"_s
                                      << u"Hedge[pas moins de] Number[62] Magnitude[milliards]"_s;
        QTest::newRow("jusqu’à") << u"jusqu’à 65 %"_s << u"Hedge[jusqu’à] Number[65] Percent[%]"_s;
        QTest::newRow("pourraient atteindre") << u"pourraient atteindre 65 milliards"_s
                                              << u"Hedge[pourraient atteindre] Number[65] Magnitude[milliards]"_s;
        QTest::newRow("more than") << u"more than $70 billion"_s
                                   << u"Hedge[more than] Currency[$] Number[70] Magnitude[billion]"_s;
        QTest::newRow("up to") << u"up to 2 GW"_s << u"Hedge[up to] Number[2] Unit[GW]"_s;
        QTest::newRow("about") << u"about 80"_s << u"Hedge[about] Number[80]"_s;
        QTest::newRow("about in prose") << u"talk about AI"_s << u""_s;
        QTest::newRow("plus in prose") << u"plus élevées que prévu"_s << u"Comparison[plus élevées que]"_s;
        QTest::newRow("estimés after") << u"75 milliards de dollars estimés"_s
                                       << u"Number[75] Magnitude[milliards] Currency[dollars] Hedge[estimés]"_s;

        // units
        QTest::newRow("gigawatts") << u"plus de 2 gigawatts"_s << u"Hedge[plus de] Number[2] Unit[gigawatts]"_s;
        QTest::newRow("MW") << u"300 MW"_s << u"Number[300] Unit[MW]"_s;
        QTest::newRow("chip model before unit") << u"about 350,000 Nvidia H100 chips"_s
                                                << u"Hedge[about] Number[350,000] Unit[chips]"_s;
        QTest::newRow("processeurs graphiques") << u"1,3 million de processeurs graphiques"_s
                                                << u"Number[1,3] Magnitude[million] Unit[processeurs graphiques]"_s;
        QTest::newRow("unit word alone") << u"des GPU"_s << u""_s;

        // entities, anaphors
        QTest::newRow("Meta Platforms") << u"Meta Platforms et Google"_s << u"Entity[Meta Platforms] Entity[Google]"_s;
        QTest::newRow("projet Stargate") << u"Le projet Stargate"_s << u"Entity[projet Stargate]"_s;
        QTest::newRow("Amazon.com") << u"qu'Amazon.com a"_s << u"Entity[Amazon.com]"_s;
        QTest::newRow("lower case apple") << u"une apple"_s << u""_s;
        QTest::newRow("anaphors") << u"l’entreprise, le groupe et ses dépenses"_s
                                  << u"Anaphor[l’entreprise] Anaphor[groupe] Capex Cue[dépenses]"_s;
        QTest::newRow("anaphors en") << u"The company and the group"_s << u"Anaphor[company] Anaphor[group]"_s;
        QTest::newRow("group without article") << u"un groupe de travail"_s << u""_s;

        // metric cues
        QTest::newRow("chiffre d'affaires") << u"son chiffre d’affaires"_s << u"Revenue Cue[chiffre d’affaires]"_s;
        QTest::newRow("dépenses d'investissement") << u"les dépenses d'investissement"_s
                                                   << u"Capex Cue[dépenses d'investissement]"_s;
        QTest::newRow("bénéfice net") << u"bénéfice net"_s << u"Net Income Cue[bénéfice net]"_s;
        QTest::newRow("net income") << u"Net income rose"_s << u"Net Income Cue[Net income]"_s;
        QTest::newRow("capital expenditures") << u"capital expenditures"_s << u"Capex Cue[capital expenditures]"_s;
        QTest::newRow("centres de données") << u"des centres de données"_s << u"Capex Cue[centres de données]"_s;
        QTest::newRow("stock") << u"l’action Meta"_s << u"Stock Cue[action] Entity[Meta]"_s;

        // periods and dates
        QTest::newRow("year") << u"en 2025"_s << u"Year[2025]"_s;
        QTest::newRow("multi-year") << u"2025-2028"_s << u"Year[2025-2028]"_s;
        QTest::newRow("iso month") << u"date 2025-01 La"_s << u"Date[2025-01]"_s;
        QTest::newRow("fr date") << u"le 30 janvier 2025,"_s << u"Date[30 janvier 2025]"_s;
        QTest::newRow("en date") << u"January 30, 2025"_s << u"Date[30, 2025]"_s;
        QTest::newRow("uk date") << u"on 30 January 2025"_s << u"Date[30 January 2025]"_s;
        QTest::newRow("quarter fr") << u"au quatrième trimestre"_s << u"Quarter[quatrième trimestre]"_s;
        QTest::newRow("quarter digit") << u"au 4e trimestre 2024"_s << u"Quarter[4e trimestre] Year[2024]"_s;
        // A number tries one gate for dates and quarters, and the year only when it starts with
        // 19 or 20: each form through each way.
        QTest::newRow("quarter digit, capitals") << u"AU 1ER TRIMESTRE"_s << u"Quarter[1ER TRIMESTRE]"_s;
        QTest::newRow("quarter digit, ème") << u"au 2ème trimestre"_s << u"Quarter[2ème trimestre]"_s;
        QTest::newRow("date, then a year") << u"le 1er mars 2025, pas 2024"_s << u"Date[1er mars 2025] Year[2024]"_s;
        QTest::newRow("number from 20") << u"20,5 milliards"_s << u"Number[20,5] Magnitude[milliards]"_s;
        QTest::newRow("number from 19") << u"19 % et 1 900"_s << u"Number[19] Percent[%] Range[et] Number[1 900]"_s;
        QTest::newRow("year after a figure") << u"60 à 65 en 2026"_s << u"Number[60] Range[à] Number[65] Year[2026]"_s;
        QTest::newRow("range from 20") << u"18 à 20 milliards"_s << u"Number[18] Range[à] Number[20] Magnitude[milliards]"_s;
        // After a number, only range connectors try the range expression, and only the first
        // words of phrases the phrases: each way, in each case.
        QTest::newRow("range in capitals") << u"60 ET 65 MILLIARDS"_s << u"Number[60] Range[ET] Number[65] Magnitude[MILLIARDS]"_s;
        QTest::newRow("And at a sentence's start") << u"Between 3 And 4"_s << u"Range[Between] Number[3] Range[And] Number[4]"_s;
        QTest::newRow("connector without a number") << u"60 et des poussières"_s << u"Number[60]"_s;
        QTest::newRow("dollars, phrase or word") << u"5 dollars américains et 6 dollars"_s
                                                 << u"Number[5] Currency[dollars américains] Range[et] Number[6] Currency[dollars]"_s;
        QTest::newRow("U.S. dollars") << u"7 billion U.S. dollars"_s << u"Number[7] Magnitude[billion] Currency[U.S. dollars]"_s;
        QTest::newRow("hedges after") << u"10 GW at least, 20 ou plus"_s << u"Number[10] Unit[GW] Hedge[at least] Number[20] Hedge[ou plus]"_s;
        QTest::newRow("units phrase") << u"300 million monthly active users"_s
                                      << u"Number[300] Magnitude[million] Unit[monthly active users]"_s;
        QTest::newRow("quarter en") << u"fourth-quarter revenue"_s << u"Quarter[fourth-quarter] Revenue Cue[revenue]"_s;
        QTest::newRow("T4 Q4") << u"T4 2024 et Q4"_s << u"Quarter[T4] Year[2024] Quarter[Q4]"_s;
        QTest::newRow("exercice") << u"au cours de l'exercice 2025"_s << u"Fiscal Year[exercice] Year[2025]"_s;
        QTest::newRow("fiscal") << u"in fiscal 2025"_s << u"Fiscal Year[fiscal] Year[2025]"_s;
        QTest::newRow("FY25") << u"FY25 capex"_s << u"Fiscal Year[FY25] Capex Cue[capex]"_s;
        QTest::newRow("cette année") << u"dès cette année"_s << u"Relative Period[cette année]"_s;
        QTest::newRow("l'année dernière") << u"de l'année dernière"_s << u"Relative Period[l'année dernière]"_s;
        QTest::newRow("l’an dernier") << u"l’an dernier"_s << u"Relative Period[l’an dernier]"_s;
        QTest::newRow("le dernier trimestre") << u"Le dernier trimestre,"_s << u"Relative Period[dernier trimestre]"_s;
        QTest::newRow("ce trimestre") << u"ce trimestre"_s << u"Relative Period[trimestre]"_s;
        QTest::newRow("last year") << u"last year and next year"_s << u"Relative Period[last year] Relative Period[next year]"_s;
        QTest::newRow("l'an prochain") << u"l'an prochain"_s << u"Relative Period[l'an prochain]"_s;
        QTest::newRow("jusqu'en") << u"jusqu'en 2026"_s << u"Period Until[jusqu'en] Year[2026]"_s;
        // "d'ici 2029" counts from the article's year to 2029.
        QTest::newRow("d'ici") << u"d’ici 2025"_s << u"Period Until[ici] Year[2025]"_s;

        // negatives: nothing a claim could be made of
        QTest::newRow("n°1") << u"le n°1 mondial"_s << u""_s;
        QTest::newRow("inside identifier") << u"b2bbc1400366c283"_s << u""_s;
        QTest::newRow("phone") << u"01 23 45 67 89"_s << u"Number[01] Number[23] Number[45] Number[67] Number[89]"_s;
        QTest::newRow("plain prose") << u"Le vent a tourné pour tout le monde."_s << u""_s;
    }

    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        KSyntaxHighlighting::Repository repository;
        FigureLexer lexer(repository);
        QCOMPARE(describe(text, lexer.tokenize(text)), expected);
    }

    void offsetsSpanLines()
    {
        KSyntaxHighlighting::Repository repository;
        FigureLexer lexer(repository);
        const QString text = u"Intro\r\n\nMeta investira 60 à 65 milliards.\nFin"_s;
        const FigureTokenList tokens = lexer.tokenize(text);
        QCOMPARE(describe(text, tokens), u"Entity[Meta] Capex Cue[investira] Number[60] Range[à] Number[65] Magnitude[milliards]"_s);
        QCOMPARE(tokens.constFirst().start, text.indexOf(u"Meta"));
    }

    void wrappedLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("joined");
        QTest::newRow("figure across lines") << u"investir 62 milliards\nd'euros"_s << u"investir 62 milliards d'euros"_s;
        QTest::newRow("number on next line") << u"un budget de\n62 milliards."_s << u"un budget de 62 milliards."_s;
        QTest::newRow("title then sentence") << u"Un titre\nLe texte."_s << u"Un titre\nLe texte."_s;
        QTest::newRow("sentence end") << u"Fin.\nsuite"_s << u"Fin.\nsuite"_s;
        QTest::newRow("paragraph") << u"Un mot\n\nsuite"_s << u"Un mot\n\nsuite"_s;
    }

    void wrappedLines()
    {
        QFETCH(QString, text);
        QFETCH(QString, joined);
        QCOMPARE(joinSoftLineBreaks(text), joined);
        KSyntaxHighlighting::Repository repository;
        FigureLexer lexer(repository);
        QCOMPARE(describe(joined, lexer.tokenize(text)), describe(joined, lexer.tokenize(joined)));
    }

    void userEntities()
    {
        EntityCatalog catalog = EntityCatalog::builtIn();
        QString error;
        QVERIFY2(catalog.mergeJson(R"({"format": "recoupe-entities-1", "entities": [
                     {"name": "Mistral AI", "aliases": ["Mistral"]},
                     {"name": "Meta", "aliases": ["Meta Superintelligence Labs"]},
                     {"name": "Banque de France", "aliases": ["BdF"], "defaultMetric": "other_money"}]})",
                                   u"test"_s, &error),
                 qPrintable(error));
        QCOMPARE(catalog.resolve(u"BdF"), u"Banque de France"_s);
        QCOMPARE(catalog.resolve(u"meta  platforms"), u"Meta"_s);
        QCOMPARE(catalog.defaultMetric(u"Banque de France"_s), u"other_money"_s);
        KSyntaxHighlighting::Repository repository;
        FigureLexer lexer(repository, catalog);
        const QString text = u"Mistral et la Banque de France ; Meta Superintelligence Labs dépense 5 M€."_s;
        QCOMPARE(describe(text, lexer.tokenize(text)),
                 u"Entity[Mistral] Entity[Banque de France] Entity[Meta Superintelligence Labs] Capex Cue[dépense] "
                 "Number[5] Magnitude[M] Currency[€]"_s);
    }

    void folderAndUserFiles()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString userFile = EntityCatalog::userFilePath();
        QVERIFY(userFile.endsWith(u"/recoupe/entities.json"_s));
        QVERIFY(QDir().mkpath(QFileInfo(userFile).absolutePath()));
        {
            QFile file(userFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"format": "recoupe-entities-1", "entities": [{"name": "Helion", "aliases": ["Helion Energy"]}]})");
        }
        QTemporaryDir folder;
        QVERIFY(QDir(folder.path()).mkpath(u".recoupe"_s));
        {
            QFile file(EntityCatalog::folderFilePath(folder.path()));
            QVERIFY(file.open(QIODevice::WriteOnly));
            // The folder's file moves the alias "Helion Energy" to another entity.
            file.write(R"({"format": "recoupe-entities-1", "entities": [{"name": "Helion Fusion", "aliases": ["Helion Energy"]}]})");
        }
        QStringList errors;
        EntityCatalog catalog = EntityCatalog::forFolder(folder.path(), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(catalog.resolve(u"Helion"), u"Helion"_s);
        QCOMPARE(catalog.resolve(u"Helion Energy"), u"Helion Fusion"_s);
        QCOMPARE(catalog.resolve(u"Meta Platforms"), u"Meta"_s);

        {
            QFile file(EntityCatalog::folderFilePath(folder.path()));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("{ not json");
        }
        errors.clear();
        catalog = EntityCatalog::forFolder(folder.path(), &errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.constFirst().contains(u"entities.json"));
        QCOMPARE(catalog.resolve(u"Helion"), u"Helion"_s); // the other files still apply
        QFile::remove(userFile);
    }

    void invalidEntityFile()
    {
        EntityCatalog catalog;
        QString error;
        QVERIFY(!catalog.mergeJson("{", u"broken.json"_s, &error));
        QVERIFY(error.contains(u"broken.json"));
        QVERIFY(!catalog.mergeJson(R"({"format": "other"})", u"other.json"_s, &error));
        QVERIFY(catalog.mergeFile(u"/nonexistent/entities.json"_s, &error)); // missing is fine
    }

    // One Repository and one lexer per thread: documents lexed at once give the same tokens.
    void parallelLexing()
    {
        const QString text = u"Meta compte investir 60 à 65 milliards de dollars cette année.\n"_s.repeated(50);
        KSyntaxHighlighting::Repository repository;
        FigureLexer lexer(repository);
        const FigureTokenList expected = lexer.tokenize(text);
        const QList<int> runs{1, 2, 3, 4, 5, 6, 7, 8};
        const QList<FigureTokenList> results = QtConcurrent::blockingMapped(runs, [&text](int) {
            KSyntaxHighlighting::Repository threadRepository;
            FigureLexer threadLexer(threadRepository);
            return threadLexer.tokenize(text);
        });
        for (const FigureTokenList &tokens : results)
            QCOMPARE(tokens, expected);
    }


    // FigureLexerPool: lexers kept between extractions and made before the first.
    void poolKeepsNothingUnlessAsked()
    {
        // recoupe-cli extracts once: its lexers go with their lease.
        FigureLexerPool::setKeeping(false);
        {
            const FigureLexerPool::Lease lease = FigureLexerPool::take(EntityCatalog::builtIn());
            QVERIFY(lease.lexer().isValid());
        }
        QCOMPARE(FigureLexerPool::keptCount(), 0);
    }

    void poolKeepsWhatItLends()
    {
        FigureLexerPool::setKeeping(true);
        FigureLexerPool::clear();
        QCOMPARE(FigureLexerPool::keptCount(), 0);
        const FigureLexer *first = nullptr;
        {
            const FigureLexerPool::Lease lease = FigureLexerPool::take(EntityCatalog::builtIn());
            first = &lease.lexer();
            QVERIFY(lease.lexer().isValid());
            QCOMPARE(FigureLexerPool::keptCount(), 0);
        }
        QCOMPARE(FigureLexerPool::keptCount(), 1);
        {
            // The kept one, lent again.
            const FigureLexerPool::Lease lease = FigureLexerPool::take(EntityCatalog::builtIn());
            QCOMPARE(&lease.lexer(), first);
            QCOMPARE(FigureLexerPool::keptCount(), 0);
        }
        // No more are kept than the pool's threads and the caller use at once.
        {
            std::vector<FigureLexerPool::Lease> leases;
            for (qsizetype i = 0; i < FigureLexerPool::capacity() + 2; ++i)
                leases.push_back(FigureLexerPool::take(EntityCatalog::builtIn()));
        }
        QCOMPARE(FigureLexerPool::keptCount(), FigureLexerPool::capacity());
        FigureLexerPool::clear();
        QCOMPARE(FigureLexerPool::keptCount(), 0);
    }

    void poolLexerTakesTheCatalogOfEachLease()
    {
        FigureLexerPool::setKeeping(true);
        FigureLexerPool::clear();
        EntityCatalog catalog = EntityCatalog::builtIn();
        catalog.add(Entity{u"Banque Vautrin"_s, {}, {}, {}, {}});
        const QString text = u"La Banque Vautrin prête 5 M€."_s;
        {
            const FigureLexerPool::Lease lease = FigureLexerPool::take(catalog);
            QCOMPARE(describe(text, lease.lexer().tokenize(text)), u"Entity[Banque Vautrin] Number[5] Magnitude[M] Currency[€]"_s);
        }
        // The same lexer, lent for a folder without that entity, no longer finds it.
        const FigureLexerPool::Lease lease = FigureLexerPool::take(EntityCatalog::builtIn());
        QCOMPARE(FigureLexerPool::keptCount(), 0);
        QCOMPARE(describe(text, lease.lexer().tokenize(text)), u"Number[5] Magnitude[M] Currency[€]"_s);
    }

    void poolPreparesLexersAhead()
    {
        FigureLexerPool::setKeeping(false);
        FigureLexerPool::prepare();
        QVERIFY(FigureLexerPool::isKeeping());
        // Asked twice while the first lexers are being made: no more are made.
        FigureLexerPool::prepare();
        QThreadPool::globalInstance()->waitForDone();
        QCOMPARE(FigureLexerPool::keptCount(), qsizetype(QThreadPool::globalInstance()->maxThreadCount()));
        // A prepared lexer lexes as a new one does.
        const QString text = u"Meta investira entre 60 et 65 milliards de dollars en 2025, plus de 10 % de plus qu'en 2024."_s;
        KSyntaxHighlighting::Repository repository;
        FigureLexer fresh(repository);
        const FigureLexerPool::Lease lease = FigureLexerPool::take(EntityCatalog::builtIn());
        QCOMPARE(describe(text, lease.lexer().tokenize(text)), describe(text, fresh.tokenize(text)));
        QVERIFY(!describe(text, fresh.tokenize(text)).isEmpty());
    }

    // A folder opened as the window starts: its extraction asks for lexers while the prepared
    // ones are still being made. It waits for one of them rather than make one more for
    // nothing (it made its own, and both prepared ones were kept beside it).
    void poolLendsALexerBeingPrepared()
    {
        FigureLexerPool::setKeeping(false);
        QThreadPool *pool = QThreadPool::globalInstance();
        FigureLexerPool::prepare();
        // Both are being made (each takes tens of milliseconds), none kept yet.
        QVERIFY(allBeingMade());
        {
            const FigureLexerPool::Lease lease = FigureLexerPool::take(EntityCatalog::builtIn());
            QVERIFY(lease.lexer().isValid());
            pool->waitForDone();
            QCOMPARE(FigureLexerPool::keptCount(), qsizetype(pool->maxThreadCount() - 1));
        }
        QCOMPARE(FigureLexerPool::keptCount(), qsizetype(pool->maxThreadCount()));

        // When keeping stops meanwhile, nothing made will be kept: it does not wait for them.
        FigureLexerPool::setKeeping(false);
        FigureLexerPool::prepare();
        QVERIFY(allBeingMade());
        FigureLexerPool::setKeeping(false);
        const FigureLexerPool::Lease own = FigureLexerPool::take(EntityCatalog::builtIn());
        QVERIFY(own.lexer().isValid());
        pool->waitForDone();
        QCOMPARE(FigureLexerPool::keptCount(), 0);
    }

    // A lexer made and lent on a worker thread, lent again on this one (its Repository belongs
    // to no thread), lexes as a new one.
    void poolLexerMovesBetweenThreads()
    {
        FigureLexerPool::setKeeping(true);
        const QString text = u"Amazon dépensera 100 milliards de dollars en 2025, contre 83 milliards."_s;
        const FigureLexer *made = nullptr;
        QString onWorker;
        QtConcurrent::run([&] {
            const FigureLexerPool::Lease lease = FigureLexerPool::take(EntityCatalog::builtIn());
            made = &lease.lexer();
            onWorker = describe(text, lease.lexer().tokenize(text));
        }).waitForFinished();
        QCOMPARE(FigureLexerPool::keptCount(), 1);
        const FigureLexerPool::Lease lease = FigureLexerPool::take(EntityCatalog::builtIn());
        QCOMPARE(&lease.lexer(), made);
        KSyntaxHighlighting::Repository repository;
        FigureLexer fresh(repository);
        QCOMPARE(describe(text, lease.lexer().tokenize(text)), describe(text, fresh.tokenize(text)));
        QCOMPARE(onWorker, describe(text, fresh.tokenize(text)));
    }

    // The reading panes' Repository is warmed on the GUI thread: afterwards it lexes as before.
    void warmUpLeavesTheRepositoryAsItWas()
    {
        // The text that warms the lexers is embedded (else warming would silently do nothing).
        QFile warmUp(u":/recoupe/syntax/warm-up.txt"_s);
        QVERIFY(warmUp.open(QIODevice::ReadOnly));
        QVERIFY(warmUp.size() > 1000);
        KSyntaxHighlighting::Repository repository;
        FigureLexerPool::warmUp(repository);
        FigureLexer lexer(repository);
        QVERIFY(lexer.isValid());
        const QString text = u"au 4e trimestre 2024, 60-65 Md$"_s;
        QCOMPARE(describe(text, lexer.tokenize(text)),
                 u"Quarter[4e trimestre] Year[2024] Number[60] Range[-] Number[65] Magnitude[Md] Currency[$]"_s);
    }


private:
    int m_threads = 0;
};

QTEST_GUILESS_MAIN(TestFigureLexer)
#include "tst_figurelexer.moc"
