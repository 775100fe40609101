#include "benchcorpus.h"

#include <QDir>
#include <QFile>
#include <QStringList>

#include <array>
#include <random>

using namespace Qt::StringLiterals;

namespace Recoupe::Bench {

namespace {

// Written for the benchmark: generic business-news phrasing, no article copied.
constexpr std::array frFigure{
    "{E} prévoit d'investir {A} en {Y} dans ses centres de données.",
    "Selon la direction, {E} consacrera {H}{A} à ses infrastructures {REL}.",
    "Le groupe {E} a annoncé des dépenses d'investissement de {R} pour {Y}.",
    "{E} a réalisé un chiffre d'affaires de {A} au {Q} {Y}, en hausse de {P}.",
    "Le bénéfice net de {E} atteint {A} sur l'exercice {Y}.",
    "L'entreprise vise {H}{N} d'ici {Y}, contre {N} {REL}.",
    "Les actions de {E} ont reculé de {P} à la Bourse de New York.",
    "{E} compte engager {H}{A} dans l'intelligence artificielle, tandis que {E2} dépensera {A}.",
    "Les dépenses d'investissement de {E} pourraient atteindre {A} {REL}, par rapport à {A} l'an dernier.",
    "Le titre {E} gagnait {P} en début de séance.",
    "{E}, qui exploite déjà {N}, prévoit de dépenser {R} cette année.",
    "Le projet, estimé à {A}, doit être achevé d'ici {Y}.",
};
constexpr std::array enFigure{
    "{E} plans to spend {A} on data centers in {Y}.",
    "{E} said capital expenditures would reach {R} in fiscal {Y}.",
    "The company reported revenue of {A} for the {Q} of {Y}, up {P} from a year earlier.",
    "{E} posted net income of {A} last year.",
    "{E} expects to have {H}{N} by the end of {Y}.",
    "Shares of {E} fell {P} in early trading on Tuesday.",
    "{E} will invest {H}{A} this year, while {E2} has committed {A}.",
    "Capital spending at {E} rose to {A}, up from {A} in {Y}.",
    "{E}, which already runs {N}, said its spending could reach {A} next year.",
    "Analysts estimate that {E} spent roughly {A} on infrastructure during the quarter.",
    "The stock of {E} climbed {P} after the announcement.",
    "{E} raised its capex forecast to between {R2} for {Y}.",
};
constexpr std::array frProse{
    "Les analystes restent partagés sur la rentabilité de ces investissements à long terme.",
    "La course à l'intelligence artificielle s'accélère entre les grands groupes technologiques.",
    "Plusieurs observateurs s'interrogent sur la capacité du réseau électrique à suivre la demande.",
    "Le dirigeant a défendu sa stratégie lors d'une conférence téléphonique avec les investisseurs.",
    "Les autorités de la concurrence suivent de près ces annonces successives.",
    "Les syndicats demandent davantage de transparence sur l'usage des nouvelles capacités de calcul.",
    "Cette stratégie doit permettre au groupe de rattraper son retard sur ses concurrents directs.",
    "Les marchés ont accueilli la nouvelle avec prudence, dans un contexte de taux encore élevés.",
    "Les nouveaux sites seront implantés dans des régions où l'énergie reste bon marché.",
    "Le conseil d'administration doit se prononcer sur le calendrier au cours des prochains mois.",
    "La société n'a pas donné de détail sur la répartition géographique de ces dépenses.",
    "Des experts rappellent que les annonces ne se traduisent pas toujours en réalisations concrètes.",
    "L'essentiel des équipements sera acheté auprès de fournisseurs américains et asiatiques.",
    "Les élus locaux saluent des créations d'emplois, tout en s'inquiétant de la consommation d'eau.",
};
constexpr std::array enProse{
    "Analysts remain divided on whether the spending will pay off in the long run.",
    "The race to build artificial intelligence infrastructure shows no sign of slowing down.",
    "Some investors worry that the power grid will not keep up with the demand from new sites.",
    "The chief executive defended the strategy on a call with analysts after the results.",
    "Competition regulators are watching the announcements closely.",
    "The company did not say how the money would be split between its regions.",
    "Suppliers of chips and cooling equipment are expected to benefit the most.",
    "Local officials welcomed the jobs but raised questions about water use.",
    "Critics point out that such plans are often revised once the first sites are built.",
    "The board is expected to approve the schedule in the coming months.",
    "Markets took the news calmly, with interest rates still high.",
    "Executives said the new capacity would be used for training and for serving customers.",
    "Most of the equipment will be bought from American and Asian vendors.",
    "The plan follows a year of record demand for cloud services.",
};
constexpr std::array entities{"Meta", "Microsoft", "Amazon", "Alphabet", "Google", "Oracle", "Nvidia", "Apple",
                              "OpenAI", "SoftBank", "Tesla", "xAI", "Anthropic", "Intel", "AWS", "Meta Platforms"};
constexpr std::array frHedges{"", "", "près de ", "environ ", "plus de ", "jusqu'à ", "au moins "};
constexpr std::array enHedges{"", "", "about ", "nearly ", "more than ", "up to ", "at least "};
constexpr std::array frRelative{"cette année", "l'an prochain", "l'année dernière", "au dernier trimestre"};
constexpr std::array enRelative{"this year", "next year", "last year", "in the last quarter"};
constexpr std::array frQuarters{"premier trimestre", "deuxième trimestre", "troisième trimestre", "quatrième trimestre"};
constexpr std::array enQuarters{"first quarter", "second quarter", "third quarter", "fourth quarter"};
constexpr std::array frMonths{"janvier", "février", "mars", "avril", "mai", "juin",
                              "juillet", "août", "septembre", "octobre", "novembre", "décembre"};
constexpr std::array enMonths{"January", "February", "March", "April", "May", "June",
                              "July", "August", "September", "October", "November", "December"};

class Writer
{
public:
    explicit Writer(quint32 seed)
        : m_random(seed)
    {
    }

    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    template<typename Array>
    QString pick(const Array &array)
    {
        return QString::fromUtf8(array[below(static_cast<int>(array.size()))]);
    }

