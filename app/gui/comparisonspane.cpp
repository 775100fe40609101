#include "comparisonspane.h"

#include "analysissession.h"
#include "compare/claimwording.h"
#include "corpussession.h"
#include "groupitemdelegate.h"
#include "icons.h"
#include "models/claimgroupsmodel.h"
#include "models/documentlistmodel.h"
#include "placeholderwidget.h"
#include "settings/settings.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

enum ClaimColumn { SourceColumn, DateColumn, AmountColumn, QuoteColumn, ClaimColumnCount };
constexpr int ClaimIdRole = Qt::UserRole;

QTreeView *makeTreeView(QWidget *parent, const QString &objectName)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(objectName);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAllColumnsShowFocus(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setFrameShape(QFrame::NoFrame);
    return view;
}

} // namespace

ComparisonsPane::ComparisonsPane(AnalysisSession *analysis, CorpusSession *corpus, Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_analysis(analysis)
    , m_corpus(corpus)
    , m_settings(settings)
    , m_verdictFilter(new QSortFilterProxyModel(this))
    , m_confidenceFilter(new QSortFilterProxyModel(this))
    , m_textFilter(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new PlaceholderWidget(this))
    , m_filter(new QLineEdit(this))
    , m_discrepanciesOnly(new QCheckBox(tr("Disagreements only"), this))
    , m_hideLowConfidence(new QCheckBox(tr("Hide low-confidence discrepancies"), this))
    , m_groupsView(makeTreeView(this, u"groupsView"_s))
    , m_details(new QWidget(this))
    , m_groupTitle(new QLabel(m_details))
    , m_reasons(new QLabel(m_details))
    , m_claimsModel(new QStandardItemModel(0, ClaimColumnCount, this))
    , m_claimsView(makeTreeView(m_details, u"groupClaimsView"_s))
{
    m_verdictFilter->setSourceModel(analysis->groupsModel());
    m_verdictFilter->setFilterRole(ClaimGroupsModel::VerdictRole);
    // A bool role reads "true" or "false": the filter keeps the groups that are not only of low confidence.
    m_confidenceFilter->setSourceModel(m_verdictFilter);
    m_confidenceFilter->setFilterRole(ClaimGroupsModel::LowConfidenceOnlyRole);
    m_textFilter->setSourceModel(m_confidenceFilter);
    m_textFilter->setFilterKeyColumn(-1);
    m_textFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_textFilter->setSortRole(ClaimGroupsModel::SortRole);

    m_filter->setObjectName(u"groupFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by entity, metric, period…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_textFilter, &QSortFilterProxyModel::setFilterFixedString);
    m_discrepanciesOnly->setObjectName(u"discrepanciesOnlyCheck"_s);
    connect(m_discrepanciesOnly, &QCheckBox::toggled, this, [this](bool only) {
        m_verdictFilter->setFilterFixedString(only ? u"discrepancy"_s : QString());
    });
    m_hideLowConfidence->setObjectName(u"hideLowConfidenceCheck"_s);
    m_hideLowConfidence->setToolTip(tr("Leave out the disagreements that may come from a hedge, a rounding, an undated article or a "
                                       "period the parser inferred"));
    m_hideLowConfidence->setChecked(m_settings->hideLowConfidenceDiscrepancies());
    m_confidenceFilter->setFilterFixedString(m_hideLowConfidence->isChecked() ? u"false"_s : QString());
    connect(m_hideLowConfidence, &QCheckBox::toggled, this, [this](bool hide) {
        m_settings->setHideLowConfidenceDiscrepancies(hide);
        setHideLowConfidence(hide);
    });

    m_groupsView->setModel(m_textFilter);
    m_groupsView->setItemDelegate(new GroupItemDelegate(m_groupsView));
    m_groupsView->setSortingEnabled(true);
    m_groupsView->sortByColumn(ClaimGroupsModel::VerdictColumn, Qt::AscendingOrder);
    // The verdict is the icon that leads each row, and is said in words under the list with the
    // reasons, which are sentences: neither needs a column of a narrow dock.
    m_groupsView->setColumnHidden(ClaimGroupsModel::VerdictColumn, true);
    m_groupsView->setColumnHidden(ClaimGroupsModel::ReasonsColumn, true);
    QHeaderView *header = m_groupsView->header();
    header->setStretchLastSection(false);
    // Fitted to the first rows once per analysis (fitColumns()), then the reader's to drag:
    // ResizeToContents measured them again on every layout change, thirty times as the groups
    // of a large folder arrived.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setResizeContentsPrecision(200);
    header->setSectionResizeMode(ClaimGroupsModel::MetricColumn, QHeaderView::Stretch);
    connect(m_groupsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ComparisonsPane::showGroup);

    // Details of the chosen group.
    m_groupTitle->setObjectName(u"groupTitle"_s);
    m_groupTitle->setWordWrap(true);
    m_groupTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_groupTitle->font();
    titleFont.setBold(true);
    m_groupTitle->setFont(titleFont);
    m_reasons->setObjectName(u"groupReasons"_s);
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::RichText);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_reasons->setOpenExternalLinks(false);
    connect(m_reasons, &QLabel::linkActivated, this, [this](const QString &link) {
        m_allReasons = link == "#all"_L1;
        showGroup();
    });

    m_claimsModel->setHorizontalHeaderLabels({tr("Source"), tr("Date"), tr("Figure"), tr("As written")});
    m_claimsView->setModel(m_claimsModel);
    m_claimsView->setTextElideMode(Qt::ElideRight);
    m_claimsView->header()->setStretchLastSection(true);
    m_claimsView->header()->setSectionResizeMode(SourceColumn, QHeaderView::Interactive);
    m_claimsView->header()->resizeSection(SourceColumn, fontMetrics().averageCharWidth() * 16);
    m_claimsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The date and figure columns fit their first rows: a group may have thousands of sources.
    m_claimsView->header()->setResizeContentsPrecision(200);
    connect(m_claimsView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT claimActivated(index.siblingAtColumn(0).data(ClaimIdRole).toString());
    });
    connect(m_claimsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT claimActivated(index.siblingAtColumn(0).data(ClaimIdRole).toString());
    });

    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(8, 8, 8, 0);
    detailsLayout->setSpacing(6);
    detailsLayout->addWidget(m_groupTitle);
    detailsLayout->addWidget(m_reasons);
    detailsLayout->addWidget(m_claimsView, 1);
    m_details->setObjectName(u"groupDetails"_s);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_groupsView);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *listPage = new QWidget(this);
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(6, 6, 6, 2);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_discrepanciesOnly);
    // On a line of its own: the dock is narrow.
    auto *confidenceRow = new QHBoxLayout;
    confidenceRow->setContentsMargins(6, 2, 6, 6);
    confidenceRow->addWidget(m_hideLowConfidence);
    confidenceRow->addStretch(1);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addLayout(filterRow);
    listLayout->addLayout(confidenceRow);
    listLayout->addWidget(splitter, 1);

    m_placeholder->setObjectName(u"comparisonsPlaceholder"_s);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(listPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(analysis, &AnalysisSession::started, this, &ComparisonsPane::updateState);
    connect(analysis, &AnalysisSession::groupsReady, this, &ComparisonsPane::updateState);
    connect(analysis, &AnalysisSession::groupsReady, this, &ComparisonsPane::fitColumns);
    connect(analysis, &AnalysisSession::finished, this, &ComparisonsPane::updateState);
    connect(analysis->groupsModel(), &QAbstractItemModel::modelReset, this, &ComparisonsPane::showGroup);
    updateState();
    showGroup();
}

