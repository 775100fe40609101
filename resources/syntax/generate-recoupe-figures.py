#!/usr/bin/env python3
"""Writes recoupe-figures.xml, the "Recoupe Figures" KSyntaxHighlighting definition.

    python3 resources/syntax/generate-recoupe-figures.py   (rewrites the XML beside it)

The definition is generated because its speed comes from a shape that is tedious to keep right
by hand (see SHAPE below): every word that may start something must be listed once more in
"leads", and every phrase must sit in the context of its first letter. Edit the tables here,
run the script, commit both files. tests/figures checks the result (lexing, consistency with
resources/entities/entities.json); the benchmark (scripts/dev bench) measures its speed.
"""

import os
from xml.sax.saxutils import escape, quoteattr

SHAPE = """
  Shape, chosen for speed: KSyntaxHighlighting tries every rule of the current context at every
  position it stops at, and a RegExpr searches the rest of the line the first time it is tried
  on a line, then is not tried again before the place it found.
    Normal    per word: DetectSpaces, Int (lookahead into Digits), AnyChar for currency signs, ONE
              keyword list "leads" (every word the lexicon knows or that starts one of its phrases;
              lookahead into Classify) and DetectIdentifier, which steps over any other word.
    Digits    at a number: dates, years, quarters, numbers (RegExpr), then Figure.
    Figure    after a number: only cheap rules, and one keyword list "figure words" that opens
              FigureWord (magnitudes, currencies, units, percent words, range connectors,
              trailing hedges); a dash opens FigureDash. Figure falls through back to Normal at
              the first other word, so that "M" is a magnitude only after a number and "GPU" a
              unit only after a count.
    Classify  at a lead word: dispatches on its first letter to a small context whose phrases all
              begin with that letter. Plain phrases are WordDetect; phrases that need a regular
              expression share one "gate" RegExpr per letter (one search of the line instead of
              several), and are told apart in the letter's Phrase context only where the gate
              matched. Then the keyword list of each kind ("Kinds").
  Hedges, "entre"/"between", "jusqu'en" and magnitudes after number words ("un milliard") look
  ahead (or behind) for the number, so "plus de" or "about" are not marked in plain prose; the
  hedges of a letter are one "Hedge" rule, the parser reads their words for the bound.
  Apostrophes ' and ’ are word delimiters: "d’euros" is "d", "’", "euros".
  Measured on the benchmark corpus (scripts/dev bench): about 18 MB/s per core.
"""
NUMBER_AHEAD = (r"(?=\s*(?:[$€£¥]|US\$)?\s*(?:\d|(?:un|une|one|a|an|deux|two|trois|three|quatre|four|cinq|five|six|sept|"
                r"seven|huit|eight|neuf|nine|dix|ten)\s))")
YEAR_AHEAD = r"(?=\s+(?:19|20)\d\d\b)"
DE = r"d(?:e|['’])"
DU = r"d(?:e|u|['’])"
NUMBER_WORDS = r"(?:un|une|one|a|an|deux|two|trois|three|quatre|four|cinq|five|six|sept|seven|huit|eight|neuf|nine|dix|ten)"
AFTER_NUMBER_WORD = r"(?<=\b" + NUMBER_WORDS + r"\s)"
YEARS_COUNT = r"(?:\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|seven|eight|nine|ten)"
DATE_TAIL = r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"

