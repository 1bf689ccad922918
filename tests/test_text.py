"""Lexical normalisation: accent folding, stop words, stemming and language detection."""

from assistant.language.text import detect_language, fold, tokenize


def test_fold_strips_accents_and_ligatures() -> None:
    assert fold("Évaluer l’été, cœur") == "evaluer l'ete, coeur"


def test_french_tokens_match_with_and_without_accents_and_inflection() -> None:
    assert tokenize("les séances de mentorat", "fr") == tokenize("seance mentorat", "fr")


def test_a_feminine_participle_and_a_plural_in_os_meet_their_base_form() -> None:
    """Folded first (so that French typed without accents matches), « mentorée » and
    « numéros » kept endings the stemmer only reads with their accents."""
    assert tokenize("ma mentorée, maltraitée", "fr") == tokenize("mon mentoré, maltraité", "fr")
    assert tokenize("quels numéros appeler", "fr") == tokenize("quel numéro appeler", "fr")
    assert tokenize("ma mentoree", "fr") == tokenize("ma mentorée", "fr")


def test_french_elision_is_removed() -> None:
    assert tokenize("l'objectif d'apprentissage", "fr") == tokenize("objectif apprentissage", "fr")


def test_english_stop_words_dropped_and_words_stemmed() -> None:
    assert tokenize("How do I prepare for the sessions?", "en") == ["prepar", "session"]


def test_detect_language() -> None:
    assert detect_language("Quelle est la différence entre le mentorat et le coaching ?") == "fr"
    assert detect_language("What is the difference between coaching and mentoring?") == "en"
    assert detect_language("") == "en"
