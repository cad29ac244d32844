"""Pattern data for facilities: the nouns that name an installation, the kind each one means, and
the cues that give a location, a name or an alias."""

from __future__ import annotations

from ..text import NATIONALITY

# Head phrases (singular only: "trois réacteurs" or "les centrales" are generic, not a facility),
# longest first within a family, each mapped to the kind reported in English.
KIND_HEADS: list[tuple[str, str]] = [
    # "centre nucléaire de production d'électricité (CNPE)" is EDF's own name for a plant.
    (
        r"(?:centrale|centre)\s+nucléaire(?:\s+de\s+production\s+(?:d['’]électricité|électrique))?"
        r"(?:\s*\(CNPE\))?",
        "nuclear power plant",
    ),
    (r"CNPE", "nuclear power plant"),
    (r"centrale\s+(?:hydroélectrique|hydraulique|hydro-électrique)", "hydroelectric power plant"),
    (r"(?:aménagement|complexe)\s+hydroélectrique", "hydroelectric complex"),
    (r"centrale\s+(?:solaire|photovoltaïque|agrivoltaïque)(?:\s+flottante)?", "solar farm"),
    (r"(?:parc|ferme)\s+(?:solaire|photovoltaïque|agrivoltaïque)", "solar farm"),
    (
        r"centrale\s+(?:thermique|à\s+charbon|au\s+charbon|au\s+gaz|à\s+gaz|au\s+lignite"
        r"|à\s+cycle\s+combiné|à\s+biomasse|biomasse|géothermique|électrique|au\s+fioul)",
        "power plant",
    ),
    (
        r"(?:parc|ferme|projet)(?:\s+pilote)?\s+éolien(?:ne)?"
        r"(?:\s+(?:en\s+mer|offshore|marin|flottant|flottante|terrestre))?",
        "wind farm",
    ),
    (r"centrale", "power plant"),
    (r"réacteur(?:\s+(?:nucléaire|EPR|expérimental))?", "reactor"),
    (r"EPR", "reactor"),
    (r"barrage", "dam"),
    # A bare "aménagement" names a hydro scheme only with a proper name ("l'aménagement X");
    # with "de" it is weak (see WEAK_WITH_PLACE).
    (r"aménagement", "hydroelectric complex"),
    (r"complexe\s+(?:industriel|pétrochimique|sidérurgique|nucléaire)", "industrial complex"),
    (
        r"(?:data\s*cent(?:er|re)|datacent(?:er|re)|centre\s+de\s+données|campus\s+de\s+données"
        r"|campus\s+(?:IA|d['’]IA|d['’]intelligence\s+artificielle)|supercalculateur)",
        "data center",
    ),
    (r"(?:gigafactory|giga-?usine|gigausine)", "gigafactory"),
    (
        r"usine(?:\s+(?:de\s+batteries|d['’]assemblage|de\s+production|automobile|chimique))?",
        "factory",
    ),
    (r"(?:aciérie|fonderie|cimenterie|papeterie|sucrerie|fabrique|aluminerie)", "factory"),
    (r"électrolyseur", "electrolyser"),
    (
        r"(?:STEP|station\s+de\s+transfert\s+d['’]énergie\s+par\s+pompage)",
        "pumped storage plant",
    ),
    (
        r"(?:installation|système|site|parc|centrale)\s+de\s+stockage\s+(?:par\s+|d['’]énergie\s+par\s+|à\s+)?batteries",
        "battery storage",
    ),
    (r"parc\s+de\s+batteries", "battery storage"),
    # Kind nouns that say what the installation does only with their complement ("l'unité de
    # méthanisation de X", "le centre de stockage d'électricité de Y"); the qualifiers after them
    # refine the kind (`MODIFIER_KINDS`).
    (
        r"(?:unité|centre|installation)\s+de\s+(?:production|méthanisation|stockage|fabrication"
        r"|valorisation|recyclage|traitement|cogénération)",
        "facility",
    ),
    (r"raffinerie(?:\s+de\s+pétrole)?", "refinery"),
    (
        r"mine(?:\s+(?:de\s+lithium|d['’]or|de\s+charbon|de\s+cuivre|d['’]uranium|de\s+fer))?",
        "mine",
    ),
    (r"terminal\s+(?:méthanier|GNL|de\s+GNL|gazier)", "LNG terminal"),
    (r"(?:grand\s+port\s+maritime|port\s+autonome|port)", "port"),
    (r"aéroport(?:\s+international)?", "airport"),
    (r"(?:aérogare|terminal)", "airport terminal"),
    (r"station\s+de\s+métro", "metro station"),
    (r"(?:(?:système|réseau)\s+de\s+)?métro", "metro system"),
    (
        r"(?:accélérateur(?:\s+de\s+particules)?|synchrotron|collisionneur|tokamak|télescope)",
        "research facility",
    ),
    (r"(?:cosmodrome|base\s+spatiale|centre\s+spatial|pas\s+de\s+tir)", "spaceport"),
    (r"(?:pont|viaduc|tunnel)", "bridge or tunnel"),
    (r"(?:projet|programme)", "project"),
    (r"site(?:\s+(?:nucléaire|industriel|de\s+production))?", "site"),
]

