#!/usr/bin/env python3
"""Writes recoupe-figures.xml, the "Recoupe Figures" KSyntaxHighlighting definition.

    python3 resources/syntax/generate-recoupe-figures.py           (rewrites the XML beside it)
    python3 resources/syntax/generate-recoupe-figures.py --check   (fails if the XML is not up to date)

The definition is generated because its speed comes from a shape that is tedious to keep right
by hand (see SHAPE below): every word that may start something must be listed once more in
"leads", and every phrase must sit in the context of its first letter.

The words of each language that the claim parser reads too (number words, magnitudes,
currencies, units, percent words, hedges, the words of a range, quarters and months, the glue
between a count and its unit) come from the language profiles, resources/languages/*.json, which
the parser reads at run time (lib/claims/languageprofile.h): the lexicon cannot mark a word the
parser does not know, nor the reverse. So do the lexicon's own word lists, which the parser reads
as token kinds only (the "lexicon" of each profile: metric cues, comparisons, relative periods,
phrases that are no cue). A new language is a new profile; run this script and the lexicon marks
its words. The tables below keep what is a regular expression rather than a list of words
(anaphors, fiscal years, "jusqu'en 2027", "over the next four years", "plus élevé que") and the
built-in entities (resources/entities/entities.json). Edit a profile or a table, run the script,
commit both files. tests/figures checks the result (lexing, consistency with
resources/entities/entities.json); the benchmark (scripts/dev bench) measures its speed.
"""

import json
import os
import re
import sys
from xml.sax.saxutils import escape, quoteattr

SHAPE = """
  Shape, chosen for speed: KSyntaxHighlighting tries every rule of the current context at every
  position it stops at, and a RegExpr searches the rest of the line the first time it is tried
  on a line, then is not tried again before the place it found. The RegExprs tried only at the
  start of a number or of a lead word are anchored there (anchored()): the search of the line
  cost more than it saved.
    Normal    per word: DetectSpaces, Int (lookahead into Digits; before "leads", whose failed
              lookup of "2024revenue" would skip "revenue"), a Detect2Chars for "FY" and for the
              first two letters of each currency sign word ("US$"), ONE keyword list "leads"
              (every word the lexicon knows or that starts one of its phrases; lookahead into
              Classify) and DetectIdentifier, which steps over any other word; then, for what is
              not a word, AnyChar for currency signs and "%".
              "leads" is looked up for every word of the text, so it is case-sensitive and lists
              each word as written, in lower case, capitalised and in capitals: a case-insensitive
              keyword list compares with Unicode case folding at each step of its binary search,
              which cost a quarter of the lexer's time. "figure words" likewise, and the kind
              lists of Kinds, which only words of "leads" reach, list the forms of "leads" they
              hold.
    Digits    at a number: one gate RegExpr for dates and quarters (DigitsDate tells them
              apart), a year only after "19" or "20" (Detect2Chars into DigitsYear), else a
              number (RegExpr); then Figure. Two RegExpr matches at most instead of four.
    Figure    after a number: only cheap rules, and one keyword list "figure words" that opens
              FigureWord (magnitudes, currencies, units, percent words, range connectors,
              trailing hedges); a dash opens FigureDash. Figure falls through back to Normal at
              the first other word, so that "M" is a magnitude only after a number and "GPU" a
              unit only after a count. In FigureWord only a range connector tries the Range
              RegExpr (FigureRange) and only the first word of a phrase its StringDetects
              (FigurePhrase); "milliards" goes straight to the keyword lists.
    Classify  at a lead word: dispatches on its first letter to a small context whose phrases all
              begin with that letter. Plain phrases are WordDetect; phrases that need a regular
              expression share one anchored "gate" RegExpr per letter (one match instead of
              several), and are told apart in the letter's Phrase context only where the gate
              matched. Then the keyword list of each kind ("Kinds").
  Hedges, "entre"/"between", "jusqu'en" and magnitudes after number words ("un milliard") look
  ahead (or behind) for the number, so "plus de" or "about" are not marked in plain prose; the
  hedges of a letter are one "Hedge" rule, the parser reads their bound in the profiles.
  Apostrophes ' and ’ are word delimiters: "d’euros" is "d", "’", "euros".
  Measured on the benchmark corpus (scripts/dev bench): about 18 MB/s per core.
"""
HERE = os.path.dirname(os.path.abspath(__file__))
LANGUAGES = os.path.join(HERE, "..", "languages")


def load_profiles():
    """Every language profile, in file-name order (en, fr, ...)."""
    profiles = []
    for name in sorted(os.listdir(LANGUAGES)):
        if name.endswith(".json"):
            with open(os.path.join(LANGUAGES, name), encoding="utf-8") as fh:
                profile = json.load(fh)
            assert profile.get("format") == "recoupe-language-1", name
            profiles.append(profile)
    return profiles


PROFILES = load_profiles()


def unique(items):
    """Items in order, each once (case-insensitively: the lists they feed are)."""
    seen, result = set(), []
    for item in items:
        if item.casefold() not in seen:
            seen.add(item.casefold())
            result.append(item)
    return result


def from_profiles(get):
    return unique(item for profile in PROFILES for item in get(profile))


