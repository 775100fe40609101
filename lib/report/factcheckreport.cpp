#include "report/factcheckreport.h"

#include "annotations/annotationsourceresolver.h"
#include "compare/claimwording.h"

#include <QDir>
#include <QLocale>
#include <QRegularExpression>

#include <memory>
#include <tuple>
#include <utility>

using namespace Qt::StringLiterals;

namespace Recoupe {

// What each section shows, worked out once and written twice (Markdown and HTML), so that the two
// formats never say different things.
struct FactCheckReport::QuoteView {
    QString amount;     // "60 to 65 billion dollars"
    QString before;     // the sentence around the quote, whitespace folded
    QString quote;
    QString after;
    QString citation;   // "Title, 30 January 2025"
    QString file;       // the article's path in the folder
};

struct FactCheckReport::GroupView {
    QString anchor;     // "group-3": the HTML id
    QString heading;    // "Meta · capital expenditure · 2025"
    QString verdict;    // "Discrepancy"
    QString verdictName; // "discrepancy"
    QStringList reasons;
    QList<QuoteView> quotes;
};

struct FactCheckReport::AnnotationView {
    QString verdict;    // display name; empty when none
    QString verdictClass; // confirmed, discrepancy, unsupported, needs_source, custom, none
    QString status;     // "Anchored"; empty for a claim group (nothing to place)
    QString statusName; // anchored, moved, orphaned
    QString quote;
    QString note;
    QString target;     // the article cited, or the claim group
    QString byline;     // "Author · 30 January 2025"
};

struct FactCheckReport::CorrectionView {
    QString heading;    // "Figure corrected", "Not a figure", "Figure added"
    QString status;     // "Anchored", "Orphaned"...
    QString statusName; // anchored, moved, orphaned, no_figure
    QStringList changes; // "entity: Meta → Alphabet"
    QuoteView quote;    // the figure in its sentence; quote only when it cannot be placed
    QString note;
    QString byline;
};

struct FactCheckReport::SourceView {
    int number = 0;
    QString title;
    QString date;
    QString language;
    QString file;
    QString problems;   // why it could not be read; empty when it was
};

namespace {

QString foldWhitespace(const QString &text)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    QString folded = text;
    return folded.replace(spaces, u" "_s);
}

// Backslash before what Markdown would read as markup, and newlines folded: a quote or a note
// stays one line of text whatever it holds.
QString md(const QString &text)
{
    static const QString special = u"\\`*_[]<>|&~#!"_s;
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : foldWhitespace(text)) {
        if (special.contains(c))
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Multi-line text (a note) as HTML paragraphs or Markdown lines.
QStringList paragraphs(const QString &text)
{
    static const QRegularExpression breaks(u"\\n\\s*\\n"_s);
    QStringList result;
    for (const QString &paragraph : text.split(breaks, Qt::SkipEmptyParts)) {
        if (!paragraph.trimmed().isEmpty())
            result.append(paragraph.trimmed());
    }
    return result;
}

// In the UI language: QLocale only names a language in English or in itself.
QString languageName(const QString &code)
{
    if (code == "fr"_L1)
        return FactCheckReport::tr("French");
    if (code == "en"_L1)
        return FactCheckReport::tr("English");
    return code.isEmpty() ? QString() : QLocale::languageToString(QLocale(code).language());
}

QString number(qsizetype value)
{
    return QLocale().toString(qlonglong(value));
}

// Typography and layout: system fonts only (no web fonts, no network), a serif for reading and a
// sans for headings and labels, one column of comfortable measure, colours that survive printing.
constexpr auto styleSheet = R"css(
:root {
  --ink: #1d1d1f; --muted: #5f6368; --rule: #dcdcd6; --paper: #ffffff; --tint: #f6f5f1;
  --red: #a8231a; --red-tint: #fbeceb; --amber: #8a5a00; --amber-tint: #fdf3e1;
  --green: #1d6b35; --green-tint: #e9f4ec; --grey-tint: #efefec;
  --serif: Charter, "Bitstream Charter", "Iowan Old Style", "Sitka Text", Cambria, Georgia, "Noto Serif", "DejaVu Serif", serif;
  --sans: "Source Sans 3", "Source Sans Pro", "Segoe UI", "Noto Sans", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
  --mono: "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace;
}
* { box-sizing: border-box; }
html { background: var(--paper); }
body { margin: 0 auto; max-width: 50rem; padding: 3rem 2rem 4rem; color: var(--ink);
  font-family: var(--serif); font-size: 17px; line-height: 1.6; }
h1, h2, h3, .kicker, .meta, .badge, .status, .stats, figcaption, .citation, .byline, table, .target, footer, nav {
  font-family: var(--sans); }
h1 { font-size: 2.3rem; line-height: 1.15; margin: 0.2rem 0 0.6rem; letter-spacing: -0.01em; }
h2 { font-size: 1.35rem; margin: 3rem 0 1rem; padding-bottom: 0.35rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.1rem; margin: 0; }
.kicker { text-transform: uppercase; letter-spacing: 0.12em; font-size: 0.78rem; font-weight: 600; color: var(--red); margin: 0; }
.meta { color: var(--muted); font-size: 0.9rem; margin: 0; }
.meta code { font-size: 0.85rem; }
.masthead { border-bottom: 1px solid var(--rule); padding-bottom: 1.2rem; }
.lead { font-size: 1.08rem; }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(6.8rem, 1fr)); gap: 0.6rem; margin: 1.4rem 0; }
.stats div { background: var(--tint); border-radius: 6px; padding: 0.65rem 0.75rem; display: flex; flex-direction: column; justify-content: space-between; }
.stats dt { font-size: 0.68rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); line-height: 1.3; }
.stats dd { margin: 0; font-size: 1.7rem; font-weight: 700; line-height: 1.2; }
.stats .alert { background: var(--red-tint); }
.stats .alert dd { color: var(--red); }
nav ol { margin: 0.4rem 0 0; padding-left: 1.4rem; font-size: 0.95rem; }
nav a { color: var(--ink); }
nav p { margin: 0; font-weight: 600; font-size: 0.9rem; }
.group, .annotation { border: 1px solid var(--rule); border-left: 5px solid #9a9a94; border-radius: 6px;
  padding: 1rem 1.2rem 0.6rem; margin: 0 0 1.4rem; break-inside: avoid; page-break-inside: avoid; }
