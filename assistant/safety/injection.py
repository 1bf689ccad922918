"""Prompt injection, in code: a message that tries to change how the assistant works, or to have
the answer carry an image, HTML or an outside address, is refused; a document with hidden or
instruction-like text is reported at ingest, and what its readers cannot see (comments,
zero-width characters) or what speaks to the model rather than to them is not indexed, so the
model never reads it and no passage quoted by code shows it; an answer that asks the reader for
credentials or money, or points to an address its sources do not give, is cut before that
sentence.

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
_EXFILTRATION = alternatives(  # a message asking for markup or an outside address in the answer
    r"!\[[^\]]*\]\(",  # a markdown image: the reader's browser would fetch it
    r"<\s*(?:img|a|script|iframe|svg|link|meta)\b[^>]*\b(?:src|href|content)\s*=",
    r"\b(?:answer|response|reply|reponse)s? (?:as|in|en) html\b",
    r"\b(?:as|like|comme|sous forme d'?) ?(?:an? |une? )?(?:markdown )?(?:image|lien officiel|official (?:link|template))\b",
)
_OUTPUT_PLACE = alternatives(
    r"\b(?:in|at the (?:end|bottom|top) of|to|into) (?:your|the) (?:answer|response|reply)\b",
    r"\bat the (?:very )?(?:end|bottom)\b",
    r"\b(?:dans|a la fin de|au bas de|en bas de) (?:ta|votre|la) reponse\b",
    r"\b(?:termine|finis|conclus)[sz]? (?:ta|votre) reponse\b",
    r"\ba la fin\b",
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
    r"\b(?:send|email|e-mail|give|share|provide|enter|type|reply with|confirm|verify|tell|ask (?:\w+ ){0,3}for) (?:us |me |them |it )?(?:with )?(?:your |their |the user'?s? )?(?:(?!not\b|never\b)[\w-]+ ){0,3}(?:password|passcode|pin code|login details|credentials|bank details|card number|card details|social security|iban)\b",
    r"\b(?:envoie[rz]?|envoye[rz]|donne[rz]?|communique[rz]?|partage[rz]?|indique[rz]?|saisi(?:r|ssez)|confirme[rz]?|transmet(?:s|tre|tez)) (?:nous |moi |leur )?(?:votre|ton|vos|tes|son|ses|leurs?) (?:[\w'-]+ (?:et|,) (?:votre |ton |vos |tes |son |ses |leurs? )?){0,3}(?:mot de passe|identifiants|code (?:pin|secret)|coordonnees bancaires|numero de carte|iban|rib)\b",
    r"\b(?:pay|transfer|wire|send) (?:a |an |the )?(?:small |one-time |registration |processing |membership )?(?:fee|deposit|payment)\b",
    r"\b(?:payer|virer|verser|regler) (?:des |les |un |une |de )?(?:petits? )?(?:frais|acompte|paiement|cotisation)\b",
)
_SPEAKS_TO_MODEL = alternatives(  # a sentence of a document that addresses the model
    r"\b(?:the |an? )?(?:ai|assistant|chatbot|llm|language model)s? (?:(?:always|must|should|will|then|now|shall) )*(?:answers?|says?|replies|responds?|tells?|asks?|writes?|ends?|adds?|signs? off)\b",
    r"\b(?:l'|l )?(?:ia|assistant|chatbot) (?:(?:doit|devra|va|repond|dit|ecrit|ajoute|termine|demande)\b ?)+",
    r"\b(?:tell|ask|inform|remind|instruct) (?:the )?(?:user|reader)s? (?:to|that)\b",
    r"\b(?:dis|dites|demande[sz]?|indique[sz]?|rappelle[sz]?) (?:a |au )?(?:l'|l )?(?:utilisateur|lecteur)\b",
    # its instructions, and sample replies for it to copy
    r"\b(?:ai|assistant|chatbot|model)'?s? (?:instructions?|rules|orders)\b",
    r"\b(?:instructions?|consignes?|regles?) (?:de|pour|a) (?:l'|l )?(?:assistant|ia|chatbot|modele)\b",
    r"\b(?:reply|replies|answer|answers|response|responses|reponses?)\b (?:[\w'-]+ ){0,3}(?:the |l'|l )?(?:ai|assistant|ia|chatbot)\b",
    r"\b(?:what|how) (?:does|do|should|would) (?:the )?(?:ai|assistant|chatbot) (?:say|answer|reply|respond)\b",
    r"\b(?:repond|dit|ecrit|demande|reprend|repete)[sz]? (?:toujours )?(?:l'|l )(?:assistant|ia|chatbot)\b",
    r"\b(?:l'|l )(?:assistant|ia|chatbot) (?:reprend|repete|recopie|copie)\b",
    r"^(?:il|elle) (?:repond|dit|ecrit) toujours\b",
    # directions about the answer itself, which a document for people never gives
    r"\b(?:begin|start|end|finish|close|sign|open|conclude) (?:your|each|every|the|all) (?:answers?|repl(?:y|ies)|responses?)\b",
    r"\b(?:answer|reply|respond)(?: to the user)? (?:only|always|exclusively) (?:in|with|by)\b",
    r"\b(?:commence|termine|finis|conclus|signe|debute)[rsz]? (?:ta|tes|chaque|votre|vos|toutes? (?:tes|vos|les)) (?:reponses?|messages?)\b",
    r"\breponds?\b (?:uniquement|seulement|toujours|exclusivement)\b",
    r"\b(?:every|each|all|any) (?:answers?|repl(?:y|ies)|responses?)\b (?:[\w'-]+ ){0,4}(?:should|must|shall|will) (?:follow|include|end|start|begin|contain|copy)\b",
    r"\b(?:chaque|toute|toutes les) (?:reponses?)\b (?:[\w'-]+ ){0,4}(?:doit|doivent) (?:suivre|inclure|contenir|finir|se terminer|commencer|reprendre)\b",
    r"\b(?:in|en) (?:capital letters|capitals|upper ?case|majuscules)\b",
    r"\bignore[sz]? (?:the |la |le |l'|l )?(?:user'?s? |reader'?s? )?(?:question|request|demande)\b",
)
_SECRET = re.compile(
    r"\b(?:password|passcode|pin code|login details|credentials|card (?:number|code)"
    r"|mot de passe|identifiants|code (?:pin|secret|de (?:la |sa |votre |ta )?carte))\b"
)
_IMAGE = re.compile(r"!\[[^\]]*\]\(|<\s*img\b", re.IGNORECASE)
_DELIMITER = re.compile(
    r"</?\s*(?:reference|references|passages?|system|context|document)\s*>"
    r"|\[(?:end|fin) (?:of|des?) (?:the )?(?:reference|passages|references|extraits)[^\]]*\]",
    re.IGNORECASE,
)
_MARKDOWN_COMMENT = re.compile(r"^[ \t]*\[[^\]\n]*\]:[ \t]*#.*$", re.MULTILINE)
_OPEN_COMMENT = re.compile(r"<!--.*", re.DOTALL)
_SENTENCES = re.compile(r"(?<=[.!?…])\s+")
_NEGATION = re.compile(
    r"\b(?:never|not|no|don't|do not|doesn't|won't|cannot|can't|must not|should not|shouldn't"
    r"|jamais|ne|n'|pas|aucun|sans)\b[^.!?]{0,40}$"
)
_ADDRESS = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_HIDDEN = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]")
_HTML_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n")


def _folded(text: str) -> str:
    return folded(_HIDDEN.sub("", text))


def looks_like_injection(text: str) -> bool:
    """A message that tries to change the assistant's instructions or role, or to have its
    answer carry an image, HTML or an outside address (a way to leak the conversation)."""
    seen = _folded(text)
    if _OVERRIDE.search(seen) or _EXFILTRATION.search(seen):
        return True
    return bool(_ADDRESS.search(seen) and _OUTPUT_PLACE.search(seen))


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


def reader_text(text: str) -> str:
    """``text`` as its readers see it and as it may be quoted, without what is there for a
    model: invisible (zero-width) characters, HTML and Markdown comments, fake ends of the
    reference block, and every paragraph's sentences from the first that speaks to the AI,
    overrides its instructions or asks readers for credentials or money to the paragraph's end
    (an instruction goes on until its paragraph ends). Document structure (headings, lists,
    blank lines) is kept."""
    text = _HTML_COMMENT.sub("", _HIDDEN.sub("", text))
    text = _OPEN_COMMENT.sub("", text)
    text = _MARKDOWN_COMMENT.sub("", text)
    text = _DELIMITER.sub("", text)
    kept: list[str] = []
    stopped = False
    for line in text.split("\n"):
        if not line.strip():
            stopped = False  # a blank line ends the paragraph an instruction was in
            kept.append(line)
            continue
        if stopped:
            continue
        parts = _SENTENCES.split(line)
        for n, sentence in enumerate(parts):
            if _for_the_model(sentence):
                parts, stopped = parts[:n], True
                break
        if parts:
            kept.append(" ".join(parts) if stopped else line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip("\n")


def _for_the_model(sentence: str) -> bool:
    seen = folded(sentence)
    return bool(
        _IMAGE.search(sentence)  # an image in a sentence is something to add, not to read
        or (_ADDRESS.search(seen) and _SECRET.search(seen))  # "log in at … with your password"
        or _OVERRIDE.search(seen)
        or _ADDRESSED_TO_AI.search(seen)
        or _SPEAKS_TO_MODEL.search(seen)
        or _asks_for_credentials(seen)
    )


def _asks_for_credentials(seen: str) -> bool:
    """Whether folded text asks for credentials or money; "never share your password" and
    « ne donnez jamais votre mot de passe » warn, they do not ask."""
    for match in _CREDENTIALS.finditer(seen):
        if not _NEGATION.search(seen[max(0, match.start() - 40) : match.start()]):
            return True
    return False


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
    if _asks_for_credentials(_folded(text)):
        return True
    return bool({_address(a) for a in _ADDRESS.findall(text)} - known)