# Phrases, by the first letter of their first word: (attribute, pattern, leads, case-insensitive,
# context). "leads" are the words a phrase can start with (a lookbehind is not part of the token).
PHRASES = {
    "a": [
        ("Entity", ["Amazon.com", "Amazon Web Services"], ["Amazon"], False, "#pop"),
        ("Quarter", ["April-June", "April–June", "April to June", "avril-juin", "avril–juin", "avril à juin"], ["April", "avril"], True, "#pop"),
        ("Comparison", ["against"], ["against"], True, "#pop"),
        ("Fiscal Year", r"\bannées?\s+fiscales?" + YEAR_AHEAD, ["année", "années"], True, "#pop"),
        ("Relative Period", ["au dernier trimestre", "au précédent trimestre", "au prochain trimestre"], ["au"], True, "#pop"),
        # Several years counted from the article's: "au cours des quatre prochaines années".
        ("Relative Period", r"\bau\s+cours\s+des\s+" + YEARS_COUNT + r"\s+(?:prochaines|dernières)\s+années\b", ["au"], True, "#pop"),
        ("Hedge At Least", r"\b(?:au\s+moins|au[\s-]+delà\s+" + DU + r"|at\s+least|above)" + NUMBER_AHEAD, ["au", "at", "above"], True, "#pop"),
        ("Hedge At Most", r"\b(?:au\s+plus|au\s+maximum|as\s+much\s+as|as\s+high\s+as|at\s+most)" + NUMBER_AHEAD, ["au", "as", "at"], True, "#pop"),
        ("Hedge Approx", r"\b(?:autour\s+" + DU + r"|approximativement|aux\s+alentours\s+" + DU + r"|about|around|almost|approximately|an\s+estimated)" + NUMBER_AHEAD,
         ["autour", "approximativement", "aux", "about", "around", "almost", "approximately", "an"], True, "#pop"),
    ],
    "b": [
        ("Entity", ["Big Tech"], ["Big"], False, "#pop"),
        ("Net Income Cue", ["bénéfices nets", "bénéfice net"], ["bénéfice", "bénéfices"], True, "#pop"),
        ("Range", r"\bbetween(?=\s+(?:[$€£¥]|US\$)?\s*\d)", ["between"], True, "#pop"),
        # Three months that make a quarter: "between April and June".
        ("Quarter", r"\bbetween\s+(?:January\s+and\s+March|April\s+and\s+June|July\s+and\s+September|October\s+and\s+December)\b",
         ["between"], True, "#pop"),
        ("Hedge At Most", r"\bbelow" + NUMBER_AHEAD, ["below"], True, "#pop"),
        ("Comparison", ["bigger than"], ["bigger"], True, "#pop"),
        ("Magnitude", AFTER_NUMBER_WORD + r"billions?\b", ["billion", "billions"], True, "#pop!Figure"),
        ("Period Until", r"\bby" + YEAR_AHEAD, ["by"], True, "#pop"),
    ],
    "c": [
        ("Entity", ["Commission européenne"], ["Commission"], False, "#pop"),
        ("Relative Period", ["cette année", "current year", "current quarter", "coming year", "coming quarter"], ["cette", "current", "coming"], True, "#pop"),
        ("Capex Cue", ["centres de données", "centre de données", "capital expenditures", "capital expenditure", "capital spending",
                       "capital investments", "capital investment"], ["centre", "centres", "capital"], True, "#pop"),
        ("Revenue Cue", ["chiffre d'affaires", "chiffres d'affaires"], ["chiffre", "chiffres"], True, "#pop"),
        ("Comparison", ["comparé à", "comparée à", "comparés à", "comparées à", "comparé aux", "comparés aux", "comparé au",
                        "comparé avec", "compared with", "compared to", "contre"],
         ["comparé", "comparée", "comparés", "comparées", "compared", "contre"], True, "#pop"),
        ("Hedge Approx", r"\b(?:close\s+to|circa)" + NUMBER_AHEAD, ["close", "circa"], True, "#pop"),
        ("Hedge At Most", r"\bcould\s+(?:reach|top)" + NUMBER_AHEAD, ["could"], True, "#pop"),
        ("Anaphor", r"(?<=\b[Tt]he\s)company\b", ["company"], True, "#pop"),
    ],
    "d": [
        ("Capex Cue", ["dépenses d'investissements", "dépenses d'investissement", "dépense d'investissement", "dépenses en capital",
                       "data centers", "data center", "data centres", "data centre"], ["dépense", "dépenses", "data"], True, "#pop"),
        ("Relative Period", ["dernier trimestre"], ["dernier"], True, "#pop"),
        ("Quarter", ["deuxième trimestre"], ["deuxième"], True, "#pop"),
        ("Comparison", ["down from", "dépassant"], ["down", "dépassant"], True, "#pop"),
    ],
    "e": [
        ("Entity", ["European Union", "European Commission", "EU AI Champions Initiative"], ["European", "EU"], False, "#pop"),
        ("Range", r"\bentre(?=\s+(?:[$€£¥]|US\$)?\s*\d)", ["entre"], True, "#pop"),
        ("Quarter", r"\bentre\s+(?:janvier\s+et\s+mars|avril\s+et\s+juin|juillet\s+et\s+septembre|octobre\s+et\s+décembre)\b",
         ["entre"], True, "#pop"),
        ("Fiscal Year", r"\bexercices?(?:\s+fiscale?s?)?" + YEAR_AHEAD, ["exercice", "exercices"], True, "#pop"),
        # An earnings call is no figure of earnings.
        ("Normal Text", ["earnings call", "earnings calls", "earnings report", "earnings season", "earnings announcement"],
         ["earnings"], True, "#pop"),
        ("Hedge Approx", r"\b(?:environ|estimée?s?\s+à|estimated\s+at)" + NUMBER_AHEAD,
         ["environ", "estimé", "estimée", "estimés", "estimées", "estimated"], True, "#pop"),
        ("Relative Period", ["end of the year", "end of this year", "end the year"], ["end"], True, "#pop"),
    ],
    "é": [
        ("Entity", ["Émirats arabes unis"], ["Émirats"], False, "#pop"),
    ],
    "f": [
        ("Fiscal Year", r"\b(?:FY\s?(?:\d{4}|\d{2})(?!\d)|fiscal(?:\s+year)?" + YEAR_AHEAD + ")", ["FY", "fiscal"], True, "#pop"),
        ("Quarter", ["first quarter", "first-quarter", "fourth quarter", "fourth-quarter"], ["first", "fourth"], True, "#pop"),
        ("Relative Period", ["finish the year", "for the year", "for the full year", "for the quarter"], ["finish", "for"], True, "#pop"),
        ("Anaphor", r"(?<=\b[Tt]he\s)firm\b|(?<=\b[Ll]a\s)firme\b", ["firm", "firme"], True, "#pop"),
    ],
    "g": [
        ("Comparison", ["greater than"], ["greater"], True, "#pop"),
        ("Anaphor", r"(?<=\b[Ll]e\s)(?:groupe|géant)\b|(?<=\b[Tt]he\s)(?:group|giant)\b", ["groupe", "géant", "group", "giant"], True, "#pop"),
        ("Unit", AFTER_NUMBER_WORD + r"gigawatts?\b", ["gigawatt", "gigawatts"], True, "#pop!Figure"),
    ],
    "h": [
        ("Comparison", ["higher than"], ["higher"], True, "#pop"),
    ],
    "i": [
        # "d'ici 2029": the lead is "ici", after the elided "d'".
        ("Period Until", r"(?<=\bd['’])ici" + YEAR_AHEAD, ["ici"], True, "#pop"),
    ],
    "j": [
        ("Quarter", ["January-March", "January–March", "January to March", "July-September", "July–September", "July to September",
                     "janvier-mars", "janvier–mars", "janvier à mars", "juillet-septembre", "juillet–septembre", "juillet à septembre"],
         ["January", "July", "janvier", "juillet"], True, "#pop"),
        ("Period Until", r"\bjusqu['’](?:en|à|au)" + YEAR_AHEAD, ["jusqu"], True, "#pop"),
        ("Hedge At Most", r"\bjusqu['’](?:à|au)" + NUMBER_AHEAD, ["jusqu"], True, "#pop"),
    ],
    "l": [
        # "l'" is frequent: one cached search of the line beats trying a dozen phrases at each one.
        ("Relative Period", r"\bl['’]an(?:née(?:\s+(?:dernière|passée|précédente|prochaine|en\s+cours|écoulée))?|\s+(?:dernier|passé|prochain))\b",
         ["l"], True, "#pop"),
        ("Relative Period", ["last year", "last quarter"], ["last"], True, "#pop"),
        ("Anaphor", r"\bl['’](?:entreprise|entité)\b", ["l"], True, "#pop"),
        ("Hedge At Most", r"\bless\s+than" + NUMBER_AHEAD, ["less"], True, "#pop"),
        ("Comparison", ["lower than"], ["lower"], True, "#pop"),
    ],
    "m": [
        ("Entity", ["Meta Platforms", "Mistral AI", "Microsoft Azure"], ["Meta", "Mistral", "Microsoft"], False, "#pop"),
        ("Hedge At Least", r"\bmore\s+than" + NUMBER_AHEAD, ["more"], True, "#pop"),
        ("Hedge At Most", r"\b(?:moins\s+" + DE + r"|may\s+reach|might\s+reach)" + NUMBER_AHEAD, ["moins", "may", "might"], True, "#pop"),
        ("Comparison", r"\bmoins\s+(?:élevée?s?|importante?s?|grande?s?)\s+qu(?:e|['’])", ["moins"], True, "#pop"),
        ("Magnitude", AFTER_NUMBER_WORD + r"(?:milliards?|millions?|mille)\b", ["milliard", "milliards", "million", "millions", "mille"], True, "#pop!Figure"),
        ("Unit", AFTER_NUMBER_WORD + r"m[ée]gawatts?\b", ["mégawatt", "mégawatts", "megawatt", "megawatts"], True, "#pop!Figure"),
    ],
    "n": [
        ("Net Income Cue", ["net income", "net profits", "net profit", "net earnings"], ["net"], True, "#pop"),
        ("Relative Period", ["next year", "next quarter"], ["next"], True, "#pop"),
        ("Relative Period", r"\bnext\s+" + YEARS_COUNT + r"\s+years\b", ["next"], True, "#pop"),
        ("Hedge Approx", r"\bnearly" + NUMBER_AHEAD, ["nearly"], True, "#pop"),
        ("Hedge At Least", r"\bno\s+less\s+than" + NUMBER_AHEAD, ["no"], True, "#pop"),
        ("Hedge At Most", r"\bno\s+more\s+than" + NUMBER_AHEAD, ["no"], True, "#pop"),
    ],
    "o": [
        ("Quarter", ["October-December", "October–December", "October to December", "octobre-décembre", "octobre–décembre",
                     "octobre à décembre"], ["October", "octobre"], True, "#pop"),
        ("Other Money Cue", ["operating income", "operating profit", "operating loss", "operating margin"], ["operating"], True, "#pop"),
        ("Relative Period", r"\bover\s+(?:the\s+(?:next|coming)\s+)?" + YEARS_COUNT + r"\s+years\b", ["over"], True, "#pop"),
        ("Hedge At Least", r"\bover" + NUMBER_AHEAD, ["over"], True, "#pop"),
    ],
    "p": [
        ("Entity", ["projet Stargate", "Projet Stargate", "Project Stargate"], ["projet", "Project"], False, "#pop"),
        ("Quarter", ["premier trimestre"], ["premier"], True, "#pop"),
        ("Relative Period", ["précédent trimestre", "prochain trimestre", "previous year", "previous quarter", "prior year", "prior quarter"],
         ["précédent", "prochain", "previous", "prior"], True, "#pop"),
        ("Comparison", ["par rapport à", "par rapport aux", "par rapport au"], ["par"], True, "#pop"),
        ("Comparison", r"\bplus\s+(?:élevée?s?|importante?s?|grande?s?)\s+qu(?:e|['’])", ["plus"], True, "#pop"),
        ("Hedge At Least", r"\b(?:plus\s+" + DE + r"|pas\s+moins\s+" + DE + ")" + NUMBER_AHEAD, ["plus", "pas"], True, "#pop"),
        ("Hedge At Most", r"\b(?:pas\s+plus\s+" + DE + r"|pourrai(?:en)?t\s+atteindre|pourr(?:a|ont)\s+atteindre)" + NUMBER_AHEAD,
         ["pas", "pourrait", "pourraient", "pourra", "pourront"], True, "#pop"),
        ("Hedge Approx", r"\b(?:près\s+" + DE + r"|presque)" + NUMBER_AHEAD, ["près", "presque"], True, "#pop"),
    ],
    "q": [
        ("Quarter", ["quatrième trimestre", "Q1", "Q2", "Q3", "Q4"], ["quatrième", "Q1", "Q2", "Q3", "Q4"], True, "#pop"),
        ("Hedge Approx", r"\b(?:quelque|quasiment)" + NUMBER_AHEAD, ["quelque", "quasiment"], True, "#pop"),
    ],
    "r": [
        ("Net Income Cue", ["résultats nets", "résultat net"], ["résultat", "résultats"], True, "#pop"),
        ("Other Money Cue", ["résultat d'exploitation", "résultat opérationnel", "résultats d'exploitation"], ["résultat", "résultats"], True, "#pop"),
        ("Hedge Approx", r"\broughly" + NUMBER_AHEAD, ["roughly"], True, "#pop"),
    ],
    "s": [
        ("Entity", ["Stargate project", "Stargate Project", "SoftBank Group"], ["Stargate", "SoftBank"], False, "#pop"),
        ("Quarter", ["second trimestre", "second quarter", "second-quarter"], ["second"], True, "#pop"),
        ("Hedge Approx", r"\bsome" + NUMBER_AHEAD, ["some"], True, "#pop"),
        ("Relative Period", r"\bsur\s+(?:les\s+" + YEARS_COUNT + r"\s+prochaines\s+années|" + YEARS_COUNT + r"\s+ans)\b", ["sur"], True, "#pop"),
        ("Hedge At Least", r"\bsupérieure?s?\s+à" + NUMBER_AHEAD, ["supérieur", "supérieure", "supérieurs", "supérieures"], True, "#pop"),
        ("Comparison", ["smaller than"], ["smaller"], True, "#pop"),
        ("Anaphor", r"(?<=\b[Ll]a\s)société\b", ["société"], True, "#pop"),
    ],
    "t": [
        ("Quarter", ["troisième trimestre", "third quarter", "third-quarter", "T1", "T2", "T3", "T4"], ["troisième", "third", "T1", "T2", "T3", "T4"], True, "#pop"),
        ("Relative Period", ["this year", "this quarter", "trimestre dernier", "trimestre précédent", "trimestre prochain", "trimestre en cours",
                             "trimestre écoulé"],
         ["this", "trimestre"], True, "#pop"),
        ("Relative Period", r"(?<=\b[Cc]e\s)trimestre\b", ["trimestre"], True, "#pop"),
        ("Period Until", r"\b(?:through|till)" + YEAR_AHEAD, ["through", "till"], True, "#pop"),
        ("Magnitude", AFTER_NUMBER_WORD + r"(?:trillions?|thousand)\b", ["trillion", "trillions", "thousand"], True, "#pop!Figure"),
    ],
    "u": [
        ("Entity", ["United Arab Emirates", "Union européenne"], ["United", "Union"], False, "#pop"),
        ("Period Until", r"\buntil" + YEAR_AHEAD, ["until"], True, "#pop"),
        ("Comparison", ["up from"], ["up"], True, "#pop"),
        ("Hedge At Most", r"\b(?:up\s+to|under)" + NUMBER_AHEAD, ["up", "under"], True, "#pop"),
        ("Hedge At Least", r"\bupwards\s+of" + NUMBER_AHEAD, ["upwards"], True, "#pop"),
    ],
    "v": [
        ("Comparison", ["versus", "vs"], ["versus", "vs"], True, "#pop"),
    ],
    "y": [
        ("Relative Period", ["year-end", "year end"], ["year"], True, "#pop"),
    ],
}