def alternation(words):
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"


def phrase_pattern(phrase):
    """A phrase of a profile as the lexicon matches it: any spaces between words, ' or ’ for an
    apostrophe, and a hyphen or spaces for a hyphen ("au-delà", "au delà")."""
    out = []
    for part in re.split(r"(\s+|-|')", phrase):
        if not part:
            continue
        out.append(r"\s+" if part.isspace() else r"[\s-]+" if part == "-" else "['’]" if part == "'" else re.escape(part))
    return "".join(out)


def first_word(phrase):
    """The word a phrase starts with, as the lexicon's keyword lists see it (' ’ - . and spaces
    delimit words)."""
    return re.split(r"[\s'’.\-–—]", phrase, maxsplit=1)[0]


def letter(word):
    return word[0].casefold()


# Number words, for "un milliard", "two gigawatts", "sur quatre ans".
NUMBER_WORD_LIST = from_profiles(lambda p: p["numbers"].keys())
assert all(" " not in w for w in NUMBER_WORD_LIST), "number words are single words"
NUMBER_WORDS = alternation(NUMBER_WORD_LIST)
YEARS_COUNT = r"(?:\d{1,2}|" + "|".join(re.escape(w) for w in
                                       from_profiles(lambda p: [w for w, v in p["numbers"].items() if v >= 2])) + ")"
# Currencies: signs ($), codes (USD), words (euros) and phrases ("dollars américains").
CURRENCY_FORMS = from_profiles(lambda p: [w for forms in p["currencies"].values() for w in forms])
CURRENCY_CODES = from_profiles(lambda p: p["currencies"].keys())
CURRENCY_SIGNS = "".join(w for w in CURRENCY_FORMS if len(w) == 1 and not w.isalnum())
CURRENCY_SIGN_WORDS = [w for w in CURRENCY_FORMS if len(w) > 1 and any(not c.isalnum() and not c.isspace() and c != "." for c in w)]
CURRENCY_PHRASES = [w for w in CURRENCY_FORMS if " " in w and w not in CURRENCY_SIGN_WORDS]
CURRENCY_WORDS = [w for w in CURRENCY_FORMS if w.isalpha()]
CURRENCY_AHEAD = r"(?:[" + re.escape(CURRENCY_SIGNS) + "]|" + "|".join(re.escape(w) for w in CURRENCY_SIGN_WORDS) + ")"
NUMBER_AHEAD = r"(?=\s*" + CURRENCY_AHEAD + r"?\s*(?:\d|" + NUMBER_WORDS + r"\s))"
DIGIT_AHEAD = r"(?=\s*" + CURRENCY_AHEAD + r"?\s*\d)"
BETWEEN_AHEAD = r"(?=\s+" + CURRENCY_AHEAD + r"?\s*\d)"
YEAR_AHEAD = r"(?=\s+(?:19|20)\d\d\b)"
AFTER_NUMBER_WORD = r"(?<=\b" + NUMBER_WORDS + r"\s)"
# Magnitudes: written out ("milliards": also after a number word), abbreviated ("Md"), and one
# letter, as written ("M", not "m": "5 m" is metres).
MAGNITUDES_WRITTEN = from_profiles(lambda p: p["magnitudes"].keys())
MAGNITUDE_ABBREVIATIONS = from_profiles(lambda p: [w for w in p["magnitude_abbreviations"] if len(w) > 1])
MAGNITUDE_LETTERS = []
for _letter in (w for p in PROFILES for w in p["magnitude_abbreviations"] if len(w) == 1):
    if _letter not in MAGNITUDE_LETTERS:
        MAGNITUDE_LETTERS.append(_letter)
UNIT_WORDS = from_profiles(lambda p: [w for group in p["units"] for w in group["words"]])
UNITS_AFTER_NUMBER_WORDS = from_profiles(lambda p: [w for group in p["units"] if group.get("after_number_words")
                                                    for w in group["words"]])
PERCENT_WORDS = from_profiles(lambda p: p["percent"])
FIGURE_GLUE = from_profiles(lambda p: p["figure_glue"])
RANGE_BETWEEN = from_profiles(lambda p: p["range"]["between"])
RANGE_CONNECTORS = from_profiles(lambda p: p["range"]["to"] + p["range"]["and"])
BOUNDS = ("at_least", "at_most", "approx")
TRAILING_HEDGES = from_profiles(lambda p: [w for bound in BOUNDS for w in p["trailing_hedges"].get(bound, [])])
MONTHS = from_profiles(lambda p: p["phrases"]["month"])
assert all(len(p["phrases"]["month"]) == 12 for p in PROFILES), "twelve months, January first"


def by_letter(attribute, words, pattern_of, leads_of=lambda w: [first_word(w)], context="#pop"):
    """One rule a letter for words (a regular expression per word, joined)."""
    rules = {}
    for word in words:
        rules.setdefault(letter(word), []).append(word)
    return {l: [(attribute, r"\b(?:" + "|".join(pattern_of(w) for w in ws) + ")" if len(ws) > 1 else r"\b" + pattern_of(ws[0]),
                 unique(x for w in ws for x in leads_of(w)), True, context)] for l, ws in rules.items()}


