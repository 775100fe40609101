#pragma once

#include "claims/claim.h"
#include "corpus/document.h"
#include "corpus/documenttexts.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>

namespace Recoupe {

// Every claim of a folder, one row each: what it is about (entity, metric, period), the amount as
// a reader writes it ("60–65 bn USD", "≈ 80 bn EUR", "≥ 1.3 M GPU"), its qualifier and its source
// article. Display texts follow the model's locale; the roles carry the raw values that views
// sort on, filter on and open the article at (claim id, document id, quote offsets).
class FiguresModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { EntityColumn, MetricColumn, PeriodColumn, AmountColumn, QualifierColumn, SourceColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        ClaimIdRole = Qt::UserRole,
        DocumentIdRole,
        StartRole,          // qsizetype: offset of the quote in the document's reading text
        EndRole,
        EntityRole,         // canonical name, empty when unknown
        MetricRole,         // "capex", "revenue", ..., as in recoupe-claims-1
        PeriodRole,         // "2025", "2024-Q4", "FY2025", "2025-2028", empty when unknown
        LowRole,            // double, in currency or unit (not scaled)
        HighRole,
        CurrencyRole,       // "USD", "EUR", ..., empty for quantities
        UnitRole,           // "GW", "GPU", "users", "%", empty for money
        QualifierRole,      // "exact", "approx", "at_least", "at_most", "range"
        QuoteRole,
        SentenceRole,
        SortRole,           // per column: entity, metric, period, low (double), qualifier, source title
        OriginRole,         // "parsed", "corrected" or "added" (a fact-checker's correction)
    };
    Q_ENUM(Role)

    explicit FiguresModel(QObject *parent = nullptr);

    // What the model shows, made apart from it: prepare() touches no model and may run on a
    // worker, so that a folder of a hundred thousand figures is indexed there and only handed
    // over on the GUI thread.
    struct Contents {
        ClaimList claims;
        DocumentTexts texts;              // where quotes and sentences are read
        QHash<QString, QString> titles;   // document id -> title
        // Where each row's entity and source stand in alphabetical (case-folded) order: what the
        // SortRole gives, so that a view sorts tens of thousands of rows on integers, not on
        // strings folded again at every comparison.
        QList<int> entityRankOfRow;
        QList<int> sourceRankOfRow;
    };
    // documents gives each claim's source title (a claim of an unknown document shows its id).
    static Contents prepare(const ClaimList &claims, const QList<Document> &documents);
    void setContents(Contents contents);
    void setResults(const ClaimList &claims, const QList<Document> &documents);
    void clear();
    // Display texts are written for this locale (QLocale() by default).
    void setLocale(const QLocale &locale);

    const ClaimList &claims() const { return m_contents.claims; }
    const Claim *claimAt(int row) const;
    // -1 when no row has that claim id.
    int rowOf(const QString &claimId) const;

    // "Capital expenditure", "Revenue", ..., "Share price move"; the key itself when unknown.
    static QString metricName(const QString &metric);
    // "exact", "approximate", "at least", "at most", "range"
    static QString qualifierLabel(Qualifier qualifier);
    // "60–65 bn USD", "≈ 80 bn EUR", "≥ 1.3 M GPU", "2 GW", "1.6 %"
    static QString formatAmount(const Claim &claim, const QLocale &locale = QLocale());

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    static QString sourceTitle(const Claim &claim, const QHash<QString, QString> &titles);

    Contents m_contents;
    QLocale m_locale;
};

} // namespace Recoupe
