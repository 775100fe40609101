#include "models/figuresmodel.h"

#include <algorithm>

#include "compare/claimwording.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

// A figure written the way articles write it: "1.3" million, "48.4" billion, "2 000".
QString shortNumber(double value, const QLocale &locale)
{
    const double rounded = std::round(value * 100.0) / 100.0;
    QString text = locale.toString(rounded, 'f', 2);
    const QString decimal = locale.decimalPoint();
    if (text.contains(decimal)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(decimal))
            text.chop(decimal.size());
    }
    return text;
}

} // namespace

FiguresModel::FiguresModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

FiguresModel::Contents FiguresModel::prepare(const ClaimList &claims, const QList<Document> &documents)
{
    Contents contents;
    contents.claims = claims;
    contents.texts = DocumentTexts(documents);
    for (const Document &document : documents)
        contents.titles.insert(document.id, document.title);
    QHash<QString, QString> entities; // folded -> any spelling
    QHash<QString, QString> sources;  // document id -> folded title
    for (const Claim &claim : claims) {
        if (!entities.contains(claim.entity))
            entities.insert(claim.entity, claim.entity.toCaseFolded());
        if (!sources.contains(claim.document))
            sources.insert(claim.document, sourceTitle(claim, contents.titles).toCaseFolded());
    }
    const auto rank = [](const QHash<QString, QString> &keys) {
        QList<std::pair<QString, QString>> sorted; // folded, key
        for (auto it = keys.cbegin(); it != keys.cend(); ++it)
            sorted.append({it.value(), it.key()});
        std::sort(sorted.begin(), sorted.end());
        QHash<QString, int> ranks;
        for (qsizetype i = 0; i < sorted.size(); ++i)
            ranks.insert(sorted.at(i).second, int(i));
        return ranks;
    };
    const QHash<QString, int> entityRank = rank(entities);
    const QHash<QString, int> sourceRank = rank(sources);
    contents.entityRankOfRow.resize(claims.size());
    contents.sourceRankOfRow.resize(claims.size());
    for (qsizetype row = 0; row < claims.size(); ++row) {
        contents.entityRankOfRow[row] = entityRank.value(claims.at(row).entity);
        contents.sourceRankOfRow[row] = sourceRank.value(claims.at(row).document);
    }
    return contents;
}

void FiguresModel::setContents(Contents contents)
{
    beginResetModel();
    m_contents = std::move(contents);
    endResetModel();
}

void FiguresModel::setResults(const ClaimList &claims, const QList<Document> &documents)
{
    setContents(prepare(claims, documents));
}

void FiguresModel::clear()
{
    setResults({}, {});
}

void FiguresModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_contents.claims.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

const Claim *FiguresModel::claimAt(int row) const
{
    return row >= 0 && row < m_contents.claims.size() ? &m_contents.claims.at(row) : nullptr;
}

int FiguresModel::rowOf(const QString &claimId) const
{
    QString document;
    int number = 0;
    if (!Claim::splitId(claimId, &document, &number))
        return -1;
    for (qsizetype row = 0; row < m_contents.claims.size(); ++row) {
        if (m_contents.claims.at(row).number == number && m_contents.claims.at(row).document == document)
            return int(row);
    }
    return -1;
}

QString FiguresModel::metricName(const QString &metric)
{
    if (metric == u"capex"_s)
        return tr("Capital expenditure");
    if (metric == u"revenue"_s)
        return tr("Revenue");
    if (metric == u"net_income"_s)
        return tr("Net income");
    if (metric == u"other_money"_s)
        return tr("Other amount");
    if (metric == u"gpus"_s)
        return tr("GPUs");
    if (metric == u"power_gw"_s)
        return tr("Power");
    if (metric == u"users"_s)
        return tr("Users");
    if (metric == u"stock_move_pct"_s)
        return tr("Share price move");
    return metric;
}

QString FiguresModel::qualifierLabel(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Exact: return tr("exact");
    case Qualifier::Approx: return tr("approximate");
    case Qualifier::AtLeast: return tr("at least");
    case Qualifier::AtMost: return tr("at most");
    case Qualifier::Range: return tr("range");
    }
    return {};
}

