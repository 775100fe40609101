#include "annotations/annotation.h"
#include "report/factcheckreport.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Recoupe;
using namespace Qt::StringLiterals;

namespace {

// Two invented articles that disagree on one figure, with markup-like characters in their titles
// and text, a revision, an agreeing group and three annotations (in place, moved, lost).
Document article(const QString &id, const QString &title, const QString &date, const QString &language, const QString &text)
{
    Document document;
    document.id = id;
    document.path = id;
    document.absolutePath = u"/news/"_s + id;
    document.title = title;
    document.date = date;
    document.dateSource = u"text"_s;
    document.language = language;
    document.text = text;
    return document;
}

Claim claim(const Document &document, int number, const QString &quote, double low, double high, const QString &currency,
            const QString &period)
{
    Claim c;
    c.number = number;
    c.document = document.id;
    c.entity = u"Acme <&> Co"_s;
    c.metric = u"capex"_s;
    c.period = period;
    c.low = low;
    c.high = high;
    c.currency = currency;
    c.qualifier = low == high ? Qualifier::Exact : Qualifier::Range;
    const QString text = document.text.toString();
    c.start = text.indexOf(quote);
    c.end = c.start + quote.size();
    // The sentence holding the quote: up to the full stop around it.
    const qsizetype from = text.lastIndexOf(u". "_s, c.start);
    const qsizetype to = text.indexOf(u'.', c.end);
    c.sentenceStart = from < 0 ? 0 : from + 2;
    c.sentenceEnd = to < 0 ? text.size() : to + 1;
    return c;
}

Annotation note(const QString &id, const Document &document, const QString &exact, const QString &verdict, const QString &text)
{
    Annotation annotation;
    annotation.id = id;
    const QString readingText = document.text.toString();
    const qsizetype at = readingText.indexOf(exact);
    annotation.target = AnnotationTarget::forPassage(document.id, readingText, at, at + exact.size());
    annotation.note = text;
    annotation.verdict = verdict;
    annotation.author = u"Zoé <desk>"_s;
    annotation.created = QDateTime(QDate(2025, 2, 3), QTime(9, 0), QTimeZone::UTC);
    annotation.modified = annotation.created;
    return annotation;
}

FactCheckReportInput fixture()
{
    FactCheckReportInput input;
    input.folder = u"/news/ai spending"_s;
    input.created = QDateTime(QDate(2025, 3, 4), QTime(14, 30));
    const Document first = article(u"first.txt"_s, u"Acme bets on <AI> & data centres"_s, u"2025-01-30"_s, u"en"_s,
                                   u"Acme said on Thursday it will spend 60 to 65 billion dollars on data centres this year. "
                                   "The plan was welcomed."_s);
    const Document second = article(u"second.md"_s, u"Acme : 65 milliards d'euros"_s, u"2025-01-31"_s, u"fr"_s,
                                    u"Le groupe investira 65 milliards d'euros cette année, selon son patron. "
                                    "Le marché a salué l'annonce."_s);
    const Document third = article(u"third.html"_s, u"Acme raises its plan"_s, u"2025-07-31"_s, u"en"_s,
                                   u"In July Acme raised its plan to 70 billion dollars for the year. Analysts agreed."_s);
    input.documents = {first, second, third};
    input.claims = {claim(first, 1, u"60 to 65 billion dollars"_s, 60e9, 65e9, u"USD"_s, u"2025"_s),
                    claim(second, 1, u"65 milliards d'euros"_s, 65e9, 65e9, u"EUR"_s, u"2025"_s),
                    claim(third, 1, u"70 billion dollars"_s, 70e9, 70e9, u"USD"_s, u"2026"_s)};

    ClaimGroup discrepancy;
    discrepancy.key = {u"Acme <&> Co"_s, u"capex"_s, u"2025"_s};
    discrepancy.claims = {u"first.txt#1"_s, u"second.md#1"_s};
    discrepancy.documents = {u"first.txt"_s, u"second.md"_s};
    discrepancy.verdict = Verdict::Discrepancy;
    discrepancy.reasons = {{u"currency_swap"_s, discrepancy.claims, u"The same 65 is written in dollars <here> & in euros there."_s}};
    ClaimGroup revised;
    revised.key = {u"Acme <&> Co"_s, u"capex"_s, u"2026"_s};
    revised.claims = {u"third.html#1"_s};
    revised.documents = {u"third.html"_s};
    revised.verdict = Verdict::Revised;
    revised.reasons = {{u"revision"_s, revised.claims, u"A later article raises the figure."_s}};
    ClaimGroup single;
    single.key = {u"Other"_s, u"revenue"_s, u"2025"_s};
    single.verdict = Verdict::Single;
    input.groups = {discrepancy, revised, single};

    Annotation inPlace = note(u"a1"_s, first, u"60 to 65 billion dollars"_s, u"confirmed"_s, u"Checked against the <b>filing</b> & the call."_s);
    Annotation moved = note(u"a2"_s, second, u"65 milliards d'euros"_s, u"discrepancy"_s, u"Dollars in the release.\n\nAsk the desk."_s);
    moved.target.start += 7; // as if the article had been edited since: the passage is found elsewhere
    moved.target.end += 7;
    Annotation lost = note(u"a3"_s, third, u"Analysts agreed."_s, u"needs_source"_s, u"Which analysts?"_s);
    lost.target.exact = u"Analysts disagreed loudly about everything."_s;
    lost.target.prefix.clear();
    lost.target.suffix.clear();
    lost.target.start = lost.target.end = -1;
    input.annotations = {inPlace, moved, lost};
    input.charts = {{u"Acme <&> Co"_s, FactCheckReport::chartFileName(u"Acme <&> Co"_s)}};
    return input;
}

// The text of every element of the given class, in document order, from well-formed markup.
QStringList textsOfClass(const QString &html, const QString &elementName, const QString &className, QString *error = nullptr)
{
    QXmlStreamReader xml(html);
    QStringList texts;
    int depth = 0;
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (depth > 0) {
                ++depth;
            } else if (xml.name() == elementName
                       && (className.isEmpty() || xml.attributes().value("class"_L1).split(u' ').contains(className))) {
                depth = 1;
                current.clear();
            }
        } else if (xml.isCharacters() && depth > 0) {
            current += xml.text();
        } else if (xml.isEndElement() && depth > 0 && --depth == 0) {
            texts.append(current);
        }
    }
    if (error)
        *error = xml.hasError() ? xml.errorString() + u" at line "_s + QString::number(xml.lineNumber()) : QString();
    return texts;
}

} // namespace

class FactCheckReportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }

    void summaryCounts()
    {
        const FactCheckReport report(fixture());
        const FactCheckReportSummary summary = report.summary();
        QCOMPARE(summary.articles, 3);
        QCOMPARE(summary.unreadable, 0);
        QCOMPARE(summary.claims, 3);
        QCOMPARE(summary.groups, 3);
        QCOMPARE(summary.discrepancies, 1);
        QCOMPARE(summary.revisions, 1);
        QCOMPARE(summary.annotations, 3);
        QCOMPARE(report.title(), u"Fact-check report: ai spending"_s);
    }

    void anchorsOfAnnotations()
    {
        const FactCheckReport report(fixture());
        QCOMPARE(report.anchor(u"a1"_s).status, AnchorStatus::Anchored);
        QCOMPARE(report.anchor(u"a2"_s).status, AnchorStatus::Moved);
        QCOMPARE(report.anchor(u"a3"_s).status, AnchorStatus::Orphaned);
    }

    void htmlIsWellFormedAndComplete()
    {
        const QString html = FactCheckReport(fixture()).html({{u"charts/acme-co-capex.png"_s, QByteArray("\x89PNG fake")}});
        QString error;
        const QStringList groups = textsOfClass(html, u"article"_s, u"discrepancy"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(groups.size(), 1);
        QVERIFY(groups.constFirst().contains(u"Acme <&> Co"_s));
        QVERIFY(groups.constFirst().contains(u"The same 65 is written in dollars <here> & in euros there."_s));
        QVERIFY(groups.constFirst().contains(u"Acme bets on <AI> & data centres"_s));
        QVERIFY(groups.constFirst().contains(u"30 January 2025"_s));
        // The quote is marked inside its sentence.
        QCOMPARE(textsOfClass(html, u"mark"_s, {}).mid(0, 2), (QStringList{u"60 to 65 billion dollars"_s, u"65 milliards d'euros"_s}));
        QVERIFY(html.contains(u"<mark>60 to 65 billion dollars</mark> on data centres this year."_s));
        QCOMPARE(textsOfClass(html, u"article"_s, u"revised"_s).size(), 1);

        const QStringList annotations = textsOfClass(html, u"article"_s, u"annotation"_s);
        QCOMPARE(annotations.size(), 3);
        QVERIFY(annotations.at(0).contains(u"Confirmed"_s));
        QVERIFY(annotations.at(0).contains(u"Checked against the <b>filing</b> & the call."_s));
        QVERIFY(annotations.at(0).contains(u"Zoé <desk>"_s));
        QCOMPARE(textsOfClass(html, u"span"_s, u"status"_s), (QStringList{u"Anchored"_s, u"Moved"_s, u"Orphaned"_s}));
        QVERIFY(annotations.at(2).contains(u"Needs a source"_s));

        // The chart given as bytes is embedded; the sources are listed in order.
        QVERIFY(html.contains(u"src=\"data:image/png;base64,"_s + QString::fromLatin1(QByteArray("\x89PNG fake").toBase64()) + u'"'));
        QCOMPARE(textsOfClass(html, u"figure"_s, u"chart"_s).size(), 1);
        const QStringList rows = textsOfClass(html, u"tr"_s, {});
        QCOMPARE(rows.size(), 4); // header and three sources
        QVERIFY(rows.at(2).contains(u"second.md"_s));

        // Sections in the order an editor reads them.
        qsizetype last = -1;
        for (const QString &id : {u"summary"_s, u"discrepancies"_s, u"revisions"_s, u"annotations"_s, u"charts"_s, u"sources"_s}) {
            const qsizetype at = html.indexOf(u"<section id=\""_s + id + u'"');
            QVERIFY2(at > last, qPrintable(id));
            last = at;
        }
        // Self-contained: nothing is fetched from anywhere.
        QVERIFY(!html.contains(u"http://"_s));
        QVERIFY(!html.contains(u"https://"_s));
        QVERIFY(!html.contains(u"@import"_s));
    }

    void htmlEscapesEverything()
    {
        const QString html = FactCheckReport(fixture()).html();
        QVERIFY(!html.contains(u"<AI>"_s));
        QVERIFY(!html.contains(u"<b>filing"_s));
        QVERIFY(!html.contains(u"<desk>"_s));
        QVERIFY(html.contains(u"Acme bets on &lt;AI&gt; &amp; data centres"_s));
        QVERIFY(html.contains(u"Acme &lt;&amp;&gt; Co"_s));
        // Without bytes, the chart is linked beside the report.
        QVERIFY(html.contains(u"src=\"charts/acme-co-capex.png\""_s));
    }

    // The quote keeps its place in the sentence: no space is added where the text has none
    // ("d'environ"), and the spaces it has stay.
    void quoteKeepsTheSpacingOfItsSentence()
    {
        FactCheckReportInput input;
        input.folder = u"/news/shares"_s;
        const Document first = article(u"a.txt"_s, u"Le titre s'envole"_s, u"2025-01-30"_s, u"fr"_s,
                                       u"Jeudi, le titre bondissait d’environ 11 % sur la journée. Rien d'autre."_s);
        const Document second = article(u"b.txt"_s, u"Shares jump"_s, u"2025-01-30"_s, u"en"_s,
                                        u"On Thursday the shares gained 1.6% in New York."_s);
        input.documents = {first, second};
        input.claims = {claim(first, 1, u"environ 11 %"_s, 11, 11, QString(), QString()),
                        claim(second, 1, u"1.6%"_s, 1.6, 1.6, QString(), QString())};
        ClaimGroup group;
        group.key = {u"Acme"_s, u"stock_move_pct"_s, QString()};
        group.claims = {u"a.txt#1"_s, u"b.txt#1"_s};
        group.documents = {u"a.txt"_s, u"b.txt"_s};
        group.verdict = Verdict::Discrepancy;
        group.reasons = {{u"percentage_mismatch"_s, group.claims, u"Different percentages."_s}};
        input.groups = {group};
        const QString md = FactCheckReport(input).markdown();
        QVERIFY2(md.contains(u"bondissait d’**environ 11 %** sur la journée."_s), qPrintable(md));
        QVERIFY2(md.contains(u"shares gained **1.6%** in New York."_s), qPrintable(md));
    }

    void markdown()
    {
        const QString md = FactCheckReport(fixture()).markdown();
        QVERIFY(md.startsWith(u"# Fact-check report: ai spending\n"_s));
        QVERIFY(md.contains(u"### Acme \\<\\&\\> Co · capital expenditure · 2025\n"_s));
        QVERIFY(md.contains(u"**60 to 65 billion dollars** on data centres this year."_s));
        QVERIFY(md.contains(u"Acme bets on \\<AI\\> \\& data centres"_s));
        QVERIFY(md.contains(u"- The same 65 is written in dollars \\<here\\> \\& in euros there.\n"_s));
        QVERIFY(md.contains(u"](<charts/acme-co-capex.png>)"_s));
        QVERIFY(md.contains(u"Checked against the \\<b\\>filing\\</b\\> \\& the call."_s));
        QVERIFY(!md.contains(u"<b>"_s));
        // Sections in order.
        const QStringList headings = [&] {
            QStringList found;
            for (const QString &line : md.split(u'\n')) {
                if (line.startsWith(u"## "_s))
                    found.append(line.mid(3));
            }
            return found;
        }();
        QCOMPARE(headings, (QStringList{u"Summary"_s, u"Discrepancies"_s, u"Revisions"_s, u"Annotations"_s, u"Corrections"_s,
                                        u"Capital expenditure charts"_s, u"Sources"_s}));
    }

    void emptyReport()
    {
        FactCheckReportInput input;
        input.folder = u"/news/empty/"_s;
        const FactCheckReport report(input);
        QCOMPARE(report.title(), u"Fact-check report: empty"_s);
        QString error;
        textsOfClass(report.html(), u"p"_s, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // discrepancies, revisions, annotations, corrections, charts
        QCOMPARE(textsOfClass(report.html(), u"p"_s, u"empty"_s).size(), 5);
        QVERIFY(report.markdown().contains(u"No annotation yet."_s));
        QVERIFY(report.markdown().contains(u"No figure was corrected by hand."_s));
    }

    void localeAndLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedKingdom) << u"en-GB"_s << u"30 January 2025"_s << u"Discrepancy"_s;
        QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France) << u"fr"_s << u"30 janvier 2025"_s << u"Divergence"_s;
    }

    void localeAndLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, lang);
        QFETCH(QString, date);
        QFETCH(QString, verdict);
        QLocale::setDefault(locale);
        // The translations built into the library, as the programs load them.
        QTranslator translator;
        const bool translated = translator.load(locale, u"recoupe"_s, u"_"_s, u":/i18n"_s);
        if (translated)
            QCoreApplication::installTranslator(&translator);
        const QString html = FactCheckReport(fixture()).html();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(html.contains(u"<html lang=\""_s + lang + u'"'));
        QVERIFY2(html.contains(date), qPrintable(date));
        if (translated || locale.language() == QLocale::English)
            QVERIFY(html.contains(u"<span class=\"badge\">"_s + verdict + u"</span>"_s));
    }

    void chartFileNames_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("plain") << u"Meta"_s << u"charts/meta-capex.png"_s;
        QTest::newRow("accents") << u"Société Générale"_s << u"charts/societe-generale-capex.png"_s;
        QTest::newRow("markup") << u"Acme <&> Co"_s << u"charts/acme-co-capex.png"_s;
        QTest::newRow("none left") << u"株式会社"_s << u"charts/entity-capex.png"_s;
    }

    void chartFileNames()
    {
        QFETCH(QString, entity);
        QFETCH(QString, fileName);
        QCOMPARE(FactCheckReport::chartFileName(entity), fileName);
        QCOMPARE(FactCheckReport::chartFileName(entity, 1), fileName);
        // A second entity with the same name once folded gets its own file.
        QCOMPARE(FactCheckReport::chartFileName(entity, 2), QString(fileName).replace(u"-capex.png"_s, u"-2-capex.png"_s));
    }
};

QTEST_GUILESS_MAIN(FactCheckReportTest)
#include "tst_factcheckreport.moc"
