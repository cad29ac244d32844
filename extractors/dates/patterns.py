"""Pattern data for French calendar expressions.

Only data lives here: verbose ``(?x)`` regex fragments and small lookup tables, in one section per
module that reads them (absolute, ranges, periods, relative, weeks, holidays, dateline), after
the fragments they all build on. finder.py compiles the rule patterns once at import, in the
order of its rule table, and dateline.py its own, all with ``re.IGNORECASE``; the modules compile
the context cues they check, each of which states its own case rule (``(?i)``, or none: the
capitals of EVENT_NAME_BEFORE matter). A month name without a number is matched whatever its
case; ``relative.h_month_rel`` reads its capital and its cue word to tell a month from a name.
"""

from __future__ import annotations

from ..numbers import number_words

# ---------------------------------------------------------------------------------------------
# Fragments every family builds on: month, weekday, day and year words.
# ---------------------------------------------------------------------------------------------

# Apostrophes: news text mixes the typewriter quote and the typographic one.
APOS = r"['’]"

# Month names. Each abbreviation must end on its dot or on a word boundary, so that "sept."
# and "sept 2025" are months but "septembre" is never read as "sept" + "embre".
MONTH = r"""(?x: (?=[adfjmnosADFJMNOS]) (?:   # cheap first-letter filter before the alternatives
    janvier | janv\. | janv\b | jan\. | jan\b
  | f[ée]vrier | f[ée]vr\. | f[ée]vr\b | f[ée]v\. | f[ée]v\b
  | mars                                  # no "mar." : it is also short for mardi
  | avril | avr\. | avr\b
  | mai\b
  | juin
  | juillet | juil\. | juil\b
  | ao[ûu]t | ao[ûu]\.
  | septembre | sept\. | sept\b | sep\. | sep\b
  | octobre | oct\. | oct\b
  | novembre | nov\. | nov\b
  | d[ée]cembre | d[ée]c\. | d[ée]c\b
))"""

# Full month names only: what may stand alone ("en janvier", "septembre dernier").
MONTH_FULL = r"""(?x: (?=[adfjmnosADFJMNOS]) (?:
    janvier | f[ée]vrier | mars | avril | mai | juin | juillet | ao[ûu]t
  | septembre | octobre | novembre | d[ée]cembre
))"""

# Accent-folded, dot-stripped prefixes -> month number. Longest prefixes first, because "juil"
# and "juin" share "jui".
MONTH_PREFIXES: tuple[tuple[str, int], ...] = (
    ("juil", 7),
    ("juin", 6),
    ("jan", 1),
    ("fev", 2),
    ("mar", 3),
    ("avr", 4),
    ("mai", 5),
    ("aou", 8),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
)

# Weekdays, with the three-letter abbreviations used in listings ("mer. 24 juin").
WEEKDAY = r"""(?x: (?=[djlmsvDJLMSV]) (?:
    lundi | mardi | mercredi | jeudi | vendredi | samedi | dimanche
  | lun\. | mar\. | mer\. | jeu\. | ven\. | sam\. | dim\.
))"""
WEEKDAY_NUMBERS: dict[str, int] = {
    "lun": 0,
    "mar": 1,
    "mer": 2,
    "jeu": 3,
    "ven": 4,
    "sam": 5,
    "dim": 6,
}

# Day of the month. The look-behind keeps "45 mars" from being read as "5 mars": the whole
# "45" is captured, then rejected as an impossible day.
DAY = r"""(?x:
    (?<![\d,.])
    (?: 1er | 1ᵉʳ | premier | \d{1,2} )
    (?!\d)
)"""

# Day numbers written in words, for ranges such as "du premier au dix juillet".
DAY_WORDS: dict[str, int] = {
    "premier": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20,
    "vingt et un": 21, "vingt-et-un": 21, "vingt-deux": 22, "vingt-trois": 23,
    "vingt-quatre": 24, "vingt-cinq": 25, "vingt-six": 26, "vingt-sept": 27, "vingt-huit": 28,
    "vingt-neuf": 29, "trente": 30, "trente et un": 31, "trente-et-un": 31,
}  # fmt: skip

# A four-digit year standing on its own: not glued to letters ("A380", "COP2021"), not part of a
# decimal or a thousands group ("2 012", "2012,5"), not the head of a law number ("2004-575").
YEAR_CORE = r"(?x: \d{4} (?![\w°%€$]|[.,/-]\d|\s\d{3}\b) )"
YEAR4 = r"(?x: (?<![\w.,/°]) (?<!\d\s) (?<!\d-) " + YEAR_CORE + ")"
# The first year of a range: same look-behind, but a dash may follow ("1996-1997").
YEAR4_START = r"(?x: (?<![\w.,/°]) (?<!\d\s) (?<!\d-) \d{4} (?![\w°%€$]|[.,]\d|\s\d{3}\b) )"

# Relative-order adjectives after a month, a weekday or "mois"/"an"/"année".
PAST_WORD = r"(?x: derni(?:er|ère|ere) | pass[ée]e? )"
NEXT_WORD = r"(?x: prochaine? | qui\s+vient )"

# Small cardinal numbers written in words, for "il y a trois ans", "dans deux mois".
NUMBER = rf"(?x: \d{{1,3}} | {number_words(1, 100)} )"

# The end of a clause: where a day number written without its month or year must stand, since
# inside a clause the number is as often a count.
_CLAUSE_END = r"(?=\s*(?:[.,;:!?)»\n]|$))"


# ---------------------------------------------------------------------------------------------
# Dates stated in full or nearly (absolute.py).
# ---------------------------------------------------------------------------------------------

# "lundi 3 mars 2025", "le 1er janvier 2024", "mer. 24 juin 2020", "12 Janvier, 2018".
# The weekday is part of the span (it is part of the date as written); "le" is not.
DAY_MONTH_YEAR = rf"""(?x)
    (?<!\w)                            # start on a word: fails fast mid-word
    (?:(?P<wd>{WEEKDAY})(?:\s*,\s+|\s+))?
    (?P<d>{DAY})\s*
    (?P<m>{MONTH})
    (?: \s*(?:,\s*)?(?:de\s+)?(?P<y>\d{{4}})         # year optional: "le 3 mars" takes the reference year,
      | \s+'?(?P<yy>\d{{2}}) (?=\s*(?:[.,;:!?)]|$))   # "31 octobre 74": only before punctuation
      | \s+(?:(?P<past>{PAST_WORD})|(?P<next>{NEXT_WORD}))   # "le 20 janvier prochain"
    )?
    (?![\d\w])
"""

# Day, month name and year joined by slashes or dashes: "07/juin/2021", "3-oct.-2019" is not
# covered, "14-mars-2022" is.
DMY_NAMED_SEP = rf"""(?x)
    (?<![\w/-])
    (?P<d>\d{{1,2}}) (?P<sep>[/-]) (?P<m>{MONTH_FULL}|{MONTH}) (?P=sep) (?P<y>\d{{4}})
    (?![\w/-])
"""

