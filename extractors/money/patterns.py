"""Pattern data for money amounts in French text.

Only data lives here: regex fragments (``(?x)`` verbose, one alternative a line) and small
lexicons.  :mod:`newsfacts.extractors.money.finder` assembles and compiles them once.

Conventions
-----------
* Fragments contain no capturing groups, so the finder can name its own groups freely.
* Currency names are matched case-insensitively; ISO codes and abbreviations such as ``M``
  or ``Md`` are wrapped in ``(?-i:...)`` because ``m`` (metre) or ``eur`` in a word must not
  count.
* A currency whose code is ``None`` in a table is ambiguous on its own (bare ``dollars``,
  ``livres``, ``francs``, ``cents``) and is resolved by the finder from the text around it;
  the rules are documented there.
"""

from __future__ import annotations

from ..numbers import number_words

# --- numbers ----------------------------------------------------------------------------

# Digits as French and English typography write them.  The finder hands the matched text to
# ``parse_number``, which decides between a thousands group and a decimal point.
# Group counts are bounded so that a megabyte of "1 2 3 ..." cannot make the engine explore
# quadratically many splits.
DIGITS = r"""
    (?:
        \d{1,3}(?:[ \u00a0\u202f]\d{3}){1,5}(?:[.,]\d+)?   # 1 234 567 / 1 234,5 (spaced groups)
      | \d{1,3}(?:[.,]\d{3}){1,5}(?:[.,]\d+)?              # 1.234.567,89 / 1,234,567.89
      | \d+(?:[.,]\d+)?                                     # 1500 / 61,5 / 269.40
    )
"""

# Number words that can make up a cardinal below a million.  Scales above ``mille`` are
# magnitudes and are matched separately, so "cinq millions" reads as number + magnitude.
_NUMBER_WORD = number_words(0, 1000)

# A run of number words joined by spaces, hyphens or "et" ("vingt et un").  Bounded
# repetition keeps a pathological run of words linear.
NUMBER_WORDS = r"(?:\b" + _NUMBER_WORD + r"(?:(?:[\s-]+et)?[\s-]+" + _NUMBER_WORD + r"){0,8}\b)"

# --- magnitudes -------------------------------------------------------------------------

# Spelled-out magnitudes.  "billion" is the long-scale 10^12 (see numbers.MAGNITUDES).
MAGNITUDE_WORDS = r"""
    (?:
        milliards? | millions? | billions? | trillions?
      | mille
    )\b
"""

# Abbreviations used by the financial press; case matters ("m" is a metre).
MAGNITUDE_ABBREVIATIONS = r"""
    (?-i:
        Mrds? | Mds? | mds? | Mio | Mn | bn | Bn    # milliard / million in business copy
      | [kKMG]                                      # kilo, méga, giga
    )
    (?:
        (?![^\W\d_])                                # a word of its own ...
      | (?=(?-i:EUR|USD|GBP|CHF|CAD)(?![^\W\d_]))    # ... or glued to a code: "12 MEUR"
    )
"""

# "et demi" after a magnitude adds half of it: "deux millions et demi".
AND_A_HALF = r"(?:\s+et\s+demie?\b)"

# --- currencies -------------------------------------------------------------------------

