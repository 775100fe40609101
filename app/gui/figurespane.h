#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Recoupe {

class AnalysisSession;

// The Figures dock: every claim of the folder (entity, metric, period, amount, qualifier, source),
// sortable, filtered by text and by metric. Choosing a row opens its article at the quote.
class FiguresPane : public QWidget
{
    Q_OBJECT
public:
    // How many rows the columns' widths are measured on (QHeaderView::setResizeContentsPrecision).
    static constexpr int rowsMeasured = 200;

    explicit FiguresPane(AnalysisSession *analysis, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QString currentClaimId() const;

Q_SIGNALS:
    void claimActivated(const QString &claimId);

private:
    void updateMetrics();

    AnalysisSession *m_analysis;
    QSortFilterProxyModel *m_metricFilter;
    QSortFilterProxyModel *m_textFilter;
    QLineEdit *m_filter;
    QComboBox *m_metricCombo;
    QTableView *m_view;
};

} // namespace Recoupe