    QString number(bool french, int whole, int decimals)
    {
        QString text = QString::number(whole);
        if (decimals > 0)
            text += (french ? u',' : u'.') + QString::number(below(9) + 1);
        return text;
    }

    QString money(bool french)
    {
        const int value = 5 + below(120);
        const QString n = number(french, value, below(3) == 0 ? 1 : 0);
        if (french) {
            switch (below(4)) {
            case 0: return n + u" milliards de dollars"_s;
            case 1: return n + u" milliards d'euros"_s;
            case 2: return n + u" Md$"_s;
            default: return n + u"\u00a0millions d'euros"_s;
            }
        }
        switch (below(4)) {
        case 0: return u"$"_s + n + u" billion"_s;
        case 1: return u"$"_s + n + u"bn"_s;
        case 2: return u"€"_s + n + u" billion"_s;
        default: return n + u" million dollars"_s;
        }
    }

    QString range(bool french, bool between)
    {
        const int low = 10 + below(60);
        const int high = low + 2 + below(10);
        if (french)
            return between ? u"entre %1 et %2 milliards de dollars"_s.arg(low).arg(high)
                           : u"%1 à %2 milliards de dollars"_s.arg(low).arg(high);
        return between ? u"$%1 billion and $%2 billion"_s.arg(low).arg(high) : u"$%1 billion to $%2 billion"_s.arg(low).arg(high);
    }

    QString quantity(bool french)
    {
        switch (below(3)) {
        case 0: return number(french, 1 + below(3), 1) + (french ? u" million de GPU"_s : u" million GPUs"_s);
        case 1: return number(french, 1 + below(5), 0) + (french ? u" gigawatts"_s : u" gigawatts"_s);
        default:
            return QString::number(100 + below(900)) + (french ? u" millions d'utilisateurs"_s : u" million users"_s);
        }
    }

    QString sentence(bool french)
    {
        // About one sentence in five holds a figure: the density of business news (the reference
        // articles have one claim every 350 bytes or so).
        const bool figure = below(10) < 2;
        QString text = figure ? (french ? pick(frFigure) : pick(enFigure)) : (french ? pick(frProse) : pick(enProse));
        if (!figure)
            return text;
        ++m_figureSentences;
        const QString e = pick(entities);
        QString e2 = pick(entities);
        text.replace(u"{E2}"_s, e2);
        text.replace(u"{E}"_s, e);
        // Each placeholder is replaced one occurrence at a time, so that two {A} differ.
        auto fill = [&text](const QString &key, const auto &make) {
            qsizetype at;
            while ((at = text.indexOf(key)) >= 0)
                text.replace(at, key.size(), make());
        };
        fill(u"{A}"_s, [&] { return money(french); });
        fill(u"{R2}"_s, [&] { return range(false, true); });
        fill(u"{R}"_s, [&] { return range(french, below(2) == 0); });
        fill(u"{N}"_s, [&] { return quantity(french); });
        fill(u"{H}"_s, [&] { return french ? pick(frHedges) : pick(enHedges); });
        fill(u"{Y}"_s, [&] { return QString::number(2023 + below(4)); });
        fill(u"{Q}"_s, [&] { return french ? pick(frQuarters) : pick(enQuarters); });
        fill(u"{REL}"_s, [&] { return french ? pick(frRelative) : pick(enRelative); });
        fill(u"{P}"_s, [&] { return number(french, below(12), below(2)) + (french ? u" %"_s : u"%"_s); });
        return text;
    }

    QString article(int index)
    {
        const bool french = below(2) == 0;
        const int year = 2024 + below(2);
        const int month = 1 + below(12);
        QString text;
        text.reserve(3400);
        text += (french ? u"%1 : la course aux centres de données continue (%2)\n\n"_s
                        : u"%1: the data center race goes on (%2)\n\n"_s)
                    .arg(pick(entities))
                    .arg(index);
        text += french ? u"Publié le %1 %2 %3\n\n"_s.arg(1 + below(28)).arg(QString::fromUtf8(frMonths[month - 1])).arg(year)
                       : u"Published %2 %1, %3\n\n"_s.arg(1 + below(28)).arg(QString::fromUtf8(enMonths[month - 1])).arg(year);
        while (text.size() < 3000) {
            const int sentences = 3 + below(4);
            for (int i = 0; i < sentences; ++i) {
                text += sentence(french);
                text += u' ';
            }
            text.chop(1);
            text += u"\n\n"_s;
        }
        return text;
    }

    int figureSentences() const { return m_figureSentences; }

private:
    std::mt19937 m_random;
    int m_figureSentences = 0;
};

} // namespace

GeneratedCorpus generateCorpus(const QString &folder, int count, quint32 seed)
{
    GeneratedCorpus result;
    QDir().mkpath(folder);
    Writer writer(seed);
    for (int i = 0; i < count; ++i) {
        QFile file(QDir(folder).filePath(u"article-%1.txt"_s.arg(i, 5, 10, QLatin1Char('0'))));
        if (!file.open(QIODevice::WriteOnly))
            break;
        const QByteArray bytes = writer.article(i).toUtf8();
        file.write(bytes);
        result.bytes += bytes.size();
        ++result.articles;
    }
    result.figureSentences = writer.figureSentences();
    return result;
}

} // namespace Recoupe::Bench