# Spelled-out currencies, most specific first: a name followed by its adjective must be
# tried before the bare name.  ``None`` marks a name that needs context (see the finder).
CURRENCY_NAMES: list[tuple[str, str | None]] = [
    # dollars, qualified by country
    (r"dollars?\s+am[ée]ricains?", "USD"),
    (r"dollars?\s+(?:US|des\s+[ÉE]tats-Unis)\b", "USD"),
    (r"dollars?\s+canadiens?", "CAD"),
    (r"dollars?\s+australiens?", "AUD"),
    (r"dollars?\s+n[ée]o-z[ée]landais", "NZD"),
    (r"dollars?\s+(?:de\s+Hong\s*Kong|hongkongais)", "HKD"),
    (r"dollars?\s+(?:de\s+)?Singapour(?:iens?)?", "SGD"),
    (r"dollars?\s+(?:de\s+)?Ta[ïi]wan(?:ais)?", "TWD"),
    (r"dollars?", None),  # USD unless the story is plainly Canadian or Australian
    # euro and its ancestors
    (r"euros?", "EUR"),
    (r"francs?\s+suisses?", "CHF"),
    (r"francs?\s+belges?", "BEF"),
    (r"francs?\s+CFA", None),  # West (XOF) or Central (XAF) African, told by the story's countries
    (r"francs?\s+fran[çc]ais", "FRF"),
    (r"francs?", None),  # FRF, or CHF in a Swiss story
    (r"(?:deutsche\s*)?marks?(?:\s+allemands?)?", "DEM"),
    (r"florins?(?:\s+(?:n[ée]erlandais|hollandais))?", "NLG"),
    (r"pesetas?", "ESP"),
    (r"escudos?", "PTE"),
    (r"drachmes?", "GRD"),
    (r"lires?\s+italiennes?", "ITL"),
    (r"lires?\s+turques?", "TRY"),
    # pounds: "livre" is also a book and a weight, hence the context rule in the finder
    (r"livres?\s+sterling", "GBP"),
    (r"livres?\s+britanniques?", "GBP"),
    (r"livres?\s+[ée]gyptiennes?", "EGP"),
    (r"livres?\s+libanaises?", "LBP"),
    (r"livres?\s+turques?", "TRY"),
    (r"livres?", None),
    # other national currencies
    (r"couronnes?\s+su[ée]doises?", "SEK"),
    (r"couronnes?\s+norv[ée]giennes?", "NOK"),
    (r"couronnes?\s+danoises?", "DKK"),
    (r"couronnes?\s+tch[èe]ques?", "CZK"),
    (r"couronnes?\s+islandaises?", "ISK"),
    (r"yens?", "JPY"),
    (r"yuans?(?:\s+renminbi)?", "CNY"),
    (r"renminbis?", "CNY"),
    (r"roupies?\s+indiennes?", "INR"),
    (r"roupies?\s+pakistanaises?", "PKR"),
    (r"roubles?(?:\s+russes?)?", "RUB"),
    (r"hryvnias?", "UAH"),
    (r"zlotys?", "PLN"),
    (r"forints?", "HUF"),
    (r"r[ée]als?\s+br[ée]siliens?|reais", "BRL"),
    (r"pesos?\s+mexicains?", "MXN"),
    (r"pesos?\s+argentins?", "ARS"),
    (r"pesos?\s+chiliens?", "CLP"),
    (r"pesos?\s+colombiens?", "COP"),
    (r"wons?(?:\s+sud-cor[ée]ens?)?", "KRW"),
    (r"shekels?|sh[ée]qu?els?", "ILS"),
    (r"rands?(?:\s+sud-africains?)?", "ZAR"),
    (r"nairas?", "NGN"),
    (r"dirhams?\s+marocains?", "MAD"),
    (r"dirhams?\s+(?:[ée]mirati|des\s+[ÉE]mirats)s?", "AED"),
    (r"dinars?\s+alg[ée]riens?", "DZD"),
    (r"dinars?\s+tunisiens?", "TND"),
    (r"riyals?\s+saoudiens?", "SAR"),
    (r"bahts?", "THB"),
    (r"bitcoins?", "XBT"),  # not ISO 4217, but the code the markets use
    (r"dinars?\s+kowe[ïi]tiens?", "KWD"),
    (r"riyals?\s+qatar(?:iens?|is)?", "QAR"),
    (r"ringgits?", "MYR"),
    (r"roupies?\s+indon[ée]siennes?|rupiahs?", "IDR"),
    (r"(?:leus?|lei)\s+roumains?", "RON"),
    (r"levs?\s+bulgares?|leva", "BGN"),
    (r"dongs?(?:\s+vietnamiens?)?", "VND"),
    (r"kwanzas?", "AOA"),
    (r"c[ée]dis?", "GHS"),
    (r"shillings?\s+k[ée]nyans?", "KES"),
]

# Fractional units: value divided by 100.  ``None`` = borrow from the nearest main currency.
SUBUNIT_NAMES: list[tuple[str, str | None]] = [
    (r"pence|penny|pennies", "GBP"),
    (r"kopecks?", "RUB"),
    (r"cents?", None),  # USD unless the nearby money is in another dollar or in euros
    (r"centimes?", None),  # EUR unless the nearby money is in francs
]