# The same with the year in the middle or first: "23-2020-septembre", "2020/23/sept.". The
# month name says which number is the day.
NAMED_SEP_OTHER_ORDERS = rf"""(?x)
    (?<![\w/-])
    (?: (?P<d1>\d{{1,2}}) (?P<s1>[/-]) (?P<y1>\d{{4}}) (?P=s1) (?P<m1>{MONTH})
      | (?P<y2>\d{{4}}) (?P<s2>[/-]) (?P<d2>\d{{1,2}}) (?P=s2) (?P<m2>{MONTH}) )
    (?![\w/-])
"""

# Month first, with a four-digit year: "février 14, 2019", "mars 3 de 2011", "Sep-23-2020".
# A lone space between the day and the year needs a two-digit day, so "juin 2 2000" (a count
# written with a space) is not read as a date.
MONTH_DAY_YEAR = rf"""(?x)
    (?<!\w)
    (?:(?P<wd>{WEEKDAY})(?:\s*,\s+|\s+))?
    (?P<m>{MONTH}) (?: \s+ | \s*-\s* )
    (?P<d>\d{{1,2}}) (?:er)?
    (?P<sep> \s*,\s* | \s+de\s+ | \s*-\s* | \s+ )     # a bare space needs a two-digit day
    (?P<y>\d{{4}})
    (?![\w]|[.,/-]\d)
"""

# Month first without a year: "Oct. 2", "Oct-2", "octobre. 2", "mai vingt-neuf", "août seconde".
# Only at the end of a clause, since "en mars 3 usines ont fermé" is a count. A two-digit number
# after a full month name at the end of a clause stays MONTH_YY's ("avril 87"), which runs first.
_DAY_WORD = " | ".join(w.replace(" ", r"\s+") for w in sorted(DAY_WORDS, key=len, reverse=True))
MONTH_DAY = rf"""(?x)
    (?<!\w)
    (?P<m>{MONTH}) \.? (?: \s+ | \s*-\s* )
    (?P<d> \d{{1,2}} (?:er)? (?!\d)
         | {_DAY_WORD}
         | seconde? )
    {_CLAUSE_END}
"""

# "le 4e jour de mai 2019", "le dernier jour de mars": a day written as the n-th day of a month.
NTH_DAY_OF_MONTH = rf"""(?x)
    (?<![\w-])
    (?P<d> \d{{1,2}} (?:e|ème|eme) | 1er | premier | dernier ) \s+ jour \s+ (?:de\s+|d{APOS}) \s*
    (?P<m>{MONTH_FULL}) (?: \s*(?:,\s*)? (?:de\s+)? (?P<y>{YEAR_CORE}) )?
    (?![\w])
"""

# The n-th weekday of a month: "le premier lundi de mars", "le dernier dimanche d'octobre 2023".
NTH_WEEKDAY_ORDINALS: dict[str, int] = {
    "premier": 1, "1er": 1, "deuxième": 2, "deuxieme": 2, "second": 2, "2e": 2,
    "troisième": 3, "troisieme": 3, "3e": 3, "quatrième": 4, "quatrieme": 4, "4e": 4,
    "cinquième": 5, "cinquieme": 5, "5e": 5, "dernier": -1,
}  # fmt: skip
NTH_WEEKDAY = rf"""(?x)
    (?<![\w-])
    (?P<ord>{" | ".join(sorted(NTH_WEEKDAY_ORDINALS, key=len, reverse=True))}) \s+
    (?P<wd>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \s+ (?:de\s+|d{APOS}) \s*
    (?P<m>{MONTH_FULL}) (?: \s*(?:,\s*)? (?P<y>{YEAR_CORE}) )?
    (?![\w])
"""

# Numeric dates, day first as in France: "03/04/2025", "3-7-2007", "12.03.2025", "02 04 2009".
# The separator is repeated with a back-reference so "12/03-2025" is not a date.
NUMERIC_DMY = r"""(?x)
    (?<![\d/.,-])
    (?P<d>\d{1,2}) (?P<sep>[/.-]|\s) (?P<m>\d{1,2}) (?P=sep) (?P<y>\d{4}|\d{2})
    (?![\d]|[/.,-]\d)
"""

# Day and month only, after "le" or "du": "le 14/07", "du 2/3". Without the article "2/3" is
# a fraction, so the article is required.
NUMERIC_DM = r"""(?x)
    (?<!\w) (?:le|du|au) \s+
    (?P<d>\d{1,2}) / (?P<m>\d{1,2})
    (?![\d]|[/.,-]\d)
"""

# Day and month without an article, two digits each: "22/04", "12/08, 2015", "12/08,15". Two
# digits on both sides keep fractions ("2/3") out; the finder rejects a day above 31 or a month
# above 12 ("18/20" is a mark) and a unit after it. A two-digit year must be glued to the comma:
# in "le 12/08, 15 personnes" the 15 is a count.
NUMERIC_DM_BARE = r"""(?x)
    (?<![\w/.,-]) (?<!\d\s)
    (?P<d>[0-3]\d) / (?P<m>[01]\d)
    (?: ,(?P<yy>\d{2}) | ,\s*(?P<y>\d{4}) )?
    (?![\d]|[/.,-]\d)
"""

# ISO and year-first numeric dates: "2025-03-12", "2025/03/12".
NUMERIC_YMD = r"""(?x)
    (?<![\d/.,-])
    (?P<y>\d{4}) (?P<sep>[-/]) (?P<m>\d{1,2}) (?P=sep) (?P<d>\d{1,2})
    (?![\d]|[/.,-]\d)
"""

# Month and year: "mars 2025", "janv. 2025", "au mois de novembre 2016",
# "mois de mars de l'année 2016".
MONTH_YEAR = rf"""(?x)
    (?<!\w)                            # start on a word: fails fast mid-word
    (?:(?=[adlmADLM])(?:au\s+|du\s+|le\s+)?mois\s+d{APOS}?e?\s*)?
    (?P<m>{MONTH})\.?\s*(?:[,/]\s*)?     # "mars. 2015": a stray dot after a full name, as after "janv."
    (?:de\s+l{APOS}ann[ée]e\s+)?
    (?P<y>\d{{4}})
    (?![\w]|[.,/-]\d)
"""

# A month name with a two-digit year, only before punctuation: "en avril 87, il ...".
MONTH_YY = rf"""(?x)
    (?<!\w)
    (?P<m>{MONTH_FULL}) \s+ '?(?P<yy>\d{{2}}) (?=\s*(?:[.,;:!?)]|$))
"""

# Numeric month and year: "11/2016", "2016-11", "2016/11", "11-2016" (one to two digit month).
NUMERIC_MONTH_YEAR = r"""(?x)
    (?<![\d/.,-])
    (?:
        (?P<m1>\d{1,2}) \s?[/-]\s? (?P<y1>\d{4})
      | (?P<y2>\d{4}) (?: \s{0,2}[/-]\s? | \. ) (?P<m2>\d{1,2})   # "2016 -11"; "2016. 11" ends a sentence
    )
    (?![\d]|[/.,-]\d)
"""

# A month written as a number after "en" or "mois de", with its year: "en 4, 2019",
# "au mois de 7 de l'année 2015".
NUMERIC_MONTH_CUED = rf"""(?x)
    (?<![\w-])
    (?: en | mois\s+de ) \s+ (?P<m>\d{{1,2}})
    (?: \s*,\s* | \s+de\s+l{APOS}ann[ée]e\s+ ) (?P<y>{YEAR_CORE})
    (?![\w])
"""

