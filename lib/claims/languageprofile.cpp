#include "claims/languageprofile.h"

#include "claims/languageknowledge.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {
constexpr std::array<const char *, int(Cue::Count)> cueNames{
    "rise", "fall", "change", "estimate", "segment", "per_share", "share_price", "market_value", "increase_by",
    "fund_raising", "valuation", "debt", "backlog", "cash_flow", "charge", "run_rate", "income", "capex", "combined",
    "previous_side", "since", "annual", "stock", "jobs", "this_period", "demonstrative", "possessive", "month",
    "abbreviation", "results", "fronted_comparison", "project_anaphor"};
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
    const QJsonObject magnitudes = root.value("magnitudes"_L1).toObject();
    for (auto it = magnitudes.begin(); it != magnitudes.end(); ++it)
        result.magnitudes.insert(LanguageKnowledge::fold(it.key()), it.value().toDouble());
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
