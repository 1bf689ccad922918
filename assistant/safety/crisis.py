"""Crisis and safeguarding signals in a message, English and French, decided by code.

Run on every message before retrieval and before any model call. Categories: ``suicide``,
``self_harm``, ``abuse`` (violence or abuse the writer suffers), ``harassment`` (sexual
approaches or harassment, by a mentor or anyone), ``danger`` (immediate danger, or a mentee at
risk that a mentor reports). The patterns read accent-folded text and speak of the writer ("I",
"me", "je") or of a real person at risk ("my mentee"): a question about how a mentor should
handle such a subject ("what should a mentor do if a mentee mentions self-harm?") is guidance,
not a crisis, and idioms ("this deadline is killing me", « je suis mort de fatigue ») are not.
When in doubt between a crisis and none, the screen answers as for a crisis: a false alarm costs
one fixed reply, a miss may cost much more. What the rules miss, a learned backstop may catch
(:mod:`assistant.safety.learned`); its evidence is empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.safety.learned import load_crisis_model
from assistant.safety.patterns import alternatives, folded


@dataclass(frozen=True)
class CrisisSignal:
    """What was found: the category and the words that showed it."""

    category: str
    evidence: str


_I = r"(?:i|i'?m|i am|i'?ve|i have|i was|i'?d|i would|i keep|i just|i really)"
_JE = r"(?:je|j'|j|moi)"
_ME = r"(?:m'|me|moi)"

_SUICIDE = alternatives(
    # English, explicit
    r"\bkill(?:ing)? my ?self\b",
    r"\bkms\b",
    r"\bend(?:ing)? (?:it all|my (?:own )?life|my life)\b",
    r"\btake my (?:own )?life\b",
    r"(?<!prevention du )(?<!prevention de )\bsuicid(?:e|al)\b(?! (?:prevention|helpline|hotline|research))",
    r"\b(?:want|wanna|going|plan(?:ning)?|ready|tempted|thinking about (?:how )?) ?(?:to )?die\b",
    r"\bwish (?:i (?:was|were) dead|i could die|i could disappear|i (?:had )?never (?:been born|existed))",
    r"\bbetter off (?:dead|without me)\b",
    r"\bno (?:reason|point) (?:to|in) (?:live|living|go on|going on|being alive|wake up|waking up)\b",
    r"\b(?:don'?t|do not|dont) want to (?:live|be alive|exist|go on|wake up|be here)\b",
    r"\bcan'?t (?:go on|keep going|do this anymore|take it anymore|live like this)\b",
    r"\brather be dead\b",
    r"\bhang(?:ing)? my ?self\b",
    r"\b(?:overdose|od) on\b",
    r"\bjump (?:off|in front of)\b",
    r"\bnot (?:be|being) (?:here|around|alive) anymore\b",
    r"\bdisappear (?:forever|for good)\b",
    r"\bend (?:the|this) pain\b",
    r"\btired of (?:living|being alive|life)\b",
    r"\bnothing to live for\b",
    r"\bgive up on (?:life|living|everything)\b",
    r"\bwrote (?:a|my) (?:suicide |goodbye )?note\b",
    r"\bsay(?:ing)? goodbye to everyone\b",
    r"\bno way out\b",
    r"\bwant(?:ing)? it (?:all )?to (?:stop|end)\b",
    r"\bthe world would be better without me\b",
    r"\bpills? (?:to end|and (?:sleep|not wake))\b",
    # French
    r"(?<!prevention du )(?<!prevention de )\bsuicid(?!\w* (?:prevention|helpline|hotline|research))",
    r"\b(?:me |m')(?:suicider|foutre en l'air|jeter sous|pendre)\b",
    r"\b(?:me |m')jeter (?:du|par) (?!la fenetre\W*(?:\U0001f602|mdr|lol|haha))",
    r"\b(?:je|j') ?(?:vais|veux|voudrais|pourrais|vais finir par|ai envie de|pense a) me tuer\b",
    r"\benvie de me tuer\b",
    # English, indirect
    r"\bno point (?:in )?(?:me )?(?:being alive|living|going on|existing)\b",
    r"\b(?:won'?t|will not) be (?:around|here|alive) (?:in|by|for|next)\b",
    r"\b(?:just )?not (?:exist|existing) anymore\b|\bhow peaceful it would be\b",
    r"\bsay(?:ing)? goodbye to (?:people|everyone|everybody)\b",
    r"\bgoodbye (?:letters?|notes?|messages?|posts?)\b",
    r"\bstockpil\w* (?:my |some )?(?:sleeping )?(?:pills|meds|medication|tablets)\b",
    r"\b(?:pills|meds|tablets) (?:saved|put aside|set aside|hidden) (?:up )?(?:in case|for)\b",
    r"\bdisappear(?:ing)? for good\b",
    r"\bnobody would (?:even )?(?:notice|care|miss me)\b",
    r"\b(?:don'?t|do not|can'?t) see the point (?:of|in) (?:going on|living|anything|it all|being here)\b",
    r"\bwhat'?s the point (?:of|in) (?:living|going on|being alive|anything anymore)\b",
    r"\b(?:death|dying) (?:would|will|might) be (?:a )?(?:relief|peaceful|easier|better)\b",
    # French, indirect
    r"\bme jette (?:sous|du|par)\b",
    r"\bje (?:ne )?me vois (?:pas|plus) vivre\b",
    r"\bje (?:ne )?me vois (?:nulle part|pas dans (?:un|deux|cinq) ans)\b",
    r"\b(?:la mort|mourir) serait (?:un soulagement|plus simple|mieux|une delivrance)\b",
    r"\bmarre (?:d'exister|de vivre)\b",
    r"\bplus (?:l'interet|le sens) de (?:rien|vivre|continuer)\b",
    r"\b(?:lettres?|mots?|messages?) d'adieu\b",
    r"\b(?:medicaments?|cachets?|comprimes?) de cote\b",
    r"\bstock(?:e|er|ais) (?:des|mes) (?:medicaments|cachets|comprimes)\b",
    r"\bdisparai(?:tre|ssais|ssait) pour de bon\b",
    r"\bque (?:ca|tout) s'arrete\W{0,3} ?pour de bon\b",
    r"\bveux juste que (?:ca|tout) s'arrete\b",
    r"\bje (?:ne )?peux plus continuer comme ca\b",
    r"\b(?:arrangerait|soulagerait) tout le monde\b",
    r"\bmettre fin a (?:mes jours|ma vie)\b",
    r"\ben finir\b",
    r"\b(?:plus|pas) envie de (?:vivre|me reveiller|continuer a vivre)\b",
    r"\b(?:envie|besoin) de mourir\b",
    r"\b(?:veux|voudrais|aimerais|prefererais|vais) mourir\b",
    r"\bdisparaitre (?:pour toujours|a jamais|pour de bon|definitivement)\b",
    r"\bme tirer une balle\b(?! dans le pied)",
    r"\bsauter (?:du|par la|d'un|sous)\b",
    r"\bplus (?:la force|le courage) de (?:continuer|vivre|tenir)\b",
    r"\bque tout s'arrete\b",
    r"\bmieux sans moi\b",
    r"\ba quoi bon (?:vivre|continuer)\b",
    r"\bplus (?:aucune|de) raison de vivre\b",
    r"\bfatigue[e]? de vivre\b",
    r"\bne plus (?:etre la|me reveiller|exister)\b",
    r"\bpas de sortie\b",
    r"\bje (?:veux|voudrais) (?:plus|pas) (?:vivre|exister|etre la)\b",
)
_SELF_HARM = alternatives(
    r"\b(?:cut|cutting|burn|burning|hurt|hurting|harm|harming|scratch|scratching|hit|hitting|punish|punishing|starve|starving) my ?self\b",
    r"\bself[- ]?harm(?:ing|ed)?\b(?! (?:policy|training))",
    r"\bself[- ]?injur",
    r"\b(?:me |m')(?:scarifier|mutiler|couper|bruler|faire du mal|griffer|taper)\b",
    r"\bautomutil",
    r"\bscarifi",
    r"\b(?:burn(?:ed|t)?|cut|hurt|hit|punch(?:ed)?|scratch(?:ed)?|bit|hurting|cutting|burning) (?:my ?self|my (?:wrists?|arms?|legs?|thighs?|skin|face|head|hands?|stomach))\b.{0,40}\b(?:on purpose|deliberately)\b",
    r"\bon purpose\b.{0,30}\b(?:burn|cut|hurt|bleed|scratch)",
    r"\b(?:started|start|been) cutting again\b|\bcutting again\b",
    r"\bmade? my ?self bleed\b",
    r"\bscratching my (?:arms|skin|face|legs)\b",
    r"\bmarks on my (?:wrists?|arms?|legs?|thighs?)\b",
    r"\blong sleeves\b.{0,60}\b(?:arms|wrists|scars|marks)\b",
    r"\bsee blood\b",
    r"\bdeserved? to (?:hurt|bleed|be hurt)\b",
    r"\bmake new (?:ones|cuts|marks)\b",
    r"\b(?:je|j') ?(?:me )?(?:fais|suis fait|suis faite) du mal\b",
    r"\bje me (?:coupe|frappe|griffe|brule|cogne|tape|scarifie|mutile)\b",
    r"\bme suis (?:brule|coupe|frappe|griffe|cogne|tape)e?s?\b.{0,50}\b(?:expres|volontairement|trop fort)\b",
    r"\b(?:expres|volontairement)\b.{0,20}\bme (?:bruler|couper|frapper|griffer)\b",
    r"\bme (?:taper|cogner) la tete contre\b|\bje me tape la tete\b",
    r"\bmes cicatrices\b",
    r"\b(?:refait|fait) des marques\b",
    r"\bmanches longues\b.{0,80}\b(?:bras|poignets|cicatrices)\b",
    r"\b(?:du sang|saigner)\b.{0,40}\b(?:calme|soulage|enfin)\b",
    r"\blames?\b.{0,50}\b(?:cache|salle de bain)\b",
    r"\bpoints de suture\b.{0,40}\bcoupe\b",
    r"\bme griffe\b.{0,30}\bexpres\b",
)
_ABUSE = alternatives(
    r"\b(?:hits|beats|hit|beat|slaps|slapped|chokes|choked|strangled|kicks|kicked|punches|punched|pushes|pushed|shoves|shoved|hurts|threatens|threatened|locks|locked) me\b",
    r"\b(?:abus(?:ed|ing|es)|assault(?:ed|s)|raped|rapes|attacked|molested|beaten|beaten up) (?:me|by)\b",
    r"\b"
    + _I
    + r" (?:being|been|got|get|was|am) (?:abused|beaten|hit|assaulted|raped|attacked|threatened|hurt)\b",
    r"\bdomestic (?:violence|abuse)\b",
    r"\bafraid (?:of|to go) (?:home|him|her)\b",
    r"\bscared (?:of|to go) (?:home|him|her)\b",
    r"\bthreaten(?:s|ed|ing)? to (?:kill|hurt|beat) me\b",
    r"\b(?:il|elle|on|mon \w+|ma \w+) (?:me |m')(?:frappe|bat|battait|a frappe|a battu|menace|a menace|etrangle|a etrangle|gifle|a gifle|pousse|enferme|viole|a viole|agresse|a agresse)\b",
    r"\b"
    + _JE
    + r" ?(?:suis|me suis fait|ai ete|me fais) (?:frappe|battu|viole|agresse|menace|maltraite|tabasse)e?s?\b",
    r"\bviolences? (?:conjugales?|domestiques?)\b",
    r"\bpeur de rentrer\b",
    r"\bmenace de (?:me tuer|me frapper|me faire du mal)\b",
    r"\b(?:grabbed|shook|bruised|slammed|strangled|choked|kicked|punched|slapped) (?:me|my (?:arm|wrist|neck|face))\b",
    r"\bthrew (?:\w+ ){1,2}at me\b",
    r"\bhe won'?t miss\b",
    r"\b(?:drinks|drunk|drinking)\b.{0,40}\b(?:scary|hits|violent|hurts)\b|\b(?:scary|violent)\b.{0,20}\bwhen he drinks\b",
    r"\b(?:somewhere|where) (?:he|she|they) (?:can'?t|won'?t|will not) find me\b",
    r"\bshoves? (?:us|me)\b",
    r"\bcovering (?:up )?(?:my )?(?:eye|bruises?|black eye)\b",
    r"\btakes? my (?:wages|money|salary|papers|passport|id)\b",
    r"\b(?:locks?|locked) me (?:in|out|up)\b",
    r"\b(?:m'a|me) (?:tape|frappee?|giflee?|etranglee?|secouee?|bousculee?|poussee?|mis un coup|donne un coup)\b",
    r"\bme tape dessus\b",
    r"\bme bat\b",
    r"\bgarde mes papiers\b",
    r"\bpas etre a la maison quand\b",
    r"\bla ou (?:il|elle|ils) (?:ne )?(?:pourra|pourront|peut) pas me retrouver\b",
    r"\bm'enferme\b",
    r"\bme prive de (?:repas|manger|nourriture)\b",
    r"\bca devient physique\b",
    r"\bnous (?:bouscule|frappe|tape)\b",
    r"\b(?:balance|jette|lance) des (?:trucs|objets|choses) (?:dessus|sur (?:moi|nous))\b",
)
_HARASSMENT = alternatives(
    r"\b(?:sends?|sent|sending|keeps? sending) me (?:\w+ ){0,3}(?:sexual|sexy|explicit|nude|naked|dirty|inappropriate|intimate)\b",
    r"\b(?:sexual|sexually explicit|explicit|nude|naked|intimate|dick) (?:messages?|texts?|photos?|pictures?|pics?|comments?|advances?|jokes?|videos?)\b",
    r"\b(?:touch(?:ed|es|ing)?|grop(?:ed|es|ing)|kiss(?:ed)?|fondl(?:ed|es)) me\b",
    r"\b" + _I + r" (?:am |was |being |been )?(?:sexually )?harass(?:ed|ing)?\b",
    r"\b(?:harass(?:es|ed|ing)|stalk(?:s|ed|ing)|is stalking|keeps? harassing) me\b",
    r"\basked me (?:for sex|to sleep with|to send (?:nudes|photos|pictures))\b",
    r"\bsleep with (?:him|her|them) (?:to|or|if|for)\b",
    r"\bsexual harassment\b",
    r"\b(?:me |m')(?:harcele|envoie des (?:messages|photos) (?:sexuels|a caractere sexuel|intimes|deplaces)|touche|a touche|caresse|a embrasse(?:e)? de force)\b",
    r"\bharcel(?:e|ee|ement) (?:sexuel|par (?:mon|ma)|au travail)\b",
    r"\b" + _JE + r" ?(?:suis|me sens) harcele",
    r"\b(?:messages?|photos?|propositions?|avances|remarques|blagues) (?:sexuel(?:le)?s?|a caractere sexuel|obscenes?|deplace(?:e)?s)\b",
    r"\battouchements?\b",
    r"\bcoucher avec (?:lui|elle) (?:pour|sinon|si)\b",
    r"\b(?:hand|hands) on my (?:thigh|leg|knee|waist|bum|butt|chest|breast)\b",
    r"\btouching my (?:waist|thigh|leg|hair|body|breasts?|bum|butt)\b",
    r"\b(?:come|came|go) (?:up )?(?:to|home with) (?:his|her) (?:hotel )?(?:room|place|flat|apartment)\b|\bcome home with (?:him|her)\b|\bhotel room\b",
    r"\bwhat i'?m wearing\b",
    r"\babout my body\b",
    r"\b(?:rubbing|rubs|massag\w+) my (?:shoulders|neck|back)\b",
    r"\bbullied and harassed\b|\bharass(?:ed|ing) by my\b",
    r"\bcornering me\b",
    r"\bgrabbed my (?:wrist|arm|hand)\b",
    r"\bthe way (?:\w+ ){0,2}looks at me\b",
    r"\bdepends on whether i (?:come|go|sleep|meet|have)\b",
    r"\bprivate chats?\b",
    r"\bknows? where i live\b",
    r"\buninvited\b",
    r"\bmain sur (?:la|ma) (?:cuisse|jambe|taille|poitrine|fesse)\b",
    r"\bm'a (?:touchee?|coincee?|attrapee? le poignet|caresse)\b",
    r"\bme tripote\b",
    r"\b(?:connotation|caractere) sexuel",
    r"\bsous-vetements\b",
    r"\b(?:de lui|d'elle) nue?s?\b",
    r"\bharcelement (?:moral|sexuel)\b",
    r"\bvie sexuelle\b",
    r"\bcommente mes (?:fesses|seins|formes|tenues)\b",
    r"\b(?:tete-a-tete|diner) chez (?:lui|elle)\b",
    r"\bma note depend(?:ait)?\b",
    r"\btrucs genants\b",
    r"\binsist\w* pour que je vienne chez (?:lui|elle)\b",
    r"\bmessages anonymes\b",
    r"\bsi je couche avec (?:lui|elle)\b",
)
_DANGER = alternatives(
    r"\b" + _I + r" (?:am|'m)? ?(?:in danger|not safe|unsafe)\b",
    r"\bin immediate danger\b",
    r"\b(?:someone|he|she|they|a man|a guy) (?:is|are) (?:following|outside|trying to get in|going to hurt)\b",
    r"\b(?:has|have|got) a (?:knife|gun|weapon)\b",
    r"\bgoing to (?:hurt|kill) (?:someone|him|her|them|people)\b",
    r"\b(?:my mentee|my student|a mentee of mine) (?:\w+ ){0,6}(?:wants to die|kill (?:him|her|them)sel(?:f|ves)|suicid\w*|self[- ]harm\w*|cutting (?:him|her|them)sel(?:f|ves)|is being (?:abused|hit|beaten))",
    r"\b(?:je suis|on est|nous sommes) en danger\b",
    r"\bpas en securite\b",
    r"\b(?:il|elle|quelqu'un) (?:a|tient) (?:un couteau|une arme|un pistolet)\b",
    r"\b(?:mon mentore|ma mentoree|mon etudiant|mon eleve) (?:\w+ ){0,6}(?:veut mourir|se suicider|suicid\w*|se scarifie|se fait du mal|se mutile|se fait frapper|est battu)",
    r"\b(?:says?|said|threaten\w*|screaming|yelling|shouting) (?:that )?(?:he|she|they)?'?(?:ll| will| is going to|'s going to)? ?(?:kill|stab|shoot|hurt|burn) (?:me|us|my)\b",
    r"\b(?:is|are|'s|'re) (?:going to|gonna) (?:stab|shoot) (?:me|us)\b",
    r"\bwith a (?:knife|gun|weapon)\b",
    r"\bburn (?:\w+ ){0,3}down\b.{0,30}\b(?:with me|tonight)\b",
    r"\bmake them (?:all )?pay\b",
    r"\bbring (?:\w+ ){0,3}gun\b",
    r"\bbanging on (?:the|my) (?:door|window)\b",
    r"\b(?:outside|at) my (?:door|house|flat)\b.{0,40}\b(?:kill|hurt|right now|screaming)\b",
    r"\bi locked the door\b",
    r"\bphoto of my (?:front )?door\b",
    r"\bwants to (?:fly|jump)\b",
    r"\bon the roof\b.{0,60}\b(?:jump|fly|drunk)\b|\b(?:drunk|wants to jump)\b.{0,60}\bon the roof\b",
    r"\bwill regret how they treated me\b",
    r"\bthe list is ready\b",
    r"\bposted a goodbye\b",
    r"\bblocking my car\b",
    r"\b(?:va|vais|veut|vont) (?:nous|me|la|le|les) tuer (?:ce soir|maintenant|cette nuit|tous)\b",
    r"\bmenace (?:ma mere|mon pere|ma soeur|mon frere|mes enfants|les enfants)\b",
    r"\b(?:avec|a) un couteau\b",
    r"\bfoutre le feu\b",
    r"\b(?:ils|elles) vont tous payer\b",
    r"\b(?:fusil|pistolet|arme a feu)\b",
    r"\btape sur la vitre\b",
    r"\bm'a enferme\b",
    r"\bme fera du mal\b",
    r"\bmessage d'adieu\b",
    r"\bsur le toit\b.{0,60}\b(?:voler|sauter|bourre)\b",
    r"\bvont regretter\b",
    r"\bil sait ou je (?:travaille|vis|suis|habite)\b",
    r"\bbloque ma voiture\b",
    r"\b(?:il|elle) est (?:en bas|devant ma porte|derriere la porte)\b",
    r"\bhe'?s (?:downstairs|outside|back)\b.{0,40}\b(?:locked|hear him|scared|door)\b",
    r"\b(?:crie|dit|hurle|menace) qu'il va (?:me|nous) tuer\b",
)
_GUIDANCE = re.compile(
    r"\b(?:what|how) (?:should|do|can|could|would|to) (?:i|we|a mentor|mentors|you|one|the programme)\b"
    r".{0,80}\b(?:if|when|whose|who)\b"
    r"|\b(?:policy|policies|procedure|training|module|guidelines?|protocol|referral process|a mentee who|a mentee mentions|if a mentee|when a mentee)\b"
    r"|\b(?:que|comment) (?:doit|faire|faut-il|dois-je|devrait|peut)\b.{0,80}\b(?:si|quand|lorsqu)\b"
    r"|\b(?:procedure|politique|formation|protocole|charte|si un mentore|si une mentoree|quand un mentore|un mentore qui)\b"
)
_FIRST_PERSON = re.compile(
    r"\b(?:i|i'm|im|i've|i'd|me|my|myself|je|j'|j|moi|me|m'|mes|ma|mon|nous|we|us|our)\b"
)
_WINDOW = 60  # characters before a signal in which the writer may name themselves

_ORDER = (
    ("suicide", _SUICIDE),
    ("self_harm", _SELF_HARM),
    ("harassment", _HARASSMENT),
    ("abuse", _ABUSE),
    ("danger", _DANGER),
)


def detect_crisis(message: str) -> CrisisSignal | None:
    """The first crisis signal in ``message`` (English or French), or None: the rules first,
    then the learned backstop (:mod:`assistant.safety.learned`) for phrasings they miss."""
    text = folded(message)
    guidance = _GUIDANCE.search(text) is not None
    for category, pattern in _ORDER:
        for match in pattern.finditer(text):
            if guidance and not _about_writer(text, match.start(), match.group(0)):
                continue  # "what should a mentor do if a mentee mentions self-harm?"
            return CrisisSignal(category, match.group(0))
    model = load_crisis_model()
    learned = model.category(message) if model is not None else None
    return CrisisSignal(learned, "") if learned is not None else None


def _about_writer(text: str, start: int, evidence: str) -> bool:
    """Whether the signal speaks of the writer: a first person in it, or just before it once
    the words of a guidance question ("what should I do if") are set aside."""
    if _FIRST_PERSON.search(evidence):
        return True
    window = _GUIDANCE.sub(" ", text[max(0, start - _WINDOW) : start])
    return _FIRST_PERSON.search(window) is not None
