"""Crisis and safeguarding signals in a message, English and French, decided by code.

Run on every message before retrieval and before any model call. Categories: ``suicide``,
``self_harm``, ``abuse`` (violence or abuse the writer suffers), ``harassment`` (sexual
approaches or harassment, by a mentor or anyone), ``danger`` (immediate danger, or a mentee at
risk that a mentor reports). The patterns read accent-folded text and speak of the writer ("I",
"me", "je") or of a real person at risk ("my mentee"): a question about how a mentor should
handle such a subject ("what should a mentor do if a mentee mentions self-harm?") is guidance,
not a crisis, and idioms ("this deadline is killing me", « je suis mort de fatigue ») are not.
When in doubt between a crisis and none, the screen answers as for a crisis: a false alarm costs
one fixed reply, a miss may cost much more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.language.text import fold


@dataclass(frozen=True)
class CrisisSignal:
    """What was found: the category and the words that showed it."""

    category: str
    evidence: str


def _any(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


_I = r"(?:i|i'?m|i am|i'?ve|i have|i was|i'?d|i would|i keep|i just|i really)"
_JE = r"(?:je|j'|j|moi)"
_ME = r"(?:m'|me|moi)"

_SUICIDE = _any(
    # English, explicit
    r"\bkill(?:ing)? my ?self\b",
    r"\bkms\b",
    r"\bend(?:ing)? (?:it all|my (?:own )?life|my life)\b",
    r"\btake my (?:own )?life\b",
    r"\bsuicid(?:e|al)\b(?! prevention (?:policy|training))",
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
    r"\bsuicid",
    r"\b(?:me |m')(?:suicider|tuer|foutre en l'air|jeter sous|pendre)\b",
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
_SELF_HARM = _any(
    r"\b(?:cut|cutting|burn|burning|hurt|hurting|harm|harming|scratch|scratching|hit|hitting|punish|punishing|starve|starving) my ?self\b",
    r"\bself[- ]?harm(?:ing|ed)?\b(?! (?:policy|training))",
    r"\bself[- ]?injur",
    r"\b(?:me |m')(?:scarifier|mutiler|couper|bruler|faire du mal|griffer|taper)\b",
    r"\bautomutil",
    r"\bscarifi",
)
_ABUSE = _any(
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
)
_HARASSMENT = _any(
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
)
_DANGER = _any(
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
    r"\bva (?:me|le|la|les) tuer\b(?!.*\b(?:retard|deadline|note|patron|boss)\b)",
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
    """The first crisis signal in ``message`` (English or French), or None."""
    text = " ".join(fold(message).replace("’", "'").split())
    guidance = _GUIDANCE.search(text) is not None
    for category, pattern in _ORDER:
        for match in pattern.finditer(text):
            if guidance and not _about_writer(text, match.start(), match.group(0)):
                continue  # "what should a mentor do if a mentee mentions self-harm?"
            return CrisisSignal(category, match.group(0))
    return None


def _about_writer(text: str, start: int, evidence: str) -> bool:
    """Whether the signal speaks of the writer: a first person in it, or just before it once
    the words of a guidance question ("what should I do if") are set aside."""
    if _FIRST_PERSON.search(evidence):
        return True
    window = _GUIDANCE.sub(" ", text[max(0, start - _WINDOW) : start])
    return _FIRST_PERSON.search(window) is not None