# Words that may stand before a year used as time; they are kept in the span because they carry
# the meaning ("depuis 1998", "la crise de 2009"). "entre"/"de ... à" are ranges, handled apart.
YEAR_LEAD = rf"""(?x:
    en | depuis | d[èe]s | de | d{APOS} | du\s+cours\s+de | au\s+cours\s+de
  | d{APOS}ici(?:\s+(?:à|a|la\s+fin\s+de))? | jusqu{APOS}(?:en|à|au|a)
  | à\s+partir\s+de | avant | après | apres | pour | vers | courant
  | l{APOS}ann[ée]e | l{APOS}an | (?:à\s+)?l{APOS}horizon(?:\s+de)?
)"""

# A year used as time. The lead-in word is looked up backwards from the digits by the finder
# (YEAR_LEAD_BEFORE), so that this pattern only ever starts on a digit: scanning every word
# start for a dozen optional lead-ins is what made it slow.
YEAR = rf"(?x) (?P<y>{YEAR4})"
YEAR_LEAD_BEFORE = rf"(?xi: (?<!\w) (?P<lead>{YEAR_LEAD}) \s* $ )"

# A year in two digits after "en": "arrivé en 95", "rien gagné en 96." Only before a clause's end
# or a conjunction: "en 95 minutes" is a duration.
YEAR_YY = rf"""(?x)
    (?<![\w-]) (?P<lead> en | depuis | dès | jusqu{APOS}en ) \s+ (?P<yy>\d{{2}})
    (?= \s*(?:[.,;:!?)]|$) | \s+(?:et|ou|puis|mais|quand|lorsque|alors|déjà|aussi|avant|après)\b )
"""

# Decades: "les années 1970", "années 2000", "les années 80", "les années soixante-dix", "1990s".
DECADE_WORDS: dict[str, int] = {
    "vingt": 1920,
    "trente": 1930,
    "quarante": 1940,
    "cinquante": 1950,
    "soixante": 1960,
    "soixante-dix": 1970,
    "quatre-vingt": 1980,
    "quatre-vingts": 1980,
    "quatre-vingt-dix": 1990,
}
_DECADE_WORD = " | ".join(
    w.replace("-", r"[\s-]") for w in sorted(DECADE_WORDS, key=len, reverse=True)
)
DECADE = rf"""(?x)
    (?<![\w-])
    (?:
        ann[ée]es \s+
        (?: (?P<y>1\d\d0|20\d0) | (?P<yy>[2-9]0)
          | (?P<w>{_DECADE_WORD}) )
      | (?P<ys>1\d\d0|20\d0) (?:s|{APOS}s)
    )
    (?![\w-])
"""


# ---------------------------------------------------------------------------------------------
# Ranges (ranges.py).
# ---------------------------------------------------------------------------------------------

# Day ranges within one month or across months:
#   "du 3 au 5 mars 2025", "du 2 février 2023 au 14 avril 2024", "les 9 et 10 juillet",
#   "3-5 mars 2025", "entre le 3 et le 5 mai".
DAY_RANGE = rf"""(?x)
    (?<!\w)                            # start on a word: fails fast mid-word
    (?=\S)                             # a lone run of spaces never starts a match
    (?: du | les | entre\s+le | entre )? \s*
    (?:{WEEKDAY}\s+)?                  # "du lundi 1er au mercredi 10 juillet"
    (?P<d1>{DAY}) (?:\s+(?P<m1>{MONTH}) (?:\s+(?P<y1>\d{{4}}))? )?
    \s* (?: au | et(?:\s+le)? | - | – | à | jusqu{APOS}au ) \s*
    (?:{WEEKDAY}\s+)?
    (?P<d2>{DAY}) \s+ (?P<m2>{MONTH})
    (?:\s*(?:,\s*)?(?P<y2>\d{{4}}))?
    (?![\d\w])
"""

# Numeric day ranges: "du 03/02/2021 au 09/02/2021".
NUMERIC_DAY_RANGE = r"""(?x)
    du \s+
    (?P<d1>\d{1,2})/(?P<m1>\d{1,2})/(?P<y1>\d{4})
    \s+ au \s+
    (?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>\d{4})
    (?![\d]|[/.,-]\d)
"""

# Day-month ranges after "du": "du 01/05 au 07/05", "du 01/05-07/05, 2020", "du 3/10 au 2/11/2017".
NUMERIC_DM_RANGE = r"""(?x)
    (?<!\w) du \s+
    (?P<d1>\d{1,2}) / (?P<m1>\d{1,2}) \s* (?: - | – | au ) \s* (?P<d2>\d{1,2}) / (?P<m2>\d{1,2})
    (?: \s*,\s* (?P<y>\d{4}) | / (?P<y2>\d{4}) )?
    (?![\d]|[/.,-]\d)
"""

# A day in a range: digits with an optional ordinal ending ("13e"), or a day in words.
RANGE_DAY = (
    r"(?x: (?<![\d,.]) (?: 1er | 1ᵉʳ | \d{1,2} (?:e|ème|eme)? ) (?!\d) | "
    + " | ".join(w.replace(" ", r"\s+") for w in sorted(DAY_WORDS, key=len, reverse=True))
    + r" )"
)

# Day ranges whose month is not written: "du 13 au 18", "entre le 4 et le 9", optionally closed
# by "de ce mois". The month is the reference month; the "du"/"entre le" lead is required, since
# "13 au 18" alone is as often a count.
DAY_RANGE_NO_MONTH = rf"""(?x)
    (?<!\w)
    (?: (?P<lead> du | entre\s+le ) \s+ )?      # required unless "de ce mois" closes the range
    (?P<d1>{RANGE_DAY}) \s* (?: au | et\s+le | jusqu{APOS}(?:au|à|a) ) \s* (?P<d2>{RANGE_DAY})
    (?P<this> \s+ (?:de\s+)? ce(?:tte)? \s+ mois )?
    (?![\w-]|\s*[%€$£°,.]\d|\s*,\d)
"""

# The same range with words or ordinal endings and a month: "du premier au dix juillet",
# "du 3e au 9e mars 2024". Digits-only ranges are DAY_RANGE's.
DAY_RANGE_WORDS = rf"""(?x)
    (?<!\w)
    (?=\S)                             # a lone run of spaces never starts a match
    (?: du | entre\s+le | les )? \s*
    (?:{WEEKDAY}\s+)?
    (?P<d1>{RANGE_DAY}) \s* (?: au | et(?:\s+le)? | jusqu{APOS}(?:au|à|a) ) \s*
    (?:{WEEKDAY}\s+)?
    (?P<d2>{RANGE_DAY}) \s+ (?:de\s+)? (?P<m2>{MONTH})
    (?:\s*(?:,\s*)?(?P<y2>\d{{4}}))?
    (?![\d\w])
"""

# Month-first day ranges: "novembre 19-20", "nov. 19 au 20", "oct. 2 et oct. 22".
MONTH_DAY_RANGE = rf"""(?x)
    (?<!\w)
    (?P<m1>{MONTH}) \.? (?: \s+ | \s*-\s* ) (?P<d1>\d{{1,2}}) (?:er)?
    \s* (?: - | – | au | à | a | et ) \s*
    (?: (?P<m2>{MONTH}) \.? (?: \s+ | \s*-\s* ) )?
    (?P<d2>\d{{1,2}}) (?!\d)
    {_CLAUSE_END}
"""

