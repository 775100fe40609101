#include "compare/textfeatures.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

// Function words of French and English, folded. They say nothing about what a sentence reports.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        const char *const list[] = {
            // French
            "a", "ai", "au", "aux", "avec", "ce", "ces", "cet", "cette", "ceux", "celle", "celui", "cela", "ceci", "comme",
            "dans", "de", "des", "du", "d", "dont", "elle", "elles", "en", "entre", "est", "et", "etre", "ete", "eu", "fait",
            "il", "ils", "je", "l", "la", "le", "les", "leur", "leurs", "lui", "mais", "me", "meme", "mes", "moins", "mon",
            "n", "ne", "nos", "notre", "nous", "on", "ont", "ou", "par", "pas", "plus", "pour", "qu", "que", "qui", "quoi",
            "s", "sa", "sans", "se", "ses", "si", "son", "sont", "sous", "sur", "ta", "te", "tes", "toi", "ton", "tous",
            "tout", "toute", "toutes", "tres", "tu", "un", "une", "vers", "vos", "votre", "vous", "y", "aussi", "ainsi",
            "apres", "avant", "avoir", "chez", "depuis", "deja", "donc", "encore", "lors", "selon", "car", "quand", "alors",
            "ici", "afin", "celles", "autre", "autres", "quelque", "quelques", "peu", "bien", "dit", "sera", "seront",
            "serait", "etait", "sont", "va", "vont", "faire", "pourrait", "pourraient", "doit", "peut", "avait", "aura",
            "c", "j", "m", "t", "quant", "jusqu", "jusque", "pres", "environ", "moins", "partie", "cours",
            // English
            "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "before",
            "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "during", "each", "for",
            "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if",
            "in", "into", "is", "it", "its", "just", "may", "might", "more", "most", "much", "must", "my", "no", "nor",
            "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same",
            "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there",
            "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "upon", "very", "was", "we",
            "were", "what", "when", "where", "which", "while", "who", "whom", "whose", "why", "will", "with", "would",
            "you", "your", "yours", "said", "says", "say", "according", "nearly", "around", "almost", "least", "per",
        };
        QSet<QString> set;
        for (const char *word : list)
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

