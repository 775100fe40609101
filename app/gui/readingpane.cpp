#include "readingpane.h"

#include "elidedlabel.h"
#include "icons.h"
#include "models/documentlistmodel.h"
#include "placeholderwidget.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QStyle>
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
{
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
    m_editButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
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
    origin->setSpacing(6);
    origin->addWidget(m_fileLabel);
    origin->addWidget(makeSeparator(m_headerColumn));
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

    // The header sits on the page's colour, over the same column as the text.
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

    m_stack->addWidget(m_hint);
    m_stack->addWidget(m_documentPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    alignHeader(m_view->columnLeft(), m_view->columnWidth());
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
}

void ReadingPane::showDocument(const Document *document)
{
    if (!document) {
        clear();
        return;
    }
    const bool sameText = document->id == m_document.id && document->text == m_document.text && document->title == m_document.title;
    m_document = *document;
    if (!sameText) {
        // The title usually opens the text: shown once, as the text's headline.
        const bool headlineInText = m_view->setReadingText(m_document.text, m_document.title);
        m_titleLabel->setVisible(!headlineInText);
        m_passageMarks.clear();
    }
    updateHeader();
    updateHighlights();
    m_stack->setCurrentWidget(m_documentPage);
}

void ReadingPane::clear()
{
    m_document = {};
    m_view->setReadingText({});
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
        m_dateLabel->setText(DocumentListModel::displayDate(d.date));
        m_dateSourceLabel->setText(d.dateSource.isEmpty() ? QString() : u"(%1)"_s.arg(shortDateSource(d.dateSource)));
        m_dateSourceLabel->setVisible(!d.dateSource.isEmpty());
    }
    const QIcon sourceIcon = Icons::dateSource(d.dateSource);
    m_dateSourceIcon->setPixmap(sourceIcon.isNull() ? QPixmap() : sourceIcon.pixmap(QSize(16, 16), devicePixelRatio(), QIcon::Disabled));
    m_dateSourceIcon->setVisible(!sourceIcon.isNull());
    m_dateSourceIcon->setToolTip(DocumentListModel::dateSourceDescription(d.dateSource));
    m_dateSourceLabel->setToolTip(DocumentListModel::dateSourceDescription(d.dateSource));
    m_dateLabel->setToolTip(d.date.isEmpty() ? tr("No date was found in this article") : DocumentListModel::dateSourceDescription(d.dateSource));
    m_languageLabel->setText(DocumentListModel::languageName(d.language));
    m_fileLabel->setText(d.path);
    m_fileLabel->setToolTip(QDir::toNativeSeparators(d.absolutePath));
    const QString size = QLocale().formattedDataSize(d.sizeBytes, 1, QLocale::DataSizeTraditionalFormat);
    m_encodingLabel->setText(d.encoding.isEmpty() ? size : QString(d.encoding + u", "_s + size));
    m_encodingLabel->setToolTip(tr("Encoding and size of the file (%1)").arg(formatName(d.format)));

    m_problemLabel->setText(d.isLoaded() ? QString() : tr("Recoupe could not read this file: %1").arg(d.errors.join(u"; "_s)));
    m_problemRow->setVisible(!d.isLoaded());
    m_editButton->setEnabled(d.isLoaded());
}

void ReadingPane::selectRange(qsizetype start, qsizetype end)
{
    m_view->selectRange(start, end);
}

void ReadingPane::setGroupClaims(const ClaimList &claims, bool discrepancy)
{
    m_groupClaims = claims;
    m_groupDiscrepancy = discrepancy;
    updateHighlights();
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
            marks[*existing].toolTip += u"\n• "_s + other;
            continue;
        }
        TextHighlight mark;
        mark.start = match.first.start;
        mark.end = match.first.end;
        mark.underline = QColor(0x3d, 0xae, 0xe9);
        mark.underlineStyle = QTextCharFormat::DotLine;
        mark.toolTip = tr("Also reported by:") + u"\n• "_s + other;
        markOfStart.insert(mark.start, marks.size());
        marks.append(mark);
    }
    m_passageMarks = marks;
    updateHighlights();
}

void ReadingPane::updateHighlights()
{
    QList<TextHighlight> highlights = m_passageMarks;
    // Translucent, so that they read on light and dark pages alike.
    const QColor background = m_groupDiscrepancy ? QColor(0xda, 0x44, 0x53, 70) : QColor(0x27, 0xae, 0x60, 60);
    const QColor underline = m_groupDiscrepancy ? QColor(0xda, 0x44, 0x53) : QColor(0x27, 0xae, 0x60);
    for (const Claim &claim : std::as_const(m_groupClaims)) {
        if (claim.document != m_document.id)
            continue;
        TextHighlight highlight;
        highlight.start = claim.start;
        highlight.end = claim.end;
        highlight.background = background;
        highlight.underline = underline;
        highlights.append(highlight);
    }
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