def word_rules(attribute, phrases):
    """Plain phrases, one WordDetect list a letter."""
    rules = {}
    for phrase in phrases:
        rules.setdefault(letter(phrase), []).append(phrase)
    return {l: [(attribute, ps, unique(first_word(p) for p in ps), True, "#pop")] for l, ps in rules.items()}


def hedge_rules():
    """The hedges before a figure, one "Hedge" RegExpr a letter: one search of the line instead of
    one a bound. The parser reads the bound of what was marked in the profiles."""
    phrases = from_profiles(lambda p: [w for bound in BOUNDS for w in p["hedges"].get(bound, [])])
    rules = {}
    for phrase in phrases:
        rules.setdefault(letter(phrase), []).append(phrase)
    return {l: [("Hedge", r"\b(?:" + "|".join(phrase_pattern(p) for p in ps) + ")" + NUMBER_AHEAD,
                 unique(first_word(p) for p in ps), True, "#pop")] for l, ps in rules.items()}


def quarter_month_phrases():
    """"April-June", "avril à juin": the three months of a quarter."""
    phrases = []
    for profile in PROFILES:
        months = profile["phrases"]["month"]
        for quarter in range(4):
            first, last = months[3 * quarter], months[3 * quarter + 2]
            phrases += [f"{first}-{last}", f"{first}–{last}"] + [f"{first} {to} {last}" for to in profile["range"]["to"]]
    return word_rules("Quarter", phrases)


def quarter_between_rules():
    """"between April and June", "entre avril et juin"."""
    rules = {}
    for profile in PROFILES:
        months = [re.escape(month) for month in profile["phrases"]["month"]]
        ands = profile["range"]["and"]
        conjunction = r"\s+" + (re.escape(ands[0]) if len(ands) == 1 else alternation(ands)) + r"\s+"
        ranges = "|".join(months[3 * q] + conjunction + months[3 * q + 2] for q in range(4))
        for between in profile["range"]["between"]:
            rules.setdefault(letter(between), []).append(
                ("Quarter", r"\b" + re.escape(between) + r"\s+(?:" + ranges + r")\b", [between], True, "#pop"))
    return rules


def quarter_name_phrases():
    """"troisième trimestre", "third-quarter", "Q3"; those that start with a digit ("3e
    trimestre") are the Digits context's."""
    return word_rules("Quarter", from_profiles(lambda p: [w for quarter in p["quarters"] for w in quarter if not w[0].isdigit()]))


LEXICON_KINDS = [("Capex Cue", "capex_cues"), ("Revenue Cue", "revenue_cues"), ("Net Income Cue", "net_income_cues"),
                 ("Other Money Cue", "other_money_cues"), ("Stock Cue", "stock_cues"), ("Comparison", "comparisons"),
                 ("Relative Period", "relative_periods"), ("Normal Text", "not_figures")]
KEYWORD_KINDS = {"Capex Cue", "Revenue Cue", "Net Income Cue", "Other Money Cue", "Stock Cue"}


def lexicon_words(key):
    """The single words of a lexicon list of the profiles, for a keyword list."""
    return " ".join(w for w in from_profiles(lambda p: p["lexicon"][key]) if " " not in w)


# Rules made from the profiles, by kind, then by letter. PHRASES says where a kind goes in a
# letter's context (generated(KIND, LETTER)); a letter it does not name gets them at its end.
GENERATED = {
    "range between": by_letter("Range", RANGE_BETWEEN, lambda w: re.escape(w) + BETWEEN_AHEAD),
    "quarter months": quarter_month_phrases(),
    "quarter between": quarter_between_rules(),
    "quarter names": quarter_name_phrases(),
    "hedges": hedge_rules(),
    "magnitudes after number words": {
        l: [("Magnitude", AFTER_NUMBER_WORD + alternation([w for w in MAGNITUDES_WRITTEN if letter(w) == l]) + r"\b",
             [w for w in MAGNITUDES_WRITTEN if letter(w) == l], True, "#pop!Figure")]
        for l in unique(letter(w) for w in MAGNITUDES_WRITTEN)},
    # The lexicon's own lists (the parser reads them as token kinds): phrases go to the context
    # of their first letter; the single words of a metric cue are a keyword list (KINDS).
    **{key: word_rules(attribute, [w for w in from_profiles(lambda p, key=key: p["lexicon"][key])
                                   if (" " in w or attribute not in KEYWORD_KINDS)])
       for attribute, key in LEXICON_KINDS},
    "units after number words": {
        l: [("Unit", AFTER_NUMBER_WORD + alternation([w for w in UNITS_AFTER_NUMBER_WORDS if letter(w) == l]) + r"\b",
             [w for w in UNITS_AFTER_NUMBER_WORDS if letter(w) == l], True, "#pop!Figure")]
        for l in unique(letter(w) for w in UNITS_AFTER_NUMBER_WORDS)},
}
PLACED = set()


def generated(kind, letter_):
    PLACED.add((kind, letter_))
    return GENERATED[kind].get(letter_, [])


