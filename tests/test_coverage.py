"""Not covered means not covered: a question about a name no guide mentions, or one whose
model answer had no supported sentence and whose best passage does not hold its words, gets
the fixed "not covered" reply and no sources."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.agent import Agent
from assistant.conversation import Conversation
from assistant.model.fake import ScriptedChatModel
from assistant.records.store import Records
from assistant.retrieval import Hit, KnowledgeBase, SearchFilter
from assistant.skills.qa import holds_the_words, named_first
from assistant.skills.qa.coverage import passage_covers, unknown_names


class Vocabulary:
    def __init__(self, *stems: str) -> None:
        self.stems = set(stems)

    def knows(self, token: str) -> bool:
        return token in self.stems


def test_names_past_the_sentence_start_that_no_document_holds_are_unknown() -> None:
    known = Vocabulary("grow", "kram")
    question = "What is the OSKAR model, and is it like GROW or Kram? I ask because Qualiopi."
    assert unknown_names(question, known) == ["OSKAR", "Qualiopi"]
    assert unknown_names("I think I talk too much. What should I do?", known) == []


def test_a_passage_is_quoted_only_if_it_holds_half_of_the_question_words() -> None:
    passage = "Reverse mentoring pairs a junior employee with a senior leader."
    assert passage_covers("What is reverse mentoring?", passage, "en", "en")
    assert not passage_covers("Quelle est la recette de la pâte à crêpes ?", passage, "fr", "en")


def test_words_of_asking_need_not_be_in_the_passage() -> None:
    """ "Puis-je", "en quoi consiste", "faire" say how the question is asked, not what about."""
    sbi = "Le modèle SBI\nUn retour en trois temps : la situation, le comportement, l'impact."
    assert passage_covers("En quoi consiste la méthode SBI pour faire un retour ?", sbi, "fr", "fr")
    costs = "Tremplin rembourse les frais : les trajets en transports en commun au prix réel."
    question = "Je suis mentor dans Tremplin : puis-je me faire rembourser mes trajets ?"
    assert passage_covers(question, costs, "fr", "fr")
    assert not passage_covers("Puis-je déduire mes trajets de mes impôts ?", sbi, "fr", "fr")


def agent_with(
    settings, kb: KnowledgeBase, records: Records, write_guide: Callable[..., Path], answer: str
) -> Agent:
    write_guide(
        "reverse.md",
        "Reverse mentoring",
        {"What it is": "Reverse mentoring pairs a junior employee with a senior leader."},
    )
    kb.ingest([settings.knowledge_dir])
    return Agent(settings, kb, records, ScriptedChatModel(script=[answer]))


def test_a_definition_of_a_name_no_guide_mentions_is_not_covered_and_says_which(
    settings, kb: KnowledgeBase, records: Records, write_guide: Callable[..., Path]
) -> None:
    agent = agent_with(settings, kb, records, write_guide, "OSKAR is a coaching model [1].")
    reply = agent.respond(Conversation(user="amira"), "What is the OSKAR reverse mentoring model?")
    assert reply.complete().startswith(
        "The mentoring guides in the knowledge base never mention “OSKAR”"
    )
    assert reply.kind == "not_covered" and reply.sources == []


def test_an_unsupported_answer_to_a_question_the_passage_does_not_hold_becomes_not_covered(
    phrased, kb: KnowledgeBase, records: Records, write_guide: Callable[..., Path]
) -> None:
    agent = agent_with(
        phrased, kb, records, write_guide, "Mix flour, eggs and milk, then rest the batter [1]."
    )
    question = "Reverse mentoring: how much sugar goes into crêpe batter?"
    reply = agent.respond(Conversation(user="amira"), question)
    text = reply.complete()
    assert agent.model().calls, "the model answered; its answer was not shown"
    assert "flour" not in text
    assert reply.kind == "not_covered" and reply.sources == []
    assert text.startswith("The mentoring guides in the knowledge base do not cover this question")


def test_an_unsupported_answer_to_a_question_the_passage_holds_quotes_the_passage(
    settings, kb: KnowledgeBase, records: Records, write_guide: Callable[..., Path]
) -> None:
    agent = agent_with(
        settings, kb, records, write_guide, "It was invented at General Electric in 1999 [1]."
    )
    reply = agent.respond(Conversation(user="amira"), "What is reverse mentoring?")
    assert reply.complete() == (
        "Here is what the guide “Reverse mentoring” says:\n"
        "> Reverse mentoring pairs a junior employee with a senior leader. [1]"
    )
    assert reply.kind == "answer"


def test_a_french_question_only_an_english_guide_answers_gets_that_guide_saying_so(
    settings, kb: KnowledgeBase, records: Records, write_guide: Callable[..., Path]
) -> None:
    agent = agent_with(
        settings, kb, records, write_guide, "Le mentorat inversé a été inventé en 1999 [1]."
    )
    reply = agent.respond(Conversation(user="amira"), "Qu'est-ce que le reverse mentoring ?")
    text = reply.complete()
    assert text.startswith("Seul un guide en anglais, « Reverse mentoring », traite ce point")
    assert "1999" not in text and reply.kind == "answer"


def _hit(text: str, language: str, similarity: float) -> Hit:
    return Hit(
        text=text, title="t", section="s", source="knowledge/x.md", score=1.0,
        language=language, collection="guides", id="1", similarity=similarity,
    )  # fmt: skip


def test_a_passage_in_the_questions_language_holding_its_words_covers_it_whatever_the_vectors_say(
) -> None:  # fmt: skip
    question = "Comment clôturer la dernière séance de mentorat ?"
    held = _hit("Pour clôturer la dernière séance, faites le bilan du parcours.", "fr", 0.2)
    elsewhere = _hit("Le modèle GROW structure une conversation.", "fr", 0.2)
    assert holds_the_words(question, [held], "fr")
    assert not holds_the_words(question, [elsewhere], "fr")
    assert not holds_the_words(question, [], "fr")


def _headed(section: str) -> Hit:
    """A hit known by its section heading (what naming a section looks at)."""
    return Hit(
        text="…",
        title="Feedback",
        section=section,
        source="knowledge/en/feedback.md",
        score=1.0,
        language="en",
        collection="guides",
        id=section,
    )


def test_a_section_whose_heading_the_question_names_in_full_answers_first() -> None:
    praise, model = _headed("The SBI model > Using SBI for praise"), _headed("The SBI model")
    closing = _headed("Giving feedback to the programme")
    asked = "What is the SBI model for giving feedback?"
    assert named_first([praise, model], asked, "en") == [model, praise]
    # words of asking ("faire") or generic words ("programme") do not name a section
    retour = closing.model_copy(
        update={"section": "Faire un retour au programme", "language": "fr"}
    )
    sbi = model.model_copy(
        update={"section": "Le modèle SBI : Situation, Comportement, Impact", "language": "fr"}
    )
    french = "En quoi consiste la méthode SBI pour faire un retour ?"
    assert named_first([sbi, retour], french, "fr") == [sbi, retour]
    assert named_first([closing, praise], "How do I end well?", "en") == [closing, praise]


def test_a_section_the_question_names_is_looked_for_beyond_the_first_hits() -> None:
    pitfalls, checklist = _headed("Pitfalls"), _headed("Checklist")
    named = _headed("Reverse mentoring")
    question = "What is reverse mentoring?"
    assert named_first([pitfalls, checklist], question, "en", lambda: [pitfalls, named]) == [
        named,
        pitfalls,
    ]
    assert named_first([pitfalls, checklist], question, "en", lambda: [_headed("Other")]) == [
        pitfalls,
        checklist,
    ]


def test_a_definition_whose_section_the_question_names_is_that_sections_own_words(
    settings, phrased, kb: KnowledgeBase, records: Records, write_guide: Callable[..., Path]
) -> None:
    write_guide(
        "reverse.md",
        "Forms of mentoring",
        {
            "Reverse mentoring": "Reverse mentoring pairs a junior employee with a senior leader.",
            "Pitfalls of reverse mentoring": "Reverse mentoring fails when the junior fears "
            "consequences for being frank with a senior leader.",
            "Reverse mentoring checklist": "The reverse mentoring pair writes its purpose down.",
        },
    )
    kb.ingest([settings.knowledge_dir])
    # a small model once wrote the senior leader mentoring the junior, under a citation
    model = ScriptedChatModel(
        script=["Reverse mentoring pairs a senior leader who mentors a junior."]
    )
    agent = Agent(phrased, kb, records, model)
    reply = agent.respond(Conversation(user="amira"), "What is reverse mentoring?")
    answer = reply.complete()
    assert not model.calls, "a definition the guide gives in a section headed so needs no model"
    assert "> Reverse mentoring pairs a junior employee with a senior leader. [1]" in answer
    assert [s.section for s in reply.sources] == ["Reverse mentoring"]
    how = agent.respond(
        Conversation(user="amira"), "How do I avoid the pitfalls of reverse mentoring?"
    )
    how.complete()
    assert "[2]" in str(model.calls[0][0][-1].content)  # another kind of question reads them all


def test_a_section_the_question_names_is_found_behind_a_whole_guide_named_after_it(
    settings,
    kb: KnowledgeBase,
    records: Records,
    write_guide: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dedicated = {
        f"{aspect} du mentorat inversé": f"Le mentorat inversé : {aspect.lower()}."
        for aspect in ("Les origines", "Les écueils", "Aide-mémoire", "Le calendrier")
    }
    write_guide("fr/inverse.md", "Le mentorat inversé en pratique", dedicated, language="fr")
    write_guide(
        "fr/formes.md",
        "Les formes de mentorat",
        {"Le mentorat inversé": "Un salarié junior accompagne un cadre dirigeant."},
        language="fr",
    )
    kb.ingest([settings.knowledge_dir])
    search = kb.search

    def ranked_behind(query: str, k: int | None = None, where: SearchFilter | None = None):
        # as on the real guides: a whole guide named after it outranks the section headed so
        return [h for h in search(query, 20, where) if h.source.endswith("inverse.md")][:k]

    monkeypatch.setattr(kb, "search", ranked_behind)
    question = "Qu'est-ce que le mentorat inversé ?"
    model = ScriptedChatModel(script=["Un salarié junior accompagne un cadre dirigeant."])
    reply = Agent(settings, kb, records, model).respond(Conversation(user="amira"), question)
    answer = reply.complete()
    assert [s.source.rsplit("/", 1)[-1] for s in reply.sources] == ["formes.md"], (
        "the definition comes from the section headed with the very name asked about"
    )
    assert "> Un salarié junior accompagne un cadre dirigeant. [1]" in answer
    assert not model.calls


def test_the_sections_headed_so_are_listed_once_each_by_their_opening_chunk(
    settings, kb: KnowledgeBase, write_guide: Callable[..., Path]
) -> None:
    long = " ".join(f"Phrase {n} sur les formes de mentorat." for n in range(200))
    write_guide("fr/formes.md", "Les formes", {"Le mentorat inversé": long, "Autre": "x"}, "fr")
    write_guide("en/forms.md", "Forms", {"Reverse mentoring": "A junior mentors a senior."})
    kb.ingest([settings.knowledge_dir])
    found = kb.sections_headed(lambda section, language: "invers" in section, SearchFilter("fr"))
    assert [(h.source, h.section) for h in found] == [
        ("knowledge/fr/formes.md", "Le mentorat inversé")
    ]
    assert found[0].text.startswith("Phrase 0"), "a long section is given by its opening chunk"
    assert (
        kb.sections_headed(lambda section, language: "invers" in section, SearchFilter("en")) == []
    )