# Single words, one keyword list per kind (tried in this order once no phrase matched).
KINDS = [
    ("Entity", "entities", False, """Meta Facebook Instagram WhatsApp Microsoft Amazon AWS Alphabet Google YouTube Stargate
        OpenAI ChatGPT SoftBank Oracle Nvidia NVIDIA Apple xAI Tesla Anthropic Intel AMD TSMC Samsung IBM Broadcom
        CoreWeave Alibaba Tencent Baidu ByteDance TikTok Brookfield MGX InvestAI France EU UE UAE EAU Azure Softbank French"""),
    ("Capex Cue", "capex cues", True, """capex investir investit investi investie investis investira investiront investirait
        investiraient investissent investissait investissaient investissant investissement investissements dépense
        dépenses dépenser dépensera dépenseront dépenserait dépenseraient dépensé dépensée dépensés dépensées dépensent
        débourser déboursé déboursera infrastructure infrastructures datacenter datacenters datacentre datacentres
        invest invests invested investing investment investments spend spends spending spent expenditure
        expenditures"""),
    ("Revenue Cue", "revenue cues", True, "revenue revenues sales ventes recettes turnover"),
    ("Net Income Cue", "net income cues", True, "bénéfice bénéfices profit profits earnings"),
    ("Other Money Cue", "other money cues", True, """valorisation valorisée valorisé valuation valued capitalisation
        capitalization dette dettes debt amende amendes fine fined rachat rachats buyback buybacks acquisition
        acquisitions racheter rachète racheté acquérir acquire acquired dividende dividendes dividend dividends salaire
        salary rémunération subvention subventions subsidies perte pertes loss losses trésorerie
        prix price levée levées lève levé lever lèvera raise raises raised obligations backlog ebitda"""),
    ("Stock Cue", "stock cues", True, "action actions titre titres bourse shares stock stocks"),
    ("Currency", "currency codes", False, "USD EUR GBP JPY CNY CHF"),
]