# Heads that name a facility only as another name of one found otherwise ("le site de Valbrune" is
# the plant at Valbrune; alone, "le site de Lyon" is a place).
WEAK_KINDS = {"site"}
# Heads written with "de" + a place that are weak, while a proper name right after them is strong:
# "l'aménagement Pierre-Daviault" is a hydro scheme, "l'aménagement de la ville" is town planning.
WEAK_WITH_PLACE = {"hydroelectric complex"}

# Canonical head words used in names, for heads with several spellings.
CANONICAL_HEADS: list[tuple[str, str]] = [
    (r"(?:centrale|centre)\s+nucléaire.*|cnpe", "centrale nucléaire"),
    (r"(?:système|réseau)\s+de\s+métro", "métro"),
    (r"raffinerie\s+de\s+pétrole", "raffinerie"),
    (r"usine\s+de\s+production", "usine"),
    (r"giga-?usine|gigausine", "gigafactory"),
]

# Plural heads that a coordination of names turns into several facilities ("les centrales de X et
# de Y", "les centrales X (…) et Y (…)"). Reactors are left out: "les réacteurs de X et Y" are
# parts of the plants.
PLURAL_HEADS: list[tuple[str, str]] = [
    (r"centrales\s+nucléaires", "nuclear power plant"),
    (r"centrales\s+(?:hydroélectriques|hydrauliques)", "hydroelectric power plant"),
    (r"centrales\s+(?:thermiques|à\s+charbon|au\s+charbon|au\s+gaz)", "power plant"),
    (r"centrales\s+(?:solaires|photovoltaïques)", "solar farm"),
    (r"centrales", "power plant"),
    (r"barrages", "dam"),
    (r"usines", "factory"),
    (r"raffineries", "refinery"),
    (r"aéroports", "airport"),
    (r"mines", "mine"),
    (r"(?:parcs|fermes|projets)\s+éoliens", "wind farm"),
    (r"(?:parcs|fermes)\s+(?:solaires|photovoltaïques)", "solar farm"),
    (r"(?:data\s*cent(?:er|re)s|datacent(?:er|re)s|centres\s+de\s+données)", "data center"),
    (r"(?:gigafactories|giga-?usines)", "gigafactory"),
    (r"électrolyseurs", "electrolyser"),
    (r"terminaux\s+méthaniers", "LNG terminal"),
    # "les sites de X, Y et Z" of a company: each one is an installation
    (r"sites(?:\s+(?:de\s+production|industriels))?", "site"),
]
# What may stand between a plural head and the names it lists: "les parcs éoliens en mer
# français — X, Y et Z".
PLURAL_QUALIFIERS = rf"""(?x:
    (?:\s+(?:en\s+mer|offshore|flottants|terrestres|{NATIONALITY}))?
    (?:\s*[—–:])?
)"""
# Counted plural nouns whose parts a colon lists by name ("trois réacteurs : X A et X B").
LISTED_PARTS: list[tuple[str, str]] = [
    (r"réacteurs(?:\s+nucléaires)?", "reactor"),
    (r"(?:unités|tranches)(?:\s+de\s+production)?", "reactor"),
    (r"centrales(?:\s+nucléaires)?", "power plant"),
]