// Common words of news about companies that are not cognates between French and English,
// folded, mapped to one concept. Cognates need no entry: the stem finds them.
const QHash<QString, QString> &concepts()
{
    static const QHash<QString, QString> table = [] {
        const std::pair<const char *, const char *> pairs[] = {
            {"donnees", "data"}, {"donnee", "data"}, {"data", "data"},
            {"utilisateur", "user"}, {"utilisateurs", "user"}, {"user", "user"}, {"users", "user"},
            {"personne", "people"}, {"personnes", "people"}, {"people", "people"},
            {"depense", "spend"}, {"depenses", "spend"}, {"depenser", "spend"}, {"debourser", "spend"},
            {"spend", "spend"}, {"spends", "spend"}, {"spending", "spend"}, {"spent", "spend"},
            {"hausse", "rise"}, {"augmentation", "rise"}, {"augmente", "rise"}, {"augmenter", "rise"},
            {"rise", "rise"}, {"rose", "rise"}, {"risen", "rise"}, {"increase", "rise"}, {"increased", "rise"},
            {"baisse", "fall"}, {"recul", "fall"}, {"fall", "fall"}, {"fell", "fall"}, {"drop", "fall"}, {"dropped", "fall"},
            {"action", "share"}, {"actions", "share"}, {"share", "share"}, {"shares", "share"}, {"stock", "share"},
            {"affaires", "revenue"}, {"revenue", "revenue"}, {"revenues", "revenue"}, {"ventes", "revenue"}, {"sales", "revenue"},
            {"benefice", "profit"}, {"benefices", "profit"}, {"profit", "profit"}, {"profits", "profit"}, {"earnings", "profit"},
            {"trimestre", "quarter"}, {"trimestriel", "quarter"}, {"trimestriels", "quarter"}, {"quarter", "quarter"},
            {"quarterly", "quarter"},
            {"annee", "year"}, {"annees", "year"}, {"ans", "year"}, {"year", "year"}, {"years", "year"},
            {"entreprise", "company"}, {"societe", "company"}, {"groupe", "company"}, {"firme", "company"},
            {"company", "company"}, {"firm", "company"}, {"group", "company"},
            {"puce", "chip"}, {"puces", "chip"}, {"chip", "chip"}, {"chips", "chip"},
            {"centre", "center"}, {"centres", "center"}, {"center", "center"}, {"centers", "center"},
            {"projet", "project"}, {"projets", "project"}, {"project", "project"}, {"projects", "project"},
            {"annonce", "announce"}, {"annonces", "announce"}, {"annoncer", "announce"}, {"announce", "announce"},
            {"announced", "announce"}, {"announcement", "announce"},
            {"prevoit", "plan"}, {"prevoir", "plan"}, {"prevu", "plan"}, {"prevue", "plan"}, {"compte", "plan"},
            {"plan", "plan"}, {"plans", "plan"}, {"planned", "plan"},
            {"ia", "ai"}, {"ai", "ai"},
            {"ingenieur", "engineer"}, {"ingenieurs", "engineer"}, {"engineer", "engineer"}, {"engineers", "engineer"},
            {"patron", "chief"}, {"pdg", "chief"}, {"dirigeant", "chief"}, {"chief", "chief"}, {"ceo", "chief"}, {"boss", "chief"},
            {"puissance", "power"}, {"power", "power"},
            {"salarie", "worker"}, {"salaries", "worker"}, {"employe", "worker"}, {"employes", "worker"},
            {"worker", "worker"}, {"workers", "worker"}, {"employee", "worker"}, {"employees", "worker"}, {"staff", "worker"},
            {"emploi", "job"}, {"emplois", "job"}, {"job", "job"}, {"jobs", "job"},
            {"premier", "first"}, {"premiere", "first"}, {"first", "first"},
            {"production", "output"}, {"output", "output"},
            {"commencer", "start"}, {"commencera", "start"}, {"commence", "start"}, {"debut", "start"}, {"demarrer", "start"},
            {"start", "start"}, {"starts", "start"}, {"begin", "start"}, {"begins", "start"},
            {"tranche", "phase"}, {"phase", "phase"},
            {"capteur", "sensor"}, {"capteurs", "sensor"}, {"sensor", "sensor"}, {"sensors", "sensor"},
            {"automobile", "car"}, {"automobiles", "car"}, {"voiture", "car"}, {"voitures", "car"}, {"car", "car"},
            {"cars", "car"}, {"carmaker", "car"}, {"carmakers", "car"},
            {"fabricant", "maker"}, {"fabricants", "maker"}, {"constructeur", "maker"}, {"constructeurs", "maker"},
            {"maker", "maker"}, {"makers", "maker"}, {"manufacturer", "maker"}, {"manufacturers", "maker"},
            {"fournit", "supply"}, {"fournir", "supply"}, {"fournisseur", "supply"}, {"supply", "supply"},
            {"supplies", "supply"}, {"supplied", "supply"}, {"supplier", "supply"},
            {"usine", "factory"}, {"usines", "factory"}, {"factory", "factory"}, {"factories", "factory"},
            {"plant", "factory"}, {"plants", "factory"},
            {"aide", "aid"}, {"aides", "aid"}, {"support", "aid"}, {"subsidy", "aid"}, {"subsidies", "aid"},
            {"etat", "state"}, {"gouvernement", "state"}, {"state", "state"}, {"government", "state"},
            {"bourse", "market"}, {"marche", "market"}, {"marches", "market"}, {"market", "market"}, {"markets", "market"},
            {"nouveau", "new"}, {"nouvelle", "new"}, {"nouveaux", "new"}, {"nouvelles", "new"}, {"new", "new"},
            {"construire", "build"}, {"construit", "build"}, {"construction", "build"}, {"batir", "build"},
            {"build", "build"}, {"built", "build"}, {"building", "build"},
        };
        QHash<QString, QString> hash;
        for (const auto &[word, meaning] : pairs)
            hash.insert(QString::fromLatin1(word), QString::fromLatin1(meaning));
        return hash;
    }();
    return table;
}