# Month ranges: "de janvier à mars 2025", "entre mai et juillet 2024", "décembre 2018 - mai 2019".
MONTH_RANGE = rf"""(?x)
    (?<!\w)                            # start on a word: fails fast mid-word
    (?=\S)                             # a lone run of spaces never starts a match
    (?: de | d{APOS} | entre | du\s+mois\s+de )? \s*
    (?<!\d\s)(?<!1er\s)(?<!premier\s)   # "le 1er mai 2020 et juin 2021" is two dates
    (?P<m1>{MONTH_FULL}) (?:\s*(?:/\s*)?(?P<y1>\d{{4}}))?
    \s* (?: à | a | au\s+mois\s+de | et | - | – ) \s*
    (?P<m2>{MONTH_FULL}) \s*(?:/\s*)? (?P<y2>\d{{4}})
    (?![\w]|[.,/-]\d)
"""

# Two months joined without a year: "mai-juin", "de mars à mai", "septembre–octobre". The year
# comes from the reference, read the way the clause's tense points.
MONTH_RANGE_NO_YEAR = rf"""(?x)
    (?<![\w-])
    (?: de\s+ | d{APOS} )?
    (?P<m1>{MONTH_FULL}) \s* (?: - | – | à | au\s+mois\s+de ) \s*
    (?P<m2>{MONTH_FULL})
    (?![\w-]|\s*(?:/\s*)?\d)        # a following number makes a fuller date
"""

# Year ranges: "entre 2020 et 2023", "de 2014 à 2018", "1994-1995", "1994-95", "2014~2018".
# A bare "2007 et 2009" is two years, not a range: "et" only joins a range after "entre".
# The second year may take two digits after a dash ("1994-95"); YEAR_CORE has no look-behind
# so that it can follow the dash.
_Y2 = rf"(?: {YEAR_CORE} | \d{{2}}(?![\w]|[.,/-]\d|/[^\W\d_]) )"
YEAR_RANGE = rf"""(?x)
    (?<!\w)                            # start on a word: fails fast mid-word
    (?:
        entre\s+(?:l{APOS}ann[ée]e\s+)? (?P<y1a>{YEAR4})
        \s* (?:et|-|–|~) \s* (?:l{APOS}ann[ée]e\s+)? (?P<y2a>{_Y2})
      | (?:de|d[èe]s|depuis)\s+(?:l{APOS}ann[ée]e\s+)? (?P<y1b>{YEAR4})
        \s+ (?:à|a|jusqu{APOS}(?:en|à))\s+ (?:l{APOS}ann[ée]e\s+)? (?P<y2b>{YEAR_CORE})
      | (?:(?:de|d[èe]s|depuis)\s+)? (?P<y1c>{YEAR4_START}) \s* [-–~/] \s* (?P<y2c>{_Y2})
    )
"""

# Two dates joined as a range: "du <date> au <date>", "entre <date> et <date>", "de <date> à
# <date>". The finder checks the text before the first date and between the two.
RANGE_OPEN_BEFORE = rf"(?xi: (?<!\w) (?P<open> du | de | d{APOS} | depuis | entre ) \s* (?:le\s+|la\s+|l{APOS})? $ )"
RANGE_JOIN = rf"(?xi: \s* (?P<join> au | à | a | jusqu{APOS}(?:au|à|en) | et | - | – ) \s* (?:le\s+|la\s+|l{APOS})? )"


# ---------------------------------------------------------------------------------------------
# Parts of a year: quarters, half-years, beginning and end (periods.py).
# ---------------------------------------------------------------------------------------------

# Ordinals that name a quarter or a half-year.
ORDINALS: dict[str, int] = {
    "premier": 1,
    "1er": 1,
    "deuxième": 2,
    "deuxieme": 2,
    "second": 2,
    "2e": 2,
    "2ème": 2,
    "troisième": 3,
    "troisieme": 3,
    "3e": 3,
    "3ème": 3,
    "quatrième": 4,
    "quatrieme": 4,
    "4e": 4,
    "4ème": 4,
    "dernier": 4,
}
ORDINAL = r"(?x: " + " | ".join(sorted(ORDINALS, key=len, reverse=True)) + ")"

# Quarters and half-years: "au premier trimestre 2025", "le second semestre de 2012", "T1 2025",
# "2017-trimestre1", "quatrième trimestre de l'année 2016". Without a year the reference year is
# used ("au premier trimestre" in a news story is the current year's).
QUARTER = rf"""(?x)
    (?<!\w)                            # start on a word: fails fast mid-word
    (?:
        (?P<ord>{ORDINAL}) \s+ (?P<unit>trimestre|semestre)
      | (?P<tq>[TQ]) (?P<tqn>[1-4])                       # T1 2025, Q3 2019
      | (?P<sh>[SH]) (?P<shn>[12])                        # S1 2012, H2 2019
      | (?P<unit2>trimestre|semestre) \s? (?P<n2>[1-4])   # trimestre3 2019
    )
    (?: \s+ (?:de\s+l{APOS}ann[ée]e\s+|de\s+|d{APOS}|en\s+)? (?P<y>{YEAR_CORE})
      | \s+ (?P<rel> de\s+l{APOS}ann[ée]e\s+(?:derni[èe]re|prochaine|en\s+cours)
                  | de\s+cette\s+ann[ée]e ) )?
"""
# Year first: "2017-trimestre1", "2019 trimestre1", "2019 H2", "2016 le troisième trimestre".
QUARTER_YEAR_FIRST = rf"""(?x)
    (?<![\w.,/-]) (?P<y>\d{{4}})
    (?: \s?[-\s]\s?
        (?: (?P<unit2>trimestre|semestre) \s? (?P<n2>[1-4])
          | (?P<sh>[SH]) (?P<shn>[12])
          | (?P<tq>[TQ]) (?P<tqn>[1-4]) )
      | \s+ le \s+ (?P<ord>{ORDINAL}) \s+ (?P<unit>trimestre|semestre) )
    (?!\w)
"""

# A season with its year: "l'automne 2024", "au printemps de 2025", "fin de l'été 2024" (the
# season, at its grain). Without a year a season is no date (NEWS.md, MODERN.md).
SEASON_YEAR = rf"""(?x)
    (?<!\w)
    (?: (?:début|fin|milieu|mi) \s* -? \s* (?:de\s+l{APOS}|du\s+|d{APOS})? )?
    (?P<season>printemps|été|ete|automne|hiver)
    \s+ (?:de\s+|d{APOS})? (?P<y>{YEAR_CORE})
"""

