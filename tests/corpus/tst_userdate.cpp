#include "corpus/userdate.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

// The dates a person types in Properties: ISO, and the forms of their locale and newsroom.
class TestUserDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forms_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::newRow("iso day") << u"fr_FR"_s << u"2024-10-31"_s << u"2024-10-31"_s;
        QTest::newRow("iso month") << u"en_GB"_s << u"2024-10"_s << u"2024-10"_s;
        QTest::newRow("iso year") << u"en_GB"_s << u"2024"_s << u"2024"_s;
        QTest::newRow("french slashes") << u"fr_FR"_s << u"31/10/2024"_s << u"2024-10-31"_s;
        QTest::newRow("british slashes") << u"en_GB"_s << u"31/10/2024"_s << u"2024-10-31"_s;
        QTest::newRow("dots") << u"de_DE"_s << u"31.10.2024"_s << u"2024-10-31"_s;
        QTest::newRow("us month first") << u"en_US"_s << u"10/31/2024"_s << u"2024-10-31"_s;
        QTest::newRow("french words") << u"fr_FR"_s << u"31 octobre 2024"_s << u"2024-10-31"_s;
        QTest::newRow("english words") << u"en_GB"_s << u"31 October 2024"_s << u"2024-10-31"_s;
        QTest::newRow("short year") << u"fr_FR"_s << u"31/10/24"_s << u"2024-10-31"_s;
        QTest::newRow("no such day") << u"fr_FR"_s << u"31/02/2024"_s << QString();
        QTest::newRow("bad iso") << u"fr_FR"_s << u"2024-13"_s << QString();
        QTest::newRow("words") << u"en_GB"_s << u"last week"_s << QString();
        QTest::newRow("empty") << u"en_GB"_s << QString() << QString();
    }
    void forms()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(QString, iso);
        QCOMPARE(UserDate::toIso(text, QLocale(locale)), iso);
    }
};

QTEST_GUILESS_MAIN(TestUserDate)
#include "tst_userdate.moc"
