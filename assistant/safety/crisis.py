"""Crisis and safeguarding signals in a message, English and French, decided by code.

Run on every message before retrieval and before any model call. Categories: ``suicide``,
``self_harm``, ``abuse`` (violence or abuse the writer suffers), ``harassment`` (sexual
approaches or harassment, by a mentor or anyone), ``danger`` (immediate danger, or a mentee at
risk that a mentor reports). The patterns read accent-folded text and speak of the writer ("I",
"me", "je") or of a real person at risk ("my mentee"): a question about how a mentor should
handle such a subject ("what should a mentor do if a mentee mentions self-harm?", "my mentee
told me they have been thinking about suicide, what do I do?") is guidance, not a crisis, unless
the writer says it of themselves too or someone is in danger right now; such a message goes on to
grounded answers from the guides (safeguarding and referral), and :func:`crisis_guidance` names
what it is about. A crisis word used as a subject (a policy, a thesis, a bereavement: "died by
suicide") is not a crisis either, nor are idioms ("this deadline is killing me", « je suis mort de
fatigue ») or everyday blocks (« je bloque dès que tout le monde me regarde »). Each category has
the original table and a ``_MORE`` table of broader phrasings (indirect wording, signals told in
passing inside a longer message), built on the dev and training rows, never on the test split.
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
    r"\bcan'?t (?:go on|keep going|do this anymore|take it anymore|live like this)\b"
    r"(?! (?:with|at|in|on) (?:this|that|these|my|the|our) (?:\w+ )?(?:spreadsheet|job|project|deadline|meeting|noise|code|report|commute|software|laptop|printer|bug|tool|team|course|class|exam|thesis|email|inbox|assignment|traffic|weather)s?\b)",
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
    r"(?<!plutot )\b(?:me |m')(?:suicider|foutre en l'air|jeter sous|pendre)\b",
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
# Broader phrasings (added 2026-11-27 from the training rows and new written examples, never
# from the held-out test split): indirect suicidal ideation and self-harm, harassment and
# abuse told in passing inside a longer message, immediate danger reported by a third person.
_BODY = (
    r"(?:wrists?|arms?|forearms?|thighs?|legs?|ankles?|skin|hands?|palms?|fingers?|knuckles?"
    r"|stomach|belly|hips?|chest|face)"
)
_CORPS = (
    r"(?:poignets?|bras|avant-bras|cuisses?|jambes?|chevilles?|peau|mains?|paumes?|doigts"
    r"|phalanges|ventre|hanches?|visage)"
)
_SUICIDE_MORE = alternatives(
    # English
    r"\bunalive\b",
    r"\b(?:sleep|fall asleep|go to sleep) and (?:never|not|don'?t) wake (?:up|again)\b",
    r"\bnever wake up again\b",
    r"\b(?:everyone|everybody|they|my (?:family|parents|kids|friends|team)) (?:would|will) be "
    r"(?:better off|happier|fine|relieved|freer|lighter) (?:if i|when i|once i|without me)\b",
    r"\bif i (?:wasn'?t|weren'?t|was not|were not) (?:around|here|alive)(?: anymore)?\b",
    r"\b(?:don'?t think i'?ll|i won'?t|i will not|i might not|may not) (?:still )?be "
    r"(?:here|around|alive)(?! (?:for|at|in|on) (?:the|this|that|our|your|a|my) (?:\w+ )?"
    r"(?:meeting|session|call|event|office|week|weekend|day|time|workshop|class|conference))",
    r"\b(?:in case|if) i'?m not (?:here|around|alive) (?:by|for|in|next|anymore)\b",
    r"\bburden\b.{0,60}\b(?:soon|won'?t (?:be|have)|no longer|not for long|anymore)\b",
    r"\bhow (?:many|much) (?:\w+ ){0,2}(?:pills|tablets|paracetamol|sleeping pills|meds|insulin)"
    r"\b.{0,30}\b(?:it takes|takes|would (?:take|it take)|to die|is lethal|to kill|enough)\b",
    r"\b(?:lethal|fatal) dose\b",
    r"\bcount(?:ing|ed)? (?:the |my |all the )?(?:pills|tablets|meds)\b|\bbottle of pills\b",
    r"\b(?:sort(?:ing|ed)? out|put(?:ting)? in order) my affairs\b|\bmy affairs in order\b",
    r"\bsaid (?:my )?goodbyes\b|\bsay my goodbyes\b",
    r"\b(?:gave|given|giving) away (?:my|most of my|all (?:of )?my) (?:stuff|things|belongings|"
    r"cat|dog|pets?|guitar|books|clothes)\b",
    r"\bbefore i go\b.{0,40}\b(?:tidy|given|gave|letters?|goodbye)\b|"
    r"\b(?:tidy|gave|given|letters?)\b.{0,60}\bbefore i go\b",
    r"\b(?:after|when|once) i'?m gone\b|\bafter i'?m dead\b|\bfor after i die\b",
    r"\bonly thing (?:keeping|that keeps|that'?s keeping) me (?:here|alive|going)\b",
    r"\b(?:haven'?t|not yet) (?:worked out|figured out|decided) how\b",
    r"\b(?:made up my mind|decided|planning|going|ready) to end (?:it|things|everything)\b",
    r"\bend (?:it|things) (?:tonight|this weekend|soon|for good)\b",
    r"\b(?:plan|planning|going|decided) to (?:overdose|od)\b|\boverdos(?:e|ing) (?:on|once|tonight)\b",
    r"\b(?:drown|drowning|poison|poisoning|hang|hanging|gas|gassing|shoot|shooting|inject|"
    r"injecting) my ?self\b(?! in the foot)",
    r"\b(?:using|use) it on my ?self\b",
    r"\b(?:life insurance|payout)\b.{0,80}\b(?:worth|than me|without me|alive|than i ever)\b",
    r"\b(?:step|stepping|jump|jumping|fall|falling) (?:forward|off|in front)\b.{0,40}\b"
    r"(?:tracks|train|platform|bridge|roof|ledge|edge)\b|\b(?:tracks|platform|bridge|railing|"
    r"ledge|balcony)\b.{0,60}\b(?:step forward|let(?:ting)? go|jump|how easy)\b",
    r"\bhow high (?:the|that) (?:roof|bridge|balcony|car park|building)\b",
    r"\bjoin(?:ing)? (?:her|him|them) (?:most nights|soon|up there)\b|\bthink about joining (?:her|him)\b",
    r"\bwhy (?:i'?d|i would|i should) (?:keep|go on|carry on) (?:living|going)\b",
    r"\b(?:don'?t|do not|dont) (?:really |even |actually )want to (?:live|be alive|exist)"
    r"(?! (?:in|with|near|at|abroad|like)\b)",
    r"\bwant (?:it all|everything|all of it|my life) to (?:be over|stop|end)\b",
    r"\blast message from me\b",
    r"\bwhat'?s the point of (?:me|my life|living|waking up)\b",
    r"\bdon'?t bother (?:booking|scheduling|planning) (?:me|anything)\b",
    # French
    r"\b(?:ne (?:plus|pas|jamais)|plus jamais|jamais plus|jamais|pas|plus) me reveiller\b",
    r"\bme reveille pas demain\b|\bdormir pour toujours\b|\bm'endormir pour toujours\b",
    r"\b(?:serai(?:en)?t|seront|serions) (?:\w+ )?(?:plus tranquilles?|mieux|soulages?|liberes?|"
    r"plus heureux|debarrasses?) (?:si je|sans moi|de moi|quand je)\b",
    r"\bsi je (?:n'?)?(?:etais|existais) plus(?: la)?\b|\bsi j'etais plus la\b",
    r"\bje (?:ne )?serai (?:\w+ )?plus la\b(?! (?:pour|a|au|en|la semaine|demain|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|cet? ))",
    r"\b(?:un|une) (?:poids|fardeau|charge)\b.{0,60}\b(?:bientot|debarrass|liber|plus la|plus longtemps)",
    r"\bcombien de (?:\w+ )?(?:cachets|comprimes|medicaments|doliprane|paracetamol|gelules)\b"
    r"(?! (?:par jour|je peux prendre|on peut prendre))",
    r"\bdose (?:mortelle|letale)\b",
    r"\bcompt(?:e|er|ais|e) (?:les|mes) (?:cachets|comprimes|medicaments)\b",
    r"\b(?:donne|distribue) (?:\w+ ){0,2}(?:mes|toutes mes|presque toutes mes) affaires\b",
    r"\bregle(?:r)? mes affaires\b|\bmettre de l'ordre dans mes affaires\b",
    r"\bdit au revoir a\b.{0,60}\b(?:derniere fois|pour de bon|adieu)\b|\bdit au revoir a (?:mes amis|tout le monde|ma famille)\b",
    r"\bavant de partir\b.{0,40}\b(?:donne|range|lettres?)\b|\b(?:donne|range|lettres?)\b.{0,60}\bavant de partir\b",
    r"\b(?:apres|pour apres) (?:ma mort|moi)\b|\bquand je (?:serai|ne serai plus) (?:morte?|partie?|plus la)\b",
    r"\bseule chose qui me (?:retient|garde en vie)\b|\b(?:pas|plus) encore trouve comment\b",
    r"\b(?:j|je |j')?vais me tuer\b(?! (?:a la tache|au travail|au boulot|a force))",
    r"\b(?:mettre|mets|mettrai|mettrais|met) fin a (?:mes jours|ma vie|tout)\b",
    r"\bassurance[- ](?:vie|deces)\b.{0,100}\b(?:moi vivante?|sans moi|que moi|plus que moi)\b|\bque moi vivante?\b",
    r"\b(?:lacher|enjamber|passer par-dessus) la rambarde\b|\bhauteur du (?:toit|pont|balcon|parking)\b",
    r"\b(?:rails|quai|pont|toit|balcon|falaise)\b.{0,60}\b(?:faire un pas|sauter|me jeter|lacher)\b",
    r"\bpas saute du (?:balcon|pont|toit)\b",
    r"\b(?:continuer|continuerais|continuerai) a vivre\b",
    r"\bpourquoi je (?:continuerais|continue|resterais)\b.{0,20}\b(?:vivre|la)\b",
    r"\bdernier message de ma part\b",
    r"\bje (?:ne )?veux (?:vraiment |juste )?plus (?:vivre|exister|me reveiller)\b",
    r"\bplus envie d'(?:etre la|exister)\b",
    r"\b(?:ways|how) to (?:die|kill my ?self|end it|end my life)\b(?! (?:of|in|laughing))",
    r"\b(?:medicaments|cachets|comprimes|produits) qui tuent\b|\b(?:facons?|moyens?) de (?:mourir|me tuer)\b",
    r"\bif i (?:died|was dead|were dead|were gone|disappeared)\b|\bsi je (?:mourais|disparaissais|etais morte?)\b",
    r"\bone (?:turn of the wheel|step|jump)\b.{0,30}\b(?:it'?s|it would be|and) over\b",
    r"\b(?:saving|saved|stockpiling|hoarding|collecting) (?:up )?(?:my |some |all my )?(?:sleeping )?"
    r"(?:tablets|pills|meds|medication|painkillers)\b",
    r"\b(?:economise|garde|stocke|accumule|mets de cote) (?:mes|des) (?:somniferes|cachets|comprimes|"
    r"medicaments|anxiolytiques)\b",
    r"\b(?:close to|near|on) the edge\b.{0,40}\b(?:if i'?ll|do it|jump|step)\b|\bsee if i'?ll (?:do it|jump)\b",
    r"\btout au bord\b.{0,40}\ble faire\b|\bvoir si je vais (?:le faire|sauter)\b",
    r"\b(?:never|not) (?:have to )?(?:face|see|wake up to) another (?:morning|day)\b",
    r"\bplus jamais (?:avoir a )?(?:affronter|voir) (?:un|une) (?:autre )?(?:matin|jour(?:nee)?)\b",
    r"\bm'endormir et (?:ne )?plus jamais\b|\bfall asleep and never\b",
    r"\bwhich (?:tablets|pills|meds) and how many\b|\bquels medicaments prendre et combien\b",
)
_SELF_HARM_MORE = alternatives(
    # English
    r"\b(?:cut|cutting|burn(?:ing|ed|t)?|bit(?:e|ing)?|scratch(?:ing|ed)?|dig(?:ging)?|stab(?:bing|bed)?|"
    r"carv(?:e|ed|ing)|scald(?:ing|ed)?|slic(?:e|ed|ing)|punch(?:ing|ed)?|hit(?:ting)?|slam(?:med|ming)?)"
    r" (?:\w+ ){0,3}(?:into |in )?my (?:own )?" + _BODY + r"\b.{0,50}\b(?:bleed|bled|blood|"
    r"on purpose|deliberately|purple|split|again|until|till|punish|deserve|hide|calm|marks|holes)",
    r"\b(?:on purpose|deliberately)\b.{0,40}\b(?:my ?self|my "
    + _BODY
    + r")\b|\bmy "
    + _BODY
    + r"\b.{0,40}\b(?:on purpose|deliberately)\b",
    r"\b(?:until|till|til|to the point)\b.{0,25}\b(?:it|they|i|my \w+) (?:bleeds?|bled|bleeding|"
    r"split open|swelled up|were purple|was purple)\b",
    r"\b(?:cut|cutting|burn|burning|carve|carved|scratch|scald|scalding) my (?:wrists?|forearms?|"
    r"thighs?|ankles?|arms?)\b",
    r"\b(?:hide|hiding|hid|cover|covering|covered) (?:up )?(?:the |my )?(?:cuts?|scars?|marks?|"
    r"wrists?|forearms?|bandages?|burns?)\b",
    r"\b(?:new|fresh) (?:cuts|scars|marks|burns)\b|\bscars on top of\b|\blike a barcode\b",
    r"\b(?:cuts?|scars?|marks?|burns?|bandages?) (?:on|under|across) my " + _BODY + r"\b",
    r"\b(?:cuts?|scars?|marks?|burns?) (?:are )?under my (?:sleeves?|hoodie|jumper|sweater)\b",
    r"\brazor blades?\b|\bblade out of\b|\b(?:razors?|blades?)\b.{0,60}\b(?:tonight|need them|in case|"
    r"hid|hidden|hide|pencil case|used it|again)\b",
    r"\b(?:don'?t|do not|didn'?t) (?:\w+ ){0,2}deserve (?:to eat|food|to have dinner|meals?)\b",
    r"\b(?:haven'?t|have not|not) eat(?:en)?\b.{0,60}\bdeserve\b",
    r"\b(?:don'?t|do not) eat (?:on days|when) i (?:fail|mess up|screw up)\b",
    r"\b(?:starv|punish)(?:e|ing|ed)? my ?self\b|\bmake my body pay\b",
    r"\bopen (?:my skin|the cuts|the wounds) (?:up )?again\b|\bopen my skin up\b",
    r"\b(?:cut|cutting) (?:again|deeper)\b(?! into)|\bgo to the (?:toilets?|bathroom) and cut\b",
    r"\bkeep cutting\b(?! (?:corners|costs|back|down|the))|\bi cut (?:when|after|every)\b",
    r"\b(?:lighter|hot (?:spoon|iron|tap|water)|cigarette)\b.{0,50}\b(?:my "
    + _BODY
    + r"|skin|on purpose)\b",
    # French
    r"\b(?:je|j) ?me (?:\w+ ){0,2}fais (?:\w+ ){0,2}du mal\b",
    r"\bje me (?:mords|gratte|griffe|brule|coupe|frappe|cogne|tape|entaille|grave|coince|lacere|"
    r"ebouillante|pince) (?:\w+ ){0,2}" + _CORPS + r"\b",
    r"\bje me suis (?:\w+ )?(?:mordue?|grattee?|griffee?|brulee?|coupee?|frappee?|cognee?|entaillee?|"
    r"gravee?|ebouillantee?) (?:\w+ ){0,3}" + _CORPS + r"\b",
    r"\bje me suis (?:encore |de nouveau )?(?:entaillee?|scarifiee?|mutilee?)\b",
    r"\bje m'enfonce (?:les ongles|la pointe|des)\b|\bje me plante (?:la pointe|un|une|des)\b",
    r"\bjusqu'(?:au sang|a saigner|a m'ouvrir|a ce qu'(?:elles?|ils?) soi(?:en)?t (?:violet|bleu))",
    r"\b(?:entailles?|coupures?|cicatrices|marques|brulures)\b.{0,30}\b(?:sur (?:mes|les|ma|mon)|sous (?:mes|mon))"
    r" (?:\w+ )?(?:" + _CORPS + r"|manches|sweat|pull)\b",
    r"\b(?:nouvelles|fraiches) (?:cicatrices|coupures|entailles|marques)\b",
    r"\b(?:cacher|cache|planquer) (?:mes|mon|ma|les) (?:poignets?|avant-bras|bras|cicatrices|"
    r"marques|coupures|bleus)\b|\bpersonne (?:ne )?voie (?:mes|mon) (?:bras|avant-bras|poignets?|cicatrices|marques)\b",
    r"\brouvr(?:ir|e) (?:ma peau|les plaies|mes plaies)\b|\brouvert (?:les|mes) plaies\b",
    r"\blames?\b.{0,60}\b(?:cachee?|ce soir|au cas|trousse|besoin|j'en ferai)\b|\brecuperer la lame\b",
    r"\brasoirs?\b.{0,60}\bbesoin\b",
    r"\bm'affame\b|\bpour me punir\b|\bme punir (?:de|pour)\b|\bme fais vomir\b",
    r"\b(?:mange|manger) (?:pas|plus|rien|presque rien)\b.{0,60}\b(?:merite|echou|punir|punis)\b",
    r"\bje (?:ne )?merite pas de manger\b|\bpas le droit de manger\b",
    r"\bfais payer a mon corps\b|\ble fais payer a mon corps\b|\bcode-barres?\b",
    r"\b(?:briquet|cuillere brulante|fer a repasser)\b.{0,50}\b(?:peau|" + _CORPS + r")\b",
    r"\bexpres\b.{0,40}\b" + _CORPS + r"\b|\b" + _CORPS + r"\b.{0,40}\bexpres\b",
    r"\brelaps\w*\b.{0,60}\b(?:cutting|self[- ]?harm\w*|cut|burning|hurting my ?self)\b",
    r"\b(?:clean|free) (?:from|of) (?:cutting|self[- ]?harm\w*|hurting my ?self)\b",
    r"\bsans me (?:couper|scarifier|faire du mal|bruler|mutiler)\b|\brechute\b.{0,40}\b(?:couper|scarif)",
    r"\bje me (?:blesse|fais mal)\b.{0,40}\b(?:quand personne|expres|volontairement|pour me)\b",
    r"\b(?:carved|carving|engraved) (?:\w+ ){0,3}into my\b|\bme suis grave (?:\w+ ){0,3}sur (?:la|le|mon|ma)\b",
    r"\b(?:stab|stabbed|stabbing|prick\w*) my "
    + _BODY
    + r"\b.{0,80}\b(?:holes|bleed|blood|every time)\b",
    r"\bje (?:ne )?mange (?:pas|rien) les jours ou\b",
    r"\b(?:punch\w*|hit\w*|frappe|cogne) (?:le|the|a) (?:mur|wall)\b.{0,40}\b(?:jusqu|until|till)\b",
    r"\b(?:hit|hitting|bang\w*|bash\w*|slam\w*) my head (?:against|on|into)\b",
    r"\b(?:pick|picking|pull|pulling)(?: out)? (?:at )?my (?:skin|hair)\b.{0,40}\b(?:raw|bleed|patches|until)\b",
    r"\buntil it'?s raw\b|\bjusqu'a ce qu'elle soit a vif\b|\buntil i (?:get|have) bruises\b"
    r"|\bjusqu'a avoir des bleus\b",
    r"\bmy (?:other |left |right )?" + _BODY + r"\b.{0,40}\bon purpose\b",
    r"\bso (?:nobody|no one) (?:sees|notices|asks)\b.{0,40}\b(?:what i did|arms?|wrists?|marks|cuts"
    r"|scars|legs)\b",
)
_HARASSMENT_MORE = alternatives(
    # English
    r"\btried to kiss me\b|\bkissed me (?:without|against)\b|\bforced (?:a )?kiss\b",
    r"\b(?:pressur(?:e|es|ed|ing)|push(?:es|ed|ing)?) me (?:to|into) (?:go out|sleep|date|meet|"
    r"have (?:drinks|dinner)|come)\b",
    r"\bcomments? about my (?:chest|body|breasts|legs|bum|butt|looks|figure|lips)\b",
    r"\bphotos? of (?:himself|herself)\b|\bpictures? of (?:himself|herself)\b",
    r"\bsmile more for (?:him|her)\b|\bsit on his lap\b",
    r"\b(?:turn(?:s|ed|ing)? up|waiting|waits) (?:outside|at) my (?:flat|house|home|door|place)\b",
    r"\b(?:new|fake|different) accounts?\b.{0,40}\bblocked\b|\bafter i blocked (?:him|her|them)\b",
    r"\bkeeps? (?:texting|messaging|calling|ringing|following) me\b.{0,40}\b(?:night|late|after i|"
    r"home|everywhere|weekend)\b",
    r"\b(?:reference|grade|contract|promotion|job|internship|placement|validation) "
    r"(?:depends|is conditional) on (?:being|me being|whether i|if i)\b",
    r"\bat (?:his|her) (?:place|flat|house|home) instead of\b|\bjust the two of us\b.{0,40}\b"
    r"(?:his|her) (?:place|flat|room)\b",
    r"\bwon'?t take no\b|\bwhen i say no\b.{0,60}\b(?:angry|shifts|punish|worse)\b",
    r"\b(?:in his|in her) boxers\b|\bunderwear\b.{0,30}\b(?:photo|pic|sent)\b",
    r"\bpin(?:ned)? me (?:against|to)\b|\bcornered me\b|\bblocked the door\b",
    # French
    r"\btrop bonne\b|\bessaye de m'embrasser\b|\bm'embrasser de force\b|\bm'a embrassee?\b",
    r"\bplaquee? contre (?:le|un) mur\b",
    r"\bdepend(?:ait|ra)? de si je (?:passe|couche|sors|viens|vais|dine|reste)\b",
    r"\b(?:compliments?|remarques?|commentaires?) sur mon (?:corps|physique|decollete|cul|poitrine)\b",
    r"\b(?:chez (?:lui|elle)) le soir\b|\bse voie chez (?:lui|elle)\b|\bvenir chez (?:lui|elle)\b",
    r"\bm'attend (?:devant|en bas de|a la sortie de) (?:chez moi|mon|ma)\b",
    r"\b(?:nouveaux|faux|autres) comptes\b|\bdepuis que je l'ai bloque\b",
    r"\bm'insulte (?:devant|tous les jours|en public)\b|\bme traite (?:de|d')\b.{0,40}\b(?:depuis|tous les jours|devant)\b",
    r"\bm'a fait des avances\b|\bme drague (?:lourdement|sans arret|malgre)\b|\bmain aux fesses\b",
    r"\bphotos? de (?:lui|son) (?:torse|corps|sexe)\b|\ben calecon\b|\ben slip\b",
    r"\bm'envoie des (?:messages|textos|sms) (?:a minuit|la nuit|a \d+h du matin)\b",
    r"\bpersonne (?:ne )?me croirait\b",
    # English (sexual approaches and moral harassment told in passing)
    r"\b(?:grab(?:bed|s|bing)?|touch(?:ed|es|ing)?|pinch(?:ed|es|ing)?|squeez(?:ed|es|ing)) my "
    r"(?:bum|butt|ass|crotch|knee|thigh|breasts?|chest|leg|waist|hip)\b",
    r"\b(?:comments?|remarks?|jokes?|whisper(?:s|ing)?) (?:about|on) my (?:chest|body|breasts|legs|bum|"
    r"butt|looks|figure|lips|clothes|outfits?|skirts?)\b|\bcomments on my (?:breasts|chest|body)\b",
    r"\bnudes\b|\bd\W?ck pics?\b|\bpic of his d\W*\w*\b|\bfantasi[sz]es? about me\b",
    r"\bhand on my (?:lower back|back|bum|knee|thigh|leg|waist)\b|\bhis hand ends up\b",
    r"\b(?:photos?|pictures?|videos?) (?:he|she|they) took of me\b|\b(?:secretly )?filmed me\b",
    r"\bwithout (?:asking|my consent)\b.{0,20}\bphotos?\b|\bphotos? of me\b.{0,40}\bwithout\b",
    r"\bkeeps? asking me out\b|\bbrush(?:es|ed|ing)? (?:up )?against me\b|\bpress(?:es|ed|ing)? "
    r"(?:up )?against me\b",
    r"\bcan'?t stop thinking about you\b|\byou looked hot\b|\bcalls me (?:sweetheart|babe|darling|"
    r"sexy|easy)\b|\bdo a twirl\b|\bsits? (?:really |very )?close\b.{0,20}\b(?:locks?|door)\b|"
    r"\blocks the door\b",
    r"\b(?:nice|friendly|good) to (?:him|her) (?:after hours|after work|in private)\b|\bgirls who are nice\b",
    r"\brate the (?:new )?(?:female|women|girls)\b|\bchanged my route\b",
    r"\basks? (?:me )?(?:if|whether) i have a (?:boyfriend|girlfriend)\b|\b(?:drive|take) me home "
    r"\W?to talk\b|\boffers? me a lift\b.{0,60}\bhand\b",
    r"\bwhat (?:he|she)'?d like to do to me\b|\blingerie\b|\bwhich one i'?d wear\b",
    r"\b(?:bullying|bullied|humiliat\w+|belittl\w+|scream(?:s|ing)? at) me\b.{0,40}\b(?:months|daily|"
    r"every day|weeks|in front)\b|\bmake me look stupid in front\b|\bcalls? me (?:worthless|useless|"
    r"stupid|an idiot)\b",
    r"\bfake (?:dating )?profile with my photos\b|\binstagram account about me\b",
    r"\bstopped wearing (?:skirts|dresses)\b|\bsingle (?:hotel )?room for (?:us|both)\b",
    r"\bturned down my\b.{0,60}\b(?:failed|fail|punish|easy)\b|\bsince i (?:turned|said no)\b",
    # French
    r"\b(?:me )?(?:touche|toucher|attrape|pince|caresse)(?:r)? (?:le|la|les|mon|ma|mes) "
    r"(?:genou|cuisse|fesses?|poitrine|seins|entrejambe|taille|bas du dos)\b",
    r"\b(?:remarques?|commentaires?|trucs|blagues) sur (?:ma|mes|mon) (?:poitrine|seins|fesses|"
    r"corps|tenues?|jambes|physique)\b",
    r"\bnudes\b|\bfantasm\w* sur moi\b|\bsnaps? sexuels?\b|\bme draguer\b|\bm'a dragu",
    r"\bla main dans le bas du dos\b|\bsa main finit\b|\bme frole\b|\bse colle contre moi\b",
    r"\bphotos? qu'il a prises? de moi\b|\bm'a filmee?\b|\bsans me demander\b.{0,20}\bphotos?\b",
    r"\bpenser a toi\b|\bt'etais canon\b|\bma belle\b.{0,40}\btourner\b|\btourner sur moi-meme\b",
    r"\bferme la porte a cle\b|\bs'assoit tout pres\b",
    r"\b(?:gentille?|sympa) avec (?:lui|elle) (?:apres|en prive|le soir)\b|\bfilles gentilles\b",
    r"\bnotent les (?:nouvelles|filles|femmes)\b|\bchange (?:trois fois |plusieurs fois )?de trajet\b",
    r"\bsi j'ai (?:un copain|une copine|quelqu'un)\b|\bme raccompagner\b.{0,30}\bparler\b",
    r"\bce qu'il aimerait me faire\b|\blingerie\b|\blaquelle je porterais\b",
    r"\bm'attrape l'entrejambe\b|\bun bisou\b.{0,30}\b(?:coince|chance)\b|\bme coince\b",
    r"\b(?:me hurle dessus|me ridiculiser|m'humilie|me rabaisse)\b.{0,40}\b(?:tous les jours|depuis|"
    r"devant)\b|\b(?:tous les jours|depuis \w+ mois)\b.{0,40}\b(?:me ridiculiser|m'humilie|me hurle dessus)\b",
    r"\bme harcelent\b|\bme fais harceler\b|\bfaux profil\b.{0,40}\bmes photos\b|\bcompte insta sur moi\b",
    r"\barrete de mettre des jupes\b|\bune seule chambre\b",
    r"\bdepuis que j'ai repousse\b|\bque je suis \W?facile\b",
    r"\b(?:came|come|comes|knocked) (?:to|on|into) my (?:hotel )?(?:room|door)\b.{0,60}\b"
    r"(?:wouldn'?t|won'?t|refused to|didn'?t) (?:leave|go)\b",
    r"\b(?:venue?|entree?|frappe) (?:a|dans) ma chambre\b.{0,60}\b(?:partir|nuit|minuit|\d+h)\b",
    r"\bnice\W{0,2} to (?:him|her)\b|\bgentille?\W{0,3} avec (?:lui|elle)\b",
    r"\bnobody would (?:ever )?believe\b|\bpersonne (?:ne )?(?:me )?croirait\b",
    r"\b(?:asks?|asking) (?:me )?for photos of me\b|\bme demande des photos de moi\b",
    r"\bcommentaires? sexuels?\b|\bsexual comments?\b",
    r"\b(?:slap|slaps|slapping|smack\w*|pat\w*) my (?:backside|bum|butt|ass|behind)\b"
    r"|\b(?:claques?|tapes?|mains?) sur les fesses\b",
    r"\b(?:recommendation|reference|grade|job|contract) if i (?:spent|spend|come|go|stay|sleep)\b"
    r"|\b(?:recommandation|note|contrat|stage|poste) si je (?:passais|passe|viens|venais|couche"
    r"|dors|reste)\b",
    r"\banonymous messages\b|\b(?:dinner|drinks) at (?:his|her) (?:place|flat|house)\b",
)
_ABUSE_MORE = alternatives(
    r"\b(?:took|takes|keeps|kept|has) (?:my|our) (?:passports?|papers|id|documents)\b",
    r"\b(?:break|broke) my (?:legs?|arms?|jaw|nose|ribs)\b|\bslammed my head\b",
    r"\b(?:bruises?|black eye|swollen lip|lip is (?:still )?swollen|stitches)\b.{0,60}\b(?:told|said|"
    r"he|she|deserved|last time|from)\b",
    r"\bforced (?:himself|herself) on me\b|\bpinned me\b|\bby my throat\b|\bby my hair\b",
    r"\btracks my (?:location|phone)\b|\breads (?:all )?my (?:emails|messages|texts)\b",
    r"\bwon'?t let me (?:keep|have|see|go|leave|work)\b|\bnot allowed to (?:leave|go out|see)\b",
    r"\bwhat (?:he|she) did to my (?:face|jaw|arm|eye)\b|\bit gets physical\b",
    r"\b(?:chair|wedged) under the door\b|\bi flinch\b",
    r"\bdeserved it because\b",
    r"\b(?:pris|prend|garde|confisque) (?:mon|nos|mes) (?:passeports?|papiers)\b",
    r"\b(?:m'a|me) (?:serre le cou|casse|brule|cogne la tete|forcee?|violee?)\b",
    r"\bme cassera (?:les|la|le)\b|\bil a (?:deja )?fait pire\b",
    r"\b(?:suit|surveille|lit) (?:ma localisation|mon telephone|tous mes mails|mes messages)\b",
    r"\bles bleus\b|\bdes bleus\b|\bl'oeil au beurre noir\b|\bla levre gonflee\b|\bpoints de suture\b",
    r"\b(?:me laisse pas|m'empeche(?:nt)? de) (?:sortir|voir|partir|travailler|avoir|garder)\b",
    r"\bpersonne a le droit de partir\b|\bj'ai pas le droit de (?:sortir|parler|voir)\b",
    r"\b(?:me giflent|me frappent|me battent|m'a jete (?:de l'eau|un))\b",
    r"\bc'est un viol\b|\bm'a forcee?\b|\bchaise coincee\b|\bje sursaute\b",
    r"\bmon visage est (?:encore )?abime\b|\bm'a (?:attrapee?|traine(?:e)?)\b",
    r"\b(?:ask|need|get) (?:his |her |their )?permission to (?:leave|go out|go to)\b",
    r"\bpermission (?:pour|de) sortir\b",
    r"\b(?:takes|prend) (?:everything|all my money|tout)\b.{0,30}\b(?:if i|si je)\b",
    r"\bmy face is (?:still )?(?:a mess|swollen|bruised)\b|\b(?:needed|got|had) stitches\b",
    r"\b(?:father|dad|mother|mum|mom|stepfather|stepdad|husband|boyfriend|partner) (?:beats|hits)"
    r" (?:her|him)\b|\b(?:pere|mere|beau-pere|mari|copain|conjoint) (?:la|le) (?:bat|frappe)\b",
    r"\bm'a (?:encore |de nouveau )?(?:frappee?|tapee?|giflee?|battue?)\b",
    r"\bdecides? when i (?:eat|sleep|go out)\b|\bdecide quand je (?:mange|sors|dors)\b",
    r"\bmakes me sleep on the floor\b|\bme fait dormir par terre\b",
    r"\b(?:checks|goes through) my phone\b|\b(?:verifie|fouille) mon (?:telephone|tel|portable)\b",
    r"\b(?:broke|smashed|threw) (?:a |an )?\w+ (?:on|at|over) my head\b"
    r"|\bcasse (?:une|un) \w+ sur (?:la|ma) tete\b",
    r"\b(?:counts? as|was it|it was) rape\b",
)
_DANGER_MORE = alternatives(
    r"\b(?:just|has|have|'s|'ve) (?:swallowed|taken|took) (?:\w+ ){0,3}(?:pills|tablets|meds|"
    r"prescription|of them|box|bottle)\b|\bi took all of them\b|\b(?:he|she|they) (?:took|has taken|"
    r"have taken|swallowed) (?:\w+ ){0,3}(?:pills|tablets|meds|painkillers)\b|\bswallowed (?:her|his|a|the) (?:whole )?\w+\b",
    r"\b(?:standing|sitting|is) on the (?:ledge|edge|railway|railing|roof|bridge|tracks)\b",
    r"\b(?:at|on) the edge of the\b|\bgoing to jump\b|\bsaying (?:he|she)'?s going to\b",
    r"\b(?:is|are) (?:beating|strangling|hitting|stabbing|choking) (?:her|him|my|them)\b",
    r"\bright now\b.{0,40}\b(?:blood|screaming|knife|gun|pills|unconscious|jump)\b|"
    r"\b(?:blood|screaming|knife|gun|pills|unconscious|jump)\b.{0,60}\bright now\b",
    r"\bunconscious\b|\bcut her wrists\b|\bcut his wrists\b|\bblood everywhere\b",
    r"\b(?:going to|gonna|will) (?:stab|kill|shoot|hurt) (?:my|the|that|him|her)\b(?! shot)",
    r"\bset fire to\b|\bwith a (?:crowbar|machete|bat|hammer)\b|\bmachete\b|\bcrowbar\b",
    r"\bparked outside my\b|\btrying keys in my\b|\bbroke the window\b|\bin the wardrobe\b",
    r"\bwe'?d all pay\b|\bnever laugh at anyone again\b|\bwhat happens when you humiliate\b",
    r"\bthanks for everything, look after\b|\bit'?s done, i took\b",
    r"\bhe'?s there now\b|\bi'?m outside (?:my|his|her) (?:old )?\w+'?s? house\b",
    r"\b(?:vient de|viens de) (?:avaler|prendre|se couper|m'appeler du|m'ecrire du)\b",
    r"\ba avale (?:\w+ ){0,3}(?:cachets|comprimes|medicaments|boite|plaquette)\b",
    r"\b(?:est|assise?|debout) sur (?:le rebord|le toit|la rambarde|les rails|le pont|la voie)\b",
    r"\bva sauter\b|\bveut sauter\b|\bau bord (?:de la|du)\b",
    r"\b(?:est en train de|en ce moment)\b.{0,40}\b(?:frapper|battre|etrangler|taper)\b",
    r"\binconsciente?\b|\bdu sang partout\b|\bs'est ouvert les veines\b|\bs'est coupe les veines\b",
    r"\bje vais (?:le|la|les) (?:tuer|poignarder|buter|planter)\b",
    r"\bmettre le feu\b|\bune machette\b|\bun pied-de-biche\b",
    r"\b(?:they'?ll|they will|they are going to|ils vont|elles vont) (?:all|tous|toutes) "
    r"(?:know|pay|see|regret|payer|regretter|comprendre)\b|\bils sauront tous\b",
    r"\badieu\b.{0,80}\b(?:repond|decroche) (?:plus|pas)\b|\bsaying goodbye\b.{0,80}\b"
    r"(?:not answering|isn'?t answering|won'?t answer|not picking up|isn'?t picking up)\b",
    r"\b(?:showed|pulled|has|got) (?:me )?(?:a|his|her|out a) (?:gun|knife|weapon|blade)\b"
    r"|\b(?:vient de me montrer|a sorti|sort|a) (?:une|son|sa) (?:arme|flingue)\b",
    r"\bnever see (?:her|him|them|my \w+) again\b|\b(?:la|le|les) reverrai (?:plus )?jamais\b",
    r"\block(?:ed)? (?:herself|himself|themselves) in\b|\bs'est enfermee?\b|\bvient de s'enfermer\b",
    r"\b(?:thanks|thank you|merci|sorry|pardon) (?:for everything|pour tout)\b.{0,120}\b(?:repond plus"
    r"|not answering|stopped answering|isn'?t answering|ne repond pas)\b|\b(?:repond plus|not answering"
    r"|stopped answering|isn'?t answering)\b.{0,120}\b(?:for everything|pour tout)\b",
    r"\bthanks? (?:you |u )?for trying\b(?! to)|\bmerci d'avoir essaye\b(?! de)",
    r"\b(?:followed|following) me (?:from|off|since|all the way|home)\b.{0,80}\b(?:still|behind|knife"
    r"|now|closer)\b|\bm'a suivie? depuis\b|\bme suit depuis\b|\btoujours derriere moi\b"
    r"|\bstill behind me\b",
    r"\b(?:baseball bats?|battes? de base-?ball)\b|\bshooting range\b|\bstand de tir\b",
    r"\b(?:he'?ll|she'?ll|he will|she will) kill (?:her|him|them|us)\b|\bva (?:la|le|les|nous) tuer\b",
    r"\b(?:next train|prochain train) (?:in|dans) \d+\b",
    r"\bje vais (?:\w+ )?(?:tuer|poignarder|buter|tirer sur) (?:mon|ma|le|la|les|ce|cette|cet)\b"
    r"(?! (?:temps|game))",
    r"\b(?:tirer|tire|tirera) (?:sur (?:nous|moi|eux|les gens)|dessus)\b",
    r"\ben train d'(?:etrangler|egorger|agresser)\b|\ben train de (?:frapper|battre|taper|tabasser)\b",
    r"\bgare devant (?:mon|ma|chez)\b|\bessaie des cles\b|\bse moquent? plus jamais\b",
    r"\b(?:ce soir|demain) (?:il|elle|ils) (?:va|vont) comprendre\b|\bva comprendre ce que ca fait\b",
    r"\bj'ai tout pris\b|\bi took (?:everything|them all)\b",
    r"\bhe'?s here\W+he found me\b|\bil est la\W+il m'a retrouvee?\b|\bil est la maintenant\b",
    r"\bwhispering my name\b|\bchuchote mon prenom\b|\b(?:on|nous) (?:allait|allons|va) tous payer\b",
    r"\bque je (?:le )?veuille ou non\b|\bwhether i (?:like it|want to) or not\b",
    r"\ba casse la (?:fenetre|porte|vitre)\b|\bdans l'armoire\b|\bcachee? (?:chez|dans)\b",
    r"\ba avale (?:tout|toute)\b|\bphoto (?:d'une boite de|of a bottle of|of a box of) "
    r"(?:medicaments|cachets|pills|tablets)\b",
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

# A mentor (trainer, colleague) asking how to respond to someone else's disclosure: "my mentee
# told me they have been thinking about suicide, what do I do?". Three things together: someone
# else as the subject, a request for what to do, and no sign the writer is the one at risk.
_ASK = re.compile(
    r"\bwhat (?:do|should|can|could|would|must) (?:i|we|a mentor) (?:do|say|tell|answer|reply|"
    r"advise|write)\b|\bhow (?:do|should|can|could|would) (?:i|we|a mentor) (?:respond|react|reply|"
    r"answer|help|handle|support|deal|approach|talk|bring|raise|refer|report)\b|\bwhat(?: is|'s) "
    r"the (?:right|best) (?:way|thing|response)\b|\bhow to (?:respond|react|help|handle|support)\b"
    r"|\bwho (?:should|do|can) (?:i|we) (?:call|contact|tell|refer|inform)\b|\bshould i (?:tell|"
    r"report|call|contact|inform|refer|alert)\b|\bwhat should i (?:advise|tell|say)\b"
    r"|\b(?:que|quoi) (?:dois-je|faire|lui dire|lui repondre|lui conseiller)\b|\bje (?:fais|dis|"
    r"reponds) quoi\b|\bje lui (?:conseille|dis|reponds) quoi\b|\bqu'est-ce que (?:je|j') ?(?:fais|"
    r"dois|peux|lui)\b|\bcomment (?:je dois |dois-je |puis-je |je peux |on doit |je )?(?:reagir|"
    r"repondre|l'aider|l'accompagner|l'orienter|aider|en parler|faire|lui repondre|gerer|en reparler"
    r"|aborder|en discuter|lui en parler|la soutenir|le soutenir|les aider|les soutenir)\b"
    r"|\ba qui (?:je dois |dois-je |je peux )?(?:en parler|le signaler|m'adresser)\b|\bdois-je "
    r"(?:le signaler|en parler|prevenir|alerter)\b"
)
_SOMEONE_ELSE = (
    r"\b(?:my|a|an|one of my|our|the) (?:mentee|mentor|student|pupil|colleague|coworker|co-worker|"
    r"intern|apprentice|friend|trainee|employee|team member|volunteer|participant|young person|"
    r"client|report|flatmate)s?\b"
    r"|\b(?:mon|ma|mes|un|une|notre|nos) (?:mentore|mentoree|etudiante?|eleve|collegue|stagiaire|"
    r"apprentie?|amie?|salariee?|benevole|jeune|participante?|alternante?)s?\b"
)
_THIRD_PARTY = re.compile(
    _SOMEONE_ELSE
    + r"|\b(?:he|she|they)(?:'s|'ve| is| are| has| have| was| were| said| says| told| mentioned|"
    r" confided| wrote| keeps| thinks)\b"
    r"|\b(?:il|elle|ils|elles) (?:m'a|m'ont|me dit|a|est|pense|parle|se)\b"
)
_FRAMING = re.compile(
    _SOMEONE_ELSE
    + r"|\b(?:told|tells|telling|asked|confided in|wrote to|messaged|texted|emailed|mentioned to|"
    r"opened up to|came to|said to) me\b|\bm'(?:a|ont) (?:dit|confie|ecrit|avoue|raconte|parle|"
    r"explique|annonce)\b|\bme (?:dit|confie|parle|raconte|demande)\b|\bi (?:noticed|found out|"
    r"learned|heard)\b|\bj'ai (?:remarque|appris|su)\b"
    r"|\b(?:i|we) (?:mentor|coach|supervise|support|teach|manage|look after|work with)\b"
    r"|\bque (?:j'accompagne|j'encadre|je suis|je mentore|je coache)\b"
)
# What a third-party report must not hide: the person at risk is in danger now.
_IMMINENT = re.compile(
    r"\bright now\b|\b(?:a few|\d+) (?:minutes?|mins?) ago\b|\b(?:an|one) hour ago\b|\btonight\b"
    r"|\bjust (?:took|taken|swallowed|cut|jumped|overdosed|posted|sent (?:a|me a) (?:goodbye|last))"
    r"|\b(?:is|'s) (?:on the|at the) (?:roof|ledge|bridge|edge|tracks)\b|\bswallowed\b"
    r"|\ben ce moment\b|\ba l'instant\b|\bce soir\b|\bcette nuit\b|\bil y a \d+ (?:minutes?|min)\b"
    r"|\b(?:vient|viens) de (?:prendre|avaler|se couper|sauter|m'envoyer (?:un|son) (?:dernier|adieu))"
    r"|\ba avale\b"
)
# ... or the writer says it is theirs too: "she thinks about suicide, and honestly so do I".
_ME_TOO = re.compile(
    r"\b(?:so am i|so do i|so have i|me too|same here|i do too|i am too|i'?m the same|i feel the"
    r" same|i have too|i'?ve been too|moi aussi|moi pareil|pareil pour moi|j'y pense aussi|j'y"
    r" pense|je ressens la meme chose|c'est pareil pour moi)\b"
)
# What a guidance question is about, when the writer's rules (first person) did not name it.
_OTHERS = (
    (
        "suicide",
        re.compile(
            r"\bkill(?:s|ing)? (?:him|her|them)sel(?:f|ves)\b|\bend(?:s|ing)? (?:his|her|their) "
            r"(?:own )?life\b|\bsuicid|\bmettre fin a ses jours\b|\bse tuer\b"
        ),
    ),
    (
        "self_harm",
        re.compile(
            r"\b(?:cut|cuts|cutting|hurt|hurts|hurting|harm|harms|harming|burn|burns|burning) "
            r"(?:him|her|them)sel(?:f|ves)\b|\bself[- ]?harm|\bse (?:scarifi|mutil|coupe|brule)"
            r"|\bse fait du mal\b|\bautomutil|\bscarifi"
        ),
    ),
    ("harassment", re.compile(r"\bharass|\bharcel|\bsexual (?:messages|advances)|\bsexuels?\b")),
    (
        "abuse",
        re.compile(
            r"\b(?:hits|beats|abuses|hurts) (?:her|him|them)\b|\b(?:la|le|les) (?:frappe|bat)\b"
            r"|\bviolences?\b|\babus"
        ),
    ),
)
_SENTENCE = re.compile(r"(?<=[.!?;\n])\s+")

_ORDER = (
    ("suicide", (_SUICIDE, _SUICIDE_MORE)),
    ("self_harm", (_SELF_HARM, _SELF_HARM_MORE)),
    ("harassment", (_HARASSMENT, _HARASSMENT_MORE)),
    ("abuse", (_ABUSE, _ABUSE_MORE)),
    ("danger", (_DANGER, _DANGER_MORE)),
)


def detect_crisis(message: str) -> CrisisSignal | None:
    """The first crisis signal in ``message`` (English or French), or None: the rules first,
    then the learned backstop (:mod:`assistant.safety.learned`) for phrasings they miss.

    A guidance question (how should a mentor handle a mentee's self-harm? my mentee told me they
    think about suicide, what do I do?) is not a crisis unless the writer speaks of themselves
    ("I have been thinking about suicide, what do I do?", "…and honestly so am I") or someone
    is in danger right now (pills just taken, on the roof); such a message goes on to the guides
    (safeguarding and referral sections). The learned backstop then reads only the sentences
    that are not about someone else, so a writer at risk inside a guidance question still gets
    the safe reply."""
    return _screen(message)[0]


def crisis_guidance(message: str) -> str | None:
    """The crisis category a mentor asks guidance about ("my mentee told me she cuts herself,
    how should I respond?" -> ``self_harm``), when the screen lets the message through for that
    reason; None otherwise (no such subject, or a crisis the screen answers itself). What an
    answer may use to add the programme's safeguarding contact to grounded guidance."""
    return _screen(message)[1]


def _screen(message: str) -> tuple[CrisisSignal | None, str | None]:
    """(the crisis signal, or None; the category set aside as someone else's, or None)."""
    text = folded(message)
    guidance = _is_guidance(text)
    set_aside: str | None = None
    for category, patterns in _ORDER:
        for match in (m for pattern in patterns for m in pattern.finditer(text)):
            if guidance and not _about_writer(text, match.start(), match.group(0)):
                set_aside = set_aside or category
                continue  # "what should a mentor do if a mentee mentions self-harm?"
            if _as_a_topic(text, match.start(), match.end()):
                continue  # "my mentee's father died by suicide last year"
            return CrisisSignal(category, match.group(0)), None
    model = load_crisis_model()
    if model is not None:
        read = _own_sentences(message) if guidance else message
        learned = model.category(read) if read else None
        if learned is not None:
            return CrisisSignal(learned, ""), None
    if guidance and set_aside is None:
        set_aside = next((name for name, words in _OTHERS if words.search(text)), None)
    return None, set_aside


def _is_guidance(text: str) -> bool:
    """A guidance question, or a request for what to do ("what do I do?", « je fais quoi ? »)
    about someone else, with nothing that says the danger is now or that the writer shares it."""
    asked = _GUIDANCE.search(text) is not None or (
        _ASK.search(text) is not None and _THIRD_PARTY.search(text) is not None
    )
    return asked and _IMMINENT.search(text) is None and _ME_TOO.search(text) is None


def _own_sentences(message: str) -> str:
    """The sentences of ``message`` that neither report on someone else nor ask what to do."""
    kept = [
        sentence
        for sentence in _SENTENCE.split(message)
        if not (
            _THIRD_PARTY.search(folded(sentence))
            or _ASK.search(folded(sentence))
            or _GUIDANCE.search(folded(sentence))
        )
    ]
    return " ".join(kept).strip()


# A crisis word used as a subject (of a policy, a study, a loss): "my mentee's father died by
# suicide", « un mémoire sur le harcèlement moral », "our domestic violence leave policy". Skipped
# only when no first person stands just before it ("I'm thinking about suicide" stays a crisis).
_TOPIC = re.compile(
    r"suicide\b|self[- ]?harm\b|self[- ]?injury\b|sexual harassment|harcel\w* (?:sexuel|moral|au "
    r"travail)|harcelement\b|domestic (?:violence|abuse)|violences? (?:conjugales?|domestiques?)"
    r"|automutilation|scarification"
)
_TOPIC_FRAME = re.compile(
    r"\b(?:died by|death by|(?:lost|losing) (?:\w+ ){1,4}to|(?:morte?|decedee?|perdu(?: \w+){1,4})"
    r" par|s'est|se sont|prevention|awareness|sensibilisation|policy|policies|politique|handbook"
    r"|livret|thesis|dissertation|memoire|research|recherche|article|blog|podcast|reporting"
    r"|signalement|statistics|statistiques|chatbot|helpline|hotline|ligne d'ecoute|mission"
    r"|c'est du|module|workshop|atelier|conference|film|scenario|court-metrage|documentary"
    r"|documentaire|cases|dossiers|victims|victimes|survivors|specialis\w+|charity|association"
    r"|campaign|campagne|leave|conge|canal|channel|comite|committee|memorial|hommage|sos"
    r"|mentions?|mentioned|involving|parle de|parler de|someone|quelqu'un)\b"
)
_PERSONAL_BEFORE = re.compile(r"(?:\bi'?m |\bi am |\bi |\bje |\bj'|\bme |\bm')\S*(?: \S+){0,3} ?$")


def _as_a_topic(text: str, start: int, end: int) -> bool:
    """Whether the crisis word at ``start`` names a subject rather than what the writer lives."""
    if not _TOPIC.match(text, start):
        return False
    if _PERSONAL_BEFORE.search(text[max(0, start - 40) : start]):
        return False
    return _TOPIC_FRAME.search(text[max(0, start - 50) : end + 30]) is not None


def _about_writer(text: str, start: int, evidence: str) -> bool:
    """Whether the signal speaks of the writer: a first person in it, or just before it once
    the words of a guidance question ("what should I do if") and of a report on someone else
    ("my mentee told me") are set aside."""
    if _FIRST_PERSON.search(_FRAMING.sub(" ", evidence)):
        return True  # "kill myself"; not "my mentee told me she wants to die"
    window = re.split(r"[.!?:;]", text[max(0, start - _WINDOW) : start])[-1]  # this sentence
    for words in (_GUIDANCE, _ASK, _FRAMING):
        window = words.sub(" ", window)
    return _FIRST_PERSON.search(window) is not None
