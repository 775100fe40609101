#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QStandardItemModel;
class QTreeView;

namespace Recoupe {

class AnalysisSession;
class CorpusSession;
class PlaceholderWidget;
class Settings;
struct ClaimGroup;

// The Comparisons dock: the claim groups of the folder (entity, metric, period, verdict, number
// of sources), disagreements first, and under the list the chosen group's reasons in plain words
// with their confidence, and its claims, one per source. "Hide low-confidence discrepancies"
// (kept in Settings) leaves out the groups whose every disagreement is of low confidence, and the
// low-confidence reasons of the others.
class ComparisonsPane : public QWidget
{
    Q_OBJECT
public:
    // settings keeps "Hide low-confidence discrepancies" between sessions.
    ComparisonsPane(AnalysisSession *analysis, CorpusSession *corpus, Settings *settings, QWidget *parent = nullptr);

    QTreeView *groupsView() const { return m_groupsView; }
    QTreeView *claimsView() const { return m_claimsView; }
    QLabel *reasonsLabel() const { return m_reasons; }
    // A group with more reasons than this shows what its values come down to, with every reason
    // one click away ("Show the 12 reasons").
    // Also when they are longer than reasonsTextShownInFull characters in all (a reason that names
    // forty articles).
    static constexpr int reasonsShownInFull = 3;
    static constexpr int reasonsTextShownInFull = 700;
    // The chosen group; nullptr when none.
    const ClaimGroup *currentGroup() const;
    bool selectGroupOfClaim(const QString &claimId);

Q_SIGNALS:
    // The chosen group changed (nullptr: none).
    void currentGroupChanged(const Recoupe::ClaimGroup *group);
    // A claim of the group was chosen: show it in its article.
    void claimActivated(const QString &claimId);

private:
    void updateState();
    // The columns as wide as their first rows need.
    void fitColumns();
    void showGroup();
    void setHideLowConfidence(bool hide);
    // Between the view's rows and the groups model's, through the three filters.
    QModelIndex toSource(const QModelIndex &viewIndex) const;
    QModelIndex fromSource(const QModelIndex &sourceIndex) const;

    AnalysisSession *m_analysis;
    CorpusSession *m_corpus;
    Settings *m_settings;
    QSortFilterProxyModel *m_verdictFilter;
    QSortFilterProxyModel *m_confidenceFilter;
    QSortFilterProxyModel *m_textFilter;
    QStackedWidget *m_stack;
    PlaceholderWidget *m_placeholder;
    QLineEdit *m_filter;
    QCheckBox *m_discrepanciesOnly;
    QCheckBox *m_hideLowConfidence;
    QTreeView *m_groupsView;
    QWidget *m_details;
    QLabel *m_groupTitle;
    QLabel *m_reasons;
    QStandardItemModel *m_claimsModel;
    QTreeView *m_claimsView;
    bool m_allReasons = false;  // the chosen group's reasons in full, asked for by a click
    const ClaimGroup *m_shownGroup = nullptr;
};

} // namespace Recoupe
