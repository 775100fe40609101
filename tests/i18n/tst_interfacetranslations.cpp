#include "settings/interfacetranslations.h"

#include "compare/claimwording.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

// The programs' translations: French for French, English otherwise, so that the plural forms are
// words and not "(s)" in a C, German or English locale alike.
class TestInterfaceTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pluralFormsInEveryLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("shortened");
        QTest::newRow("C") << QLocale::c() << u"en"_s << u"a, b and 2 others"_s;
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << u"en"_s << u"a, b and 2 others"_s;
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom) << u"en"_s << u"a, b and 2 others"_s;
        QTest::newRow("French") << QLocale(QLocale::French, QLocale::France) << u"fr"_s << u"a, b et 2 autres"_s;
    }

    void pluralFormsInEveryLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, language);
        QFETCH(QString, shortened);
        QCOMPARE(ClaimWording::list({u"a"_s, u"b"_s, u"c"_s, u"d"_s}, 2), u"a, b and 2 other(s)"_s);
        {
            QObject owner;
            QCOMPARE(InterfaceTranslations::install(&owner, locale), language);
            QCOMPARE(ClaimWording::list({u"a"_s, u"b"_s, u"c"_s, u"d"_s}, 2), shortened);
        }
        // The translators went with their owner.
        QCOMPARE(ClaimWording::list({u"a"_s, u"b"_s, u"c"_s, u"d"_s}, 2), u"a, b and 2 other(s)"_s);
    }
};

QTEST_GUILESS_MAIN(TestInterfaceTranslations)
#include "tst_interfacetranslations.moc"