.group.discrepancy { border-left-color: var(--red); }
.group.revised { border-left-color: var(--amber); }
.verdict-confirmed { border-left-color: var(--green); }
.verdict-discrepancy, .verdict-unsupported { border-left-color: var(--red); }
.verdict-needs_source { border-left-color: var(--amber); }
.annotation header { margin-bottom: 0.2rem; }
.group header, .annotation header { display: flex; align-items: center; gap: 0.6rem; flex-wrap: wrap; margin-bottom: 0.6rem; }
.badge, .status { display: inline-block; font-size: 0.72rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em;
  padding: 0.12rem 0.5rem; border-radius: 999px; background: var(--grey-tint); color: var(--muted); }
.discrepancy .badge, .badge.unsupported, .badge.discrepancy { background: var(--red-tint); color: var(--red); }
.revised .badge, .badge.needs_source { background: var(--amber-tint); color: var(--amber); }
.badge.confirmed { background: var(--green-tint); color: var(--green); }
.status { background: none; border: 1px solid currentColor; font-weight: 600; }
.status.anchored { color: var(--green); } .status.moved { color: var(--amber); } .status.orphaned { color: var(--red); }
.reasons { margin: 0 0 0.8rem; padding-left: 1.2rem; }
.reasons li { margin-bottom: 0.3rem; }
.reasons li::marker { color: var(--red); }
.revised .reasons li::marker { color: var(--amber); }
figure { margin: 0 0 0.9rem; }
blockquote { margin: 0; padding: 0.1rem 0 0.1rem 1rem; border-left: 3px solid var(--rule); font-style: italic; }
blockquote p { margin: 0.2rem 0; }
mark { background: #fff0a8; color: inherit; font-style: normal; font-weight: 600; padding: 0 0.12em; border-radius: 2px; }
figcaption, .citation, .byline, .target { font-size: 0.85rem; color: var(--muted); margin-top: 0.25rem; }
.target { margin: 0 0 0.5rem; }
figcaption strong { color: var(--ink); }
.note p { margin: 0.4rem 0; }
.chart img { display: block; width: 100%; height: auto; border: 1px solid var(--rule); border-radius: 6px; }
.chart { margin: 0 0 1.6rem; break-inside: avoid; page-break-inside: avoid; }
/* Charts are wider than the text where the window allows it: their captions stay legible. */
@media screen and (min-width: 66rem) { .chart { margin-left: -6rem; margin-right: -6rem; } }
td code { color: var(--muted); }
table { width: 100%; border-collapse: collapse; font-size: 0.9rem; }
th { text-align: left; font-weight: 600; color: var(--muted); border-bottom: 2px solid var(--ink); padding: 0.4rem 0.5rem; }
td { border-bottom: 1px solid var(--rule); padding: 0.45rem 0.5rem; vertical-align: top; }
td.number { text-align: right; color: var(--muted); width: 2.5rem; }
td.date { white-space: nowrap; }
td code, figcaption code { font-family: var(--mono); font-size: 0.78rem; }
figcaption code { white-space: nowrap; }
.problem { color: var(--red); }
.empty { color: var(--muted); font-style: italic; }
footer { margin-top: 3rem; padding-top: 0.8rem; border-top: 1px solid var(--rule); font-size: 0.8rem; color: var(--muted); }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
)css";

} // namespace