void ComparisonsPane::updateState()
{
    const bool hasGroups = m_analysis->groupsModel()->rowCount() > 0;
    if (hasGroups) {
        m_stack->setCurrentIndex(1);
        return;
    }
    if (m_analysis->isRunning()) {
        m_placeholder->setTitle(QString());
        m_placeholder->setText(tr("Comparing the figures of the articles…"));
    } else if (m_corpus->folder().isEmpty()) {
        m_placeholder->setTitle(QString());
        m_placeholder->setText(tr("Figures that several articles state are compared here."));
    } else {
        m_placeholder->setTitle(QString());
        m_placeholder->setText(tr("No figure of these articles could be compared."));
    }
    m_stack->setCurrentIndex(0);
}

void ComparisonsPane::fitColumns()
{
    for (int column = 0; column < ClaimGroupsModel::ColumnCount; ++column) {
        if (column != ClaimGroupsModel::MetricColumn && !m_groupsView->isColumnHidden(column))
            m_groupsView->resizeColumnToContents(column);
    }
}

QModelIndex ComparisonsPane::toSource(const QModelIndex &viewIndex) const
{
    return m_verdictFilter->mapToSource(m_confidenceFilter->mapToSource(m_textFilter->mapToSource(viewIndex)));
}

QModelIndex ComparisonsPane::fromSource(const QModelIndex &sourceIndex) const
{
    return m_textFilter->mapFromSource(m_confidenceFilter->mapFromSource(m_verdictFilter->mapFromSource(sourceIndex)));
}

void ComparisonsPane::setHideLowConfidence(bool hide)
{
    m_confidenceFilter->setFilterFixedString(hide ? u"false"_s : QString());
    showGroup(); // the reasons shown depend on it
}

const ClaimGroup *ComparisonsPane::currentGroup() const
{
    const QModelIndex current = m_groupsView->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_analysis->groupsModel()->groupAt(toSource(current).row());
}

