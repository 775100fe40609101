#include "claims/claimextractor.h"
#include "claims/claimparser.h"
#include "claims/claimtestsupport.h"
#include "corpus/document.h"
#include "figures/figurelexer.h"

#include <KSyntaxHighlighting/Repository>

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTest>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace Recoupe;


class TestClaimParser : public QObject
{
    Q_OBJECT

private:
    KSyntaxHighlighting::Repository m_repository;

    ClaimList parse(const Document &document)
    {
        ClaimExtractor extractor(m_repository);
        return extractor.extractDocument(document);
    }

private Q_SLOTS:
    // Each row: an article (one or a few sentences written for this test), its language and
    // date, and the claims expected, as describeClaims() writes them.
    void claims_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("expected");

        // ---- French: amounts, currencies, magnitudes
        QTest::newRow("fr range en année") << u"Meta compte investir 60 à 65 milliards de dollars en 2025."_s << u"fr"_s << u"2025-01"_s
                                           << u"Meta|capex|2025|60000000000|65000000000|USD|range|60 à 65 milliards de dollars"_s;
        QTest::newRow("fr exercice environ") << u"Sur l'exercice 2025, Microsoft investira environ 80 milliards de dollars."_s << u"fr"_s << u"2025-01"_s
                                             << u"Microsoft|capex|FY2025|80000000000|80000000000|USD|approx|environ 80 milliards de dollars"_s;
        QTest::newRow("fr Md$ l'an dernier") << u"Amazon a dépensé 75 Md$ l'an dernier."_s << u"fr"_s << u"2025-01"_s
                                             << u"Amazon|capex|2024|75000000000|75000000000|USD|exact|75 Md$"_s;
        QTest::newRow("fr Md€ ventes") << u"Apple a réalisé 40 Md€ de ventes en Europe."_s << u"fr"_s << u"2025-01"_s
                                       << u"Apple|revenue|-|40000000000|40000000000|EUR|exact|40 Md€"_s;
        QTest::newRow("fr quarter without year") << u"Le chiffre d'affaires d'Alphabet atteint 96,5 milliards de dollars au troisième trimestre."_s
                                                 << u"fr"_s << u"2024-11"_s
                                                 << u"Alphabet|revenue|2024-Q3|96500000000|96500000000|USD|exact|96,5 milliards de dollars"_s;
        QTest::newRow("fr T4 2024") << u"Nvidia a dégagé un bénéfice net de 19,3 milliards de dollars au T4 2024."_s << u"fr"_s << u"2025-02"_s
                                    << u"Nvidia|net_income|2024-Q4|19300000000|19300000000|USD|exact|19,3 milliards de dollars"_s;
        QTest::newRow("fr revenue trap") << u"Meta a réalisé 48,4 milliards de dollars de chiffre d'affaires."_s << u"fr"_s << u""_s
                                         << u"Meta|revenue|-|48400000000|48400000000|USD|exact|48,4 milliards de dollars"_s;
        QTest::newRow("fr GPU trap") << u"Meta disposera de 1,3 million de GPU à la fin de l'année."_s << u"fr"_s << u"2025-01"_s
                                     << u"Meta|gpus|2025|1300000|1300000|GPU|exact|1,3 million de GPU"_s;
        QTest::newRow("fr users") << u"OpenAI revendique plus de 300 millions d'utilisateurs hebdomadaires."_s << u"fr"_s << u""_s
                                  << u"OpenAI|users|-|300000000|300000000|users|at_least|plus de 300 millions d'utilisateurs"_s;
        QTest::newRow("fr MW to GW") << u"Le site de Microsoft consommera 300 MW."_s << u"fr"_s << u""_s
                                     << u"Microsoft|power_gw|-|0.3|0.3|GW|exact|300 MW"_s;
        QTest::newRow("fr stock up") << u"L'action Meta a gagné 2,5 % mardi."_s << u"fr"_s << u""_s
                                     << u"Meta|stock_move_pct|-|2.5|2.5|%|exact|2,5 %"_s;
        QTest::newRow("fr stock down") << u"Le titre Tesla a chuté de 8 % en Bourse."_s << u"fr"_s << u""_s
                                       << u"Tesla|stock_move_pct|-|-8|-8|%|exact|8 %"_s;
        QTest::newRow("fr growth percent") << u"Le chiffre d'affaires de Meta a progressé de 21 %."_s << u"fr"_s << u""_s << u""_s;
        QTest::newRow("fr Stargate default metric") << u"Le projet Stargate doit mobiliser 500 milliards de dollars d'ici 2029."_s << u"fr"_s << u"2025-01"_s
                                                    << u"Stargate|capex|2025-2029|500000000000|500000000000|USD|exact|500 milliards de dollars"_s;
        QTest::newRow("fr thousands space") << u"Oracle prévoit un investissement de 2 000 millions d'euros."_s << u"fr"_s << u""_s
                                            << u"Oracle|capex|-|2000000000|2000000000|EUR|exact|2 000 millions d'euros"_s;
        QTest::newRow("fr thousands nbsp") << u"Oracle prévoit un investissement de 2\u00a0000 millions d'euros."_s << u"fr"_s << u""_s
                                           << u"Oracle|capex|-|2000000000|2000000000|EUR|exact|2\u00a0000 millions d'euros"_s;
        QTest::newRow("fr thousands narrow nbsp") << u"Meta achètera 350\u202f000 GPU."_s << u"fr"_s << u""_s
                                                  << u"Meta|gpus|-|350000|350000|GPU|exact|350\u202f000 GPU"_s;
        QTest::newRow("fr jusqu'à") << u"SoftBank investira jusqu'à 19 milliards de dollars dans le projet."_s << u"fr"_s << u""_s
                                    << u"SoftBank|capex|-|19000000000|19000000000|USD|at_most|jusqu'à 19 milliards de dollars"_s;
        QTest::newRow("fr jusqu’à curly") << u"SoftBank investira jusqu’à 19 milliards de dollars."_s << u"fr"_s << u""_s
                                          << u"SoftBank|capex|-|19000000000|19000000000|USD|at_most|jusqu’à 19 milliards de dollars"_s;
        QTest::newRow("fr plus de") << u"Apple compte investir plus de 500 milliards de dollars aux États-Unis."_s << u"fr"_s << u""_s
                                    << u"Apple|capex|-|500000000000|500000000000|USD|at_least|plus de 500 milliards de dollars"_s;
        QTest::newRow("fr au moins") << u"Amazon dépensera au moins 100 milliards de dollars."_s << u"fr"_s << u""_s
                                     << u"Amazon|capex|-|100000000000|100000000000|USD|at_least|au moins 100 milliards de dollars"_s;
        QTest::newRow("fr quelque") << u"Google investira quelque 75 milliards de dollars."_s << u"fr"_s << u""_s
                                    << u"Alphabet|capex|-|75000000000|75000000000|USD|approx|quelque 75 milliards de dollars"_s;
        QTest::newRow("fr valuation") << u"La valorisation d'OpenAI atteint 157 milliards de dollars."_s << u"fr"_s << u""_s
                                      << u"OpenAI|other_money|-|157000000000|157000000000|USD|exact|157 milliards de dollars"_s;
        QTest::newRow("fr dernier trimestre") << u"Le dernier trimestre, Meta a investi 17 milliards de dollars."_s << u"fr"_s << u"2025-07-31"_s
                                              << u"Meta|capex|2025-Q2|17000000000|17000000000|USD|exact|17 milliards de dollars"_s;
        QTest::newRow("fr relative without date") << u"Cette année, Meta dépensera 65 milliards de dollars."_s << u"fr"_s << u""_s
                                                  << u"Meta|capex|-|65000000000|65000000000|USD|exact|65 milliards de dollars"_s;
        QTest::newRow("fr compared with last year")
            << u"Le budget d'investissement de Meta, qui pourrait atteindre 70 milliards de dollars, marque un net saut par rapport aux 39 milliards de dollars de l'année dernière."_s
            << u"fr"_s << u"2025-02"_s
            << u"Meta|capex|2025|70000000000|70000000000|USD|at_most|pourrait atteindre 70 milliards de dollars ; "
               "Meta|capex|2024|39000000000|39000000000|USD|exact|39 milliards de dollars"_s;
        QTest::newRow("fr change not range") << u"Meta a porté ses dépenses de 39 milliards de dollars à 65 milliards de dollars."_s << u"fr"_s << u""_s
                                             << u"Meta|capex|-|39000000000|39000000000|USD|exact|39 milliards de dollars ; "
                                                "Meta|capex|-|65000000000|65000000000|USD|exact|65 milliards de dollars"_s;
        QTest::newRow("fr tandis que") << u"Microsoft prévoit d'investir 80 milliards d'euros, tandis qu'Amazon dépensera plus de 100 milliards d'euros."_s
                                       << u"fr"_s << u""_s
                                       << u"Microsoft|capex|-|80000000000|80000000000|EUR|exact|80 milliards d'euros ; "
                                          "Amazon|capex|-|100000000000|100000000000|EUR|at_least|plus de 100 milliards d'euros"_s;
        QTest::newRow("fr Google is Alphabet") << u"Google investira 75 milliards de dollars en 2025."_s << u"fr"_s << u""_s
                                               << u"Alphabet|capex|2025|75000000000|75000000000|USD|exact|75 milliards de dollars"_s;
        QTest::newRow("fr relative clause") << u"Meta, qui est le premier client de Nvidia, achètera 350 000 GPU."_s << u"fr"_s << u""_s
                                            << u"Meta|gpus|-|350000|350000|GPU|exact|350 000 GPU"_s;
        QTest::newRow("fr le groupe") << u"Meta publie ses résultats. Le groupe a annoncé un bénéfice de 20,8 milliards de dollars."_s << u"fr"_s << u""_s
                                      << u"Meta|net_income|-|20800000000|20800000000|USD|exact|20,8 milliards de dollars"_s;
        QTest::newRow("fr l'entreprise") << u"Amazon construit un site. L'entreprise vise 2 gigawatts de capacité en 2026."_s << u"fr"_s << u""_s
                                         << u"Amazon|power_gw|2026|2|2|GW|exact|2 gigawatts"_s;
        QTest::newRow("fr ses after name") << u"Amazon.com a déclaré que ses dépenses atteindraient 100 milliards de dollars."_s << u"fr"_s << u""_s
                                           << u"Amazon|capex|-|100000000000|100000000000|USD|exact|100 milliards de dollars"_s;
        QTest::newRow("fr users year") << u"En 2024, Meta comptait 3 milliards d'utilisateurs."_s << u"fr"_s << u""_s
                                       << u"Meta|users|2024|3000000000|3000000000|users|exact|3 milliards d'utilisateurs"_s;
        QTest::newRow("fr two years two amounts")
            << u"Meta a investi 39 milliards de dollars en 2024 et prévoit 65 milliards de dollars en 2025."_s << u"fr"_s << u""_s
            << u"Meta|capex|2024|39000000000|39000000000|USD|exact|39 milliards de dollars ; Meta|capex|2025|65000000000|65000000000|USD|exact|65 milliards de dollars"_s;
        QTest::newRow("fr exercice fiscal") << u"Selon Reuters, Microsoft dépensera 80 milliards de dollars pour ses centres de données sur l'exercice fiscal 2025."_s
                                            << u"fr"_s << u""_s
                                            << u"Microsoft|capex|FY2025|80000000000|80000000000|USD|exact|80 milliards de dollars"_s;
        QTest::newRow("fr tight capex cue") << u"Amazon prévoit environ 100 milliards de dollars de dépenses d'investissement cette année."_s << u"fr"_s << u"2025-02"_s
                                            << u"Amazon|capex|2025|100000000000|100000000000|USD|approx|environ 100 milliards de dollars"_s;
        QTest::newRow("fr net income") << u"Le bénéfice net d'Apple recule à 14,7 milliards de dollars."_s << u"fr"_s << u""_s
                                       << u"Apple|net_income|-|14700000000|14700000000|USD|exact|14,7 milliards de dollars"_s;
        QTest::newRow("fr fundraising") << u"xAI lève 6 milliards de dollars."_s << u"fr"_s << u""_s
                                        << u"xAI|other_money|-|6000000000|6000000000|USD|exact|6 milliards de dollars"_s;
        QTest::newRow("fr count without unit") << u"Tesla a vendu 1,8 million de véhicules."_s << u"fr"_s << u""_s << u""_s;
        QTest::newRow("fr two currencies") << u"Meta a dépensé 62 milliards d’euros, soit 64 milliards de dollars."_s << u"fr"_s << u""_s
                                           << u"Meta|capex|-|62000000000|62000000000|EUR|exact|62 milliards d’euros ; "
                                              "Meta|capex|-|64000000000|64000000000|USD|exact|64 milliards de dollars"_s;
        QTest::newRow("fr growth range") << u"Meta table sur une hausse de 3 à 5 % de ses ventes."_s << u"fr"_s << u""_s << u""_s;
        QTest::newRow("fr subscribers") << u"Meta compte 3 milliards d'abonnés."_s << u"fr"_s << u""_s
                                        << u"Meta|users|-|3000000000|3000000000|users|exact|3 milliards d'abonnés"_s;
        QTest::newRow("fr passée de à") << u"La part de Nvidia est passée de 3 à 5 % du marché."_s << u"fr"_s << u""_s << u""_s;
        QTest::newRow("fr stock range") << u"Les actions de Nvidia ont grimpé de 3 à 5 % selon les séances."_s << u"fr"_s << u""_s
                                        << u"Nvidia|stock_move_pct|-|3|5|%|range|3 à 5 %"_s;
        QTest::newRow("fr GW range") << u"Meta vise 1 à 2 GW supplémentaires."_s << u"fr"_s << u""_s << u"Meta|power_gw|-|1|2|GW|range|1 à 2 GW"_s;
        QTest::newRow("fr entre et") << u"Meta investira entre 60 et 65 milliards de dollars."_s << u"fr"_s << u""_s
                                     << u"Meta|capex|-|60000000000|65000000000|USD|range|entre 60 et 65 milliards de dollars"_s;
        QTest::newRow("fr de à range") << u"Meta investira de 60 à 65 milliards de dollars."_s << u"fr"_s << u""_s
                                       << u"Meta|capex|-|60000000000|65000000000|USD|range|60 à 65 milliards de dollars"_s;
        QTest::newRow("fr dash range") << u"Meta investira 60-65 Md$ cette année."_s << u"fr"_s << u"2025-03-02"_s
                                       << u"Meta|capex|2025|60000000000|65000000000|USD|range|60-65 Md$"_s;
        QTest::newRow("fr l'année prochaine") << u"Meta prévoit des dépenses de 64 à 72 milliards de dollars pour l'année prochaine."_s << u"fr"_s << u"2025-04"_s
                                              << u"Meta|capex|2026|64000000000|72000000000|USD|range|64 à 72 milliards de dollars"_s;
        QTest::newRow("fr jusqu'en") << u"Meta a investi 40 milliards de dollars jusqu'en 2026."_s << u"fr"_s << u"2025-03"_s
                                     << u"Meta|capex|2025-2026|40000000000|40000000000|USD|exact|40 milliards de dollars"_s;
        QTest::newRow("fr multi-year") << u"Meta dépensera 1 000 milliards de dollars sur la période 2025-2028."_s << u"fr"_s << u""_s
                                       << u"Meta|capex|2025-2028|1000000000000|1000000000000|USD|exact|1 000 milliards de dollars"_s;
        QTest::newRow("fr sur quatre ans") << u"Stargate prévoit d'investir 500 milliards de dollars sur quatre ans."_s << u"fr"_s << u"2025-01-22"_s
                                           << u"Stargate|capex|2025-2028|500000000000|500000000000|USD|exact|500 milliards de dollars"_s;
        QTest::newRow("fr trois dernières années") << u"Meta a investi 90 milliards de dollars au cours des trois dernières années."_s << u"fr"_s << u"2025-01"_s
                                                   << u"Meta|capex|2022-2024|90000000000|90000000000|USD|exact|90 milliards de dollars"_s;
        QTest::newRow("fr d'ici") << u"Microsoft va investir 4 milliards d'euros en France d'ici 2026."_s << u"fr"_s << u""_s
                                  << u"Microsoft|capex|2026|4000000000|4000000000|EUR|exact|4 milliards d'euros"_s;
        QTest::newRow("fr billion is 1e12") << u"Apple pèse 3 billions de dollars."_s << u"fr"_s << u""_s
                                            << u"Apple|other_money|-|3000000000000|3000000000000|USD|exact|3 billions de dollars"_s;
        QTest::newRow("fr jobs are not users") << u"Meta emploie 70 000 personnes."_s << u"fr"_s << u""_s << u""_s;
        QTest::newRow("fr un milliard") << u"Meta vise plus d’un milliard d’utilisateurs d’ici 2025."_s << u"fr"_s << u""_s
                                        << u"Meta|users|2025|1000000000|1000000000|users|at_least|plus d’un milliard d’utilisateurs"_s;
        QTest::newRow("fr personnes") << u"L'assistant de Meta sert plus d'un milliard de personnes."_s << u"fr"_s << u""_s
                                      << u"Meta|users|-|1000000000|1000000000|users|at_least|plus d'un milliard de personnes"_s;
        QTest::newRow("fr estimés after") << u"Amazon dépensera davantage que les 83 milliards de dollars estimés pour 2024."_s << u"fr"_s << u""_s
                                          << u"Amazon|capex|2024|83000000000|83000000000|USD|approx|83 milliards de dollars"_s;
        QTest::newRow("fr currency carried") << u"Meta annonce un bénéfice de 20 milliards de dollars sur un chiffre d'affaires de 90 milliards, selon ses comptes."_s
                                             << u"fr"_s << u""_s
                                             << u"Meta|net_income|-|20000000000|20000000000|USD|exact|20 milliards de dollars ; "
                                                "Meta|revenue|-|90000000000|90000000000|USD|exact|90 milliards"_s;
        QTest::newRow("fr magnitude with noun") << u"Meta a investi 5 milliards de dollars et envoie 3 milliards de messages."_s << u"fr"_s << u""_s
                                                << u"Meta|capex|-|5000000000|5000000000|USD|exact|5 milliards de dollars"_s;
        QTest::newRow("fr apposition") << u"Meta, la maison mère de Facebook et rivale de Google, investira 10 milliards de dollars."_s << u"fr"_s << u""_s
                                       << u"Meta|capex|-|10000000000|10000000000|USD|exact|10 milliards de dollars"_s;
        QTest::newRow("fr relative list") << u"Le projet Stargate, qui associe OpenAI, Oracle et SoftBank, annonce une première tranche d'investissement de 100 milliards de dollars."_s
                                          << u"fr"_s << u""_s
                                          << u"Stargate|capex|-|100000000000|100000000000|USD|exact|100 milliards de dollars"_s;
        QTest::newRow("fr parentheses") << u"Meta (comme Google) investira 10 milliards de dollars."_s << u"fr"_s << u""_s
                                        << u"Meta|capex|-|10000000000|10000000000|USD|exact|10 milliards de dollars"_s;
        QTest::newRow("fr dollars américains") << u"Meta investira 10 milliards de dollars américains."_s << u"fr"_s << u""_s
                                               << u"Meta|capex|-|10000000000|10000000000|USD|exact|10 milliards de dollars américains"_s;
        QTest::newRow("fr livres") << u"Microsoft investira 2,5 milliards de livres au Royaume-Uni."_s << u"fr"_s << u""_s
                                   << u"Microsoft|capex|-|2500000000|2500000000|GBP|exact|2,5 milliards de livres"_s;
        QTest::newRow("fr pour cent") << u"Le titre Meta a reculé de 3 pour cent."_s << u"fr"_s << u""_s
                                      << u"Meta|stock_move_pct|-|-3|-3|%|exact|3 pour cent"_s;
        QTest::newRow("fr sentence without space") << u"Meta investira 10 milliards de dollars.Google investira 20 milliards de dollars."_s << u"fr"_s << u""_s
                                                   << u"Meta|capex|-|10000000000|10000000000|USD|exact|10 milliards de dollars ; "
                                                      "Alphabet|capex|-|20000000000|20000000000|USD|exact|20 milliards de dollars"_s;
        QTest::newRow("fr restated figure keeps its year") << u"Meta dépensera 62 milliards d'euros. Ces 62 milliards d'euros seront dépensés en 2025."_s
                                                           << u"fr"_s << u""_s
                                                           << u"Meta|capex|2025|62000000000|62000000000|EUR|exact|62 milliards d'euros ; "
                                                              "Meta|capex|2025|62000000000|62000000000|EUR|exact|62 milliards d'euros"_s;
        // A demonstrative restates a figure already given: it keeps that figure's entity, not
        // the name that follows it in its own sentence.
        QTest::newRow("fr demonstrative restates a figure") << u"L'État promet 109 milliards d'euros pour des centres de données. Le président a comparé ces 109 milliards d'euros au projet Stargate, chiffré à 500 milliards de dollars."_s
                                                           << u"fr"_s << u"2025-02-12"_s
                                                           << u"-|capex|-|109000000000|109000000000|EUR|exact|109 milliards d'euros ; "
                                                              "-|capex|-|109000000000|109000000000|EUR|exact|109 milliards d'euros ; "
                                                              "Stargate|capex|-|500000000000|500000000000|USD|exact|500 milliards de dollars"_s;
        QTest::newRow("en demonstrative restates a figure") << u"The government pledged $20 billion for data centers. Analysts set this $20 billion against OpenAI, which raised $40 billion."_s
                                                           << u"en"_s << u"2025-03-01"_s
                                                           << u"-|capex|-|20000000000|20000000000|USD|exact|$20 billion ; "
                                                              "-|capex|-|20000000000|20000000000|USD|exact|$20 billion ; "
                                                              "OpenAI|other_money|-|40000000000|40000000000|USD|exact|$40 billion"_s;
        // A company named twice in one apposition is named once: it is not the article's main
        // entity, and a figure of another paragraph with no name is nobody's.
        QTest::newRow("fr apposition is one mention") << u"Alphabet, maison mère de Google, investira 75 milliards de dollars en 2025.\n\nLe gouvernement promet 10 milliards d'euros pour des centres de données."_s
                                                      << u"fr"_s << u"2025-02-12"_s
                                                      << u"Alphabet|capex|2025|75000000000|75000000000|USD|exact|75 milliards de dollars ; "
                                                         "-|capex|-|10000000000|10000000000|EUR|exact|10 milliards d'euros"_s;
        QTest::newRow("fr same sentence twice") << u"Meta investira 5 milliards d'euros.\nMeta investira 5 milliards d'euros."_s << u"fr"_s << u""_s
                                                << u"Meta|capex|-|5000000000|5000000000|EUR|exact|5 milliards d'euros ; "
                                                   "Meta|capex|-|5000000000|5000000000|EUR|exact|5 milliards d'euros"_s;

