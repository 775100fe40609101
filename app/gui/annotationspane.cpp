#include "annotationspane.h"

#include "annotations/annotation.h"
#include "annotations/annotationstore.h"
#include "corpussession.h"
#include "models/annotationsfiltermodel.h"
#include "models/annotationsmodel.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Recoupe {

AnnotationsPane::AnnotationsPane(CorpusSession *corpus, QWidget *parent)
    : QWidget(parent)
    , m_corpus(corpus)
    , m_model(new AnnotationsModel(this))
    , m_filter(new AnnotationsFilterModel(this))
    , m_text(new QLineEdit(this))
    , m_verdict(new QComboBox(this))
    , m_author(new QComboBox(this))
    , m_document(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_buttons(new QWidget(this))
{
    m_model->setStore(corpus->annotations());
    m_filter->setSourceModel(m_model);

    m_text->setObjectName(u"annotationsFilter"_s);
    m_text->setPlaceholderText(tr("Filter by passage or note…"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::textChanged, m_filter, &AnnotationsFilterModel::setTextFilter);
    m_verdict->setObjectName(u"annotationsVerdictFilter"_s);
    m_verdict->setAccessibleName(tr("Show the annotations with this verdict"));
    m_author->setObjectName(u"annotationsAuthorFilter"_s);
    m_author->setAccessibleName(tr("Show the annotations of this author"));
    m_document->setObjectName(u"annotationsDocumentFilter"_s);
    m_document->setAccessibleName(tr("Show the annotations of this article"));
    // The filters share the dock's width; they never widen it (the dock may sit beside others).
    for (QComboBox *combo : {m_verdict, m_author, m_document}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(3);
        combo->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    }
    m_buttons->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    connect(m_verdict, &QComboBox::currentIndexChanged, this, [this] { m_filter->setVerdictFilter(m_verdict->currentData().toString()); });
    connect(m_author, &QComboBox::currentIndexChanged, this, [this] { m_filter->setAuthorFilter(m_author->currentData().toString()); });
    connect(m_document, &QComboBox::currentIndexChanged, this, [this] { m_filter->setDocumentFilter(m_document->currentData().toString()); });

    m_view->setObjectName(u"annotationsView"_s);
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAccessibleName(tr("Annotations of the folder"));
    m_view->sortByColumn(AnnotationsModel::ModifiedColumn, Qt::DescendingOrder);
    m_view->header()->setSectionResizeMode(AnnotationsModel::QuoteColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    // A click opens the annotation's passage, as Enter does (and as a row of Figures does).
    const auto open = [this](const QModelIndex &index) { Q_EMIT annotationActivated(index.data(AnnotationsModel::IdRole).toString()); };
    connect(m_view, &QTreeView::activated, this, open);
    connect(m_view, &QTreeView::clicked, this, open);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentAnnotationChanged(currentAnnotation()); });
    // A reset or a removal can leave no current row without currentRowChanged: say so, so that
    // Edit and Delete are not left enabled on an empty list.
    const auto currentMayHaveGone = [this] { Q_EMIT currentAnnotationChanged(currentAnnotation()); };
    connect(m_filter, &QAbstractItemModel::modelReset, this, currentMayHaveGone);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, currentMayHaveGone);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, currentMayHaveGone);

    auto *filters = new QGridLayout;
    filters->addWidget(m_text, 0, 0, 1, 3);
    filters->addWidget(m_verdict, 1, 0);
    filters->addWidget(m_author, 1, 1);
    filters->addWidget(m_document, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_buttons);

    connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationsPane::updateFilterChoices);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AnnotationsPane::updateFilterChoices);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AnnotationsPane::updateFilterChoices);
    const auto updateTitles = [this] {
        QHash<QString, QString> titles;
        for (const Document &document : m_corpus->corpus().documents)
            titles.insert(document.id, document.title.isEmpty() ? document.path : document.title);
        m_model->setDocumentTitles(titles);
        updateFilterChoices();
    };
    connect(corpus, &CorpusSession::loadFinished, this, updateTitles);
    // An article edited on disk (or its title set in Properties) is named anew.
    connect(corpus, &CorpusSession::documentChanged, this, updateTitles);
    updateFilterChoices();
}

void AnnotationsPane::setActions(QAction *edit, QAction *remove, QAction *restore, QAction *import)
{
    auto *layout = new QHBoxLayout(m_buttons);
    layout->setContentsMargins(0, 2, 0, 4);
    for (QAction *action : {edit, remove}) {
        auto *button = new QToolButton(m_buttons);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        // Never cut below its word: the dock is made wide enough instead.
        button->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    // The rarer actions in one menu: four buttons side by side did not fit a narrow dock, and Qt
    // then cut their words in the middle ("Modi…ion").
    auto *more = new QToolButton(m_buttons);
    more->setObjectName(u"annotationsMoreButton"_s);
    more->setText(tr("More"));
    more->setToolTip(tr("Restore from a backup, import another tool's annotations"));
    more->setIcon(QIcon::fromTheme(u"application-menu"_s));
    more->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    more->setPopupMode(QToolButton::InstantPopup);
    more->setAutoRaise(true);
    auto *menu = new QMenu(more);
    menu->addActions({restore, import});
    more->setMenu(menu);
    layout->addWidget(more);
    m_view->addActions({edit, remove});
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

QString AnnotationsPane::currentAnnotation() const
{
    return m_view->currentIndex().data(AnnotationsModel::IdRole).toString();
}

bool AnnotationsPane::selectAnnotation(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_text->clear();
        m_verdict->setCurrentIndex(0);
        m_author->setCurrentIndex(0);
        m_document->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void AnnotationsPane::updateFilterChoices()
{
    // The choices are what the rows hold; the current choice survives when it still can. They are
    // read from the model, never from the session: the model empties itself when its store goes
    // away, which happens while the window and its session are being destroyed.
    QStringList verdicts = Annotation::standardVerdicts();
    QStringList authors;
    QList<std::pair<QString, QString>> documents; // id, title
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString verdict = m_model->index(row, 0).data(AnnotationsModel::VerdictRole).toString();
        const QString author = m_model->index(row, 0).data(AnnotationsModel::AuthorRole).toString();
        const QString documentId = m_model->index(row, 0).data(AnnotationsModel::DocumentIdRole).toString();
        if (!verdict.isEmpty() && !verdicts.contains(verdict))
            verdicts.append(verdict);
        if (!author.isEmpty() && !authors.contains(author))
            authors.append(author);
        if (std::none_of(documents.cbegin(), documents.cend(), [&](const auto &d) { return d.first == documentId; }))
            documents.append({documentId, m_model->index(row, AnnotationsModel::DocumentColumn).data().toString()});
    }
    const auto refill = [](QComboBox *combo, const QString &any, const QList<std::pair<QString, QString>> &values) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(any, QString());
        for (const auto &[value, display] : values)
            combo->addItem(display, value);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    };
    const auto shownAs = [](const QStringList &values, const auto &display) {
        QList<std::pair<QString, QString>> pairs;
        for (const QString &value : values)
            pairs.append({value, display(value)});
        return pairs;
    };
    refill(m_verdict, tr("Any verdict"), shownAs(verdicts, [](const QString &v) { return Annotation::verdictDisplayName(v); }));
    refill(m_author, tr("Any author"), shownAs(authors, [](const QString &a) { return a; }));
    refill(m_document, tr("Every article"), documents);
}

} // namespace Recoupe