# Symbols and codes that may stand after the number ("12 $", "700 000 CAD", "5 M€").
# Tried in order; the first that matches the captured text gives the code.
CURRENCY_SYMBOLS: list[tuple[str, str | None]] = [
    (r"\$\s?(?:US|USD|usd|us)\b", "USD"),
    (r"\$\s?(?:CA|CAD|CAN|cad|can|ca)\b", "CAD"),
    (r"\$\s?c\b(?!['’])", "CAD"),  # "16 $ c": machine-translated Canadian copy
    (r"\$\s?(?:AU|AUD|aud|au)\b", "AUD"),
    (r"\$\s?(?:HK|HKD|hk|hkd)\b", "HKD"),
    (r"\$\s?(?:NZ|NZD|nz)\b", "NZD"),
    (r"(?:US|USD|usd)\s?\$", "USD"),
    (r"(?:C|CA|CAD|cad)\s?\$", "CAD"),
    (r"(?:A|AU|AUD|aud)\s?\$", "AUD"),
    (r"(?:HK|HKD|hk)\s?\$", "HKD"),
    (r"(?:NZ|NZD)\s?\$", "NZD"),
    (r"(?:MXN|mxn|Mex)\s?\$", "MXN"),
    (r"(?:R)\$", "BRL"),
    (r"(?:S|SG)\$", "SGD"),
    (r"\$", None),  # bare dollar sign, same rule as the word "dollars"
    (r"€", "EUR"),
    (r"F\s?CFA", None),  # as "francs CFA"
    (r"FF|F(?![^\W\d_])", None),  # French francs in pre-2002 copy ("10 000 F")
    (r"£", "GBP"),
    (r"¥", "JPY"),  # the yuan shares the sign; the yen is the common reading in the press
    (r"₹", "INR"),
    (r"₽", "RUB"),
    (r"₩", "KRW"),
    (r"₪", "ILS"),
    (r"₺", "TRY"),
    (r"₿", "XBT"),
]

# ISO 4217 codes accepted as written by hand, upper case only ("3 Md EUR", "USD 3 bn").
ISO_CODES: tuple[str, ...] = (
    "EUR", "USD", "GBP", "CAD", "CHF", "JPY", "CNY", "RMB", "INR", "RUB", "SEK", "NOK",
    "DKK", "AUD", "NZD", "HKD", "SGD", "MXN", "BRL", "ZAR", "KRW", "ILS", "PLN", "HUF",
    "CZK", "TRY", "XOF", "XAF", "MAD", "DZD", "TND", "AED", "SAR", "ARS", "CLP", "COP",
    "EGP", "NGN", "THB", "TWD", "UAH", "FRF", "DEM",
)  # fmt: skip

# Codes that are conventional aliases of an ISO code.
ISO_ALIASES: dict[str, str] = {"RMB": "CNY"}

# --- words around an amount -------------------------------------------------------------