# Kind nouns that may stand in apposition after a project's name ("le projet X, gigantesque data
# center basé dans ...") and refine its kind.
APPOSITION_ADJECTIVES = r"""
    (?:gigantesque|immense|vaste|futur(?:e)?|nouveau|nouvelle|grand(?:e)?|énorme|colossal(?:e)?
      |important(?:e)?|premier|première|ambitieux|gigantesques|un|une|le|la|l['’])
"""
# Adjectives between a determiner and an unnamed facility ("sa première gigafactory à X", "une
# nouvelle usine en Y").
UNNAMED_ADJECTIVES = r"""
    (?:première|premier|nouvelle|nouveau|future?|grande?|plus\s+grande?|deuxième|seconde?
      |troisième|immense|vaste|gigantesque|énorme|importante?|propre|petite?|autre)
"""
# Participles that give a facility its name: "une centrale du nom de X", "un centre de données
# baptisé « X »".
NAMING_VERBS = r"""
    (?:du\s+nom\s+de|baptisée?|appelée?|nommée?|dénommée?|surnommée?)
"""
# What stands between a facility's name and another name of the same facility: "X, aussi dénommée
# Y", "X (Y), dite Y".
ALIAS_LINK = r"""
    ^\s*(?:\([^()]{0,60}\)\s*)?,?\s*(?:aussi|également|encore|parfois)?\s*
    (?:dénommée?|appelée?|surnommée?|nommée?|connue?\s+sous\s+le\s+nom\s+de|dite?|ou)\s+$
"""
# Words just before a facility that make it the term of a comparison, not the subject whose
# capacity the sentence gives ("…, derrière la centrale X", "après celle du barrage Y").
COMPARISON_CUES = r"(?:derrière|après|devant|que|comme|avant)(?![\w])"

# Prepositions and participles that introduce a facility's location: "basé dans l'Indiana",
# "à Dunkerque", "près de Lyon", "implantée en Moselle".
# Nouns that name an area before its proper name: "dans la province de X", "dans l'État de Y".
PLACE_NOUNS = r"(?:province|région|département|commune|ville|métropole|État|comté|vallée|zone)"
# What puts an unnamed installation at a place: "une usine à X", "un data center près de Y", "un
# parc éolien au large de Z", "un centre de données dans la paroisse de W" (any lower-case noun of
# an area before its name).
UNNAMED_PLACE_CUES = rf"""
    (?:à|en|près\s+de|non\s+loin\s+de|au\s+large\s+de|aux\s+portes\s+de|sur\s+la\s+commune\s+de
      |dans\s+(?:le\s+|la\s+|l['’])(?:(?:{PLACE_NOUNS}|[a-zà-ÿ]{{4,}})\s+(?:de\s+|du\s+|d['’]))?)
"""
# Nouns that say what an owner is before its name: "l'usine du groupe X", "le site de la société Y".
OWNER_NOUNS = r"""
    (?:groupe|société|firme|entreprise|constructeur|fabricant|géant|opérateur|énergéticien
      |électricien|industriel|équipementier|start-up|startup|pétrolier|chimiste|sidérurgiste)
"""
LOCATION_CUES = r"""
    (?:(?:basée?s?|située?s?|implantée?s?|installée?s?|construite?s?|localisée?s?|érigée?s?)\s+)?
    (?:dans\s+(?:l['’]|le\s+|la\s+|les\s+)?|à\s+|en\s+|au\s+|aux\s+|près\s+de\s+|non\s+loin\s+de\s+
      |au\s+large\s+de\s+|sur\s+la\s+commune\s+de\s+)
"""
# Words that ask for a stated total ("une puissance installée totale de", "au total").
TOTAL_CUES = r"(?:totale?s?|au\s+total|cumulée?s?|ensemble)"
# Words that replace a first figure with a later one ("912 MW, augmentée à 1 020 MW").
UPGRADE_CUES = r"""
    ^\s*,?\s*(?:puis\s+|et\s+|avant\s+d['’]être\s+|qui\s+a\s+été\s+|a\s+été\s+)?
    (?:augmentée?s?|portée?s?|relevée?s?|passée?s?|accrue?s?|rehaussée?s?|élevée?s?)
    (?:\s+(?:en|depuis)\s+\d{4})?\s*,?\s+(?:à|jusqu['’]à)\s+$
"""

