"""Requests outside a mentoring assistant's role, decided by code: therapy, medical, legal and
financial advice, English and French.

Such a request gets a respectful referral to the right professional, and the conversation goes
on (a goal being coached stays where it was). Only requests *for* that help count: "what is the
difference between coaching and therapy?" or "how do I negotiate my salary?" are mentoring.
"""

from __future__ import annotations

import re

from assistant.language.text import fold

KINDS = ("therapy", "medical", "legal", "financial")


def _any(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


_THERAPY = _any(
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
)
_MEDICAL = _any(
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
)
_LEGAL = _any(
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
)
_FINANCIAL = _any(
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
    r"\b(?:faire|prendre|obtenir) un (?:pret|credit)(?: immobilier| a la consommation)?\b",
    r"\bconseil financier\b",
)
_PATTERNS = (
    ("therapy", _THERAPY),
    ("medical", _MEDICAL),
    ("legal", _LEGAL),
    ("financial", _FINANCIAL),
)


def out_of_scope(message: str) -> str | None:
    """The kind of help ``message`` asks for that a mentoring assistant should refer, or None."""
    text = " ".join(fold(message).replace("’", "'").split())
    for kind, pattern in _PATTERNS:
        if pattern.search(text):
            return kind
    return None