# Phrases, by the first letter of their first word: (attribute, pattern, leads, case-insensitive,
# context). "leads" are the words a phrase can start with (a lookbehind is not part of the token).
PHRASES = {
    "a": [
        ("Entity", ["Amazon.com", "Amazon Web Services"], ["Amazon"], False, "#pop"),
        *generated("quarter months", "a"),
        *generated("comparisons", "a"),
        ("Fiscal Year", r"\bannées?\s+fiscales?" + YEAR_AHEAD, ["année", "années"], True, "#pop"),
        *generated("relative_periods", "a"),
        # Several years counted from the article's: "au cours des quatre prochaines années".
        ("Relative Period", r"\bau\s+cours\s+des\s+" + YEARS_COUNT + r"\s+(?:prochaines|dernières)\s+années\b", ["au"], True, "#pop"),
        *generated("hedges", "a"),
    ],
    "b": [
        ("Entity", ["Big Tech"], ["Big"], False, "#pop"),
        *generated("net_income_cues", "b"),
        *generated("range between", "b"),
        # Three months that make a quarter: "between April and June".
        *generated("quarter between", "b"),
        *generated("hedges", "b"),
        *generated("comparisons", "b"),
        *generated("magnitudes after number words", "b"),
        ("Period Until", r"\bby" + YEAR_AHEAD, ["by"], True, "#pop"),
    ],
    "c": [
        ("Entity", ["Commission européenne"], ["Commission"], False, "#pop"),
        *generated("relative_periods", "c"),
        *generated("capex_cues", "c"),
        *generated("revenue_cues", "c"),
        *generated("comparisons", "c"),
        *generated("hedges", "c"),
        ("Anaphor", r"(?<=\b[Tt]he\s)company\b", ["company"], True, "#pop"),
    ],
    "d": [
        *generated("capex_cues", "d"),
        *generated("relative_periods", "d"),
        *generated("quarter names", "d"),
        *generated("comparisons", "d"),
    ],
    "e": [
        ("Entity", ["European Union", "European Commission", "EU AI Champions Initiative"], ["European", "EU"], False, "#pop"),
        *generated("range between", "e"),
        *generated("quarter between", "e"),
        ("Fiscal Year", r"\bexercices?(?:\s+fiscale?s?)?" + YEAR_AHEAD, ["exercice", "exercices"], True, "#pop"),
        # An earnings call is no figure of earnings.
        *generated("not_figures", "e"),
        *generated("hedges", "e"),
        *generated("relative_periods", "e"),
    ],
    "é": [
        ("Entity", ["Émirats arabes unis"], ["Émirats"], False, "#pop"),
    ],
    "f": [
        ("Fiscal Year", r"\b(?:FY\s?(?:\d{4}|\d{2})(?!\d)|fiscal(?:\s+year)?" + YEAR_AHEAD + ")", ["FY", "fiscal"], True, "#pop"),
        *generated("quarter names", "f"),
        *generated("relative_periods", "f"),
        ("Anaphor", r"(?<=\b[Tt]he\s)firm\b|(?<=\b[Ll]a\s)firme\b", ["firm", "firme"], True, "#pop"),
    ],
    "g": [
        *generated("comparisons", "g"),
        ("Anaphor", r"(?<=\b[Ll]e\s)(?:groupe|géant)\b|(?<=\b[Tt]he\s)(?:group|giant)\b", ["groupe", "géant", "group", "giant"], True, "#pop"),
        *generated("units after number words", "g"),
    ],
    "h": [
        *generated("comparisons", "h"),
    ],
    "i": [
        # "d'ici 2029": the lead is "ici", after the elided "d'".
        ("Period Until", r"(?<=\bd['’])ici" + YEAR_AHEAD, ["ici"], True, "#pop"),
    ],
    "j": [
        *generated("quarter months", "j"),
        ("Period Until", r"\bjusqu['’](?:en|à|au)" + YEAR_AHEAD, ["jusqu"], True, "#pop"),
        *generated("hedges", "j"),
    ],
    "l": [
        # "l'" is frequent: one cached search of the line beats trying a dozen phrases at each one.
        ("Relative Period", r"\bl['’]an(?:née(?:\s+(?:dernière|passée|précédente|prochaine|en\s+cours|écoulée))?|\s+(?:dernier|passé|prochain))\b",
         ["l"], True, "#pop"),
        *generated("relative_periods", "l"),
        ("Anaphor", r"\bl['’](?:entreprise|entité)\b", ["l"], True, "#pop"),
        *generated("hedges", "l"),
        *generated("comparisons", "l"),
    ],
    "m": [
        ("Entity", ["Meta Platforms", "Mistral AI", "Microsoft Azure"], ["Meta", "Mistral", "Microsoft"], False, "#pop"),
        *generated("hedges", "m"),
        ("Comparison", r"\bmoins\s+(?:élevée?s?|importante?s?|grande?s?)\s+qu(?:e|['’])", ["moins"], True, "#pop"),
        *generated("magnitudes after number words", "m"),
        *generated("units after number words", "m"),
    ],
    "n": [
        *generated("net_income_cues", "n"),
        *generated("relative_periods", "n"),
        ("Relative Period", r"\bnext\s+" + YEARS_COUNT + r"\s+years\b", ["next"], True, "#pop"),
        *generated("hedges", "n"),
    ],
    "o": [
        *generated("quarter months", "o"),
        *generated("other_money_cues", "o"),
        ("Relative Period", r"\bover\s+(?:the\s+(?:next|coming)\s+)?" + YEARS_COUNT + r"\s+years\b", ["over"], True, "#pop"),
        *generated("hedges", "o"),
    ],
    "p": [
        ("Entity", ["projet Stargate", "Projet Stargate", "Project Stargate"], ["projet", "Project"], False, "#pop"),
        *generated("quarter names", "p"),
        *generated("relative_periods", "p"),
        *generated("comparisons", "p"),
        ("Comparison", r"\bplus\s+(?:élevée?s?|importante?s?|grande?s?)\s+qu(?:e|['’])", ["plus"], True, "#pop"),
        *generated("hedges", "p"),
    ],
    "q": [
        *generated("quarter names", "q"),
        *generated("hedges", "q"),
    ],
    "r": [
        *generated("net_income_cues", "r"),
        *generated("other_money_cues", "r"),
        *generated("hedges", "r"),
    ],
    "s": [
        ("Entity", ["Stargate project", "Stargate Project", "SoftBank Group"], ["Stargate", "SoftBank"], False, "#pop"),
        *generated("quarter names", "s"),
        *generated("hedges", "s"),
        ("Relative Period", r"\bsur\s+(?:les\s+" + YEARS_COUNT + r"\s+prochaines\s+années|" + YEARS_COUNT + r"\s+ans)\b", ["sur"], True, "#pop"),
        *generated("comparisons", "s"),
        ("Anaphor", r"(?<=\b[Ll]a\s)société\b", ["société"], True, "#pop"),
    ],
    "t": [
        *generated("quarter names", "t"),
        *generated("relative_periods", "t"),
        ("Relative Period", r"(?<=\b[Cc]e\s)trimestre\b", ["trimestre"], True, "#pop"),
        ("Period Until", r"\b(?:through|till)" + YEAR_AHEAD, ["through", "till"], True, "#pop"),
        *generated("magnitudes after number words", "t"),
    ],
    "u": [
        ("Entity", ["United Arab Emirates", "Union européenne"], ["United", "Union"], False, "#pop"),
        ("Period Until", r"\buntil" + YEAR_AHEAD, ["until"], True, "#pop"),
        *generated("comparisons", "u"),
        *generated("hedges", "u"),
    ],
    "v": [
        *generated("comparisons", "v"),
    ],
    "y": [
        *generated("relative_periods", "y"),
    ],
}