// Words that scale the number before them (French "billion", 10^12, is handled where the
// language is known) and small numbers written as words ("cinq ans", "five years").
constexpr std::pair<const char *, double> magnitudes[] = {
    {"milliard", 1e9}, {"milliards", 1e9}, {"bn", 1e9}, {"md", 1e9}, {"mds", 1e9}, {"mrd", 1e9}, {"mrds", 1e9},
    {"billion", 1e9}, {"billions", 1e9}, {"million", 1e6}, {"millions", 1e6}, {"mn", 1e6}, {"trillion", 1e12},
    {"trillions", 1e12}, {"mille", 1e3}, {"thousand", 1e3}, {"thousands", 1e3},
};
constexpr std::pair<const char *, double> numberWords[] = {
    {"deux", 2}, {"trois", 3}, {"quatre", 4}, {"cinq", 5}, {"six", 6}, {"sept", 7}, {"huit", 8}, {"neuf", 9},
    {"dix", 10}, {"douze", 12}, {"vingt", 20}, {"cent", 100}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5},
    {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}, {"twelve", 12}, {"twenty", 20}, {"hundred", 100},
};

// Everything known about a folded word, found with one lookup: words are the bulk of the work
// when a large folder is matched.
struct WordInfo {
    enum class Kind : quint8 { Stop, Concept, NumberWord, Magnitude };
    Kind kind = Kind::Stop;
    QString meaning;        // Concept: the FR/EN concept
    double value = 0;       // NumberWord: its value; Magnitude: its scale
};

const QHash<QString, WordInfo> &lexicon()
{
    static const QHash<QString, WordInfo> table = [] {
        QHash<QString, WordInfo> hash;
        for (const QString &word : stopWords())
            hash.insert(word, {WordInfo::Kind::Stop, {}, 0});
        for (auto it = concepts().cbegin(); it != concepts().cend(); ++it)
            hash.insert(it.key(), {WordInfo::Kind::Concept, it.value(), 0});
        for (const auto &[word, value] : numberWords)
            hash.insert(QString::fromLatin1(word), {WordInfo::Kind::NumberWord, {}, value});
        for (const auto &[word, scale] : magnitudes)
            hash.insert(QString::fromLatin1(word), {WordInfo::Kind::Magnitude, {}, scale});
        return hash;
    }();
    return table;
}

const WordInfo *lookUp(const QString &folded)
{
    const auto found = lexicon().constFind(folded);
    return found == lexicon().cend() ? nullptr : &*found;
}

bool isOne(const QString &folded)
{
    return folded == "un"_L1 || folded == "une"_L1 || folded == "one"_L1 || folded == "a"_L1;
}

} // namespace

