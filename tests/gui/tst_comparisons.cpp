#include "analysissession.h"
#include "comparisonspane.h"
#include "corpussession.h"
#include "documentspane.h"
#include "figurespane.h"
#include "models/figuresmodel.h"
#include "mainwindow.h"
#include "models/claimgroupsmodel.h"
#include "preferencesdialog.h"
#include "readingpane.h"
#include "settings/settings.h"
#include "testconfig.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QTableView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Recoupe;

// The Comparisons dock and what it shows in the reading pane, on the bundled sample articles
// (read only). Structural checks: the figures themselves are tested in tests/compare.
class TestComparisons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"recouperc"_s));
        m_window = std::make_unique<MainWindow>(m_settings.get(), &m_repository);
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy analysed(m_window->analysis(), &AnalysisSession::finished);
        m_window->openFolder(QStringLiteral(RECOUPE_SAMPLES_DIR));
        QVERIFY(analysed.wait(60000));
        QVERIFY(!m_window->analysis()->claims().isEmpty());
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
    }

    // A group that many articles state, with many values: the reasons come down to the values
    // and how many articles give each, and every reason is one click away.
    void longReasonsAreSummedUp()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QList<int> amounts{40, 55, 70, 85, 100, 115, 130, 150, 40, 40};
        for (int i = 0; i < amounts.size(); ++i) {
            QFile file(QDir(folder.path()).filePath(u"article-%1.txt"_s.arg(i)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            // Written for this test.
            file.write(u"Paris, le 30 janvier 2025.\n\nMeta prévoit des dépenses d'investissement de %1 milliards de dollars en 2025, "
                       u"selon un document interne numéro %2.\n"_s.arg(amounts.at(i)).arg(i).toUtf8());
        }
        QSignalSpy analysed(m_window->analysis(), &AnalysisSession::finished);
        m_window->openFolder(folder.path());
        QVERIFY(analysed.wait(60000));
        QTreeView *groups = m_window->comparisonsPane()->groupsView();
        QAbstractItemModel *model = groups->model();
        int largest = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (largest < 0 || model->index(row, 0).data(ClaimGroupsModel::SourceCountRole).toInt()
                    > model->index(largest, 0).data(ClaimGroupsModel::SourceCountRole).toInt())
                largest = row;
        }
        QVERIFY(largest >= 0);
        groups->setCurrentIndex(model->index(largest, 0));
        const ClaimGroup *group = m_window->comparisonsPane()->currentGroup();
        QVERIFY(group);
        QVERIFY2(group->claims.size() >= 8, qPrintable(QString::number(group->claims.size())));
        QLabel *reasons = m_window->comparisonsPane()->reasonsLabel();
        QVERIFY(reasons->isVisibleTo(m_window.get()));
        const QString summary = reasons->text();
        // (No translator is installed here: English plurals read "value(s)".)
        QVERIFY2(summary.contains(u"8 value"_s) && summary.contains(u": 40 billion dollars (3 article"_s), qPrintable(summary));
        QVERIFY(summary.contains(u"href=\"#all\""_s));
        QVERIFY(!summary.contains(u"<li>"_s));
        // One click shows every reason, another sums them up again.
        Q_EMIT reasons->linkActivated(u"#all"_s);
        QVERIFY(reasons->text().contains(u"<li>"_s));
        QCOMPARE(reasons->text().count(u"<li>"_s), qsizetype(group->reasons.size()));
        Q_EMIT reasons->linkActivated(u"#summary"_s);
        QCOMPARE(reasons->text(), summary);
    }

    void disagreementsComeFirst()
    {
        QTreeView *groups = m_window->comparisonsPane()->groupsView();
        QAbstractItemModel *model = groups->model();
        QVERIFY(model->rowCount() > 0);
        QVERIFY(model->index(0, 0).data(ClaimGroupsModel::IsDiscrepancyRole).toBool());
        bool seenOther = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const bool discrepancy = model->index(row, 0).data(ClaimGroupsModel::IsDiscrepancyRole).toBool();
            QVERIFY2(!(discrepancy && seenOther), "a disagreement is listed after an agreeing group");
            seenOther = seenOther || !discrepancy;
        }
        const QString summary = m_window->findChild<QLabel *>(u"statusSummary"_s)->text();
        QVERIFY2(summary.contains(u"Disagreements: "_s), qPrintable(summary));
    }

    void disagreementsOnly()
    {
        QTreeView *groups = m_window->comparisonsPane()->groupsView();
        const int all = groups->model()->rowCount();
        auto *only = m_window->findChild<QCheckBox *>(u"discrepanciesOnlyCheck"_s);
        QTest::mouseClick(only, Qt::LeftButton, {}, QPoint(4, only->height() / 2));
        QVERIFY(only->isChecked());
        QVERIFY(groups->model()->rowCount() > 0);
        QVERIFY(groups->model()->rowCount() < all);
        for (int row = 0; row < groups->model()->rowCount(); ++row)
            QVERIFY(groups->model()->index(row, 0).data(ClaimGroupsModel::IsDiscrepancyRole).toBool());
    }

    // Three short articles written for this test: Meta's 2025 figure differs between a dated and
    // an undated article (a disagreement of low confidence); Amazon's 100 billion is in dollars in
    // one dated article and in euros in another (a currency swap, high confidence).
    void hideLowConfidenceDiscrepancies()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QList<std::pair<QString, QString>> articles{
            {u"a.txt"_s, u"Meta relève ses investissements\n\nParis, 12 mars 2025 — Meta investira 60 milliards de dollars en 2025 "
                         "dans ses centres de données, a annoncé le groupe.\n\nAmazon prévoit de dépenser 100 milliards de dollars "
                         "en 2025.\n"_s},
            {u"b.txt"_s, u"Meta accélère dans l'IA\n\nMeta investira 66 milliards de dollars en 2025 dans ses centres de données, "
                         "selon le groupe.\n"_s},
            {u"c.txt"_s, u"Amazon dépense sans compter\n\nParis, 14 mars 2025 — Amazon prévoit de dépenser 100 milliards d'euros "
                         "en 2025.\n"_s}};
        for (const auto &[name, text] : articles) {
            QFile file(QDir(folder.path()).filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text.toUtf8());
        }
        QSignalSpy analysed(m_window->analysis(), &AnalysisSession::finished);
        m_window->openFolder(folder.path());
        QVERIFY(analysed.wait(60000));

        QTreeView *groups = m_window->comparisonsPane()->groupsView();
        const auto discrepancies = [&groups] {
            QStringList entities;
            for (int row = 0; row < groups->model()->rowCount(); ++row) {
                const QModelIndex index = groups->model()->index(row, 0);
                if (index.data(ClaimGroupsModel::IsDiscrepancyRole).toBool())
                    entities.append(index.data(ClaimGroupsModel::EntityRole).toString() + u':'
                                    + index.data(ClaimGroupsModel::ConfidenceRole).toString());
            }
            return entities;
        };
        // The most confident first.
        QCOMPARE(discrepancies(), (QStringList{u"Amazon:high"_s, u"Meta:low"_s}));

        auto *hide = m_window->findChild<QCheckBox *>(u"hideLowConfidenceCheck"_s);
        QVERIFY(hide);
        QVERIFY(hide->isVisible());
        QVERIFY(!hide->isChecked());
        QTest::mouseClick(hide, Qt::LeftButton, {}, QPoint(4, hide->height() / 2));
        QVERIFY(hide->isChecked());
        QCOMPARE(discrepancies(), QStringList{u"Amazon:high"_s});
        QVERIFY(m_settings->hideLowConfidenceDiscrepancies());

        // The reasons say how sure they are.
        const QModelIndex amazon = groups->model()->index(0, ClaimGroupsModel::EntityColumn);
        QTest::mouseClick(groups->viewport(), Qt::LeftButton, {}, groups->visualRect(amazon).center());
        QVERIFY(m_window->comparisonsPane()->currentGroup());
        auto *reasons = m_window->findChild<QLabel *>(u"groupReasons"_s);
        QVERIFY2(reasons->text().contains(u"high confidence: the same number written in two currencies"_s), qPrintable(reasons->text()));
        // Articles are named by their title.
        QVERIFY2(reasons->text().contains(u"“Amazon dépense sans compter”"_s), qPrintable(reasons->text()));

        // Remembered: a new window starts with the box checked.
        m_window.reset();
        m_window = std::make_unique<MainWindow>(m_settings.get(), &m_repository);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy reopened(m_window->analysis(), &AnalysisSession::finished);
        m_window->openFolder(folder.path());
        QVERIFY(reopened.wait(60000));
        groups = m_window->comparisonsPane()->groupsView();
        hide = m_window->findChild<QCheckBox *>(u"hideLowConfidenceCheck"_s);
        QVERIFY(hide->isChecked());
        QCOMPARE(discrepancies(), QStringList{u"Amazon:high"_s});

        // Choosing a figure of a hidden group shows every group again, that one chosen.
        const QString metaClaim = u"a.txt#1"_s;
        QVERIFY(m_window->analysis()->claim(metaClaim));
        QCOMPARE(m_window->analysis()->claim(metaClaim)->entity, u"Meta"_s);
        QVERIFY(m_window->comparisonsPane()->selectGroupOfClaim(metaClaim));
        QVERIFY(!hide->isChecked());
        QVERIFY(!m_settings->hideLowConfidenceDiscrepancies());
        QCOMPARE(m_window->comparisonsPane()->currentGroup()->key.entity, u"Meta"_s);
        QCOMPARE(discrepancies(), (QStringList{u"Amazon:high"_s, u"Meta:low"_s}));
    }

    void choosingAGroupMarksItsClaims()
    {
        QTreeView *groups = m_window->comparisonsPane()->groupsView();
        const QModelIndex first = groups->model()->index(0, ClaimGroupsModel::EntityColumn);
        QTest::mouseClick(groups->viewport(), Qt::LeftButton, {}, groups->visualRect(first).center());
        const ClaimGroup *group = m_window->comparisonsPane()->currentGroup();
        QVERIFY(group);

        auto *title = m_window->findChild<QLabel *>(u"groupTitle"_s);
        QVERIFY(title->isVisible());
        QVERIFY(title->text().startsWith(group->key.entity));
        auto *reasons = m_window->findChild<QLabel *>(u"groupReasons"_s);
        QVERIFY(reasons->isVisible());
        QVERIFY(reasons->text().contains(group->reasons.first().explanation.toHtmlEscaped()));
        QCOMPARE(m_window->comparisonsPane()->claimsView()->model()->rowCount(), group->claims.size());

        // The claims a reason names carry the discrepancy mark, and only they.
        const bool lowHidden = m_window->findChild<QCheckBox *>(u"hideLowConfidenceCheck"_s)->isChecked();
        QSet<QString> named;
        for (const DiscrepancyReason &reason : group->reasons) {
            if (!lowHidden || reason.confidence != Confidence::Low)
                named.unite(QSet<QString>(reason.claims.cbegin(), reason.claims.cend()));
        }
        QVERIFY(!named.isEmpty());
        const QAbstractItemModel *claimRows = m_window->comparisonsPane()->claimsView()->model();
        int markedRows = 0;
        for (int row = 0; row < claimRows->rowCount(); ++row) {
            const QModelIndex source = claimRows->index(row, 0);
            const bool hasMark = !source.data(Qt::DecorationRole).isNull();
            QCOMPARE(hasMark, named.contains(source.data(Qt::UserRole).toString()));
            markedRows += hasMark;
        }
        QVERIFY(markedRows > 0);

        // The reading pane shows an article of the group, its claims marked.
        const QString shown = m_window->readingPane()->documentId();
        QVERIFY(group->documents.contains(shown));
        QStringList quotes;
        for (const QString &claimId : group->claims) {
            const Claim *claim = m_window->analysis()->claim(claimId);
            if (claim && claim->document == shown)
                quotes.append(claim->quote(m_window->session()->document(shown)->text));
        }
        QVERIFY(!quotes.isEmpty());
        QStringList marked;
        const QList<QTextEdit::ExtraSelection> selections = m_window->readingPane()->view()->extraSelections();
        for (const QTextEdit::ExtraSelection &selection : selections) {
            if (selection.format.background().style() != Qt::NoBrush)
                marked.append(selection.cursor.selectedText());
        }
        for (const QString &quote : std::as_const(quotes))
            QVERIFY2(marked.contains(quote), qPrintable(quote + u" not in "_s + marked.join(u" | "_s)));
    }

    void activatingAClaimSelectsItsQuote()
    {
        QTreeView *groups = m_window->comparisonsPane()->groupsView();
        groups->setCurrentIndex(groups->model()->index(0, 0));
        const ClaimGroup *group = m_window->comparisonsPane()->currentGroup();
        QVERIFY(group);
        QTreeView *claims = m_window->comparisonsPane()->claimsView();
        const int last = claims->model()->rowCount() - 1;
        const QModelIndex index = claims->model()->index(last, 0);
        // The details area was hidden until a group was chosen: let it lay out first.
        QTRY_VERIFY(claims->viewport()->geometry().contains(claims->visualRect(index).center()));
        QTest::mouseClick(claims->viewport(), Qt::LeftButton, {}, claims->visualRect(index).center());
        const Claim *claim = m_window->analysis()->claim(group->claims.at(last));
        QVERIFY(claim);
        QCOMPARE(m_window->readingPane()->documentId(), claim->document);
        QCOMPARE(m_window->documentsPane()->currentDocumentId(), claim->document);
        const QTextCursor cursor = m_window->readingPane()->view()->textCursor();
        QCOMPARE(cursor.selectionStart(), claim->start);
        QCOMPARE(cursor.selectionEnd(), claim->end);
        QCOMPARE(cursor.selectedText(), claim->quote(m_window->session()->document(claim->document)->text));
    }

    void matchedPassagesAreMarked()
    {
        if (m_window->analysis()->passages().isEmpty())
            QSKIP("no passage of the samples matches another");
        const PassageMatch match = m_window->analysis()->passages().first();
        QVERIFY(m_window->documentsPane()->selectDocument(match.first.document));
        bool found = false;
        const QList<QTextEdit::ExtraSelection> selections = m_window->readingPane()->view()->extraSelections();
        for (const QTextEdit::ExtraSelection &selection : selections) {
            if (selection.cursor.selectionStart() == match.first.start && selection.format.underlineStyle() == QTextCharFormat::DotLine)
                found = true;
        }
        QVERIFY(found);
        // The view shows the mark's tooltip itself (rich text, naming the other article).
        found = false;
        for (const TextHighlight &highlight : m_window->readingPane()->view()->highlights()) {
            if (highlight.start == match.first.start && highlight.underlineStyle == QTextCharFormat::DotLine) {
                QVERIFY2(highlight.toolTip.contains(u"Also reported by:"_s), qPrintable(highlight.toolTip));
                found = true;
            }
        }
        QVERIFY(found);
    }

    void figuresListEveryClaim()
    {
        auto *dock = m_window->findChild<QDockWidget *>(u"figuresDock"_s);
        dock->raise();
        QTableView *figures = m_window->figuresPane()->view();
        QTRY_VERIFY(figures->isVisible());
        QCOMPARE(figures->model()->rowCount(), m_window->analysis()->claims().size());

        auto *metrics = m_window->findChild<QComboBox *>(u"metricCombo"_s);
        const int capex = metrics->findData(u"capex"_s);
        QVERIFY(capex > 0);
        metrics->setCurrentIndex(capex);
        const int rows = figures->model()->rowCount();
        QVERIFY(rows > 0);
        QVERIFY(rows < m_window->analysis()->claims().size());
        for (int row = 0; row < rows; ++row)
            QCOMPARE(figures->model()->index(row, 0).data(FiguresModel::MetricRole).toString(), u"capex"_s);

        auto *filter = m_window->findChild<QLineEdit *>(u"figuresFilter"_s);
        QTest::keyClicks(filter, u"Stargate"_s);
        QVERIFY(figures->model()->rowCount() > 0);
        QVERIFY(figures->model()->rowCount() < rows);
    }

    void choosingAFigureOpensItsQuote()
    {
        m_window->findChild<QDockWidget *>(u"figuresDock"_s)->raise();
        QTableView *figures = m_window->figuresPane()->view();
        QTRY_VERIFY(figures->isVisible());
        // The last row is in another article than the first one shown, in any order.
        const QModelIndex index = figures->model()->index(figures->model()->rowCount() - 1, FiguresModel::AmountColumn);
        figures->scrollTo(index);
        QTRY_VERIFY(figures->viewport()->rect().contains(figures->visualRect(index).center()));
        QTest::mouseClick(figures->viewport(), Qt::LeftButton, {}, figures->visualRect(index).center());
        const Claim *claim = m_window->analysis()->claim(index.data(FiguresModel::ClaimIdRole).toString());
        QVERIFY(claim);
        QCOMPARE(m_window->figuresPane()->currentClaimId(), claim->id());
        QCOMPARE(m_window->readingPane()->documentId(), claim->document);
        const QTextCursor cursor = m_window->readingPane()->view()->textCursor();
        QCOMPARE(cursor.selectedText(), claim->quote(m_window->session()->document(claim->document)->text));
    }

    void figuresAreHighlighted()
    {
        QVERIFY(m_window->readingPane()->isHighlighting());
        QTextDocument *document = m_window->readingPane()->textDocument();
        bool formatted = false;
        for (QTextBlock block = document->begin(); block.isValid() && !formatted; block = block.next())
            formatted = !block.layout()->formats().isEmpty();
        QVERIFY(formatted);
    }

    void preferencesChangeTheTheme()
    {
        m_window->findChild<QAction *>(u"preferencesAction"_s)->trigger();
        auto *dialog = m_window->findChild<PreferencesDialog *>(u"preferencesDialog"_s);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *themes = dialog->findChild<QComboBox *>(u"themeCombo"_s);
        QVERIFY(themes->count() > 2);
        const int dark = themes->findData(u"Breeze Dark"_s);
        QVERIFY(dark > 0);
        themes->setCurrentIndex(dark);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(m_settings->highlightTheme(), u"Breeze Dark"_s);
        QCOMPARE(m_window->readingPane()->highlightThemeName(), u"Breeze Dark"_s);
        QVERIFY(m_window->readingPane()->view()->palette().color(QPalette::Base).lightness() < 100);

        m_settings->setHighlightTheme(QString());
        QVERIFY(m_window->readingPane()->view()->palette().color(QPalette::Base).lightness() > 150);
    }

private:
    QTemporaryDir m_dir;
    KSyntaxHighlighting::Repository m_repository;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestComparisons)
#include "tst_comparisons.moc"