for _kind, _letters in GENERATED.items():
    for _letter, _rules in _letters.items():
        if (_kind, _letter) not in PLACED:
            PHRASES.setdefault(_letter, []).extend(_rules)

# Single words, one keyword list per kind (tried in this order once no phrase matched).
KINDS = [
    ("Entity", "entities", False, """Meta Facebook Instagram WhatsApp Microsoft Amazon AWS Alphabet Google YouTube Stargate
        OpenAI ChatGPT SoftBank Oracle Nvidia NVIDIA Apple xAI Tesla Anthropic Intel AMD TSMC Samsung IBM Broadcom
        CoreWeave Alibaba Tencent Baidu ByteDance TikTok Brookfield MGX InvestAI France EU UE UAE EAU Azure Softbank French"""),
    ("Capex Cue", "capex cues", True, lexicon_words("capex_cues")),
    ("Revenue Cue", "revenue cues", True, lexicon_words("revenue_cues")),
    ("Net Income Cue", "net income cues", True, lexicon_words("net_income_cues")),
    ("Other Money Cue", "other money cues", True, lexicon_words("other_money_cues")),
    ("Stock Cue", "stock cues", True, lexicon_words("stock_cues")),
    ("Currency", "currency codes", False, " ".join(CURRENCY_CODES)),
]

