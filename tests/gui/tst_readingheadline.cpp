#include "corpus/documentreader.h"
#include "readingview.h"

#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Recoupe;

// Which title a reading pane shows above the text, and which it leaves to the text itself.
class TestReadingHeadline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headlineInText()
    {
        ReadingView view;
        const QString text = u"A short headline\n\nThe body of the article.\n"_s;
        QVERIFY(view.setReadingText(text, u"A short headline"_s));
    }

    // In a column of a few words (three panes on a laptop) the headline is set smaller, so that
    // it does not break its words; it grows again with the column.
    void headlineSmallerInANarrowColumn()
    {
        ReadingView view;
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.setReadingText(u"Harbour authority doubles its budget\n\nThe body of the article.\n"_s,
                                    u"Harbour authority doubles its budget"_s));
        const auto headlineSize = [&view] {
            QTextCursor cursor(view.document()->firstBlock());
            cursor.movePosition(QTextCursor::NextCharacter);
            return cursor.charFormat().fontPointSize();
        };
        const qreal wide = headlineSize();
        QCOMPARE(view.headlineScale(), 1.6);
        QVERIFY2(wide > 1.5 * view.font().pointSizeF(), qPrintable(QString::number(wide)));
        view.resize(160, 600);
        QTRY_COMPARE(view.headlineScale(), 1.2);
        const qreal narrow = headlineSize();
        QVERIFY2(narrow < wide && narrow > view.font().pointSizeF(), qPrintable(u"%1 %2"_s.arg(narrow).arg(wide)));
        view.resize(900, 600);
        QTRY_COMPARE(view.headlineScale(), 1.6);
        QCOMPARE(headlineSize(), wide);
    }

    void headlineFromMetadata()
    {
        ReadingView view;
        QVERIFY(!view.setReadingText(u"The body of the article.\n"_s, u"A title of the page"_s));
    }

    // A title-less article is named after its opening paragraph, shortened: that paragraph is
    // the text's own opening, not a heading to set above it (it took a third of the pane).
    void titleMadeFromTheFirstParagraph()
    {
        const QString opening = u"The regional council voted on Thursday evening to fund a new tramway line across the valley, "
                                "after two years of studies and three public meetings that drew more people than expected."_s;
        const QString text = opening + u"\n\nA second paragraph follows.\n"_s;
        const QString title = DocumentReader::titleFromFirstLine(text);
        QVERIFY(title.endsWith(u'…'));
        ReadingView view;
        QVERIFY(view.setReadingText(text, title));
    }
};

QTEST_MAIN(TestReadingHeadline)
#include "tst_readingheadline.moc"
