"""Who a crisis word is about, and whether it is asked about: a mentor's guidance question ("what
should a mentor do if a mentee mentions self-harm?", "my mentee told me she thinks about suicide,
what do I do?"), a report on someone else, a subject rather than a lived experience (a policy, a
thesis, "died by suicide"), or the writer speaking of themselves. The category tables find the
words; this module decides whether they count.
"""

from __future__ import annotations

import re

from assistant.safety.patterns import folded

GUIDANCE = re.compile(
    r"\b(?:what|how) (?:should|do|can|could|would|to) (?:i|we|a mentor|mentors|you|one|the programme)\b"
    r".{0,80}\b(?:if|when|whose|who)\b"
    r"|\b(?:policy|policies|procedure|training|module|guidelines?|protocol|referral process|a mentee who|a mentee mentions|if a mentee|when a mentee)\b"
    r"|\b(?:(?:what|which) (?:early )?(?:warning )?signs|(?:warning )?signs (?:that|of)|a mentee (?:might|may|could) be|as a (?:mentor|volunteer|youth worker|coordinator|trainer))\b"
    r"|\b(?:que|comment) (?:doit|faire|faut-il|dois-je|devrait|peut)\b.{0,80}\b(?:si|quand|lorsqu)\b"
    r"|\b(?:procedure|politique|formation|protocole|charte|si un mentore|si une mentoree|quand un mentore|un mentore qui|une mentoree qui|un jeune qui|une etudiante qui|un etudiant qui)\b"
    r"|\bqu'est-ce qu'(?:on|il faut) (?:doit |peut )?(?:dire|faire|ecrire|mettre)\b|\bque (?:doit-on|faut-il) (?:dire|faire|ecrire)\b"
    r"|\b(?:(?:quels?|les|des) (?:signes|signaux)|(?:les )?signes (?:que|qu'|de|d')|en tant que (?:mentor|mentore|tuteur|tutrice|benevole|animateur|animatrice|coordinateur|coordinatrice|formateur|formatrice)|un jeune qui|une jeune qui)\b"
)
FIRST_PERSON = re.compile(
    r"\b(?:i|i'm|im|i've|i'd|me|my|myself|je|j'|j|moi|me|m'|mes|ma|mon|nous|we|us|our)\b"
)
WINDOW = 60  # characters before a signal in which the writer may name themselves

