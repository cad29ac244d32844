"""Pattern data for organizations: regular-expression fragments for names, context cues,
institution words and legal forms, compiled where they are used (`evidence.py`, `names.py`).

The curated name lists are text files in `data/`, read by `curated.py`.
"""

from __future__ import annotations

from ..text import CAP_WORD

# A capitalised name: one or more capitalised words, optionally joined by short connectors
# ("Banque de France", "Caisse des dépôts", "Moët Hennessy"), with digits, &, dots and dashes inside
# words ("E.Leclerc", "Rolls-Royce", "3M"). Lower-case connectors only join two capitalised words.
NAME = rf"""
    {CAP_WORD}
    (?:
        \s(?:de\s(?:la\s|l['’])?|des\s|du\s|d['’]|et\s|&\s|and\s|of\s|for\s)?{CAP_WORD}
    ){{0,5}}
"""

# A name without "et"/"&" connectors, for contexts where two names may be joined ("Brivex SA et
# Dorlan Inc." holds two companies).
NAME_TIGHT = rf"""
    {CAP_WORD}
    (?:
        \s(?:de\s(?:la\s|l['’])?|des\s|du\s|d['’]|of\s|for\s)?{CAP_WORD}
    ){{0,5}}
"""

# Last words of company names: "Alpha Capital", "Nordvent Ventures", "Basalte Partners".
CORPORATE_TAIL_WORDS = r"""(?x:
    Capital | Ventures | Partners | Investments | Investors | Holdings | Group | Bank | Labs
  | Technologies | Industries | Systems | Therapeutics | Pharmaceuticals | Networks | Motors
  | Airlines | Airways | Energy | Asset\s+Management | Management | Associates | Corporation
  | Company
)"""
# Cue nouns that a person can be as well: "le partenaire Brevia" or "le champion Marc Lenoir".
PERSON_CAPABLE_CUE_NOUNS = r"""
    leader | concurrent | rival | partenaire | client | actionnaire | acteur | champion | pionnier
  | spécialiste
"""
# Cue nouns that name a place as well: "la station RTL" but "la station Gare du Nord", a stop on a
# line.
PLACE_CAPABLE_CUE_NOUNS = r"station"
# "X, son cabinet": what a name owns does not describe it.
POSSESSIVES = r"(?:son|sa|ses|leur|leurs|notre|nos|votre|vos|mon|ma|mes)"
# Nouns that introduce an organization's name: "le groupe Amazon", "la start-up Mistral",
# "l'assureur Axa". Optional nationality or sector adjectives may stand between ("le géant américain
# X", "le groupe pétrolier X").
ORG_CUE_NOUNS = rf"""
    groupe | société | entreprise | compagnie | firme | start-?up | jeune\s+pousse | licorne
  | géant | constructeur | équipementier | fabricant | fournisseur | distributeur | éditeur
  | opérateur | énergéticien | pétrolier | gazier | industriel | armateur | transporteur
  | agence\s+de\s+presse | laboratoire | labo | banque | assureur | mutuelle | fonds | cabinet | conglomérat | holding
  | filiale | maison\s+mère | enseigne | chaîne | quotidien | hebdomadaire | journal | magazine
  | agence | syndicat | parti | association | ONG | fondation | club | fédération | organisation
  | institut | université | école | think\s+tank | régulateur | gendarme
  | numéro\s+un | sous-traitant
  | radio | {PLACE_CAPABLE_CUE_NOUNS} | télévision | revue | site\s+d['’]information
  | {PERSON_CAPABLE_CUE_NOUNS}
  | mouvement | réseau | secte | milice | coalition | compagnie\s+aérienne | transporteur\s+aérien
  | collectif
"""
# Adjectives that may stand between a cue noun and the name.
ORG_CUE_ADJECTIVES = r"""
    américain | français | allemand | britannique | chinois | japonais | coréen | sud-coréen
  | italien | espagnol | néerlandais | suisse | belge | canadien | indien | russe | suédois
  | européen | mondial | international | national | public | privé | bancaire | pétrolier
  | automobile | aéronautique | pharmaceutique | technologique | numérique | informatique
  | énergétique | ferroviaire | minier | agroalimentaire | industriel | financier | californien
  | parisien | lyonnais | historique | grand | petit | jeune | nouveau | principal
"""