# Figure context word lists.
FIGURE_LISTS = [
    ("magnitudes", True, "milliard milliards million millions billion billions trillion trillions thousand thousands mille bn md mds mrd mrds mln tn"),
    ("magnitude letters", False, "M B K k"),
    ("currency words", True, "euro euros dollar dollars USD EUR GBP livre livres sterling pound pounds yen yens JPY yuan yuans CNY CHF"),
    ("units", True, """gigawatt gigawatts GW mégawatt mégawatts megawatt megawatts MW GPU GPUs puce puces chips utilisateur
        utilisateurs user users personnes people abonnés subscribers"""),
    # Words between a count and its unit: "1,3 million de GPU", "300 million weekly users",
    # "350,000 Nvidia H100 chips".
    ("figure glue", True, "de d of du weekly monthly daily active paying new additional extra Nvidia AMD H100 H200 H800 A100 B200 GB200 Blackwell Hopper"),
    ("approximations after", True, "estimé estimée estimés estimées estimated environ approximately"),
    ("percent words", True, "percent pourcent pourcents"),
]

ITEM_DATAS = [
    ("Normal Text", "dsNormal"), ("Number", "dsDecVal"), ("Year", "dsSpecialString"), ("Date", "dsNormal"),
    ("Magnitude", "dsFloat"), ("Currency", "dsDataType"), ("Percent", "dsDataType"), ("Unit", "dsDataType"),
    ("Hedge", "dsAnnotation"),
    ("Range", "dsOperator"), ("Comparison", "dsNormal"), ("Entity", "dsKeyword"), ("Anaphor", "dsNormal"),
    ("Capex Cue", "dsFunction"), ("Revenue Cue", "dsFunction"), ("Net Income Cue", "dsFunction"),
    ("Other Money Cue", "dsNormal"), ("Stock Cue", "dsFunction"), ("Quarter", "dsSpecialString"), ("Fiscal Year", "dsSpecialString"),
    ("Relative Period", "dsSpecialString"), ("Period Until", "dsSpecialString"),
]