# Qualifiers standing right before an amount (they stay outside the span).  Matched against
# the text that precedes the number, anchored at its end; the leftmost match wins, so the
# longer "pas plus de" beats "plus de".
QUALIFIERS: list[tuple[str, str]] = [
    (r"pas\s+plus\s+(?:de|d['’])", "at_most"),
    (r"(?:ne|n['’])\s*(?:d[ée]passant|exc[ée]dant)\s+pas", "at_most"),
    (r"pas\s+moins\s+(?:de|d['’])", "at_least"),
    (r"(?:bien\s+)?(?:plus|davantage)\s+(?:de|d['’])", "more_than"),
    # a negated dépasser caps the amount: "n'a pas dépassé 40 millions", "ne dépasse pas",
    # "sans dépasser"
    (
        r"(?:(?:n['’]|ne\s+)(?:\w+\s+)?pas\s+(?:encore\s+)?d[ée]pass\w*|(?:n['’]|ne\s+)d[ée]pass\w*\s+pas"
        r"|sans\s+d[ée]passer|ne\s+pas\s+d[ée]passer)(?:\s+(?:les|la|le|l['’]))?",
        "at_most",
    ),
    # every form of dépasser / excéder: "dépassant les", "dépasserait", "a dépassé les"
    (
        r"d[ée]pass(?:ant|e|ent|er|era|erait|eraient|ait|aient|é|ée)(?:\s+(?:les|la|le|l['’]))?",
        "more_than",
    ),
    (r"exc[ée]d(?:ant|e|ent|er|era|erait|ait|é|ée)(?:\s+(?:les|la|le|l['’]))?", "more_than"),
    (r"au-?\s?del[àa]\s+(?:de|d['’]|des)", "more_than"),
    (r"sup[ée]rieure?s?\s+(?:à|aux)", "more_than"),
    (r"au\s+moins", "at_least"),
    (r"(?:au\s+|(?<!\w))minimum(?:\s+(?:de|d['’]))?", "at_least"),
    (r"(?:moins|en-?\s?dessous)\s+(?:de|d['’])", "less_than"),
    (r"inf[ée]rieure?s?\s+(?:à|aux)", "less_than"),
    (r"jusqu['’]\s*(?:à|aux)", "at_most"),
    (r"au\s+plus|(?:au\s+|(?<!\w))maximum(?:\s+(?:de|d['’]))?", "at_most"),
    (r"pr[èe]s\s+(?:de|d['’])|presque|quasiment", "approximate"),
    (r"(?:d['’])?environ|quelque|approximativement|grosso\s+modo", "approximate"),
    (r"(?:autour|aux\s+alentours|de\s+l['’]ordre)\s+(?:de|d['’])", "approximate"),
    (r"(?:un\s+montant\s+)?proche\s+(?:de|d['’])|[àa]\s+peu\s+pr[èe]s", "approximate"),
]

# Qualifiers written after an amount ("500 euros maximum", "20 € environ").
TRAILING_QUALIFIERS: list[tuple[str, str]] = [
    (r"environ|approximativement|à\s+peu\s+pr[èe]s", "approximate"),
    (r"(?:au\s+)?maximum|au\s+plus|max\b", "at_most"),
    (r"(?:au\s+)?minimum|au\s+moins|min\b|ou\s+plus|et\s+plus", "at_least"),
]

# Words that open a range before the first bound: "entre 3 et 5", "de 3 à 5", "allant de".
RANGE_OPENERS = r"""
    (?:
        entre                  # entre X et Y
      | (?:allant\s+)?de       # (allant) de X à Y
      | d['’]                  # d'1 à 2 (rare, but the elision is legal)
    )
"""

# Verbs of change.  After one of them, "de X à Y" is a value before and a value after, two
# amounts ("le prix passe de 0,25 € à 0,27 €"), not a range ("coûtera de 40 à 50 euros").
# Each entry: (regex of the verb's forms, direction).  A verb that can also mean "by"
# ("la facture baissera de 10 à 20 euros": by 10 to 20) names its direction, and "de X à Y"
# is a change only when the amounts move that way; "any" verbs only ever mean "from ... to".
# Forms that are also nouns of amounts ("montant") or that govern other complements
# ("porte sur") are left out.
_ER = r"(?:e|es|ent|er|é|ée|és|ées|ait|aient|ant|a|èrent|era|erait|eront|eraient)"
_ER_NO_PARTICIPLE = r"(?:e|es|ent|er|é|ée|és|ées|ait|aient|a|èrent|era|erait|eront|eraient)"
CHANGE_VERBS: list[tuple[str, str]] = [
    # from ... to, whatever the direction
    (r"pass" + _ER, "any"),  # passer, faire passer
    (r"port(?:é|ée|és|ées|er|era|erait|eront|ant)", "any"),  # être porté, not "porte sur"
    (r"ram[eè]n" + _ER, "any"),  # ramené de 5 à 3
    # up
    (r"augment" + _ER, "up"),
    (r"grimp" + _ER, "up"),
    (r"mont" + _ER_NO_PARTICIPLE, "up"),  # "montant" is the amount
    (r"remont" + _ER, "up"),
    (r"bond(?:i|ir|it|is|issent|issait|issant|ira|irait)", "up"),
    (r"progress" + _ER, "up"),
    (r"envol" + _ER, "up"),
    (r"flamb" + _ER, "up"),
    (r"rel[eè]v" + _ER, "up"),  # être relevé
    (r"rehauss" + _ER, "up"),
    (r"revaloris" + _ER, "up"),
    (r"r[ée][ée]valu" + _ER, "up"),
    # down
    (r"baiss" + _ER, "down"),
    (r"abaiss" + _ER, "down"),
    (r"chut" + _ER, "down"),
    (r"diminu" + _ER, "down"),
    (r"recul" + _ER, "down"),
    (r"tomb" + _ER, "down"),
    (r"d[ée]gringol" + _ER, "down"),
    (r"plong" + _ER, "down"),
    (r"effondr" + _ER, "down"),
    (r"repli" + _ER, "down"),
    (r"descend(?:u|ue|us|ues|re|ra|rait|ait|aient|ent|ant)?", "down"),
    (r"r[ée]dui(?:t|te|ts|tes|re|ra|rait|sent|sait|sant)", "down"),
]

