"""Prompt injection, in code: a message that tries to change how the assistant works is
refused; a document with hidden or instruction-like text is reported at ingest; an answer that
asks the reader for credentials or money, or points to an address its sources do not give, is
cut before that sentence.

Retrieved text reaches the model only inside a delimited reference block, labelled as quoted
material (``prompts/qa.yaml``), and the system prompt holds nothing secret.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from assistant.language.messages import message
from assistant.safety.output import clean_stream
from assistant.safety.patterns import alternatives, folded

_OVERRIDE = alternatives(
    r"\b(?:ignore|disregard|forget|override|bypass|drop) (?:all |any |the |your |these |those )?(?:previous |prior |above |earlier |preceding |former |initial |original )?(?:instructions|rules|prompts?|directions|guidelines|restrictions|system prompt)\b",
    r"^\W*(?:system|assistant|developer|admin)\s*(?:override|message|prompt)?\s*[:>\]]",
    r"\[(?:system|inst|/inst)\]|<\|?(?:system|im_start|endoftext)\|?>",
    r"(?<!where )(?<!what )(?<!who )(?<!how )\byou are now (?:an? (?!mentor\b)|in |called |named |dan\b|free\b|unrestricted|no longer|evil|jailbroken)",
    r"\b(?:do anything now|developer mode|jailbreak|dan mode)\b",
    r"\bfrom now on,? (?:you|ignore|answer only)\b",
    r"\b(?:reveal|print|show|repeat|output|display|leak|tell me) (?:me )?(?:your |the )?(?:full |exact |hidden |original |initial )?(?:system prompt|system message|hidden instructions|initial instructions|prompt above|instructions above)\b",
    r"\bnew instructions?:",
    r"\bignore[sz]? (?:toutes |tout )?(?:les |tes |vos |ces )?(?:instructions|consignes|regles)(?: (?:precedentes|ci-dessus|anterieures|initiales))?\b",
    r"\boublie[sz]? (?:toutes |tout )?(?:tes|vos|les|ces) (?:instructions|consignes|regles)\b",
    r"\btu es (?:maintenant|desormais) (?:une? (?!mentor\b)|en mode|libre\b|dan\b|sans (?:limites|restrictions))",
    r"\bmode (?:developpeur|sans restriction)\b",
    r"\b(?:revele|affiche|montre|repete|donne)[sz]?(?:-moi)? (?:ton|votre|le|tes|vos) (?:prompt|message|instructions?) (?:systeme|initiales?|cachees?)\b",
    r"\bnouvelles? instructions? ?:",
)
_ADDRESSED_TO_AI = alternatives(
    r"\b(?:note|message|instructions?) (?:to|for) (?:the )?(?:ai|assistant|language model|llm|chatbot|model)\b",
    r"\b(?:ai|assistant|chatbot|llm)s? (?:must|should|will) (?:now )?(?:tell|ask|say|answer|reply|respond|instruct)\b",
    r"\bsystem override\b",
    r"\bwhen (?:an? )?(?:ai|assistant|chatbot) reads this\b",
    r"\b(?:note|message|consignes?) (?:a|pour) (?:l'|l )?(?:ia|assistant|intelligence artificielle|modele|chatbot)\b",
    r"\b(?:l'|l )?(?:ia|assistant) (?:doit|devra) (?:dire|demander|repondre)\b",
)
_CREDENTIALS = alternatives(
    r"\b(?:send|email|e-mail|give|share|provide|enter|type|reply with|confirm|verify|tell) (?:us |me |them |it )?(?:with )?(?:your |their |the user'?s? )?(?:password|passcode|pin code|login details|credentials|bank details|card number|card details|social security|iban)\b",
    r"\b(?:envoie[rz]?|envoye[rz]|donne[rz]?|communique[rz]?|partage[rz]?|indique[rz]?|saisi(?:r|ssez)|confirme[rz]?) (?:nous |moi |leur )?(?:votre|ton|vos|tes) (?:mot de passe|identifiants|code (?:pin|secret)|coordonnees bancaires|numero de carte|iban|rib)\b",
    r"\b(?:pay|transfer|wire|send) (?:a |an |the )?(?:small |one-time |registration |processing |membership )?(?:fee|deposit|payment)\b",
    r"\b(?:payer|virer|verser|regler) (?:des |les |un |une |de )?(?:petits? )?(?:frais|acompte|paiement|cotisation)\b",
)
_ADDRESS = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_HIDDEN = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]")
_HTML_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n")


def _folded(text: str) -> str:
    return folded(without_hidden_characters(text))


def looks_like_injection(text: str) -> bool:
    """A message that tries to change the assistant's instructions or role."""
    return bool(_OVERRIDE.search(_folded(text)))


def suspicious_parts(text: str) -> list[str]:
    """Why a document's text looks like it carries instructions for the model, if it does: the
    notes ``mentor ingest`` reports for the file."""
    notes = []
    if _HIDDEN.search(text):
        notes.append("suspicious: invisible characters (zero-width) in the text")
    commented = _folded(" ".join(_HTML_COMMENT.findall(text)))
    if _OVERRIDE.search(commented) or _ADDRESSED_TO_AI.search(commented):
        notes.append("suspicious: instructions hidden in an HTML comment")
    whole = _folded(text)
    if _OVERRIDE.search(whole) or _ADDRESSED_TO_AI.search(whole):
        notes.append("suspicious: text addressed to the AI or overriding its instructions")
    if _CREDENTIALS.search(whole):
        notes.append("suspicious: asks readers for passwords, bank details or a payment")
    return notes


def without_hidden_characters(text: str) -> str:
    """``text`` without invisible (zero-width) characters, which only serve to hide words."""
    return _HIDDEN.sub("", text)


def safe_model_text(pieces: Iterable[str], quoted: str, language: str) -> Iterator[str]:
    """Model text as users may see it: no images, HTML or links (:mod:`.output`), and no
    request for credentials or money or unknown address (:func:`guard_stream`)."""
    return guard_stream(clean_stream(pieces), quoted, language)


def guard_stream(pieces: Iterable[str], sources_text: str, language: str) -> Iterator[str]:
    """Model text, a sentence at a time: a sentence that asks for credentials or money, or gives
    an e-mail or web address the sources do not give, is not shown and ends the answer with a
    fixed note. Closing the result closes ``pieces``."""
    known = {_address(a) for a in _ADDRESS.findall(sources_text)}
    source = iter(pieces)
    held = ""
    try:
        for piece in source:
            held += piece
            ends = [m.end() for m in _SENTENCE_END.finditer(held)]
            if not ends:
                continue
            complete, held = held[: ends[-1]], held[ends[-1] :]
            if _unsafe(complete, known):
                yield "\n\n" + message(language, "safety.withheld")
                return
            yield complete
        if held and _unsafe(held, known):
            yield "\n\n" + message(language, "safety.withheld")
        elif held:
            yield held
    finally:
        close = getattr(source, "close", None)
        if close is not None:
            close()


def _address(text: str) -> str:
    return text.lower().rstrip(".,;:)")


def _unsafe(text: str, known: set[str]) -> bool:
    if _CREDENTIALS.search(_folded(text)):
        return True
    return bool({_address(a) for a in _ADDRESS.findall(text)} - known)