YEAR = r"(?<![\p{L}\p{N}_.,])(?:19|20)\d\d(?:\s?[-–/]\s?(?:19|20)?\d\d)?(?![\p{N}%]|[.,]\d|\s\d{3}(?!\d))"
NUMBER = (r"(?<![\p{L}\p{N}_])(?:\d{1,3}(?:[ \x{00A0}\x{202F}]\d{3})+(?!\d)(?:,\d+)?|\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?"
          r"|\d{1,3}(?:\.\d{3}){2,}(?!\d)(?:,\d+)?|\d+(?:[.,]\d+)?)")
MONTHS_FR = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
DATE = (r"(?<![\p{L}\p{N}_])(?:\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})"
        r"|\d{1,2}(?:er)?\s+(?:" + MONTHS_FR + "|" + MONTHS_EN + r")\s+(?:19|20)\d\d"
        # "January 30, 2025": the date token starts at the day (a lookbehind for the month would
        # make this search slow); the comma before the year tells it from a count.
        r"|\d{1,2}(?:st|nd|rd|th)?,\s+(?:19|20)\d\d)(?![\p{N}])")


def words(text):
    return text.split()


def attr(name, value):
    return f" {name}={quoteattr(value)}"


def regexpr(attribute, pattern, insensitive=False, context=None):
    return ("<RegExpr" + attr("attribute", attribute) + (attr("context", context) if context else "")
            + attr("String", pattern) + (' insensitive="true"' if insensitive else "") + "/>")