# Words that may stand between the verb and "de": its object ("a fait passer le prix du
# timbre de ..."), a time ("est passé en un an de ...").  At most this many, none of them
# in CHANGE_GAP_BREAKERS, and no punctuation.
CHANGE_GAP_WORDS = 5

# A conjunction, relative or preposition opening another complement ends the verb's reach:
# "les prix ont augmenté et les billets coûtent de 40 à 50 euros".
CHANGE_GAP_BREAKERS = r"""
    (?:
        et | ou | mais | donc | car | ni | qui | que | qu['’]\w* | dont | où | si
      | sur | pour | avec | sans | contre | chez | selon | dans | vers | comme | soit
    )
"""

# After "un"/"une" and a currency name, these adjectives describe the currency itself
# ("un euro fort", "un dollar faible"), so no amount is meant.
CURRENCY_ADJECTIVES = r"""
    \s+(?:
        forts? | faibles? | numériques? | digital | uniques? | communs? | stables?
      | solides? | cher | chers | surévalué | sous-évalué | européens?
    )\b
"""

# Determiners that make a count of magnitudes vague: "plusieurs milliards de dollars".
VAGUE_DETERMINERS = r"""
    (?:
        plusieurs
      | quelques
      | des
      | de\s+nombreu(?:x|ses)
      | nombre\s+de
      | certaine?s
      | de                     # "à coups de milliards de dollars"
    )
"""

# Count nouns in vague amounts and the order of magnitude each stands for.
VAGUE_COUNTS: dict[str, float] = {
    "dizaine": 1e1,
    "dizaines": 1e1,
    "centaine": 1e2,
    "centaines": 1e2,
    "millier": 1e3,
    "milliers": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "milliard": 1e9,
    "milliards": 1e9,
    "billion": 1e12,  # French long scale
    "billions": 1e12,
}

# Unit prices and rates right after an amount; the words stay outside the span.
# Each entry: (regex, normalised unit).  Every unit must end a word: "la tonnelle" is no tonne.
#
# Periods and counted things.  These never follow an elided "l'": "l'année" after an amount is
# usually a date ("3 millions d'euros l'année dernière"), and "l'heure" has its own rule below.
PER_UNITS: list[tuple[str, str]] = [
    (r"heures?|h", "hour"),
    (r"jours?|journ[ée]es?|j", "day"),
    (r"semaines?", "week"),
    (r"mois", "month"),
    (r"ans?|ann[ée]es?", "year"),
    (r"actions?|titres?", "share"),
    (r"personnes?|habitants?|t[êe]tes?", "person"),
    (r"nuit(?:ée)?s?", "night"),
]

