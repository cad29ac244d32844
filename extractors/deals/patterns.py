"""Pattern data for deals: the words that make an amount an investment, a round, a price..., the
words that say a deal is not (yet) done, and the words that say which part of a deal an amount is.

Each trigger is written lower-case, with its inflections, as a regular-expression alternation; the
finder matches them case-insensitively on word boundaries.
"""

from __future__ import annotations

# (kind, trigger alternation), most specific first: where two triggers of different kinds are as
# close to an amount, the earlier row wins ("une levée de fonds" before "fonds").
TRIGGERS: list[tuple[str, str]] = [
    (
        "funding_round",
        r"""lev[ée]e\s+de\s+fonds|tours?\s+de\s+(?:table|financement)|séries?\s+[a-h]\b
          |lev(?:er|é|ée|ées|és|e|ent|ait|aient|ant|era|eront|erait)\b|amorçage""",
    ),
    (
        "acquisition",
        r"""rachats?|rachet(?:er|é|ée|ées|és|ant|era|eront|erait)|rachète(?:nt|ra|rait)?
          |acquisitions?|acquér(?:ir|ait|ant)|acquiert|acquis(?:e|es)?\b|OPA|offres?\s+publiques?
          |par\s+action|reprises?\s+de|cessions?|céd(?:er|é|ée|ant)|cède(?:ra)?
          |vend(?:re|u|ue|ra|rait)\b|met(?:tre)?\s+la\s+main\s+sur|s['’](?:offre|empare)""",
    ),
    (
        "valuation",
        r"""valoris(?:ation|ations|é|ée|ées|és|ant|e|ent|erait)|capitalisation(?:\s+boursière)?""",
    ),
    (
        "revenue",
        r"""chiffres?\s+d['’]affaires|revenus?|recettes?|ventes""",
    ),
    (
        "subsidy",
        r"""subventions?|subventionn(?:é|ée|er)|aides?\s+(?:publiques?|de\s+l['’]État)|aides?\b
          |crédits?\s+d['’]impôt|soutien\s+public|fonds\s+publics""",
    ),
    (
        "cost",
        r"""coûts?|coût(?:er|e|ent|é|era|erait|ant)|surcoûts?|budgets?|factures?|dépenses?
          |préjudices?|prix\s+de\s+revient""",
    ),
    (
        "contract",
        r"""contrats?|commandes?|marchés?\s+publics?
          |(?:tarifs?|prix)\s+(?:de\s+rachat|d['’]achat|garantis?)""",
    ),
    (
        "other",
        r"""prêts?|emprunts?|dettes?|obligations|pertes?|actifs\s+sous\s+gestion|encours""",
    ),
    (
        "investment",
        r"""invest(?:ir|it|i|is|ie|ies|issement|issements|issent|issant|ira|iront|irait|iraient)
          |injecte(?:r|ra|rait)?|injection|inject(?:é|ée)s?|mise\s+de\s+fonds|engagements?
          |enveloppe|financ(?:er|é|ée|ement|era|erait|ent)|apports?|miser|misé|mise\s+sur
          |projets?|montant""",
    ),
]

# The words that make a deal possible only: a condition, a rumour, a conditional mood.
POSSIBLE = r"""pourr(?:ait|aient|a|ont)|envisag(?:e|ent|erait|eait)|serai(?:t|ent)|négoci(?:e|ent|ation)
  |discussions?|rumeurs?|selon\s+(?:des|nos)\s+sources|sous\s+réserve|éventuel(?:le)?"""
# The words of a plan or an intention: the deal is to come.
PLANNED = r"""prévoi(?:t|ent)|prévue?s?|va|vont|devr(?:ait|aient|a|ont)|compte(?:nt)?|vise(?:nt)?
  |projette(?:nt)?|veu(?:t|lent)|souhaite(?:nt)?|entend(?:ent)?|d['’]ici|à\s+venir|futur(?:e|s|es)?
  |invest(?:ira|iront)|lèvera|financera|versera|coûtera|rachètera|consacrera
  |autoris(?:e|ent|ée?)|prévisionnel(?:le)?"""
# The words of an announcement or an offer not yet closed.
ANNOUNCED = r"""annonc(?:e|ent|é|ée|er)|dévoil(?:e|é)|officialis(?:e|é)|propos(?:e|é)|offre|lance(?:nt)?
  |accord\s+de\s+principe|finalisation\s+attendue"""

# Which part of a deal an amount is.
INCREMENTAL = r"supplémentaires?|additionnel(?:le)?s?|de\s+plus"
CUMULATIVE = (
    r"au\s+total|en\s+tout|déjà\s+(?:investi|injecté|levé|versé)|cumulée?s?|depuis\s+sa\s+création"
)
TRANCHE = r"tranches?|initial(?:e)?|premier\s+versement|première\s+phase"
TOTAL = r"totale?|global(?:e)?|l['’]ensemble"

# Prepositions that introduce who receives (an investment, a subsidy, a contract's partner) and
# who pays (the investors of a round, the buyer in a passive).
TO_TARGET = r"dans|chez|en\s+faveur\s+de|au\s+capital\s+de|au\s+profit\s+de|pour|à|aux?|avec"
FROM_ACTOR = r"auprès\s+de|menée?\s+par|de\s+la\s+part\s+de|par|accordée?\s+par|versée?\s+par"