def keyword(attribute, list_name, insensitive, context=None, lookahead=False):
    return ("<keyword" + attr("attribute", attribute) + attr("String", list_name) + (attr("context", context) if context else "")
            + (' lookAhead="true"' if lookahead else "") + (' insensitive="true"' if insensitive else "") + "/>")


def string_detect(attribute, text, context=None, insensitive=True):
    return ("<StringDetect" + attr("attribute", attribute) + (attr("context", context) if context else "") + attr("String", text)
            + (' insensitive="true"' if insensitive else "") + "/>")


def merged_hedges(rules):
    """The hedges of a letter as one "Hedge" RegExpr: one search of the line instead of three.
    The parser tells "plus de" (at least) from "près de" (about) by the words."""
    hedges = [r for r in rules if r[0].startswith("Hedge")]
    if not hedges:
        return rules
    parts = []
    for _, pattern, _, _, _ in hedges:
        assert pattern.startswith(r"\b") and pattern.endswith(NUMBER_AHEAD), pattern
        parts.append(pattern[2:-len(NUMBER_AHEAD)])
    merged = ("Hedge", r"\b(?:" + "|".join(parts) + ")" + NUMBER_AHEAD, [], True, "#pop")
    result, placed = [], False
    for rule in rules:
        if rule[0].startswith("Hedge"):
            if not placed:
                result.append(merged)
                placed = True
        else:
            result.append(rule)
    return result


def word_detect(attribute, text, context, insensitive):
    return ("<WordDetect" + attr("attribute", attribute) + attr("context", context) + attr("String", text)
            + (' insensitive="true"' if insensitive else "") + "/>")


def item_list(name, items):
    lines, line = [], "     "
    for item in items:
        piece = f" <item>{escape(item)}</item>"
        if len(line) + len(piece) > 118:
            lines.append(line)
            line = "     "
        line += piece
    lines.append(line)
    return f'    <list name="{name}">\n' + "\n".join(lines) + "\n    </list>\n"


