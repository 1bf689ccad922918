"""Requests outside a mentoring assistant's role, decided by code: therapy, medical, legal and
financial advice, English and French.

Such a request gets a respectful referral to the right professional, and the conversation goes
on (a goal being coached stays where it was). Only requests *for* that help count: "what is the
difference between coaching and therapy?" or "how do I negotiate my salary?" are mentoring.
"""

from __future__ import annotations

from assistant.safety.patterns import alternatives, folded

KINDS = ("therapy", "medical", "legal", "financial")


_THERAPY = alternatives(
    r"\b(?:be|act as|become|work as) my (?:therapist|psychologist|psychiatrist|counsel+or|shrink|psy)\b",
    r"\b(?:give|do|provide|offer) (?:me )?(?:therapy|psychotherapy|cbt|counsel+ing sessions?)\b",
    r"\b(?:i need|i want|looking for|can you do) (?:some )?(?:therapy|psychotherapy|a therapist|treatment)\b",
    r"\b(?:diagnose|diagnosis for) (?:me|my)\b",
    r"\b(?:do|could|might) i have (?:adhd|add|depression|bipolar|autism|ocd|ptsd|an? (?:anxiety|eating|personality) disorder|borderline)\b",
    r"\bam i (?:depressed|bipolar|autistic|clinically)\b",
    r"\b(?:treat|cure|heal|fix) my (?:depression|anxiety|burn ?out|trauma|ptsd|panic attacks|ocd|eating disorder|insomnia)\b",
    r"\b(?:sois|etre|deviens) (?:mon|ma) (?:psy|psychologue|therapeute|psychiatre)\b",
    r"\b(?:me soigner|soigne[rz]? (?:ma|mon|mes))\b",
    r"\b(?:faire|commencer|suivre) une therapie avec (?:toi|vous)\b",
    r"\b(?:besoin|envie) d'une therapie\b",
    r"\bdiagnostiquer\b",
    r"\b(?:suis-je|est-ce que je suis|je suis peut-etre) (?:depressi(?:f|ve)|bipolaire|autiste|tdah|hyperactif)\b",
    r"\b(?:est-ce que )?j'ai (?:un |une )?(?:tdah|trouble (?:anxieux|bipolaire|de la personnalite|obsessionnel)|depression|toc)\b",
    r"\btraiter (?:ma|mon) (?:depression|anxiete|burn-?out|trauma)\b",
    r"\b(?:tell|know) (?:me )?if (?:it'?s|i have|i'?m) (?:clinical |real |a real )?(?:depression|depressed|bipolar|adhd|burn ?out)\b",
    r"\b(?:can|could|will) you (?:treat|cure|diagnose|fix) (?:it|my|me|this)\b",
    r"\b(?:do you think|think) i'?m (?:bipolar|depressed|autistic|borderline)\b",
    r"\b(?:the way|like) a (?:therapist|psychologist|counsel+or) would\b|\bas a therapist\b",
    r"\b(?:depression|anxiety|adhd|personality|burn ?out) (?:test|questionnaire|score|screening)\b",
    r"\b(?:work|deal) (?:on|with) my (?:childhood )?(?:trauma|grief|abuse) with me\b|\bprocess my (?:grief|trauma)\b",
    r"\b(?:est-ce|si c'est) (?:une )?(?:vraie |vraiment une )?(?:depression|burn-?out)\b",
    r"\b(?:faire|suivre) une therapie\b|\btherapie (?:comportementale|avec (?:toi|vous))\b",
    r"\bcomme (?:le ferait )?(?:un|une) (?:therapeute|psy|psychologue)\b",
    r"\btest de (?:depression|personnalite|tdah|burn-?out|anxiete)\b",
    r"\b(?:travailler|soigner|guerir) (?:mes|ma|mon) (?:blessures|trauma|traumatisme|deuil|anxiete)\w*\b.{0,20}\b(?:avec toi|avec vous)\b|\bblessures d\'enfance avec (?:toi|vous)\b",
    r"\b(?:tu|vous) (?:peux|pouvez) (?:me )?(?:soigner|traiter|diagnostiquer)\b",
)
_MEDICAL = alternatives(
    r"\b(?:which|what|how much|how many) (?:medication|medicine|meds|pills?|dose|dosage|antidepressants?|painkillers?|mg)\b",
    r"\bshould i (?:take|stop taking|increase|double|mix) (?:my )?(?:meds|medication|pills?|antidepressants?|sleeping pills|\w+ (?:pills?|tablets?))\b",
    r"\b(?:prescribe|prescription for)\b",
    r"\bside effects? of\b",
    r"\b(?:is it|it is) (?:normal|serious|dangerous) (?:that|if|to have) (?:my|i have|a) (?:chest|heart|headache|fever|rash|lump|pain)",
    r"\bmy symptoms?\b",
    r"\bwhat (?:illness|disease) do i have\b",
    r"\b(?:quel|quels|quelle|combien de) (?:medicaments?|cachets?|comprimes?|dose|posologie|antidepresseurs?|anxiolytiques?)\b",
    r"\b(?:dois-je|je dois|faut-il) (?:prendre|arreter|augmenter) (?:mes |mon |ma |les |des )?(?:medicaments?|traitement|cachets|comprimes|antidepresseurs?)\b",
    r"\b(?:ordonnance|effets? secondaires?)\b",
    r"\bmes symptomes\b",
    r"\bquelle maladie j'ai\b",
    r"\b(?:can|should) i (?:take|stop|mix|combine|keep taking|stop taking) (?:\w+ ){0,3}(?:with my|antidepressants|pills|medication|meds|sertraline|ibuprofen|paracetamol|sleeping pills|modafinil|it now)\b",
    r"\b(?:is it ok|is it safe|is that bad) (?:for me )?to (?:take|mix)\b",
    r"\b(?:sertraline|ibuprofen|paracetamol|modafinil|adderall|xanax|antidepressants?|sleeping pills|melatonin)\b",
    r"\b(?:herniated disc|rash|eczema|ringing in my ears|tinnitus|migraine|chest pain|lost \d+ (?:kilos|kg|pounds))\b",
    r"\bwhat could cause (?:that|this|it)\b|\bwill it go away\b",
    r"\b(?:ibuprofene|doliprane|paracetamol|sertraline|modafinil|somniferes?|antidepresseurs?|anxiolytiques?|xanax)\b",
    r"\b(?:hernie discale|eczema|acouphenes|migraines?|douleur (?:a la|dans la) poitrine|perdu \d+ kilos)\b",
    r"\bca peut venir d\'ou\b|\bca va passer\b",
)
_LEGAL = alternatives(
    r"\bis (?:it|this|that|my (?:dismissal|firing|contract|termination|non-?compete|clause|lay ?off)) (?:even )?(?:legal|illegal|lawful|unlawful|enforceable)\b",
    r"\bcan (?:my employer|my boss|my company|my manager|they|he|she|the company|my landlord) (?:legally )?(?:fire|dismiss|sue|lay me off|evict|refuse to pay)\b",
    r"\b(?:sue|suing|take legal action against|file a lawsuit against) (?:my|the|them|him|her)\b",
    r"\b(?:do i need|should i get|find me) a (?:lawyer|solicitor|attorney)\b",
    r"\blegal advice\b",
    r"\b(?:my|a) (?:visa|work permit|residence permit|green card|immigration) (?:application|status|problem|case|renewal)\b",
    r"\b(?:what are my|know my) (?:legal )?rights\b.{0,40}\b(?:contract|dismiss|fired|employer|landlord|lease)\b",
    r"\bbreach of contract\b",
    r"\bunfair dismissal\b",
    r"\bwrongful (?:termination|dismissal)\b",
    r"\b(?:est-ce|c'est|est-il) (?:legal|illegal|legal ou illegal|abusif)\b",
    r"\blicenciement (?:abusif|legal|illegal|sans cause)\b",
    r"\bprud'?hom+es?\b",
    r"\b(?:est|etait|serait)(?:-(?:il|elle))? (?:vraiment |bien )?(?:legale?|illegale?|abusif|abusive)\b",
    r"\b(?:attaquer|poursuivre) (?:mon employeur|mon patron|ma boite|en justice)\b",
    r"\b(?:besoin|prendre) (?:d')?un avocat\b",
    r"\bconseil juridique\b",
    r"\b(?:mon|ma|le|la) (?:titre de sejour|visa|permis de travail|clause de non-concurrence)\b.{0,40}\b(?:legal|valable|refus|renouvel|droit)",
    r"\bmon employeur (?:a-t-il|peut-il|a le droit)\b",
    r"\bquels sont mes droits\b",
    r"\b(?:what|which) (?:legal steps|court)\b|\blegal steps\b|\bwhat does the law say\b|\bmean legally\b",
    r"\bsettlement agreement\b|\bare (?:the|these) clauses legal\b|\bif the clauses are legal\b",
    r"\b(?:hasn'?t|has not|didn'?t) paid me\b.{0,40}\b(?:court|sue|legal|lawyer)\b",
    r"\bmon employeur peut (?:me virer|me licencier|refuser)\b",
    r"\bdemarches legales\b|\bqu\'est-ce que dit (?:le droit|la loi)\b",
    r"\bconforme (?:a la loi|au code du travail)\b",
    r"\bporter plainte pour\b",
    r"\bje saisis qui\b|\bsaisir les prud",
    r"\bsi les clauses sont legales\b|\bclauses? (?:est|sont) (?:legale|legales|valable|valables)\b",
)
_FINANCIAL = alternatives(
    r"\b(?:should i|where (?:should|to|can) i|how (?:should|do) i|is it a good idea to) invest\b",
    r"\b(?:which|what) (?:stocks?|shares|etfs?|funds?|crypto(?:currency|currencies)?|coins?) (?:should|to|do you)\b",
    r"\b(?:buy|sell) (?:bitcoin|crypto|stocks?|shares) (?:now|or)\b",
    r"\b(?:my|file my|do my|pay less|lower my|reduce my) (?:taxes|tax return|income tax)\b",
    r"\btax (?:advice|deduction|return)\b",
    r"\b(?:take out|get|should i take) a (?:loan|mortgage|credit)\b",
    r"\b(?:pay off|consolidate) my debts?\b",
    r"\bfinancial advice\b",
    r"\b(?:retirement|pension) (?:savings|fund|plan) (?:should|which)\b",
    r"\b(?:ou|comment|dois-je|faut-il|est-ce une bonne idee d') ?(?:placer|investir) (?:mon argent|mes economies|en bourse|dans)\b",
    r"\b(?:quelles?|quels?) (?:actions?|etf|cryptos?|placements?) (?:acheter|choisir|faut-il)\b",
    r"\b(?:investir|placer) (?:mes economies|mon argent|mon epargne)\b",
    r"\bdans (?:quelles?|quels?) (?:actions?|etf|cryptos?|fonds) investir\b",
    r"\b(?:declarer|payer moins d'|reduire) (?:mes )?impots?\b",
    r"\bdeclaration d'impots?\b",
    r"\b(?:faire|prendre) un (?:pret|credit) (?:immobilier|immo|a la consommation|perso|personnel)\b",
    r"\bconseil financier\b",
    r"\b(?:etf|crypto|bitcoin|stocks?|shares|scpi|pea|assurance-vie)\b.{0,40}\b(?:or|ou|should|buy|acheter|investir|worth)\b",
    r"\b(?:which|what|quelle|quel) (?:crypto|cryptos|coin|stock|action)\b.{0,30}\b(?:go up|monter|buy|acheter)\b",
    r"\b(?:into|in) my pension\b|\bhow much tax\b|\btax on my\b",
    r"\bconsolidate (?:my )?(?:credit card )?debts?\b|\b(?:which|best) (?:bank|lender)\b.{0,40}\b(?:loan|rate|mortgage)\b",
    r"\bacheter du bitcoin\b|\bbitcoin maintenant\b",
    r"\bcombien d\'impots\b|\bimpots? sur mes\b",
    r"\bcredit immo\b|\bpret (?:etudiant|immobilier)\b.{0,40}\b(?:investi|rembours|taux)\w*",
    r"\b(?:investir|placer) dans (?:l\'or|une scpi|la bourse|des actions|l\'immobilier)\b",
    r"\bacheter des actions\b.{0,40}\b(?:devrais|faut|vaut)\b|\bvia le pee\b",
)
_PATTERNS = (
    ("therapy", _THERAPY),
    ("medical", _MEDICAL),
    ("legal", _LEGAL),
    ("financial", _FINANCIAL),
)


def out_of_scope(message: str) -> str | None:
    """The kind of help ``message`` asks for that a mentoring assistant should refer, or None."""
    text = folded(message)
    for kind, pattern in _PATTERNS:
        if pattern.search(text):
            return kind
    return None