# Words that qualify a kind noun between it and its name: how the installation works, what it makes
# or stores, where it stands ("la ferme solaire flottante de X", "le site de production
# d'hydrogène vert de Y", "la centrale photovoltaïque au sol de Z"). Only lower-case words of this
# vocabulary qualify, so that a verb ("la centrale alimente les usines de X") never joins a kind
# noun to a name.
MODIFIER_ADJECTIVES = r"""
    (?:éolien(?:ne)?s?|solaires?|photovoltaïques?|agrivoltaïques?|flottante?s?|terrestres?
      |marine?s?|offshore|nucléaires?|hydroélectriques?|hydrauliques?|thermiques?|géothermiques?
      |électriques?|pilotes?|industriel(?:le)?s?|modulaires?|chimiques?|pétrochimiques?
      |sidérurgiques?|automobiles?|hyperscale|géante?s?|expérimenta(?:l|le|ux|les)|verte?s?
      |bas[- ]carbone|renouvelables?|hybrides?|intégrée?s?|avancée?s?|voisine?s?|ancien(?:ne)?s?
      |actuel(?:le)?s?|existante?s?)
"""
MODIFIER_NOUNS = r"""
    (?:stockage|batteries|cellules|production|hydrogène|méthanisation|biométhane|biogaz
      |cogénération|données|calcul|assemblage|recherche|traitement|recyclage|dessalement
      |électrolyse|électrolyseurs|gaz|charbon|lignite|biomasse|fioul|pompage|semi-conducteurs
      |puces|composants|panneaux|modules|acier|aluminium|lithium|cuivre|nickel|uranium|ciment
      |engrais|ammoniac|méthanol|e-carburants?|carburants?|biocarburants?|électricité|énergie
      |chaleur|vapeur|conversion|enrichissement|retraitement|liquéfaction|regazéification|mer
      |sol|toiture|pétrole|raffinage|fabrication|valorisation|incinération|polysilicium
      |cathodes|anodes|matériaux|serveurs|ions?|stations?\s+de\s+transfert)
"""
# Kinds that the modifiers refine, with the words that do it, first match wins: "le site de
# production d'hydrogène de X" is an electrolyser, "la centrale de stockage par batteries de Y" a
# battery storage plant.
REFINABLE_KINDS = {"power plant", "site", "facility"}
MODIFIER_KINDS: list[tuple[str, str]] = [
    (r"éolien", "wind farm"),
    (r"solaire|photovoltaïque|agrivoltaïque", "solar farm"),
    (r"nucléaire", "nuclear power plant"),
    (r"hydroélectrique|hydraulique", "hydroelectric power plant"),
    (r"pompage", "pumped storage plant"),
    (r"données|calcul|serveurs", "data center"),
    (r"hydrogène|électrolyse", "electrolyser"),
    (r"batteries", "battery storage"),
]