def main():
    kind_words = {}
    for _, list_name, _, text in KINDS:
        kind_words[list_name] = words(text)
    all_kind = {w.casefold() for ws in kind_words.values() for w in ws}
    leads, seen = [], set()

    def add_lead(word):
        if word.casefold() not in seen:
            seen.add(word.casefold())
            leads.append(word)

    phrase_only = []
    for letter in sorted(PHRASES):
        for _, _, lead_words, _, _ in PHRASES[letter]:
            for word in lead_words:
                assert word[0].casefold() == letter, f"{word} filed under {letter}"
                add_lead(word)
                if word.casefold() not in all_kind and word not in phrase_only:
                    phrase_only.append(word)
    for ws in kind_words.values():
        for word in ws:
            add_lead(word)

    out = []
    out.append('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE language>\n')
    out.append("<!--\n  Recoupe Figures: the lexicon of Recoupe (DESIGN.md, \"Lexicon\").\n\n"
               "  GENERATED by generate-recoupe-figures.py: edit that script, run it, commit both.\n\n"
               "  One definition both highlights the reading panes and feeds the claim parser: lib/figures\n"
               "  FigureLexer collects the spans of the itemData below as typed tokens (the itemData names ARE\n"
               "  the token kinds, lib/figures/figuretoken.cpp). French and English news text.\n"
               + SHAPE +
               "  Entities: the built-in list mirrors resources/entities/entities.json (tests/figures checks it);\n"
               "  entities added by users reach the lexer through EntityCatalog (resources/entities/README.md).\n-->\n")
    out.append('<language name="Recoupe Figures" section="Other" version="2" kateversion="5.79" hidden="true"\n'
               '          extensions="" mimetype="" author="The Recoupe authors" license="MIT">\n  <highlighting>\n')
    out.append(item_list("leads", leads))
    out.append(item_list("phrase leads", phrase_only))
    for _, list_name, _, _ in KINDS:
        out.append(item_list(list_name, kind_words[list_name]))
    for name, _, text in FIGURE_LISTS:
        out.append(item_list(name, words(text)))

    ctx = []
    ctx.append('      <context name="Normal" attribute="Normal Text" lineEndContext="#stay">\n'
               '        <DetectSpaces attribute="Normal Text"/>\n'
               '        <Int attribute="Number" context="Digits" lookAhead="true"/>\n'
               '        <AnyChar attribute="Currency" String="€$£¥"/>\n'
               '        <DetectChar attribute="Percent" char="%"/>\n'
               '        <StringDetect attribute="Currency" String="US$"/>\n'
               '        <StringDetect attribute="Normal Text" String="FY" context="Classify" lookAhead="true"/>\n'
               "        " + keyword("Normal Text", "leads", True, "Classify", True) + "\n"
               '        <DetectIdentifier attribute="Normal Text"/>\n      </context>\n\n')
    ctx.append('      <context name="Digits" attribute="Normal Text" lineEndContext="#pop">\n'
               "        " + regexpr("Date", DATE, False, "#pop") + "\n"
               "        " + regexpr("Quarter", r"(?<![\p{L}\p{N}_])[1-4](?:er|e|ème)\s+trimestre\b", True, "#pop") + "\n"
               "        " + regexpr("Year", YEAR, False, "#pop!Figure") + "\n"
               "        " + regexpr("Number", NUMBER, False, "#pop!Figure") + "\n"
               '        <Int attribute="Number" context="#pop"/>\n      </context>\n\n')
    # Figure is entered after every number and left at the first word that is not part of the
    # figure, which therefore tries every rule here: so only cheap rules, and one keyword list
    # ("figure words") that opens FigureWord, where the detailed lists are.
    post_least = ["au moins", "at least", "ou plus", "or more"]
    post_most = ["au plus", "au maximum", "at most"]
    percent_phrases = ["pour cent", "per cent"]
    currency_phrases = ["US dollars", "U.S. dollars", "dollars américains", "dollar américain", "dollars US", "livres sterling"]
    unit_phrases = ["processeurs graphiques", "processeur graphique", "graphics processing units", "graphics processors",
                    "puces graphiques", "utilisateurs actifs", "monthly active users", "daily active users"]
    figure_words = []
    for text in post_least + post_most + percent_phrases + currency_phrases + unit_phrases:
        first = text.split()[0].split(".")[0]
        if first.casefold() not in {w.casefold() for w in figure_words}:
            figure_words.append(first)
    for name, _, text in FIGURE_LISTS:
        if name == "magnitude letters":
            continue
        for word in words(text):
            if word.casefold() not in {w.casefold() for w in figure_words}:
                figure_words.append(word)
    for word in ["à", "to", "et", "and"]:
        if word.casefold() not in {w.casefold() for w in figure_words}:
            figure_words.append(word)
    out.append(item_list("figure words", figure_words))
    figure = ['      <context name="Figure" attribute="Normal Text" lineEndContext="#pop" fallthroughContext="#pop">',
              '        <DetectSpaces attribute="Normal Text"/>',
              '        <Int attribute="Number" context="FigureDigits" lookAhead="true"/>',
              '        <AnyChar attribute="Currency" String="€$£¥"/>',
              '        <DetectChar attribute="Percent" char="%"/>',
              # "450M+ users": the plus of "or more" keeps the figure open for its unit.
              '        <DetectChar attribute="Normal Text" char="+"/>',
              '        <AnyChar attribute="Normal Text" String="\'’"/>',
              '        <AnyChar attribute="Normal Text" String="-–—" context="FigureDash" lookAhead="true"/>',
              '        <StringDetect attribute="Currency" String="US$"/>',
              "        " + keyword("Normal Text", "figure words", True, "FigureWord", True),
              "        " + keyword("Magnitude", "magnitude letters", False),
              "      </context>\n",
              '      <context name="FigureDigits" attribute="Normal Text" lineEndContext="#pop">',
              "        " + regexpr("Year", YEAR, False, "#pop"),
              "        " + regexpr("Number", NUMBER, False, "#pop"),
              '        <Int attribute="Number" context="#pop"/>',
              "      </context>\n",
              '      <context name="FigureDash" attribute="Normal Text" lineEndContext="#pop" fallthroughContext="#pop#pop">',
              "        " + regexpr("Range", r"[-–—](?=\s*(?:[$€£¥]|US\$)?\s*\d)", False, "#pop"),
              "      </context>\n",
              '      <context name="FigureWord" attribute="Normal Text" lineEndContext="#pop" fallthroughContext="#pop#pop">',
              "        " + regexpr("Range", r"\b(?:à|to|et|and)\b(?=\s*(?:[$€£¥]|US\$)?\s*\d)", True, "#pop")]
    for text in post_least:
        figure.append("        " + string_detect("Hedge", text, "#pop#pop"))
    for text in post_most:
        figure.append("        " + string_detect("Hedge", text, "#pop#pop"))
    for text in percent_phrases:
        figure.append("        " + string_detect("Percent", text, "#pop"))
    for text in currency_phrases:
        figure.append("        " + string_detect("Currency", text, "#pop"))
    for text in unit_phrases:
        figure.append("        " + string_detect("Unit", text, "#pop"))
    figure += ["        " + keyword("Hedge", "approximations after", True, "#pop#pop"),
               "        " + keyword("Magnitude", "magnitudes", True, "#pop"),
               "        " + keyword("Currency", "currency words", True, "#pop"),
               "        " + keyword("Unit", "units", True, "#pop"),
               "        " + keyword("Percent", "percent words", True, "#pop"),
               "        " + keyword("Normal Text", "figure glue", True, "#pop"),
               "      </context>\n\n"]
    ctx.append("\n".join(figure))

    classify = ['      <context name="Classify" attribute="Normal Text" lineEndContext="#pop">']
    for letter in sorted(PHRASES):
        classify.append(f'        <AnyChar String="{letter}{letter.upper()}" context="#pop!{letter.upper()}" lookAhead="true"/>')
    classify += ['        <IncludeRules context="Kinds"/>', "      </context>\n"]
    ctx.append("\n".join(classify) + "\n")
    for letter in sorted(PHRASES):
        name = letter.upper()
        phrases = merged_hedges(PHRASES[letter])
        # Patterns that start with a literal word can share one search; a lookbehind would make
        # the shared search slow, so those keep their own.
        regexes = [rule for rule in phrases if not isinstance(rule[1], list) and rule[1].startswith(r"\b")]
        rules = [f'      <context name="{name}" attribute="Normal Text" lineEndContext="#pop">']
        if len(regexes) > 1:
            # A RegExpr searches the rest of the line the first time its context is entered on a
            # line, and every paragraph enters most letters: one search for all the phrases of a
            # letter, then the phrases one by one only where one of them is.
            assert all(rule[3] for rule in regexes)
            gate = "|".join("(?:" + rule[1] + ")" for rule in regexes)
            rules.append("        " + regexpr("Normal Text", gate, True, f"#pop!{name}Phrase").replace("/>", ' lookAhead="true"/>'))
        for attribute, pattern, _, insensitive, context in phrases:
            if isinstance(pattern, list):
                # Plain phrases: WordDetect costs one comparison, a RegExpr a search of the line.
                for phrase in pattern:
                    for variant in [phrase] + ([phrase.replace("'", "’")] if "'" in phrase else []):
                        rules.append("        " + word_detect(attribute, variant, context, insensitive))
            elif len(regexes) <= 1 or not pattern.startswith(r"\b"):
                rules.append("        " + regexpr(attribute, pattern, insensitive, context))
        rules += ['        <IncludeRules context="Kinds"/>', "      </context>\n"]
        ctx.append("\n".join(rules) + "\n")
        if len(regexes) > 1:
            detail = [f'      <context name="{name}Phrase" attribute="Normal Text" lineEndContext="#pop">']
            for attribute, pattern, _, insensitive, context in regexes:
                detail.append("        " + regexpr(attribute, pattern, insensitive, context))
            # Only reached where the gate matched; a word is always consumed so nothing loops.
            detail += ['        <DetectIdentifier attribute="Normal Text" context="#pop"/>', "      </context>\n"]
            ctx.append("\n".join(detail) + "\n")
    kinds = ['      <context name="Kinds" attribute="Normal Text" lineEndContext="#pop">',
             "        " + keyword("Normal Text", "phrase leads", True, "#pop")]
    for attribute, list_name, insensitive, _ in KINDS:
        kinds.append("        " + keyword(attribute, list_name, insensitive, "#pop"))
    kinds += ['        <DetectIdentifier attribute="Normal Text" context="#pop"/>', "      </context>"]
    ctx.append("\n".join(kinds) + "\n")

    out.append("\n    <contexts>\n" + "".join(ctx) + "    </contexts>\n\n    <itemDatas>\n")
    for name, style in ITEM_DATAS:
        out.append(f'      <itemData name="{name}" defStyleNum="{style}"/>\n')
    out.append("    </itemDatas>\n  </highlighting>\n  <general>\n"
               '    <keywords casesensitive="1" additionalDeliminator="\'&quot;’‘«»“”…–—$€£¥@#&#160;&#8239;"/>\n'
               "  </general>\n</language>\n")
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "recoupe-figures.xml")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("".join(out))


if __name__ == "__main__":
    main()