namespace {

// What one UTF-16 unit folds to: lower case, accents dropped, ligatures spelt out.
QString foldUnit(QChar c)
{
    const char16_t unit = c.unicode();
    if (unit < 0x80)
        return QString((unit >= u'A' && unit <= u'Z') ? QChar(unit + 32) : c);
    if (unit == u'œ' || unit == u'Œ')
        return u"oe"_s;
    if (unit == u'æ' || unit == u'Æ')
        return u"ae"_s;
    if (unit == u'’')
        return u"'"_s;
    QString folded;
    for (const QChar part : QString(c.toLower()).normalized(QString::NormalizationForm_D)) {
        if (part.category() != QChar::Mark_NonSpacing)
            folded += part;
    }
    return folded;
}

// foldUnit() of the Latin letters, worked out once: decomposing each accented letter of a
// folder was most of the cost of matching its passages.
constexpr char16_t firstUnfoldedLatin = 0x250;
const std::array<QString, firstUnfoldedLatin> &foldedLatin()
{
    static const std::array<QString, firstUnfoldedLatin> table = [] {
        std::array<QString, firstUnfoldedLatin> folded;
        for (char16_t unit = 0; unit < firstUnfoldedLatin; ++unit)
            folded[unit] = foldUnit(QChar(unit));
        return folded;
    }();
    return table;
}

// fold() into out, whose buffer is reused when nothing else shares it: terms() folds every word
// of a folder, most of them only to be looked up and dropped.
void foldInto(QStringView word, QString &out)
{
    if (!out.isDetached())
        out = QString();
    // Written through a pointer, not appended: most words are plain ASCII, a unit at a time.
    out.resize(word.size());
    QChar *written = out.data();
    qsizetype size = 0;
    const auto put = [&](QStringView part) {
        if (size + part.size() > out.size()) {
            out.resize(size + part.size() + word.size());
            written = out.data();
        }
        std::copy(part.begin(), part.end(), written + size);
        size += part.size();
    };
    const std::array<QString, firstUnfoldedLatin> &latin = foldedLatin();
    for (const QChar c : word) {
        const char16_t unit = c.unicode();
        if (unit < 0x80 && size < out.size())
            written[size++] = (unit >= u'A' && unit <= u'Z') ? QChar(unit + 32) : c;
        else if (unit < firstUnfoldedLatin)
            put(latin[unit]);
        else
            put(foldUnit(c));
    }
    out.truncate(size);
}

// What terms() reads of a word, which depends on the word alone: its folded form, what the
// lexicon knows of it, and the stem of a word it does not know.
struct WordReading {
    QString folded;
    const WordInfo *info = nullptr;
    QString stem;
    bool isOne = false; // "un", "one", "a": a magnitude after it is a number ("un milliard")
    // What a word term is made of, as written: "Meta" is capitalised, "GW" in capitals.
    bool capitalized = false;
    bool allCapitals = false;
    QString key; // empty for a stop word
};

// The readings of the words a thread met last. News text repeats its words (a few thousand
// distinct words make most of a folder): folding, looking up and stemming every occurrence
// again was half of reading a sentence's terms, a hash lookup of the word as written is a
// fraction. Bounded: forgotten whole when full, so memory never grows with the folder.
class WordReadings
{
public:
    // Valid until the next call on the same thread.
    const WordReading &read(QStringView word)
    {
        // A lookup key that borrows the word's characters: no copy unless the word is new.
        const QString borrowed = QString::fromRawData(word.data(), word.size());
        const auto found = m_readings.constFind(borrowed);
        if (found != m_readings.cend())
            return *found;
        if (m_readings.size() >= capacity)
            m_readings.clear();
        WordReading reading;
        foldInto(word, reading.folded);
        reading.info = lookUp(reading.folded);
        reading.isOne = isOne(reading.folded);
        if (!reading.info)
            reading.stem = TextFeatures::stemUnknown(reading.folded);
        reading.capitalized = word.at(0).isUpper();
        reading.allCapitals = word.size() > 1 && std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLower(); });
        // Acronyms and units keep their letters ("GW", "UE"); French "ai" (j'ai) is not "AI".
        if (reading.info && reading.info->kind == WordInfo::Kind::Concept && (reading.allCapitals || reading.folded != "ai"_L1))
            reading.key = reading.info->meaning;
        else if (!reading.info)
            reading.key = (reading.allCapitals && word.size() <= 4) ? reading.folded : reading.stem;
        return *m_readings.insert(word.toString(), std::move(reading));
    }

    static constexpr qsizetype capacity = 20000;

private:
    QHash<QString, WordReading> m_readings;
};

thread_local WordReadings wordReadings;

} // namespace

QString TextFeatures::fold(QStringView word)
{
    QString folded;
    foldInto(word, folded);
    return folded;
}

QString TextFeatures::stem(const QString &folded)
{
    if (folded.isEmpty())
        return {};
    if (const WordInfo *info = lookUp(folded)) {
        if (info->kind == WordInfo::Kind::Concept)
            return info->meaning;
        if (info->kind == WordInfo::Kind::Stop)
            return {};
    }
    return stemUnknown(folded);
}