# Parts of a year or a month: "fin 2026", "début de l'année", "mi-juin", "à la fin du mois",
# "courant mars", "début janvier 2013", "en fin d'année".
PART = r"(?x: début | debut | fin | mi | milieu | courant )"
PERIOD_PART = rf"""(?x)
    (?<!\w)                            # start on a word: fails fast mid-word
    (?: (?:au|en|à\s+la|a\s+la|dès\s+le|dès\s+la|depuis\s+le|depuis\s+la|jusqu{APOS}à\s+la
         |jusqu{APOS}au|d{APOS}ici\s+la|vers\s+la|le|la)\s+ )?
    (?P<part>{PART})
    (?:
        (?:\s*-\s*|\s+(?:de\s+|d{APOS})?) (?P<m>{MONTH_FULL}) (?:\s+(?P<my>{YEAR_CORE}))?
      | \s+ (?:de\s+l{APOS}|d{APOS}) ann[ée]e
        (?: \s+(?P<ay>{YEAR_CORE}) | \s+(?P<arel>derni[èe]re|prochaine|pass[ée]e|en\s+cours) )?
      | \s+ du\s+ (?P<mois>mois) (?: \s+(?P<mrel>dernier|prochain|pass[ée]|en\s+cours) )?
      | \s+ de\s+ (?P<mois2>mois) (?![\w-]|\s+(?:de\s|du\s|d{APOS}))    # "en fin de mois"
      | (?:\s*-\s*|\s+(?:de\s+)?) (?P<y>{YEAR_CORE})
    )
    (?![\w])
"""


# ---------------------------------------------------------------------------------------------
# Relative expressions, resolved against the reference date (relative.py).
# ---------------------------------------------------------------------------------------------

# One-word day deictics, and "ce jour" (today, as press releases write it; "à ce jour" is "so
# far"). "lendemain"/"veille" count from another date: ANCHORED below.
DAY_DEICTIC = rf"""(?x)
    (?<![\w-])
    (?P<w>
        avant[\s-]hier
      | apr[èe]s[\s-]demain
      | aujourd{APOS}hui (?:\s+m[êe]me)?
      | ce \s+ jour (?!-l[àa]|\s+o[ùu]\b|\s+(?:(?:de|du|des)\s|d{APOS}))
      | hier
      | demain
    )
    (?![\w-])
"""

# Weekdays on their own, with an optional "dernier"/"prochain": "mardi", "jeudi prochain",
# "ce vendredi", "dimanche dernier".
WEEKDAY_REL = rf"""(?x)
    (?<![\w-])
    (?:(?P<this>ce|cette)\s+)?
    (?P<wd>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)
    (?:\s+(?:(?P<past>{PAST_WORD})|(?P<next>{NEXT_WORD})
             | (?P<after>suivante?|d{APOS}apr[èe]s) | (?P<before>pr[ée]c[ée]dente?|d{APOS}avant)))?
    (?![\w-])
"""

# A weekday and a day number without a month: "jeudi 15", at the end of a clause ("samedi 12
# manifestants" is a count). The finder looks for the nearest month, in the tense's direction,
# whose day of that number falls on that weekday.
WEEKDAY_DAY = rf"""(?x)
    (?<![\w-])
    (?P<wd>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \s+ (?P<d>1er|\d{{1,2}}) (?!\d)
    {_CLAUSE_END}
"""

# A day number alone after a cue that only days take: "à partir du 8", "dès le 3", "jusqu'au 21".
# The month is the reference month, as for "du 13 au 18".
DAY_ONLY_CUED = rf"""(?x)
    (?<![\w-])
    (?: [àa]\s+partir\s+du | d[èe]s\s+le | jusqu{APOS}au ) \s+
    (?P<d>1er|\d{{1,2}}) (?!\d)
    {_CLAUSE_END}
"""

# "l'an dernier", "l'année prochaine", "cette année", "le mois dernier", "ce mois-ci",
# "l'année en cours". "cette année-là" is anaphoric and excluded by the trailing look-ahead.
UNIT_REL = rf"""(?x)
    (?<![\w-])
    (?:
        (?P<this>cette|ce) \s+ (?P<u1>ann[ée]e|mois) (?:-ci)?
      | (?:l{APOS}|le\s+|la\s+|du\s+|au\s+|de\s+l{APOS}) (?P<u2>an|ann[ée]e|mois)
        \s+ (?:(?P<past>{PAST_WORD})|(?P<next>{NEXT_WORD})|(?P<cur>en\s+cours))
    )
    (?![\w-])
"""

# A month name without a day or a year, with an optional cue word:
# "janvier dernier", "juillet prochain", "en mars", "au mois de mars", "cette décembre".
MONTH_REL = rf"""(?x)
    (?<![\w-])
    (?:(?P<lead> en | au\s+mois\s+de | du\s+mois\s+de | le\s+mois\s+de | mois\s+de | ce\s+mois\s+de
               | depuis | d[èe]s | jusqu{APOS}en | d{APOS}ici | cette | ce | courant )\s+)?
    (?P<m>{MONTH_FULL})
    (?:\s+(?:(?P<past>{PAST_WORD})|(?P<next>{NEXT_WORD})))?
    (?![\w-]|\s*(?:,\s*)?\d)                # a following number belongs to a fuller date

"""

# A run of whole units counted back or ahead from the reference date: "les trois derniers mois",
# "les 2 années passées", "les six prochains mois", "3 mois à venir"; or from the date stated
# before it: "les deux années suivantes", "les trois jours précédents". A number is required:
# "ces derniers jours" is vague and not a date.
SPAN_UNIT = r"(?x: jours? | semaines? | mois | ans | ann[ée]es? | annees? )"
N_UNITS = rf"""(?x)
    (?<![\w-])
    (?P<n>{NUMBER}) \s+
    (?:
        (?:(?P<past1>derni(?:er|ère|ere)s?|pass[ée]e?s?)|(?P<next1>prochaine?s?)) \s+ (?P<u1>{SPAN_UNIT})
      | (?P<u2>{SPAN_UNIT}) \s+
        (?: (?P<past2>derni(?:er|ère|ere)s?|pass[ée]e?s?|écoulée?s?)
          | (?P<next2>prochaine?s?|[àa]\s+venir)
          | (?P<after>suivante?s?)
          | (?P<before>pr[ée]c[ée]dente?s?) )
    )
    (?![\w-])
"""

# Offsets of one unit from the date stated before them (or, with none, from the reference
# date): "la veille", "le lendemain", "le jour d'avant", "la semaine suivante", "l'année
# précédente". Followed by "de"/"du" they belong to the named event ("la veille du scrutin"),
# which NEXT_DAY_BEFORE handles when that event is itself a date.
ANCHORED = rf"""(?x)
    (?<![\w-])
    (?:
        (?:la\s+)? (?P<veille>veille)
      | (?:le\s+)? (?P<lendemain>lendemain)
      | (?:le\s+)? (?P<surlendemain>surlendemain)
      | (?:l{APOS}|le\s+|la\s+) (?P<u>jour|journ[ée]e|semaine|mois|an|ann[ée]e)
        \s+ (?: (?P<after>suivante?|qui\s+(?:suit|suivait|suivra)|d{APOS}apr[èe]s)
               | (?P<before>pr[ée]c[ée]dente?|d{APOS}avant) )
    )
    (?![\w-])
    (?!\s+(?:(?:du|de|des)\s|d{APOS}))
"""