        QTest::newRow("fr hard-wrapped") << u"Titre sans point\nMeta compte investir 60 à 65 milliards\nde dollars en 2025, contre 39 milliards\n\nde dollars l'an dernier."_s
                                         << u"fr"_s << u"2025-02"_s
                                         << u"Meta|capex|2025|60000000000|65000000000|USD|range|60 à 65 milliards\nde dollars ; "
                                            "Meta|capex|-|39000000000|39000000000|USD|exact|39 milliards"_s;

        // ---- French negatives
        QTest::newRow("fr page and phone") << u"Rendez-vous page 12, au 01 23 45 67 89."_s << u"fr"_s << u""_s << u""_s;
        QTest::newRow("fr n°1") << u"Meta est n°1 du secteur depuis 2019."_s << u"fr"_s << u""_s << u""_s;
        QTest::newRow("fr date") << u"Le 30 janvier 2025, Meta a publié ses comptes."_s << u"fr"_s << u""_s << u""_s;
        QTest::newRow("fr year alone") << u"En 2025, Meta misera sur l'IA."_s << u"fr"_s << u""_s << u""_s;
        QTest::newRow("fr model number") << u"Llama 4 sortira en avril."_s << u"fr"_s << u""_s << u""_s;
        QTest::newRow("fr no digits") << u"Meta a investi des dizaines de milliards de dollars."_s << u"fr"_s << u""_s << u""_s;
        QTest::newRow("fr iso date") << u"date 2025-01 Meta annonce des investissements."_s << u"fr"_s << u""_s << u""_s;
        QTest::newRow("fr times") << u"Le bénéfice est quatre fois plus élevé."_s << u"fr"_s << u""_s << u""_s;

