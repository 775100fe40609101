#include "correctiondialog.h"

#include "compare/claimwording.h"
#include "corrections/claimchange.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

constexpr qsizetype quoteShown = 300;

struct Scale {
    double factor;
    const char *name;
};
constexpr Scale scales[] = {
    {1, QT_TRANSLATE_NOOP("Recoupe::CorrectionDialog", "units")},
    {1e3, QT_TRANSLATE_NOOP("Recoupe::CorrectionDialog", "thousand")},
    {1e6, QT_TRANSLATE_NOOP("Recoupe::CorrectionDialog", "million")},
    {1e9, QT_TRANSLATE_NOOP("Recoupe::CorrectionDialog", "billion")},
    {1e12, QT_TRANSLATE_NOOP("Recoupe::CorrectionDialog", "trillion")},
};

bool isCurrencyCode(const QString &text)
{
    // ISO 4217 codes: three capital letters, except the units Recoupe counts.
    static const QStringList units{u"GPU"_s, u"GW"_s, u"MW"_s};
    return !units.contains(text) && text.size() == 3 && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

QString numberText(double value)
{
    return QLocale().toString(value, 'g', 12);
}

} // namespace

CorrectionDialog::CorrectionDialog(const QString &quote, const Claim &claim, const QStringList &entities, QWidget *parent)
    : QDialog(parent)
    , m_claim(claim)
    , m_quote(new QLabel(this))
    , m_entity(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_period(new QLineEdit(this))
    , m_low(new QLineEdit(this))
    , m_high(new QLineEdit(this))
    , m_scale(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_qualifier(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"correctionDialog"_s);
    setWindowTitle(claim.origin == ClaimOrigin::Added ? tr("Add Figure") : tr("Correct Figure"));
    QString shown = quote.simplified();
    if (shown.size() > quoteShown)
        shown = shown.left(quoteShown) + u'…';
    m_quote->setObjectName(u"correctionQuote"_s);
    m_quote->setText(u"« %1 »"_s.arg(shown));
    m_quote->setWordWrap(true);
    m_quote->setTextFormat(Qt::PlainText);

    m_entity->setObjectName(u"correctionEntity"_s);
    m_entity->setEditable(true);
    m_entity->setInsertPolicy(QComboBox::NoInsert);
    m_entity->addItems(entities);
    m_entity->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_entity->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_entity->setCurrentText(claim.entity);
    m_entity->setAccessibleName(tr("Entity"));

    m_metric->setObjectName(u"correctionMetric"_s);
    for (const QString &key : ClaimWording::metricKeys())
        m_metric->addItem(ClaimWording::metric(key), key);
    if (m_metric->findData(claim.metric) < 0 && !claim.metric.isEmpty())
        m_metric->addItem(claim.metric, claim.metric);
    m_metric->setCurrentIndex(std::max(0, m_metric->findData(claim.metric)));
    m_metric->setAccessibleName(tr("Metric"));

    m_period->setObjectName(u"correctionPeriod"_s);
    m_period->setText(claim.period);
    m_period->setPlaceholderText(tr("2025, 2025-Q3, FY2025, FY2025-Q1, 2025-2028 or empty"));
    // Typing stays free (a validator would refuse "FY" halfway); validate() says what is wrong.
    m_period->setAccessibleName(tr("Period"));

    // Amounts in the scale they are usually written in: 72.2 billion, not 72200000000.
    int scaleIndex = 0;
    for (int i = 0; i < int(std::size(scales)); ++i) {
        m_scale->addItem(tr(scales[i].name), scales[i].factor);
        if (claim.low >= scales[i].factor && claim.low > 0)
            scaleIndex = i;
    }
    m_scale->setObjectName(u"correctionScale"_s);
    m_scale->setCurrentIndex(scaleIndex);
    m_scale->setAccessibleName(tr("Scale"));
    const double factor = scales[scaleIndex].factor;
    m_low->setObjectName(u"correctionLow"_s);
    m_low->setText(claim.low > 0 || claim.origin != ClaimOrigin::Added ? numberText(claim.low / factor) : QString());
    m_low->setAccessibleName(tr("Amount, low"));
    m_high->setObjectName(u"correctionHigh"_s);
    m_high->setText(claim.high != claim.low ? numberText(claim.high / factor) : QString());
    m_high->setPlaceholderText(tr("same as low"));
    m_high->setAccessibleName(tr("Amount, high"));

    m_currency->setObjectName(u"correctionCurrency"_s);
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->addItems({u"USD"_s, u"EUR"_s, u"GBP"_s, u"GPU"_s, u"GW"_s, u"MW"_s, u"users"_s, u"%"_s});
    m_currency->setCurrentText(claim.isMoney() ? claim.currency : claim.unit);
    m_currency->setAccessibleName(tr("Currency or unit"));
    m_currency->setToolTip(tr("A currency code (USD, EUR…) for money, else the unit counted"));

    m_qualifier->setObjectName(u"correctionQualifier"_s);
    for (const Qualifier q : {Qualifier::Exact, Qualifier::Approx, Qualifier::AtLeast, Qualifier::AtMost, Qualifier::Range})
        m_qualifier->addItem(ClaimWording::qualifier(q), int(q));
    m_qualifier->setCurrentIndex(m_qualifier->findData(int(claim.qualifier)));
    m_qualifier->setAccessibleName(tr("Qualifier"));

    m_note->setObjectName(u"correctionNote"_s);
    m_note->setPlaceholderText(tr("Why: the source that gives the right figure…"));
    m_note->setTabChangesFocus(true);
    m_note->setAccessibleName(tr("Note"));
    m_note->setFixedHeight(fontMetrics().lineSpacing() * 4);

    m_problem->setObjectName(u"correctionProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::BrightText);

    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_low, 2);
    amountRow->addWidget(new QLabel(tr("to"), this));
    amountRow->addWidget(m_high, 2);
    amountRow->addWidget(m_scale, 1);
    amountRow->addWidget(m_currency, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("Figure:"), m_quote);
    form->addRow(tr("&Entity:"), m_entity);
    form->addRow(tr("&Metric:"), m_metric);
    form->addRow(tr("&Period:"), m_period);
    // A row of several fields has no buddy of its own: the label leads to the first one.
    auto *amountLabel = new QLabel(tr("&Amount:"), this);
    amountLabel->setBuddy(m_low);
    form->addRow(amountLabel, amountRow);
    form->addRow(tr("&Qualifier:"), m_qualifier);
    form->addRow(tr("&Note:"), m_note);

    m_buttons->button(QDialogButtonBox::Ok)->setText(claim.origin == ClaimOrigin::Added ? tr("&Add") : tr("&Correct"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    // The order a person fills the form in, whatever the layout's.
    setTabOrder(m_entity, m_metric);
    setTabOrder(m_metric, m_period);
    setTabOrder(m_period, m_low);
    setTabOrder(m_low, m_high);
    setTabOrder(m_high, m_scale);
    setTabOrder(m_scale, m_currency);
    setTabOrder(m_currency, m_qualifier);
    setTabOrder(m_qualifier, m_note);
    setTabOrder(m_note, m_buttons);

    for (QLineEdit *field : {m_period, m_low, m_high})
        connect(field, &QLineEdit::textChanged, this, &CorrectionDialog::validate);
    connect(m_currency, &QComboBox::currentTextChanged, this, &CorrectionDialog::validate);
    connect(m_entity, &QComboBox::currentTextChanged, this, &CorrectionDialog::validate);
    validate();
    m_entity->setFocus();
}

double CorrectionDialog::scale() const
{
    return m_scale->currentData().toDouble();
}

std::optional<double> CorrectionDialog::amount(const QLineEdit *field) const
{
    const QString text = field->text().trimmed().remove(u' ').remove(QChar(0x202f)).remove(QChar(0xa0));
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    // "72.2" in a French window and "72,2" in an English one are both meant as decimals.
    if (!ok)
        value = QLocale::c().toDouble(QString(text).replace(u',', u'.'), &ok);
    if (!ok || !std::isfinite(value) || value < 0)
        return std::nullopt;
    return value * scale();
}

QString CorrectionDialog::problem() const
{
    const QString period = m_period->text().trimmed();
    if (!ClaimChange::isValidPeriod(period))
        return tr("Write the period as 2025, 2025-Q3, FY2025, FY2025-Q1 or 2025-2028, or leave it empty.");
    const std::optional<double> low = amount(m_low);
    if (!low)
        return tr("Write the amount as a number, such as 72.2.");
    if (!m_high->text().trimmed().isEmpty()) {
        const std::optional<double> high = amount(m_high);
        if (!high)
            return tr("Write the upper amount as a number, or leave it empty.");
        if (*high < *low)
            return tr("The upper amount is smaller than the lower one.");
    }
    if (m_currency->currentText().trimmed().isEmpty())
        return tr("Give a currency (USD, EUR…) or a unit.");
    return {};
}

void CorrectionDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

Claim CorrectionDialog::claim() const
{
    Claim claim = m_claim;
    claim.entity = m_entity->currentText().trimmed();
    claim.metric = m_metric->currentData().toString();
    claim.period = m_period->text().trimmed();
    claim.low = amount(m_low).value_or(claim.low);
    claim.high = m_high->text().trimmed().isEmpty() ? claim.low : amount(m_high).value_or(claim.low);
    const QString currency = m_currency->currentText().trimmed();
    if (isCurrencyCode(currency)) {
        claim.currency = currency;
        claim.unit.clear();
    } else {
        claim.unit = currency;
        claim.currency.clear();
    }
    claim.qualifier = Qualifier(m_qualifier->currentData().toInt());
    return claim;
}

QString CorrectionDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void CorrectionDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

} // namespace Recoupe