# Offsets from a stated day: "le lendemain du 3 mai", "la veille du 14 juillet". The date itself
# is found by the other rules; this cue only sits right before it. Without a stated day,
# "la veille" and "le lendemain" count from the date before them (ANCHORED).
NEXT_DAY_BEFORE = (
    rf"(?xi: (?<!\w) (?P<w>lendemain|veille) \s+ (?:du|de|d{APOS}|de\s+la|de\s+l{APOS}) \s* $ )"
)

# "il y a trois ans", "il y a plus de 40 ans", "dans deux mois".
OFFSET_REL = rf"""(?x)
    (?<![\w-])
    (?P<dir> il\s+y\s*a | dans )                # "il ya" is a common typo
    \s+ (?:(?:plus|moins|près)\s+d(?:e\s+|{APOS})|environ\s+|quelque\s+)?
    (?P<n>{NUMBER})
    \s+ (?P<unit> ans? | ann[ée]es? | annees? | mois | jours? | semaines? )
    (?![\w-])
"""


# ---------------------------------------------------------------------------------------------
# Weeks (weeks.py).
# ---------------------------------------------------------------------------------------------

# "la semaine du 6 octobre": the week named by a day, valued by its Monday (the nearest one, so
# that a Sunday names the week it opens).
WEEK_OF_DAY = rf"""(?x)
    (?<![\w-])
    (?:la\s+)? semaine \s+ du \s+ (?:{WEEKDAY}\s+)?
    (?P<d>{DAY}) \s+ (?P<m>{MONTH}) (?: \s*(?:,\s*)? (?P<y>\d{{4}}) )?
    (?![\w])
"""

# Weeks. Peers annotate a week by its Monday; our news gold does not annotate weeks at all, so only
# expressions that fix one calendar week are reported: "la semaine prochaine", "la semaine
# dernière", "cette semaine". "La semaine suivante" or "précédente" counts from the date stated
# before it, like "le lendemain": ANCHORED.
WEEK_REL = rf"""(?x)
    (?<![\w-])
    (?:
        (?:la\s+)? semaine \s+ (?:(?P<past>derni[èe]re|pass[ée]e)|(?P<next>prochaine?|qui\s+vient))
      | (?:la\s+)? (?:(?P<past2>derni[èe]re)|(?P<next2>prochaine)) \s+ semaine
        (?!\s+(?:de|du|d{APOS})\s)                     # "la dernière semaine de mai" is WEEK_OF
      | (?P<this>cette) \s+ semaine (?:-ci)?
    )
    (?![\w-])
"""

# A weekday of a named week: "jeudi de la semaine prochaine", "mardi la semaine dernière",
# "vendredi de cette semaine".
WEEKDAY_OF_WEEK = r"""(?x)
    (?<![\w-])
    (?P<wd>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)
    \s+ (?:de\s+)?
    (?:
        (?:la\s+)? semaine \s+ (?:(?P<past>derni[èe]re|pass[ée]e)|(?P<next>prochaine?))
      | (?P<this>cette) \s+ semaine
    )
    (?![\w-])
"""

# "jeudi en huit", "lundi en quinze": the weekday one or two weeks on.
WEEKDAY_EN_HUIT = r"""(?x)
    (?<![\w-])
    (?P<wd>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)
    \s+ en \s+ (?P<n>huit|8|quinze|15)
    (?![\w-])
"""

# The n-th or last week of a month or a year: "la deuxième semaine de mars 2024", "la dernière
# semaine de 2021". A week belongs to the month (year) that holds its Thursday, as in ISO 8601.
WEEK_ORDINALS: dict[str, int] = {
    "première": 1, "premiere": 1, "1re": 1, "1ère": 1,
    "deuxième": 2, "deuxieme": 2, "seconde": 2, "2e": 2, "2ème": 2,
    "troisième": 3, "troisieme": 3, "3e": 3, "3ème": 3,
    "quatrième": 4, "quatrieme": 4, "4e": 4, "4ème": 4,
    "cinquième": 5, "cinquieme": 5, "5e": 5, "5ème": 5,
    "dernière": -1, "derniere": -1,
}  # fmt: skip
WEEK_OF = rf"""(?x)
    (?<![\w-])
    (?P<ord>{" | ".join(sorted(WEEK_ORDINALS, key=len, reverse=True))}) \s+ semaine \s+
    (?: (?:de|du\s+mois\s+de|d{APOS}) \s* (?P<m>{MONTH_FULL}) (?:\s+(?P<my>{YEAR_CORE}))?
      | (?:de\s+l{APOS}ann[ée]e\s+|de\s+|en\s+) (?P<y>{YEAR_CORE}) )
    (?![\w])
"""

# A part of the current week: "en début de semaine", "au milieu de la semaine". Like "cette
# semaine", it names the reference week.
WEEK_PART = r"""(?x)
    (?<![\w-])
    (?: en | au ) \s+ (?: début | debut | milieu | fin ) \s+ de \s+ (?:la\s+)? semaine
    (?! \s+ (?:prochaine|derni|pass|suivante|précédente|du|de|d['’]) )
    (?![\w-])
"""


# ---------------------------------------------------------------------------------------------
# Holidays (holidays.py).
# ---------------------------------------------------------------------------------------------

# Public holidays and named days. Each alternative is a named group whose name is a key of
# HOLIDAYS; an optional "jour de", "fête de" or "journée de" leads in.
HOLIDAY = rf"""(?x)
    (?<![\w-])
    (?: (?:le\s+)? (?:jour|journ[ée]e|f[êe]te) \s+ (?:de\s+la\s+|de\s+l{APOS}|de\s+|du\s+|des\s+) )?
    (?:
        (?P<christmas_eve> (?:veille|r[ée]veillon|nuit) \s+ de \s+ no[ëe]l )
      | (?P<christmas> no[ëe]l )                    # not "Noël Dupont": checked by the finder
      | (?P<new_years_eve> (?:la\s+)? saint[\s-]sylvestre
                         | r[ée]veillon \s+ (?:du|de) \s+ (?:la\s+saint[\s-]sylvestre|nouvel\s+an)
                         | r[ée]veillon \s+ du \s+ jour \s+ de \s+ l{APOS}an )
      | (?P<new_year> nouvel \s+ an (?!\s+(?:chinois|lunaire|juif|persan|iranien|vietnamien|tib[ée]tain))
                    | jour \s+ de \s+ l{APOS}an | premier \s+ de \s+ l{APOS}an | yuandan )
      | (?P<epiphany> [ée]piphanie )
      | (?P<candlemas> chandeleur )
      | (?P<valentine> saint[\s-]valentin )
      | (?P<labour> f[êe]te \s+ du \s+ (?:travail|muguet) | f[êe]te \s+ des \s+ travailleurs )
      | (?P<music> f[êe]te \s+ de \s+ la \s+ musique )
      | (?P<assumption> assomption )
      | (?P<all_saints> toussaint )                 # nor "Toussaint Louverture"
      | (?P<all_souls> jour \s+ des \s+ morts )
      | (?P<armistice> jour \s+ de \s+ l{APOS}armistice | f[êe]te \s+ de \s+ l{APOS}armistice )
      | (?P<easter_monday> lundi \s+ de \s+ p[âa]ques | p[âa]ques \s+ lundi )
      | (?P<good_friday> vendredi \s+ saint )
      | (?P<easter> (?:dimanche \s+ de \s+)? p[âa]ques )
      | (?P<ascension> jeudi \s+ de \s+ l{APOS}ascension )
      | (?P<whit_monday> lundi \s+ de \s+ (?:la\s+)? pentec[ôo]te )
      | (?P<pentecost> (?:dimanche \s+ de \s+ (?:la\s+)?)? pentec[ôo]te )
      | (?P<mardi_gras> mardi \s+ gras )
      | (?P<mothers> f[êe]te \s+ des \s+ m[èe]res )
      | (?P<fathers> f[êe]te \s+ des \s+ p[èe]res )
      | (?P<halloween> halloween )
      | (?P<thanksgiving> thanks \s* giving | action \s+ de \s+ gr[âa]ces? )
      | (?P<black_friday> vendredi \s+ noir | black \s+ friday )
      | (?P<cyber_monday> lundi \s+ cyber | cyber \s+ monday )
      | (?P<earth_day> jour \s+ de \s+ la \s+ terre )
      | (?P<saint_patrick> saint[\s-]patrick )
    )
    (?: (?:\s*,\s+|\s+) (?:de\s+|en\s+)? (?P<y>{YEAR_CORE})
      | \s+ (?:(?P<past>{PAST_WORD})|(?P<next>{NEXT_WORD})) )?
    (?![\w-])
"""