        // ---- English
        QTest::newRow("en range to") << u"Meta expects capital expenditures of $60 billion to $65 billion in 2025."_s << u"en"_s << u"2025-01-30"_s
                                     << u"Meta|capex|2025|60000000000|65000000000|USD|range|$60 billion to $65 billion"_s;
        QTest::newRow("en fiscal") << u"Microsoft plans to spend about $80 billion in fiscal 2025."_s << u"en"_s << u""_s
                                   << u"Microsoft|capex|FY2025|80000000000|80000000000|USD|approx|about $80 billion"_s;
        QTest::newRow("en bn last year") << u"Amazon spent $75bn on infrastructure last year."_s << u"en"_s << u"2025-02"_s
                                         << u"Amazon|capex|2024|75000000000|75000000000|USD|exact|$75bn"_s;
        QTest::newRow("en quarter") << u"Alphabet reported revenue of $96.5 billion for the third quarter."_s << u"en"_s << u"2024-10-29"_s
                                    << u"Alphabet|revenue|2024-Q3|96500000000|96500000000|USD|exact|$96.5 billion"_s;
        QTest::newRow("en fourth quarter") << u"Nvidia's net income rose to $19.3 billion in the fourth quarter."_s << u"en"_s << u"2025-02-26"_s
                                           << u"Nvidia|net_income|2024-Q4|19300000000|19300000000|USD|exact|$19.3 billion"_s;
        QTest::newRow("en in revenue") << u"Meta reported $48.4 billion in revenue."_s << u"en"_s << u""_s
                                       << u"Meta|revenue|-|48400000000|48400000000|USD|exact|$48.4 billion"_s;
        QTest::newRow("en 1.6bn") << u"Meta booked $1.6bn in sales."_s << u"en"_s << u""_s
                                  << u"Meta|revenue|-|1600000000|1600000000|USD|exact|$1.6bn"_s;
        QTest::newRow("en 1.6 billion") << u"Apple will invest $1.6 billion in Texas."_s << u"en"_s << u""_s
                                        << u"Apple|capex|-|1600000000|1600000000|USD|exact|$1.6 billion"_s;
        QTest::newRow("en end the year") << u"Meta will end the year with more than 1.3 million GPUs."_s << u"en"_s << u"2025-01"_s
                                         << u"Meta|gpus|2025|1300000|1300000|GPU|at_least|more than 1.3 million GPUs"_s;
        QTest::newRow("en weekly users") << u"OpenAI has more than 300 million weekly users."_s << u"en"_s << u""_s
                                         << u"OpenAI|users|-|300000000|300000000|users|at_least|more than 300 million weekly users"_s;
        QTest::newRow("en MW") << u"Microsoft's new data center will draw 300 MW."_s << u"en"_s << u""_s
                               << u"Microsoft|power_gw|-|0.3|0.3|GW|exact|300 MW"_s;
        QTest::newRow("en stock up") << u"Meta shares rose 1.6% in early trading."_s << u"en"_s << u""_s
                                     << u"Meta|stock_move_pct|-|1.6|1.6|%|exact|1.6%"_s;
        QTest::newRow("en stock down") << u"Tesla stock fell 8% on Tuesday."_s << u"en"_s << u""_s << u"Tesla|stock_move_pct|-|-8|-8|%|exact|8%"_s;
        QTest::newRow("en growth and revenue") << u"Meta's revenue grew 21% to $48.4 billion."_s << u"en"_s << u""_s
                                               << u"Meta|revenue|-|48400000000|48400000000|USD|exact|$48.4 billion"_s;
        QTest::newRow("en Stargate") << u"The Stargate project will invest $500 billion over four years."_s << u"en"_s << u""_s
                                     << u"Stargate|capex|-|500000000000|500000000000|USD|exact|$500 billion"_s;
        QTest::newRow("en up to") << u"SoftBank will invest up to $19 billion in the venture."_s << u"en"_s << u""_s
                                  << u"SoftBank|capex|-|19000000000|19000000000|USD|at_most|up to $19 billion"_s;
        QTest::newRow("en more than") << u"Apple said it would spend more than $500 billion in the US."_s << u"en"_s << u""_s
                                      << u"Apple|capex|-|500000000000|500000000000|USD|at_least|more than $500 billion"_s;
        QTest::newRow("en valuation") << u"OpenAI was valued at $157 billion."_s << u"en"_s << u""_s
                                      << u"OpenAI|other_money|-|157000000000|157000000000|USD|exact|$157 billion"_s;
        QTest::newRow("en compared with year") << u"Meta spent $39 billion last year, compared with $28 billion in 2023."_s << u"en"_s << u"2025-01"_s
                                               << u"Meta|capex|2024|39000000000|39000000000|USD|exact|$39 billion ; "
                                                  "Meta|capex|2023|28000000000|28000000000|USD|exact|$28 billion"_s;
        QTest::newRow("en raised from to") << u"Meta raised its capex forecast from $60 billion to $65 billion."_s << u"en"_s << u""_s
                                           << u"Meta|capex|-|60000000000|60000000000|USD|exact|$60 billion ; "
                                              "Meta|capex|-|65000000000|65000000000|USD|exact|$65 billion"_s;
        QTest::newRow("en while") << u"Microsoft will spend $80 billion, while Amazon is expected to invest over $100 billion."_s << u"en"_s << u""_s
                                  << u"Microsoft|capex|-|80000000000|80000000000|USD|exact|$80 billion ; "
                                     "Amazon|capex|-|100000000000|100000000000|USD|at_least|over $100 billion"_s;
        QTest::newRow("en parent") << u"Google parent Alphabet plans to spend $75 billion in 2025."_s << u"en"_s << u""_s
                                   << u"Alphabet|capex|2025|75000000000|75000000000|USD|exact|$75 billion"_s;
        QTest::newRow("en the company") << u"Meta published its results. The company posted a profit of $20.8 billion."_s << u"en"_s << u""_s
                                        << u"Meta|net_income|-|20800000000|20800000000|USD|exact|$20.8 billion"_s;
        QTest::newRow("en its last quarter") << u"Meta kept investing. Its capital spending reached $17 billion in the last quarter."_s << u"en"_s << u"2025-07-31"_s
                                             << u"Meta|capex|2025-Q2|17000000000|17000000000|USD|exact|$17 billion"_s;
        QTest::newRow("en users year") << u"In 2024, Meta had 3 billion users."_s << u"en"_s << u""_s
                                       << u"Meta|users|2024|3000000000|3000000000|users|exact|3 billion users"_s;
        QTest::newRow("en two years") << u"Meta spent $39 billion in 2024 and plans to spend $65 billion in 2025."_s << u"en"_s << u""_s
                                      << u"Meta|capex|2024|39000000000|39000000000|USD|exact|$39 billion ; "
                                         "Meta|capex|2025|65000000000|65000000000|USD|exact|$65 billion"_s;
        QTest::newRow("en pound") << u"Microsoft will invest £2.5bn in the UK."_s << u"en"_s << u""_s
                                  << u"Microsoft|capex|-|2500000000|2500000000|GBP|exact|£2.5bn"_s;
        QTest::newRow("en euro sign") << u"Amazon invests €15.7 billion in Germany."_s << u"en"_s << u""_s
                                      << u"Amazon|capex|-|15700000000|15700000000|EUR|exact|€15.7 billion"_s;
        QTest::newRow("en of capital expenditures") << u"Amazon plans roughly $100 billion of capital expenditures this year."_s << u"en"_s << u"2025-02"_s
                                                    << u"Amazon|capex|2025|100000000000|100000000000|USD|approx|roughly $100 billion"_s;
        QTest::newRow("en between and") << u"Meta will spend between $60 billion and $65 billion this year."_s << u"en"_s << u"2025-02"_s
                                        << u"Meta|capex|2025|60000000000|65000000000|USD|range|between $60 billion and $65 billion"_s;
        QTest::newRow("en could reach") << u"Meta's capex could reach $65 billion next year."_s << u"en"_s << u"2024-10"_s
                                        << u"Meta|capex|2025|65000000000|65000000000|USD|at_most|could reach $65 billion"_s;
        QTest::newRow("en a billion") << u"A billion dollars will be invested by Apple."_s << u"en"_s << u""_s
                                      << u"Apple|capex|-|1000000000|1000000000|USD|exact|A billion dollars"_s;
        QTest::newRow("en trillion") << u"Nvidia is worth more than $3 trillion."_s << u"en"_s << u""_s
                                     << u"Nvidia|other_money|-|3000000000000|3000000000000|USD|at_least|more than $3 trillion"_s;
        QTest::newRow("en hyphen range") << u"Meta expects 2025 capex of $60-65 billion."_s << u"en"_s << u""_s
                                         << u"Meta|capex|2025|60000000000|65000000000|USD|range|$60-65 billion"_s;
        QTest::newRow("en Q4 year") << u"Meta's Q4 2024 revenue was $48.4 billion."_s << u"en"_s << u""_s
                                    << u"Meta|revenue|2024-Q4|48400000000|48400000000|USD|exact|$48.4 billion"_s;
        QTest::newRow("en FY25") << u"Microsoft's FY25 capex will top $80 billion."_s << u"en"_s << u""_s
                                 << u"Microsoft|capex|FY2025|80000000000|80000000000|USD|exact|$80 billion"_s;
        // A segment's sales are not the company's revenue (the gold conventions): other_money.
        QTest::newRow("en AWS in sales") << u"Amazon's AWS unit generated $27.5 billion in sales."_s << u"en"_s << u""_s
                                         << u"Amazon|other_money|-|27500000000|27500000000|USD|exact|$27.5 billion"_s;
        QTest::newRow("en up from last year")
            << u"Meta's spending in 2025 will be $64 billion to $72 billion, up from $39 billion last year."_s << u"en"_s << u"2025-05"_s
            << u"Meta|capex|2025|64000000000|72000000000|USD|range|$64 billion to $72 billion ; "
               "Meta|capex|2024|39000000000|39000000000|USD|exact|$39 billion"_s;
        QTest::newRow("en compared with last year implies this year")
            << u"Meta plans $65 billion in capex, compared with $39 billion last year."_s << u"en"_s << u"2025-01"_s
            << u"Meta|capex|2025|65000000000|65000000000|USD|exact|$65 billion ; Meta|capex|2024|39000000000|39000000000|USD|exact|$39 billion"_s;
        QTest::newRow("en chips with model") << u"Meta wanted about 350,000 Nvidia H100 chips by the end of 2024."_s << u"en"_s << u""_s
                                             << u"Meta|gpus|2024|350000|350000|GPU|approx|about 350,000 Nvidia H100 chips"_s;
        QTest::newRow("en thousands comma") << u"Meta bought 350,000 GPUs."_s << u"en"_s << u""_s
                                            << u"Meta|gpus|-|350000|350000|GPU|exact|350,000 GPUs"_s;
        QTest::newRow("en thousands of millions") << u"Oracle will invest $2,000 million in Japan."_s << u"en"_s << u""_s
                                                  << u"Oracle|capex|-|2000000000|2000000000|USD|exact|$2,000 million"_s;
        QTest::newRow("en USD code") << u"Tesla will spend USD 5 billion on its factory."_s << u"en"_s << u""_s
                                     << u"Tesla|capex|-|5000000000|5000000000|USD|exact|USD 5 billion"_s;
        QTest::newRow("en US$") << u"SoftBank will invest US$ 3 billion."_s << u"en"_s << u""_s
                                << u"SoftBank|capex|-|3000000000|3000000000|USD|exact|US$ 3 billion"_s;
        QTest::newRow("en stock after results") << u"Nvidia reported revenue of $39.3 billion for the fourth quarter, and its shares rose 3% after the call."_s
                                                << u"en"_s << u"2025-04-15"_s
                                                << u"Nvidia|revenue|2024-Q4|39300000000|39300000000|USD|exact|$39.3 billion ; "
                                                   "Nvidia|stock_move_pct|-|3|3|%|exact|3%"_s;
        QTest::newRow("fr stock over a year") << u"L'action Nvidia a gagné 171 % en 2024."_s << u"fr"_s << u""_s
                                              << u"Nvidia|stock_move_pct|2024|171|171|%|exact|171 %"_s;
        QTest::newRow("en per cent") << u"Nvidia shares lost 17 per cent on Monday."_s << u"en"_s << u""_s
                                     << u"Nvidia|stock_move_pct|-|-17|-17|%|exact|17 per cent"_s;
        QTest::newRow("en million dollars") << u"xAI raised 600 million dollars."_s << u"en"_s << u""_s
                                            << u"xAI|other_money|-|600000000|600000000|USD|exact|600 million dollars"_s;
        QTest::newRow("en nearly gigawatt") << u"Meta will bring nearly 1 gigawatt online in 2025."_s << u"en"_s << u""_s
                                            << u"Meta|power_gw|2025|1|1|GW|approx|nearly 1 gigawatt"_s;
        QTest::newRow("en net income cue") << u"Microsoft's net income was $24.1 billion in the quarter."_s << u"en"_s << u""_s
                                           << u"Microsoft|net_income|-|24100000000|24100000000|USD|exact|$24.1 billion"_s;
        QTest::newRow("en next year") << u"Amazon will spend $100 billion next year."_s << u"en"_s << u"2025-02"_s
                                      << u"Amazon|capex|2026|100000000000|100000000000|USD|exact|$100 billion"_s;
        QTest::newRow("en over the next years") << u"Stargate intends to invest $500 billion over the next four years."_s << u"en"_s << u"2025-01-22"_s
                                                << u"Stargate|capex|2025-2028|500000000000|500000000000|USD|exact|$500 billion"_s;
        QTest::newRow("en through year") << u"Apple will invest $500 billion through 2029."_s << u"en"_s << u"2025-02"_s
                                         << u"Apple|capex|2025-2029|500000000000|500000000000|USD|exact|$500 billion"_s;

