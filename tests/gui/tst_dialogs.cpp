#include "annotationdialog.h"
#include "correctiondialog.h"
#include "exportchartdialog.h"
#include "handbookwindow.h"
#include "models/timelinemodel.h"
#include "preferencesdialog.h"
#include "settings/settings.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QTranslator>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

// A label whose text has a mnemonic ("&File:") but no buddy shows the "&" as it is.
QStringList labelsWithoutBuddy(const QWidget *dialog)
{
    QStringList bad;
    for (const QLabel *label : dialog->findChildren<QLabel *>()) {
        const QString text = label->text();
        const bool mnemonic = text.contains(u'&') && !text.contains(u"&&"_s) && label->textFormat() != Qt::RichText
            && !text.startsWith(u'<');
        if (mnemonic && !label->buddy())
            bad.append(text);
    }
    return bad;
}

// The widgets Tab visits from start, until it comes back or after limit steps.
QList<QWidget *> tabChain(QWidget *start, int limit = 20)
{
    QList<QWidget *> chain{start};
    QWidget *widget = start;
    for (int i = 0; i < limit; ++i) {
        widget = widget->nextInFocusChain();
        while (widget && widget != start && !(widget->focusPolicy() & Qt::TabFocus && widget->isVisibleTo(start->window()) && widget->isEnabled()))
            widget = widget->nextInFocusChain();
        if (!widget || widget == start)
            break;
        chain.append(widget);
    }
    return chain;
}

} // namespace

// What every dialog owes its keyboard users: mnemonics that work (no literal "&") and a Tab
// order that follows the form.
class TestDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void annotationDialogTabsFromVerdictToNote()
    {
        AnnotationDialog dialog(u"a passage"_s, u"Claire"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(labelsWithoutBuddy(&dialog).isEmpty());
        auto *verdict = dialog.findChild<QWidget *>(u"annotationVerdict"_s);
        auto *note = dialog.findChild<QPlainTextEdit *>(u"annotationNote"_s);
        const QList<QWidget *> chain = tabChain(verdict);
        QVERIFY(chain.size() >= 3);
        // The next stop after the verdict (or its line edit) is the note, before any button.
        QWidget *next = chain.at(1);
        if (next->parentWidget() == verdict)
            next = chain.at(2);
        QCOMPARE(next, note);
        // And a real Tab press lands there too.
        verdict->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), note);
    }

    void correctionDialogFollowsTheForm()
    {
        Claim claim;
        claim.entity = u"Meta"_s;
        claim.metric = u"capex"_s;
        claim.low = claim.high = 6.5e10;
        claim.currency = u"USD"_s;
        CorrectionDialog dialog(u"65 billion"_s, claim, {u"Meta"_s});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(labelsWithoutBuddy(&dialog).isEmpty(), qPrintable(labelsWithoutBuddy(&dialog).join(u", "_s)));
        QStringList names;
        for (QWidget *widget : tabChain(dialog.findChild<QWidget *>(u"correctionEntity"_s))) {
            for (QWidget *w = widget; w; w = w->parentWidget()) {
                if (w->objectName().startsWith(u"correction"_s)) {
                    if (names.isEmpty() || names.constLast() != w->objectName())
                        names.append(w->objectName());
                    break;
                }
            }
        }
        QCOMPARE(names.mid(0, 8), (QStringList{u"correctionEntity"_s, u"correctionMetric"_s, u"correctionPeriod"_s, u"correctionLow"_s,
                                               u"correctionHigh"_s, u"correctionScale"_s, u"correctionCurrency"_s, u"correctionQualifier"_s}));
    }

    void exportChartDialogHasNoLiteralAmpersand()
    {
        TimelineModel model;
        ExportChartDialog dialog(&model, u"/tmp/chart.png"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(labelsWithoutBuddy(&dialog).isEmpty(), qPrintable(labelsWithoutBuddy(&dialog).join(u", "_s)));
    }

    // The bundled handbook opens in the interface's language, with its pictures, and its links
    // stay inside it.
    void handbook_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("heading");
        QTest::newRow("en") << u"en_GB"_s << u"Recoupe Handbook"_s;
        QTest::newRow("fr") << u"fr_FR"_s << u"Manuel de Recoupe"_s;
    }
    void handbook()
    {
        QFETCH(QString, locale);
        QFETCH(QString, heading);
        const QLocale previous;
        QLocale::setDefault(QLocale(locale));
        HandbookWindow window;
        QLocale::setDefault(previous);
        QVERIFY(window.browser()->toPlainText().startsWith(heading));
        QVERIFY(!window.browser()->openExternalLinks());
        // Its screenshots are bundled: each image of the page loads.
        const QVariant image = window.browser()->loadResource(QTextDocument::ImageResource, QUrl(locale.startsWith(u"fr"_s) ? u"recoupe-main-fr.png"_s : u"recoupe-main-en.png"_s));
        QVERIFY(!image.isNull());
        QVERIFY(window.browser()->toPlainText().contains(u"F2"_s));
    }

    // Qt's own buttons and file dialog speak French too (qt6-translations-l10n, a dependency of
    // the build and a recommendation of the package).
    void qtStringsInFrench()
    {
        QTranslator qt;
        QVERIFY2(qt.load(QLocale(u"fr_FR"_s), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
                 qPrintable(QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QCoreApplication::installTranslator(&qt);
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        const QString cancel = buttons.button(QDialogButtonBox::Cancel)->text();
        QCoreApplication::removeTranslator(&qt);
        QCOMPARE(QString(cancel).remove(u'&'), u"Annuler"_s);
    }

    void preferencesDialogHasNoLiteralAmpersand()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"recouperc"_s));
        KSyntaxHighlighting::Repository repository;
        PreferencesDialog dialog(&settings, &repository);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(labelsWithoutBuddy(&dialog).isEmpty(), qPrintable(labelsWithoutBuddy(&dialog).join(u", "_s)));
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