# How each holiday falls: ("fixed", month, day), ("easter", offset in days), or
# ("nth", month, weekday (Monday 0), n, offset in days) where n = -1 is the last one.
HOLIDAYS: dict[str, tuple[object, ...]] = {
    "christmas": ("fixed", 12, 25),
    "christmas_eve": ("fixed", 12, 24),
    "new_years_eve": ("fixed", 12, 31),
    "new_year": ("fixed", 1, 1),
    "epiphany": ("fixed", 1, 6),
    "candlemas": ("fixed", 2, 2),
    "valentine": ("fixed", 2, 14),
    "labour": ("fixed", 5, 1),
    "music": ("fixed", 6, 21),
    "assumption": ("fixed", 8, 15),
    "all_saints": ("fixed", 11, 1),
    "all_souls": ("fixed", 11, 2),
    "armistice": ("fixed", 11, 11),
    "halloween": ("fixed", 10, 31),
    "earth_day": ("fixed", 4, 22),
    "saint_patrick": ("fixed", 3, 17),
    "easter": ("easter", 0),
    "easter_monday": ("easter", 1),
    "good_friday": ("easter", -2),
    "ascension": ("easter", 39),
    "pentecost": ("easter", 49),
    "whit_monday": ("easter", 50),
    "mardi_gras": ("easter", -47),
    "mothers": ("mothers",),  # French rule: last Sunday of May, first of June if that is Pentecost
    "fathers": ("nth", 6, 6, 3, 0),  # third Sunday of June
    "thanksgiving": ("nth", 11, 3, 4, 0),  # fourth Thursday of November (United States)
    "black_friday": ("nth", 11, 3, 4, 1),
    "cyber_monday": ("nth", 11, 3, 4, 4),
}

# Before a holiday: "les cadeaux de Noël", "l'île de Pâques", "les vacances de la Toussaint" are
# things or periods named after the day, not the day.
HOLIDAY_GENERIC_BEFORE = (
    rf"(?xi: (?:\bde|\bdu|\bdes|\bd{APOS}|\bpère|\bpere) \s* (?:la\s+|l{APOS}\s*)? $ )"
)


# ---------------------------------------------------------------------------------------------
# Context cues checked around candidates (common.py and the families).
# ---------------------------------------------------------------------------------------------

# Before "demain"/"aujourd'hui": "les modèles de demain", "le monde d'aujourd'hui" are about the
# future or the present in general, not a day.
GENERIC_DEICTIC_BEFORE = rf"(?xi: (?:\bde|\bdu|\bd{APOS}) \s*$ )"

# ... unless the noun before "de/d'" is a one-day event: "le vote d'aujourd'hui", "la séance
# de demain" are days.
DAY_EVENT_BEFORE = rf"""(?xi:
    \b(?: vote | scrutin | séance | seance | réunion | reunion | audience | sommet | match
        | rencontre | conférence | conference | conseil | manifestation | grève | greve
        | journée | journee | soirée | édition | numéro | annonce | décision | audition
        | débat | verdict | procès | cérémonie | défilé | rendez-vous | départ | retour
    ) \s+ (?:de|d{APOS}) \s*$
)"""

# "aujourd'hui" after a verb of state in the present tense means "nowadays", not this day: "la
# ville compte aujourd'hui 12 000 habitants", "le groupe emploie aujourd'hui 300 personnes", "ils
# jugent aujourd'hui le pari coûteux" (NEWS.md, MODERN.md). A negation or an adverb may stand
# between.
STATE_VERB = r"""(?x:
    compte | comptent | emploie | emploient | représente | représentent | pèse | pèsent
  | dispose | disposent | possède | possèdent | détient | détiennent | totalise | totalisent
  | est | sont | reste | restent | demeure | demeurent | vit | vivent | abrite | abritent
  | regroupe | regroupent | rassemble | rassemblent | produit | produisent | fournit | fournissent
  | exploite | exploitent | occupe | occupent | couvre | couvrent | s['’]élève | s['’]élèvent
  | juge | jugent | estime | estiment | considère | considèrent | semble | semblent | paraît
  | figure | figurent | dépend | dépendent | appartient | appartiennent | vaut | valent
  | se\s+trouve | se\s+trouvent | s['’]étend | s['’]étendent
)"""
STATE_BEFORE_TODAY = rf"""(?xi:
    \b{STATE_VERB} (?:\s+(?:n['’]|ne\s+)?(?:plus|encore|déjà|toujours|bien|pas|désormais|donc|même|près\s+de))* \s+ $
)"""
# "Aujourd'hui," opening a sentence, then a verb of state in the present before the clause ends:
# "Aujourd'hui, le site emploie 80 personnes", "Aujourd'hui, où en est le chantier ?".
STATE_AFTER_TODAY = rf"""(?xi:
    \s*,\s* [^.;:!?\n]{{0,80}}? \b{STATE_VERB} \b
)"""

# Before a weekday: habits and frequencies ("chaque lundi", "tous les mardis"); the definite
# article before a bare weekday says the same ("le marché se tient le mercredi": every Wednesday).
HABIT_BEFORE = r"(?xi: \b(?:chaque|tous\s+les|toutes\s+les) \s+ $ )"
HABIT_ARTICLE_BEFORE = r"(?xi: \ble \s+ $ )"

# Words before a bare four-digit number that make it a name or a reference, not a year.
NOT_YEAR_BEFORE = r"""(?xi:
    (?: \bn° | \bno\.? | \bnuméro | \bnumero | \bart\.? | \barticle | \bpage | \bp\. | \bpp\.
      | \bloi | \bdécret | \bchapitre | \btome | \bvol\.? | \bligne | \bversion | \bmodèle | \bnorme
      | \brésolution | \bvols? | \bbus | \btrain | \broute | \bparcelle | \bchambre | \bsalle
      | \bannées                                   # decades: "les années 1990"
      | \bles | \bdes | \bces | \baux | \bnos | \bvos | \bleurs | \bses | \bmes
      | \bplus\s+de | \bmoins\s+de | \bprès\s+de | \benviron | \bquelque | \bsur | \bsoit
      | \bde\s+\d[\d\s]*\s+à                        # "de 1500 à 2000" counts, not years
    ) \s* $
)"""