bool ComparisonsPane::selectGroupOfClaim(const QString &claimId)
{
    const int row = m_analysis->groupsModel()->rowOfClaim(claimId);
    if (row < 0)
        return false;
    QModelIndex index = fromSource(m_analysis->groupsModel()->index(row, 0));
    if (!index.isValid()) {
        // The chosen claim wins over the filters: show every group again rather than nothing.
        m_filter->clear();
        m_discrepanciesOnly->setChecked(false);
        m_hideLowConfidence->setChecked(false);
        index = fromSource(m_analysis->groupsModel()->index(row, 0));
    }
    m_groupsView->setCurrentIndex(index);
    m_groupsView->scrollTo(index);
    return true;
}

void ComparisonsPane::showGroup()
{
    const ClaimGroup *group = currentGroup();
    m_claimsModel->removeRows(0, m_claimsModel->rowCount());
    m_details->setVisible(group != nullptr);
    if (group != m_shownGroup)
        m_allReasons = false; // another group opens summed up again
    m_shownGroup = group;
    if (!group) {
        Q_EMIT currentGroupChanged(nullptr);
        return;
    }
    m_groupTitle->setText(ClaimWording::groupKey(group->key) + u"  ·  "_s + ClaimWording::verdict(*group));
    const bool hideLow = m_hideLowConfidence->isChecked();
    const auto shown = [hideLow](const DiscrepancyReason &reason) { return !hideLow || reason.confidence != Confidence::Low; };
    QStringList reasons;
    for (const DiscrepancyReason &reason : group->reasons) {
        if (!shown(reason))
            continue;
        QString item = u"<li>"_s + reason.explanation.toHtmlEscaped();
        if (reason.confidence != Confidence::None) {
            const QString confidence = tr("%1: %2", "confidence: why").arg(ClaimWording::confidence(reason.confidence), reason.confidenceReason);
            item += u" <i>("_s + confidence.toHtmlEscaped() + u")</i>"_s;
        }
        reasons.append(item + u"</li>"_s);
    }
    QString reasonsText;
    qsizetype length = 0;
    for (const QString &reason : std::as_const(reasons))
        length += reason.size();
    if (reasons.size() > reasonsShownInFull || length > reasonsTextShownInFull) {
        // A group of seventy sources may give a dozen reasons: what the values come down to first.
        ClaimList claims;
        for (const QString &claimId : group->claims) {
            if (const Claim *claim = m_analysis->claim(claimId))
                claims.append(*claim);
        }
        reasonsText = u"<p>"_s + ClaimWording::valuesSummary(claims, 6).toHtmlEscaped() + u"</p>"_s;
        if (m_allReasons) {
            reasonsText += u"<ul style=\"margin-left:0; -qt-list-indent:1\">"_s + reasons.join(QString()) + u"</ul>"_s
                + u"<p><a href=\"#summary\">%1</a></p>"_s.arg(tr("Show fewer").toHtmlEscaped());
        } else {
            reasonsText += u"<p><a href=\"#all\">%1</a></p>"_s.arg(tr("Show the %n reason(s)", nullptr, int(reasons.size())).toHtmlEscaped());
        }
    } else if (!reasons.isEmpty()) {
        reasonsText = u"<ul style=\"margin-left:0; -qt-list-indent:1\">"_s + reasons.join(QString()) + u"</ul>"_s;
    }
    m_reasons->setText(reasonsText);
    m_reasons->setVisible(!reasonsText.isEmpty());

    // The claims a shown reason names, gathered once: asking every reason's list for each claim of
    // a group of two thousand sources held the window for hundreds of milliseconds.
    QSet<QString> flaggedClaims;
    for (const DiscrepancyReason &reason : group->reasons) {
        if (shown(reason))
            flaggedClaims.unite(QSet<QString>(reason.claims.cbegin(), reason.claims.cend()));
    }
    for (const QString &claimId : group->claims) {
        const Claim *claim = m_analysis->claim(claimId);
        if (!claim)
            continue;
        const Document *document = m_corpus->document(claim->document);
        QList<QStandardItem *> row;
        auto *source = new QStandardItem(document && !document->title.isEmpty() ? document->title : claim->document.toString());
        source->setData(claimId, ClaimIdRole);
        source->setToolTip(claim->document);
        auto *date = new QStandardItem(document ? DocumentListModel::displayDate(document->date, QLocale::ShortFormat) : QString());
        auto *amount = new QStandardItem(ClaimWording::amount(*claim));
        // Read from the article's UTF-8 at the claim's offsets: a group of two thousand sources
        // would decode two thousand whole articles otherwise.
        auto *quote = new QStandardItem(document ? claim->quote(document->text) : QString());
        quote->setToolTip(document ? claim->shownSentence(document->text) : QString());
        if (flaggedClaims.contains(claimId))
            source->setIcon(Icons::verdict(u"discrepancy"_s));
        row << source << date << amount << quote;
        m_claimsModel->appendRow(row);
    }
    m_claimsView->resizeColumnToContents(DateColumn);
    m_claimsView->resizeColumnToContents(AmountColumn);
    Q_EMIT currentGroupChanged(group);
}

} // namespace Recoupe
