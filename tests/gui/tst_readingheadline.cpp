#include "corpus/documentreader.h"
#include "readingview.h"

#include <QTest>

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
