"""Requests outside a mentoring assistant's role, decided by code: therapy, medical, legal and
financial advice, English and French.

Such a request gets a respectful referral to the right professional, and the conversation goes
on (a goal being coached stays where it was). Only requests *for* that help count: "what is the
difference between coaching and therapy?" or "how do I negotiate my salary?" are mentoring.

How it decides, in order:

1. What the screen reads: the message cut into sentences, without a sentence where a mentor asks
   how to handle someone else's question ("my mentee asked me whether her dismissal was legal,
   how do I redirect her?") and without the clauses about preparing or wording a conversation
   ("how do I tell my manager…", « comment annoncer… », "how do I negotiate…") or about a
   career in the field ("I want to become a tax advisor"). Those are mentoring.
2. The rule tables, one per kind, built from word lists (conditions, therapists and therapies,
   medicines, symptoms and illnesses, legal objects and authorities, financial products) joined
   to the frames that make a request for professional help: asking for a diagnosis ("do I
   have…", « est-ce que je suis… »), a therapist's role or a treatment, a dose, whether
   something is legal or what one's rights are, what to invest in or how to pay less tax. A word
   alone never refers ("I'm on antidepressants and doing fine, can we work on my CV?").
3. A question about a symptom ("…is that normal?") refers unless the message is about nerves
   before a talk, an exam or an interview ("my hands shake when I present, is that normal?").
4. A topic named in one sentence and a request about it in another ("I'm pretty sure I have
   OCD. Can you help me treat it?"): each kind pairs its topic words with such requests.
5. What the rules miss goes to a learned backstop (:mod:`assistant.safety.scope_model`): fixed
   weights shipped with the package, reading the same text, with a threshold chosen on
   cross-validation to keep false referrals very low.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.safety.patterns import alternatives, folded
from assistant.safety.scope_model import KINDS, load_scope_model

__all__ = ["KINDS", "backstop_kind", "backstop_text", "out_of_scope", "rule_kind"]

# -- shared fragments --------------------------------------------------------------------------

_S = r"(?:[^.?!\n]|(?<=\d)[.](?=\d))"
"""A character of the same sentence (a decimal point included). In the tables below, ``~``
stands for it (``~{0,40}``: at most 40 characters further in the same sentence) and ``<NAME>``
for the word list ``_NAME``."""


def _table(*parts: str) -> re.Pattern[str]:
    """One pattern matching any of ``parts``, with ``~`` and ``<NAME>`` expanded."""
    return alternatives(*(_expand(part) for part in parts))


def _expand(part: str) -> str:
    words = globals()
    return re.sub(r"<([A-Z_]+)>", lambda m: str(words["_" + m.group(1)]), part.replace("~", _S))


# -- therapy -------------------------------------------------------------------------------------

_CONDITION_EN = (
    r"(?:(?:clinical |major |seasonal |real |actual )?depression|depressed|adhd|add|bipolar(?: disorder)?"
    r"|autis(?:m|tic)|asperger'?s?|on the (?:autism )?spectrum|ocd|c?ptsd|post-?traumatic stress"
    r"|(?:an? )?(?:generali[sz]ed |social )?anxiety disorder|social anxiety|panic (?:disorder|attacks)"
    r"|(?:an? )?eating disorder|anorexi[ac]|bulimi[ac]|binge eating|borderline|bpd|(?:a )?personality disorder"
    r"|(?:a )?narcissis(?:t|tic|m)|dyslexi[ac]|dyscalculi[ac]|dyspraxi[ac]|burn ?-?out|burnt out|burned out"
    r"|(?:a )?nervous breakdown|agoraphobi[ac]|(?:a )?phobia|insomnia|(?:an? )?addict(?:ion|ed)?|sex addict"
    r"|cyclothymi[ac]|dissociat\w+|depersonali[sz]ation|hypochondri\w+|health anxiety|compassion fatigue"
    r"|intrusive thoughts|flashbacks|trauma(?:tised|tized)?|(?:a )?mental (?:illness|disorder)|anhedonia|rumination|alcoholi(?:sm|c)|avoidant|bipolar (?:i|ii|2|type \w+)"
    r"|(?:a )?highly sensitive person|neurodivergent|dysthymi\w+|schizo\w*|psychosis|psychotic)"
)
_CONDITION_FR = (
    r"(?:(?:une |la |de la |en )?(?:vraie |grosse )?depression(?: nerveuse| saisonniere)?|depressi(?:f|ve)|deprime\w*"
    r"|(?:un |le |du )?t\.?d\.?a\.?h?|hyperacti(?:f|ve)|bipolaire|bipolarite|autiste|autisme|asperger"
    r"|(?:un |le |des )?toc|(?:un |le )?(?:tspt|ptsd|stress post-?trauma\w*)"
    r"|(?:un |une )?trouble (?:anxieux|bipolaire|panique|obsessionnel|de la personnalite|de l'attention|alimentaire|borderline|de l'adaptation|du comportement)\w*"
    r"|troubles (?:alimentaires|du comportement alimentaire|anxieux)|anxiete (?:generalisee|sociale)"
    r"|phobie (?:sociale|scolaire|\w+)|agoraphob\w+|boulimi\w+|anorexi\w+|hyperphagie|borderline"
    r"|pervers narcissique|narcissique|dyslexi\w+|dyscalculi\w+|dyspraxi\w+|burn-?out|epuisement professionnel"
    r"|hpi|haut potentiel|surdoue\w*|cyclothym\w+|dissociati\w+|depersonnalisation|hypocondri\w+"
    r"|(?:un |une )?(?:trouble|pathologie|maladie mentale)|addiction|dependance affective|dependante? affective"
    r"|crises? (?:d'angoisse|de panique|d'anxiete)|attaques? de panique|pensees (?:intrusives|obsedantes)"
    r"|traumatisme\w*|trauma\b|insomnie|schizo\w*|psychose|alcoolisme|alcoolique|trouble evitant|evitant\w*)"
)
_THERAPIST_EN = r"(?:therapist|psychotherapist|psychologist|psychiatrist|counsel+or|shrink|psychoanalyst|analyst|psych|psy|grief counsel+or|addiction counsel+or)"
_THERAPIST_FR = (
    r"(?:psy|psychologue|therapeute|psychotherapeute|psychiatre|psychanalyste|addictologue)"
)
_THERAPIES_EN = (
    r"(?:therapy|psychotherapy|cbt|emdr|hypno(?:therapy|sis)|counsel+ing|psychoanalysis|talk therapy|therapeutic work|therapy check[- ]?ins?"
    r"|exposure therapy|trauma therapy|couples therapy|family therapy|grief therapy|therapy sessions?|a therapy session)"
)
_THERAPIES_FR = (
    r"(?:therapie|psychotherapie|tcc|emdr|hypnose|psychanalyse|therapie (?:de couple|comportementale|du deuil)"
    r"|seances? de (?:therapie|psy)|suivi (?:psy|psychologique)|travail therapeutique|bilan psy\w*)"
)

_THERAPY = _table(
    # the therapist's role
    r"\b(?:be|act as|become|work as|play|serve as|fill in as|take over as|replace) my (?:\w+ )?<THERAPIST_EN>\b",
    r"\b(?:have|want|need|love to have) you as my (?:\w+ )?<THERAPIST_EN>\b",
    r"\b(?:fill|fill in|take) (?:that|the|her|his) (?:role|place)\b~{0,40}\b<THERAPIST_EN>\b|\b<THERAPIST_EN>\b~{0,40}\b(?:fill that role|take over (?:our|my|the) sessions)",
    r"\btake over (?:our|my|the|her|his) (?:therapy )?sessions\b",
    r"\b(?:the way|like|as) (?:a|an|my) <THERAPIST_EN> (?:would|does|do)\b|\bas (?:a|my) therapist\b|\blike a psychoanalyst\b",
    r"\bpsycho-?analy[sz]e me\b",
    # therapy as an act asked of the assistant
    r"\b(?:can|could|would|will) (?:you|we) (?:\w+ ){0,2}?(?:do|run|give|provide|offer|start|try|have|begin|practi[sc]e) (?:me |us )?(?:some |a |an |proper |weekly |regular |real )?(?:\w+ )?<THERAPIES_EN>\b",
    r"\bdo you (?:do|offer|provide|practi[sc]e|know) (?:\w+ )?<THERAPIES_EN>\b",
    r"\b<THERAPIES_EN> (?:sessions? )?(?:with (?:you|me)|here)\b",
    r"\b(?:i'?d like|i want|i need|i'?d love|i would like|looking for|help me (?:start|find)|can you do|let'?s do) (?:to (?:do|try|start|have|begin) )?(?:some |a |proper |real )?(?:\w+ )?(?:therapy|psychotherapy|a therapist|treatment|counsel+ing|a therapy session|therapy sessions)\b",
    r"\b(?:be|act as) (?:my|a) (?:grief|addiction|trauma) (?:counsel+or|therapist)\b|\bdo you offer counsel+ing\b",
    # a diagnosis
    r"\b(?:diagnose|diagnosis for) (?:me|my|it|this|what)\b|\b(?:give|make) (?:me )?(?:a|the|your) diagnosis\b|\bwhat would (?:your|the) diagnosis be\b|\bopinion on (?:the|my) diagnosis\b",
    r"\b(?:do|could|might|may|would) i (?:have|be having|be suffering from|suffer from|be) (?:an? |some )?(?:kind of |form of )?<CONDITION_EN>\b",
    r"\bam i (?:just |actually |really |maybe |possibly |clinically )?(?:a |an )?(?:depressed|bipolar|autistic|dyslexic|dyspraxic|adhd|borderline|narcissist|narcissistic|burnt out|burned out|anorexic|bulimic|addict|addicted|on the spectrum|ocd|hypochondriac|highly sensitive person|neurodivergent|clinically \w+|having a (?:nervous )?breakdown|sex addict)\b",
    r"\b(?:is|could|would) (?:this|it|that|what i(?:'m| am) (?:feeling|going through|experiencing)|what i have|my \w+) (?:be )?(?:just |really |actually )?(?:an? )?(?:real |clinical |actual )?<CONDITION_EN>\b~{0,40}(?:\?|\bor\b)",
    r"\b(?:tell|know|find out|figure out|confirm|check|assess|determine|see|evaluate|say) (?:me )?(?:for sure )?(?:if|whether) (?:i'?m|i am|i have|i'?ve got|it'?s|it is|this is|that'?s|my \w+ (?:is|are)|i'?m having|i suffer) (?:\w+ ){0,3}?<CONDITION_EN>\b",
    r"\bwhat (?:kind of |type of |sort of )?(?:disorder|mental (?:illness|disorder|health condition)|condition|diagnosis|pathology|anxiety) (?:do i have|is (?:it|this|that)|fits|would you|i have)\b|\bwhich (?:mental illness|disorder|mental health condition)\b",
    r"\bwhat'?s wrong with me (?:mentally|psychologically|in my head)\b|\bwhat'?s going on in my head\b",
    r"\b(?:assess|evaluate|screen|test) me for\b|\b(?:assess|evaluate|test) (?:me|my \w+) (?:on|with) (?:a|the) (?:depression|anxiety|adhd|autism|beck|clinical)\b|\b(?:can|could) you (?:assess|evaluate) (?:me|whether|if)\b",
    r"\b(?:mental health|psychological|psych|psychiatric|clinical) (?:assessment|evaluation|test|screening|diagnosis|exam)\b",
    r"\b(?:depression|anxiety|adhd|add|autism|personality|burn ?-?out|dyslexia|bipolar|ptsd|ocd|mental health) (?:test|questionnaire|score|screening|assessment|scale|quiz)\b",
    r"\b(?:do you think|you think|d'you think|do u think|would you say|think) (?:that )?(?:i'?m|i am|i have|i might have|i'?ve got|i suffer from) (?:\w+ ){0,2}?(?:<CONDITION_EN>|depressed|bipolar|autistic|borderline|dyslexic|narcissistic|anorexic|bulimic|addicted)\b",
    r"\b<CONDITION_EN>\b~{0,80}\b(?:test|assess|evaluate|diagnose|confirm|treat|cure) (?:me|it|them|this|that)\b|\b(?:get|be) (?:properly )?diagnosed\b|\b(?:do|make|give) (?:me )?the diagnosis\b",
    r"\b(?:do|would) i need (?:meds or )?(?:therapy|a therapist|a psychologist|a psychiatrist|to see a (?:psychologist|psychiatrist|therapist))\b|\bbad enough (?:to need|for) (?:meds or )?(?:therapy|treatment|a therapist)\b",
    r"\bmy attachment style\b|\b(?:heal|work on) my inner child\b",
    r"\b(?:can|could|would|will|do) (?:you|u)\b~{0,50}\b(?:be|act|work|play|serve|fill in|step in|like|as|become|continue)\b~{0,25}\b(?:a |an |my |sort of |kind of |like a |like my )?<THERAPIST_EN>\b|\blike (?:with )?a <THERAPIST_EN>\b~{0,40}\b(?:can|could|would) (?:you|u)\b|\b<THERAPIST_EN>\b~{0,60}\b(?:can|could|would) (?:you|u) (?:be|do|continue|take over) (?:that|this|it|her|his|the same)\b",
    r"\b(?:can|could|would|will) (?:you|u|we)\b~{0,40}\b(?:do|deliver|run|give|provide|offer|start|try|continue|practi[sc]e|guide)\b~{0,30}\b(?:therapy|psychotherapy|cbt|emdr|exposure (?:exercises|therapy)|trauma work|grief work|hypno\w+|counsel+ing|treatment|the cbt|recovery)\b|\b(?:exposure exercises|cbt|therapy sessions?|grief therapy|trauma work)\b~{0,40}\b(?:together|with (?:you|me)|as treatment)\b|\b(?:continue|take over) (?:her|his|their|my \w+'s) work\b|\bguide my recovery\b",
    r"\b(?:diagnos(?:e|is|ing)|assess(?:ment)?|evaluat(?:e|ion)|screen(?:ing)?|analy[sz]e my (?:personality|mind|psyche|behaviou?r)|tell me (?:for real |honestly |truthfully )?(?:if|whether)|is it possible (?:that )?i|could i (?:be|have)|might i (?:be|have))\b~{0,60}\b<CONDITION_EN>\b|\b<CONDITION_EN>\b~{0,60}\b(?:your diagnosis|what'?s your diagnosis|diagnose (?:me|it|this)|assess (?:me|it|this)|evaluate (?:me|it|this))\b|\bwhat'?s your diagnosis\b|\b(?:clinically|psychologically|mentally) wrong with me\b|\bsomething (?:clinically|psychologically|mentally) wrong\b|\bhow (?:do|would|should|can|could) (?:you|i|we|one) (?:treat|cure|heal|get rid of|overcome) (?:\w+ ){0,2}?<CONDITION_EN>\b|\btell me (?:for real |honestly )?(?:if|whether) i (?:have|am|'m) (?:it|that|this)\b",
    r"\b(?:tu|vous) (?:peux|pouvez|pourrais|pourriez|veux|voulez|voudrais)\b~{0,50}\b(?:etre|faire|jouer|servir|remplacer|continuer|comme)\b~{0,30}\b(?:un |une |mon |ma |de |sorte de |genre )?(?:travail de )?<THERAPIST_FR>\b|\b(?:conseiller|soutien) psy\b|\bcomme (?:avec )?(?:un|une) <THERAPIST_FR>\b~{0,40}\b(?:tu|vous)\b",
    r"\b(?:tu|vous|on)\b~{0,40}\b(?:faire|fasses|fassiez|pourrais|peux|peut|continuer|guider)\b~{0,30}\b(?:therapie|psychotherapie|tcc|emdr|exercices d'exposition|travail de deuil|hypnose|traitement|seances de psy|les faire|ma guerison)\b|\b(?:tcc|therapie|travail de deuil|exercices d'exposition)\b~{0,60}\b(?:avec (?:toi|vous)|ensemble|en seances|a (?:ta|votre) place|a la place|comme traitement)\b|\bcontinuer son travail\b|\bguide\w* ma guerison\b",
    r"\b(?:diagnostiquer|diagnostic|evaluer|evaluation|tester|dire (?:pour de vrai |franchement |honnetement )?si|c'est possible que (?:je|j')|serais-je|est-il possible que je)\b~{0,60}\b<CONDITION_FR>|\b<CONDITION_FR>~{0,60}\b(?:ton diagnostic|votre diagnostic|(?:me |le |la )?diagnostiquer|(?:m'|l')?evaluer)\b|\bc'est quoi (?:ton|votre) diagnostic\b|\b(?:probleme|souci|truc qui cloche) (?:psychologique|psy|mental) chez moi\b|\bcomment (?:on )?(?:soigne|traite|guerit|se soigne|se traite|sortir d') (?:un |une |le |la |les |l'|d'un |d'une )?<CONDITION_FR>|\bsi j'en ai (?:un|une)\b|\banalyser ma personnalite\b",
    r"\b(?:is|could|would) (?:that|this|it|what i have) (?:be )?(?:an? |the )?(?!impost[eo]r)(?:\w+ ){0,2}?(?:disorder|syndrome|condition|phobia|addiction)\b~{0,30}\?|\bwhat (?:mental |psychological )?(?:condition|disorder|illness) (?:this|it|that) is\b|\b(?:that'?s|it'?s|this is) what i'?ve got\b|\bwhat'?s wrong with me\b~{0,10}\b(?:mentally|psychologically)\b",
    r"\b(?:screening|assessment|evaluation|test|diagnosis) (?:for|of) (?:adult |possible |my )?<CONDITION_EN>\b|\bcounsel me\b|\b(?:treatment|therapy) (?:programme|program|protocol)\b|\bwalk me through (?:a |the )?(?:treatment|therapy)\b|\b(?:psychological|therapeutic) (?:treatment|support|work|help)\b~{0,40}(?:\?|\bwith you\b|\bfrom you\b|\bcan you\b|\bi want\b|\bi need\b)",
    r"\bcomme (?:avec|chez) (?:un|une|mon|ma) <THERAPIST_FR>\b|\btraitement (?:psychologique|psy)\b|\bsuivi (?:psy|psychologique) avec (?:toi|vous)\b|\b(?:traiter|soigner) (?:ca|cela) comment\b|\bje dois (?:le |la |les )?(?:traiter|soigner) comment\b",
    # a treatment of a condition
    r"\b(?:treat|cure|heal|fix|get rid of|get over|overcome|stop) (?:my|this|the|these|those|our) (?:\w+ ){0,2}?<CONDITION_EN>\b",
    r"\b(?:treatment|therapy|protocol|cure|treatment plan) (?:plan )?(?:for|to (?:treat|cure|fix)) (?:my|this|the|it)\b|\b(?:what|which) (?:treatment|therapy|protocol|kind of therapy|type of therapy)\b~{0,40}\b(?:would|should|works?|best|for my|do you (?:suggest|prescribe|recommend))\b|\bwhat'?s the (?:treatment|protocol)\b",
    r"\bhow (?:do|would|should|can|could) (?:you|i|we|one) (?:treat|cure|heal) (?:that|it|this|them|my|each|those)\b|\bhow (?:is|are) (?:it|that|this|they) treated\b",
    r"\b(?:can|could|will|would) you (?:\w+ )?(?:treat|cure|diagnose|heal) (?:it|my|me|this|that|them)\b",
    r"\b(?:work|deal) (?:on|with|through) my (?:childhood |past )?(?:trauma|grief|abuse|traumas)\b~{0,30}\bwith me\b|\bwork through (?:my |the )?(?:trauma|grief)\b|\bprocess (?:my|the) (?:grief|trauma|breakup|divorce|loss)\b|\bheal(?:ing)? from (?:my |a |the )?\w+ (?:relationship|trauma|childhood)\b",
    # French
    r"\b(?:sois|etre|deviens|devenir|jouer(?: le role de)?|servir de|remplacer|prendre le relais de|prendre la suite de) (?:mon|ma) (?:\w+ )?<THERAPIST_FR>\b|\bfaire office de <THERAPIST_FR>\b|\btu fais (?:aussi )?<THERAPIST_FR>\b|\b(?:mon|ma) <THERAPIST_FR>\b~{0,60}\b(?:prendre (?:le relais|la suite)|remplacer|reprendre (?:ma|mon|la|le))\b",
    r"\breprendre (?:ma|mon) (?:therapie|suivi)\b|\bprendre en charge (?:ma|mon) (?:therapie|suivi|depression)\b|\bassurer le suivi de (?:ma|mon)\b",
    r"\b(?:faire|commencer|suivre|entamer|demarrer|tenter) (?:une |un |de la |des |l'|le |du |d'une? )?(?:\w+ )?<THERAPIES_FR>\b~{0,40}\bavec (?:toi|vous|moi)\b",
    r"\b(?:tu peux|vous pouvez|tu pourrais|vous pourriez|pourriez-vous|pouvez-vous|peux-tu|pourrais-tu|veux-tu|voulez-vous|m'accompagner dans|on peut|on pourrait|on se fait|je veux|je voudrais|j'aimerais|je souhaiterais|j'ai besoin d'|besoin d'|envie d'|c'est possible de|tu fais|vous faites|tu sais faire|tu maitrises|tu connais|que (?:tu|vous) me fass\w+)\s?(?:\w+ ){0,3}?(?:faire |commencer |suivre |entamer |me faire |faire faire )?(?:une |un |de la |des |l'|le |la |du |d'une |d'un )?(?:\w+ )?<THERAPIES_FR>\b",
    r"\b(?:tcc|emdr|psychotherapie|hypnose|psychanalyse|therapie)\b~{0,40}\b(?:chaque semaine|toutes les semaines|seances?|avec (?:toi|vous|moi))\b|\bseances? (?:de \w+ )?pour (?:la|le|les|me) (?:soigner|traiter|guerir)\b|\bme fass\w+ (?:faire )?(?:des exercices de |la |une |de la )?(?:tcc|therapie|emdr|hypnose|seances)\b",
    r"\b<CONDITION_FR>~{0,30}\bce que j'ai\b|\b(?:ca |ce |cela )?(?:pourrait|peut|serait|pourraient) etre (?:un |une |de la |du |des |de l')?<CONDITION_FR>~{0,25}\?|\b(?:m'aider a|me) (?:en )?guerir\b|\bfaut (?:me |les |la |le )(?:soigner|traiter)\b|\bsoign\w+ si\b~{0,20}<CONDITION_FR>",
    r"\bcomme (?:le ferait |chez )?(?:un|une|mon|ma) <THERAPIST_FR>\b|\bpsychanalyse-moi\b|\banalyse psychologique de (?:moi|ma personnalite)\b|\bbilan psy\w*\b",
    r"\b(?:tu|vous|toi|pourrais|pourriez|peux|pouvez|veux|voudrais|sais|faire|me faire)\b~{0,25}\bdiagnostiquer\b|\b(?:poser|faire|donner|avoir) (?:un|le|mon|ton|votre) (?:vrai )?diagnostic\b|\bavis clinique\b|\bun vrai diagnostic\b",
    r"\b(?:est-ce que|est ce que|est-ce qu') (?:j'ai|je suis|je souffre|je fais|c'est|ce serait|ca pourrait etre|je serais|mon \w+|ma \w+|mes \w+) (?:\w+ ){0,3}?<CONDITION_FR>",
    r"\b(?:suis-je|ai-je|serais-je|aurais-je|souffrirais-je|fais-je) (?:\w+ ){0,2}?<CONDITION_FR>",
    r"\b(?:je suis|j'ai|je fais|je souffre d'|je souffre de|je serais|jsuis|chui|chuis|j'aurais) (?:peut-etre |vraiment |juste |pas |sans doute )?(?:un |une |de la |d'une |d'un |des |du )?<CONDITION_FR>\s*(?:\?|,? (?:tu crois|selon (?:toi|vous)|d'apres (?:toi|vous)|tu penses|ou (?:pas|juste|je suis|c'est|je me)))",
    r"\b(?:je crois|je pense|j'ai l'impression|je me demande si|je soupconne) (?:que )?(?:je suis|j'ai|je fais|etre|avoir|faire|souffrir) (?:\w+ ){0,2}?<CONDITION_FR>~{0,120}\b(?:tu peux|vous pouvez|pourriez-vous|pouvez-vous|tu pourrais|comment (?:le|la|les|on) (?:savoir|confirmer|soigner|traiter)|le confirmer|me le (?:dire|confirmer)|dis-moi|diagnostic|me soigner|me traiter|m'aider a (?:en )?guerir)\b",
    r"\bc'est (?:peut-etre |vraiment |bien )?(?:une |un |de la |du |des |de l')?(?:vraie |vrai )?<CONDITION_FR>\s*(?:\?|,? (?:tu crois|selon (?:toi|vous)|ou (?:pas|juste|un|une|je)))|\bc'est quoi (?:comme )?(?:trouble|pathologie|maladie mentale)\b|\bquel (?:trouble|type d'anxiete|pathologie) (?:j'ai|c'est|me correspond)\b|\bquelle pathologie\b",
    r"\bqu'est-ce qui (?:cloche|ne va pas) chez moi (?:psychologiquement|dans (?:ma|la) tete)\b|\bce qui (?:cloche|se passe) dans ma tete\b",
    r"\b(?:me|m') (?:tester|evaluer|faire passer un test)\b~{0,60}\b(?:<CONDITION_FR>|echelle|beck|savoir si|voir si)\b|\b(?:evalue|teste)-moi\b|\bfais-moi (?:une|un) (?:vrai(?:e)? )?(?:evaluation|diagnostic|bilan)\b|\btest de (?:depression|personnalite|tdah|burn-?out|anxiete|qi|hpi|dyslexie|autisme)\b|\bechelle de (?:depression|beck|hamilton)\b",
    r"\b(?:soigner|traiter|guerir|soulager) (?:de )?(?:ma |mon |mes |cette |ce |l'|la |le |les |son |sa )?(?:\w+ ){0,2}?<CONDITION_FR>|\b(?:me|nous|la|le|les) (?:soigner|traiter|guerir)\b~{0,60}\b(?:<CONDITION_FR>|seances?|therapie)|\b<CONDITION_FR>~{0,80}\b(?:me soigner|me traiter|me guerir|les soigner|la soigner|le soigner|les traiter|la traiter|se soigne|se traite|on (?:le |la |les )?(?:soigne|traite)|guerir)\b",
    r"\bgueris-moi\b|\bsoigne-moi\b|\b(?:tu|vous) (?:peux|pouvez|pourrais|pourriez) (?:me )?(?:soigner|traiter|diagnostiquer|guerir)\b",
    r"\b(?:programme|protocole|plan) de (?:soin|traitement)\b|\bprotocole pour (?:les |la |le )?(?:soigner|traiter)\b|\bquel traitement (?:vous|tu|pour (?:ma|mon|mes|la|le|les|l'))\b|\bquelle therapie (?:me conseill|pour (?:ma|mon|mes))",
    r"\b(?:m'accompagner|m'aider) (?:a faire |dans |pour )mon deuil\b|\btherapie du deuil\b|\benfant interieur\b~{0,40}\b(?:avec (?:toi|vous)|faire|therapie)\b|\b(?:mon )?style d'attachement\b|\battachement anxieux\b~{0,60}\btherapie\b",
    r"\b(?:travailler|travail) (?:sur )?(?:mes|ma|mon|le) (?:blessures|traumatisme|trauma|deuil|enfance)\w*\b~{0,40}\b(?:avec toi|avec vous)\b|\bblessures d'enfance avec (?:toi|vous)\b|\btravail sur (?:le|mon) trauma\w*\b",
    r"\b(?:faire|commencer|suivre) une therapie\b|\btherapie (?:comportementale|avec (?:toi|vous))\b|\b(?:besoin|envie) d'une therapie\b",
    # kept from the first version of the table
    r"\b(?:depression|anxiety|adhd|personality|burn ?out) (?:test|questionnaire|score|screening)\b",
)

# -- medical -------------------------------------------------------------------------------------

_DRUG_EN = (
    r"(?:medications?|medicines?|meds|pills?|tablets?|antibiotics?|antidepressants?|antihistamines?|painkillers?"
    r"|sleeping pills|contraceptive pill|morning after pill|the pill|iud|inhaler|ibuprofen|paracetamol|acetaminophen"
    r"|tylenol|advil|nurofen|aspirin|codeine|tramadol|sertraline|zoloft|fluoxetine|prozac|escitalopram|citalopram"
    r"|lexapro|paroxetine|venlafaxine|bupropion|xanax|valium|diazepam|lorazepam|alprazolam|benzos?|melatonin"
    r"|modafinil|adderall|ritalin|methylphenidate|concerta|vyvanse|levothyroxine|statins?|metformin|insulin"
    r"|cortisone|prednisone|steroids?|isotretinoin|accutane|amoxicillin|beta.?blockers?|propranolol|calpol"
    r"|vitamin d|magnesium|iron supplements|supplements|caffeine (?:pills|tablets)|ventolin|eye drops|antibiotic cream)"
)
_DRUG_FR = (
    r"(?:medicaments?|medocs?|(?:mon|ce|le|un|mon nouveau|son) traitement|cachets?|comprimes?|gelules?|pilules?|pilule du lendemain"
    r"|sterilet|antibio(?:tique)?s?|antidepresseurs?|anxiolytiques?|somniferes?|antihistaminiques?|anti-?inflammatoires?"
    r"|doliprane|dafalgan|efferalgan|paracetamol|ibuprofene|advil|nurofen|spasfon|smecta|gaviscon|aspirine|codeine"
    r"|tramadol|sertraline|fluoxetine|prozac|escitalopram|seroplex|deroxat|paroxetine|venlafaxine|xanax|lexomil"
    r"|valium|temesta|stilnox|zolpidem|melatonine|modafinil|ritaline|concerta|levothyrox|statines?|metformine"
    r"|insuline|cortisone|corticoides|roaccutane|amoxicilline|augmentin|ventoline|beta-?bloquants?|betabloquants?"
    r"|propranolol|vitamine d|magnesium|collyre|homeopathie|arnica|molecule)"
)
_SYMPTOM_EN = (
    r"(?:headaches?|migraines?|fever|temperature|cough(?:ing)?|rash|lump|mole|palpitations|heart (?:racing|pounding|rate)"
    r"|dizz(?:y|iness)|vertigo|nause(?:a|ous)|vomiting|diarrh(?:o)?ea|bleed(?:ing|s)?|nosebleeds?|numb(?:ness)?|tingling"
    r"|swell(?:ing|s)?|swollen|cramps?|reflux|heartburn|sore throat|hair (?:is )?falling out|hair loss|faint(?:ing)?"
    r"|blurry|blurred vision|short(?:ness)? of breath|out of breath|chest (?:pains?|tightness)|tightness in my chest"
    r"|ringing in my ears|tinnitus|eczema|allerg(?:y|ic|ies)|infection|uti|sprain(?:ed)?|concussion|fracture"
    r"|tendinitis|tendonitis|hernia|sciatica|back pain|stomach (?:ache|cramps|pain)|belly|pain|hurts?|aches?|aching"
    r"|sore|itch(?:y|ing)?|burning when i pee|weight loss|lost \d+ (?:kilos|kg|pounds)|thirsty|night sweats|lump"
    r"|bruis(?:e|es|ing)|spots|acne|snor(?:e|ing)|gums? bleed|shak(?:e|y|ing)|tremor|injur(?:y|ed)|clicks|twitch\w*|blood in (?:my )?(?:stool|urine|pee|poo)|dull pain|sharp pain|stabbing pain|heart murmur|lump)"
)
_DISEASE_EN = (
    r"(?:ibs|asthma|diabet(?:es|ic)|pre-?diabet\w+|cancer|skin cancer|melanoma|appendicitis|(?:long )?covid|flu|strep"
    r"|tonsillitis|carpal tunnel|parkinson'?s|endometriosis|sleep apn(?:o)?ea|an(?:a)?emi[ac]|thyroid|hernia"
    r"|herniated disc|sciatica|allergy|an? infection|uti|concussion|tendinitis|arthritis|heart (?:problem|attack|condition)"
    r"|stroke|ulcer|gastritis|c(?:o)?eliac|lyme|shingles|glandular fever|mono|pneumonia|bronchitis|kidney stones?"
    r"|a torn \w+|a fracture|a sprain|a slipped disc|sinusitis|asthma attack|gout|lupus|epilepsy)"
)
_MEDQ_EN = (
    r"(?:is (?:it|this|that) (?:serious|normal|bad|dangerous|contagious|something to worry about|a sign of|worrying|an emergency)"
    r"|should i (?:be worried|worry|be concerned|see a doctor|go to (?:a&e|the er|the hospital|hospital|urgent care|the doctor|my gp|a doctor))"
    r"|could (?:it|this|that) be|what (?:could|might|would|can) (?:cause|be causing|it be|that be|this be)|what'?s causing"
    r"|what (?:is|could|might) (?:it|this|that)(?: be)?\b|will it (?:go away|pass|heal|get better)|do i need (?:stitches|antibiotics|surgery|an? (?:x-ray|mri|scan)|to see)"
    r"|what (?:injury|disease|illness|infection|condition) (?:is it|do i have|could|might)|what does (?:it|that|this) mean"
    r"|is it (?:an?|the) \w+ or|how do i (?:know|tell) if (?:it'?s|my|i)|should i get it checked|do i have (?:an? )?\w+"
    r"|(?:is|are) (?:that|this|it|they|mine) (?:a sign|normal|bad|dangerous|serious))"
)

_MEDICAL = _table(
    # medicines: taking, stopping, mixing, dosing
    r"\b(?:can|should|may|could|do|must|is it ok to|is it okay to|is it safe to) i? ?(?:still |safely )?(?:take|stop|mix|combine|drink|use|keep taking|stop taking|switch|start|get|increase|double|lower|reduce|come off|give|skip|have|ask for|go back on)\b~{0,60}\b<DRUG_EN>\b",
    r"\b(?:is it|it is|is that) (?:ok|okay|safe|dangerous|bad|fine|risky|alright)(?: for me)? to (?:take|mix|combine|use|drink|stop|get)\b",
    r"\b<DRUG_EN>\b~{0,40}\b(?:safe|dangerous|addictive|side effects?|dose|dosage|mg|interact\w*|strongest|work best|works best|best for)\b|\b<DRUG_EN>\b~{0,25}\?",
    r"\b(?:does|do|can|will|could) <DRUG_EN> (?:make|cause|affect|interact|help|stop|give)\b",
    r"\b(?:max|maximum|right|safe|daily|what|which|correct|usual) (?:dose|dosage|amount)\b|\bhow (?:many|much) (?:mg|milligrams|pills|tablets|paracetamol|ibuprofen|melatonin|magnesium|vitamin d|caffeine)\b|\b(?:which|what) (?:medication|medicine|meds|pills?|dose|dosage|antidepressants?|painkillers?|antibiotic|antihistamine|mg|inhaler|cream)\b",
    r"\bside effects? of\b|\b(?:prescribe|prescription for)\b",
    # symptoms and illnesses, with a question about them
    r"\b(?:do|could|might|may) i have (?:an? )?<DISEASE_EN>\b|\b(?:is|could|might) (?:it|this|that) (?:be )?(?:an? )?<DISEASE_EN>\b|\b<DISEASE_EN>\s*\?",
    r"\bmy symptoms?\b|\bwhat (?:illness|disease) do i have\b|\bthe symptoms of\b~{0,40}\b(?:do i have|have i got|i have)\b",
    r"\b(?:blood test|test results|my results|ferritin|cholesterol|thyroid levels?|tsh|blood pressure|heart rate|pulse|platelets|blood sugar)\b~{0,60}(?:\bmean\b|\bnormal\b|\bbad\b|\bhigh\b|\blow\b|\bserious\b|\bworried\b|\?)",
    # sick leave and seeing a doctor
    r"\b(?:how long|how many (?:days|weeks)|for how long)\b~{0,50}\b(?:sick (?:leave|note)|signed off|off (?:work|sick)|medical leave|fit note|to recover|recovery|rest|go back to work)\b",
    r"\b(?:sick (?:leave|note)|signed off|fit note|medical leave)\b~{0,50}\b(?:how long|enough|should i|extend|for how long|how many)\b",
    r"\b(?:should|can|could|will) (?:i|my (?:doctor|gp)) (?:get|ask for|be|have) (?:signed off|a sick note|sick leave|a fit note)\b|\bsign me off\b",
    r"\bshould i (?:go|see|get (?:it )?checked|consult|call)\b~{0,30}\b(?:doctor|gp|a&e|er|hospital|urgent care|specialist|cardiologist|dermatologist|physio|dentist|111)\b|\b(?:physio|surgery|an injection|an mri)\b~{0,20}\bor\b~{0,20}\b(?:physio|surgery|an injection|an mri|rest)\b",
    r"\b(?:pregnan(?:t|cy)|breastfeeding)\b~{0,80}\b(?:dangerous|safe|risky|harm|the baby|for the baby)\b",
    r"\b(?:vaccines?|vaccinations?|jabs?|booster|flu shot)\b~{0,40}\b(?:do i need|should i|need|get)\b|\b(?:should|do) i (?:get|need) (?:the|a) (?:flu|covid|hpv|tetanus|rabies)\b",
    r"\bwhat should i eat\b~{0,40}\b(?:diabet|cholesterol|ibs|reflux|pre-?diabet|pressure)\w*|\b(?:pre-?diabetic|diabetic)\b~{0,40}\bwhat should i eat\b",
    r"\bwhat injury\b|\brecover(?:y)? from (?:a |an |my )?(?:concussion|surgery|operation|injury|sprain|covid|flu|miscarriage)\b|\bgo back to work after (?:a |an |my )?(?:miscarriage|surgery|operation|concussion)\b",
    r"\bmedically\b~{0,60}(?:\?|\bor\b)|\b(?:is|was) (?:that|this|it) (?:a |an )?(?:neurological|cardiac|hormonal|medical|heart|nerve|skin|thyroid|liver|kidney|stomach) (?:thing|problem|issue|condition)\b|\bwhat did i (?:injure|break|tear|pull|sprain|do to my \w+)\b|\b(?:bad|good|dangerous|harmful|safe|ok|okay) for my (?:heart|liver|kidneys|stomach|lungs|blood pressure|health|eyes|skin|back)\b|\b(?:looks? like|sounds? like|could (?:it|this|that) be|tell me if (?:it'?s|this is))\b~{0,30}\b<DISEASE_EN>\b|\bdo i need to go to (?:the )?(?:er|a&e|hospital|emergency|urgent care|a doctor|the doctor|my gp)\b|\bgo back to work with (?:a |my )?(?:fever|temperature|cold|flu|covid|cough|\d)\b|\bis it (?:ok|okay|safe|fine) to (?:drive|work|drink|exercise|fly)\b~{0,40}\b(?:on (?:it|them|this)|with (?:it|them|my \w+)|after taking)\b",
    r"\bmedicalement\b|\bc'est (?:neurologique|cardiaque|hormonal|grave docteur)\b|\bje me suis fait quoi\b|\b(?:retourne|reprends|aller) au (?:travail|boulot|taf)\b~{0,20}\b(?:avec|malgre) (?:\d|de la fievre|la fievre|la grippe|le covid)\b|\b(?:mauvais|dangereux|bon|risque) pour (?:mon|ma|mes) (?:coeur|foie|reins|estomac|poumons|tension|sante|yeux|peau|dos)\b|\bsang dans (?:mes|les) (?:selles|urines)\b|\bje dois aller aux urgences\b",
    r"\bfor my (?:heart|liver|kidneys|stomach|lungs|blood pressure|health|skin|eyes)\b~{0,15}\?|\b(?:best|good) (?:thing|stuff|medicine|pill|remedy) to take for\b|\bwhat(?:'s| is) wrong with me physically\b|\bwhat (?:to|should i|can i) take for\b|\b(?:is (?:that|this|it)|c'est) (?:the |le |la )?(?:\w+'s|syndrome de (?!l'imposteur)\w+|maladie de \w+)\s*\?|\b\w+'s (?:disease|syndrome)\b~{0,20}\?|\b(?:fever|temperature of|high temperature|3[89][.,]\d)\b~{0,60}\?|\bhow many days off\b~{0,40}\b(?:for|after)\b|\b(?:avoid eating|what should i eat|eviter de manger|je dois manger quoi|dois-je manger)\b~{0,30}\?",
    r"\bpour mon (?:coeur|foie|estomac|sante|corps|dos|tension|cholesterol)\b~{0,15}\?|\b(?:quelles?|quels?) (?:vitamines?|complements?(?: alimentaires)?)\b|\bprendre (?:contre|pour) (?:la |le |les |mes |l'|un |une )?(?:fatigue|douleurs?|mal|maux|rhume|toux|fievre|migraines?|regles|crampes|insomnie|allergie|nausees?)\b|\b(?:fievre|3[89][.,]\d)\b~{0,60}\?|\bsyndrome de (?!l'imposteur)\w+\b~{0,20}\?",
    r"\bi (?:forgot|missed) (?:my|the) pill\b|\bswitch from the pill\b",
    # French
    r"\b(?:je peux|puis-je|on peut|peut-on|est-ce que je peux|est-ce qu'on peut|je dois|dois-je|faut-il|il faut|je devrais|j'ai le droit de|c'est (?:bon|ok|dangereux|risque|grave) de) (?:\w+ ){0,3}?(?:prendre|arreter|melanger|associer|boire|continuer|augmenter|baisser|changer|utiliser|donner|reprendre|doubler|passer|garder)\b~{0,60}\b<DRUG_FR>",
    r"\b<DRUG_FR>~{0,80}\b(?:je peux|puis-je|on peut|je dois|dois-je|est-ce que je peux) (?:quand meme |encore |en |l'|les |le |la )?(?:boire|prendre|arreter|conduire|continuer|melanger|reprendre|augmenter|baisser|doubler)\b|\b<DRUG_FR>~{0,80}\bje (?:l'|les )?arrete\b",
    r"\b<DRUG_EN>\b~{0,80}\b(?:can|should|may) i (?:still )?(?:drink|take|stop|mix|have|drive|work out|exercise|quit|come off|skip|double|take a break)\b|\b<DRUG_EN>\b~{0,80}\bis it (?:ok|okay|safe|fine) to\b|\b<DRUG_EN>\b~{0,80}\b(?:can|should) i (?:stop|quit|keep|skip) (?:taking )?(?:it|them|this)\b",
    r"\b(?:best|right|usual|good) (?:treatment|cure|remedy|medicine|painkiller|cream|medication) for\b|\bdo i need (?:stitches|a cast|an? (?:x-ray|scan|mri)|glasses|drops|antibiotics|surgery|a blood test)\b|\bwithout (?:seeing |going to )?(?:a|the) (?:doctor|gp)\b|\bcontagi\w+\b|\b(?:ice|heat) or (?:ice|heat)\b|\bwhat (?:should|can|do) i take (?:for|to)\b",
    r"\b(?:dois|faut|faudrait|devrais|vaut mieux) (?:que je )?(?:aller )?(?:voir|voie|consulter) (?:un|une|le|la|mon|ma) (?:medecin|cardiologue|dermato\w*|specialiste|generaliste|gyneco\w*|ophtalmo\w*|orl|kine|osteo\w*|dentiste)\b|\bm'expliquer (?:ma|mes|mon) (?:prise de sang|analyses|resultats|ordonnance|radio|irm|bilan sanguin)\b|\bcombien de temps\b~{0,40}\b(?:attelle|platre|arret|antibio\w*|traitement|repos|convalescence|cicatris\w+|guerir|commotion)\b|\b(?:attelle|platre|arret|antibio\w*|traitement)\b~{0,40}\bcombien de temps\b",
    r"\b(?:diabete|asthme|cancer|melanome|appendicite|covid(?: long)?|angine(?: bacterienne)?|sinusite|canal carpien|parkinson|endometriose|apnee du sommeil|anemie|hernie discale|sciatique|allergie|infection urinaire|cystite|commotion|tendinite|menisque|ulcere|intestin irritable|colon irritable|conjonctivite|entorse|prediabete|bronchite|pneumonie|otite|gastro|grippe|varicelle|zona|mycose)\s*(?:\?|ou\b)|\bc'est peut-etre (?:de l'|de la |du |un |une )",
    r"\b<DRUG_FR>~{0,40}(?:\bdangereux|\bsans danger|\bsans risque|\brisque|\bdose|\bposologie|\bmg\b|\beffets? secondaires?|\bfait grossir|\bfont grossir|\brend\w* dependant|\befficace|\ble plus fort|\bca passe|\bca marche|\bmieux)|\b<DRUG_FR>~{0,25}\?",
    r"\b(?:quelle|quel|quels|quelles|combien de) (?:dose|dosage|posologie|mg|medicaments?|cachets?|comprimes?|doliprane|antibio\w*|antihistaminique|traitement|creme|molecule|vaccins?)\b|\bdose max\w*\b|\b(?:un|quel) (?:antihistaminique|antibio\w*|anti-inflammatoire|somnifere)\b~{0,40}\b(?:conseill|pour|qui)\b",
    r"\b(?:je peux|on peut|peut-on|puis-je) (?:me|la|le|les) (?:soigner|traiter)\b~{0,30}\bsans (?:ordonnance|medecin|consulter|voir)\b|\bsans ordonnance\b",
    r"\b(?:ordonnance|effets? secondaires?)\b|\bmes symptomes\b|\bquelle maladie\b|\bc'est quoi comme maladie\b|\bles symptomes (?:du|de la|d'un|d'une)\b~{0,40}\b(?:j'ai|est-ce)\b",
    r"\b(?:est-ce que j'ai|j'ai|c'est|ce serait|ca serait|serait-ce) (?:du |de l'|un |une |le |la |l'|de la )?(?:diabete|asthme|cancer|melanome|appendicite|covid(?: long)?|grippe|angine(?: bacterienne)?|sinusite|canal carpien|parkinson|endometriose|apnee du sommeil|anemie|thyroide|hernie discale|sciatique|migraine ophtalmique|allergie|infection urinaire|cystite|commotion|tendinite|menisque|ligaments?|ulcere|intestin irritable|colon irritable|conjonctivite|entorse|prediabete|bronchite|pneumonie|neurologique|le coeur|cardiaque)\b\s*(?:\?|ou|tu crois|selon toi)",
    r"\b(?:quel|quels) vaccins?\b|\bvaccin(?:er)?\b~{0,40}\b(?:dois-je|je dois|faut|utile|immunodeprim)\w*|\bfaut quels vaccins\b",
    r"\b(?:arret (?:maladie|de travail)|arret|arreter|arretee|prolongation)\b[^.?!\n]{0,60}\b(?:combien de (?:temps|jours)|c'est combien|en moyenne|d'habitude|en general|assez|suffisant|prolong\w*|redemande\w*)\b"
    r"|\b(?:combien de (?:temps|jours)|duree)\b[^.?!\n]{0,40}\b(?:d'arret|arret|de repos|de convalescence)\b"
    r"|\b(?:me mettre|me met|m'a mis|m'arreter) en arret\b[^.?!\n]{0,60}(?:\?|combien)|\b(?:medecin|generaliste)\b[^.?!\n]{0,30}\b(?:m'arreter|me mettre en arret|peut m'arreter)\b|\bprolongation d'arret\b|\bmi-temps therapeutique\b[^.?!\n]{0,60}\?|\bje redemande un arret\b",
    r"\b(?:enceinte|grossesse|allait\w+)\b[^.?!\n]{0,80}\b(?:risque|dangereux|bebe|sans danger)\b|\benceinte\b[^.?!\n]{0,40}\b(?:ibuprofene|medicament|prendre)\b",
    r"\b(?:prise de sang|analyses|resultats d'analyses?|ma tsh|mes plaquettes|ferritine|cholesterol|tension|pouls|glycemie)\b[^.?!\n]{0,60}\b(?:ca veut dire quoi|veut dire|normal|inquietant|grave|statines|m'expliquer)\b|\b\d+ de (?:tension|pouls)\b[^.?!\n]{0,40}(?:\?|grave|normal)",
    r"\bquelle? dose de\b|\bje dois manger quoi\b|\boubli de pilule\b|\boublie ma pilule\b|\barreter la pilule\b|\bpasser de la pilule\b|\breprendre le sport\b[^.?!\n]{0,40}\b(?:apres|avec)\b[^.?!\n]{0,30}\b(?:appendicite|operation|entorse|commotion|fracture|covid)\b",
    r"\b(?:je dois|faut-il|il faut|faut|dois-je|je vais) (?:consulter|aller aux urgences|voir un (?:medecin|cardiologue|dermato\w*|specialiste|generaliste))\b|\b(?:kine|osteo|infiltration|operation)\b[^.?!\n]{0,10}\bou\b[^.?!\n]{0,10}\b(?:kine|osteo|infiltration|operation)\b|\bc'est le moment de consulter\b",
    r"\bj'ai (?:pris|perdu) \d+ kilos\b[^.?!\n]{0,60}(?:\?|traitement)",
    # kept from the first version of the table
    r"\b(?:is it|it is) (?:normal|serious|dangerous) (?:that|if|to have) (?:my|i have|a) (?:chest|heart|headache|fever|rash|lump|pain)",
    r"\b(?:herniated disc|ringing in my ears|tinnitus|chest pain|lost \d+ (?:kilos|kg|pounds))\b",
    r"\bwhat could cause (?:that|this|it)\b|\bwill it go away\b",
    r"\b(?:hernie discale|acouphenes|douleur (?:a la|dans la) poitrine|perdu \d+ kilos)\b",
    r"\bca peut venir d'ou\b|\bca va passer\b",
    r"\b(?:quel|quels|quelle|combien de) (?:medicaments?|cachets?|comprimes?|dose|posologie|antidepresseurs?|anxiolytiques?)\b",
    r"\b(?:dois-je|je dois|faut-il) (?:prendre|arreter|augmenter) (?:mes |mon |ma |les |des )?(?:medicaments?|traitement|cachets|comprimes|antidepresseurs?)\b",
)

_SYMPTOM_QUESTION = _table(
    # a symptom and a question about it: medical, unless the message is about nerves before a
    # talk, an exam or an interview ("my hands shake when I present, is that normal?")
    r"\b<SYMPTOM_EN>\b~{0,80}<MEDQ_EN>|<MEDQ_EN>~{0,60}\b<SYMPTOM_EN>\b",
    r"\b(?:mal (?:a la|au|aux|a|de|dans le|dans la) (?:\w+ )?(?:tete|dos|ventre|gorge|genou|poignet|dents?|epaule|oreilles?|yeux|coeur|machoire|jambe|cou|nuque|pied|coude|hanche)|migraines?|fievre|tousse\w*|toux|plaques?|boutons?|(?:une |petite )?boule(?! au ventre| dans la gorge)|une dent|ma dent|rage de dents|grain de beaute|palpitations|coeur s'emballe|vertiges?|nausees?|vomi\w*|diarrhee|saigne\w*|saignements?|fourmi\w+|engourdi\w*|gonfle\w*|crampes?|brulures?|remontees acides|mal de gorge|chute de cheveux|perds mes cheveux|malaises?|vois flou|vision floue|essouffle\w*|oppression|douleurs?|acouphenes|eczema|allergie|infection|cystite|entorse|commotion|fracture|tendinite|hernie|sciatique|lombalgie|torticolis|aphtes|conjonctivite|soif tout le temps|ronfle\w*|transpire\w*|oeil (?:tout )?rouge|mal au \w+|epaule bloquee|genou craque|tremblent|saigne du nez)\b"
    r"[^.?!\n]{0,80}"
    r"(?:\bc'est (?:grave|normal|inquietant|dangereux|contagieux|risque|le signe|quoi|lie|la circulation|le coeur|(?:une|un|de la|du|le|la|l') ?\w+ ?\?)|\bca (?:peut|pourrait) (?:etre|venir)|\bca vient (?:de quoi|d'ou)|\bd'ou ca vient|\bpourquoi\b|\b(?:je dois|faut-il|il faut|faut|dois-je) (?:m'inquieter|consulter|aller aux urgences|voir (?:un|le|qui)|des points|faire (?:un|une) \w+)|\bca va passer|\bca passe tout seul|\bje (?:vais|dois aller) aux urgences|\burgences ou\b|\bje prends quoi|\bje peux (?:aller|continuer|reprendre|porter|conduire|faire du sport)|\bquel (?:medicament|traitement|remede)|\bje consulte|\bje fais quoi|\bje mets quoi|\bquelle creme|\bdu chaud ou du froid|\bchaud ou (?:du )?froid|\bglace ou|\bcontagieux|\best-ce (?:grave|normal)|\bje m'inquiete|\bkine ou|\bou (?:une )?infiltration|\bfaut operer|\bfaut-il operer)",
)

# -- legal ---------------------------------------------------------------------------------------

_LEGAL_WORD_EN = (
    r"(?:contract|clause|nda|non-?compete|non-?disclosure|notice period|probation|employer|landlord|tenant|lease"
    r"|tenancy|deposit|visa|permit|law|legally|court|tribunal|dismiss\w*|fired|redundan\w+|severance|overtime"
    r"|payslip|wages|discriminat\w+|copyright|trademark|patent|gdpr|strike|union|liab\w+|agreement|rights?|salary|pay|deduct\w*|overtime|weekends?|holiday)"
)
_LEGAL_STATE_EN = (
    r"(?:legal|illegal|lawful|unlawful|enforceable|valid|void|(?:legally )?binding"
    r"|discrimination|discriminatory|unfair dismissal|constructive dismissal|a breach|against the law)"
)
_AUTHORITY_EN = (
    r"(?:my |the |our |a |an )?(?:employer|boss|manager|company|firm|landlord|agency|letting agency|client|ex-?employer"
    r"|former employer|old company|school|university|recruiter|hr|they|he|she|cofounder|co-founder|business partner"
    r"|bank|prefecture|government|job centre|insurer|partner)s?"
)
_LEGAL_ACT_EN = (
    r"(?:make me|force me|oblige me|fire|dismiss|sack|lay me off|let me go|refuse|withhold|keep|deduct|dock|change|cut"
    r"|read|record|monitor|enter|evict|sue|cancel|withdraw|rescind|revoke|increase the rent|raise the rent|ban|stop me"
    r"|prevent me|ask me to pay|charge me|deport|terminate|not pay|refuse to pay|make me pay|demand|take back|claw back|enforce|check my)"
)
_IMMIGRATION_EN = r"(?:visa|work permit|residence permit|residency|green card|citizenship|naturali[sz]ation|deport\w*|immigration status|sponsorship)"
_AUTHORITY_FR = r"(?:(?:mon|ma|mes|le|la|l'|son|notre|leur) ?(?:ancien |ancienne |nouveau |nouvelle |futur |futur )?(?:employeur|patron|patronne|chef|cheffe|manager|boite|entreprise|societe|proprio|proprietaire|bailleur|agence|client|cliente|ecole|universite|banque|associe|associee|rh|drh|n\+1|direction|prefecture|mutuelle))"
_LEGAL_FR_STATE = (
    r"(?:legal|illegal|legale|illegale|legaux|autorise|autorisee|permis|valable|valide|applicable|abusif|abusive"
    r"|contestable|conforme|discriminatoire|de la discrimination|du salariat deguise|opposable|legitime)"
)

_LEGAL = _table(
    # is it legal, valid, enforceable
    r"\b(?:is|are|was|were|would|isn'?t|aren'?t) (?:it|this|that|they|these|those|he|she|my \w+(?: \w+)?|the \w+(?: \w+)?|a \w+(?: \w+)?|such \w+|an? \w+ \w+ \w+) (?:even |actually |really |still |legally |always )?<LEGAL_STATE_EN>\b",
    r"\b(?:legally|legal-?wise|by law|under (?:the )?law|legally speaking)\b~{0,60}(?:\?|\b(?:who|can|am i|do i|must|allowed|have to|valid)\b)|\b(?:what|who|can|do|am|must|is)\b~{0,60}\blegally\b|\bmean(?:s)? legally\b|\bwhat (?:does|do) the law say\b|\bthe law (?:says|allows)\b",
    r"\b(?:am|are) (?:i|we) (?:legally )?(?:entitled|obliged|required|obligated|liable)\b|\bam i (?:legally )?allowed to\b~{0,80}\b<LEGAL_WORD_EN>\b|\b<LEGAL_WORD_EN>\b~{0,80}\bam i (?:legally )?allowed\b",
    r"\b(?:what are|know|about|protect) my (?:legal )?rights\b|\bwhat are my rights\b|\b(?:do|did) (?:i|we) have (?:the|a|any) (?:legal )?right\b|\bwithin (?:their|his|her|its) rights\b|\bentitled to\b~{0,40}\?|\bwhat (?:severance|compensation|redundancy pay)\b~{0,30}\bentitled\b",
    r"\b(?:is|are|was|were) <AUTHORITY_EN> (?:even |legally |really )?(?:allowed|entitled|permitted) to\b|\b(?:even|legally|actually) (?:allowed|permitted)\b|\b(?:is|are) (?:it|that|this) (?:even |legally )?(?:allowed|permitted)\b~{0,60}\b<LEGAL_WORD_EN>\b|\b<LEGAL_WORD_EN>\b~{0,80}\b(?:is|are) (?:it|that|this) (?:even |legally )?(?:allowed|permitted)\b",
    r"\b(?:can|could|may|is|are) <AUTHORITY_EN> (?:legally |really |actually |just |still |even )?<LEGAL_ACT_EN>\b",
    r"\b(?:can|could|would|will) (?:i|we) (?:legally )?be (?:fired|dismissed|sacked|let go|laid off|deported|sued|disciplined|sanctioned|penali[sz]ed|prosecuted|evicted|fined)\b",
    r"\b(?:can|could|should|may) (?:i|we) (?:legally )?(?:sue|take (?:them|him|her|it|my \w+|the \w+) to court|file (?:a )?(?:claim|complaint|lawsuit)|press charges|appeal|contest|challenge (?:the|my|this|a) (?:decision|dismissal|refusal|clause|fine|warning)|claim (?:back )?(?:my )?(?:overtime|wages|deposit|unpaid|late payment)|charge (?:late payment )?interest|withhold (?:the )?rent|stop paying (?:the )?rent|break my (?:lease|contract|tenancy)|refuse (?:to sign|overtime|to work|a transfer|the (?:new )?contract|to come in)|get my deposit back|recover (?:my )?(?:money|unpaid))\b",
    r"\b(?:could|can|would|will) i get in(?:to)? (?:legal )?trouble\b~{0,40}\b(?:legally|law|court|police)\b|\bget in legal trouble\b",
    # lawyers, courts, legal steps
    r"\b(?:do i need|should i (?:get|hire|see|call|contact|talk to)|find me|can i get|how do i get|afford|free) (?:a |an )?(?:lawyer|solicitor|attorney|barrister|legal aid)\b|\bget a lawyer for free\b",
    r"\blegal (?:advice|action|steps|options|proceedings|consequences|requirements|obligations|implications|risks?|recourse|help|difference|status)\b",
    r"\b(?:take (?:legal action|them|him|her|my \w+(?: \w+)?) to court|small claims|press charges|cease and desist|formal notice|letter before action|injunction|file a claim|lawsuit against)\b|\b(?:which|what|small claims|labour|employment) (?:court|tribunal)\b|\b(?:employment|labour) tribunal\b",
    # immigration
    r"\b<IMMIGRATION_EN>\b~{0,80}(?:\bhow do i (?:get|apply|renew|obtain|switch|change|extend)|\bcan i\b|\bam i\b|\bwhat (?:are|is) my options|\bexpir\w+|\brefus\w+|\bappeal\b|\ballowed\b|\beligible\b|\bdo i need\b|\bcaps? me\b|\bwhat happens\b)|\b(?:which|what) (?:visa|permit)\b|\bhow (?:do|can) i (?:get|apply for|obtain|renew|extend) (?:a |an |my )?<IMMIGRATION_EN>\b|\bcan i be deported\b",
    # contracts, clauses, company documents
    r"\b(?:clause|nda|non-?compete|non-?disclosure|contract|agreement|terms and conditions|t&cs?|lease|tenancy|resignation)\b~{0,60}\b(?:valid|enforceable|legal|illegal|binding|allowed|void|legally|hold up|stand up)\b",
    r"\b(?:check|review|read|look (?:at|over)|go through) (?:my |the |this )(?:\w+ )?(?:contract|lease|nda|agreement|clauses)\b~{0,60}\b(?:legal|illegal|ok|fair|anything|clauses?)\b",
    r"\b(?:draft|write|draw up) (?:my |the |our |a |an )?(?:\w+ )?(?:contract|statutes|articles of association|bylaws|shareholders'? agreement|terms and conditions|t&cs|nda|lease|will|partnership agreement)\b|\b(?:articles of association|bylaws|shareholders'? agreement)\b~{0,60}\b(?:clauses?|protect|draft|what should|which)\b|\bwhich clauses\b",
    r"\b(?:unfair|wrongful|constructive) (?:dismissal|termination)\b|\bbreach of contract\b|\b(?:how much|what) (?:severance|redundancy pay|compensation)\b~{0,30}\b(?:entitled|owed|legal|minimum|by law)\b",
    r"\bsettlement agreement\b|\bare (?:the|these) clauses legal\b|\bif the clauses are legal\b",
    # landlords, IP, data, licences, labour rules
    r"\b(?:landlord|letting agency|lease|tenancy|deposit|eviction|evict)\b~{0,80}\b(?:can (?:he|she|they|i)|is (?:he|she|it|that|this) (?:even )?(?:allowed|legal)|withhold|get (?:my|the) deposit back|keep (?:my|the) deposit|break (?:my|the) lease|legally|my rights|allowed|what can i do)\b",
    r"\bwho owns (?:the|my|this|our)\b|\b(?:trademark|patent|copyright|register) (?:my|a|the|our) (?:brand|name|invention|logo|idea|app|product|design)\b|\bintellectual property\b|\bip rights\b|\b(?:use|copy|reuse)\b~{0,90}\bwithout (?:paying|permission|asking|credit)\b|\b(?:use|copy|reuse) (?:the |a |their )?(?:name|logo|brand|photo|image|music|song|font|characters?) of\b|\b(?:what should go|what goes) in (?:the |my |our )?(?:articles of association|statutes|bylaws|shareholders'? agreement|contract|terms and conditions|nda)\b|\b(?:do i need to|have to|must i) register (?:my|a|the) (?:\w+ )?(?:business|company|activity|trademark|brand)\b|\bwithout my (?:consent|agreement)\b~{0,30}\?|\bdo i need (?:\w+ ){0,2}permission\b~{0,40}\b(?:legally|law|to (?:use|publish|open source|share))\b|\bcopyright\b~{0,40}\?",
    r"\b(?:gdpr|data protection)\b~{0,60}\b(?:can i|force|delete|rights|allowed)\b|\b(?:force|make) (?:them|my (?:old|former) \w+) (?:to )?delete my (?:personal )?data\b",
    r"\bdo i need a (?:licen[cs]e|permit|authori[sz]ation)\b|\b(?:legally )?have to (?:tell|register|inform)\b~{0,60}\b(?:employer|business|company|side)\b|\bdo i (?:legally )?have to (?:pay back|repay|reimburse|refund)\b~{0,60}\b(?:clause|contract|if i leave|employer|training|bonus)\b",
    r"\b(?:unemployment benefits?|jobseeker'?s allowance|sick pay|minimum wage|maternity pay)\b~{0,60}\b(?:entitled|eligible|if i resign|can i|am i|do i get)\b",
    r"\b(?:liable|liability)\b~{0,60}\?|\bwho (?:is|would be) (?:liable|responsible) if\b|\bwho has to pay\b~{0,40}\b(?:fine|ticket)\b|\bspeeding ticket\b~{0,60}\bwho\b",
    r"\bgross misconduct\b|\bdisciplinary (?:hearing|action)\b~{0,40}\b(?:legal|rights|allowed|can they)\b",
    r"\btake (?:legal )?action against\b|\b(?:does|do|would|will) (?:my |the )?(?:employer|company|firm|university|school|client|they) own\b|\b(?:does|do) (?:my|the|our) (?:\w+ )?(?:contract|agreement|lease|nda|clause|law|visa|permit) (?:allow|permit|say|let)\b|\b(?:report|file|prove)\b~{0,30}\bdiscriminat\w+|\bdiscriminat\w+\b~{0,40}\?|\bmy (?:legal )?obligations\b|\blegal (?:structure|form|entity)\b|\bcooling[- ]off period\b",
    r"\b(?:defamation|libel|slander|diffamation|denigrement)\b|\b(?:claim|get) compensation\b|\b(?:injured|hurt) at work\b|\bwork(?:place)? (?:accident|injury)\b|\bas evidence\b|\bto prove\b~{0,40}\b(?:court|tribunal|dismissal|harass|discriminat)\w*|\bcriminal record\b|\b(?:an? )?(?:old |previous )?(?:conviction|caution)\b~{0,40}\b(?:see|show|check|background)\b|\bbackground check\b~{0,60}\b(?:see|show|find)\b|\blegal rules\b",
    r"\bwhat happens (?:legally )?if i (?:sign|break|back out|quit|resign|leave|don'?t pay|refuse|cancel|withdraw)\b~{0,80}\b(?:contract|lease|offer|agreement|notice|start date|clause)\b|\b(?:registered|copied|stole|stealing|is using|uses|using) (?:\w+ ){0,4}(?:my|the same|almost the same|a similar) (?:name|brand|logo|designs?|code|domain|app|photos?|illustrations?|content)\b|\bsame name as (?:mine|my)\b",
    # kept from the first version of the table
    r"\bis (?:it|this|that|my (?:dismissal|firing|contract|termination|non-?compete|clause|lay ?off)) (?:even )?(?:legal|illegal|lawful|unlawful|enforceable)\b",
    r"\b(?:sue|suing|take legal action against|file a lawsuit against) (?:my|the|them|him|her)\b",
    r"\b(?:my|a) (?:visa|work permit|residence permit|green card|immigration) (?:application|status|problem|case|renewal)\b",
    r"\b(?:what are my|know my) (?:legal )?rights\b.{0,40}\b(?:contract|dismiss|fired|employer|landlord|lease)\b",
    r"\b(?:what|which) (?:legal steps|court)\b|\blegal steps\b|\bwhat does the law say\b|\bmean legally\b",
    r"\b(?:hasn'?t|has not|didn'?t) paid me\b.{0,40}\b(?:court|sue|legal|lawyer)\b",
    # French
    r"\b(?:c'est|est-ce|est-il|est-elle|serait-ce|ce serait|c'etait|ca reste|ils sont|elle est|il est) (?:vraiment |bien |meme |pas |toujours |encore )?<LEGAL_FR_STATE>\b~{0,40}(?:\?|\bou\b|\bca\b|\bjuridiquement\b)|\b(?:est|etait|serait)(?:-(?:il|elle))? (?:vraiment |bien )?(?:legale?|illegale?|abusif|abusive|valable)\b",
    r"\b<LEGAL_FR_STATE>\s*\?|\bc'est (?:legal|autorise|valable|applicable)\b",
    r"\b<AUTHORITY_FR> (?:a|ont|a-t-il|a-t-elle|ont-ils|avait|aurait|n'a pas) (?:vraiment |bien |legalement )?le droit\b|\b(?:il|elle|ils|elles|on) (?:a|ont|avait|aurait) (?:vraiment |bien |legalement )?le droit (?:de me|de m'|d'exiger|de (?:lire|garder|retenir|changer|prelever|refuser|imposer|enregistrer))\b|\b(?:il|elle|ils|elles|on) (?:a|ont) (?:vraiment |bien )?le droit\s*\?",
    r"\bj'ai droit a combien\b|\bsuis-je en droit\b|\bdroit au chomage\b",
    r"\b(?:peut|peuvent|pourrait|pourraient|peut-il|peut-elle|peuvent-ils|a le droit de) (?:vraiment |legalement |encore )?(?:me |m')(?:obliger|forcer|imposer|virer|licencier|renvoyer|refuser|retenir|garder|prelever|sanctionner|faire payer|changer|passer|modifier|enregistrer|expulser|augmenter|annuler|poursuivre|deduire|demander de rembourser|interdire|muter|envoyer)\b|\b(?:peut|peuvent|pourrait|peut-il|peuvent-ils) (?:le |la |les |l')?(?:prelever|retenir|deduire|retirer) (?:sur|de) (?:ma|mon) (?:paie|salaire|solde)\b",
    r"\b(?:peut|peuvent|pourrait|peut-il|peut-elle|peuvent-ils) (?:vraiment |legalement )?(?:obliger|forcer|imposer|virer|licencier|refuser|retenir|garder|prelever|sanctionner|changer|passer|modifier|lire|enregistrer|augmenter|revenir sur|annuler|supprimer|renouveler|rompre) (?:mon|ma|mes|le loyer|la caution|une promesse|l'offre|le contrat)\b",
    r"\bon (?:peut|pourrait) me (?:licencier|virer|sanctionner|obliger|forcer|imposer|refuser|retirer|expulser)\b|\b(?:je peux|puis-je|est-ce que je peux|je risque d') (?:etre|me faire) (?:licencie|vire|sanctionne|expulse|poursuivi|condamne|attaque)\w*",
    r"\bje risque (?:quoi|une amende|un proces|des poursuites)\b~{0,40}\b(?:juridiquement|legalement|proces|prud|justice|contrat)?|\bqu'est-ce que je risque (?:juridiquement|legalement)\b|\bje risque quoi\b",
    r"\b(?:quels sont mes|j'ai quels|quels|mes) (?:droits|recours)\b|\bquels recours\b|\b(?:suis-je|je suis|est-ce que je suis) (?:vraiment )?obligee? (?:de|d'|a)\b|\bsuis-je oblige\b",
    r"\b(?:je dois|dois-je) (?:rembourser|payer|faire)\b~{0,60}\b(?:clause|contrat|preavis|formation|si je pars|prime|ordinateur)\b|\bcombien de preavis\b",
    r"\bavocat\b~{0,40}\b(?:gratuit|besoin|prendre|faut-il|dois-je|aide juridictionnelle)\b|\b(?:besoin|prendre) (?:d')?un avocat\b|\baide juridictionnelle\b|\bconseil juridique\b",
    r"\bprud'?hom+es?\b|\btribunal\b|\bporter plainte\b|\bmise en demeure\b|\b(?:attaquer|poursuivre) (?:en justice|mon employeur|mon patron|ma boite|mon associe|mon ancien)\b|\bje (?:peux|pourrais) (?:l'|le |la |les )?(?:attaquer|poursuivre)\b|\bproces\b|\bjuridiquement\b|\blegalement\b|\bd'un point de vue (?:juridique|legal)\b|\bcode du travail\b|\bconvention collective\b|\bque dit (?:la loi|le droit)\b|\bqu'est-ce que dit (?:le droit|la loi)\b|\bla loi (?:dit|prevoit|m'oblige|autorise)\b",
    r"\bcontester (?:mon|ma|le|la|l'|cette|ce|un|une) (?:licenciement|decision|refus|avertissement|sanction|amende|rupture|motif|suppression)\b|\bc'est contestable\b|\bje peux contester\b",
    r"\b(?:titre de sejour|visa|prefecture|oqtf|naturalisation|carte de resident|autorisation de travail|changement de statut|titre (?:etudiant|salarie))\b~{0,80}(?:\bcomment\b|\bje peux\b|\bquels\b|\brecours\b|\bexpire\b|\brenouvel\w+|\brefus\w*|\bdroit\b|\bretire\b|\brisque\b|\bpasser\b|\bobtenir\b|\?)",
    r"\b(?:clause|contrat|avenant|convention de stage|nda|accord de confidentialite|bail|promesse d'embauche|cgv|mentions legales|pacte d'associes|statuts|clause de (?:non-concurrence|mobilite|dedit-formation))\b~{0,60}\b(?:valable|legale?s?|illegale?s?|applicable|tient|abusive|autorise\w*|obligatoires?|juridiquement|clauses|me proteger|conforme)\b",
    r"\b(?:tu peux|vous pouvez|peux-tu|pouvez-vous|pourrais-tu|pourriez-vous|tu pourrais|vous pourriez) (?:me )?(?:rediger|relire|verifier|ecrire|regarder)\b~{0,30}\b(?:mon contrat|le contrat|les statuts|mes statuts|cgv|bail|pacte d'associes|clauses)\b|\b(?:redige|relis|verifie|ecris)-(?:moi|le|les)\b~{0,30}\b(?:contrat|statuts|cgv|bail|pacte|clauses)\b|\bstatuts de (?:ma|mon|notre) (?:sas|sasu|sarl|eurl|asso\w*|societe|entreprise|boite)\b|\bquel statut juridique\b|\bstatut juridique\b~{0,40}\b(?:choisir|rediger|statuts)\b",
    r"\blicenciement (?:abusif|legal|illegal|sans cause)\b|\bindemnites? (?:de licenciement|de rupture|legales?)\b~{0,40}\b(?:combien|droit|minimum|legal|conforme)\b|\b(?:combien|droit a combien) d'indemnites\b|\brupture conventionnelle\b~{0,60}\b(?:refusee|homologation|dreets|conforme|legal|droit|recours)\b|\bmotif economique\b~{0,60}\b(?:contest|legal|droit|recours|embauche)\w*",
    r"\b(?:proprio|proprietaire|bailleur|agence immobiliere|l'agence|bail|caution|depot de garantie|loyer|locataire|expulsion)\b~{0,80}\b(?:le droit|peut|garder|rendre|arreter de payer|resilier|augmenter|recours|autorise|legal|je fais quoi|je peux faire quoi)\b",
    r"\bm'appartient\b~{0,30}(?:\?|\bou\b)|\b(?:appartient|appartiennent) a qui\b|\ba qui (?:appartient|appartiennent) (?:mon|ma|mes|le code|l'appli|les droits)\b|\bsans mon (?:accord|consentement)\b~{0,30}\?|\bresilier (?:mon|le) (?:bail|contrat|abonnement)\b|\bsans risquer (?:d'etre|de me faire) (?:vire|licencie|sanctionne)\w*|\ba qui appartient\b|\b(?:deposer|proteger) (?:ma|une|mon|le|la) (?:marque|nom|logo|brevet|invention|idee)\b|\bbreveter\b|\bdroits? d'auteur\b|\bpropriete intellectuelle\b|\bcontrefacon\b|\b(?:comment|faut-il|dois-je|je dois)\b~{0,40}\binpi\b|\brisque juridique\b",
    r"\b(?:heures sup\w*|rtt|conges? (?:paye|paternite|maternite|parental)|preavis|periode d'essai|cdd|cdi|greve|avertissement|horaires|mutuelle d'entreprise|clause de mobilite|chomage|delai de carence|solde de tout compte|fiche de paie)\b~{0,60}\b(?:le droit|obliger|oblige|obligee|imposer|peut|legal|legale|renouvel\w*|refuser|recuperer|payer|sanction\w*|contest\w*|autorise|valable|recours|doit le payer)\b",
    r"\brgpd\b~{0,60}\b(?:exiger|supprime|droit|peux)\w*|\bresponsabilite (?:illimitee|civile)\b~{0,40}\?|\bc'est ma responsabilite\b|\bqui est responsable\b~{0,30}\bsi\b|\bqui paie l'amende\b|\bc'est moi ou ma boite qui paie\b",
    r"\b(?:engager|intenter|lancer) (?:une )?(?:action|procedure)\b|\b(?:appartient|appartiennent) (?:a|au) (?:mon|ma|l')? ?(?:employeur|boite|entreprise|societe)\b|\b(?:mon|ma|le|la|notre) (?:\w+ )?(?:contrat|convention|bail|clause|loi|visa|titre) (?:le |les |l'|m'|me )?(?:permet|autorise|interdit)\b|\bdiscriminat\w+\b~{0,40}\?|\b(?:signaler|prouver|denoncer)\b~{0,30}\bdiscriminat\w+|\bmes obligations\b|\bforme juridique\b|\bdelai de retractation\b|\bje peux (?:l'|les |le |la )?(?:obliger|forcer|contraindre)\b",
    r"\b(?:diffamation|denigrement|casier judiciaire|condamnation|accident du travail|accident de travail)\b|\bcomme preuve\b|\bpour prouver\b~{0,40}\b(?:prud|tribunal|licenciement|harcelement|discriminat)\w*|\bqui (?:m'indemnise|me rembourse|paie|doit payer)\b~{0,20}\?|\bqu'est-ce qui se passe si je (?:signe|me desiste|romps|pars|demissionne|refuse|quitte|ne (?:paie|fais) pas)\b~{0,80}\b(?:contrat|bail|promesse|offre|preavis|clause|commencer)\b|\b(?:meme nom|nom (?:proche|similaire|identique))\b~{0,40}\b(?:mien|mienne|ma societe|ma marque|ma boite)\b|\bje (?:peux|pourrais) (?:l'|les |le |la )?enregistrer\b~{0,60}\b(?:preuve|entretien|reunion|appel)\b",
    r"\bfaut-il une autorisation\b|\bobligations legales\b|\bobligations? (?:juridiques?|legales?)\b|\bdemarches (?:legales|juridiques)\b|\breconnaitre mon diplome\b~{0,40}\bdroit\b|\bdroit d'exercer\b",
    # kept from the first version of the table
    r"\b(?:est-ce|c'est|est-il) (?:legal|illegal|legal ou illegal|abusif)\b",
    r"\b(?:mon|ma|le|la) (?:titre de sejour|visa|permis de travail|clause de non-concurrence)\b.{0,40}\b(?:legal|valable|refus|renouvel|droit)",
    r"\bmon employeur (?:a-t-il|peut-il|a le droit)\b|\bmon employeur peut (?:me virer|me licencier|refuser)\b|\bquels sont mes droits\b",
    r"\bconforme (?:a la loi|au code du travail)\b|\bporter plainte pour\b|\bje saisis qui\b|\bsaisir les prud",
    r"\bsi les clauses sont legales\b|\bclauses? (?:est|sont) (?:legale|legales|valable|valables)\b",
)

# -- financial -----------------------------------------------------------------------------------

_ASSET_EN = (
    r"(?:stocks?|shares|equities|etfs?|index funds?|funds|bonds|treasury bonds|gilts|crypto(?:currency|currencies)?|bitcoin"
    r"|btc|ethereum|eth|solana|nfts?|gold|reits?|property|real estate|isa|401\s?k|(?:roth )?ira|pension|robo-?advisors?"
    r"|forex|dividend stocks|growth stocks|stock options|p2p lending|peer-to-peer lending|savings account"
    r"|premium bonds|the s&p(?: 500)?|s&p 500|nasdaq|tesla|nvidia|apple stock|the dip)"
)
_MONEY_EN = (
    r"(?:my (?:money|savings|bonus|inheritance|salary|first salary|first paycheck|cash|pension|redundancy money|windfall)"
    r"|(?:\d+|\d+k|a few) (?:k|grand|euros?|pounds|dollars|eur|gbp|usd|€|£|\$)|[€£$] ?\d+|\d+ ?[€£$k])"
)
_ASSET_FR = (
    r"(?:actions?|bourse|etf|trackers?|crypto\w*|bitcoin|btc|ether(?:eum)?|solana|nft|l'or|or physique|scpi|pea|pee|perco"
    r"|per|pel|cel|livret a|ldds|lep|livret jeune|livret (?:bleu|d'epargne)|livrets? (?:d'epargne|reglementes?)|assurance-?vie|obligations|fonds euros?|unites de compte"
    r"|immobilier(?: locatif)?|lmnp|pinel|forex|trading|dividendes|bspce|stock-?options|actions gratuites"
    r"|epargne salariale|interessement|participation|tontine|parts de foret|girardin|plan d'epargne\w*|staking|plan d'actionnariat)"
)

_FINANCIAL = _table(
    # investing and saving
    r"\b(?:should|can|could|shall|do) i (?:start )?(?:invest|buy|sell|exercise|cash out|max out|short)\b~{0,60}(?:\b<ASSET_EN>\b|<MONEY_EN>|\binvest)|\b(?:should|can|could|shall|do) i (?:move|transfer|keep|hold|put|park|leave) (?:all )?(?:my|the|our|it|them|\d)\b~{0,40}\b(?:money|savings|cash|bonus|inheritance|shares|stocks?|pension|isa|401k|ira|etfs?|crypto|bitcoin|savings account|\d+k?)\b",
    r"\b(?:where|how|what|which way) (?:should|do|can|to|would you) (?:i )?(?:invest|put|place|park)\b~{0,40}(?:<MONEY_EN>|\bmoney\b|\bsavings\b|\bbonus\b|\binheritance\b|\bcash\b)|\bwhat (?:should|do|can) i (?:invest|do with) (?:it|them|\b<MONEY_EN>)|\binvest (?:it|them) in\b",
    r"\b(?:should i|where (?:should|to|can) i|how (?:should|do) i|is it a good idea to|is it smart to|is it worth|smartest way to|best way to) (?:start )?invest(?:ing)?(?:\s*\?|\s+(?:now|it|them|my (?:money|savings|bonus|salary|inheritance|first \w+)|in (?:the )?<ASSET_EN>\b|\d|some money|\w+ (?:euros?|pounds|dollars|k)\b|and in what|in what|and where|or\b)|\s*,)",
    r"\bshould i\b~{0,40}\bor (?:buy |invest in |put (?:it|them|my \w+) in(?:to)? )?(?:an? |the |some )?<ASSET_EN>\b|\b(?:is|are) <ASSET_EN> (?:better|safer|riskier) than\b",
    r"\b(?:which|what) (?:stocks?|shares|etfs?|funds?|index funds?|crypto(?:currency|currencies)?|coins?|robo-?advisors?|broker|exchange|crypto exchange|platform|savings account|pension scheme|pension plan) (?:should|to|do you|is (?:the )?(?:best|safest)|are (?:the )?best|gives|would)\b|\b(?:best|safest|good) (?:index fund|etf|robo-?advisor|broker|crypto exchange|savings account|pension scheme)\b~{0,40}(?:\?|\bfor\b)",
    r"\b(?:buy|sell) (?:bitcoin|crypto|stocks?|shares|ethereum|gold|the dip|etfs?)\b~{0,30}(?:\bnow\b|\bor\b|\?)|\b(?:is|are) (?:now )?(?:a good time|the right time|the moment) to (?:buy|sell|invest)\b",
    r"\b<ASSET_EN>\b~{0,40}\b(?:a (?:good |smart )?(?:buy|investment|hedge|deal)|still a buy|worth (?:it|buying|investing)|a scam|go up|goes up)\b|\b(?:is|are) (?:\w+ ){0,2}(?:stock|shares|crypto|coin|project) (?:a scam|a buy|still a buy|a good investment)\b|\b(?:should i|is it better to|better to|or should i)\b~{0,60}\b<ASSET_EN>\b~{0,40}\bor\b|\b<ASSET_EN> or (?:an? |the |in |into |on )?<ASSET_EN>\b",
    r"\bhow (?:should|do) i (?:split|divide|allocate|diversify)\b~{0,40}\b(?:investments?|savings|money|portfolio)\b|\b(?:emergency fund|rainy day fund)\b~{0,40}\b(?:how much|where)\b",
    # taxes
    r"\bfile (?:my |our )?(?:taxes|tax return|self-assessment)\b|\b(?:good|smart|best) way to (?:make|earn|grow|save) (?:extra |more )?money\b|\b(?:recommend|suggest) (?:me )?(?:a|an|the|some) (?:\w+ ){0,2}?(?:savings account|bank|broker|credit card|insurance|etf|fund|stocks?|crypto)\b|\b(?:a good idea|smart|wise|worth it) to (?:put|invest|buy|sell|borrow|lend|take)\b~{0,40}\b(?:savings|money|shares|stocks?|loan|mortgage|crypto|bitcoin|property)\b|\binvest(?:ing)? (?:\d+k?|\d+ ?(?:k|€|£|\$|euros?|pounds)|all|our)\b|\b(?:consolidate|transfer|combine|cash in|cash out|withdraw) my (?:\w+ )?(?:pensions?|401k|ira|isa|savings)\b|\b(?:best|better|higher|good) (?:returns?|yield|interest rate)\b(?! on investment)|\bworth (?:buying|paying for|getting|taking out)\b~{0,40}\b(?:insurance|(?:bank|savings|premium bank|current|isa) account|credit card|bonds?|shares|stocks?|pension plan|cover)\b|\blump sum\b|\b(?:send|transfer) money\b~{0,40}\b(?:fees|cheapest|best way|abroad)\b|\b(?:set|put) aside\b~{0,30}\btax\b|\b(?:my|file my|do my|pay less|lower my|reduce my) (?:taxes|tax return|income tax|tax bill)\b|\btax (?:advice|deduction|return|code|bill|relief|credit)\b|\b(?:how much|what) tax\b|\btax on (?:my|the|selling)\b|\bpay (?:less|tax on)\b~{0,30}\btax\b|\b(?:pay|paying|owe) tax (?:on|for)\b",
    r"\b(?:deduct|claim|write off)\b~{0,40}\b(?:from my taxes|on my taxes|as (?:a )?(?:business )?expenses?|tax)\b|\b(?:report|declare)\b~{0,50}\b(?:tax return|tax office|taxes|hmrc|irs|income|gains)\b|\bovercharg\w+ tax\b|\boverpaying tax\b",
    r"\b(?:avoid|minimi[sz]e|save on|lower|cut|reduce) (?:my |the )?(?:capital gains |income |corporation )?tax\b|\bcapital gains\b|\b(?:vat|sales tax)\b~{0,40}\b(?:charge|should i|rate|register)\b|\bfor tax (?:reasons|purposes)\b|\bto save on tax(?:es)?\b|\bincorporate to\b",
    # borrowing, debt, banks, insurance, pensions
    r"\b(?:should i|can i|how (?:much|do i|can i)|is it (?:smart|wise|a good idea) to) (?:\w+ )?(?:take|get|borrow|take out|apply for|refinance|consolidate|pay off|repay|overpay)\b~{0,40}\b(?:loans?|mortgage|credit|overdraft|debts?|payday|401k|cards?)\b|\bhow much can i borrow\b",
    r"\b(?:good|best|decent|right) (?:interest )?rate\b~{0,40}\b(?:loan|mortgage|savings|credit)\b|\b(?:loan|mortgage|credit)\b~{0,40}\b(?:good|best) (?:interest )?rate\b|\bfixed or (?:a )?variable\b|\bpayday loan\b|\b(?:zero|0)[- ]?(?:%|interest|percent)\b~{0,40}\b(?:credit|deal|loan|trap)\b",
    r"\b(?:which|what|best) (?:bank|lender|credit card|insurer|insurance|insurance plan|health insurance plan|provider|bank account|current account|business account)\b~{0,60}\b(?:should|best|for (?:my|a)|do you recommend|to (?:choose|pick|get|open)|has the|gives|offers)\b|\bwhich one should i pay (?:off )?first\b",
    r"\b(?:life|travel|income protection|health|home|contents|liability|professional indemnity|car|pet) insurance\b~{0,60}\b(?:do i need|should i|worth|which|need|cover)\b|\bwhat insurance do i need\b",
    r"\b(?:pension|retirement|401k|ira|isa)\b~{0,60}\b(?:should i|how much|contribute|transfer|consolidate|opt out|lump sum|what should i choose)\b|\b(?:into|in) my pension\b",
    r"\b(?:financial advice|financial advisor)\b~{0,60}\b(?:should i|invest)\b|\bfinancial advice\b",
    r"\bwhat would you do with (?:it|them|the money|this money|\d)\b|\b(?:lock in|fix) (?:a |the |my )?(?:fixed |mortgage |interest )?rate\b|\bpassive income\b|\b(?:safe|good|best|smart) way to (?:earn|make|invest|grow)\b|\bas an investment\b|\brental property\b|\b(?:credit card|overdraft|loan|mortgage|isa|etf|bonds?|savings account) or (?:an? |the )?(?:credit card|overdraft|loan|mortgage|isa|etf|bonds?|savings account|shares|stocks)\b|\bstaking\b|\bwrite (?:it )?off\b~{0,40}\b(?:expenses?|tax)\b|\b(?:how much|what percentage|what share|what part) of my (?:salary|income|pay|savings)\b~{0,60}\b(?:pension|retirement|invest|save|savings)\b",
    r"\bmy (?:emergency|rainy day) fund\b|\b(?:emergency|rainy day) fund\b~{0,40}\b(?:how much|where|should i)\b|\bepargne de precaution\b|\bgood place (?:for|to put|to keep) (?:my|the) (?:money|savings|cash|fund)\b|\btax[- ]wise\b|\binvest(?:ing)? (?:monthly|weekly|every month|all at once|a lump sum|regularly)\b|\block (?:my |the )?money\b|\b(?:declare|report) (?:it|them|this|the money|the loan|the gift)\b~{0,40}(?:\?|\btax)|\b(?:best|better|higher|good) interest\b|\binterest on (?:my )?savings\b",
    r"\b(?:bon endroit|bonne place|bon placement|bon plan) pour (?:mon|mes|ma) (?:epargne|argent|economies|tresorerie)\b|\bje bloque (?:mon|l')argent\b|\bbloquer mon argent\b|\b(?:investir|placer) (?:tous les mois|chaque mois|d'un coup|tout d'un coup)\b|\bje (?:mets|verse|place) combien\b|\bcompte a terme\b|\bpea jeune\b|\brembourse (?:mon|le) (?:credit|pret)\b~{0,40}\b(?:ou|investi)\w*",
    r"\b(?:tu|vous) en (?:ferais|feriez) quoi\b|\bqu'est-ce que (?:tu|vous) en (?:ferais|feriez)\b|\b(?:bloquer|fixer) (?:un|le|mon) taux\b|\btaux fixe\b~{0,30}\?|\brevenus passifs\b|\b(?:comme|en) investissement\b|\binvestissement locatif\b|\b(?:passer|mettre|deduire) (?:\w+ ){0,4}en (?:charges|frais)\b|\bj'achete (?:des|du|de l')\b~{0,40}\?|\bje vends (?:mes|mon|ma) <ASSET_FR>\b~{0,40}\?|\b(?:pourcentage|part|combien) de mon (?:salaire|revenu|epargne)\b~{0,60}\b(?:retraite|epargne|investir|placer|mettre de cote)\b|\bmettre de cote pour (?:ma )?retraite\b|\bprevoyance\b~{0,40}(?:\?|\bprendre\b|\bsouscrire\b)|\bstaking\b|\bcarte de credit ou\b",
    # kept from the first version of the table
    r"\b(?:which|what) (?:stocks?|shares|etfs?|funds?|crypto(?:currency|currencies)?|coins?) (?:should|to|do you)\b",
    r"\b(?:take out|get|should i take) a (?:loan|mortgage|credit)\b|\b(?:pay off|consolidate) my debts?\b",
    r"\b(?:retirement|pension) (?:savings|fund|plan) (?:should|which)\b",
    r"\b(?:etf|crypto|bitcoin|stocks?|shares|scpi|pea|assurance-vie)\b.{0,40}\b(?:or|ou|should|buy|acheter|investir|worth)\b",
    r"\b(?:which|what|quelle|quel) (?:crypto|cryptos|coin|stock|action)\b.{0,30}\b(?:go up|monter|buy|acheter)\b",
    r"\bhow much tax\b|\btax on my\b|\bconsolidate (?:my )?(?:credit card )?debts?\b|\b(?:which|best) (?:bank|lender)\b.{0,40}\b(?:loan|rate|mortgage)\b",
    # French
    r"\b(?:ou|comment|dois-je|faut-il|est-ce une bonne idee d') ?(?:placer|investir) (?:mon argent|mes economies|en bourse|dans)\b|\b(?:investir|placer|epargner|mettre) (?:mes economies|mon argent|mon epargne|ma prime|mon heritage|\d+ ?(?:k|€|euros|balles))\b",
    r"\b(?:investir|placer|miser|acheter|vendre|debloquer|transferer|casser)\b~{0,40}\b<ASSET_FR>\b~{0,60}(?:\?|\bou\b)|\b<ASSET_FR>\b~{0,60}\b(?:ou|vaut le coup|rentable|un bon placement|un piege|interessant|serieux|fiable|je garde|je le garde|je le casse|je la debloque|je les vends|j'attends|bon placement|c'est le moment|va monter|va baisser|le mieux|le plus)\b",
    r"\b(?:quelles?|quels?) (?:actions?|etf|cryptos?|placements?|livrets?|fonds|assurances?-vie) (?:acheter|choisir|faut-il|ouvrir|rapporte|me conseill|tu me conseilles|pour)\b|\bdans (?:quelles?|quels?) (?:actions?|etf|cryptos?|fonds) investir\b|\bquel placement\b|\bquel livret\b",
    r"\b(?:c'est le (?:bon )?moment|bon moment) (?:pour |d')?(?:acheter|vendre|investir)\b|\bc'est le moment d'acheter\b|(?:€|euros|balles|\dk|epargne|economies|heritage|prime|argent)~{0,80}\bj'en fais quoi\b|\btu me conseilles quoi\b~{0,30}\b(?:placer|placement|investir|epargne|€|euros)\b|\b(?:placer|investir|mettre de cote|epargner) \d[\d ]* ?(?:€|euros|k|balles)|\binvestir (?:la difference|le reste|le surplus)\b|\b(?:commencer|commence) a investir\b|\binvestir\s*\?|\binvestir (?:en|dans (?:la|les|des|l'|de l'|du|une?)) ?<ASSET_FR>|\bdans quoi\b~{0,30}\b<ASSET_FR>|\b(?:repartir|diversifier|allouer)\b~{0,40}(?:\d|€|euros|epargne|argent|placements?|portefeuille|immobilier|bourse)|\bcombien (?:je (?:mets|place|verse|investis)|mettre|placer|verser|investir)\b~{0,40}\b<ASSET_FR>\b|\brentable\b~{0,10}\b(?:d'acheter|d'investir|de placer)\b|\b(?:bon moyen|bonne facon|bonne idee) (?:de |d')(?:gagner|arrondir|faire fructifier|placer|investir)\b|\bfaire fructifier\b|\b(?:passe|passer) par un courtier\b",
    r"\b(?:payer|paye|paie|paient|paierai|paierais|reduire|baisser|optimiser|economiser|declarer|deduire)\b~{0,40}\b(?:impots?|tva|cotisations|taxes?)\b|\bcote (?:fiscal|impots)\b|\b(?:je dois|dois-je|faut-il|il faut) (?:le |la |les |l')?declarer\b|\bcombien d'impots\b|\bimpots? sur (?:mes|mon|ma|les|la)\b|\bimpose(?:e|s)?\b~{0,30}(?:\?|combien|\bsi\b)|\bfiscalement\b|\bfiscalite (?:de|des|sur|a) (?:mes|mon|ma|la|l')\b|\bdefiscalis\w+\b",
    r"\bfrais reels\b|\bversement liberatoire\b|\bprelevement a la source\b|\btaux (?:personnalise|individualise|neutre)\b|\bdroits de succession\b|\bredressement\b|\bdeclaration d'impots?\b|\b(?:declarer|declaration de|declare|declarer mes)\b~{0,40}\b(?:revenus|impots|gains|loyers|ventes|crypto|benefices)\b|\bcredit d'impot\b|\bplus-value\b~{0,40}(?:\?|combien)|\bfranchise en base\b|\b(?:se deduit|se deduisent|deductible)\b|\bdonation\b~{0,40}\bimpos\w+\b|\btaxe (?:d'habitation|fonciere)\b~{0,60}\?|\burssaf\b~{0,60}\b(?:combien|reduire|moins|mettre de cote)\b",
    r"\b(?:je prends|prendre|faire|souscrire|contracter|je fais|demander) (?:un|une|le|mon) (?:credit|pret|emprunt|rachat|mini-credit|loa|lld)\b(?! d'honneur)|\brachat de credit\b|\b(?:emprunter combien|combien (?:je peux |puis-je )?emprunter|je peux emprunter combien)\b|\btaux\b~{0,30}\b(?:credit|pret|emprunt|immo)\b|\b(?:credit|pret|emprunt)\b(?! d'honneur)~{0,40}\b(?:bon taux|taux|quelle banque)\b|\bcredit (?:immo\w*|conso\w*|renouvelable)\b~{0,60}(?:\?|\bou\b)|\brembours\w*\b~{0,20}\b(?:mon|le|ma|mes) (?:pret|credit|emprunt|dettes?)\b~{0,40}\b(?:anticipation|plus vite|avance|ou)\b|\bdecouvert\b~{0,60}\b(?:credit|pret|combler)\b",
    r"\b(?:quelle|quel|laquelle|lequel) (?:\w+ ){0,2}?(?:banque|neobanque|mutuelle|assurance|assureur|courtier|broker|plateforme)\b~{0,40}(?:\?|\bpour\b|\bchoisir\b|\bconseill)|\b(?:banque|mutuelle|assurance|assureur|courtier|neobanque)\b~{0,40}\b(?:a conseiller|tu (?:me )?conseilles|vous (?:me )?conseillez|je change pour laquelle|je (?:change|prends|choisis)|laquelle)\b|\bneobanque ou\b|\bje change pour laquelle\b",
    r"\b(?:assurance|mutuelle)\b~{0,60}\b(?:je signe|je delegue|deleguer|je garde|souscrire|prendre (?:une|la|cette|laquelle)|je prends (?:laquelle|celle)|vaut le coup|speciale)\b|\bassurance emprunteur\b|\brc pro\b~{0,40}\b(?:quelle|assureur|conseill)\w*",
    r"\b(?:retraite|per|perco|pere|pee|epargne salariale|interessement|participation|plan d'epargne\w*)\b~{0,60}\b(?:je (?:choisis|prends|debloque|transfere|garde|mets|place|laisse)|debloquer|placer|transferer|combien|adherer|j'adhere|vaut le coup|interessant|ou je le laisse)\b",
    r"\bconseil financier\b|\bconseils? (?:en placement|en investissement)\b",
    # kept from the first version of the table
    r"\b(?:quelles?|quels?) (?:actions?|etf|cryptos?|placements?) (?:acheter|choisir|faut-il)\b|\bacheter du bitcoin\b|\bbitcoin maintenant\b",
    r"\b(?:declarer|payer moins d'|reduire) (?:mes )?impots?\b|\bcombien d'impots\b|\bimpots? sur mes\b",
    r"\b(?:faire|prendre) un (?:pret|credit) (?:immobilier|immo|a la consommation|perso|personnel)\b|\bcredit immo\b",
    r"\bpret (?:etudiant|immobilier)\b.{0,40}\b(?:investi|rembours|taux)\w*",
    r"\b(?:investir|placer) dans (?:l'or|une scpi|la bourse|des actions|l'immobilier)\b",
    r"\bacheter des actions\b.{0,40}\b(?:devrais|faut|vaut)\b|\bvia le pee\b",
)

_PATTERNS = (
    ("therapy", _THERAPY),
    ("medical", _MEDICAL),
    ("legal", _LEGAL),
    ("financial", _FINANCIAL),
)

# -- a topic named somewhere, a request about it elsewhere ------------------------------------
# "I'm pretty sure I have OCD. Can you help me treat it?": the request refers back to a topic
# named in another sentence. Each kind pairs its topic words with such requests; both must be in
# the part of the message no look-alike frame governs.

_TOPIC = {
    "therapy": _table(
        r"\b(?:<CONDITION_EN>|<CONDITION_FR>|<THERAPIST_EN>|<THERAPIST_FR>|<THERAPIES_EN>|<THERAPIES_FR>)\b"
    ),
    "medical": _table(
        r"\b(?:<DRUG_EN>|<DRUG_FR>|<DISEASE_EN>|reflux|hernia|hernie|chest pains?|palpitations|migraines?|rash|fever|fievre|symptoms?|symptomes|ulcere|ulcer|knee|ankle|wrist|hip|genou|cheville|poignet|hanche|injur(?:y|ed)|blesse|blessure)\b"
    ),
    "legal": _table(
        r"\b(?:contract|clause|nda|non-?compete|lease|tenancy|landlord|deposit|visa|overtime|wages|severance|notice period|probation|trademark|copyright|patent|registered|contrat|avenant|accord de confidentialite|bail|caution|proprio|bailleur|titre de sejour|heures sup\w*|preavis|periode d'essai|statut juridique|statuts|societe|rembourse\w*|prime de \w+|employeur|patron|boite|entreprise|heures|conges?|salaire|paie|licenci\w+|demission\w*|chomage|stage|stagiaire|client)\b"
    ),
    "financial": _table(
        r"\b(?:<ASSET_EN>|<ASSET_FR>|overdraft|decouvert|loan|mortgage|credit card|pret|credit|emprunt|taxe?s?|impots?|insurance|assurance|mutuelle|savings|epargne)\b"
    ),
}
_ASK = {
    "therapy": _table(
        r"\b(?:can|could|would|will) (?:you|u) (?:\w+ ){0,3}?(?:treat|cure|heal|diagnose|assess|evaluate|test|confirm|be the one who treats)\b|\bhelp (?:me )?(?:with )?(?:treat|treating|cure|curing|heal|healing|getting rid of)\b|\b(?:treat|cure|heal) (?:it|them|this|that|me)\b|\bconfirm (?:it|that|this)\b|\btell me if (?:she|he|they|it|that|this)(?:'s| is| are|'re) (?:right|true|correct)\b|\b(?:step in|take over|replace (?:her|him|them))\b~{0,20}\?|\bwhat i'?ve got\b|\bwould you agree\b|\bcan you be that\b|\bguide my recovery\b|\bcontinue (?:her|his|their) work\b",
        r"\b(?:tu peux|vous pouvez|pourriez-vous|pouvez-vous|tu pourrais|vous pourriez|tu sais) (?:me |m')?(?:le |la )?(?:confirmer|trancher|diagnostiquer|soigner|traiter|suivre|tester|evaluer|faire passer)\b|\bme le confirmer\b|\btu me dis si\b|\bdis-moi si\b|\b(?:je voudrais|j'aimerais|je veux|je souhaite) (?:un traitement|que (?:tu|vous) me (?:traites|soignes|suives|traitiez|soigniez|suiviez|fass\w+))\b|\btest (?:que|pour savoir)\b|\bme faire passer\b|\bpour savoir si\b|\b(?:traiter|soigner) (?:ca|cela)\b|\bje le suis\s*\?|\bt'en penses quoi\b|\bprendre le relais\b",
    ),
    "medical": _table(
        r"\b(?:should|can) i (?:stop|take|keep taking|continue|quit|skip) (?:it|them|this)\b|\bcan i (?:still )?(?:lift|work|exercise|run|drive|drink|fly|travel|play|go to work|work out|train|carry)\b|\bwhat (?:should|can|do) i take\b|\b(?:is|are) (?:it|that|this|they|my \w+(?: \w+)?) (?:something|anything) to worry about\b|\bhow long (?:will|does|do) (?:it|this|that|they) (?:last|take)\b|\bwill (?:it|they) (?:go away|pass|heal)\b|\bcan i (?:still )?(?:run|do (?:a|the) \w+|play|ski|swim|cycle)\b~{0,40}\bwith\b|\bavoid eating\b",
        r"\bje (?:l'|les )?arrete\s*\?|\bje peux (?:l'|les )?arreter\b|\bje (?:le |la |les )?(?:continue|reprends)\s*\?|\bje prends quoi\b|\bje peux (?:aller|continuer|reprendre|porter|conduire|boire|faire du sport)\b|\bc'est (?:inquietant|grave|normal|contagieux|dangereux)\b|\bca va passer\b|\bje dois m'inquieter\b|\bje consulte\b|\bc'est quoi\s*\?|\bca dure combien\b|\bcombien de temps\b|\bje peux faire (?:un|une|du|de la)\b~{0,30}\bavec (?:un|une|mon|ma)\b|\beviter de manger\b|\bje dois (?:faire une pause|l'arreter|les arreter|arreter)\b|\bje peux conduire\b",
    ),
    "legal": _table(
        r"\bcan i (?:legally )?(?:refuse|reject|claim|recover|terminate|break|cancel|get out of|withdraw|say no)\b|\bhow (?:do|can) i (?:claim|recover (?:my |the )?(?:money|wages|deposit|unpaid|costs|fees)|get (?:my |the )?(?:money|wages|deposit) back|enforce|contest|challenge|dispute)\b|\bam i (?:bound|obliged|stuck|required)\b|\bdo (?:they|i) have (?:the right|to)\b|\bis (?:that|this|it) (?:right|true|correct|allowed|normal)\s*\?|\bcan (?:he|she|they|the \w+) (?:actually |really )?enforce\b|\bwhat can i do\b~{0,10}\?",
        r"\bje peux (?:quand meme |legalement )?(?:refuser|resilier|contester|recuperer|rompre|annuler|exiger|garder|sortir|mettre|montrer|utiliser|publier)\b|\bc'est possible\s*\?|\b(?:ils|il|elle|on) (?:peu(?:t|vent)) (?:le |la |les |me |m')\w+|\bje suis (?:oblige|obligee|tenu|tenue|coince|coincee)\b|\bc'est (?:vrai|normal|permis|possible)\s*\?|\bje fais quoi\s*\?|\b(?:j'ai|ai-je|a-t-on|on a|est-ce que j'ai|est-ce qu'on a) (?:vraiment |bien |quand meme )?(?:le )?droit (?:de|d'|a|au|aux)\b|\bcomment (?:je )?(?:les |le |la )?(?:recupere|recuperer|contester|conteste)\b|\bquel statut\b",
    ),
    "financial": _table(
        r"\bshould i (?:take|accept|sign|do|go for|choose|open|buy|sell|keep|start|get) (?:it|that|this|one|them|up)\b|\bwhich one\b~{0,20}\?|\bis (?:it|that) worth it\b|\b(?:good|smart|bad) idea\b~{0,20}\?|\bwhat should i do (?:first|with (?:it|them|the money))\b",
        r"\bje commence\b~{0,20}\?|\btu me conseilles quoi\b|\bvous me conseillez quoi\b|\bdans quoi\b|\bvaut mieux\b|\b(?:lequel|laquelle)\b~{0,20}\?|\bje (?:le |la |les )?(?:garde|vends|signe)\b~{0,20}\?|\bcomment (?:repartir|placer|investir)\b|\bquelle part\b",
    ),
}
_NOT_WEAK = {
    # stage fright and nerves before a talk, an exam or an interview are mentoring (README)
    "therapy": _table(
        r"\b(?:presentation|talk|speech|pitch|interview|exam|meeting|oral|partiels?|entretien|soutenance|prise de parole|trac|stage fright|job offers?|offres? d'emploi|deux offres|two offers)\b"
    ),
    "medical": _table(
        r"\b(?:before|during|when i|while i|in|at|after|avant|pendant|quand je|en|lors d[eu']|apres) (?:\w+ ){0,2}?(?:presentations?|present|presenting|talks?|speech|pitch\w*|interviews?|exams?|meetings?|orals?|partiels?|entretiens?|soutenance|reunions?|prises? de parole|public|presente|parle|examens?|concours)\b",
        r"\b(?:trac|stage fright|nervous|nerves|stresse|stressed|anxious|angoisse|butterflies)\b",
    ),
    "legal": _table(
        r"\b(?:negotiat\w+|negoci\w+|job offers?|offres? d'emploi|deux offres|two offers)\b"
    ),
    "financial": _table(
        r"\b(?:job offers?|offres? d'emploi|deux offres|two offers|salary|salaire)\b"
    ),
}

# -- what the learned backstop may refer ----------------------------------------------------------
# The model refers a message only to the kind it finds most likely *and* whose domain the message
# names (broad word lists: a condition or a feeling, a body part or a medicine, a contract or an
# employer, money or a product); a medical guess about nerves before a talk is dropped too. So a
# short question with nothing of the kind in it ("what can you help me with?") is never referred.

_DOMAIN = {
    "therapy": _table(
        r"\b(?:<CONDITION_EN>|<CONDITION_FR>|<THERAPIST_EN>|<THERAPIST_FR>|<THERAPIES_EN>|<THERAPIES_FR>)\b",
        r"\b(?:mental\w*|psych\w*|emotion\w*|mood|humeur|anxi\w+|angoiss\w+|depress\w+|deprim\w+|trauma\w*|grief|deuil|panic|panique|phobi\w+|fears?|peurs?|sleep\w*|sommeil|dors|insomni\w+|feel\w*|ressen\w+|cry\w*|pleur\w+|sad\w*|triste\w*|empty|vide|stress\w*|burn\w*|epuis\w+|diagnos\w+|therap\w+|counsel\w*|sessions?|seances?|self-?esteem|self-?worth|estime|confidence|confiance|addict\w*|accro|compulsi\w+|obsess\w+|thoughts|pensees|disorder|troubles?|syndrome|heal\w*|gueri\w+|soign\w+|treat\w*|trait\w+|childhood|enfance|nightmares?|cauchemars?|moods?|tete|head|mind|esprit|wrong with me|cloche|clinical\w*|clinique|assess\w*|evalu\w+|test\w*|alcohol\w*|alcool\w*|drinking|gambling|jeux d'argent|paris|divorce|breakup|rupture|loss|perte|died|passed|mort\w*|decede\w*)\b",
    ),
    "medical": _table(
        r"\b(?:<DRUG_EN>|<DRUG_FR>|<SYMPTOM_EN>|<DISEASE_EN>)\b",
        r"\b(?:doctors?|gp|medecins?|generaliste|hospital|hopital|urgences|er|a&e|sick\w*|malade\w*|maladies?|ill\w*|health\w*|sante|pains?|douleurs?|mal|maux|hurt\w*|blood|sang|sleep\w*|sommeil|fever|fievre|pregnan\w+|enceinte|vaccin\w*|doses?|pill\w*|pilule|medic\w+|treat\w*|traitement|symptom\w*|injur\w+|bless\w+|body|corps|heart|coeur|eat\w*|manger|diet|regime|surgery|operation|arret|days off|recover\w*|convalescence|tooth|teeth|dents?|eyes?|yeux|oeil|skin|peau|back|dos|knee|genou|ankle|cheville|wrist|poignet|shoulder|epaule|hip|hanche|stomach|ventre|estomac|throat|gorge|head\w*|tete|ears?|oreilles?|chest|poitrine|lungs?|poumons?|caffeine|cafeine|coffee|alcohol|alcool|drink\w*|boire|smok\w*|fum\w+|weight|poids|kilos?|vitamin\w*|period\w*|regles|breath\w*|souffle|dizz\w+|vertige\w*|tired\w*|fatigue\w*|nausea|nause\w+|vomit\w*|cough\w*|tou\w+|rash|allerg\w+|infection|virus|flu|grippe|covid|cancer|diabet\w+|tension|pressure|cholesterol|test results|analyses|prise de sang|x-?ray|radio|irm|mri|scan|physio|kine|osteo\w*|melanom\w*|moles?|grains? de beaute|diarrh\w+|gencives?|gums?|tsh|boule|aisselle|hair|cheveux|etoiles|flou|blurry|vision|numb\w*|engourdi\w*|stool|selles|urine|pee|pipi|dependant|addictive|strep|angine|tonsils?|amygdales)\b",
    ),
    "legal": _table(
        r"\b(?:legal\w*|illegal\w*|lawful|unlawful|law|laws|loi|lois|droits?|rights?|lawyers?|avocats?|court|tribunal|prud\w+|juridique\w*|juridiquement|contracts?|contrats?|clauses?|avenant|employers?|employeur|landlord|proprio|proprietaire|bailleur|lease|bail|visa|titre|permit|sue|suing|poursuiv\w+|attaqu\w+|allowed|permitted|autoris\w+|permis|entitled|oblig\w+|fired|vire\w*|licenci\w+|dismiss\w+|notice|preavis|deposit|caution|owns?|appartien\w+|trademark|marque|patent|brevet|copyright|auteur|company|societe|statuts|boss|patron|chef|overtime|heures|salary|salaire|pay|paie|paid|paye\w*|discriminat\w+|complaint|plainte|resign\w*|demission\w*|probation|essai|strike|greve|fines?|amendes?|record\w*|enregistr\w+|data|donnees|gdpr|rgpd|liab\w+|responsab\w+|enforce\w*|valid|valable|binding|compensation|indemn\w+|claim|recours|contest\w*|appeal|evidence|preuve|defamation|diffamation|agreement|accord|nda|signed|signe\w*|terms|conditions|cgv|rent|loyer|tenant|locataire|deport\w*|prefecture|immigration|employment|emploi|workplace|work|travail|boite|entreprise|internship|stage|intern|stagiaire|client|associe\w*|cofounder|co-founder|partner)\b"
    ),
    "financial": _table(
        r"\b(?:<ASSET_EN>|<ASSET_FR>)\b",
        r"\b(?:money|argent|savings|saving|epargn\w+|economies|invest\w*|tax\w*|impots?|fisc\w*|bank\w*|banque|loans?|prets?|credit|mortgage|emprunt\w*|debts?|dettes?|pension|retraite|insurance|assurance\w*|mutuelle|prevoyance|interest|interets?|taux|rates?|salary|salaire|income|revenus?|buy\w*|achet\w+|sell\w*|vend\w*|shares|actions|stocks?|declar\w+|deduct\w*|dedui\w+|euros?|pounds|dollars|cash|balles|fees|frais|borrow\w*|lend\w*|preter|overdraft|decouvert|vat|tva|urssaf|returns?|rendement\w*|gains?|profit\w*|wealth|patrimoine|inheritance|heritage|portfolio|portefeuille|budget\w*|afford|financ\w+|expenses?|charges|allowance|indemnite|bonus|prime|capital|equity|dividend\w*|ipo|fund\w*|fonds|etf|crypto\w*|bitcoin|lump sum)\b|\d+ ?(?:k|€|£|\$|%)|[€£$] ?\d",
    ),
}

# -- look-alikes ---------------------------------------------------------------------------------

_GUIDANCE = _table(
    # a mentor, tutor or manager asking how to handle someone else's question: the whole sentence
    r"\b(?:my|a|the|our) (?:mentee|mentees|apprentice|intern|trainee|student|report|team member|employee|colleague)s?\b~{0,80}\b(?:asked|asks|told|tells|wants|mentioned|said|is asking|came to me)\b",
    r"\b(?:as a|as her|as his|as their|as my|as the) (?:mentor|manager|tutor|coach|volunteer)\b|\bwithout (?:playing|being|acting as|becoming) (?:a |the |her |his )?(?:therapist|doctor|lawyer|psy|counsel+or)\b|\b(?:can'?t|cannot|not allowed to|shouldn'?t|don'?t) give (?:legal|medical|financial|tax) advice\b",
    r"\b(?:mon|ma|mes|un|une) (?:mentore|mentoree|mentores|mentorees|apprentie?|stagiaire|alternante?|collaborat\w+|collegue|eleve|etudiante?)s?\b~{0,80}\b(?:m'a (?:demande|dit|confie|parle)|me demande|me dit|veut|pense|m'a pose)\b",
    r"\ben tant que (?:mentor|mentore|tuteur|tutrice|manager|benevole)\b|\bsans (?:jouer (?:au|a la|les|le)|faire (?:le|la)|me prendre pour (?:un|une)) (?:psy|medecin|avocat|therapeute)\b|\b(?:ne )?(?:peux|peut|dois) pas (?:lui |leur )?donner de conseils? (?:juridiques?|medicaux|financiers)\b",
    r"\bdifference (?:between|entre) (?:an? |the |un |une |le |la |l')?(?:coach\w*|mentor\w*|therap\w+|psycholog\w+|psy|counsel+\w*|lawyer|avocat|notaire|accountant|comptable|financial advis\w+|conseill\w+|doctor|medecin)\b",
    r"\b(?:my|a|our) (?:mentee|mentees|apprentice|intern|trainee)s?\b~{0,120}\bhow (?:can|do|should) i (?:support|help|reassure|guide|be there for)\b|\b(?:mon|ma|mes|un|une) (?:mentore|mentoree|mentores|mentorees|apprentie?|stagiaire|alternante?)s?\b~{0,120}\bcomment (?:la |le |les |l'|lui |leur )?(?:soutenir|aider|rassurer|epauler|orienter|accompagner)\b",
)
_LOOKALIKE = _table(
    # preparing, wording or delivering a conversation, a presentation, a negotiation: the clause
    r"\bhow (?:do|can|should|would|could) (?:i|we) (?:best |politely |kindly |gently |properly |even )?(?:tell(?! (?:if|whether))|say|explain|announce|bring (?:it |this |that )?up|raise|talk|speak|ask|present|pitch|negotiate|word|phrase|approach|frame|rehearse|answer|respond|reply|redirect|refer|support|encourage|suggest|discuss|mention|justify|defend|convince|persuade|communicate|sell|introduce|handle (?:a|the|my) (?:conversation|question|client|mentee))\b",
    r"\bhow (?:do|can|should) i prepare (?:for )?(?:the |my |a |an |this )?(?:\w+ ){0,3}?(?:conversation|meeting|talk|discussion|interview|pitch|presentation|review|hearing|call|exit|negotiation|session)\b",
    r"\bwhat (?:should|do|can|could) i (?:say|tell|answer|reply|write|ask)\b|\b(?:tips|advice) (?:for|on) (?:talking|telling|preparing|presenting|negotiating|explaining)\b",
    r"\bcomment (?:je )?(?:lui |leur |en |le |la |les )?(?:dire|dis|annoncer|annonce|expliquer|explique|parler|parle|aborder|aborde|amener|amene|presenter|presente|demander|demande|negocier|negocie|formuler|repondre|reponds|rediger|justifier|defendre|convaincre|reorienter|accompagner|encourager|suggerer|relancer|evoquer|mentionner|valoriser|vendre)\b",
    r"\bcomment (?:je )?(?:me )?prepar\w+ (?:a |pour )?(?:la |le |l'|mon |ma |une |un |cette |ce )?(?:\w+ ){0,3}?(?:discussion|conversation|entretien|reunion|rendez-vous|oral|soutenance|jury|pitch|presentation|negociation|seance|echange)\b",
    r"\b(?:i want to|i'?d like to|how (?:do|can) i|to) (?:become|work as|train as|retrain as|get into|break into)\b|\bcareer (?:in|as)\b|\b(?:je veux|je voudrais|j'aimerais|comment) (?:devenir|travailler comme|me reconvertir)\b|\bc'est quoi le parcours\b|\bquel parcours\b",
    # what goes into a document or a pitch for investors, a bank, a jury: business mentoring
    r"\b(?:put|include|write|show|mettre|mets|met|inclure|ecrire|montrer) (?:in|into|on|dans|sur) (?:my|the|our|a|mon|ma|mes|le|la|notre|un|une) (?:\w+ )?(?:business plan|pitch deck|deck|pitch|cv|resume|cover letter|lettre de motivation|previsionnel|plan de financement|forecast|budget|dossier|proposal|slides?|application|candidature)\b|\b(?:convince|pitch to|present to|impress|convaincre|seduire|presenter (?:a|aux|devant)|pitcher devant) (?:the |my |our |potential |des |les |mes |nos |un |une )?(?:investors?|investisseurs?|business angels?|bankers?|bank|banque|banquiers?|jury|board|lenders?|financeurs?)\b",
    r"\bqu'est-ce que je (?:lui |leur )?(?:dis|reponds)\b|\bje (?:lui |leur )?(?:dis|reponds) quoi\b|\bque (?:lui |leur )?(?:dire|repondre)\b",
)

_SENTENCE_END = re.compile(r"(?<=[.?!])\s+|\n+")
_CLAUSE_END = re.compile(r"(?<=[,;:])\s+|\s+(?=(?:and|but|also|et|mais|puis|sinon)\b)")


def rule_kind(message: str) -> str | None:
    """The kind of help ``message`` asks for according to the rule tables alone, or None."""
    sentences = _readable(folded(message))
    for kind, pattern in _PATTERNS:
        if any(pattern.search(sentence) for sentence in sentences):
            return kind
    text = " ".join(sentences)
    if not _NOT_WEAK["medical"].search(text) and any(
        _SYMPTOM_QUESTION.search(sentence) for sentence in sentences
    ):
        return "medical"
    for kind in KINDS:
        asked = _TOPIC[kind].search(text) and _ASK[kind].search(text)
        if asked and not _NOT_WEAK[kind].search(text):
            return kind
    return None


def out_of_scope(message: str) -> str | None:
    """The kind of help ``message`` asks for that a mentoring assistant should refer, or None:
    the rules first, then the learned backstop on what no look-alike frame governs."""
    kind = rule_kind(message)
    if kind is not None:
        return kind
    model = load_scope_model()
    if model is None:
        return None
    read = backstop_text(message)
    if not read:
        return None
    return backstop_kind(model.probabilities([read])[0], read, model.threshold)


def backstop_kind(proba: Sequence[float], read: str, threshold: float) -> str | None:
    """The backstop's decision for the text it ``read``, given the model's probabilities of
    ``scope_model.LABELS``: the most likely kind, when the probability of being a request
    reaches ``threshold`` and ``read`` names something of that kind's domain; else None."""
    if 1.0 - proba[0] < threshold:
        return None
    scores = list(proba[1:])
    kind = KINDS[scores.index(max(scores))]
    if not _DOMAIN[kind].search(read):
        return None
    if kind == "medical" and _NOT_WEAK["medical"].search(read):
        return None  # "my hands shake when I present, is that normal?"
    return kind


def backstop_text(message: str) -> str:
    """What the learned backstop reads of ``message`` (folded), or "": its sentences without a
    mentor's guidance question and without any look-alike frame. Stricter than the rules, which
    only set the look-alike clause aside: the model cannot read what is left of a sentence in
    context ("I want to become a tax advisor, which degree should I take?")."""
    return " ".join(_readable(folded(message), whole_sentences=True)).strip()


def _readable(text: str, whole_sentences: bool = False) -> list[str]:
    """The sentences of ``text`` (folded) that the screen reads: a sentence where a mentor asks
    how to handle someone else's question goes, and so does a clause about preparing or wording
    a conversation ("how do I tell my manager…", « comment annoncer… ») or about a career in
    the field (with ``whole_sentences``, the sentence that holds such a clause goes)."""
    kept: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        if not sentence.strip() or _GUIDANCE.search(sentence):
            continue
        clauses = _CLAUSE_END.split(sentence)
        others = [c for c in clauses if not _LOOKALIKE.search(c)]
        if others and (len(others) == len(clauses) or not whole_sentences):
            kept.append(" ".join(others))
    return kept