# A mentor (trainer, colleague) asking how to respond to someone else's disclosure: "my mentee
# told me they have been thinking about suicide, what do I do?". Three things together: someone
# else as the subject, a request for what to do, and no sign the writer is the one at risk.
ASK = re.compile(
    r"\bwhat (?:do|should|can|could|would|must) (?:i|we|a mentor) (?:do|say|tell|answer|reply|"
    r"advise|write)\b|\bhow (?:do|should|can|could|would) (?:i|we|a mentor) (?:respond|react|reply|"
    r"answer|help|handle|support|keep supporting|keep helping|continue supporting|best support|deal|approach|talk|bring|raise|refer|report|spot|recogni[sz]e|notice|identify|"
    r"detect|know|tell if|tell when)\b|\bwhat(?: is|'s) "
    r"the (?:right|best) (?:way|thing|response)\b|\bhow to (?:respond|react|help|handle|support)\b"
    r"|\bwho (?:should|do|can) (?:i|we) (?:call|contact|tell|refer|inform)\b|\bshould i (?:tell|"
    r"report|call|contact|inform|refer|alert)\b|\bwhat should i (?:advise|tell|say)\b"
    r"|\bshould (?:i|we) (?:bring (?:it|this|that) up|mention (?:it|this|that)|raise (?:it|this|that)|ask (?:her|him|them) about)\b"
    r"|\b(?:dois-je|faut-il|je dois|est-ce que je dois) (?:en reparler|lui en reparler|aborder le sujet|lui en parler)\b"
    r"|\b(?:que|quoi) (?:dois-je|faire|lui dire|lui repondre|lui conseiller)\b|\bje (?:fais|dis|"
    r"reponds) quoi\b|\bje lui (?:conseille|dis|reponds) quoi\b|\bqu'est-ce que (?:je|j') ?(?:fais|"
    r"dois|peux|lui)\b|\bcomment (?:je dois |dois-je |puis-je |je peux |on doit |je )?(?:reagir|"
    r"repondre|l'aider|l'accompagner|accompagner|soutenir|epauler|orienter|l'orienter|aider|en parler|faire|lui repondre|gerer|en reparler"
    r"|aborder|en discuter|lui en parler|la soutenir|le soutenir|les aider|les soutenir|reperer|reconnaitre|savoir si"
    r"|voir si|detecter)\b"
    r"|\bquels? (?:numeros?|contacts?|ressources?|structures?|conseils?|lignes?) (?:donner|conseiller|proposer|lui donner|indiquer)\b|\bwhich (?:helplines?|numbers?|resources?|services?) "
    r"should (?:i|we) (?:give|share|recommend|suggest)\b"
    r"|\ba qui (?:je dois |dois-je |je peux )?(?:en parler|le signaler|m'adresser)\b|\bdois-je "
    r"(?:le signaler|en parler|prevenir|alerter)\b"
)
SOMEONE_ELSE = (
    r"\b(?:my|a|an|one of my|our|the) (?:mentee|mentor|student|pupil|colleague|coworker|co-worker|"
    r"intern|apprentice|friend|trainee|employee|team member|volunteer|participant|young person|"
    r"client|report|flatmate)s?\b"
    r"|\b(?:mon|ma|mes|un|une|notre|nos) (?:mentore|mentoree|etudiante?|eleve|collegue|stagiaire|"
    r"apprentie?|amie?|salariee?|benevole|jeune|participante?|alternante?)s?\b"
)
THIRD_PARTY = re.compile(
    SOMEONE_ELSE
    + r"|\b(?:he|she|they)(?:'s|'ve| is| are| has| have| was| were| said| says| told| mentioned|"
    r" confided| wrote| keeps| thinks)\b"
    r"|\b(?:il|elle|ils|elles) (?:m'a|m'ont|me dit|a|est|pense|parle|se)\b"
)
FRAMING = re.compile(
    SOMEONE_ELSE
    + r"|\b(?:told|tells|telling|asked|confided in|wrote to|messaged|texted|emailed|mentioned to|"
    r"opened up to|came to|said to) me\b|\bm'(?:a|ont) (?:dit|confie|ecrit|avoue|raconte|parle|"
    r"explique|annonce)\b|\bme (?:dit|confie|parle|raconte|demande)\b|\bi (?:noticed|found out|"
    r"learned|heard)\b|\bj'ai (?:remarque|appris|su)\b"
    r"|\b(?:i|we) (?:mentor|coach|supervise|support|teach|manage|look after|work with)\b"
    r"|\bque (?:j'accompagne|j'encadre|je suis|je mentore|je coache)\b"
)
# What a third-party report must not hide: the person at risk is in danger now.
IMMINENT = re.compile(
    r"(?<!safe )(?<!fine )(?<!okay )(?<!ok )(?<!stable )(?<!better )\bright now\b|\b(?:a few|\d+|two|three|five|ten|fifteen|twenty|thirty) (?:minutes?|mins?) ago\b|\b(?:an|one) hour ago\b|\btonight\b"
    r"|\bjust (?:took|taken|swallowed|cut|jumped|overdosed|posted|sent (?:a|me a) (?:goodbye|last))"
    r"|\b(?:is|'s) (?:on the|at the) (?:roof|ledge|bridge|edge|tracks|balcony|window ?sill|railing)\b|\bswallowed\b"
    r"|\b(?:he|she|they)(?:'ll| will|'s going to| is going to|'s gonna) jump\b|\bthreaten\w* to (?:jump|kill)"
    r"|\b(?:est|sont|assise?|debout) sur (?:le|la|un|une) (?:toit|rebord|balcon|rambarde|pont|rails|corniche)\b"
    r"|\b(?:saute|va sauter|menace de sauter|veut sauter|se jette)\b|\bla maintenant\b|\btout de suite\b"
    r"|\ben ce moment\b|\ba l'instant\b|\bce soir\b|\bcette nuit\b|\bil y a \d+ (?:minutes?|min)\b"
    r"|\b(?:vient|viens) d(?:e |')(?:prendre|avaler|se couper|sauter|m'envoyer (?:un|son) (?:dernier|adieu))"
    r"|\ba avale\b"
)
# ... or the writer says it is theirs too: "she thinks about suicide, and honestly so do I".
ME_TOO = re.compile(
    r"\b(?:so am i|so do i|so have i|me too|same here|i do too|i am too|i'?m the same|i feel the"
    r" same|i have too|i'?ve been too|moi aussi|moi pareil|pareil pour moi|j'y pense aussi|j'y"
    r" pense|je ressens la meme chose|c'est pareil pour moi)\b"
)
# What a guidance question is about, when the writer's rules (first person) did not name it.
OTHERS = (
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
SENTENCE = re.compile(r"(?<=[.!?;\n])\s+")


def is_guidance(text: str) -> bool:
    """A guidance question, or a request for what to do ("what do I do?", « je fais quoi ? »)
    about someone else, with nothing that says the danger is now or that the writer shares it."""
    asked = GUIDANCE.search(text) is not None or (
        ASK.search(text) is not None and THIRD_PARTY.search(text) is not None
    )
    return asked and IMMINENT.search(text) is None and ME_TOO.search(text) is None


def own_sentences(message: str) -> str:
    """The sentences of ``message`` that neither report on someone else nor ask what to do."""
    kept = [
        sentence
        for sentence in SENTENCE.split(message)
        if not (
            THIRD_PARTY.search(folded(sentence))
            or ASK.search(folded(sentence))
            or GUIDANCE.search(folded(sentence))
        )
    ]
    return " ".join(kept).strip()


# A crisis word used as a subject (of a policy, a study, a loss): "my mentee's father died by
# suicide", « un mémoire sur le harcèlement moral », "our domestic violence leave policy". Skipped
# only when no first person stands just before it ("I'm thinking about suicide" stays a crisis).
TOPIC = re.compile(
    r"risque suicidaire|suicid\w*|self[- ]?harm\b|self[- ]?injury\b|sexual harassment|harcel\w* (?:sexuel|moral|au "
    r"travail)|harcelement\b|domestic (?:violence|abuse)|violences? (?:conjugales?|domestiques?)"
    r"|automutilation|scarification"
)
TOPIC_FRAME = re.compile(
    r"\b(?:died by|death by|(?:lost|losing) (?:\w+ ){1,4}to|(?:morte?|decedee?|perdu(?: \w+){1,4})"
    r" par|s'est|se sont|prevention|awareness|sensibilisation|policy|policies|politique|handbook"
    r"|livret|thesis|dissertation|memoire|research|recherche|article|blog|podcast|reporting"
    r"|signalement|statistics|statistiques|chatbot|helpline|hotline|ligne d'ecoute|mission"
    r"|c'est du|module|workshop|atelier|conference|film|scenario|court-metrage|documentary"
    r"|documentaire|cases|dossiers|victims|victimes|survivors|specialis\w+|charity|association"
    r"|campaign|campagne|leave|conge|canal|channel|comite|committee|memorial|hommage|sos"
    r"|mentions?|mentioned|disclos\w*|confidences?|revelations?|involving|parle de|parler de|someone|quelqu'un"
    r"|role-?plays?|jeu de role|jeux de role|mise en situation|cas pratiques?|case stud(?:y|ies)|asso|ong|ngo|shelter"
    r"|foyer|refuge|benevol\w*|volunteer\w*|contre|against|lutte|livret|dire sur)\b"
)
LOSS_BEFORE = re.compile(
    r"(?:\bdied by|\bdeath by|\blost (?:\w+ ){1,4}to|\b(?:morte?|decedee?|perdu(?: \w+){1,4}) par|(?<!\bje )(?<!\bj')\bs'est|\bse sont) $"
)
FRAME_AFTER = re.compile(
    r"[ -](?:charity|charities|association|organi[sz]ation|ngo|helpline|hotline|shelter|service|services|policy"
    r"|training|research|prevention|awareness|campaign|module|workshop|team|unit|project|cases|victims|patients|callers"
    r"|survivors|law|laws|statistics|sector|field|work|risk|risks|first aid|helpers?|sentinels?)\b"
)
SPEECH_BEFORE = re.compile(
    r"\b(?:talk|talking|speak|speaking|write|writing|teach|teaching|present|presenting|explain|explaining"
    r"|raise|raising|address|addressing|discuss|discussing|parler|aborder|expliquer|presenter|ecrire"
    r"|evoquer|sensibiliser)(?: \w+){0,2} (?:about|on|of|de|du|des|sur|le|la|les|au|a la|l')? ?$"
)
SEEN_AT_WORK = re.compile(
    r"\b(?:je vois|on voit|nous voyons|je recois|on recoit|je traite|je soigne|je gere|j'accompagne"
    r"|je prends en charge|i see|we see|we get|i deal with|we deal with|i handle|we handle|i treat"
    r"|we treat|i manage|we manage|i support|we support|i work with|we work with) (?:beaucoup|pas mal|plein|souvent|tellement|trop|lots|many|a lot|so many"
    r"|plenty|loads)(?: \w+){0,3} $"
    r"|\b(?:specialise\w*|specializ\w*|specialis\w*|expert\w*|je travaille (?:sur|dans)|i work (?:on|in)|formee? (?:sur|a|en)|trained in) (?:en |in |dans |sur |les |la |le |des |a la |aux )?$"
    r"|\b(?:patients|clients|callers|appelants|usagers|beneficiaires|jeunes|cases|cas|residents|detenus|inmates|eleves|pupils) $"
)
THEY_WHO = re.compile(
    r"\b(?:kids|children|young people|youths|teens|teenagers|students|patients|clients|people|pupils"
    r"|mentees|women|men|victims|survivors|jeunes|enfants|ados|adolescents|eleves|etudiants|gens"
    r"|personnes|femmes|hommes|victimes|mentores) (?:\w+ )?(?:who|that|qui) (?:\w+ )?$"
)
PERSONAL_BEFORE = re.compile(r"(?:\bi'?m |\bi am |\bi |\bje |\bj'|\bme |\bm')\S*(?: \S+){0,3} ?$")


def as_a_topic(text: str, start: int, end: int) -> bool:
    """Whether the crisis word at ``start`` names a subject rather than what the writer lives."""
    if not TOPIC.match(text, start):
        return False
    if LOSS_BEFORE.search(text[max(0, start - 50) : start]):
        return True  # "I lost my father to suicide", « mon frère s'est suicidé »: a bereavement
    if FRAME_AFTER.match(text, end):
        return True  # "a domestic violence charity", "suicide prevention training"
    if SPEECH_BEFORE.search(text[max(0, start - 40) : start]):
        return True  # "how do I talk about sexual harassment in a workshop"
    if SEEN_AT_WORK.search(text[max(0, start - 50) : start]) or THEY_WHO.search(
        text[max(0, start - 40) : start]
    ):
        return True  # « je suis infirmière et je vois beaucoup de tentatives de suicide »
    if PERSONAL_BEFORE.search(text[max(0, start - 40) : start]):
        return False
    return TOPIC_FRAME.search(text[max(0, start - 50) : end + 30]) is not None


def about_writer(text: str, start: int, evidence: str) -> bool:
    """Whether the signal speaks of the writer: a first person in it, or just before it once
    the words of a guidance question ("what should I do if") and of a report on someone else
    ("my mentee told me") are set aside."""
    if FIRST_PERSON.search(FRAMING.sub(" ", evidence)):
        return True  # "kill myself"; not "my mentee told me she wants to die"
    # this sentence, read far enough back that the words of the question are set aside whole
    # ("as a trainer, what do I say when a group discussion ... turns to suicide?"), then the
    # last WINDOW characters of what is left
    window = re.split(r"[.!?:;]", text[max(0, start - 3 * WINDOW) : start])[-1]
    for words in (GUIDANCE, ASK, FRAMING):
        window = words.sub(" ", window)
    return FIRST_PERSON.search(window[-WINDOW:]) is not None


# A difficulty the writer says is behind them: "I self-harmed as a teenager, I'm 31 now and
# doing well", « je me suis fait du mal quand j'étais ado, je vais bien ». Only when nothing says
# it is back ("again", « recommencé ») and the writer says they are well now.
PAST = re.compile(
    r"\b(?:used to|in my (?:old|previous|last|former) (?:job|role|company|workplace|position|team)|dans mon (?:ancien|precedent|dernier) (?:poste|job|boulot|emploi|stage|travail)|dans mon ancienne (?:boite|entreprise|equipe)|as a (?:teen(?:ager)?|kid|child|student)|when i was (?:at (?:uni|university|school|college)|in (?:high school|college|my teens)|a (?:teen(?:ager)?|kid|child|student)|younger"
    r"|\d+)|in (?:high school|my teens)|(?:\d+|many|several|a few|two|three|ten) years ago|quand j'etais"
    r" (?:ado|adolescente?|jeune|petite?|enfant|etudiante?|au lycee|a la fac)|au lycee|a la fac|en prepa|il y a (?:\d+|des|plusieurs"
    r"|quelques|deux|trois|dix) (?:ans|annees)|years ago|long ago|il y a (?:bien )?longtemps)\b"
)
WELL_NOW = re.compile(
    r"\b(?:doing (?:well|fine|better|good)|i'?m (?:well|fine|ok|okay|good|better|safe|happy) now|recovered|je vais"
    r" (?:bien|mieux)|ca va (?:bien|mieux)|c'est derriere moi|behind me|i survived|j'ai survecu|now i'?m (?:training|working|studying|qualified)|aujourd'hui je (?:me forme|travaille|suis (?:formee?|diplomee?))|i'?ve been (?:fine|well|okay|ok|good|"
    r"clean|free of it|safe)|i'?m safe and|tout va bien|je suis (?:en securite|heureuse?|remise?|guerie?|sortie? d'affaire))\b"
)
BACK = re.compile(
    r"\b(?:again|started|relaps\w*|back to|these days|lately|recently|this week|last night|encore"
    r"|recommence\w*|rechute|ces temps|en ce moment|cette semaine|hier)\b"
)


def in_the_past(text: str) -> bool:
    """Whether the message tells of a resolved past difficulty, not of a present one."""
    return bool(PAST.search(text) and WELL_NOW.search(text) and not BACK.search(text))


# Jokey hyperbole: « jvais me pendre si on me redemande mon avis sur le logo mdr », "I'd rather
# die than redo that group project lol": a joke marker and a hyperbole frame (if, rather than,
# « plutôt… que ») in the same sentence, and nothing that says it is not a joke.
JOKE = re.compile(
    r"(?:\b(?:mdr|ptdr|lol|lmao|haha\w*|jk|xd)\b|\U0001f602|\U0001f923|\U0001f605|\U0001f643)"
)
HYPERBOLE = re.compile(r"\b(?:si|if|plutot|rather|sooner|que de|than)\b")
CONDITION_OF = re.compile(r"\b(?:if|si) (?:\S+ ){0,2}$")
NOT_A_JOKE = re.compile(
    r"\b(?:not lol|lol not|pas mdr|mdr non|je rigole pas|je plaisante pas|not joking|i'?m not kidding|"
    r"no joke|seriously|serieux|serieusement|for real|pour de vrai|vraiment)\b"
)


def joking(text: str, start: int, end: int) -> bool:
    """Whether the signal at ``start``-``end`` sits in a sentence told as a joke."""
    left = max(text.rfind(mark, 0, start) for mark in ".!?\n")
    rights = [i for i in (text.find(mark, end) for mark in ".!?\n") if i >= 0]
    sentence = text[left + 1 : min(rights) if rights else len(text)]
    # the signal as the condition itself is no hyperbole: "what's the point if i won't be
    # around in a month lol" (but "if i have to redo it i'll kill myself lol" still is one)
    own_condition = CONDITION_OF.search(text[max(left + 1, start - 20) : start])
    frames = [
        m
        for m in HYPERBOLE.finditer(sentence)
        if not own_condition or m.group(0) not in {"if", "si"}
    ]
    return JOKE.search(sentence) is not None and bool(frames) and NOT_A_JOKE.search(text) is None


# An absence announced with its reason: "I won't be here next month, I'm moving to Berlin",
# « je ne serai plus là après, je pars en Erasmus ». Only for the wording of an absence (be
# around, be here, « plus là »), and only when a trip, a move, a leave or an event is named.
ABSENCE = re.compile(r"\b(?:be|being) (?:still )?(?:around|here|there)\b|\bplus la\b|\bpas la\b")
REASON = re.compile(
    r"\b(?:on holiday|on vacation|going on holiday|holiday in|on leave|annual leave|parental leave"
    r"|maternity|paternity|travel(?:l)?ing|on a trip|business trip|abroad|moving to|moving house"
    r"|relocating|wedding|conference|seminar|training course|on a course|exams? week|festival"
    r"|visiting my|flying to|secondment|offsite|internship in|erasmus|exchange year|gap year"
    r"|en vacances|en conge|conge maternite|conge paternite|en deplacement|en voyage|je pars (?:a|en|au|aux)"
    r"|demenage|je demenage|je pars (?:vivre|habiter|m'installer|travailler|etudier)|mariage|en formation|en seminaire|au salon|en examens?|partiels|en stage a"
    r"|en mission|a l'etranger|en erasmus|en echange|graduat\w*|diplomee?s?|end of (?:my )?(?:studies|degree|course)|fin de (?:mes etudes|ma formation|mon cursus)|retiring)\b"
)


# ... and a goodbye said on leaving a job: « c'est la fin de mon contrat, j'ai dit au revoir à
# tout le monde », "my last day, I said my goodbyes".
FAREWELL = re.compile(r"\bau revoir\b|\bgoodbyes?\b|\badieux?\b")
JOB_END = re.compile(
    r"\b(?:fin de (?:mon|ma) (?:contrat|stage|mission|cdd|alternance|periode)|dernier jour|derniere"
    r" semaine|last day|last week (?:at|in)|pot de depart|leaving do|farewell (?:party|drinks|lunch)"
    r"|new job|nouveau (?:job|poste|travail|boulot)|nouvelle (?:boite|entreprise)|demission\w*"
    r"|resign\w*|retraite|retirement|mutation|end of my (?:contract|internship|placement)"
    r"|leaving (?:the company|my job|the team)|quitte (?:la boite|l'entreprise|mon poste|l'equipe)"
    r"|je change de (?:poste|boite|job))\b"
)


# ... unless the message says more than an absence: a plan, having no strength left, life
# itself. "I'm graduating in June but I won't be here by then, I have a plan" is read as
# written; a graduate's goodbye is not.
DISTRESS = re.compile(
    r"\b(?:i (?:have|ve got|'ve got) a plan|j'ai (?:un|mon) plan|(?:can'?t|cannot) (?:go on|take"
    r" (?:it|this)|do this) any ?more|(?:j'en|je n'en|n'en) peux plus|plus la force|no way out|"
    r"hopeless|desespere\w*|from (?:life|living|this world)|de la vie|tired of (?:living|life)|"
    r"fatigue\w* de vivre|marre de vivre|for good|pour de bon|pour toujours|forever|a jamais|"
    r"(?:want|wanna) to die|envie de mourir|better off without me|mieux sans moi)\b"
)


def away_for_a_reason(text: str, evidence: str) -> bool:
    """Whether a suicide match is an absence told with an everyday reason for it, or a goodbye
    said on leaving a job, and nothing else in the message speaks of distress."""
    if DISTRESS.search(text) is not None:
        return False
    return (ABSENCE.search(evidence) is not None and REASON.search(text) is not None) or (
        FAREWELL.search(evidence) is not None and JOB_END.search(text) is not None
    )


# An injury told as an accident: « je me suis brûlé la main en cuisine », "I cut my finger
# while cooking"; nothing that says it was on purpose.
ACCIDENT = re.compile(
    r"\b(?:en (?:cuisine|cuisinant|bricolant|repassant|jardinant|faisant (?:la cuisine|du sport|a"
    r" manger)|tombant|courant)|par accident|accidentellement|sans faire expres|by accident"
    r"|accidentally|(?:while|when) (?:cooking|ironing|gardening|baking|shaving|playing|skiing"
    r"|running|cycling)|in the kitchen|at the gym|on the (?:oven|stove|hob|grill)|sur le four"
    r"|sur la plaque|a la (?:friteuse|plancha|poele)|sur (?:un|une|le|la) (?:carton|boite|feuille|vitre|boite de conserve)|on (?:a|the) (?:box|cardboard|tin|can|sheet of paper)|a l'entrepot|at the warehouse|au (?:foot|rugby|ski|sport))\b"
)
ON_PURPOSE = re.compile(
    r"\b(?:on purpose|deliberately|expres|volontairement|again|encore|recommence\w*)\b"
)


# ... or as a hazard of the writer's trade, told with the protection worn against it: "I'm a
# butcher's apprentice and cut myself a lot less since I got the chainmail glove", « je suis
# apprentie bouchère, je me coupe moins avec le gant en maille ». A trade alone excuses nothing:
# "I'm a chef and I keep cutting myself" is read as it is written.
PROTECTION = re.compile(
    r"\b(?:chainmail|cut-resistant|protective|safety) gloves?\b|\bgants? (?:en maille|anti-coupure|"
    r"de protection)\b"
)


def by_accident(text: str, end: int) -> bool:
    """Whether the injury just before ``end`` is told as an accident (or as a hazard of the
    writer's trade, told in the same sentence with the protection worn against it)."""
    after = re.split(r"[.!?;\n]", text[end : end + 60])[0]
    if ON_PURPOSE.search(text) is not None:
        return False
    if ACCIDENT.search(after) is not None:
        return True
    before = re.split(r"[.!?;\n]", text[max(0, end - 120) : end])[-1]
    return PROTECTION.search(before + " " + after) is not None


def others_who(text: str, start: int, evidence: str) -> bool:
    """Whether the signal tells what other people do ("kids who self-harm", « des jeunes qui se
    scarifient ») and names no first person itself ("colleagues who harass me" stays)."""
    return (
        THEY_WHO.search(text[max(0, start - 40) : start]) is not None
        and FIRST_PERSON.search(evidence) is None
    )