# Units of measure, written as a word or as a symbol: "44,90 euros le mégawattheure",
# "44,90 €/MWh", "2 400 dollars l'once".  A word with a "-heure" or "-crête" suffix comes before
# the bare power unit it starts with.
PER_MEASURES: list[tuple[str, str]] = [
    # energy
    (r"kilowatts?[-\s]?heures?|kWh", "kWh"),
    (r"m[ée]gawatts?[-\s]?heures?|MWh", "MWh"),
    (r"gigawatts?[-\s]?heures?|GWh", "GWh"),
    (r"t[ée]rawatts?[-\s]?heures?|TWh", "TWh"),
    (r"(?:millions?\s+de\s+)?BTU|MMBtu", "MMBtu"),  # gas in dollar markets
    # power, for capacity prices and installed solar ("1 200 euros le kWc")
    (r"kilowatts?[-\s]?cr[êe]tes?|(?-i:kWc)", "kWc"),
    (r"m[ée]gawatts?[-\s]?cr[êe]tes?|(?-i:MWc)", "MWc"),
    (r"kilowatts?|(?-i:kW)", "kW"),
    (r"m[ée]gawatts?|(?-i:MW)", "MW"),
    # matter
    (r"barils?", "barrel"),
    (r"tonnes?|t", "tonne"),
    (r"kilos?(?:grammes?)?|(?-i:kg)", "kg"),
    (r"grammes?|(?-i:g)", "g"),
    (r"onces?|(?-i:oz)", "ounce"),
    (r"hectolitres?|(?-i:hl)", "hl"),
    (r"litres?|l", "litre"),
    # surface, volume, length
    (r"m[èe]tres?\s+carr[ée]s?|m[²2]", "m2"),
    (r"m[èe]tres?\s+cubes?|m[³3]", "m3"),
    (r"hectares?|(?-i:ha)", "ha"),
    (r"kilom[èe]tres?|(?-i:km)", "km"),
    (r"m[èe]tres?(?:\s+lin[ée]aires?)?", "m"),
]

# What may sit between the amount and the unit: "110 € brut par mois", "95 euros la tonne",
# "2 400 dollars l'once" (a unit of measure only, see PER_UNITS).
PER_LINKERS = r"""
    \s*
    (?:(?:bruts?|nets?|HT|TTC|hors\s+taxes?)\s*)?   # gross/net/tax wording
    (?:
        par\s+(?:an\s+et\s+par\s+)?                 # "par mois"
      | (?:le|la)\s+                                # "le baril", "la tonne"
      | l['’]                                       # "l'once", "l'hectare"
      | /\s*                                        # "€/mois", "$/baril"
      | (?:chaque|tous\s+les|toutes\s+les)\s+       # "chaque année"
    )
"""

# "9,40 euros de l'heure": only the hour is said this way; "l'année" after an amount is
# usually a date ("3 millions d'euros l'année dernière"), not a rate.
PER_HOUR = r"(?:de\s+)?l['’]\s*heure"

# A unit followed by these words is a date, not a rate: "15 euros le mois dernier".
PER_DATE_WORDS = r"\s+(?:derni|prochain|suivant|pr[ée]c[ée]dent|pass[ée]|en\s+cours)"

# --- context ----------------------------------------------------------------------------

# Nouns that make "N milliards de <noun>" money when the currency is implied
# ("9 milliards de provisions"); any other noun marks a count ("2 millions d'habitants").
MONEY_NOUNS = r"""
    (?:
        provisions? | pertes? | dettes? | d[ée]ficits? | b[ée]n[ée]fices?
      | recettes? | revenus? | ventes? | chiffres?\s+d['’]affaires
      | d[ée]penses? | subventions? | investissements? | cr[ée]dits? | pr[êe]ts?
      | financements? | capitaux | capital | fonds | liquidit[ée]s? | actifs?
      | r[ée]serves? | co[ûu]ts? | frais | charges? | [ée]conomies? | amendes?
      | primes? | dividendes? | imp[ôo]ts? | taxes? | salaires? | aides?
      | dommages | indemnit[ée]s? | r[ée]sultats? | budgets? | levées? | dons?
      | exportations? | importations? | cr[ée]ances? | emprunts? | obligations?
    )\b
"""

# Words that make a clause about money, licensing a number + magnitude without a currency
# to borrow one from elsewhere in the text.  Stems, so that inflections match.
MONEY_CUES = r"""
    \b(?:
        investi | investissement | valoris | chiffre\s+d['’]affaires | budget | co[ûu]t
      | lev[ée]e | lever | prix | montant | dette | endett | b[ée]n[ée]fice | perte
      | financ | capital | capitalisation | recette | revenu | d[ée]pens | [ée]conomis | [ée]conomies\b
      | subvention | dotation | enveloppe | somme | rachat | racheter | acqui
      | vend(?:u|re|ait|ent|ra|ront) | pay[ée] | payer | paie | d[ée]bours
      | emprunt | pr[êe]t | cr[ée]dit | amende | indemni
      | salaire | r[ée]mun[ée]r | prime | dividende | provision | d[ée]ficit | tr[ée]sor
      | fonds | contrat | commande | facture | factur | taxe | imp[ôo]t
      | r[ée]sultat | marge | EBITDA | Ebitda | excédent | valeur | cotis | co[ûu]te
      | d[ée]gel | mobilis | injecte | inject | apport | verse | vers[ée]
    )
"""

