#include "findinfolderpane.h"

#include "corpussession.h"
#include "models/searchresultsmodel.h"
#include "reading/foldedtext.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

constexpr int typingPauseMs = 250;
// Enough to browse; a needle found more often than this wants to be more precise.
constexpr qsizetype maximumHits = 5000;

} // namespace

FindInFolderPane::FindInFolderPane(CorpusSession *corpus, QWidget *parent)
    : QWidget(parent)
    , m_corpus(corpus)
    , m_edit(new QLineEdit(this))
    , m_matchCase(new QCheckBox(tr("Match case"), this))
    , m_matchAccents(new QCheckBox(tr("Match accents"), this))
    , m_summary(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_model(new SearchResultsModel(this))
{
    m_edit->setObjectName(u"findInFolderEdit"_s);
    m_edit->setPlaceholderText(tr("Find in every article…"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setAccessibleName(tr("Text to find in the folder"));
    m_matchCase->setObjectName(u"findInFolderMatchCase"_s);
    m_matchAccents->setObjectName(u"findInFolderMatchAccents"_s);
    m_summary->setObjectName(u"findInFolderSummary"_s);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setWordWrap(true);
    m_view->setObjectName(u"findInFolderResults"_s);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAccessibleName(tr("Matches in the folder"));
    m_view->setAccessibleDescription(tr("Articles and the lines that hold the text; choose a line to open it"));
    m_view->header()->setStretchLastSection(true);

    // One under the other: the dock shares its width with the Documents list, which may be narrow.
    // Nor do their labels widen the dock beyond the Documents list's own minimum.
    m_matchCase->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_matchAccents->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    auto *options = new QVBoxLayout;
    options->setSpacing(2);
    options->addWidget(m_matchCase);
    options->addWidget(m_matchAccents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_edit);
    layout->addLayout(options);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    m_typingTimer.setSingleShot(true);
    m_typingTimer.setInterval(typingPauseMs);
    connect(&m_typingTimer, &QTimer::timeout, this, &FindInFolderPane::search);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { m_typingTimer.start(); });
    connect(m_edit, &QLineEdit::returnPressed, this, &FindInFolderPane::search);
    connect(m_matchCase, &QCheckBox::toggled, this, &FindInFolderPane::search);
    connect(m_matchAccents, &QCheckBox::toggled, this, &FindInFolderPane::search);
    connect(&m_watcher, &QFutureWatcher<QList<TextSearchHit>>::finished, this, &FindInFolderPane::showResults);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString documentId = index.data(SearchResultsModel::DocumentIdRole).toString();
        if (documentId.isEmpty())
            return;
        if (!index.parent().isValid() && m_model->rowCount(index) > 0) {
            // An article's row opens its first hit.
            const QModelIndex first = m_model->index(0, 0, index);
            Q_EMIT hitActivated(documentId, first.data(SearchResultsModel::StartRole).toLongLong(),
                                first.data(SearchResultsModel::EndRole).toLongLong());
            return;
        }
        Q_EMIT hitActivated(documentId, index.data(SearchResultsModel::StartRole).toLongLong(), index.data(SearchResultsModel::EndRole).toLongLong());
    });
    connect(corpus, &CorpusSession::loadFinished, this, [this] {
        if (!m_edit->text().trimmed().isEmpty())
            search();
    });
}

FindInFolderPane::~FindInFolderPane()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void FindInFolderPane::activate(const QString &text)
{
    if (!text.isEmpty() && !text.contains(QChar::ParagraphSeparator) && !text.contains(u'\n'))
        m_edit->setText(text);
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindInFolderPane::search()
{
    m_typingTimer.stop();
    int sensitivity = FoldedText::Insensitive;
    if (m_matchCase->isChecked())
        sensitivity |= FoldedText::CaseSensitive;
    if (m_matchAccents->isChecked())
        sensitivity |= FoldedText::AccentSensitive;
    const TextSearch textSearch(m_edit->text(), sensitivity);
    if (!textSearch.isValid()) {
        m_model->clear();
        m_summary->clear();
        return;
    }
    m_runningNeedle = m_edit->text();
    m_summary->setText(tr("Searching…"));
    // The documents are shared, not copied: the worker reads them while the window goes on.
    const QList<Document> documents = m_corpus->corpus().documents;
    m_watcher.setFuture(QtConcurrent::run([textSearch, documents] { return textSearch.findInDocuments(documents, maximumHits); }));
}

void FindInFolderPane::showResults()
{
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
        return;
    const QList<TextSearchHit> hits = m_watcher.result();
    QHash<QString, QString> titles;
    QSet<QString> articles;
    for (const TextSearchHit &hit : hits)
        articles.insert(hit.documentId);
    for (const Document &document : m_corpus->corpus().documents) {
        if (articles.contains(document.id))
            titles.insert(document.id, document.title.isEmpty() ? document.path : document.title);
    }
    m_model->setNeedle(m_runningNeedle);
    m_model->setResults(hits, titles);
    m_view->expandAll();
    m_view->resizeColumnToContents(0);
    if (hits.isEmpty())
        m_summary->setText(tr("No article holds “%1”.").arg(m_runningNeedle));
    else
        m_summary->setText(tr("%n match(es)", nullptr, int(hits.size())) + u" · "_s + tr("%n article(s)", nullptr, int(articles.size())));
    Q_EMIT searchFinished(int(hits.size()));
}

} // namespace Recoupe