QString TextFeatures::stemUnknown(const QString &folded)
{
    // A view until the end: one string at most is made, none when the word is its own stem.
    QStringView word = folded;
    if (word.size() > 4 && (word.endsWith(u's') || word.endsWith(u'x')))
        word.chop(1);
    // Inflection and derivation endings of both languages, longest first, so that
    // "investissement", "investment", "invested" and "investir" meet at "invest".
    static const std::array suffixes{
        "issements"_L1, "issement"_L1, "ements"_L1, "ement"_L1, "ations"_L1, "ation"_L1, "ments"_L1, "ment"_L1,
        "ances"_L1, "ance"_L1, "ences"_L1, "ence"_L1, "ings"_L1, "ing"_L1, "euses"_L1, "euse"_L1, "eurs"_L1,
        "eur"_L1, "ees"_L1, "ee"_L1, "ed"_L1, "es"_L1, "e"_L1,
    };
    // Compared unit by unit, inline: every unknown word of a folder goes through this list.
    const auto endsWith = [](QStringView text, QLatin1StringView suffix) {
        if (text.size() < suffix.size())
            return false;
        const QChar *tail = text.data() + (text.size() - suffix.size());
        for (qsizetype i = 0; i < suffix.size(); ++i) {
            if (tail[i].unicode() != char16_t(suffix[i].unicode()))
                return false;
        }
        return true;
    };
    for (const QLatin1StringView suffix : suffixes) {
        if (word.size() - suffix.size() >= 4 && endsWith(word, suffix)) {
            word.chop(suffix.size());
            break;
        }
    }
    if (word.size() < 3)
        return {};
    word = word.left(6);
    return word.size() == folded.size() ? folded : word.toString();
}