QString FiguresModel::formatAmount(const Claim &claim, const QLocale &locale)
{
    // One scale for both ends, chosen by the larger: "60–65 bn", not "60 bn–65 bn".
    const double largest = std::max(std::abs(claim.low), std::abs(claim.high));
    double divisor = 1;
    QString scale;
    if (largest >= 1e12) {
        divisor = 1e12;
        scale = tr("tn", "trillion, after an amount");
    } else if (largest >= 1e9) {
        divisor = 1e9;
        scale = tr("bn", "billion, after an amount");
    } else if (largest >= 1e6) {
        divisor = 1e6;
        scale = tr("M", "million, after an amount");
    } else if (largest >= 1e4) {
        divisor = 1e3;
        scale = tr("k", "thousand, after an amount");
    }
    QString amount = shortNumber(claim.low / divisor, locale);
    if (claim.high != claim.low)
        amount += u'–' + shortNumber(claim.high / divisor, locale);
    QString text = amount;
    if (!scale.isEmpty())
        text += u' ' + scale;
    // Currency codes and unit symbols read the same in every language; "users" is a word.
    const QString what = claim.isMoney()   ? claim.currency.toString()
        : claim.unit == u"users"_s ? tr("users", "unit after an amount: 3.48 bn users")
                                   : claim.unit.toString();
    if (!what.isEmpty())
        text += u' ' + what;
    switch (claim.qualifier) {
    case Qualifier::Approx: return tr("≈ %1").arg(text);
    case Qualifier::AtLeast: return tr("≥ %1").arg(text);
    case Qualifier::AtMost: return tr("≤ %1").arg(text);
    case Qualifier::Exact:
    case Qualifier::Range: break;
    }
    return text;
}

QString FiguresModel::sourceTitle(const Claim &claim, const QHash<QString, QString> &titles)
{
    const QString title = titles.value(claim.document);
    return title.isEmpty() ? claim.document.toString() : title;
}

int FiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contents.claims.size());
}

int FiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Claim &claim = m_contents.claims.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EntityColumn: return claim.entity.isEmpty() ? tr("(unknown)") : claim.entity.toString();
        case MetricColumn: return metricName(claim.metric);
        case PeriodColumn: return claim.period.isEmpty() ? QString() : ClaimWording::period(claim.period);
        case AmountColumn:
            // A fact-checker's figure looks it here too, as in the panes.
            if (claim.origin == ClaimOrigin::Corrected)
                return QString(u"✓ "_s + formatAmount(claim, m_locale));
            if (claim.origin == ClaimOrigin::Added)
                return QString(u"+ "_s + formatAmount(claim, m_locale));
            return formatAmount(claim, m_locale);
        case QualifierColumn: return qualifierLabel(claim.qualifier);
        case SourceColumn: return sourceTitle(claim, m_contents.titles);
        }
        return {};
    case Qt::ToolTipRole: {
        const QString text = m_contents.texts.text(claim.document);
        const QStringList read = ClaimWording::resolution(claim, text);
        QString where = tr("“%1” in %2").arg(claim.quote(text), sourceTitle(claim, m_contents.titles));
        if (claim.origin == ClaimOrigin::Corrected)
            where += u'\n' + tr("Corrected by a fact-checker (the pane's tooltip says what the parser read)");
        else if (claim.origin == ClaimOrigin::Added)
            where += u'\n' + tr("Added by a fact-checker");
        return read.isEmpty() ? where : where + u'\n' + read.join(u'\n');
    }
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case ClaimIdRole: return claim.id();
    case OriginRole:
        switch (claim.origin) {
        case ClaimOrigin::Parsed: return u"parsed"_s;
        case ClaimOrigin::Corrected: return u"corrected"_s;
        case ClaimOrigin::Added: return u"added"_s;
        }
        return {};
    case DocumentIdRole: return claim.document;
    case StartRole: return claim.start;
    case EndRole: return claim.end;
    case EntityRole: return claim.entity;
    case MetricRole: return claim.metric;
    case PeriodRole: return claim.period;
    case LowRole: return claim.low;
    case HighRole: return claim.high;
    case CurrencyRole: return claim.currency;
    case UnitRole: return claim.unit;
    case QualifierRole: return qualifierName(claim.qualifier);
    case QuoteRole: return claim.quote(m_contents.texts.text(claim.document));
    case SentenceRole: return claim.shownSentence(m_contents.texts.text(claim.document));
    case SortRole:
        switch (index.column()) {
        case EntityColumn: return m_contents.entityRankOfRow.value(index.row());
        case MetricColumn: return claim.metric;
        case PeriodColumn: return claim.period;
        case AmountColumn: return claim.low;
        case QualifierColumn: return int(claim.qualifier);
        case SourceColumn: return m_contents.sourceRankOfRow.value(index.row());
        }
        return {};
    }
    return {};
}

QVariant FiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EntityColumn: return tr("Entity");
    case MetricColumn: return tr("Metric");
    case PeriodColumn: return tr("Period");
    case AmountColumn: return tr("Amount");
    case QualifierColumn: return tr("Qualifier");
    case SourceColumn: return tr("Source");
    }
    return {};
}

QHash<int, QByteArray> FiguresModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ClaimIdRole, "claimId");
    names.insert(DocumentIdRole, "documentId");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(EntityRole, "entity");
    names.insert(MetricRole, "metric");
    names.insert(PeriodRole, "period");
    names.insert(LowRole, "low");
    names.insert(HighRole, "high");
    names.insert(CurrencyRole, "currency");
    names.insert(UnitRole, "unit");
    names.insert(QualifierRole, "qualifier");
    names.insert(QuoteRole, "quote");
    names.insert(SentenceRole, "sentence");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace Recoupe
