#include "claims/languageprofile.h"

#include "claims/languageknowledge.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {
constexpr std::array<const char *, int(Cue::Count)> cueNames{
    "rise", "fall", "change", "estimate", "segment", "per_share", "share_price", "market_value", "increase_by",
    "fund_raising", "valuation", "debt", "backlog", "cash_flow", "charge", "run_rate", "income", "capex", "combined",
    "previous_side", "since", "annual", "stock", "jobs", "this_period", "demonstrative", "possessive", "month",
    "results", "fronted_comparison", "project_anaphor", "excluding", "full_year", "past_period", "next_period", "reported_quarter", "quarter_word",
    "years_word", "fiscal", "change_from", "change_from_or_by", "clause_break", "clause_break_after_comma",
    "relative_pronoun", "article", "or", "source", "metric_gap", "quarter_of", "quarter_year_gap", "named_year",
    "increase_of", "noun_of", "not_a_noun", "stake_in", "pronoun"};

constexpr std::array<const char *, 3> rangeWordNames{"between", "and", "to"};

QStringList foldedList(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(LanguageKnowledge::fold(item.toString()));
    return result;
}

// {"at_least": [...], "at_most": [...], "approx": [...]}
bool readHedges(const QJsonValue &value, bool trailing, QList<HedgePhrase> *hedges, QString *problem)
{
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool ok = false;
        const Qualifier bound = qualifierFromName(it.key(), &ok);
        if (!ok || (bound != Qualifier::AtLeast && bound != Qualifier::AtMost && bound != Qualifier::Approx)) {
            *problem = u"unknown hedge bound \"%1\" (at_least, at_most or approx)"_s.arg(it.key());
            return false;
        }
        for (const QJsonValue &phrase : it.value().toArray())
            hedges->append(HedgePhrase{LanguageKnowledge::hedgeKey(phrase.toString()), bound, trailing});
    }
    return true;
}
} // namespace

QLatin1StringView cueName(Cue cue)
{
    return QLatin1StringView(cueNames.at(std::size_t(cue)));
}

bool LanguageProfile::load(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return fail(parseError.errorString());
    const QJsonObject root = document.object();
    if (root.value("format"_L1).toString() != "recoupe-language-1"_L1)
        return fail(u"not a recoupe-language-1 document"_s);
    LanguageProfile result;
    result.language = root.value("language"_L1).toString();
    if (result.language.isEmpty())
        return fail(u"no \"language\""_s);
    const QJsonObject numbers = root.value("numbers"_L1).toObject();
    for (auto it = numbers.begin(); it != numbers.end(); ++it)
        result.numbers.insert(LanguageKnowledge::fold(it.key()), it.value().toDouble());
    // Written out ("milliards") and abbreviated ("Md", "M"): one table for the parser; the
    // lexicon tells them apart (only written-out ones follow a number word: "un milliard").
    for (const char *key : {"magnitudes", "magnitude_abbreviations"}) {
        const QJsonObject magnitudes = root.value(QLatin1StringView(key)).toObject();
        for (auto it = magnitudes.begin(); it != magnitudes.end(); ++it)
            result.magnitudes.insert(LanguageKnowledge::fold(it.key()), it.value().toDouble());
    }
    const QJsonObject currencies = root.value("currencies"_L1).toObject();
    for (auto it = currencies.begin(); it != currencies.end(); ++it) {
        for (const QString &written : foldedList(it.value()))
            result.currencies.insert(written, it.key());
    }
    QString problem;
    if (!readHedges(root.value("hedges"_L1), false, &result.hedges, &problem)
        || !readHedges(root.value("trailing_hedges"_L1), true, &result.hedges, &problem))
        return fail(problem);
    const QJsonObject range = root.value("range"_L1).toObject();
    for (auto it = range.begin(); it != range.end(); ++it) {
        const auto name = std::find_if(rangeWordNames.cbegin(), rangeWordNames.cend(),
                                       [&it](const char *n) { return QLatin1StringView(n) == it.key(); });
        if (name == rangeWordNames.cend())
            return fail(u"unknown range word list \"%1\" (between, and, to)"_s.arg(it.key()));
        result.rangeWords[name - rangeWordNames.cbegin()] = foldedList(it.value());
    }
    result.figureGlue = foldedList(root.value("figure_glue"_L1));
    for (const QJsonValue &value : root.value("units"_L1).toArray()) {
        const QJsonObject group = value.toObject();
        const UnitWord unit{group.value("unit"_L1).toString(), group.value("metric"_L1).toString(), group.value("scale"_L1).toDouble(1),
                            group.value("people"_L1).toBool()};
        if (unit.unit.isEmpty() || unit.metric.isEmpty())
            return fail(u"a unit without \"unit\" or \"metric\""_s);
        for (const QString &word : foldedList(group.value("words"_L1)))
            result.units.insert(word, unit);
    }
    for (const QJsonValue &word : root.value("common_words"_L1).toArray())
        result.commonWords.append(word.toString());
    for (const QJsonValue &stem : root.value("job_stems"_L1).toArray())
        result.jobStems.append(stem.toString());
    const QJsonArray quarters = root.value("quarters"_L1).toArray();
    if (!quarters.isEmpty() && quarters.size() != 4)
        return fail(u"\"quarters\" holds four lists, one a quarter"_s);
    for (const QJsonValue &quarter : quarters)
        result.quarters.append(foldedList(quarter));
    for (const QJsonValue &abbreviation : root.value("abbreviations"_L1).toArray())
        result.abbreviations.append(abbreviation.toString());
    const QJsonObject phrases = root.value("phrases"_L1).toObject();
    for (auto it = phrases.begin(); it != phrases.end(); ++it) {
        int cue = 0;
        while (cue < int(Cue::Count) && cueName(Cue(cue)) != it.key())
            ++cue;
        if (cue == int(Cue::Count))
            return fail(u"unknown phrase list \"%1\""_s.arg(it.key()));
        for (const QJsonValue &value : it.value().toArray()) {
            const QString phrase = value.toString();
            QStringList folded;
            for (const FoldedWord &word : LanguageKnowledge::words(phrase, 0, phrase.size()))
                folded.append(word.text);
            if (!folded.isEmpty())
                result.phrases[cue].append(folded);
        }
    }
    *this = std::move(result);
    return true;
}

QString LanguageProfile::builtinPath(const QString &language)
{
    return u":/recoupe/languages/"_s + language + u".json"_s;
}

QStringList LanguageProfile::builtinLanguages()
{
    QStringList languages;
    const QStringList files = QDir(u":/recoupe/languages"_s).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.chopped(5));
    return languages;
}

LanguageProfile LanguageProfile::builtin(const QString &language)
{
    LanguageProfile profile;
    QFile file(builtinPath(language));
    if (file.open(QIODevice::ReadOnly)) {
        QString error;
        if (!profile.load(file.readAll(), &error))
            qWarning("%s: %s", qPrintable(file.fileName()), qPrintable(error));
    }
    return profile;
}

} // namespace Recoupe
