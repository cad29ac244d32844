"""Pattern data for facilities: the nouns that name an installation, the kind each one means, and
the cues that give a location."""

from __future__ import annotations

# Head phrases (singular only: "trois réacteurs" or "les centrales" are generic, not a facility),
# longest first within a family, each mapped to the kind reported in English.
KIND_HEADS: list[tuple[str, str]] = [
    (r"centrale\s+nucléaire", "nuclear power plant"),
    (r"centrale\s+(?:hydroélectrique|hydraulique|hydro-électrique)", "hydroelectric power plant"),
    (r"aménagement\s+hydroélectrique", "hydroelectric power plant"),
    (r"complexe\s+hydroélectrique", "hydroelectric power plant"),
    (r"centrale\s+(?:solaire|photovoltaïque)(?:\s+flottante)?", "solar farm"),
    (r"(?:parc|ferme)\s+(?:solaire|photovoltaïque)", "solar farm"),
    (
        r"centrale\s+(?:thermique|à\s+charbon|au\s+charbon|au\s+gaz|à\s+gaz|au\s+lignite"
        r"|à\s+cycle\s+combiné|à\s+biomasse|biomasse|géothermique|électrique|au\s+fioul)",
        "power plant",
    ),
    (
        r"(?:parc|ferme)\s+éolien(?:ne)?(?:\s+(?:en\s+mer|offshore|marin|flottant|terrestre))?",
        "wind farm",
    ),
    (r"centrale", "power plant"),
    (r"réacteur(?:\s+(?:nucléaire|EPR|expérimental))?", "reactor"),
    (r"EPR", "reactor"),
    (r"barrage", "dam"),
    (r"(?:data\s*center|datacenter|centre\s+de\s+données|campus\s+de\s+données)", "data center"),
    (r"(?:gigafactory|giga-?usine|gigausine)", "gigafactory"),
    (
        r"usine(?:\s+(?:de\s+batteries|d['’]assemblage|de\s+production|automobile|chimique))?",
        "factory",
    ),
    (r"(?:aciérie|fonderie|cimenterie|papeterie|sucrerie|fabrique)", "factory"),
    (r"raffinerie", "refinery"),
    (
        r"mine(?:\s+(?:de\s+lithium|d['’]or|de\s+charbon|de\s+cuivre|d['’]uranium|de\s+fer))?",
        "mine",
    ),
    (r"terminal\s+(?:méthanier|GNL|de\s+GNL|gazier)", "LNG terminal"),
    (r"(?:grand\s+port\s+maritime|port\s+autonome)", "port"),
    (r"aéroport(?:\s+international)?", "airport"),
    (r"aérogare", "airport terminal"),
    (r"(?:accélérateur|synchrotron|collisionneur|tokamak|télescope)", "research facility"),
    (r"(?:cosmodrome|base\s+spatiale|centre\s+spatial|pas\s+de\s+tir)", "spaceport"),
    (r"(?:pont|viaduc|tunnel)", "bridge or tunnel"),
    (r"(?:projet|programme)", "project"),
]

# Kind nouns that may stand in apposition after a project's name ("le projet X, gigantesque data
# center basé dans ...") and refine its kind.
APPOSITION_ADJECTIVES = r"""
    (?:gigantesque|immense|vaste|futur(?:e)?|nouveau|nouvelle|grand(?:e)?|énorme|colossal(?:e)?
      |important(?:e)?|premier|première|ambitieux|gigantesques|un|une|le|la|l['’])
"""

# Prepositions and participles that introduce a facility's location: "basé dans l'Indiana",
# "à Dunkerque", "près de Lyon", "implantée en Moselle".
LOCATION_CUES = r"""
    (?:(?:basée?s?|située?s?|implantée?s?|installée?s?|construite?s?|localisée?s?|érigée?s?)\s+)?
    (?:dans\s+(?:l['’]|le\s+|la\s+|les\s+)?|à\s+|en\s+|au\s+|aux\s+|près\s+de\s+|non\s+loin\s+de\s+
      |au\s+large\s+de\s+|sur\s+la\s+commune\s+de\s+)
"""