# Lower-case words that may not stand between a cue noun and a name: they start a clause or a
# complement, not a description ("la société a Amazon", "l'entreprise en Moselle").
NOT_QUALIFIERS = r"""(?:
    a | à | au | aux | en | dans | sur | sous | pour | par | avec | sans | et | ou | qui | que
  | dont | est | sont | était | sera | comme | chez | vers | entre | selon | depuis | le | la
  | les | l | un | une | des | du | ce | cette | ses | son | sa | leur | leurs
)\b"""

# Endings of the adjectives and complements that may describe an organization between its cue
# noun and its name ("la start-up lyonnaise X", "le groupe pétrolier X", "la banque d'affaires
# X"): verbs and numbers between them ("la compagnie exploite douze X") do not qualify.
ADJECTIVE_ENDINGS = r"""(?:
    ais|aise|aises|ois|oise|oises|ien|ienne|iens|iennes|ain|aine|ains|aines|in|ine|ins|ines
  | al|ale|aux|ales|el|elle|els|elles|ique|iques|aire|aires|if|ive|ifs|ives|eux|euse|euses
  | ier|ière|iers|ières|and|ande|ands|andes|ard|arde|ant|ante|ants|antes|ent|ente|né|née|nés
  | isé|isée|isés|affaires|investissement|télécoms|énergie|luxe|paiement|défense|audit|presse
  | iste|istes
)\b"""

# Words that start the name of a public body or institution: "Banque de France", "Cour des
# comptes", "Commission européenne", "Agence internationale de l'énergie".
INSTITUTION_HEADS = r"""
    Assemblée | Sénat | Parlement | Conseil | Commission | Cour | Tribunal | Parquet | Ministère
  | Délégation | Mission | Inspection | Haut\s+Conseil
  | Banque | Caisse | Agence | Autorité | Office | Institut | Université | Académie | Fédération
  | Confédération | Union | Rassemblement | Organisation | Association | Fondation | Syndicat | Parti | Mouvement
  | Comité | Direction | Haut-Commissariat | Haute\s+Autorité | Centre\s+national | Société
  | Compagnie | Groupe | Régie | Chambre | Conservatoire | Observatoire | Préfecture | Mairie
  | Gendarmerie | Police\s+nationale | Armée | Marine\s+nationale
"""
# Public bodies that the press writes lower-case ("le ministère de la Culture", "le parquet
# fédéral"): they count with a capitalised complement or one of the adjectives below.
LOWERCASE_INSTITUTION_HEADS = r"""
    ministère | parquet | tribunal | police | gendarmerie | cour\s+d['’]appel
  | fédération | agence | comité | armée | hôpital | école | université | commission | office
  | institut | académie | collectif | syndicat
  | département\s+américain            # "département américain de la Justice"
  | conseil\s+régional | conseil\s+départemental | conseil\s+municipal
"""

# Lower-case adjectives that continue an institution's name ("Assemblée nationale", "Banque
# centrale européenne", "Cour pénale internationale").
INSTITUTION_ADJECTIVES = r"""
    nationale? | européenne? | internationale? | mondiale? | fédérale? | centrale? | générale?
  | constitutionnel(?:le)? | supérieure? | régionale? | municipale? | départementale?
  | administrative? | pénale? | suprême | populaire | socialiste | communiste | républicaine?
  | démocrate | écologiste | unie?s? | économique | sociale? | monétaire | militaire | olympique
  | française? | atomique | spatiale? | maritimes? | marins? | financiers? | nucléaire
  | [a-zà-ÿ]+(?:iques?|aires?|ales?|aux)      # adjective endings: "technique", "agricole" aside
"""

# Legal forms after a name: "Renault SA", "Apple Inc.", "Arm Ltd".
LEGAL_FORMS = r"""
    SA | SAS | SASU | SARL | SCA | SE | Inc\.? | Corp\.? | Corporation | Ltd\.? | Limited | LLC
  | plc | PLC | GmbH | AG | NV | N\.V\. | BV | S\.p\.A\. | SpA | Co\.
"""

