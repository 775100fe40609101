// Language profiles: the embedded files load, every list the parser reads is there in both
// languages, phrases are found as whole words, the lexicon marks every word of the profiles as
// the parser reads it (both come from the same files), and a third language is one more file.
#include "claims/languageknowledge.h"
#include "claims/languageprofile.h"
#include "figures/figurelexer.h"

#include <KSyntaxHighlighting/Repository>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

QJsonObject rawProfile(const QString &language)
{
    QFile file(LanguageProfile::builtinPath(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}

// Lists a language may leave empty, and why.
const QStringList mayBeEmpty{
    u"reported_quarter"_s,  // "for the quarter": the lexicon marks no French phrase of the kind yet
    u"change_from"_s,       // French "de" may also mean "by": it is in change_from_or_by
    u"change_from_or_by"_s, // English "from" and "by" are never ambiguous: change_from
    u"named_year"_s,        // "l'année 2024": the lexicon marks no English relative period of the kind
    u"not_a_noun"_s,        // French puts "de" before what a magnitude counts: no list needed
};

} // namespace

class TestLanguageProfile : public QObject
{
    Q_OBJECT

    // One row a profile embedded from resources/languages: a new language's file is tested at once.
    static void everyLanguage()
    {
        QTest::addColumn<QString>("language");
        const QStringList languages = LanguageProfile::builtinLanguages();
        QVERIFY(languages.contains(u"en"_s) && languages.contains(u"fr"_s));
        for (const QString &language : languages)
            QTest::newRow(qPrintable(language)) << language;
    }

private Q_SLOTS:
    // Case folding, with ’ read as ': the plain ASCII words on a path of their own.
    void foldedWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("folded");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("ascii") << u"Meta"_s << u"meta"_s;
        QTest::newRow("capitals and digits") << u"FY2025-Q1_X"_s << u"fy2025-q1_x"_s;
        QTest::newRow("symbols kept") << u"[@Z`a{"_s << u"[@z`a{"_s;
        QTest::newRow("accents") << u"ÉTÉ Dépenses"_s << u"été dépenses"_s;
        QTest::newRow("apostrophe") << u"L’année"_s << u"l'année"_s;
        QTest::newRow("ascii apostrophe") << u"l'An"_s << u"l'an"_s;
        QTest::newRow("greek") << u"ΣΑΣ"_s << u"σασ"_s;
    }

    void foldedWords()
    {
        QFETCH(QString, word);
        QFETCH(QString, folded);
        QCOMPARE(LanguageKnowledge::fold(word), folded);
        QCOMPARE(LanguageKnowledge::fold(word), word.toCaseFolded().replace(u'\u2019', u'\''));
    }

    void builtinProfilesLoad_data() { everyLanguage(); }

    void builtinProfilesLoad()
    {
        QFETCH(QString, language);
        QFile file(LanguageProfile::builtinPath(language));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        LanguageProfile profile;
        QString error;
        QVERIFY2(profile.load(file.readAll(), &error), qPrintable(error));
        QCOMPARE(profile.language, language);
        QVERIFY(!profile.magnitudes.isEmpty());
        QVERIFY(!profile.numbers.isEmpty());
        QVERIFY(!profile.currencies.isEmpty());
        QVERIFY(!profile.units.isEmpty());
        QVERIFY(!profile.figureGlue.isEmpty());
        QVERIFY(!profile.abbreviations.isEmpty());
        QVERIFY(!profile.commonWords.isEmpty());
        for (const QStringList &words : profile.rangeWords)
            QVERIFY(!words.isEmpty());
        for (const bool trailing : {false, true}) {
            for (const Qualifier bound : {Qualifier::AtLeast, Qualifier::AtMost, Qualifier::Approx}) {
                QVERIFY2(std::any_of(profile.hedges.cbegin(), profile.hedges.cend(),
                                     [&](const HedgePhrase &h) { return h.trailing == trailing && h.bound == bound; }),
                         qPrintable(language + u": no hedge "_s + qualifierName(bound) + (trailing ? u" after"_s : u" before"_s)));
            }
        }
        QCOMPARE(profile.quarters.size(), 4);
        for (const QStringList &quarter : profile.quarters)
            QVERIFY(!quarter.isEmpty());
        // The first month of each quarter names it ("avril-juin"): January to December, in order.
        QCOMPARE(profile.phrases[int(Cue::Month)].size(), 12);
        // A language without one of these lists would silently read less than the other.
        for (int cue = 0; cue < int(Cue::Count); ++cue) {
            if (!mayBeEmpty.contains(cueName(Cue(cue))))
                QVERIFY2(!profile.phrases[cue].isEmpty(), qPrintable(language + u": no "_s + cueName(Cue(cue))));
        }
    }

    // Every list of one profile is in the others: a list that only one language has is knowledge
    // the other languages silently lack.
    void everyListInEveryLanguage_data() { everyLanguage(); }

    void everyListInEveryLanguage()
    {
        QFETCH(QString, language);
        const QJsonObject en = rawProfile(u"en"_s);
        const QJsonObject fr = rawProfile(language);
        QVERIFY(!en.isEmpty() && !fr.isEmpty());
        QCOMPARE(fr.keys(), en.keys());
        QCOMPARE(fr.value("phrases"_L1).toObject().keys(), en.value("phrases"_L1).toObject().keys());
        QCOMPARE(fr.value("hedges"_L1).toObject().keys(), en.value("hedges"_L1).toObject().keys());
        QCOMPARE(fr.value("trailing_hedges"_L1).toObject().keys(), en.value("trailing_hedges"_L1).toObject().keys());
        QCOMPARE(fr.value("range"_L1).toObject().keys(), en.value("range"_L1).toObject().keys());
        QCOMPARE(fr.value("currencies"_L1).toObject().keys(), en.value("currencies"_L1).toObject().keys());
        QCOMPARE(fr.value("lexicon"_L1).toObject().keys(), en.value("lexicon"_L1).toObject().keys());
        const QJsonObject lexicon = fr.value("lexicon"_L1).toObject();
        for (auto it = lexicon.begin(); it != lexicon.end(); ++it) {
            // French has no phrase like "earnings call" that looks like a figure's cue and is not.
            if (it.key() != "not_figures"_L1)
                QVERIFY2(!it.value().toArray().isEmpty(), qPrintable(language + u": no lexicon "_s + it.key()));
        }
        // Every phrase list the parser knows is in the files, and the files hold no other.
        QStringList cues;
        for (int cue = 0; cue < int(Cue::Count); ++cue)
            cues.append(cueName(Cue(cue)));
        cues.sort();
        QCOMPARE(en.value("phrases"_L1).toObject().keys(), cues);
    }

    // The syntax definition is generated from the same files the parser reads
    // (resources/syntax/generate-recoupe-figures.py): every word of a profile is marked by the
    // lexicon, and what is marked reads back as the profile says.
    void lexiconMarksWhatTheParserReads_data() { everyLanguage(); }

    void lexiconMarksWhatTheParserReads()
    {
        QFETCH(QString, language);
        const QJsonObject raw = rawProfile(language);
        const LanguageKnowledge knowledge = LanguageKnowledge::builtin();
        KSyntaxHighlighting::Repository repository;
        FigureLexer lexer(repository);
        QVERIFY(lexer.isValid());
        // The tokens of text as "Kind[text]" and the text of the token of that kind.
        auto lex = [&lexer](const QString &text) {
            const FigureTokenList tokens = lexer.tokenize(text);
            QStringList described;
            for (const FigureToken &token : tokens)
                described.append(figureKindName(token.kind) + u'[' + token.textIn(text) + u']');
            return described.join(u' ');
        };
        auto tokenOf = [&lexer](const QString &text, FigureKind kind) {
            for (const FigureToken &token : lexer.tokenize(text)) {
                if (token.kind == kind)
                    return token.textIn(text).toString();
            }
            return QString();
        };

        const QJsonObject currencies = raw.value("currencies"_L1).toObject();
        for (auto it = currencies.begin(); it != currencies.end(); ++it) {
            for (const QString &written : strings(it.value())) {
                const bool sign = written.size() == 1 || written.endsWith(u'$');
                const QString text = sign ? QString(written + u"5 of them"_s) : QString(u"5 "_s + written + u" of them"_s);
                const QString token = tokenOf(text, FigureKind::Currency);
                QVERIFY2(token == written, qPrintable(text + u": "_s + lex(text)));
                QCOMPARE(knowledge.currency(LanguageKnowledge::fold(token)), it.key());
            }
        }
        for (const char *key : {"magnitudes", "magnitude_abbreviations"}) {
            const QJsonObject magnitudes = raw.value(QLatin1StringView(key)).toObject();
            for (auto it = magnitudes.begin(); it != magnitudes.end(); ++it) {
                const QString text = u"5 "_s + it.key() + u" of them"_s;
                const QString token = tokenOf(text, FigureKind::Magnitude);
                QVERIFY2(token == it.key(), qPrintable(text + u": "_s + lex(text)));
                QCOMPARE(knowledge.magnitude(LanguageKnowledge::fold(token), language), it.value().toDouble());
            }
        }
        // Written-out magnitudes also follow a number word: "un milliard", "two billion".
        const QString one = raw.value("numbers"_L1).toObject().keys().constFirst();
        for (const QString &magnitude : raw.value("magnitudes"_L1).toObject().keys()) {
            const QString text = one + u' ' + magnitude + u" of them"_s;
            QVERIFY2(lex(text).startsWith(u"Number["_s + one + u"] Magnitude["_s + magnitude + u']'), qPrintable(text + u": "_s + lex(text)));
        }
        for (const QString &number : raw.value("numbers"_L1).toObject().keys()) {
            const QString text = number + u' ' + raw.value("magnitudes"_L1).toObject().keys().constFirst() + u" of them"_s;
            QCOMPARE(tokenOf(text, FigureKind::Number), number);
            QVERIFY(knowledge.numberWord(LanguageKnowledge::fold(number)) > 0);
        }
        for (const QJsonValue &group : raw.value("units"_L1).toArray()) {
            for (const QString &written : strings(group.toObject().value("words"_L1))) {
                const QString text = u"5 "_s + written + u" of them"_s;
                const QString token = tokenOf(text, FigureKind::Unit);
                QVERIFY2(token == written, qPrintable(text + u": "_s + lex(text)));
                const UnitWord *unit = knowledge.unit(LanguageKnowledge::fold(token));
                QVERIFY(unit);
                QCOMPARE(unit->unit, group.toObject().value("unit"_L1).toString());
                QCOMPARE(unit->scale, group.toObject().value("scale"_L1).toDouble(1));
            }
        }
        for (const QString &written : strings(raw.value("percent"_L1))) {
            const QString text = u"5 "_s + written + u" of them"_s;
            QVERIFY2(tokenOf(text, FigureKind::Percent) == written, qPrintable(text + u": "_s + lex(text)));
        }
        const QString someCurrency = strings(currencies.value("EUR"_L1)).constLast();
        for (const bool trailing : {false, true}) {
            const QJsonObject hedges = raw.value(trailing ? "trailing_hedges"_L1 : "hedges"_L1).toObject();
            for (auto it = hedges.begin(); it != hedges.end(); ++it) {
                for (const QString &written : strings(it.value())) {
                    const QString text = trailing ? QString(u"5 "_s + someCurrency + u' ' + written + u" then"_s)
                                                  : QString(u"so "_s + written + u" 5 "_s + someCurrency);
                    const QString token = tokenOf(text, FigureKind::Hedge);
                    QVERIFY2(token == written, qPrintable(text + u": "_s + lex(text)));
                    QCOMPARE(qualifierName(knowledge.hedgeBound(token)), it.key());
                    QCOMPARE(knowledge.isTrailingHedge(token), trailing || knowledge.isTrailingHedge(written));
                }
            }
        }
        const QJsonArray quarters = raw.value("quarters"_L1).toArray();
        for (qsizetype quarter = 0; quarter < quarters.size(); ++quarter) {
            for (const QString &written : strings(quarters.at(quarter))) {
                const QString text = u"so "_s + written + u" then"_s;
                const QString token = tokenOf(text, FigureKind::Quarter);
                QVERIFY2(token == written, qPrintable(text + u": "_s + lex(text)));
                QCOMPARE(knowledge.quarterNumber(LanguageKnowledge::fold(token)), int(quarter + 1));
            }
        }
        // "avril-juin", "between July and September": the three months of a quarter.
        const QStringList months = strings(raw.value("phrases"_L1).toObject().value("month"_L1));
        const QJsonObject range = raw.value("range"_L1).toObject();
        for (int quarter = 0; quarter < 4; ++quarter) {
            const QString first = months.at(3 * quarter);
            const QString last = months.at(3 * quarter + 2);
            QStringList written{first + u'-' + last};
            for (const QString &to : strings(range.value("to"_L1)))
                written.append(first + u' ' + to + u' ' + last);
            for (const QString &between : strings(range.value("between"_L1)))
                written.append(between + u' ' + first + u' ' + strings(range.value("and"_L1)).constFirst() + u' ' + last);
            for (const QString &phrase : std::as_const(written)) {
                const QString text = u"so "_s + phrase + u" then"_s;
                const QString token = tokenOf(text, FigureKind::Quarter);
                QVERIFY2(token == phrase, qPrintable(text + u": "_s + lex(text)));
                QCOMPARE(knowledge.quarterNumber(LanguageKnowledge::fold(token)), quarter + 1);
            }
        }
        // "between 3 and 4", "de 3 à 4".
        for (const QString &between : strings(range.value("between"_L1))) {
            const QString text = u"so "_s + between + u" 3 "_s + strings(range.value("and"_L1)).constFirst() + u" 4 "_s + someCurrency;
            QVERIFY2(lex(text).startsWith(u"Range["_s + between + u"] Number[3] Range["_s), qPrintable(text + u": "_s + lex(text)));
            QVERIFY(knowledge.isRangeWord(RangeWord::Between, LanguageKnowledge::fold(between)));
        }
        for (const QString &to : strings(range.value("to"_L1))) {
            const QString text = u"5 "_s + to + u" 6 "_s + someCurrency;
            QVERIFY2(lex(text).startsWith(u"Number[5] Range["_s + to + u"] Number[6]"_s), qPrintable(text + u": "_s + lex(text)));
        }
        // The lexicon's own lists: metric cues, comparisons, relative periods; and phrases that
        // look like a cue and are not ("earnings call").
        const QList<std::pair<const char *, FigureKind>> lexiconKinds{
            {"capex_cues", FigureKind::CapexCue},           {"revenue_cues", FigureKind::RevenueCue},
            {"net_income_cues", FigureKind::NetIncomeCue},  {"other_money_cues", FigureKind::OtherMoneyCue},
            {"stock_cues", FigureKind::StockCue},           {"comparisons", FigureKind::Comparison},
            {"relative_periods", FigureKind::RelativePeriod}};
        const QJsonObject lexicon = raw.value("lexicon"_L1).toObject();
        for (const auto &[key, kind] : lexiconKinds) {
            for (const QString &written : strings(lexicon.value(QLatin1StringView(key)))) {
                const QString text = u"so "_s + written + u" then"_s;
                QVERIFY2(lex(text) == figureKindName(kind) + u'[' + written + u']', qPrintable(text + u": "_s + lex(text)));
            }
        }
        for (const QString &written : strings(lexicon.value("not_figures"_L1))) {
            const QString text = u"so "_s + written + u" then"_s;
            QVERIFY2(lex(text).isEmpty(), qPrintable(text + u": "_s + lex(text)));
        }
        // "1,3 million de GPU", "300 million weekly users": the glue keeps the count and its unit one figure.
        const QString someUnit = strings(raw.value("units"_L1).toArray().last().toObject().value("words"_L1)).constFirst();
        for (const QString &glue : strings(raw.value("figure_glue"_L1))) {
            const QString text = u"5 "_s + raw.value("magnitudes"_L1).toObject().keys().constFirst() + u' ' + glue + u' ' + someUnit;
            QVERIFY2(tokenOf(text, FigureKind::Unit) == someUnit, qPrintable(text + u": "_s + lex(text)));
            QVERIFY(knowledge.isFigureGlue(glue));
        }
    }

    // The small words of the parser's sentence rules are looked up where a rule needs them, and
    // never hide a cue of running text: "from the" (a source) does not hide "from" (the earlier
    // side of a comparison).
    void lookedUpListsHideNoCue()
    {
        const LanguageKnowledge knowledge = LanguageKnowledge::builtin();
        const QString text = u"Sales rose 12% from the $40 million of a year earlier."_s;
        const QList<FoldedWord> words = LanguageKnowledge::words(text, 0, text.size());
        const QList<CueMatch> cues = knowledge.cues(words);
        QVERIFY(std::any_of(cues.cbegin(), cues.cend(), [&](const CueMatch &c) {
            return c.cue == Cue::PreviousSide && text.sliced(c.start, c.end - c.start) == u"from"_s;
        }));
        QVERIFY(std::none_of(cues.cbegin(), cues.cend(), [](const CueMatch &c) { return LanguageKnowledge::isLookedUp(c.cue); }));
        QVERIFY(knowledge.isPhrase(Cue::Source, u"from the"_s));
        QVERIFY(knowledge.isPhrase(Cue::QuarterYearGap, u"de l'année"_s)); // no space after an elided word
        QVERIFY(knowledge.isPhrase(Cue::NamedYear, u"l'année"_s));
        QVERIFY(!knowledge.isPhrase(Cue::Source, u"from them"_s));
        const QString clause = u"Korvex recule tandis qu’il investit"_s;
        const QList<FoldedWord> clauseWords = LanguageKnowledge::words(clause, 0, clause.size());
        QVERIFY(knowledge.startsPhrase(Cue::ClauseBreak, clauseWords, 2));
        QVERIFY(!knowledge.startsPhrase(Cue::ClauseBreak, clauseWords, 1));
        QVERIFY(knowledge.mentionsJobs(u"Le groupe a licencié 300 personnes"_s));
        QVERIFY(!knowledge.mentionsJobs(u"Le service compte 300 personnes"_s));
    }

    void hedgeBounds_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<Qualifier>("bound");
        QTest::addColumn<bool>("trailing");
        QTest::newRow("pas plus de") << u"pas plus de"_s << Qualifier::AtMost << false;
        QTest::newRow("plus d’, curly") << u"Plus d’"_s << Qualifier::AtLeast << false;
        QTest::newRow("au-delà du") << u"au-delà du"_s << Qualifier::AtLeast << false;
        QTest::newRow("au delà de, spaced") << u"au  delà de"_s << Qualifier::AtLeast << false;
        QTest::newRow("jusqu’à") << u"jusqu’à"_s << Qualifier::AtMost << false;
        QTest::newRow("estimées, after") << u"estimées"_s << Qualifier::Approx << true;
        QTest::newRow("estimated at, before") << u"estimated at"_s << Qualifier::Approx << true; // starts like the trailing "estimated"
        QTest::newRow("or more") << u"or more"_s << Qualifier::AtLeast << true;
        QTest::newRow("près de") << u"près de"_s << Qualifier::Approx << false;
        QTest::newRow("unknown") << u"guère plus"_s << Qualifier::Approx << false;
    }

    void hedgeBounds()
    {
        QFETCH(QString, written);
        QFETCH(Qualifier, bound);
        QFETCH(bool, trailing);
        const LanguageKnowledge knowledge = LanguageKnowledge::builtin();
        QCOMPARE(knowledge.hedgeBound(written), bound);
        QCOMPARE(knowledge.isTrailingHedge(written), trailing);
    }

    void quartersAndAbbreviations()
    {
        const LanguageKnowledge knowledge = LanguageKnowledge::builtin();
        QCOMPARE(knowledge.quarterNumber(u"between july and september"_s), 3);
        QCOMPARE(knowledge.quarterNumber(u"octobre–décembre"_s), 4);
        QCOMPARE(knowledge.quarterNumber(u"2ème trimestre"_s), 2);
        QCOMPARE(knowledge.quarterNumber(u"fourth-quarter"_s), 4);
        QCOMPARE(knowledge.quarterNumber(u"t1"_s), 1);
        QCOMPARE(knowledge.quarterNumber(u"trimestre"_s), 0);
        // A dot after "Inc" ends no sentence; after "inc" it may.
        QVERIFY(knowledge.isAbbreviation(u"Inc"_s));
        QVERIFY(!knowledge.isAbbreviation(u"inc"_s));
        QVERIFY(knowledge.isAbbreviation(u"Mme"_s));
        QVERIFY(knowledge.isFigureGlue(u"h100"_s));
        QVERIFY(!knowledge.isFigureGlue(u"page"_s));
        QCOMPARE(knowledge.unit(u"mégawatts"_s)->scale, 0.001);
        QVERIFY(knowledge.unit(u"personnes"_s)->people);
        QCOMPARE(knowledge.currency(u"dollars américains"_s), u"USD"_s);
        QCOMPARE(knowledge.currency(u"us$"_s), u"USD"_s);
        QCOMPARE(knowledge.currency(u"dollar canadien"_s), QString());
    }

    void guessLanguage()
    {
        const LanguageKnowledge knowledge = LanguageKnowledge::builtin();
        QCOMPARE(knowledge.guessLanguage(u"La hausse des ventes de la société et les marges des usines"_s), u"fr"_s);
        QCOMPARE(knowledge.guessLanguage(u"The rise of the sales and the margins of the plants"_s), u"en"_s);
        // Nothing to count: the first profile, English.
        QCOMPARE(knowledge.guessLanguage(u"Zut."_s), u"en"_s);
    }

    // A third language is one more file: its words are read beside the others'.
    void aThirdLanguageIsAFile()
    {
        const QJsonObject german{
            {u"format"_s, u"recoupe-language-1"_s},
            {u"language"_s, u"de"_s},
            {u"numbers"_s, QJsonObject{{u"zwei"_s, 2}}},
            {u"magnitudes"_s, QJsonObject{{u"Milliarden"_s, 1e9}, {u"Billionen"_s, 1e12}}},
            {u"currencies"_s, QJsonObject{{u"EUR"_s, QJsonArray{u"Euro"_s}}}},
            {u"hedges"_s, QJsonObject{{u"at_least"_s, QJsonArray{u"mehr als"_s}}, {u"approx"_s, QJsonArray{u"rund"_s}}}},
            {u"range"_s, QJsonObject{{u"between"_s, QJsonArray{u"zwischen"_s}}, {u"and"_s, QJsonArray{u"und"_s}}, {u"to"_s, QJsonArray{u"bis"_s}}}},
            {u"quarters"_s, QJsonArray{QJsonArray{u"erstes Quartal"_s}, QJsonArray{u"zweites Quartal"_s}, QJsonArray{u"drittes Quartal"_s},
                                       QJsonArray{u"viertes Quartal"_s}}},
            {u"phrases"_s, QJsonObject{{u"rise"_s, QJsonArray{u"stieg"_s}}}},
        };
        LanguageProfile profile;
        QString error;
        QVERIFY2(profile.load(QJsonDocument(german).toJson(), &error), qPrintable(error));
        LanguageKnowledge knowledge = LanguageKnowledge::builtin();
        QCOMPARE(knowledge.hedgeBound(u"mehr als"_s), Qualifier::Approx); // not known yet
        knowledge.add(profile);
        QCOMPARE(knowledge.hedgeBound(u"Mehr als"_s), Qualifier::AtLeast);
        QCOMPARE(knowledge.magnitude(u"billionen"_s, u"de"_s), 1e12);
        QCOMPARE(knowledge.magnitude(u"billion"_s, u"en"_s), 1e9); // the others' are unchanged
        QCOMPARE(knowledge.currency(u"euro"_s), u"EUR"_s);
        QCOMPARE(knowledge.numberWord(u"zwei"_s), 2.0);
        QCOMPARE(knowledge.quarterNumber(u"drittes quartal"_s), 3);
        QVERIFY(knowledge.isRangeWord(RangeWord::Between, u"zwischen"_s));
        QVERIFY(knowledge.isWord(Cue::Rise, u"stieg"_s));
    }

    void unknownListIsAnError()
    {
        LanguageProfile profile;
        QString error;
        QVERIFY(!profile.load(R"({"format": "recoupe-language-1", "language": "de", "phrases": {"rumour": ["Gerücht"]}})", &error));
        QVERIFY(error.contains(u"rumour"_s));
        QVERIFY(!profile.load(R"({"format": "something-else", "language": "de"})", &error));
        QVERIFY(!profile.load(R"({"format": "recoupe-language-1", "language": "de", "hedges": {"roughly": ["rund"]}})", &error));
        QVERIFY2(error.contains(u"roughly"_s), qPrintable(error));
        QVERIFY(!profile.load(R"({"format": "recoupe-language-1", "language": "de", "quarters": [["Q1"], ["Q2"]]})", &error));
        QVERIFY(!profile.load(R"({"format": "recoupe-language-1", "language": "de", "range": {"from": ["von"]}})", &error));
        QVERIFY(!profile.load(R"({"format": "recoupe-language-1", "language": "de", "units": [{"words": ["Stück"]}]})", &error));
    }

    void words_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("elision") << u"l’action d'Alphabet"_s << QStringList{u"l'"_s, u"action"_s, u"d'"_s, u"alphabet"_s};
        QTest::newRow("genitive") << u"Google Cloud's sales"_s << QStringList{u"google"_s, u"cloud"_s, u"'s"_s, u"sales"_s};
        QTest::newRow("plural possessive") << u"analysts' view"_s << QStringList{u"analysts'"_s, u"view"_s};
        QTest::newRow("inner hyphen") << u"year-to-date, −3"_s << QStringList{u"year-to-date"_s, u"3"_s};
    }

    void words()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QStringList found;
        for (const FoldedWord &word : LanguageKnowledge::words(text, 0, text.size()))
            found.append(word.text);
        QCOMPARE(found, expected);
    }

    void cuesAreWholeWords()
    {
        const LanguageKnowledge knowledge = LanguageKnowledge::builtin();
        const QString text = u"Revenue beat the consensus; analysts expected less. Consensusbuilding is not a cue."_s;
        QList<Cue> found;
        for (const CueMatch &match : knowledge.cues(LanguageKnowledge::words(text, 0, text.size()))) {
            if (match.cue == Cue::Estimate)
                found.append(match.cue);
        }
        QCOMPARE(found, (QList<Cue>{Cue::Estimate, Cue::Estimate}));
    }

    void magnitudesDependOnLanguage()
    {
        const LanguageKnowledge knowledge = LanguageKnowledge::builtin();
        QCOMPARE(knowledge.magnitude(u"billion"_s, u"en"_s), 1e9);
        QCOMPARE(knowledge.magnitude(u"billion"_s, u"fr"_s), 1e12);
        QCOMPARE(knowledge.magnitude(u"milliards"_s, u"en"_s), 1e9);
        QCOMPARE(knowledge.numberWord(u"quatre"_s), 4.0);
        QCOMPARE(knowledge.numberWord(u"page"_s), -1.0);
    }
};

QTEST_GUILESS_MAIN(TestLanguageProfile)
#include "tst_languageprofile.moc"