std::optional<double> TextFeatures::parseNumber(QStringView digits, const QString &language)
{
    // Most numbers of an article are plain digits ("2025", "14"): read at once, exactly as
    // toDouble() would up to fifteen digits.
    if (!digits.isEmpty() && digits.size() <= 15
        && std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; })) {
        qint64 value = 0;
        for (const QChar c : digits)
            value = value * 10 + (c.unicode() - u'0');
        return double(value);
    }
    QString text;
    for (const QChar c : digits) {
        if (!c.isSpace() && c != u'\u202F' && c != u'\u00A0')
            text += c;
    }
    const qsizetype comma = text.lastIndexOf(u',');
    const qsizetype dot = text.lastIndexOf(u'.');
    // Thousands separators are followed by groups of exactly three digits.
    const auto groupsOfThree = [&text](QChar separator) {
        const QStringList parts = text.split(separator);
        return parts.size() > 1 && std::all_of(parts.cbegin() + 1, parts.cend(), [](const QString &p) { return p.size() == 3; });
    };
    if (comma >= 0 && dot >= 0) {
        const QChar decimal = comma > dot ? u',' : u'.';
        text.remove(decimal == u',' ? u'.' : u',');
        text.replace(decimal, u'.');
    } else if (comma >= 0) {
        if (language != "fr"_L1 && groupsOfThree(u','))
            text.remove(u',');
        else if (text.count(u',') == 1)
            text.replace(u',', u'.');
        else
            return std::nullopt;
    } else if (dot >= 0) {
        if ((language == "fr"_L1 && groupsOfThree(u'.')) || text.count(u'.') > 1) {
            if (!groupsOfThree(u'.'))
                return std::nullopt;
            text.remove(u'.');
        }
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

namespace {

// A number term's key: its value to four significant digits, as QString::number(value, 'g', 4)
// writes it ("#2025", "#1.235e+04"). Small whole numbers, most of an article's, are written
// without formatting a double, which cost as much as the rest of the term.
QString numberKey(double value)
{
    // The keys of small numbers and years, made once and shared: most numbers of news text.
    constexpr int tabled = 2200;
    static const std::array<QString, tabled> table = [] {
        std::array<QString, tabled> keys;
        for (int n = 0; n < tabled; ++n)
            keys[n] = u'#' + QString::number(n);
        return keys;
    }();
    if (value == std::floor(value) && std::abs(value) < 10000 && !(value == 0 && std::signbit(value)))
        return value >= 0 && value < tabled ? table[int(value)] : u'#' + QString::number(qint64(value));
    return u'#' + QString::number(value, 'g', 4);
}

bool isAsciiDigit(char16_t unit)
{
    return unit >= u'0' && unit <= u'9';
}

bool isGroupSeparator(char16_t unit)
{
    return unit == u' ' || unit == u'\u00A0' || unit == u'\u202F';
}

// The code point at i is a letter or a combining mark; *size gets its length in UTF-16 units.
bool isWordCharacter(QStringView text, qsizetype i, qsizetype *size)
{
    const char16_t unit = text[i].unicode();
    *size = 1;
    if (unit < 0x80)
        return (unit >= u'a' && unit <= u'z') || (unit >= u'A' && unit <= u'Z');
    char32_t codePoint = unit;
    if (QChar::isHighSurrogate(unit) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
        codePoint = QChar::surrogateToUcs4(unit, text[i + 1].unicode());
        *size = 2;
    }
    switch (QChar::category(codePoint)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

qsizetype skipDigits(QStringView text, qsizetype i)
{
    while (i < text.size() && isAsciiDigit(text[i].unicode()))
        ++i;
    return i;
}

// The next token at or after from, as the expression
//   ((?<![\d.,])\d{1,3}(?:[ \x{00A0}\x{202F}]\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*)
// that terms() once used would find it: numbers with spaces between groups of three digits
// ("1 300 000") first, then plain ones; words with their inner hyphens. By hand, because this
// runs over every word of a folder and a regular expression match costs several times more.
bool nextToken(QStringView text, qsizetype from, TextToken *token)
{
    const qsizetype size = text.size();
    const auto digitAt = [&](qsizetype i) { return i < size && isAsciiDigit(text[i].unicode()); };
    for (qsizetype i = from; i < size; ++i) {
        const char16_t unit = text[i].unicode();
        if (isAsciiDigit(unit)) {
            token->start = i;
            token->number = true;
            const qsizetype digitsEnd = skipDigits(text, i);
            const char16_t before = i > 0 ? text[i - 1].unicode() : u' ';
            if (digitsEnd - i <= 3 && !isAsciiDigit(before) && before != u'.' && before != u',') {
                // Groups of three digits after a separator; the last one must not run on into a digit.
                qsizetype end = digitsEnd;
                qsizetype previousGroupEnd = -1;
                int groups = 0;
                while (end < size && isGroupSeparator(text[end].unicode()) && digitAt(end + 1) && digitAt(end + 2) && digitAt(end + 3)) {
                    previousGroupEnd = end;
                    end += 4;
                    ++groups;
                }
                if (groups > 0 && digitAt(end)) {
                    end = previousGroupEnd;
                    --groups;
                    if (groups > 0) {
                        token->end = end; // ends before a separator: no decimals
                        return true;
                    }
                } else if (groups > 0) {
                    if (end + 1 < size && (text[end] == u'.' || text[end] == u',') && digitAt(end + 1))
                        end = skipDigits(text, end + 1);
                    token->end = end;
                    return true;
                }
            }
            qsizetype end = digitsEnd;
            while (end + 1 < size && (text[end] == u'.' || text[end] == u',') && digitAt(end + 1))
                end = skipDigits(text, end + 1);
            token->end = end;
            return true;
        }
        qsizetype step = 1;
        if (isWordCharacter(text, i, &step)) {
            token->start = i;
            token->number = false;
            qsizetype end = i + step;
            for (;;) {
                while (end < size && isWordCharacter(text, end, &step))
                    end += step;
                if (end + 1 < size && text[end] == u'-' && isWordCharacter(text, end + 1, &step))
                    end += 1;
                else
                    break;
            }
            token->end = end;
            return true;
        }
        i += step - 1;
    }
    return false;
}

} // namespace

QList<TextToken> TextFeatures::tokens(QStringView text)
{
    QList<TextToken> result;
    TextToken token;
    for (qsizetype from = 0; nextToken(text, from, &token); from = token.end)
        result.append(token);
    return result;
}

QList<TextTerm> TextFeatures::terms(QStringView text, const QString &language, WordSurfaces words)
{
    QList<TextTerm> result;
    result.reserve(text.size() / 8);
    qsizetype previousWordSize = -1; // folded, when the previous token was a word
    bool previousWordIsOne = false;
    bool previousWasNumber = false;
    qsizetype previousEnd = -1;
    bool firstWord = true;
    TextToken token;
    for (qsizetype from = 0; nextToken(text, from, &token); from = token.end) {
        const qsizetype start = token.start;
        const QStringView captured = text.sliced(start, token.end - start);
        // Only spaces between this token and the previous one (asked after a magnitude alone).
        const auto adjacent = [&] { return previousEnd >= 0 && start - previousEnd <= 2 && text.sliced(previousEnd, start - previousEnd).trimmed().isEmpty(); };
        if (token.number) {
            const auto value = parseNumber(captured, language);
            previousWordSize = -1;
            previousWordIsOne = false;
            previousWasNumber = value.has_value();
            previousEnd = token.end;
            if (!value)
                continue;
            TextTerm term;
            term.position = start;
            term.surface = captured.toString();
            const bool integer = !term.surface.contains(u',') && !term.surface.contains(u'.');
            term.kind = (integer && *value >= 1900 && *value <= 2100) ? TextTerm::Kind::Year : TextTerm::Kind::Number;
            term.key = numberKey(*value);
            result.append(term);
            continue;
        }
        const QStringView word = captured;
        const WordReading &reading = wordReadings.read(word);
        const QString &folded = reading.folded;
        const WordInfo *info = reading.info;
        if (info && info->kind == WordInfo::Kind::Magnitude) {
            const double scale = (info->value == 1e9 && folded.startsWith("billion"_L1) && language == "fr"_L1) ? 1e12 : info->value;
            // "62 milliards" is one number; "un milliard" too.
            if (previousWasNumber && adjacent()) {
                TextTerm &number = result.last();
                const QString numberFolded = fold(number.surface);
                const WordInfo *spelled = lookUp(numberFolded);
                const double value = parseNumber(number.surface, language)
                                         .value_or(spelled && spelled->kind == WordInfo::Kind::NumberWord ? spelled->value : 0);
                number.kind = TextTerm::Kind::Number;
                number.key = numberKey(value * scale);
                number.surface = text.sliced(number.position, token.end - number.position).toString();
            } else if (previousWordIsOne && adjacent()) {
                TextTerm number;
                number.kind = TextTerm::Kind::Number;
                number.position = previousEnd - previousWordSize;
                number.key = numberKey(scale);
                number.surface = text.sliced(number.position, token.end - number.position).toString();
                result.append(number);
            }
            previousWordSize = -1;
            previousWordIsOne = false;
            previousWasNumber = false;
            previousEnd = token.end;
            firstWord = false;
            continue;
        }
        if (info && info->kind == WordInfo::Kind::NumberWord) {
            result.append({TextTerm::Kind::Number, numberKey(info->value), word.toString(), start});
            previousWordSize = -1;
            previousWordIsOne = false;
            previousWasNumber = true;
            previousEnd = token.end;
            firstWord = false;
            continue;
        }
        previousWordSize = folded.size();
        previousWordIsOne = reading.isOne;
        previousWasNumber = false;
        previousEnd = token.end;
        const bool wasFirst = firstWord;
        firstWord = false;
        if (reading.key.isEmpty())
            continue;
        TextTerm &term = result.emplace_back();
        // Names are kept apart only to show them; they compare by the same key as words.
        term.kind = (reading.capitalized && !wasFirst) || reading.allCapitals ? TextTerm::Kind::Name : TextTerm::Kind::Word;
        term.key = reading.key;
        if (words == WordSurfaces::Kept)
            term.surface = word.toString();
        term.position = start;
    }
    return result;
}

} // namespace Recoupe