# Words that show "livres" are books, not pounds, in the same sentence.
BOOK_CUES = r"""
    \b(?:
        lect(?:eur|rice|ure) | lire\b | lus?\b | [ée]dit | [ée]cri | roman | auteur | autrice
      | biblioth | librair | exemplaire | pages?\b | imprim | best-seller | parus?\b
      | publi[ée] | publication | publier | tomes?\b | bouquin
    )
"""

# Text-level cues that a story is British, so a bare "livres" after a number is sterling.
UK_CUES = r"""
    \b(?:
        Royaume-Uni | britanniques? | Grande-Bretagne | Angleterre | anglaise?s?
      | Londres | [ÉE]cosse | [ée]cossaise?s? | Pays\s+de\s+Galles | City
      | Banque\s+d['’]Angleterre | sterling
    )\b
"""

# Text-level cues deciding what a bare "dollars" means: the places a story is told from. The
# country's dollar is used only in a story from there: its places named at least twice, and more
# often than American ones. A nationality adjective ("la canadienne X") names where a company is
# from, not where the story is, and does not count: a Canadian company's amount in a French story
# stays in U.S. dollars.
DOLLAR_COUNTRY_CUES: dict[str, str] = {
    "CAD": r"\b(?:Qu[ée]bec|qu[ée]b[ée]cois(?:es?)?|Canada|Montr[ée]al|Ottawa|Toronto|Vancouver"
    r"|Alberta|Ontario|Colombie-Britannique|Manitoba|Saskatchewan|Calgary|Edmonton|Winnipeg"
    r"|Gatineau|Sherbrooke|Nouvelle-[ÉE]cosse|Nouveau-Brunswick|Terre-Neuve)\b",
    "AUD": r"\b(?:Australie|Sydney|Melbourne|Canberra|Brisbane|Perth|Queensland)\b",
}
DOLLAR_COUNTRY_MIN_CUES = 2
USD_CUES = (
    r"\b(?:[ÉE]tats-Unis|am[ée]ricain(?:e)?s?|USA|Washington|Wall\s+Street"
    r"|Maison-Blanche|New\s+York|Californie|Silicon\s+Valley)\b"
)

# Text-level cues deciding which CFA franc a story means: the Central African one (XAF, the
# countries of the CEMAC) when the story names one of them and none of the West African monetary
# union (XOF), else the West African one, the more common in the French press.
CENTRAL_AFRICA_CUES = r"""
    \b(?:
        Cameroun | camerounaise?s? | Gabon | gabonaise?s? | Tchad | tchadiens? | tchadiennes?
      | Centrafrique | centrafricaine?s? | Guinée\s+équatoriale | équato-guinéens?
      | Congo(?!\s*[-‐]?\s*Kinshasa) | congolaise?s? | Brazzaville | Yaoundé | Douala | Libreville
      | N['’]Djamena | Bangui | Malabo | CEMAC | BEAC
    )\b
"""
WEST_AFRICA_CUES = r"""
    \b(?:
        Sénégal | sénégalaise?s? | Côte\s+d['’]Ivoire | ivoiriens? | ivoiriennes? | Mali | maliens?
      | maliennes? | Burkina(?:\s+Faso)? | burkinabée?s? | Niger | nigériens? | nigériennes?
      | Bénin | béninoise?s? | Togo | togolaise?s? | Guinée-Bissau | Dakar | Abidjan | Bamako
      | Ouagadougou | Niamey | Cotonou | Lomé | UEMOA | BCEAO
    )\b
"""

# A bare "francs" is Swiss when the story is Swiss (and not a French historical one).
SWISS_CUES = r"\b(?:Suisse|suisses?|Gen[èe]ve|Zurich|Berne|Lausanne|B[âa]le|helv[ée]tique)\b"