FactCheckReport::FactCheckReport(FactCheckReportInput input)
    : m_input(std::move(input))
{
    for (qsizetype i = 0; i < m_input.documents.size(); ++i)
        m_documentIndex.insert(m_input.documents.at(i).id, i);
    m_texts = DocumentTexts(m_input.documents);
    for (qsizetype i = 0; i < m_input.claims.size(); ++i)
        m_claimIndex.insert(m_input.claims.at(i).id(), i);

    // Annotations are placed again in the current texts, as the store does when it opens the
    // folder: the report says which notes still point at their passage. Those another tool wrote
    // name their article by its web address: found first.
    AnnotationSourceResolver(m_input.documents).resolve(m_input.annotations);
    QHash<QString, std::shared_ptr<TextAnchorer>> anchorers;
    for (const Annotation &annotation : std::as_const(m_input.annotations)) {
        const AnnotationTarget &target = annotation.target;
        const auto index = m_documentIndex.constFind(target.documentId);
        if (!target.hasPassage()) {
            m_anchors.insert(annotation.id, TextAnchorer::anchor(target, QString()));
        } else if (index == m_documentIndex.cend() || !m_input.documents.at(*index).isLoaded()) {
            m_anchors.insert(annotation.id, TextAnchorer::documentMissing());
        } else {
            std::shared_ptr<TextAnchorer> &anchorer = anchorers[target.documentId];
            if (!anchorer)
                anchorer = std::make_shared<TextAnchorer>(m_input.documents.at(*index).text.toString());
            m_anchors.insert(annotation.id, anchorer->anchor(target));
        }
    }
}

FactCheckReportSummary FactCheckReport::summary() const
{
    FactCheckReportSummary summary;
    for (const Document &document : m_input.documents)
        ++(document.isLoaded() ? summary.articles : summary.unreadable);
    summary.claims = m_input.claims.size();
    summary.groups = m_input.groups.size();
    for (const ClaimGroup &group : m_input.groups) {
        if (group.verdict == Verdict::Discrepancy)
            ++summary.discrepancies;
        else if (group.verdict == Verdict::Revised)
            ++summary.revisions;
    }
    summary.annotations = m_input.annotations.size();
    summary.corrections = m_input.corrections.size();
    return summary;
}

QString FactCheckReport::title() const
{
    const QString name = folderName();
    return name.isEmpty() ? tr("Fact-check report") : tr("Fact-check report: %1").arg(name);
}

QString FactCheckReport::folderName() const
{
    QString name = QString(m_input.folder).replace(u'\\', u'/');
    while (name.endsWith(u'/') && name.size() > 1)
        name.chop(1);
    return name.section(u'/', -1);
}