# Figure context word lists.
FIGURE_LISTS = [
    ("magnitudes", True, " ".join(MAGNITUDES_WRITTEN + MAGNITUDE_ABBREVIATIONS)),
    ("magnitude letters", False, " ".join(MAGNITUDE_LETTERS)),
    ("currency words", True, " ".join(unique(CURRENCY_WORDS + CURRENCY_CODES))),
    ("units", True, " ".join(w for w in UNIT_WORDS if " " not in w)),
    # Words between a count and its unit: "1,3 million de GPU", "300 million weekly users",
    # "350,000 Nvidia H100 chips".
    ("figure glue", True, " ".join(FIGURE_GLUE)),
    ("hedges after", True, " ".join(w for w in TRAILING_HEDGES if " " not in w)),
    ("percent words", True, " ".join(w for w in PERCENT_WORDS if " " not in w)),
    # Not used by a rule: FigureLexer reads it to make "un" of "un milliard" a Number token.
    ("number words", True, " ".join(NUMBER_WORD_LIST)),
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
DATE = (r"(?<![\p{L}\p{N}_])(?:\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})"
        r"|\d{1,2}(?:er)?\s+(?:" + "|".join(MONTHS) + r")\s+(?:19|20)\d\d"
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


def anchored(pattern):
    """A RegExpr that only looks where it is tried. KSyntaxHighlighting searches the rest of the
    line with a RegExpr and skips it until the place found; a rule tried only at the start of a
    number or of a lead word wastes that search. \\G anchors at the offset tried; the empty
    match one character later tells the highlighter to try again from there, not to give up on
    the line. The spans are the same; the lexer runs 6 % fewer instructions."""
    return r"\G(?:" + pattern + r")|(?<=\G.)"


def keyword(attribute, list_name, insensitive, context=None, lookahead=False):
    return ("<keyword" + attr("attribute", attribute) + attr("String", list_name) + (attr("context", context) if context else "")
            + (' lookAhead="true"' if lookahead else "") + (' insensitive="true"' if insensitive else "") + "/>")


def string_detect(attribute, text, context=None, insensitive=True):
    return ("<StringDetect" + attr("attribute", attribute) + (attr("context", context) if context else "") + attr("String", text)
            + (' insensitive="true"' if insensitive else "") + "/>")


def word_detect(attribute, text, context, insensitive):
    return ("<WordDetect" + attr("attribute", attribute) + attr("context", context) + attr("String", text)
            + (' insensitive="true"' if insensitive else "") + "/>")


def case_variants(words):
    """Each word as written, in lower case, capitalised and in capitals, once each: the forms a
    case-insensitive lookup finds in news text (a headline in capitals, a sentence's first word)."""
    out, seen = [], set()
    for word in words:
        for form in (word, word.lower(), word[:1].upper() + word[1:].lower(), word.upper()):
            if form not in seen:
                seen.add(form)
                out.append(form)
    return out


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
    lead_forms = case_variants(leads)
    out.append(item_list("leads", lead_forms))

    def lead_forms_of(words):
        """The forms of "leads" that a case-insensitive lookup of words would find. Only a word of
        "leads" reaches Kinds, so this case-sensitive list finds what the case-insensitive one
        would, with a comparison that does not fold every character it compares."""
        folded = {w.casefold() for w in words}
        return [w for w in lead_forms if w.casefold() in folded]

    out.append(item_list("phrase leads", lead_forms_of(phrase_only)))
    for _, list_name, insensitive, _ in KINDS:
        out.append(item_list(list_name, lead_forms_of(kind_words[list_name]) if insensitive else kind_words[list_name]))
    for name, _, text in FIGURE_LISTS:
        out.append(item_list(name, words(text)))

    ctx = []
    # Normal tries its rules at every word, space and sign of the text, words first, as they are
    # most of it: a rule that cannot match a word (a digit, a sign) comes after DetectIdentifier,
    # which takes every word that is not a lead. Sign words ("US$") and "FY" are told by their
    # first two letters (Detect2Chars, two comparisons of a unit) rather than by a string
    # comparison at every word; a sign word's context tries it, then goes on as Normal would.
    sign_pairs = {}
    for w in CURRENCY_SIGN_WORDS:
        assert len(w) >= 2 and w[0].isascii() and w[0].isalpha(), f"{w}: a currency sign word must start with a letter"
        assert not w.startswith("FY"), f"{w}: its context would take the place of FY's"
        sign_pairs.setdefault(w[:2], []).append(w)
    pair_rules = "".join(f'        <Detect2Chars attribute="Normal Text"{attr("char", pair[0])}{attr("char1", pair[1])}'
                         f' context="Sign{i}" lookAhead="true"/>\n' for i, pair in enumerate(sign_pairs))
    ctx.append('      <context name="Normal" attribute="Normal Text" lineEndContext="#stay">\n'
               '        <DetectSpaces attribute="Normal Text"/>\n'
               # Before "leads": a keyword rule that fails skips to the end of what it took for a
               # word, for the rest of the line, so tried at "2024revenue" it would not be tried
               # again at "revenue" once the number is read.
               '        <Int attribute="Number" context="Digits" lookAhead="true"/>\n'
               + pair_rules +
               '        <Detect2Chars attribute="Normal Text" char="F" char1="Y" context="Classify" lookAhead="true"/>\n'
               "        " + keyword("Normal Text", "leads", False, "Classify", True) + "\n"
               '        <DetectIdentifier attribute="Normal Text"/>\n'
               '        <AnyChar attribute="Currency"' + attr("String", CURRENCY_SIGNS) + '/>\n'
               '        <DetectChar attribute="Percent" char="%"/>\n      </context>\n\n')
    for i, signs in enumerate(sign_pairs.values()):
        ctx.append(f'      <context name="Sign{i}" attribute="Normal Text" lineEndContext="#pop">\n'
                   + "".join("        " + string_detect("Currency", w, "#pop", insensitive=False) + "\n" for w in signs)
                   + "        " + keyword("Normal Text", "leads", False, "#pop!Classify", True) + "\n"
                   '        <DetectIdentifier attribute="Normal Text" context="#pop"/>\n      </context>\n\n')
    # Every number of the text tries these, and a RegExpr is the dearest rule there is: a date or
    # a quarter is one gate match, and only a number that starts with 19 or 20 tries the year.
    # Date, then Quarter, then Year, then Number, as before the gates.
    quarter = r"(?<![\p{L}\p{N}_])[1-4](?:er|e|ème)\s+trimestre\b"
    year_then_number = ("        " + regexpr("Year", anchored(YEAR), False, "#pop!Figure") + "\n"
                        "        " + regexpr("Number", anchored(NUMBER), False, "#pop!Figure") + "\n"
                        '        <Int attribute="Number" context="#pop"/>\n      </context>\n\n')
    year_leads = ('        <Detect2Chars attribute="Normal Text" char="1" char1="9" context="#pop!DigitsYear" lookAhead="true"/>\n'
                  '        <Detect2Chars attribute="Normal Text" char="2" char1="0" context="#pop!DigitsYear" lookAhead="true"/>\n')
    ctx.append('      <context name="Digits" attribute="Normal Text" lineEndContext="#pop">\n'
               "        " + regexpr("Normal Text", anchored("(?:" + DATE + ")|(?i:" + quarter + ")"), False, "#pop!DigitsDate")
               .replace("/>", ' lookAhead="true"/>') + "\n"
               + year_leads
               + "        " + regexpr("Number", anchored(NUMBER), False, "#pop!Figure") + "\n"
               '        <Int attribute="Number" context="#pop"/>\n      </context>\n\n')
    ctx.append('      <context name="DigitsDate" attribute="Normal Text" lineEndContext="#pop">\n'
               "        " + regexpr("Date", anchored(DATE), False, "#pop") + "\n"
               "        " + regexpr("Quarter", anchored(quarter), True, "#pop") + "\n"
               + year_then_number)
    ctx.append('      <context name="DigitsYear" attribute="Normal Text" lineEndContext="#pop">\n' + year_then_number)
    # Figure is entered after every number and left at the first word that is not part of the
    # figure, which therefore tries every rule here: so only cheap rules, and one keyword list
    # ("figure words") that opens FigureWord, where the detailed lists are.
    hedge_phrases = [w for w in TRAILING_HEDGES if " " in w]
    percent_phrases = [w for w in PERCENT_WORDS if " " in w]
    currency_phrases = CURRENCY_PHRASES
    unit_phrases = [w for w in UNIT_WORDS if " " in w]
    figure_words = []
    for text in hedge_phrases + percent_phrases + currency_phrases + unit_phrases:
        first = text.split()[0].split(".")[0]
        if first.casefold() not in {w.casefold() for w in figure_words}:
            figure_words.append(first)
    for name, _, text in FIGURE_LISTS:
        if name in ("magnitude letters", "number words"):
            continue
        for word in words(text):
            if word.casefold() not in {w.casefold() for w in figure_words}:
                figure_words.append(word)
    for word in RANGE_CONNECTORS:
        if word.casefold() not in {w.casefold() for w in figure_words}:
            figure_words.append(word)
    # Looked up after every number: case-sensitive with its case forms, as "leads".
    out.append(item_list("figure words", case_variants(figure_words)))
    # Only words of "figure words" reach FigureWord, in those forms: the same forms find these.
    assert all(first_word(w) == w for w in RANGE_CONNECTORS), "range connectors are single words"
    out.append(item_list("range connectors", case_variants(RANGE_CONNECTORS)))
    out.append(item_list("figure phrase leads", case_variants(unique(
        [first_word(text) for text in hedge_phrases + percent_phrases + currency_phrases + unit_phrases]))))
    figure = ['      <context name="Figure" attribute="Normal Text" lineEndContext="#pop" fallthroughContext="#pop">',
              '        <DetectSpaces attribute="Normal Text"/>',
              '        <Int attribute="Number" context="FigureDigits" lookAhead="true"/>',
              '        <AnyChar attribute="Currency"' + attr("String", CURRENCY_SIGNS) + '/>',
              '        <DetectChar attribute="Percent" char="%"/>',
              # "450M+ users": the plus of "or more" keeps the figure open for its unit.
              '        <DetectChar attribute="Normal Text" char="+"/>',
              '        <AnyChar attribute="Normal Text" String="\'’"/>',
              '        <AnyChar attribute="Normal Text" String="-–—" context="FigureDash" lookAhead="true"/>',
              *("        " + string_detect("Currency", w, insensitive=False) for w in CURRENCY_SIGN_WORDS),
              "        " + keyword("Normal Text", "figure words", False, "FigureWord", True),
              "        " + keyword("Magnitude", "magnitude letters", False),
              "      </context>\n",
              '      <context name="FigureDigits" attribute="Normal Text" lineEndContext="#pop">',
              '        <Detect2Chars attribute="Normal Text" char="1" char1="9" context="#pop!FigureYear" lookAhead="true"/>',
              '        <Detect2Chars attribute="Normal Text" char="2" char1="0" context="#pop!FigureYear" lookAhead="true"/>',
              "        " + regexpr("Number", anchored(NUMBER), False, "#pop"),
              '        <Int attribute="Number" context="#pop"/>',
              "      </context>\n",
              '      <context name="FigureYear" attribute="Normal Text" lineEndContext="#pop">',
              "        " + regexpr("Year", anchored(YEAR), False, "#pop"),
              "        " + regexpr("Number", anchored(NUMBER), False, "#pop"),
              '        <Int attribute="Number" context="#pop"/>',
              "      </context>\n",
              '      <context name="FigureDash" attribute="Normal Text" lineEndContext="#pop" fallthroughContext="#pop#pop">',
              "        " + regexpr("Range", anchored(r"[-–—]" + DIGIT_AHEAD), False, "#pop"),
              "      </context>\n",
              ]
    # FigureWord is entered at every word of "figure words" after a number ("milliards",
    # "billion", "GPU"): the range connectors try the Range RegExpr (FigureRange) and the first
    # words of phrases their StringDetects (FigurePhrase); other words go straight to the lists.
    phrases = []
    for text in hedge_phrases:
        phrases.append("        " + string_detect("Hedge", text, "#pop#pop"))
    for text in percent_phrases:
        phrases.append("        " + string_detect("Percent", text, "#pop"))
    for text in currency_phrases:
        phrases.append("        " + string_detect("Currency", text, "#pop"))
    for text in unit_phrases:
        phrases.append("        " + string_detect("Unit", text, "#pop"))
    lists = ["        " + keyword("Hedge", "hedges after", True, "#pop#pop"),
             "        " + keyword("Magnitude", "magnitudes", True, "#pop"),
             "        " + keyword("Currency", "currency words", True, "#pop"),
             "        " + keyword("Unit", "units", True, "#pop"),
             "        " + keyword("Percent", "percent words", True, "#pop"),
             "        " + keyword("Normal Text", "figure glue", True, "#pop"),
             "      </context>\n"]
    phrase_guard = "        " + keyword("Normal Text", "figure phrase leads", False, "#pop!FigurePhrase", True)

    def figure_word_context(name, first_rules):
        return ([f'      <context name="{name}" attribute="Normal Text" lineEndContext="#pop" fallthroughContext="#pop#pop">']
                + first_rules)
    figure += figure_word_context("FigureWord", ["        " + keyword("Normal Text", "range connectors", False, "#pop!FigureRange", True),
                                                 phrase_guard] + lists)
    figure += figure_word_context("FigureRange", ["        " + regexpr("Range", anchored(r"\b" + alternation(RANGE_CONNECTORS) + r"\b" + DIGIT_AHEAD), True, "#pop"),
                                                  phrase_guard] + lists)
    figure += figure_word_context("FigurePhrase", phrases + lists)
    ctx.append("\n".join(figure) + "\n")

    classify = ['      <context name="Classify" attribute="Normal Text" lineEndContext="#pop">']
    # Classify tries its letters one after the other at every lead word: the letters that begin
    # most lead words in news text first (counted on French and English articles), so that a
    # lead word tries a few AnyChar rules rather than half of them. Any order reads the same.
    common_first = "amcibslfpàdetgrouynjhqvéwx"
    for letter in sorted(PHRASES, key=lambda l: (common_first.find(l) if l in common_first else len(common_first), l)):
        classify.append(f'        <AnyChar String="{letter}{letter.upper()}" context="#pop!{letter.upper()}" lookAhead="true"/>')
    classify += ['        <IncludeRules context="Kinds"/>', "      </context>\n"]
    ctx.append("\n".join(classify) + "\n")
    for letter in sorted(PHRASES):
        name = letter.upper()
        phrases = PHRASES[letter]
        # Patterns that start with a literal word can share one search; a lookbehind would make
        # the shared search slow, so those keep their own.
        regexes = [rule for rule in phrases if not isinstance(rule[1], list) and rule[1].startswith(r"\b")]
        rules = [f'      <context name="{name}" attribute="Normal Text" lineEndContext="#pop">']
        if len(regexes) > 1:
            # Every word of the letter enters its context: one match for all the phrases of a
            # letter, then the phrases one by one only where one of them is.
            assert all(rule[3] for rule in regexes)
            gate = "|".join("(?:" + rule[1] + ")" for rule in regexes)
            rules.append("        " + regexpr("Normal Text", anchored(gate), True, f"#pop!{name}Phrase").replace("/>", ' lookAhead="true"/>'))
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
             "        " + keyword("Normal Text", "phrase leads", False, "#pop")]
    for attribute, list_name, _, _ in KINDS:
        kinds.append("        " + keyword(attribute, list_name, False, "#pop"))
    kinds += ['        <DetectIdentifier attribute="Normal Text" context="#pop"/>', "      </context>"]
    ctx.append("\n".join(kinds) + "\n")

    out.append("\n    <contexts>\n" + "".join(ctx) + "    </contexts>\n\n    <itemDatas>\n")
    for name, style in ITEM_DATAS:
        out.append(f'      <itemData name="{name}" defStyleNum="{style}"/>\n')
    out.append("    </itemDatas>\n  </highlighting>\n  <general>\n"
               '    <keywords casesensitive="1" additionalDeliminator="\'&quot;’‘«»“”…–—' + escape(CURRENCY_SIGNS) + '@#&#160;&#8239;"/>\n'
               "  </general>\n</language>\n")
    path = os.path.join(HERE, "recoupe-figures.xml")
    text = "".join(out)
    if "--check" in sys.argv[1:]:
        # CTest (tests/figures): a profile or table edited without running this script would
        # leave the lexicon and the parser reading different words.
        with open(path, encoding="utf-8") as fh:
            if fh.read() != text:
                print(f"{path} is not what {os.path.basename(__file__)} makes of the language profiles and its "
                      "tables: run it and commit the result", file=sys.stderr)
                return 1
        return 0
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