# Words after a bare four-digit number that make it a count or a measure, not a year.
NOT_YEAR_AFTER = r"""(?xi: \s*
    (?: [%€$£] | euros? | dollars? | livres | francs
      | [kMG]?W\b | [kMG]Wh | kms? | km² | m² | m³ | m\b | mètres
      | tonnes | kg | habitants | personnes | salariés | employés | emplois | postes
      | élèves | étudiants
      | exemplaires | logements | places | lits | voitures | véhicules | unités | morts | victimes
      | blessés | manifestants | soldats | hommes | femmes | enfants | membres | adhérents
      | participants
      | spectateurs | visiteurs | entreprises | sociétés | communes | pages | mots | ha\b | hectares
      | litres | barils | heures | minutes | jours | fois | points | foyers | clients | abonnés
      | sites
      | avions | appareils | exemples | chevaux | mégawatts | kilomètres | ans\b
    )
)"""

# A capitalised word right before a number usually names a product or an event ("Euro 2012",
# "Windows 2000", "Paris 2024"). These capitalised words are sentence-initial cues, not names.
CAPITALISED_NOT_NAME = frozenset(
    {
        "En",
        "Depuis",
        "Dès",
        "Des",
        "De",
        "Du",
        "Avant",
        "Après",
        "Pour",
        "Vers",
        "Fin",
        "Début",
        "Mi",
        "Courant",
        "Entre",
        "Jusqu",
        "Le",
        "La",
        "Et",
        "Ou",
        "Mais",
    }
)

# A capitalised event noun a few words before a year makes the year part of the event's name:
# "la Coupe du monde féminine 2027", "les Jeux olympiques 2032", "le Salon de l'auto 2026".
EVENT_NAME_BEFORE = r"""(?x)
    \b(?: Coupe | Mondial | Euro | Jeux | JO | Championnats? | Tournoi | Open | Salon | Festival
        | Exposition | Expo | Biennale | Grand\s+Prix | Rallye | Ligue | COP | Forum | Trophée )
    \b [^.,;:!?\d\n]{0,35} $
"""

# A season before a year: "au printemps 2026", "l'été 2025". Seasons are not date facts.
SEASON_BEFORE = r"(?xi: \b(?: printemps | été | automne | hiver ) \s+ (?:de\s+|d['’])? $ )"

# Future-tense or plan cues around a weekday or a month without a year: they flip the default
# "nearest in the past" reading to "nearest ahead".
FUTURE_CUE = r"""(?xi:
    \b(?:
        sera | seront | aura | auront | fera | feront | ira | iront | va | vont | viendra
      | devra | devront | devrait | devraient | pourra | pourront | doit | doivent
      | prévu | prévue | prévus | prévues | prévoit | prévoient | compte | comptent
      | (?:fixé|reporté|repoussé|programmé|convoqué|décalé|ajourné)e?s?   # "a été fixé au 3 mai"
      | \w{2,}(?:era|eront|ira|iront|dra|dront)
    )\b
)"""

# Past-tense cues: a compound tense ("est reparti", "ont été signés") or an imperfect. Used only to
# keep "le lendemain" with no date before it from being read as the day after publication.
PAST_CUE = r"""(?xi:
    \b(?: a | ont | avait | avaient | eut | eurent | est | sont | était | étaient | fut | furent )
      \s+ (?:été\s+|déjà\s+|alors\s+|ensuite\s+|finalement\s+)?
      \w+(?:é|ée|és|ées|i|ie|is|it|u|ue|us|ert|erte|eint)\b
  | \b\w{3,}(?:ait|aient|èrent)\b
)"""


# ---------------------------------------------------------------------------------------------
# Datelines: the publication date at the head of an article (dateline.py).
# ---------------------------------------------------------------------------------------------

# A date written in any of the forms a dateline uses; named groups as in the rules above.
_DL_DATE = rf"""(?:
    (?P<d>{DAY})\s*(?P<m>{MONTH})\s*(?:,\s*)?(?P<y>\d{{4}})
  | (?P<nd>\d{{1,2}})[/.](?P<nm>\d{{1,2}})[/.](?P<ny>\d{{4}})
  | (?P<iy>\d{{4}})(?:-(?P<im>\d{{1,2}})(?:-(?P<id>\d{{1,2}}))?)? (?![-/]?\d)   # never a prefix
)"""

# Strong datelines, tried in order; the first that matches in the head wins.
DATELINE_STRONG: tuple[str, ...] = (
    # YAML front matter: "---\ndate: 2025-03-12\n..."
    rf"(?x) \A \s* --- \s*\n (?:[^\n]*\n)*? \s* date \s*:\s* [\"']? {_DL_DATE}",
    # a leading "date 2025-07" or "Date : 12/03/2025" line
    rf"(?x) \A \s* (?:date|dat[ée] \s+ du) \s*:?\s* {_DL_DATE} (?![\d/.-]\d)",
    # "Publié le 3 mars 2025 à 10h", "Publié le 12/03/2025"
    rf"(?x) (?:^|\n) [^\n]{{0,40}}? \bpubli[ée]e?\s+(?:le\s+)? (?:{WEEKDAY}\s+)? {_DL_DATE}",
    # agency style: "PARIS, 12 mars 2025 (AFP) -"
    rf"(?x) (?:^|\n) \s* [A-ZÀ-Ý][\wÀ-ÿ' -]{{1,40}} \s*,\s* (?:{WEEKDAY}\s+)? {_DL_DATE} \s* \(",
    # Wikinews style: a line that starts with the date and a dash, "22 juin 2012. -"
    rf"(?x) (?:^|\n) \s* (?:{WEEKDAY}\s+)? {_DL_DATE} \s* \.? \s* [-–—]",
)

# Weak datelines, used only when no strong one is found: an update stamp.
DATELINE_WEAK: tuple[str, ...] = (
    rf"""(?x) (?:^|\n) [^\n]{{0,20}}? \b(?:mis\s+à\s+jour|actualis[ée]e?)
          \s+ (?:le\s+)? :?\s* (?:{WEEKDAY}\s+)? {_DL_DATE}""",
)

# How far into the text a dateline may start.
DATELINE_HEAD_CHARS = 400

# A wire or press-release dateline anywhere at the start of a line, the year optional: "MARSEILLE,
# 4 mars (Reuters) -", "Lyon, le 3 avril 2025 –". It dates the dispatch, not a fact of it.
WIRE_DATELINE = rf"""(?x)
    (?:^|(?<=\n)) [ \t]*
    [A-ZÀ-Ý][\wÀ-ÿ'’-]*(?:[ -][A-ZÀ-Ýa-zà-ÿ][\wÀ-ÿ'’-]*){{0,3}}     # the city
    \s*,\s* (?:le\s+)? (?:{WEEKDAY}\s+)?
    (?P<date> {DAY}\s*{MONTH} (?:\s*,?\s*\d{{4}})? )
    \s* (?:\([^()\n]{{1,30}}\)\s*)? [-–—]
"""
