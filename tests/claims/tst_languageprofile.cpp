// Language profiles: the embedded files load, every list the parser reads is there in both
// languages, and phrases are found as whole words.
#include "claims/languageknowledge.h"
#include "claims/languageprofile.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

class TestLanguageProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinProfilesLoad_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("fr") << u"fr"_s;
    }

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
        // A language without one of these lists would silently read less than the other.
        for (int cue = 0; cue < int(Cue::Count); ++cue)
            QVERIFY2(!profile.phrases[cue].isEmpty(), qPrintable(language + u": no "_s + cueName(Cue(cue))));
    }

    void unknownListIsAnError()
    {
        LanguageProfile profile;
        QString error;
        QVERIFY(!profile.load(R"({"format": "recoupe-language-1", "language": "de", "phrases": {"rumour": ["Gerücht"]}})", &error));
        QVERIFY(error.contains(u"rumour"_s));
        QVERIFY(!profile.load(R"({"format": "something-else", "language": "de"})", &error));
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
