#include "readingpane.h"

#include "elidedlabel.h"
#include "findbar.h"
#include "icons.h"
#include "models/documentlistmodel.h"
#include "placeholderwidget.h"
#include "reading/grouppalette.h"
#include "reading/textsearch.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStyle>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

QLabel *makeMetaLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return label;
}

// Where a date comes from, in two or three words after the date itself.
QString shortDateSource(const QString &dateSource)
{
    if (dateSource == "metadata"_L1)
        return ReadingPane::tr("from the metadata");
    if (dateSource == "text"_L1)
        return ReadingPane::tr("from the text");
    if (dateSource == "user"_L1)
        return ReadingPane::tr("set by you");
    if (dateSource == "inferred"_L1)
        return ReadingPane::tr("inferred");
    return {};
}

QLabel *makeSeparator(QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("·"), parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ReadingPane::ReadingPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_hint(new PlaceholderWidget(this))
    , m_documentPage(new QWidget(this))
    , m_header(new QWidget(m_documentPage))
    , m_headerColumn(new QWidget(m_header))
    , m_titleLabel(new QLabel(m_headerColumn))
    , m_dateSourceIcon(new QLabel(m_headerColumn))
    , m_dateLabel(makeMetaLabel(m_headerColumn, u"documentDate"_s))
    , m_dateSourceLabel(makeMetaLabel(m_headerColumn, u"documentDateSource"_s))
    , m_languageLabel(makeMetaLabel(m_headerColumn, u"documentLanguage"_s))
    , m_fileLabel(new ElidedLabel(m_headerColumn))
    , m_encodingLabel(makeMetaLabel(m_headerColumn, u"documentEncoding"_s))
    , m_languageSeparator(makeSeparator(m_headerColumn))
    , m_problemRow(new QWidget(m_headerColumn))
    , m_problemLabel(new QLabel(m_problemRow))
    , m_editButton(new QToolButton(m_headerColumn))
    , m_view(new ReadingView(m_documentPage))
    , m_wholePageNote(new QLabel(m_documentPage))
    , m_wholePageView(new QPlainTextEdit(m_documentPage))
    , m_paneBar(new QWidget(this))
    , m_currentLine(new QWidget(this))
    , m_chooser(new QComboBox(m_paneBar))
    , m_zoomLabel(new QLabel(m_paneBar))
    , m_closeButton(new QToolButton(m_paneBar))
    , m_findBar(new FindBar(this))
{
    setAcceptDrops(true);
    setAccessibleName(tr("Reading pane"));
    setAccessibleDescription(tr("An article of the folder; its figures are highlighted and linked to the same figures in the other panes"));
    m_hint->setObjectName(u"readingHint"_s);
    m_hint->setIcon(Icons::own(u"date-text"_s), 48);
    setHint(tr("No article selected"), tr("Choose an article in the Documents list to read it here."));

    m_titleLabel->setObjectName(u"documentTitle"_s);
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = ReadingView::defaultReadingFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.55);
    titleFont.setWeight(QFont::DemiBold);
    m_titleLabel->setFont(titleFont);

    m_problemLabel->setObjectName(u"documentProblem"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *problemIcon = new QLabel(m_problemRow);
    problemIcon->setPixmap(Icons::themed(u"dialog-warning"_s).pixmap(QSize(16, 16), devicePixelRatio()));
    problemIcon->setAlignment(Qt::AlignTop);
    auto *problemLayout = new QHBoxLayout(m_problemRow);
    problemLayout->setContentsMargins(0, 4, 0, 0);
    problemLayout->addWidget(problemIcon);
    problemLayout->addWidget(m_problemLabel, 1);
    m_problemRow->hide();

    m_editButton->setObjectName(u"editPropertiesButton"_s);
    m_editButton->setIcon(Icons::themed(u"document-edit"_s));
    m_editButton->setText(tr("Correct…"));
    m_editButton->setToolTip(tr("Correct the date, title or language of this article"));
    m_editButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_editButton->setAccessibleName(tr("Correct the date, title or language"));
    m_editButton->setAutoRaise(true);
    connect(m_editButton, &QToolButton::clicked, this, [this] {
        if (hasDocument())
            Q_EMIT editPropertiesRequested(m_document.id);
    });

    m_fileLabel->setObjectName(u"documentFile"_s);
    m_fileLabel->setForegroundRole(QPalette::PlaceholderText);
    m_dateLabel->setTextFormat(Qt::AutoText);
    m_dateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_dateLabel, &QLabel::linkActivated, this, [this] {
        if (hasDocument())
            Q_EMIT editPropertiesRequested(m_document.id);
    });
    m_dateSourceIcon->setObjectName(u"documentDateSourceIcon"_s);
    m_dateSourceIcon->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto *meta = new QHBoxLayout;
    m_metaLayout = meta;
    meta->setSpacing(6);
    meta->addWidget(m_dateSourceIcon);
    meta->addWidget(m_dateLabel);
    meta->addWidget(m_dateSourceLabel);
    meta->addWidget(m_languageSeparator);
    meta->addWidget(m_languageLabel);
    meta->addStretch(1);
    meta->addSpacing(8);
    meta->addWidget(m_editButton);

    // Where the text comes from, on a line of its own so that long file names fit.
    auto *origin = new QHBoxLayout;
    m_originLayout = origin;
    origin->setSpacing(6);
    origin->addWidget(m_fileLabel);
    m_encodingSeparator = makeSeparator(m_headerColumn);
    origin->addWidget(m_encodingSeparator);
    origin->addWidget(m_encodingLabel);
    origin->addStretch(1);

    auto *rule = new QFrame(m_headerColumn);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setForegroundRole(QPalette::Mid);

    auto *columnLayout = new QVBoxLayout(m_headerColumn);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(2);
    columnLayout->addWidget(m_titleLabel);
    columnLayout->addLayout(meta);
    columnLayout->addLayout(origin);
    columnLayout->addWidget(m_problemRow);
    columnLayout->addSpacing(6);
    columnLayout->addWidget(rule);

    // The header sits on the page's colour, over the same column as the text. Its labels do not
    // set the pane's minimum width: four panes must fit on a laptop's screen.
    m_header->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_header->setAutoFillBackground(true);
    m_header->setBackgroundRole(QPalette::Base);
    auto *headerLayout = new QHBoxLayout(m_header);
    headerLayout->setContentsMargins(0, 28, 24, 4);
    headerLayout->addWidget(m_headerColumn, 1);
    headerLayout->addStretch(0);
    connect(m_view, &ReadingView::columnChanged, this, &ReadingPane::alignHeader);

    m_view->setObjectName(u"readingView"_s);
    auto *pageLayout = new QVBoxLayout(m_documentPage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(m_header);
    pageLayout->addWidget(m_view, 1);
    m_wholePageNote->setObjectName(u"wholePageNote"_s);
    m_wholePageNote->setWordWrap(true);
    m_wholePageNote->setContentsMargins(12, 6, 12, 6);
    m_wholePageNote->setText(tr("The whole page, as saved: what Recoupe set aside as the page's chrome (menus, "
                                "most read, related stories, comments, footer) is shown too. Its figures are "
                                "never read as claims. View > Show Whole Page again to go back to the article."));
    m_wholePageNote->setAutoFillBackground(true);
    m_wholePageNote->setBackgroundRole(QPalette::AlternateBase);
    m_wholePageView->setObjectName(u"wholePageView"_s);
    m_wholePageView->setReadOnly(true);
    m_wholePageView->setFont(ReadingView::defaultReadingFont());
    m_wholePageView->setAccessibleName(tr("Whole page"));
    m_wholePageNote->hide();
    m_wholePageView->hide();
    pageLayout->addWidget(m_wholePageNote);
    pageLayout->addWidget(m_wholePageView, 1);

    m_stack->addWidget(m_hint);
    m_stack->addWidget(m_documentPage);

    // The pane's bar: which article, its zoom, and closing the pane. A coloured line above it
    // tells the current pane, the one the window's actions apply to.
    m_currentLine->setObjectName(u"currentPaneLine"_s);
    m_currentLine->setFixedHeight(3);
    m_currentLine->setAutoFillBackground(true);
    m_paneBar->setObjectName(u"paneBar"_s);
    m_chooser->setObjectName(u"documentChooser"_s);
    m_chooser->setAccessibleName(tr("Article shown in this pane"));
    m_chooser->setToolTip(tr("Choose the article to read in this pane, or drop one here from the Documents list"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(6);
    m_chooser->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_chooser->setFocusPolicy(Qt::StrongFocus);
    connect(m_chooser, &QComboBox::activated, this, [this](int row) {
        const QString id = m_chooser->itemData(row, DocumentListModel::DocumentIdRole).toString();
        if (!id.isEmpty() && id != m_document.id)
            Q_EMIT documentRequested(id);
    });
    m_zoomLabel->setObjectName(u"zoomLabel"_s);
    m_zoomLabel->setForegroundRole(QPalette::PlaceholderText);
    m_zoomLabel->hide();
    connect(m_view, &ReadingView::zoomChanged, this, [this] {
        m_zoomLabel->setText(tr("%1 %").arg(QLocale().toString(m_view->zoomPercent())));
        m_zoomLabel->setVisible(m_view->zoomSteps() != 0);
    });
    m_closeButton->setObjectName(u"closePaneButton"_s);
    m_closeButton->setIcon(Icons::themed(u"dialog-close"_s));
    m_closeButton->setToolTip(tr("Close this pane"));
    m_closeButton->setAccessibleName(tr("Close this pane"));
    m_closeButton->setAutoRaise(true);
    connect(m_closeButton, &QToolButton::clicked, this, &ReadingPane::closeRequested);
    auto *barLayout = new QHBoxLayout(m_paneBar);
    barLayout->setContentsMargins(6, 3, 3, 3);
    barLayout->setSpacing(4);
    barLayout->addWidget(m_chooser, 1);
    barLayout->addWidget(m_zoomLabel);
    barLayout->addWidget(m_closeButton);

    m_findBar->hide();
    connect(m_findBar, &FindBar::searchChanged, this, [this] {
        updateFindHits();
        find(false, false);
    });
    connect(m_findBar, &FindBar::findNext, this, [this] { find(false); });
    connect(m_findBar, &FindBar::findPrevious, this, [this] { find(true); });
    connect(m_findBar, &FindBar::closed, this, [this] {
        m_findMarks.clear();
        updateHighlights();
        m_view->setFocus();
    });

    connect(m_view, &ReadingView::offsetClicked, this, [this](qsizetype offset) {
        const QString claim = claimAt(offset);
        if (claim.isEmpty())
            return;
        // The figure clicked becomes the pane's current one, so that its group, Ctrl+M and F2
        // act on this occurrence and not on the first one of its group in the article.
        for (const ClaimMark &mark : std::as_const(m_claimMarks)) {
            if (mark.claimId == claim) {
                m_view->selectRangeKeepingPlace(mark.start, mark.end);
                break;
            }
        }
        Q_EMIT claimSelected(claim);
        Q_EMIT claimActivated(claim);
    });
    connect(m_view, &ReadingView::offsetActivated, this, [this](qsizetype offset) {
        const QString claim = claimAt(offset);
        if (!claim.isEmpty())
            Q_EMIT claimActivated(claim);
    });
    connect(m_view, &ReadingView::focusReceived, this, &ReadingPane::activated);
    m_chooser->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_currentLine);
    layout->addWidget(m_paneBar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_findBar);
    alignHeader(m_view->columnLeft(), m_view->columnWidth());
    setCurrent(false);
}

void ReadingPane::setDocumentsModel(QAbstractItemModel *model)
{
    m_chooser->setModel(model);
    m_chooser->setModelColumn(DocumentListModel::TitleColumn);
    connect(model, &QAbstractItemModel::modelReset, this, &ReadingPane::updateChooser);
    connect(model, &QAbstractItemModel::dataChanged, this, &ReadingPane::updateChooser);
    updateChooser();
}

void ReadingPane::updateChooser()
{
    if (!m_chooser->model())
        return;
    int row = -1;
    for (int i = 0; i < m_chooser->count(); ++i) {
        if (m_chooser->itemData(i, DocumentListModel::DocumentIdRole).toString() == m_document.id) {
            row = i;
            break;
        }
    }
    m_chooser->setCurrentIndex(row);
    if (row < 0)
        m_chooser->setPlaceholderText(tr("Choose an article…"));
}

void ReadingPane::setCurrent(bool current)
{
    QPalette linePalette = m_currentLine->palette();
    linePalette.setColor(QPalette::Window, current ? palette().color(QPalette::Highlight) : palette().color(QPalette::Window));
    m_currentLine->setPalette(linePalette);
}

void ReadingPane::setClosable(bool closable)
{
    m_closeButton->setEnabled(closable);
}

void ReadingPane::dragEnterEvent(QDragEnterEvent *event)
{
    if (!DocumentListModel::documentIdsFromMimeData(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ReadingPane::dropEvent(QDropEvent *event)
{
    const QStringList ids = DocumentListModel::documentIdsFromMimeData(event->mimeData());
    if (ids.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT activated();
    Q_EMIT documentRequested(ids.constFirst());
}

bool ReadingPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chooser && event->type() == QEvent::FocusIn)
        Q_EMIT activated();
    return QWidget::eventFilter(watched, event);
}

void ReadingPane::setHint(const QString &title, const QString &text)
{
    m_hint->setTitle(title);
    m_hint->setText(text);
}

QTextDocument *ReadingPane::textDocument() const
{
    return m_view->document();
}

void ReadingPane::alignHeader(int left, int width)
{
    // The view's column is measured in its own coordinates; both widgets start at x = 0.
    auto *layout = static_cast<QHBoxLayout *>(m_header->layout());
    const QMargins margins = layout->contentsMargins();
    layout->setContentsMargins(left, margins.top(), margins.right(), margins.bottom());
    m_headerColumn->setMaximumWidth(qMax(width, 1));
    // A narrow pane keeps the date and the language; where the date comes from is in the icon
    // and its tooltip. A very narrow one (three panes on a laptop) writes the date short, tells
    // where it comes from in its tooltip only, puts the language (as its code) and the Correct
    // button on the file's line, and the encoding in the file's tooltip: its date was cut to
    // "January 2" otherwise.
    m_compactHeader = width < fontMetrics().averageCharWidth() * 52;
    m_dateSourceLabel->setVisible(!m_compactHeader && !m_dateSourceLabel->text().isEmpty());
    const bool narrow = width < fontMetrics().averageCharWidth() * 34;
    if (narrow != m_narrowHeader) {
        m_narrowHeader = narrow;
        for (QWidget *moved : {static_cast<QWidget *>(m_languageSeparator), static_cast<QWidget *>(m_languageLabel),
                               static_cast<QWidget *>(m_editButton)}) {
            m_metaLayout->removeWidget(moved);
            m_originLayout->removeWidget(moved);
        }
        if (narrow) {
            m_originLayout->insertWidget(0, m_languageSeparator);
            m_originLayout->insertWidget(0, m_languageLabel);
            m_originLayout->addWidget(m_editButton);
        } else {
            const int after = m_metaLayout->indexOf(m_dateSourceLabel) + 1;
            m_metaLayout->insertWidget(after, m_languageLabel);
            m_metaLayout->insertWidget(after, m_languageSeparator);
            m_metaLayout->addWidget(m_editButton);
        }
        if (hasDocument())
            updateHeader();
    }
}

void ReadingPane::showDocument(const Document *document)
{
    if (!document) {
        clear();
        return;
    }
    const bool sameText = document->id == m_document.id && document->text == m_document.text && document->title == m_document.title;
    if (document->id != m_document.id)
        showArticle();
    m_document = *document;
    m_text = m_document.text.toString();
    if (!sameText) {
        // The title usually opens the text: shown once, as the text's headline.
        const bool headlineInText = m_view->setReadingText(m_text, m_document.title);
        m_titleLabel->setVisible(!headlineInText);
        m_passageMarks.clear();
        m_claimMarks.clear();
        m_findMarks.clear();
        m_annotationMarks.clear();
        m_correctionMarks.clear();
    }
    m_view->setPageStarts(m_document.pageStarts);
    m_view->setAccessibleName(tr("Text of %1").arg(m_document.title.isEmpty() ? m_document.path : m_document.title));
    updateChooser();
    updateHeader();
    updateHighlights();
    m_stack->setCurrentWidget(m_documentPage);
}

void ReadingPane::showWholePage(const QString &text)
{
    m_wholePageView->setPlainText(text);
    m_view->hide();
    m_wholePageNote->show();
    m_wholePageView->show();
}

void ReadingPane::showArticle()
{
    if (!isShowingWholePage())
        return;
    m_wholePageNote->hide();
    m_wholePageView->hide();
    m_wholePageView->clear();
    m_view->show();
}

bool ReadingPane::isShowingWholePage() const
{
    return !m_wholePageView->isHidden();
}

void ReadingPane::clear()
{
    showArticle();
    m_document = {};
    m_text.clear();
    m_claimMarks.clear();
    m_passageMarks.clear();
    m_findMarks.clear();
    m_view->setReadingText({});
    m_view->setPageStarts({});
    updateChooser();
    m_stack->setCurrentWidget(m_hint);
}

void ReadingPane::updateHeader()
{
    const Document &d = m_document;
    m_titleLabel->setText(d.title.isEmpty() ? QFileInfo(d.path).fileName() : d.title);

    if (d.date.isEmpty()) {
        // An undated article cannot resolve "this year": offer to set the date right there.
        if (d.isLoaded())
            m_dateLabel->setText(u"<a href=\"#date\">%1</a>"_s.arg(tr("No date: set it…").toHtmlEscaped()));
        else
            m_dateLabel->setText(tr("No date"));
        m_dateSourceLabel->clear();
        m_dateSourceLabel->hide();
    } else {
        m_dateLabel->setText(DocumentListModel::displayDate(d.date, m_narrowHeader ? QLocale::ShortFormat : QLocale::LongFormat));
        m_dateSourceLabel->setText(d.dateSource.isEmpty() ? QString() : u"(%1)"_s.arg(shortDateSource(d.dateSource)));
        m_dateSourceLabel->setVisible(!d.dateSource.isEmpty() && !m_compactHeader);
    }
    const QIcon sourceIcon = Icons::dateSource(d.dateSource);
    m_dateSourceIcon->setPixmap(sourceIcon.isNull() ? QPixmap() : sourceIcon.pixmap(QSize(16, 16), devicePixelRatio(), QIcon::Disabled));
    m_dateSourceIcon->setVisible(!sourceIcon.isNull() && !m_narrowHeader);
    m_dateSourceIcon->setToolTip(DocumentListModel::dateSourceDescription(d.dateSource));
    m_dateSourceLabel->setToolTip(DocumentListModel::dateSourceDescription(d.dateSource));
    m_dateLabel->setToolTip(d.date.isEmpty() ? tr("No date was found in this article") : DocumentListModel::dateSourceDescription(d.dateSource));
    m_languageLabel->setText(m_narrowHeader ? d.language.toUpper() : DocumentListModel::languageName(d.language));
    m_languageLabel->setToolTip(DocumentListModel::languageName(d.language));
    m_fileLabel->setText(d.path);
    const QString size = QLocale().formattedDataSize(d.sizeBytes, 1, QLocale::DataSizeTraditionalFormat);
    if (d.format == DocumentFormat::Pdf && !d.pageStarts.isEmpty())
        m_encodingLabel->setText(tr("PDF, %n page(s), %1", nullptr, int(d.pageStarts.size())).arg(size));
    else
        m_encodingLabel->setText(d.encoding.isEmpty() ? size : QString(d.encoding + u", "_s + size));
    m_encodingLabel->setToolTip(tr("Encoding and size of the file (%1)").arg(formatName(d.format)));
    m_encodingLabel->setVisible(!m_narrowHeader);
    m_encodingSeparator->setVisible(!m_narrowHeader);
    m_fileLabel->setToolTip(m_narrowHeader ? u"%1\n%2"_s.arg(QDir::toNativeSeparators(d.absolutePath), m_encodingLabel->text())
                                           : QDir::toNativeSeparators(d.absolutePath));

    m_problemLabel->setText(d.isLoaded() ? QString() : tr("Recoupe could not read this file: %1").arg(d.errors.join(u"; "_s)));
    m_problemRow->setVisible(!d.isLoaded());
    m_editButton->setEnabled(d.isLoaded());
}

void ReadingPane::selectRange(qsizetype start, qsizetype end)
{
    m_view->selectRange(start, end);
}

void ReadingPane::setClaimMarks(const QList<ClaimMark> &marks)
{
    m_claimMarks = marks;
    std::sort(m_claimMarks.begin(), m_claimMarks.end(), [](const ClaimMark &a, const ClaimMark &b) { return a.start < b.start; });
    updateHighlights();
}

QString ReadingPane::claimAt(qsizetype offset) const
{
    for (const ClaimMark &mark : m_claimMarks) {
        if (offset >= mark.start && offset <= mark.end)
            return mark.claimId;
    }
    return {};
}

QString ReadingPane::currentClaim() const
{
    const QTextCursor cursor = m_view->textCursor();
    for (const ClaimMark &mark : m_claimMarks) {
        if (cursor.selectionStart() == mark.start && cursor.selectionEnd() == mark.end)
            return mark.claimId;
    }
    return {};
}

bool ReadingPane::selectNextFigure()
{
    const QTextCursor cursor = m_view->textCursor();
    const qsizetype from = cursor.hasSelection() ? cursor.selectionStart() : cursor.position() - 1;
    for (const ClaimMark &mark : std::as_const(m_claimMarks)) {
        if (mark.start > from) {
            m_view->selectRangeKeepingPlace(mark.start, mark.end);
            Q_EMIT claimSelected(mark.claimId);
            return true;
        }
    }
    return false;
}

bool ReadingPane::selectPreviousFigure()
{
    const QTextCursor cursor = m_view->textCursor();
    const qsizetype from = cursor.hasSelection() ? cursor.selectionStart() : cursor.position();
    for (auto it = m_claimMarks.crbegin(); it != m_claimMarks.crend(); ++it) {
        if (it->start < from) {
            m_view->selectRangeKeepingPlace(it->start, it->end);
            Q_EMIT claimSelected(it->claimId);
            return true;
        }
    }
    return false;
}

bool ReadingPane::selectClaim(const QString &claimId, bool keepPlace)
{
    for (const ClaimMark &mark : std::as_const(m_claimMarks)) {
        if (mark.claimId != claimId)
            continue;
        if (keepPlace)
            m_view->selectRangeKeepingPlace(mark.start, mark.end);
        else
            m_view->selectRange(mark.start, mark.end);
        return true;
    }
    return false;
}

bool ReadingPane::revealClaim(const QString &claimId)
{
    for (const ClaimMark &mark : std::as_const(m_claimMarks)) {
        if (mark.claimId != claimId)
            continue;
        const QList<QRect> rects = m_view->rangeRects(mark.start, mark.end);
        if (rects.isEmpty() || !m_view->viewport()->rect().contains(rects.constFirst()))
            m_view->scrollToOffset(qMax(qsizetype(0), mark.start - 1), ReadingView::ScrollPlacement::UpperThird);
        return true;
    }
    return false;
}

void ReadingPane::showFindBar()
{
    m_findBar->activate(m_view->textCursor().selectedText());
    updateFindHits();
}

void ReadingPane::updateFindHits()
{
    m_findMarks.clear();
    const TextSearch search(m_findBar->needle(), m_findBar->sensitivity());
    if (search.isValid() && hasDocument()) {
        const QList<TextSearchHit> hits = search.findAll(m_document.id, m_text);
        for (const TextSearchHit &hit : hits) {
            TextHighlight mark;
            mark.start = hit.start;
            mark.end = hit.end;
            mark.background = QColor(0xf6, 0x74, 0x00, isDarkPage() ? 110 : 80);
            m_findMarks.append(mark);
        }
    }
    updateHighlights();
}

void ReadingPane::find(bool backwards, bool moveOn)
{
    const TextSearch search(m_findBar->needle(), m_findBar->sensitivity());
    if (!search.isValid() || !hasDocument()) {
        m_findBar->setResult(0, 0);
        return;
    }
    const QTextCursor cursor = m_view->textCursor();
    // Typing refines the hit in place; Enter moves on.
    const qsizetype from = backwards || !moveOn ? cursor.selectionStart() : cursor.selectionStart() + 1;
    const TextSearchHit hit = search.findNext(m_document.id, m_text, from, backwards);
    if (hit.start < 0 || hit.end <= hit.start) {
        m_findBar->setResult(0, 0);
        return;
    }
    m_view->selectRangeKeepingPlace(hit.start, hit.end);
    int index = 0;
    for (const TextHighlight &mark : std::as_const(m_findMarks)) {
        ++index;
        if (mark.start == hit.start)
            break;
    }
    m_findBar->setResult(index, int(m_findMarks.size()));
}

bool ReadingPane::isDarkPage() const
{
    return m_documentPage->palette().color(QPalette::Base).lightness() < 128;
}

void ReadingPane::setPassageMarks(const QList<PassageMatch> &matches, const QHash<QString, QString> &titles)
{
    // One mark per sentence, naming every other article that reports it.
    QList<TextHighlight> marks;
    QHash<qsizetype, qsizetype> markOfStart;
    for (const PassageMatch &match : matches) {
        if (match.first.document != m_document.id)
            continue;
        const QString other = titles.value(match.second.document, match.second.document);
        const auto existing = markOfStart.constFind(match.first.start);
        if (existing != markOfStart.cend()) {
            marks[*existing].toolTip += u"<br/>• "_s + other.toHtmlEscaped();
            continue;
        }
        TextHighlight mark;
        mark.start = match.first.start;
        mark.end = match.first.end;
        mark.underline = QColor(0x3d, 0xae, 0xe9);
        mark.underlineStyle = QTextCharFormat::DotLine;
        mark.toolTip = u"<b>%1</b><br/>• "_s.arg(tr("Also reported by:").toHtmlEscaped()) + other.toHtmlEscaped();
        markOfStart.insert(mark.start, marks.size());
        marks.append(mark);
    }
    m_passageMarks = marks;
    updateHighlights();
}

void ReadingPane::setAnnotationMarks(const QList<TextHighlight> &marks)
{
    if (marks == m_annotationMarks)
        return;
    m_annotationMarks = marks;
    updateHighlights();
}

void ReadingPane::setCorrectionMarks(const QList<TextHighlight> &marks)
{
    if (marks == m_correctionMarks)
        return;
    m_correctionMarks = marks;
    updateHighlights();
}

void ReadingPane::updateHighlights()
{
    QList<TextHighlight> highlights = m_passageMarks;
    highlights.append(m_annotationMarks);
    highlights.append(m_correctionMarks);
    const bool dark = isDarkPage();
    // The wavy line and the margin marker say "disagreement" without relying on colour.
    const QColor alarm = dark ? QColor(0xf0, 0x6b, 0x78) : QColor(0xc0, 0x39, 0x2b);
    for (const ClaimMark &mark : std::as_const(m_claimMarks)) {
        if (mark.colourIndex < 0 && !mark.discrepancy && !mark.selected)
            continue;
        TextHighlight highlight;
        highlight.start = mark.start;
        highlight.end = mark.end;
        if (mark.colourIndex >= 0) {
            highlight.background = GroupPalette::background(mark.colourIndex, dark);
            if (mark.selected) {
                highlight.background = GroupPalette::chosenBackground(mark.colourIndex, dark);
                highlight.foreground = GroupPalette::chosenText(mark.colourIndex, dark);
                highlight.outline = GroupPalette::solid(mark.colourIndex, dark);
            }
        } else if (mark.selected) {
            highlight.outline = palette().color(QPalette::Highlight);
        }
        if (mark.discrepancy) {
            highlight.underline = alarm;
            highlight.underlineStyle = QTextCharFormat::WaveUnderline;
            highlight.marker = alarm;
            highlight.markerSymbol = u'!';
        }
        highlight.toolTip = mark.toolTip;
        highlights.append(highlight);
    }
    highlights.append(m_findMarks);
    m_view->setHighlights(highlights);
}

void ReadingPane::setReadingFont(const QFont &font)
{
    m_view->setReadingFont(font);
    QFont titleFont = font;
    titleFont.setPointSizeF(font.pointSizeF() * 1.55);
    titleFont.setWeight(QFont::DemiBold);
    m_titleLabel->setFont(titleFont);
}

} // namespace Recoupe

namespace Recoupe {

QString ReadingPane::figuresDefinitionName()
{
    return u"Recoupe Figures"_s;
}

void ReadingPane::setHighlightingRepository(KSyntaxHighlighting::Repository *repository)
{
    m_repository = repository;
    delete m_highlighter;
    m_highlighter = nullptr;
    if (repository) {
        const KSyntaxHighlighting::Definition definition = repository->definitionForName(figuresDefinitionName());
        if (definition.isValid()) {
            m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_view->document());
            m_highlighter->setDefinition(definition);
        }
    }
    applyTheme();
}

bool ReadingPane::isHighlighting() const
{
    return m_highlighter != nullptr;
}

void ReadingPane::setHighlightTheme(const QString &themeName)
{
    m_themeName = themeName;
    applyTheme();
}

QString ReadingPane::highlightThemeName() const
{
    return m_highlighter ? m_highlighter->theme().name() : QString();
}

void ReadingPane::applyTheme()
{
    QPalette viewPalette = palette();
    if (m_repository) {
        KSyntaxHighlighting::Theme theme = m_themeName.isEmpty() ? m_repository->themeForPalette(palette()) : m_repository->theme(m_themeName);
        if (!theme.isValid())
            theme = m_repository->themeForPalette(palette());
        if (m_highlighter) {
            m_highlighter->setTheme(theme);
            m_highlighter->rehighlight();
        }
        // A chosen theme brings its own page: dark text on a dark page would be unreadable.
        if (!m_themeName.isEmpty() && theme.isValid()) {
            const QColor page = QColor::fromRgb(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
            const QColor ink = QColor::fromRgb(theme.textColor(KSyntaxHighlighting::Theme::Normal));
            const QColor selection = QColor::fromRgb(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection));
            viewPalette.setColor(QPalette::Base, page);
            viewPalette.setColor(QPalette::Text, ink);
            viewPalette.setColor(QPalette::Highlight, selection);
            viewPalette.setColor(QPalette::HighlightedText, ink);
            viewPalette.setColor(QPalette::Window, page);
            viewPalette.setColor(QPalette::WindowText, ink);
            QColor muted = ink;
            muted.setAlphaF(0.6);
            viewPalette.setColor(QPalette::PlaceholderText, muted);
        }
    }
    m_documentPage->setPalette(viewPalette);
}

} // namespace Recoupe
