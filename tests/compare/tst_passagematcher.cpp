// Passage matching: sentences, the terms that compare across French and English, and matches
// on three short articles written for these tests (tests/fixtures/compare/passages), one in
// English and two in French, reporting the same announcement.
#include "compare/passagematcher.h"
#include "compare/textfeatures.h"
#include "testconfig.h"

#include <QFile>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

Document readFixture(const QString &name, const QString &language)
{
    Document document;
    document.id = document.path = name;
    document.language = language;
    QFile file(QStringLiteral(RECOUPE_FIXTURES_DIR "/compare/passages/") + name);
    if (file.open(QIODevice::ReadOnly))
        document.text = QString::fromUtf8(file.readAll());
    else
        document.errors.append(file.errorString());
    return document;
}

Document makeDocument(const QString &id, const QString &text, const QString &language = u"en"_s)
{
    Document document;
    document.id = document.path = id;
    document.text = text;
    document.language = language;
    return document;
}

const PassageMatch *findMatch(const QList<PassageMatch> &matches, const QString &firstPart, const QString &secondPart)
{
    for (const PassageMatch &match : matches) {
        if ((match.first.text.contains(firstPart) && match.second.text.contains(secondPart))
            || (match.first.text.contains(secondPart) && match.second.text.contains(firstPart)))
            return &match;
    }
    return nullptr;
}

QString numberKey(const QString &text, const QString &language)
{
    for (const TextTerm &term : TextFeatures::terms(text, language)) {
        if (term.kind == TextTerm::Kind::Number || term.kind == TextTerm::Kind::Year)
            return term.key;
    }
    return {};
}

} // namespace

class TestPassageMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_documents = {readFixture(u"norvalis-fr.txt"_s, u"fr"_s), readFixture(u"norvalis-en.txt"_s, u"en"_s),
                       readFixture(u"norvalis-fr-2.txt"_s, u"fr"_s)};
        for (const Document &document : std::as_const(m_documents))
            QVERIFY2(document.isLoaded() && !document.text.isEmpty(), qPrintable(document.id));
        m_matches = PassageMatcher().match(m_documents);
    }

    void sentences()
    {
        const QString text = u"  First one. Second one!\n\nA third, on its own line\nFourth? Yes."_s;
        const auto spans = PassageMatcher::sentences(text);
        QStringList sentences;
        for (const auto &[start, end] : spans)
            sentences.append(text.sliced(start, end - start));
        QCOMPARE(sentences, (QStringList{u"First one."_s, u"Second one!"_s, u"A third, on its own line"_s, u"Fourth?"_s, u"Yes."_s}));
        // As the claim parser reads sentences: an abbreviation does not end one.
        const QString titled = u"Mr. Vance spoke. Dr. Ode replied."_s;
        QStringList read;
        for (const auto &[start, end] : PassageMatcher::sentences(titled))
            read.append(titled.sliced(start, end - start));
        QCOMPARE(read, (QStringList{u"Mr. Vance spoke."_s, u"Dr. Ode replied."_s}));
        QVERIFY(PassageMatcher::sentences(QString()).isEmpty());
        QVERIFY(PassageMatcher::sentences(u" \n\n "_s).isEmpty());
    }

    void fold()
    {
        QCOMPARE(TextFeatures::fold(u"Société"), u"societe"_s);
        QCOMPARE(TextFeatures::fold(u"Œuvre"), u"oeuvre"_s);
        QCOMPARE(TextFeatures::fold(u"ÉTATS-UNIS"), u"etats-unis"_s);
        // Letters folded from a table, beside ones past it, in a word longer after folding.
        QCOMPARE(TextFeatures::fold(u"Œœæß Ǎ Ÿ’ ḾĀ"), u"oeoeaeß a y' ma"_s);
        QCOMPARE(TextFeatures::fold(u"ŒŒŒŒŒŒŒŒŒŒŒŒŒŒŒŒ"), QString(u"oe"_s).repeated(16));
        // The buffer reused by terms() is not one another string shares.
        QString shared = u"Abc"_s;
        const QString copy = shared;
        QCOMPARE(TextFeatures::fold(shared), u"abc"_s);
        QCOMPARE(copy, u"Abc"_s);
        QVERIFY(TextFeatures::fold(u"").isEmpty());
    }

    void stemsMeetAcrossLanguages_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::newRow("invest") << QStringList{u"investissement"_s, u"investment"_s, u"investir"_s, u"invested"_s, u"investing"_s, u"investissements"_s};
        QTest::newRow("infrastructure") << QStringList{u"infrastructures"_s, u"infrastructure"_s};
        QTest::newRow("capacity") << QStringList{u"capacité"_s, u"capacity"_s};
        QTest::newRow("artificial") << QStringList{u"artificielle"_s, u"artificial"_s};
        QTest::newRow("data, from the table") << QStringList{u"données"_s, u"data"_s};
        QTest::newRow("users, from the table") << QStringList{u"utilisateurs"_s, u"users"_s};
        QTest::newRow("AI, from the table") << QStringList{u"IA"_s, u"AI"_s};
        QTest::newRow("spend, from the table") << QStringList{u"dépenses"_s, u"spending"_s};
    }

    void stemsMeetAcrossLanguages()
    {
        QFETCH(QStringList, words);
        const QString expected = TextFeatures::stem(TextFeatures::fold(words.first()));
        QVERIFY(!expected.isEmpty());
        for (const QString &word : std::as_const(words))
            QCOMPARE(TextFeatures::stem(TextFeatures::fold(word)), expected);
    }

    void stopWordsHaveNoStem()
    {
        for (const QString &word : {u"le"_s, u"the"_s, u"dans"_s, u"with"_s, u"selon"_s})
            QVERIFY2(TextFeatures::stem(word).isEmpty(), qPrintable(word));
    }

    void parseNumber_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("value");
        QTest::newRow("French decimal comma") << u"1,3"_s << u"fr"_s << 1.3;
        QTest::newRow("English thousands comma") << u"1,300"_s << u"en"_s << 1300.0;
        QTest::newRow("French three decimals") << u"1,300"_s << u"fr"_s << 1.3;
        QTest::newRow("spaces between groups") << u"1 300 000"_s << u"fr"_s << 1300000.0;
        QTest::newRow("narrow no-break spaces") << u"12\u202F500"_s << u"fr"_s << 12500.0;
        QTest::newRow("decimal point") << u"48.4"_s << u"fr"_s << 48.4;
        QTest::newRow("French thousands dot") << u"1.300"_s << u"fr"_s << 1300.0;
        QTest::newRow("English both") << u"1,234.5"_s << u"en"_s << 1234.5;
        QTest::newRow("French both") << u"1.234,5"_s << u"fr"_s << 1234.5;
        QTest::newRow("unknown language, decimal") << u"4,2"_s << QString() << 4.2;
    }

    void parseNumber()
    {
        QFETCH(QString, digits);
        QFETCH(QString, language);
        QFETCH(double, value);
        const auto parsed = TextFeatures::parseNumber(digits, language);
        QVERIFY(parsed);
        QCOMPARE(*parsed, value);
    }

    void numbersCompareByValue()
    {
        QCOMPARE(numberKey(u"62 milliards d'euros"_s, u"fr"_s), numberKey(u"$62 billion"_s, u"en"_s));
        QCOMPARE(numberKey(u"1,3 million de GPU"_s, u"fr"_s), numberKey(u"1.3 million GPUs"_s, u"en"_s));
        QCOMPARE(numberKey(u"plus d'un milliard de personnes"_s, u"fr"_s), numberKey(u"one billion people"_s, u"en"_s));
        QCOMPARE(numberKey(u"3 000 salariés"_s, u"fr"_s), numberKey(u"3,000 workers"_s, u"en"_s));
        QCOMPARE(numberKey(u"cinq ans"_s, u"fr"_s), numberKey(u"five years"_s, u"en"_s));
        // French "billion" is a thousand milliards.
        QCOMPARE(numberKey(u"2 billions d'euros"_s, u"fr"_s), numberKey(u"2 trillion euros"_s, u"en"_s));
        const QList<TextTerm> terms = TextFeatures::terms(u"en 2025, 1 GW"_s, u"fr"_s);
        QCOMPARE(terms.size(), 3);
        QCOMPARE(terms.at(0).kind, TextTerm::Kind::Year);
        QCOMPARE(terms.at(1).kind, TextTerm::Kind::Number);
        QCOMPARE(terms.at(1).surface, u"1"_s);
        const QList<TextTerm> scaled = TextFeatures::terms(u"investira 62 milliards"_s, u"fr"_s);
        QCOMPARE(scaled.last().surface, u"62 milliards"_s);
        QCOMPARE(scaled.last().position, 10);
    }

    // The same facts, told in French and in English, with and without figures.
    void matchesAcrossLanguages_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("headline, FR-EN") << u"Norvalis investira 12 milliards"_s << u"Norvalis to spend"_s;
        QTest::newRow("the investment, FR-EN") << u"Le fabricant de semi-conducteurs"_s << u"The semiconductor maker"_s;
        QTest::newRow("jobs, FR-EN") << u"3 000 salariés"_s << u"3,000 workers"_s;
        QTest::newRow("share price, FR-EN") << u"L'action Norvalis"_s << u"Norvalis shares rose"_s;
        QTest::newRow("public aid, FR-EN") << u"aide publique"_s << u"public support"_s;
        QTest::newRow("without a figure, FR-EN") << u"fournit déjà"_s << u"already supplies"_s;
        QTest::newRow("first phase, FR-EN") << u"première tranche"_s << u"first phase"_s;
        QTest::newRow("headline, FR-FR") << u"Norvalis investira 12 milliards"_s << u"Norvalis injecte"_s;
        QTest::newRow("share price, FR-FR") << u"L'action Norvalis"_s << u"Le titre Norvalis"_s;
        QTest::newRow("state aid, EN-FR") << u"public support"_s << u"L'État mettra"_s;
        QTest::newRow("the plant, EN-FR") << u"The semiconductor maker"_s << u"bâtir une usine"_s;
    }

    void matchesAcrossLanguages()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        const PassageMatch *match = findMatch(m_matches, first, second);
        QVERIFY2(match, qPrintable(u"%1 <> %2"_s.arg(first, second)));
        QVERIFY(match->score >= PassageMatchOptions().threshold && match->score <= 1.0);
        QVERIFY(match->shared.size() >= 2);
        QVERIFY(match->first.document != match->second.document);
    }

    void noMatchBetweenUnrelatedSentences_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("weather and football") << u"météo"_s << u"football"_s;
        QTest::newRow("unions and analysts") << u"syndicats"_s << u"Analysts"_s;
        QTest::newRow("the mayor and the investment") << u"Le maire"_s << u"The semiconductor maker"_s;
        QTest::newRow("the mayor and the headline") << u"Le maire"_s << u"Norvalis investira"_s;
        QTest::newRow("jobs and share price") << u"3 000 salariés"_s << u"Norvalis shares"_s;
    }

    void noMatchBetweenUnrelatedSentences()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QVERIFY(!findMatch(m_matches, first, second));
    }

    void matchesPointIntoTheirDocuments()
    {
        QVERIFY(!m_matches.isEmpty());
        double previousScore = 2;
        for (const PassageMatch &match : std::as_const(m_matches)) {
            QVERIFY(match.score <= previousScore); // best first
            previousScore = match.score;
            for (const PassageSpan *span : {&match.first, &match.second}) {
                const auto document = std::find_if(m_documents.cbegin(), m_documents.cend(),
                                                   [&](const Document &d) { return d.id == span->document; });
                QVERIFY(document != m_documents.cend());
                QCOMPARE(document->text.mid(span->start, span->end - span->start), span->text);
            }
            // first is the earlier document of the folder
            const auto index = [this](const QString &id) {
                return std::find_if(m_documents.cbegin(), m_documents.cend(), [&](const Document &d) { return d.id == id; }) - m_documents.cbegin();
            };
            QVERIFY(index(match.first.document) < index(match.second.document));
        }
        const PassageMatch *jobs = findMatch(m_matches, u"3 000 salariés"_s, u"3,000 workers"_s);
        QVERIFY(jobs);
        QVERIFY2(jobs->shared.contains(u"3 000"_s) && jobs->shared.contains(u"2028"_s), qPrintable(jobs->shared.join(u'|')));
    }

    // The window's matches: the same pairs, scores and order, without the sentences' text.
    void matchesWithoutQuotes()
    {
        PassageMatchOptions options;
        options.quotes = false;
        const QList<PassageMatch> unquoted = PassageMatcher(options).match(m_documents);
        QCOMPARE(unquoted.size(), m_matches.size());
        for (qsizetype i = 0; i < unquoted.size(); ++i) {
            PassageMatch quoted = m_matches.at(i);
            QVERIFY(!quoted.first.text.isEmpty() && !quoted.second.text.isEmpty() && !quoted.shared.isEmpty());
            quoted.first.text.clear();
            quoted.second.text.clear();
            quoted.shared.clear();
            QVERIFY2(unquoted.at(i) == quoted, qPrintable(QString::number(i)));
        }
    }

    // Each sentence keeps its best match in each other document.
    void oneBestMatchPerSentenceAndDocument()
    {
        QHash<std::pair<QString, qsizetype>, QSet<QString>> partners;
        for (const PassageMatch &match : std::as_const(m_matches)) {
            partners[{match.first.document, match.first.start}].insert(match.second.document + u'@' + QString::number(match.second.start));
            partners[{match.second.document, match.second.start}].insert(match.first.document + u'@' + QString::number(match.first.start));
        }
        for (auto it = partners.cbegin(); it != partners.cend(); ++it)
            QVERIFY(it->size() <= 2 * (m_documents.size() - 1));
    }

    void sameDocumentNeverMatched()
    {
        const QList<Document> documents{makeDocument(u"a.txt"_s, u"Norvalis will invest 12 billion euros in Grenoble. Norvalis will invest 12 billion euros in Grenoble."_s)};
        QVERIFY(PassageMatcher().match(documents).isEmpty());
    }

    void oneSharedNameIsNotAMatch()
    {
        const QList<Document> documents{makeDocument(u"a.txt"_s, u"Grenoble hosts a film festival every spring."_s),
                                        makeDocument(u"b.txt"_s, u"Traffic jams blocked Grenoble on Monday morning."_s)};
        QVERIFY(PassageMatcher().match(documents).isEmpty());
    }

    void unloadedDocumentsAreSkipped()
    {
        QList<Document> documents = m_documents;
        documents[1].errors.append(u"unreadable"_s);
        for (const PassageMatch &match : PassageMatcher().match(documents)) {
            QVERIFY(match.first.document != u"norvalis-en.txt"_s);
            QVERIFY(match.second.document != u"norvalis-en.txt"_s);
        }
    }

    void withPromise()
    {
        QFuture<QList<PassageMatch>> future = QtConcurrent::run(&PassageMatcher::matchWithPromise, m_documents, PassageMatchOptions());
        QCOMPARE(future.result(), m_matches);
        QCOMPARE(future.progressValue(), future.progressMaximum());

        QPromise<QList<PassageMatch>> promise;
        QFuture<QList<PassageMatch>> canceled = promise.future();
        canceled.cancel();
        PassageMatcher::matchWithPromise(promise, m_documents, PassageMatchOptions());
        QCOMPARE(canceled.resultCount(), 0);
    }

    // A folder of thousands of articles sharing a common vocabulary: terms in every sentence do
    // not propose candidates, and the one restated fact is still found.
    void manyDocuments()
    {
        // Six-letter made-up words, one per number, that no stemming merges.
        const auto word = [](int n) {
            QString letters = u"z"_s;
            for (int i = 0; i < 5; ++i, n /= 10)
                letters += QLatin1Char("bcfhjklmnp"[n % 10]);
            return letters;
        };
        QList<Document> documents;
        for (int d = 0; d < 3000; ++d) {
            QString text;
            for (int s = 0; s < 4; ++s)
                text += u"Report notes %1 and %2 alongside %3. "_s.arg(word(d * 4 + s), word(20000 + (d * 7 + s) % 5000), word(40000 + d));
            documents.append(makeDocument(u"d%1.txt"_s.arg(d), text));
        }
        documents[17].text = documents[17].text.toString() + u"Orbalt Systems will hire 4,700 engineers in Lyon next spring."_s;
        documents[2403].text = documents[2403].text.toString() + u"Orbalt Systems prévoit d'embaucher 4 700 ingénieurs à Lyon au printemps."_s;
        documents[2403].language = u"fr"_s;
        const QList<PassageMatch> matches = PassageMatcher().match(documents);
        const PassageMatch *planted = findMatch(matches, u"4,700 engineers"_s, u"4 700 ingénieurs"_s);
        QVERIFY(planted);
        QCOMPARE(planted->first.document, u"d17.txt"_s);
        QCOMPARE(planted->second.document, u"d2403.txt"_s);
    }

    // Sentences that many articles repeat, some word for word (equal scores), over several
    // blocks of sentences: the matches kept must not depend on how many threads found them.
    void sameMatchesOnAnyNumberOfThreads()
    {
        const QStringList facts{
            u"Norvalis will spend %1 billion euros on data centres in Grenoble"_s,
            u"Quarvex shares fell %1 percent after the chip export rules"_s,
            u"Helmora plans to hire %1 engineers for its battery plant in Lyon"_s,
            u"The Brevant fund raised %1 million dollars from pension savers"_s,
            u"Ostrel signed a %1 year power contract with the Tarnac dam"_s,
        };
        QList<Document> documents;
        for (int d = 0; d < 700; ++d) {
            QString text;
            for (int s = 0; s < 7; ++s) {
                const QString fact = facts.at((d + s) % facts.size()).arg((d * 7 + s) % 4 + 2);
                text += (s % 3 == 0 ? fact : u"Reporters noted that "_s + fact.left(1).toLower() + fact.mid(1)) + u". "_s;
            }
            documents.append(makeDocument(u"d%1.txt"_s.arg(d), text));
        }
        QThreadPool *pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        const QList<PassageMatch> oneThread = PassageMatcher().match(documents);
        pool->setMaxThreadCount(3);
        const QList<PassageMatch> threeThreads = PassageMatcher().match(documents);
        pool->setMaxThreadCount(threads);
        QVERIFY(oneThread.size() > 1000);
        QCOMPARE(threeThreads.size(), oneThread.size());
        QVERIFY(threeThreads == oneThread);
    }

private:
    QList<Document> m_documents;
    QList<PassageMatch> m_matches;
};

QTEST_GUILESS_MAIN(TestPassageMatcher)
#include "tst_passagematcher.moc"