QString FactCheckReport::chartFileName(const QString &entity, int variant)
{
    // Accents dropped by decomposition ("Société" -> "societe"), anything else becomes a dash.
    QString slug;
    for (const QChar c : entity.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (c.category() != QChar::Mark_NonSpacing && !slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    if (slug.isEmpty())
        slug = u"entity"_s;
    if (variant > 1)
        slug += u'-' + QString::number(variant);
    return u"charts/"_s + slug + u"-capex.png"_s;
}

QString FactCheckReport::createdText() const
{
    const QDateTime created = (m_input.created.isValid() ? m_input.created : QDateTime::currentDateTime()).toLocalTime();
    // The locale's own short time, without the seconds that the C locale's format carries.
    const QString timeText = QLocale().toString(created.time(), QLocale().timeFormat(QLocale::ShortFormat).remove(u":ss"_s));
    return tr("%1 at %2", "report date, time")
        .arg(ClaimWording::date(created.date().toString(Qt::ISODate)), timeText);
}

QString FactCheckReport::citation(const QString &documentId) const
{
    const auto index = m_documentIndex.constFind(documentId);
    if (index == m_documentIndex.cend())
        return documentId;
    const Document &document = m_input.documents.at(*index);
    const QString title = document.title.isEmpty() ? document.id : document.title;
    const QString date = document.date.isEmpty() ? tr("undated") : ClaimWording::date(document.date);
    return tr("%1, %2", "article title, date").arg(title, date);
}

FactCheckReport::QuoteView FactCheckReport::quoteView(const Claim &claim) const
{
    QuoteView view;
    view.amount = ClaimWording::amount(claim);
    view.citation = citation(claim.document);
    view.file = claim.document;
    const QString &text = m_texts.text(claim.document); // a group's quotes come article by article
    if (claim.start < 0 || claim.end > text.size())
        return view;
    const QString quote = claim.quote(text);
    view.quote = foldWhitespace(quote);
    // The sentence; the words around the quote when the sentence is very long (a group can hold
    // thousands of figures of one hostile sentence: Claim::shownSentence) or when none holds it.
    qsizetype from = claim.start - 120;
    qsizetype to = claim.end + 120;
    if (claim.sentenceStart <= claim.start && claim.end <= claim.sentenceEnd)
        std::tie(from, to) = claim.shownSentenceRange();
    from = std::max<qsizetype>(0, from);
    to = std::min<qsizetype>(text.size(), to);
    const QString context = text.mid(from, to - from);
    const qsizetype at = claim.start - from;
    if (at >= 0) {
        view.before = foldWhitespace(context.left(at)).trimmed();
        view.after = foldWhitespace(context.mid(at + quote.size())).trimmed();
        // Put back the space on each side of the quote that trimming took away, where the text
        // has one: "d'environ 11 %" stays one word, "gagné 1 % à Wall Street" keeps its spaces.
        const qsizetype quoteEnd = at + quote.size();
        if (!view.before.isEmpty() && at > 0 && context.at(at - 1).isSpace())
            view.before += u' ';
        if (!view.after.isEmpty() && quoteEnd < context.size() && context.at(quoteEnd).isSpace())
            view.after.prepend(u' ');
    }
    return view;
}

QList<FactCheckReport::GroupView> FactCheckReport::groupViews(Verdict verdict) const
{
    QList<GroupView> views;
    for (qsizetype i = 0; i < m_input.groups.size(); ++i) {
        const ClaimGroup &group = m_input.groups.at(i);
        if (group.verdict != verdict)
            continue;
        GroupView view;
        view.anchor = u"group-"_s + QString::number(i + 1);
        view.heading = ClaimWording::groupKey(group.key);
        view.verdict = ClaimWording::verdict(group.verdict);
        view.verdictName = verdictName(group.verdict);
        for (const DiscrepancyReason &reason : group.reasons)
            view.reasons.append(reason.explanation);
        for (const QString &claimId : group.claims) {
            const auto index = m_claimIndex.constFind(claimId);
            if (index != m_claimIndex.cend())
                view.quotes.append(quoteView(m_input.claims.at(*index)));
        }
        views.append(view);
    }
    return views;
}

QList<FactCheckReport::AnnotationView> FactCheckReport::annotationViews() const
{
    QList<AnnotationView> views;
    for (const Annotation &annotation : m_input.annotations) {
        const AnnotationTarget &target = annotation.target;
        AnnotationView view;
        view.verdict = Annotation::verdictDisplayName(annotation.verdict);
        view.verdictClass = annotation.verdict.isEmpty() ? u"none"_s
            : Annotation::isStandardVerdict(annotation.verdict) ? annotation.verdict
                                                                 : u"custom"_s;
        if (target.hasPassage()) {
            const AnchorResult anchor = m_anchors.value(annotation.id);
            view.status = AnchorResult::statusDisplayName(anchor.status);
            view.statusName = AnchorResult::statusName(anchor.status);
            view.target = citation(target.documentId);
        } else if (target.hasClaimGroup()) {
            view.target = ClaimWording::groupKey(target.claimGroup);
        } else {
            view.target = target.claimId;
        }
        view.quote = foldWhitespace(target.exact).trimmed();
        view.note = annotation.note;
        const QDateTime when = (annotation.modified.isValid() ? annotation.modified : annotation.created).toLocalTime();
        const QString date = when.isValid() ? ClaimWording::date(when.date().toString(Qt::ISODate)) : QString();
        const QString author = annotation.author.isEmpty() ? tr("unknown author") : annotation.author;
        view.byline = date.isEmpty() ? author : tr("%1, %2", "annotation author, date").arg(author, date);
        views.append(view);
    }
    return views;
}

QList<FactCheckReport::CorrectionView> FactCheckReport::correctionViews() const
{
    QList<CorrectionView> views;
    for (const AppliedCorrection &applied : m_input.corrections) {
        const Correction &correction = applied.correction;
        CorrectionView view;
        switch (correction.action) {
        case Correction::Action::Set:
            view.heading = tr("Figure corrected");
            if (applied.isApplied())
                view.changes = correction.change.describe(applied.parsed);
            break;
        case Correction::Action::Reject:
            view.heading = tr("Not a figure");
            if (applied.isApplied())
                view.changes = {tr("%1 is not counted as a figure").arg(ClaimWording::amount(applied.parsed))};
            break;
        case Correction::Action::Add:
            view.heading = tr("Figure added");
            if (applied.isApplied())
                view.changes = {tr("added: %1 · %2 · %3")
                                    .arg(ClaimWording::amount(applied.parsed), ClaimWording::metric(applied.parsed.metric),
                                         ClaimWording::period(applied.parsed.period))};
            break;
        }
        view.status = AppliedCorrection::statusDisplayName(applied.status);
        view.statusName = AppliedCorrection::statusName(applied.status);
        if (applied.isApplied()) {
            view.quote = quoteView(applied.parsed);
        } else {
            view.quote.quote = foldWhitespace(correction.target.exact).trimmed();
            view.quote.citation = citation(correction.target.documentId);
            view.quote.file = correction.target.documentId;
        }
        view.note = correction.note;
        const QDateTime when = correction.created.toLocalTime();
        const QString date = when.isValid() ? ClaimWording::date(when.date().toString(Qt::ISODate)) : QString();
        const QString author = correction.author.isEmpty() ? tr("unknown author") : correction.author;
        view.byline = date.isEmpty() ? author : tr("%1, %2", "annotation author, date").arg(author, date);
        views.append(view);
    }
    return views;
}

QList<FactCheckReport::SourceView> FactCheckReport::sourceViews() const
{
    QList<SourceView> views;
    int number = 0;
    for (const Document &document : m_input.documents) {
        SourceView view;
        view.number = ++number;
        view.title = document.title.isEmpty() ? document.id : document.title;
        if (document.date.isEmpty())
            view.date = tr("undated");
        else if (document.dateSource == "inferred"_L1)
            view.date = tr("%1 (inferred)").arg(ClaimWording::date(document.date));
        else if (document.dateSource == "user"_L1)
            view.date = tr("%1 (set by hand)").arg(ClaimWording::date(document.date));
        else
            view.date = ClaimWording::date(document.date);
        view.language = languageName(document.language);
        view.file = document.path;
        view.problems = document.errors.join(u' ');
        views.append(view);
    }
    return views;
}

// --- Markdown -------------------------------------------------------------------------------

namespace {

// A file name as Markdown code, whatever it holds: a newline would end the table row and let
// the rest of the name be read as a line of raw HTML, a '|' would split the cell, and a '`'
// would end the code span.
QString mdCode(const QString &text)
{
    QString code;
    code.reserve(text.size() + 2);
    for (const QChar c : text) {
        if (c == u'`')
            code += u'\'';
        else if (c == u'|')
            code += u"\\|"_s;
        else if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph)
            code += u' ';
        else
            code += c;
    }
    return u"`"_s + code + u"`"_s;
}

// A relative path between <...>: nothing there may end the link or the line.
QString mdLinkTarget(const QString &path)
{
    QString target;
    for (const QChar c : path) {
        if (c == u'<' || c == u'>' || c == u'\\' || c.category() == QChar::Other_Control)
            target += u"%"_s + QString::number(c.unicode(), 16).toUpper().rightJustified(2, u'0');
        else
            target += c;
    }
    return target;
}

} // namespace

QString FactCheckReport::markdown() const
{
    const FactCheckReportSummary counts = summary();
    QString out;
    out += u"# "_s + md(title()) + u"\n\n"_s;
    out += u"*"_s + md(tr("Prepared by Recoupe on %1 from the articles of %2.").arg(createdText(), QDir::toNativeSeparators(m_input.folder)))
        + u"*\n\n"_s;
    for (const QString &problem : m_input.unusableFiles)
        out += u"> **"_s + md(tr("Warning:")) + u"** "_s + md(problem) + u"\n\n"_s;

    out += u"## "_s + md(tr("Summary")) + u"\n\n"_s;
    out += u"| "_s + md(tr("Articles")) + u" | "_s + md(tr("Figures")) + u" | "_s + md(tr("Claim groups")) + u" | "_s
        + md(tr("Discrepancies")) + u" | "_s + md(tr("Revisions")) + u" | "_s + md(tr("Annotations")) + u" |\n"_s;
    out += u"| ---: | ---: | ---: | ---: | ---: | ---: |\n"_s;
    out += u"| "_s + number(counts.articles) + u" | "_s + number(counts.claims) + u" | "_s + number(counts.groups) + u" | "_s
        + number(counts.discrepancies) + u" | "_s + number(counts.revisions) + u" | "_s + number(counts.annotations) + u" |\n\n"_s;
    if (counts.unreadable > 0)
        out += md(tr("%n file(s) of the folder could not be read: see the sources.", nullptr, int(counts.unreadable))) + u"\n\n"_s;

    const auto writeGroups = [&](const QString &heading, const QList<GroupView> &groups, const QString &none) {
        out += u"## "_s + md(heading) + u"\n\n"_s;
        if (groups.isEmpty())
            out += u"*"_s + md(none) + u"*\n\n"_s;
        for (const GroupView &group : groups) {
            out += u"### "_s + md(group.heading) + u"\n\n"_s;
            out += u"**"_s + md(group.verdict) + u"**\n\n"_s;
            for (const QString &reason : group.reasons)
                out += u"- "_s + md(reason) + u'\n';
            if (!group.reasons.isEmpty())
                out += u'\n';
            for (const QuoteView &quote : group.quotes) {
                out += u"> "_s + md(quote.before) + u"**"_s + md(quote.quote) + u"**"_s + md(quote.after) + u"\n>\n> — "_s
                    + md(quote.amount) + u" · "_s + md(quote.citation) + u" · "_s + mdCode(quote.file) + u"\n\n"_s;
            }
        }
    };
    writeGroups(tr("Discrepancies"), groupViews(Verdict::Discrepancy), tr("The articles do not contradict each other on any figure."));
    writeGroups(tr("Revisions"), groupViews(Verdict::Revised), tr("No figure was revised by a later article."));

    out += u"## "_s + md(tr("Annotations")) + u"\n\n"_s;
    const QList<AnnotationView> annotations = annotationViews();
    if (annotations.isEmpty())
        out += u"*"_s + md(tr("No annotation yet.")) + u"*\n\n"_s;
    for (const AnnotationView &annotation : annotations) {
        QString heading = annotation.verdict.isEmpty() ? tr("Note") : annotation.verdict;
        if (!annotation.status.isEmpty())
            heading += u" · "_s + annotation.status;
        out += u"- **"_s + md(heading) + u"** — "_s + md(annotation.target) + u'\n';
        if (!annotation.quote.isEmpty())
            out += u"  > "_s + md(annotation.quote) + u"\n\n"_s;
        for (const QString &paragraph : paragraphs(annotation.note))
            out += u"  "_s + md(paragraph) + u"\n\n"_s;
        out += u"  *"_s + md(annotation.byline) + u"*\n\n"_s;
    }

    out += u"## "_s + md(tr("Corrections")) + u"\n\n"_s;
    const QList<CorrectionView> corrections = correctionViews();
    if (corrections.isEmpty())
        out += u"*"_s + md(tr("No figure was corrected by hand.")) + u"*\n\n"_s;
    for (const CorrectionView &correction : corrections) {
        out += u"- **"_s + md(correction.heading + u" · "_s + correction.status) + u"** — "_s + md(correction.quote.citation) + u" · "_s
            + mdCode(correction.quote.file) + u'\n';
        for (const QString &change : correction.changes)
            out += u"  - "_s + md(change) + u'\n';
        out += u"\n  > "_s + md(correction.quote.before) + u"**"_s + md(correction.quote.quote) + u"**"_s + md(correction.quote.after) + u"\n\n"_s;
        for (const QString &paragraph : paragraphs(correction.note))
            out += u"  "_s + md(paragraph) + u"\n\n"_s;
        out += u"  *"_s + md(correction.byline) + u"*\n\n"_s;
    }

    out += u"## "_s + md(tr("Capital expenditure charts")) + u"\n\n"_s;
    if (m_input.charts.isEmpty())
        out += u"*"_s + md(tr("No article states a capital expenditure figure.")) + u"*\n\n"_s;
    for (auto it = m_input.charts.cbegin(); it != m_input.charts.cend(); ++it) {
        out += u"### "_s + md(it.key()) + u"\n\n"_s;
        // Image paths are ours (chartFileName), but a space or parenthesis must not end the link.
        out += u"!["_s + md(tr("Capital expenditure of %1, as the articles state it").arg(it.key())) + u"](<"_s + mdLinkTarget(it.value())
            + u">)\n\n"_s;
    }

    out += u"## "_s + md(tr("Sources")) + u"\n\n"_s;
    out += u"| # | "_s + md(tr("Title")) + u" | "_s + md(tr("Date")) + u" | "_s + md(tr("Language")) + u" | "_s + md(tr("File"))
        + u" |\n| ---: | --- | --- | --- | --- |\n"_s;
    for (const SourceView &source : sourceViews()) {
        QString title = md(source.title);
        if (!source.problems.isEmpty())
            title += u" — "_s + md(tr("could not be read: %1").arg(source.problems));
        out += u"| "_s + QString::number(source.number) + u" | "_s + title + u" | "_s + md(source.date) + u" | "_s + md(source.language)
            + u" | "_s + mdCode(source.file) + u" |\n"_s;
    }
    out += u'\n' + u"---\n\n*"_s + md(tr("Figures as the articles state them; amounts compared after conversion at each article's date. "
                                        "Made with Recoupe %1.").arg(QStringLiteral(RECOUPE_VERSION_STRING)))
        + u"*\n"_s;
    return out;
}

// --- HTML -----------------------------------------------------------------------------------

QString FactCheckReport::html(const QHash<QString, QByteArray> &images) const
{
    const FactCheckReportSummary counts = summary();
    const QList<GroupView> discrepancies = groupViews(Verdict::Discrepancy);
    const QList<GroupView> revisions = groupViews(Verdict::Revised);
    const QList<AnnotationView> annotations = annotationViews();

    QString out;
    out.reserve(64 * 1024);
    out += u"<!DOCTYPE html>\n<html lang=\""_s + escaped(QLocale().bcp47Name()) + u"\">\n<head>\n<meta charset=\"utf-8\" />\n"_s
        + u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"_s
        + u"<meta name=\"generator\" content=\"Recoupe "_s + QStringLiteral(RECOUPE_VERSION_STRING) + u"\" />\n"_s
        + u"<title>"_s + escaped(title()) + u"</title>\n<style>"_s + QString::fromUtf8(styleSheet) + u"</style>\n</head>\n<body>\n"_s;

    out += u"<header class=\"masthead\">\n<p class=\"kicker\">"_s + escaped(tr("Recoupe · Fact-check report")) + u"</p>\n<h1>"_s
        + escaped(folderName().isEmpty() ? title() : folderName()) + u"</h1>\n<p class=\"meta\">"_s + escaped(tr("Prepared on %1").arg(createdText())) + u"<br />"_s
        + escaped(tr("Folder:")) + u" <code>"_s + escaped(QDir::toNativeSeparators(m_input.folder)) + u"</code></p>\n</header>\n"_s;

    for (const QString &problem : m_input.unusableFiles)
        out += u"<p class=\"problem\"><strong>"_s + escaped(tr("Warning:")) + u"</strong> "_s + escaped(problem) + u"</p>\n"_s;

    // Summary: the counts, then the disagreements as a table of contents.
    out += u"<section id=\"summary\">\n<h2>"_s + escaped(tr("Summary")) + u"</h2>\n<p class=\"lead\">"_s
        + escaped(counts.discrepancies > 0
                   ? tr("The articles disagree on the figures listed below: each disagreement comes with its reasons and the "
                        "passages concerned, quoted in context. Revisions, annotations, charts and sources follow.")
                   : tr("The articles do not contradict each other on any figure. Revisions, annotations, charts and sources follow."))
        + u"</p>\n<dl class=\"stats\">\n"_s;
    const auto stat = [&](const QString &label, qsizetype value, bool alert = false) {
        out += (alert && value > 0 ? u"<div class=\"alert\">"_s : u"<div>"_s) + u"<dt>"_s + escaped(label) + u"</dt><dd>"_s + number(value)
            + u"</dd></div>\n"_s;
    };
    stat(tr("Articles"), counts.articles);
    stat(tr("Figures"), counts.claims);
    stat(tr("Claim groups"), counts.groups);
    stat(tr("Discrepancies"), counts.discrepancies, true);
    stat(tr("Revisions"), counts.revisions);
    stat(tr("Annotations"), counts.annotations);
    stat(tr("Corrections"), counts.corrections);
    out += u"</dl>\n"_s;
    if (counts.unreadable > 0) {
        out += u"<p class=\"problem\">"_s + escaped(tr("%n file(s) of the folder could not be read: see the sources.", nullptr, int(counts.unreadable)))
            + u"</p>\n"_s;
    }
    if (!discrepancies.isEmpty()) {
        out += u"<nav>\n<p>"_s + escaped(tr("Disagreements")) + u"</p>\n<ol>\n"_s;
        for (const GroupView &group : discrepancies)
            out += u"<li><a href=\"#"_s + group.anchor + u"\">"_s + escaped(group.heading) + u"</a></li>\n"_s;
        out += u"</ol>\n</nav>\n"_s;
    }
    out += u"</section>\n"_s;

    const auto writeGroups = [&](const QString &id, const QString &heading, const QList<GroupView> &groups, const QString &none) {
        out += u"<section id=\""_s + id + u"\">\n<h2>"_s + escaped(heading) + u"</h2>\n"_s;
        if (groups.isEmpty())
            out += u"<p class=\"empty\">"_s + escaped(none) + u"</p>\n"_s;
        for (const GroupView &group : groups) {
            out += u"<article class=\"group "_s + group.verdictName + u"\" id=\""_s + group.anchor + u"\">\n<header><span class=\"badge\">"_s
                + escaped(group.verdict) + u"</span><h3>"_s + escaped(group.heading) + u"</h3></header>\n"_s;
            if (!group.reasons.isEmpty()) {
                out += u"<ul class=\"reasons\">\n"_s;
                for (const QString &reason : group.reasons)
                    out += u"<li>"_s + escaped(reason) + u"</li>\n"_s;
                out += u"</ul>\n"_s;
            }
            for (const QuoteView &quote : group.quotes) {
                out += u"<figure>\n<blockquote><p>"_s + escaped(quote.before) + u"<mark>"_s + escaped(quote.quote) + u"</mark>"_s + escaped(quote.after)
                    + u"</p></blockquote>\n<figcaption><strong>"_s + escaped(quote.amount) + u"</strong> · "_s + escaped(quote.citation)
                    + u" · <code>"_s + escaped(quote.file) + u"</code></figcaption>\n</figure>\n"_s;
            }
            out += u"</article>\n"_s;
        }
        out += u"</section>\n"_s;
    };
    writeGroups(u"discrepancies"_s, tr("Discrepancies"), discrepancies, tr("The articles do not contradict each other on any figure."));
    writeGroups(u"revisions"_s, tr("Revisions"), revisions, tr("No figure was revised by a later article."));

    out += u"<section id=\"annotations\">\n<h2>"_s + escaped(tr("Annotations")) + u"</h2>\n"_s;
    if (annotations.isEmpty())
        out += u"<p class=\"empty\">"_s + escaped(tr("No annotation yet.")) + u"</p>\n"_s;
    for (const AnnotationView &annotation : annotations) {
        out += u"<article class=\"annotation verdict-"_s + annotation.verdictClass + u"\">\n<header><span class=\"badge "_s + annotation.verdictClass + u"\">"_s
            + escaped(annotation.verdict.isEmpty() ? tr("Note") : annotation.verdict) + u"</span>"_s;
        if (!annotation.status.isEmpty())
            out += u"<span class=\"status "_s + annotation.statusName + u"\">"_s + escaped(annotation.status) + u"</span>"_s;
        out += u"</header>\n<p class=\"target\">"_s + escaped(annotation.target) + u"</p>\n"_s;
        if (!annotation.quote.isEmpty())
            out += u"<blockquote><p>"_s + escaped(annotation.quote) + u"</p></blockquote>\n"_s;
        if (!annotation.note.trimmed().isEmpty()) {
            out += u"<div class=\"note\">"_s;
            for (const QString &paragraph : paragraphs(annotation.note))
                out += u"<p>"_s + escaped(paragraph).replace(u'\n', u"<br />"_s) + u"</p>"_s;
            out += u"</div>\n"_s;
        }
        out += u"<p class=\"byline\">"_s + escaped(annotation.byline) + u"</p>\n</article>\n"_s;
    }
    out += u"</section>\n"_s;

    out += u"<section id=\"corrections\">\n<h2>"_s + escaped(tr("Corrections")) + u"</h2>\n"_s;
    const QList<CorrectionView> corrections = correctionViews();
    if (corrections.isEmpty())
        out += u"<p class=\"empty\">"_s + escaped(tr("No figure was corrected by hand.")) + u"</p>\n"_s;
    for (const CorrectionView &correction : corrections) {
        out += u"<article class=\"correction\">\n<header><span class=\"badge correction\">"_s + escaped(correction.heading)
            + u"</span><span class=\"status "_s + correction.statusName + u"\">"_s + escaped(correction.status) + u"</span></header>\n"_s;
        out += u"<p class=\"target\">"_s + escaped(correction.quote.citation) + u" · <code>"_s + escaped(correction.quote.file) + u"</code></p>\n"_s;
        if (!correction.changes.isEmpty()) {
            out += u"<ul class=\"changes\">"_s;
            for (const QString &change : correction.changes)
                out += u"<li>"_s + escaped(change) + u"</li>"_s;
            out += u"</ul>\n"_s;
        }
        out += u"<blockquote><p>"_s + escaped(correction.quote.before) + u"<mark>"_s + escaped(correction.quote.quote) + u"</mark>"_s
            + escaped(correction.quote.after) + u"</p></blockquote>\n"_s;
        if (!correction.note.trimmed().isEmpty()) {
            out += u"<div class=\"note\">"_s;
            for (const QString &paragraph : paragraphs(correction.note))
                out += u"<p>"_s + escaped(paragraph).replace(u'\n', u"<br />"_s) + u"</p>"_s;
            out += u"</div>\n"_s;
        }
        out += u"<p class=\"byline\">"_s + escaped(correction.byline) + u"</p>\n</article>\n"_s;
    }
    out += u"</section>\n"_s;

    out += u"<section id=\"charts\">\n<h2>"_s + escaped(tr("Capital expenditure charts")) + u"</h2>\n"_s;
    if (m_input.charts.isEmpty())
        out += u"<p class=\"empty\">"_s + escaped(tr("No article states a capital expenditure figure.")) + u"</p>\n"_s;
    for (auto it = m_input.charts.cbegin(); it != m_input.charts.cend(); ++it) {
        const QByteArray png = images.value(it.value());
        const QString source = png.isEmpty() ? escaped(it.value()) : u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
        // No heading: each chart carries its own title and sources.
        out += u"<figure class=\"chart\" data-entity=\""_s + escaped(it.key()) + u"\">\n<img src=\""_s + source + u"\" alt=\""_s
            + escaped(tr("Capital expenditure of %1, as the articles state it").arg(it.key())) + u"\" />\n</figure>\n"_s;
    }
    out += u"</section>\n"_s;

    out += u"<section id=\"sources\">\n<h2>"_s + escaped(tr("Sources")) + u"</h2>\n<table>\n<thead><tr><th>#</th><th>"_s + escaped(tr("Title"))
        + u"</th><th>"_s + escaped(tr("Date")) + u"</th><th>"_s + escaped(tr("Language")) + u"</th></tr></thead>\n<tbody>\n"_s;
    for (const SourceView &source : sourceViews()) {
        out += u"<tr><td class=\"number\">"_s + QString::number(source.number) + u"</td><td>"_s + escaped(source.title)
            + u"<br /><code>"_s + escaped(source.file) + u"</code>"_s;
        if (!source.problems.isEmpty())
            out += u"<br /><span class=\"problem\">"_s + escaped(tr("could not be read: %1").arg(source.problems)) + u"</span>"_s;
        out += u"</td><td class=\"date\">"_s + escaped(source.date) + u"</td><td>"_s + escaped(source.language) + u"</td></tr>\n"_s;
    }
    out += u"</tbody>\n</table>\n</section>\n"_s;
    out += u"<footer>"_s
        + escaped(tr("Figures as the articles state them; amounts compared after conversion at each article's date. "
                  "Made with Recoupe %1.").arg(QStringLiteral(RECOUPE_VERSION_STRING)))
        + u"</footer>\n</body>\n</html>\n"_s;
    return out;
}

} // namespace Recoupe