# Words that, written before a name, say the name is a product or service, not its maker:
# "son modèle d'IA Claude", "l'assistant Alexa", "ses puces Trainium2", "le smartphone Galaxy".
PRODUCT_CUE_NOUNS = r"""
    modèle | assistant | agent\s+conversationnel | chatbot | robot\s+conversationnel | puces? | processeurs?
  | application | appli | logiciel | smartphone | téléphone | tablette | ordinateur | console
  | système\s+d['’]exploitation | plateforme | service | moteur\s+de\s+recherche | navigateur
  | réseau\s+social | messagerie | site | voiture | véhicule | modèle\s+de\s+voiture | avion
  | appareil | lanceur | satellite | fusée | médicament | vaccin | traitement | jeu | série | film
  | marque | offre | abonnement | outil | produit | gamme | format | norme | standard | protocole
  | projet | programme | mission | opération | plan | réacteur | centrale | usine
  | système | batterie | batteries | accumulateurs?
"""

# Plural nouns that introduce a list of organizations: "les grandes banques que sont X, Y et Z",
# "des concurrents comme X et Y", "les syndicats X et Y".
# What a company's name may be glued to and still name the company: "ElvaneEnergies", "KortisGroup".
GLUED_DESCRIPTORS = r"""(?x:
    Energies | Énergies | Energy | Group | Groupe | Holding | Technologies | Industries | Capital
  | Systems | Solutions | Labs | Pharma | Telecom
)"""
# Words after a company's name that name the same company: "Brisant Group", "Kortis Holding".
GENERIC_CORPORATE_WORDS = r"""(?x:
    Group | Groupe | Holding | Holdings | Corporation | Company | Compagnie
)"""
# Nouns of plants written lower-case inside a name that is then no body: "Grand barrage de X".
FACILITY_NOUNS = r"barrage|usine|réacteur|raffinerie|gisement|gigafactory"
# Plural nouns of plants and sites: the names listed after them are facilities.
PLURAL_FACILITY_NOUNS = r"""
    centrales | usines | réacteurs | barrages | raffineries | mines | gisements | parcs\s+éoliens
  | centres\s+de\s+données | data\s+centers
"""
PLURAL_CUE_NOUNS = r"""
    banques | groupes | entreprises | sociétés | compagnies | constructeurs | opérateurs | géants
  | firmes | start-up | startups | jeunes\s+pousses | concurrents | rivaux | partenaires | clients
  | médias | journaux | quotidiens | chaînes | radios | syndicats | partis | associations | ONG
  | actionnaires | investisseurs | repreneurs | sponsors | mécènes
  | fonds | laboratoires | assureurs | acteurs | fabricants | industriels | éditeurs | agences
  | institutions | organisations | organismes | fédérations | clubs | équipementiers
"""

# Relational nouns whose complement is an organization: "filiale de X", "le PDG de X",
# "concurrent d'X".
RELATION_NOUNS = r"""
    filiale | maison\s+mère | actionnaire | concurrent | rival | partenaire | client | fournisseur
  | sous-traitant | propriétaire | PDG | P-DG | directeur\s+général | directrice\s+générale
  | patron(?:ne)? | fondateur | fondatrice | cofondateur | cofondatrice | porte-parole
  | salariés | employés | syndicats | actionnaires | dirigeants
"""

# What companies do and people or places seldom do, right after a name: the name is the subject
# ("Brivex rachète Dorlan", "Brivex a levé 20 millions"). Hiring and job cuts are left out: a plant
# named after its town "emploie 800 personnes" too.
CORPORATE_VERB = r"""(?x:
    (?:(?:a|ont|avait|avaient|aura|va|vont|vient\s+d['’]|veut|compte|devrait|doit|a\s+déjà)\s+)?
    (?: rach[eè]t(?:e|é|ée|era|er|ait) | acqui(?:ert|s|se|erra) | acquérir
      | l[eè]v(?:e|é|er|era|ait)\s+(?:des\s+fonds|\d+|près|plus|un|une)
      | fusionn(?:e|é|er|era) | commercialis(?:e|é|er|era) | investi(?:t|r|ra)? | cot(?:é|ée)\s+en\s+bourse
      | a\s+réalisé\s+un\s+chiffre | réalise\s+un\s+chiffre | publie\s+ses\s+résultats )
    \b
)"""