        // ---- English negatives
        QTest::newRow("en page and phone") << u"See page 12 or call 555 0100."_s << u"en"_s << u""_s << u""_s;
        QTest::newRow("en No. 1") << u"Meta ranked No. 1 in 2019."_s << u"en"_s << u""_s << u""_s;
        QTest::newRow("en date") << u"On January 30, 2025, Meta published its results."_s << u"en"_s << u""_s << u""_s;
        QTest::newRow("en count without unit") << u"Meta sold 2 million Ray-Ban glasses."_s << u"en"_s << u""_s << u""_s;
        QTest::newRow("en model number") << u"Meta released Llama 4 in April."_s << u"en"_s << u""_s << u""_s;
        QTest::newRow("en percent without stock") << u"Revenue rose 21% in the quarter."_s << u"en"_s << u""_s << u""_s;
        QTest::newRow("en billions of users no digit") << u"Meta serves billions of users."_s << u"en"_s << u""_s << u""_s;
        // ---- Numbers read correctly or not at all (issue 17)
        QTest::newRow("en exponent not read") << u"Meta capex will reach $1e3 billion in 2025."_s << u"en"_s << u""_s << u""_s;
        QTest::newRow("en power not read") << u"Oracle capex reached $10^308 in 2025."_s << u"en"_s << u""_s << u""_s;
        QTest::newRow("en billion billion not read") << u"Alphabet capex will reach $65 billion billion billion in 2025."_s << u"en"_s
                                                     << u""_s << u""_s;
        QTest::newRow("en glued letters not read") << u"Meta will spend $5G on towers in 2025."_s << u"en"_s << u""_s << u""_s;
        QTest::newRow("en minus sign") << u"Microsoft capex: -5 billion dollars in 2025."_s << u"en"_s << u""_s
                                       << u"Microsoft|capex|2025|-5000000000|-5000000000|USD|exact|5 billion dollars"_s;
        QTest::newRow("en thousand million") << u"Amazon will spend a thousand million dollars on capex in 2025."_s << u"en"_s << u""_s
                                             << u"Amazon|capex|2025|1000000000|1000000000|USD|exact|a thousand million dollars"_s;
        // ---- Error classes of real articles (issue 13), in sentences written for them
        QTest::newRow("en the group is no project")
            << u"SoftBank put money into the Stargate project, and the group's shares jumped 9% in Tokyo."_s << u"en"_s << u""_s
            << u"SoftBank|stock_move_pct|-|9|9|%|exact|9%"_s;
        QTest::newRow("en since early year is no period") << u"Amazon's capex reached $30 billion, its highest level since early 2023."_s
                                                         << u"en"_s << u""_s
                                                         << u"Amazon|capex|-|30000000000|30000000000|USD|exact|$30 billion"_s;
        QTest::newRow("fr depuis fin année") << u"Meta a investi 20 milliards de dollars, un record depuis fin 2022."_s << u"fr"_s << u""_s
                                             << u"Meta|capex|-|20000000000|20000000000|USD|exact|20 milliards de dollars"_s;
        QTest::newRow("fr à comparer à")
            << u"Meta pourrait en 2025 consacrer à ses centres de données plus de 70 milliards de dollars à comparer à 39 milliards en 2024."_s
            << u"fr"_s << u""_s
            << u"Meta|capex|2025|70000000000|70000000000|USD|at_least|plus de 70 milliards de dollars ; "
               "Meta|capex|2024|39000000000|39000000000|USD|exact|39 milliards"_s;
        QTest::newRow("fr period of the later figure")
            << u"Meta dépensera dans un premier temps 20 milliards de dollars, avant de monter à 50 milliards sur cinq ans."_s << u"fr"_s << u"2025-03"_s
            << u"Meta|capex|-|20000000000|20000000000|USD|exact|20 milliards de dollars ; "
               "Meta|capex|2025-2029|50000000000|50000000000|USD|exact|50 milliards"_s;
        QTest::newRow("en fiscal quarter restated")
            << u"Microsoft expects capital spending of $30 billion in its fiscal first quarter, which is the third quarter of 2025."_s
            << u"en"_s << u"2025-07-31"_s << u"Microsoft|capex|2025-Q3|30000000000|30000000000|USD|exact|$30 billion"_s;
        QTest::newRow("fr stake in a company") << u"Nvidia a investi 2 milliards de dollars dans xAI."_s << u"fr"_s << u""_s
                                               << u"Nvidia|other_money|-|2000000000|2000000000|USD|exact|2 milliards de dollars"_s;
        QTest::newRow("fr metric of the sentence before")
            << u"Meta a encore relevé ses dépenses d'investissement. Elles atteindront 70 milliards de dollars en 2025."_s << u"fr"_s << u""_s
            << u"Meta|capex|2025|70000000000|70000000000|USD|exact|70 milliards de dollars"_s;
        QTest::newRow("en advertising is a segment")
            << u"Alphabet's revenue grew to $90 billion, and advertising alone climbed to $65 billion."_s << u"en"_s << u""_s
            << u"Alphabet|revenue|-|90000000000|90000000000|USD|exact|$90 billion ; "
               "Alphabet|other_money|-|65000000000|65000000000|USD|exact|$65 billion"_s;
        QTest::newRow("fr revenus") << u"Les revenus d'Apple ont atteint 90 milliards de dollars."_s << u"fr"_s << u""_s
                                    << u"Apple|revenue|-|90000000000|90000000000|USD|exact|90 milliards de dollars"_s;
        QTest::newRow("fr revenus of a segment")
            << u"Microsoft investit beaucoup, mais les revenus de Microsoft Cloud ont atteint 40 milliards de dollars."_s << u"fr"_s << u""_s
            << u"Microsoft|other_money|-|40000000000|40000000000|USD|exact|40 milliards de dollars"_s;
        QTest::newRow("fr trois derniers mois d'une année")
            << u"Sur les trois derniers mois de 2024, Meta a dépensé 15 milliards de dollars."_s << u"fr"_s << u""_s
            << u"Meta|capex|2024-Q4|15000000000|15000000000|USD|exact|15 milliards de dollars"_s;
        QTest::newRow("en first three months of a year") << u"Meta spent $13 billion in the first three months of 2025."_s << u"en"_s << u""_s
                                                         << u"Meta|capex|2025-Q1|13000000000|13000000000|USD|exact|$13 billion"_s;
        QTest::newRow("en last three months are no quarter") << u"Over the last three months, Amazon spent $25 billion."_s << u"en"_s
                                                             << u"2025-05"_s
                                                             << u"Amazon|capex|-|25000000000|25000000000|USD|exact|$25 billion"_s;
        QTest::newRow("en sales excluding") << u"Alphabet's sales excluding partner payouts were $70 billion."_s << u"en"_s << u""_s
                                            << u"Alphabet|other_money|-|70000000000|70000000000|USD|exact|$70 billion"_s;
        // The fine takes the paragraph's year from the figure before it, not last year's.
        QTest::newRow("fr period compared with is not a later figure's")
            << u"Le bénéfice de Meta atteint 20 milliards de dollars par rapport à l'an dernier, malgré une amende de 2 milliards de dollars."_s
            << u"fr"_s << u"2025-10"_s
            << u"Meta|net_income|2025|20000000000|20000000000|USD|exact|20 milliards de dollars ; "
               "Meta|other_money|2025|2000000000|2000000000|USD|exact|2 milliards de dollars"_s;
        QTest::newRow("en north of") << u"Oracle's capex came in north of $20B."_s << u"en"_s << u""_s
                                     << u"Oracle|capex|-|20000000000|20000000000|USD|at_least|north of $20B"_s;
        QTest::newRow("en metric named before, no pronoun") << u"CoreWeave's order book explains the spending spree. Contracts still to deliver reached $20 billion."_s
                                                       << u"en"_s << u""_s << u"CoreWeave|other_money|-|20000000000|20000000000|USD|exact|$20 billion"_s;
        QTest::newRow("en converted figure shares the period")
            << u"SoftBank will invest 1.5 trillion yen, or about 10 billion dollars, over five years."_s << u"en"_s << u"2025-03"_s
            << u"SoftBank|capex|2025-2029|1500000000000|1500000000000|JPY|exact|1.5 trillion yen ; "
               "SoftBank|capex|2025-2029|10000000000|10000000000|USD|approx|about 10 billion dollars"_s;
        QTest::newRow("en investment in a company's chips")
            << u"Meta will invest $10 billion in Nvidia chips."_s << u"en"_s << u""_s
            << u"Meta|capex|-|10000000000|10000000000|USD|exact|$10 billion"_s;
    }

    void claims()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QString, date);
        QFETCH(QString, expected);
        const ClaimList claims = parse(makeDocument(text, language, date));
        QCOMPARE(describeClaims(claims, text), expected);
        // Every claim's sentence holds its quote.
        for (const Claim &claim : claims) {
            QVERIFY(claim.sentenceStart <= claim.start && claim.end <= claim.sentenceEnd);
            QVERIFY(claim.sentence(text).contains(claim.quote(text)));
        }
    }

    void idsAndDocument()
    {
        const Document document = makeDocument(u"Meta investira 5 milliards d'euros. Google investira 6 milliards d'euros."_s, u"fr"_s,
                                               u"2025"_s, u"dossier/a.txt"_s);
        const ClaimList claims = parse(document);
        QCOMPARE(claims.size(), 2);
        QCOMPARE(claims.at(0).id(), u"dossier/a.txt#1"_s);
        QCOMPARE(claims.at(1).id(), u"dossier/a.txt#2"_s);
        QCOMPARE(claims.at(1).document, u"dossier/a.txt"_s);
        QCOMPARE(claims.at(1).sentence(document.text), u"Google investira 6 milliards d'euros."_s);
        QCOMPARE(claims.at(0).quote(document.text), u"5 milliards d'euros"_s);
        Claim expected;
        expected.number = 1;
        expected.document = u"dossier/a.txt"_s;
        expected.entity = u"Meta"_s;
        expected.metric = u"capex"_s;
        expected.low = expected.high = 5e9;
        expected.currency = u"EUR"_s;
        expected.start = 15;
        expected.end = 34;
        expected.sentenceStart = 0;
        expected.sentenceEnd = 35;
        QCOMPARE(claims.at(0), expected);
    }

    void mainEntityIsTheMostMentioned()
    {
        const QString text = u"Google et Meta.\nMeta, encore Meta.\nLa société investira 3 milliards de dollars."_s;
        const ClaimList claims = parse(makeDocument(text, u"fr"_s, QString()));
        QCOMPARE(claims.size(), 1);
        QCOMPARE(claims.constFirst().entity, u"Meta"_s);
    }

    // A line of its own with no name (a headline repeated inside the text) is about the article's
    // main entity, not about the last name of the paragraph before.
    void headlineLineUsesMainEntity()
    {
        const QString text = u"Meta investira 10 milliards.\nMeta, encore Meta. Google investira 5 milliards de dollars.\n"
                             "Le pari à 60 milliards de dollars"_s;
        const ClaimList claims = parse(makeDocument(text, u"fr"_s, QString()));
        QCOMPARE(claims.size(), 2);
        QCOMPARE(claims.at(0).entity, u"Alphabet"_s);
        QCOMPARE(claims.at(1).entity, u"Meta"_s);
    }

    // A PDF's creation date is when it was printed, often months after the article: a date only
    // inferred from it must not turn "this quarter" into the quarter of the printing.
    void inferredDateDatesNoRelativePeriod()
    {
        const QString text = u"Northwind spent $4 billion on capital expenditures this quarter."_s;
        Document document = makeDocument(text, u"en"_s, u"2026-12-07"_s);
        document.dateSource = u"text"_s;
        QCOMPARE(parse(document).value(0).period, u"2026-Q4"_s);
        document.dateSource = u"inferred"_s;
        const ClaimList claims = parse(document);
        QCOMPARE(claims.size(), 1);
        QCOMPARE(claims.constFirst().period, QString());
    }

    void noEntityAnywhere()
    {
        const Document document = makeDocument(u"Le budget atteint 1,5 Md€."_s, u"fr"_s, QString());
        const ClaimList claims = parse(document);
        QCOMPARE(describeClaims(claims, document.text.toString()), u"-|other_money|-|1500000000|1500000000|EUR|exact|1,5 Md€"_s);
    }

    void languageGuessedWhenUnknown()
    {
        // "1,300" is 1.3 in French and 1300 in English.
        const ClaimList french = parse(makeDocument(u"Selon les analystes, Meta achètera 1,300 million de GPU pour les centres de données."_s, QString(), QString()));
        QCOMPARE(french.size(), 1);
        QCOMPARE(french.constFirst().low, 1.3e6);
        const ClaimList english = parse(makeDocument(u"According to the analysts, Meta will buy 1,300 GPUs for the data centers of the group."_s, QString(), QString()));
        QCOMPARE(english.size(), 1);
        QCOMPARE(english.constFirst().low, 1300.0);
    }

    void userEntityWithDefaultMetric()
    {
        EntityCatalog catalog = EntityCatalog::builtIn();
        QVERIFY(catalog.mergeJson(R"({"format": "recoupe-entities-1", "entities": [{"name": "Projet Orion", "aliases": ["Orion"], "defaultMetric": "capex"}]})",
                                  u"test"_s));
        ClaimExtractor extractor(m_repository, catalog);
        const Document document = makeDocument(u"Orion mobilisera 30 milliards d'euros."_s, u"fr"_s, QString());
        const ClaimList claims = extractor.extractDocument(document);
        QCOMPARE(describeClaims(claims, document.text.toString()), u"Projet Orion|capex|-|30000000000|30000000000|EUR|exact|30 milliards d'euros"_s);
    }

    // The corpus API runs on the pool with one Repository per worker: same claims, same order.
    void parallelExtraction()
    {
        QList<Document> documents;
        for (int i = 0; i < 40; ++i) {
            documents.append(makeDocument(u"Meta investira %1 milliards de dollars en 2025.\nGoogle dépensera %2 milliards d'euros."_s.arg(i + 1).arg(i + 100),
                                          u"fr"_s, u"2025-01"_s, u"doc%1.txt"_s.arg(i, 2, 10, QLatin1Char('0'))));
        }
        ClaimList sequential;
        for (const Document &document : std::as_const(documents))
            sequential.append(parse(document));
        const ClaimList parallel = ClaimExtractor::extract(documents);
        QCOMPARE(parallel.size(), 80);
        QCOMPARE(parallel, sequential);

        const QList<FigureTokenList> tokens = ClaimExtractor::tokenizeAll(documents);
        QCOMPARE(ClaimExtractor::parseAll(documents, tokens), sequential);
    }

    void promiseReportsProgress()
    {
        QList<Document> documents;
        for (int i = 0; i < 10; ++i)
            documents.append(makeDocument(u"Meta investira 5 milliards de dollars."_s, u"fr"_s, QString(), u"d%1.txt"_s.arg(i)));
        QFutureWatcher<ClaimList> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcher<ClaimList>::finished);
        watcher.setFuture(QtConcurrent::run(&ClaimExtractor::extractWithPromise, documents, EntityCatalog::builtIn()));
        QVERIFY(finished.wait(10000));
        QCOMPARE(watcher.progressMaximum(), 10);
        QCOMPARE(watcher.progressValue(), 10);
        QCOMPARE(watcher.future().result().size(), 10);
    }

    void canceledExtractionGivesNoResult()
    {
        QList<Document> documents;
        for (int i = 0; i < 200; ++i)
            documents.append(makeDocument(u"Meta investira 5 milliards de dollars.\n"_s.repeated(50), u"fr"_s, QString(), u"d%1.txt"_s.arg(i)));
        QFuture<ClaimList> future = QtConcurrent::run(&ClaimExtractor::extractWithPromise, documents, EntityCatalog::builtIn());
        future.cancel();
        future.waitForFinished();
        QVERIFY(future.isCanceled());
        QCOMPARE(future.resultCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestClaimParser)
#include "tst_claimparser.moc"
