#include "annotations/annotationstore.h"
#include "models/annotationsfiltermodel.h"
#include "models/annotationsmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Recoupe;

namespace {

const QString bridgeText = u"The new footbridge will cost 14 million pounds, the council said. It should open in May 2026 "
                           u"and carry 9,000 people a day."_s;
const QString marketText = u"Le marché couvert rouvrira en septembre après 18 mois de travaux, pour 6,2 millions d'euros."_s;

Document makeDocument(const QString &id, const QString &text)
{
    Document document;
    document.id = id;
    document.path = id;
    document.text = text;
    return document;
}

} // namespace

class TestAnnotationsModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    QTemporaryDir m_fallback;

    AnnotationStore::Options options() const
    {
        AnnotationStore::Options options;
        options.fallbackRoot = m_fallback.path();
        options.saveDelayMs = 60 * 60 * 1000; // saved at the end, by the destructor
        return options;
    }

    QString annotate(AnnotationStore &store, const QString &documentId, const QString &quote, const QString &note,
                     const QString &verdict, const QString &author)
    {
        const QString &text = documentId == u"bridge.txt"_s ? bridgeText : marketText;
        const qsizetype start = text.indexOf(quote);
        Q_ASSERT(start >= 0);
        store.setAuthor(author);
        return store.annotatePassage(documentId, start, start + quote.size(), note, verdict);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(m_folder.isValid());
    }

    void emptyModel()
    {
        AnnotationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(AnnotationsModel::ColumnCount));
        QCOMPARE(model.idAt(0), QString());
        QCOMPARE(model.rowOf(u"x"_s), -1);
        QCOMPARE(model.headerData(AnnotationsModel::VerdictColumn, Qt::Horizontal).toString(), u"Verdict"_s);
        QCOMPARE(model.roleNames().value(AnnotationsModel::StatusRole), QByteArray("status"));
    }

    void followsTheStore()
    {
        QTemporaryDir folder;
        AnnotationStore store(options());
        QVERIFY(store.open(folder.path()));
        store.setDocuments({makeDocument(u"bridge.txt"_s, bridgeText), makeDocument(u"marche.md"_s, marketText)});

        AnnotationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store);
        QCOMPARE(model.store(), &store);
        model.setDocumentTitles({{u"bridge.txt"_s, u"Footbridge costs"_s}});

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const QString cost = annotate(store, u"bridge.txt"_s, u"14 million pounds"_s, u"Council minutes agree."_s, u"confirmed"_s, u"Ana"_s);
        const QString opening = annotate(store, u"bridge.txt"_s, u"May 2026"_s, u"Contractor says June."_s, u"discrepancy"_s, u"Ben"_s);
        const QString budget = annotate(store, u"marche.md"_s, u"6,2 millions d'euros"_s, u"Pas de source."_s, u"needs_source"_s, u"Ana"_s);
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.idAt(1), opening);
        QCOMPARE(model.rowOf(budget), 2);

        const QModelIndex row0 = model.index(0, AnnotationsModel::DocumentColumn);
        QCOMPARE(row0.data().toString(), u"Footbridge costs"_s);
        QCOMPARE(model.index(2, AnnotationsModel::DocumentColumn).data().toString(), u"marche.md"_s);
        QCOMPARE(model.index(0, AnnotationsModel::QuoteColumn).data().toString(), u"14 million pounds"_s);
        QCOMPARE(model.index(0, AnnotationsModel::VerdictColumn).data().toString(), u"Confirmed"_s);
        QCOMPARE(model.index(2, AnnotationsModel::VerdictColumn).data().toString(), u"Needs a source"_s);
        QCOMPARE(model.index(0, AnnotationsModel::NoteColumn).data().toString(), u"Council minutes agree."_s);
        QCOMPARE(model.index(1, AnnotationsModel::AuthorColumn).data().toString(), u"Ben"_s);
        QCOMPARE(model.index(0, AnnotationsModel::StatusColumn).data().toString(), u"Anchored"_s);
        QVERIFY(!model.index(0, AnnotationsModel::ModifiedColumn).data().toString().isEmpty());

        QCOMPARE(row0.data(AnnotationsModel::IdRole).toString(), cost);
        QCOMPARE(row0.data(AnnotationsModel::DocumentIdRole).toString(), u"bridge.txt"_s);
        QCOMPARE(row0.data(AnnotationsModel::QuoteRole).toString(), u"14 million pounds"_s);
        QCOMPARE(row0.data(AnnotationsModel::CurrentQuoteRole).toString(), u"14 million pounds"_s);
        QCOMPARE(row0.data(AnnotationsModel::VerdictRole).toString(), u"confirmed"_s);
        QCOMPARE(row0.data(AnnotationsModel::AuthorRole).toString(), u"Ana"_s);
        QCOMPARE(row0.data(AnnotationsModel::StatusRole).toString(), u"anchored"_s);
        QCOMPARE(row0.data(AnnotationsModel::AnchorMethodRole).toString(), u"position"_s);
        QCOMPARE(row0.data(AnnotationsModel::StartRole).toLongLong(), bridgeText.indexOf(u"14 million"_s));
        QCOMPARE(row0.data(AnnotationsModel::EndRole).toLongLong(), bridgeText.indexOf(u"14 million"_s) + 17);
        QVERIFY(row0.data(AnnotationsModel::ModifiedRole).toDateTime().isValid());
        QVERIFY(row0.data(AnnotationsModel::CreatedRole).toDateTime().isValid());
        QCOMPARE(row0.data(AnnotationsModel::ConflictingRole).toBool(), false);

        // An edit changes its row; an undo of it too.
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(store.setNote(cost, u"Minutes of 3 March agree."_s));
        QVERIFY(dataChanged.count() >= 1);
        QCOMPARE(model.index(0, AnnotationsModel::NoteColumn).data().toString(), u"Minutes of 3 March agree."_s);
        store.undoStack()->undo();
        QCOMPARE(model.index(0, AnnotationsModel::NoteColumn).data().toString(), u"Council minutes agree."_s);

        // A second verdict on the same figure: both rows flagged.
        const QString other = annotate(store, u"bridge.txt"_s, u"14 million pounds"_s, u"Budget line says 15."_s, u"discrepancy"_s, u"Ben"_s);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 0).data(AnnotationsModel::ConflictingRole).toBool(), true);
        QCOMPARE(model.index(3, 0).data(AnnotationsModel::ConflictsRole).toStringList(), QStringList{cost});
        QVERIFY(model.index(0, AnnotationsModel::StatusColumn).data(Qt::ToolTipRole).toString().contains(u"different verdict"_s));

        // Removal, and undo of the removal.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(store.removeAnnotation(opening));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(opening), -1);
        store.undoStack()->undo();
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(opening), 1);

        // The article changes: statuses follow.
        store.updateDocument(makeDocument(u"bridge.txt"_s, u"Update: the date slipped. "_s
                                                            + QString(bridgeText).replace(u"It should open in May 2026 and"_s, u"It will"_s)));
        QCOMPARE(model.index(model.rowOf(cost), 0).data(AnnotationsModel::StatusRole).toString(), u"moved"_s);
        QCOMPARE(model.index(model.rowOf(cost), AnnotationsModel::StatusColumn).data().toString(), u"Moved"_s);
        QCOMPARE(model.index(model.rowOf(opening), 0).data(AnnotationsModel::StatusRole).toString(), u"orphaned"_s);
        QCOMPARE(model.index(model.rowOf(opening), 0).data(AnnotationsModel::StartRole).toLongLong(), -1);
        QCOMPARE(model.index(model.rowOf(opening), AnnotationsModel::QuoteColumn).data().toString(), u"May 2026"_s);
        QCOMPARE(model.index(model.rowOf(budget), 0).data(AnnotationsModel::StatusRole).toString(), u"anchored"_s);
        Q_UNUSED(other);

        // A restore replaces everything: a reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        AnnotationFileContent none;
        QTemporaryDir empty;
        const QString emptyFile = empty.filePath(u"a.json"_s);
        QVERIFY(AnnotationFile::write(emptyFile, AnnotationFile::serialize(none)).ok);
        QVERIFY(store.restoreBackup(emptyFile));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        store.undoStack()->undo();
        QCOMPARE(model.rowCount(), 4);

        store.close();
        QCOMPARE(model.rowCount(), 0);
    }

    void filtersAndSorts()
    {
        QTemporaryDir folder;
        AnnotationStore store(options());
        QVERIFY(store.open(folder.path()));
        store.setDocuments({makeDocument(u"bridge.txt"_s, bridgeText), makeDocument(u"marche.md"_s, marketText)});
        const QString cost = annotate(store, u"bridge.txt"_s, u"14 million pounds"_s, u"Agrees with minutes."_s, u"confirmed"_s, u"Ana"_s);
        const QString opening = annotate(store, u"bridge.txt"_s, u"May 2026"_s, u"Contractor says June."_s, u"discrepancy"_s, u"Ben"_s);
        const QString budget = annotate(store, u"marche.md"_s, u"6,2 millions d'euros"_s, u"Pas de source."_s, u"needs_source"_s, u"Ana"_s);
        const QString crowd = annotate(store, u"bridge.txt"_s, u"9,000 people"_s, u"Estimate only."_s, u"to-watch"_s, u"Ben"_s);

        AnnotationsModel model;
        model.setStore(&store);
        AnnotationsFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 4);

        const auto ids = [&filter] {
            QStringList result;
            for (int row = 0; row < filter.rowCount(); ++row)
                result.append(filter.index(row, 0).data(AnnotationsModel::IdRole).toString());
            return result;
        };

        filter.setVerdictFilter(u"discrepancy"_s);
        QCOMPARE(ids(), QStringList{opening});
        filter.setVerdictFilter(u"to-watch"_s);
        QCOMPARE(ids(), QStringList{crowd});
        filter.setVerdictFilter(QString());
        filter.setAuthorFilter(u"Ana"_s);
        QCOMPARE(ids(), (QStringList{cost, budget}));
        filter.setDocumentFilter(u"marche.md"_s);
        QCOMPARE(ids(), QStringList{budget});
        filter.setAuthorFilter(QString());
        filter.setDocumentFilter(u"bridge.txt"_s);
        QCOMPARE(ids(), (QStringList{cost, opening, crowd}));
        filter.setTextFilter(u"JUNE"_s);
        QCOMPARE(ids(), QStringList{opening});
        filter.setTextFilter(u"people"_s); // in the quote
        QCOMPARE(ids(), QStringList{crowd});
        filter.setTextFilter(QString());
        filter.setDocumentFilter(QString());

        // New rows pass through the filters too.
        filter.setAuthorFilter(u"Ben"_s);
        QCOMPARE(filter.rowCount(), 2);
        annotate(store, u"marche.md"_s, u"18 mois"_s, u"OK."_s, u"confirmed"_s, u"Ben"_s);
        QCOMPARE(filter.rowCount(), 3);
        filter.setAuthorFilter(QString());

        // Status and conflicts.
        store.updateDocument(makeDocument(u"marche.md"_s, u"Le marché couvert rouvrira en septembre."_s));
        filter.setStatusFilter(u"orphaned"_s);
        QCOMPARE(filter.rowCount(), 2);
        filter.setStatusFilter(QString());
        filter.setConflictsOnly(true);
        QCOMPARE(filter.rowCount(), 0);
        annotate(store, u"bridge.txt"_s, u"May 2026"_s, u"Confirmed by the council."_s, u"confirmed"_s, u"Ana"_s);
        QCOMPARE(filter.rowCount(), 2);
        filter.setConflictsOnly(false);

        // Sorting by verdict name, and by status (orphans first).
        filter.sort(AnnotationsModel::VerdictColumn);
        QCOMPARE(filter.index(0, AnnotationsModel::VerdictColumn).data().toString(), u"Confirmed"_s);
        QCOMPARE(filter.index(filter.rowCount() - 1, AnnotationsModel::VerdictColumn).data().toString(), u"to-watch"_s);
        filter.sort(AnnotationsModel::StatusColumn);
        QCOMPARE(filter.index(0, 0).data(AnnotationsModel::StatusRole).toString(), u"orphaned"_s);
        QCOMPARE(filter.index(filter.rowCount() - 1, 0).data(AnnotationsModel::StatusRole).toString(), u"anchored"_s);
    }

    void storeDestroyed()
    {
        QTemporaryDir folder;
        AnnotationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        {
            AnnotationStore store(options());
            QVERIFY(store.open(folder.path()));
            Annotation annotation;
            annotation.target.claimId = u"bridge.txt#1"_s;
            annotation.note = u"a claim, no passage"_s;
            store.addAnnotation(annotation);
            model.setStore(&store);
            QCOMPARE(model.rowCount(), 1);
            QCOMPARE(model.index(0, AnnotationsModel::StatusColumn).data().toString(), u"Anchored"_s);
            QCOMPARE(model.index(0, 0).data(AnnotationsModel::ClaimIdRole).toString(), u"bridge.txt#1"_s);
        }
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.store(), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationsModel)
#include "tst_annotationsmodel.moc"
