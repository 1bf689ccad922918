"""Grounded Q&A: retrieve, then let code compose what a small model gets wrong.

Code decides whether the guides cover the question at all, what the model sees (which passages,
how much of each) and which sources are listed. A question asking for a list ("what are the
phases…"), or a how-to whose section sets out steps, is answered with the guide's own items,
composed by code (:mod:`.lists`); a definition of what a section is headed ("What is reverse
mentoring?") with that section's own sentences, quoted. Any other answer is, by default
(``answer_mode = "quote"``), the best passage's sentences closest to the question, quoted: a
small model recombines a passage's words into sentences it does not say. With ``"model"``, and
always for a passage in another language than the question's, the model phrases it and code
checks it sentence by sentence: a sentence no passage supports is not shown, and when none passes
the answer is the passage's own key sentences (when the passage holds the question's words or
retrieval is sure of it; else "not covered"); when the model's sentences leave out much of the
passage, its key sentences follow them, quoted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from itertools import chain

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage

from assistant.language.messages import message
from assistant.language.text import detect_language, tokenize
from assistant.model.llm import stream_text
from assistant.model.prompts import load_prompt
from assistant.reply import Reply, Source, leaf_heading
from assistant.retrieval import Hit, KnowledgeBase, SearchFilter
from assistant.safety.guidance import guidance_note
from assistant.safety.injection import safe_model_text
from assistant.skills.base import ALL_ROLES, SkillContext, Turn
from assistant.skills.citations import SUPPORTED, cite_as_you_go
from assistant.skills.passages import INTRO_CHARS, SubsectionSource, numbered_sources, quote
from assistant.skills.qa.coverage import passage_covers, topic_words, unknown_names
from assistant.skills.qa.kinds import question_kind
from assistant.skills.qa.lists import GuideList, find_lists
from assistant.skills.stance.mode import mentoring_label

SOURCES = 3
LIST_HITS = 6  # sections searched for the list a question asks for
NAMED_HITS = 8  # sections searched for one whose heading the question names
MAX_SENTENCES = 5  # asked of the model, and enforced: later sentences drift from the sources
ADDS_AT = 0.4  # share of the passage's words the model's answer left out, from which it is quoted
# what is quoted of a passage: an unbroken run of its section (a list in it may take twice this)
QUOTE_CHARS = 750
LANGUAGE_NAMES = {"en": "English", "fr": "French"}
_CITED = re.compile(r"\[(\d+)\]")


def retrieve(
    kb: KnowledgeBase,
    question: str,
    language: str,
    audience: str | None = None,
    collection: str | None = None,
) -> list[Hit]:
    """Passages in the question's language first; any language if that finds nothing close.
    ``audience`` (a role) keeps to the guides written for it; ``collection`` to one collection
    (a programme's own documents), else every collection, the programme's own passages first."""
    where = SearchFilter(language=language, audience=audience, collection=collection)
    hits = kb.search(question, SOURCES, where)
    bar = kb.profile.covered_from(language)
    if covers(hits, bar) or holds_the_words(question, hits, language):
        return hits
    hits = kb.search(question, SOURCES, SearchFilter(audience=audience, collection=collection))
    return hits if covers(hits, bar) else []


def named_first(
    hits: list[Hit],
    question: str,
    language: str,
    more: Callable[[], list[Hit]] | None = None,
) -> list[Hit]:
    """``hits`` with the first one whose own heading the question names in full (two words at
    least, or all the question is about) moved to the front, when the first hit's heading is
    not named so; ``more`` gives further hits to look among (a wider search), one of which then
    takes the last place. "What is the SBI model?" is answered from "The SBI model", not from
    its sub-section "Using SBI for positive feedback" that the vectors put first; "What is
    reverse mentoring?" from the section headed "Reverse mentoring", sixth by score behind
    sections on its pitfalls and its checklist; « Qu'est-ce que le mentorat inversé ? » from
    « Le mentorat inversé », twelfth behind a whole guide's sections named after it (``more``
    then lists the sections headed so after a wider search's hits)."""
    asked = topic_words(question, language)

    def named(hit: Hit) -> bool:
        return heading_named(hit, asked)

    if not hits or named(hits[0]):
        return hits
    best = next((n for n, hit in enumerate(hits) if named(hit)), 0)
    if best:
        return [hits[best], *hits[:best], *hits[best + 1 :]]
    seen = {hit.id for hit in hits}
    found = next((h for h in (more() if more else []) if h.id not in seen and named(h)), None)
    return [found, *hits[:-1]] if found else hits


def heading_named(hit: Hit, asked: set[str]) -> bool:
    """Whether the question's topic words ``asked`` name ``hit``'s own heading in full (two words
    at least, or all the question is about)."""
    return names_heading(hit.section, hit.language, asked)


def names_heading(section: str, language: str, asked: set[str]) -> bool:
    """Whether the topic words ``asked`` name the leaf heading of ``section`` (a heading path in
    ``language``) in full: see :func:`heading_named`."""
    heading = topic_words(leaf_heading(section), language)
    return (len(heading) >= 2 and heading <= asked) or (bool(heading) and heading == asked)


def holds_the_words(question: str, hits: Sequence[Hit], language: str) -> bool:
    """Whether the best passage in the question's own language holds most of its words: the
    guides cover a question whose words they use even when the embedding model, weak outside
    English, finds it far (a French question on a French guide)."""
    return bool(hits) and passage_covers(question, headed(hits[0]), language, hits[0].language)


def headed(hit: Hit) -> str:
    """A passage with its guide's title and section headings: "What is the SBI model?" is
    covered by a section headed "The SBI model" whether or not its text repeats the name."""
    return f"{hit.title}\n{hit.section.replace(' > ', chr(10))}\n{hit.text}"


def covers(hits: Sequence[Hit], bar: float) -> bool:
    """Whether any hit is at least ``bar`` close to the question (the guides cover it)."""
    return any((h.similarity or 0.0) >= bar for h in hits)


def history_messages(history: Sequence[tuple[str, str]], turns: int) -> list[BaseMessage]:
    """The last ``turns`` exchanges, each side shortened, so prompts stay short."""
    messages: list[BaseMessage] = []
    for user, assistant in list(history)[-turns:] if turns else []:
        messages.append(HumanMessage(content=user[:500]))
        messages.append(AIMessage(content=assistant[:700]))
    return messages


def answer_question(
    question: str,
    kb: KnowledgeBase,
    model: BaseChatModel | Callable[[], BaseChatModel],
    language: str | None = None,
    history: Sequence[tuple[str, str]] = (),
    history_turns: int = 3,
    audience: str | None = None,
    collection: str | None = None,
    phrased: bool = True,
) -> Reply:
    """Retrieve and start a cited answer; iterate the result to stream it. ``model`` may be a
    function giving it: then it is asked for only when the model must write (a list, a
    definition a section gives, a "not covered" or a screened question never waits for the
    model to start). Unless ``phrased``, an answer whose passage is in the question's
    language is that passage's own sentences, quoted (``answer_mode = "quote"``)."""
    language = language or detect_language(question)
    hits = retrieve(kb, question, language, audience, collection)
    if not hits:
        return not_covered(language)
    near = SearchFilter(hits[0].language, audience, collection)
    asked_about = topic_words(question, language)
    hits = named_first(
        hits,
        question,
        language,
        lambda: [
            *kb.search(question, NAMED_HITS, near),
            *kb.sections_headed(
                lambda section, lang: names_heading(section, lang, asked_about), near
            ),
        ],
    )
    asked = question_kind(question)
    names = unknown_names(question, kb.lexical())
    if names and asked.kind != "other":  # "What is the OSKAR model?": about what no guide names
        return not_covered(language, names)
    if asked.kind == "list":
        # every guide of the language: a mentee asking for Kirkpatrick's levels gets the
        # trainers' guide that lists them (audience tailors answers; it hides nothing)
        wider = kb.search(question, LIST_HITS, SearchFilter(hits[0].language, None, collection))
        if found := find_lists(question, asked.noun, wider or hits, kb, language):
            return list_answer(found, language)
    if asked.kind == "howto":  # the steps a guide sets out in the very section retrieval chose
        steps = find_lists(question, "", hits[:1], kb, language)
        if steps and steps[0].section in {hits[0].section, hits[0].section.rpartition(" > ")[0]}:
            return list_answer(steps[:1], language)
    if asked.kind == "definition" and heading_named(hits[0], asked_about):
        # "What is reverse mentoring?" and a section headed so: the section's own words
        # define it, quoted and cited (a small model's paraphrase of a definition can invert
        # who does what, and attribution, which counts shared words, does not see it)
        return defined_by(hits[0], question, language, kb)
    if not phrased and hits[0].language == language:
        # the guide's own words: a small model recombines a passage's words into sentences
        # it does not say ("Utiliser les liens hiérarchiques directs" from a guide that says
        # to avoid them), and attribution, which counts shared words, cannot see it
        return quoted_answer(question, hits, language, names, kb)
    sources, messages = build_messages(question, hits, language, history, history_turns, kb)
    quoted = "\n".join(source.excerpt for source in sources)
    chat = model if isinstance(model, BaseChatModel) else model()
    answer = safe_model_text(stream_text(chat, messages), quoted, language)
    checked = cite_as_you_go(
        answer, sources, question, language, limit=MAX_SENTENCES, supported_at=SUPPORTED
    )
    reply = Reply("answer", language, sources=sources)
    sure = sure_from(kb.profile.covered_from(language))
    reply.pieces = _or_instead(checked, reply, question, hits, names, kb, sure)
    return reply


def defined_by(hit: Hit, question: str, language: str, kb: KnowledgeBase) -> Reply:
    """The answer to a definition whose section the question names: that section's sentences
    closest to the question, quoted and cited, no model."""
    return _quoted(numbered_sources([hit], question, kb)[0], hit, question, language, kb)


def quoted_answer(
    question: str, hits: Sequence[Hit], language: str, names: Sequence[str], kb: KnowledgeBase
) -> Reply:
    """The answer in the guides' own words, no model: the best passage that holds the question
    (see :func:`_quotable`), quoted and cited; "not covered" when none does, or when the
    question names what no guide mentions."""
    sources = numbered_sources(hits, question, kb)
    sure = sure_from(kb.profile.covered_from(language))
    found = None if names else _quotable(sources, hits, question, language, sure)
    if found is None:
        return not_covered(language, names)
    return _quoted(replace(found[0], number=1), found[1], question, language, kb)


def _quoted(source: Source, hit: Hit, question: str, language: str, kb: KnowledgeBase) -> Reply:
    """A reply that quotes ``hit``'s section (see :func:`_quote`), cited as ``source``, its only
    source."""
    return Reply("answer", language, iter([_quote(source, hit, question, language, kb)]), [source])


def _quote(source: Source, hit: Hit, question: str, language: str, kb: KnowledgeBase) -> str:
    """``hit``'s section quoted (its sentences closest to ``question``), introduced and cited
    as ``source``."""
    quoted = quotation(source, hit, question, language, kb)
    return key_sentences(source, hit.language, language, quoted)


def sure_from(bar: float) -> float:
    """The similarity from which retrieval is sure of its best passage: halfway from the bar a
    covered question passes to a perfect match."""
    return bar + (1.0 - bar) / 2


def _or_instead(
    checked: Iterator[str],
    reply: Reply,
    question: str,
    hits: Sequence[Hit],
    names: Sequence[str],
    kb: KnowledgeBase,
    sure: float = 1.0,
) -> Iterator[str]:
    """The model's checked sentences; if none passed, the own words of the best passage that
    retrieval is ``sure`` of, that holds the question's words, or that is in the other
    language (retrieval found none in the question's); else "not covered" (and the reply says
    so: no sources). The passage quoted after checked sentences is the best-ranked one of the
    document they cite first (see :func:`_first_cited`)."""
    said: list[str] = []
    for piece in checked:
        said.append(piece)
        yield piece
    text = "".join(said)
    if text.strip():
        source, top = _first_cited(text, reply.sources, hits)
        if top.language != reply.language:
            return  # word overlap means little across languages
        quoted = quotation(source, top, question, reply.language, kb)
        if _adds_to(quoted, text, reply.language):
            yield "\n\n" + key_sentences(source, top.language, reply.language, quoted)
        return
    found = None if names else _quotable(reply.sources, hits, question, reply.language, sure)
    if found is not None:
        yield _quote(*found, question, reply.language, kb)
        return
    reply.kind, reply.sources = "not_covered", []
    yield not_covered(reply.language, names).complete()


def _quotable(
    sources: Sequence[Source], hits: Sequence[Hit], question: str, language: str, sure: float
) -> tuple[Source, Hit] | None:
    """The first source, with its hit, whose passage may answer ``question`` in the guide's
    own words: one in another language (retrieval found none in the question's), one
    retrieval is ``sure`` of, or one that holds the question's words."""
    for source, hit in _pairs(sources, hits):
        if (
            hit.language != language
            or (hit.similarity or 0.0) >= sure
            or passage_covers(question, headed(hit), language, hit.language)
        ):
            return source, hit
    return None


def _pairs(sources: Sequence[Source], hits: Sequence[Hit]) -> Iterator[tuple[Source, Hit]]:
    """Each source with the hit it was cut from, in the sources' order (a sub-section an
    introduction was expanded into has no hit of its own and is left out)."""
    for source in sources:
        for hit in hits:
            if (hit.source, hit.section) == (source.source, source.section):
                yield source, hit
                break


def _first_cited(text: str, sources: Sequence[Source], hits: Sequence[Hit]) -> tuple[Source, Hit]:
    """The best-ranked source of the document ``text`` cites first, with the hit it was cut
    from; the first source and the best hit when it cites none (or a sub-section an
    introduction was expanded into). The document is the model's choice (a handbook's answer
    is not followed by a bundled guide), the section retrieval's: a small model often cites
    the neighbouring section of the one that answers."""
    cited = next((int(m.group(1)) for m in _CITED.finditer(text)), None)
    pairs = list(_pairs(sources, hits))
    document = next((p[0].source for p in pairs if p[0].number == cited), None)
    pair = next((p for p in pairs if p[0].source == document), None)
    return pair or (sources[0], hits[0])


def _adds_to(excerpt: str, said: str, language: str) -> bool:
    """Whether the guide's own words hold much the model's sentences left out (then they follow
    them, quoted: a small model's answer keeps few of the guide's points)."""
    quoted = set(tokenize(excerpt, language))
    return len(quoted - set(tokenize(said, language))) > ADDS_AT * len(quoted)


def not_covered(language: str, names: Sequence[str] = ()) -> Reply:
    """The fixed "not covered" reply, naming what the guides never mention when known."""
    if names:
        listed = message(language, "qa.and").join(
            message(language, "qa.quote", text=name) for name in names
        )
        return Reply.fixed(
            "not_covered", language, message(language, "qa.not_covered_names", names=listed)
        )
    return Reply.fixed("not_covered", language, message(language, "qa.not_covered"))


def list_answer(lists: Sequence[GuideList], language: str) -> Reply:
    """The guide's list (or two lists of one guide) as the answer: a lead naming where it comes
    from (saying so when the guide is in another language), then its items, each cited."""
    hit = lists[0].hit
    other = "_other_language" if hit.language != language else ""
    names = [
        message(language, "qa.quote", text=leaf_heading(found.section))
        for found in lists
        if found.section
    ]
    if names:
        section = message(language, "qa.and").join(names)
        lines = [message(language, f"qa.list_lead{other}", title=hit.title, section=section)]
    else:
        lines = [message(language, f"qa.list_lead_document{other}", title=hit.title)]
    colon = " :" if language == "fr" else ":"  # French sets a space before a colon
    for n, found in enumerate(lists):
        if n:
            lines.append(message(language, "qa.list_then", section=leaf_heading(found.section)))
        for item in found.items:
            words = (
                f"**{item.head}**{colon} {item.text}"
                if item.head and item.text
                else item.head or item.text
            )
            lines.append(f"- {words} [{n + 1}]")
    sources = [
        Source(n + 1, found.hit.title, found.section, found.hit.source, found.text)
        for n, found in enumerate(lists)
    ]
    return Reply("answer", language, iter(["\n".join(lines)]), sources)


def quotation(source: Source, top: Hit, question: str, language: str, kb: KnowledgeBase) -> str:
    """What is quoted of the best passage: the unbroken run of its section's sentences that
    holds most of what the question is about, within :data:`QUOTE_CHARS` (more than the model
    was shown: quoting costs no model time), or what the model was shown when the passage only
    introduces its sub-sections."""
    if source.section != top.section:
        return source.excerpt
    text = kb.section_text(top)
    if len(text) < INTRO_CHARS:
        return source.excerpt
    words = topic_words(question, language) | topic_words(question, top.language)
    return quote(text, words, top.language, QUOTE_CHARS) or source.excerpt


def key_sentences(
    source: Source, source_language: str, language: str, quoted: str | None = None
) -> str:
    """The passage's own words (``quoted``, else what the model was shown), cited, introduced as
    a quotation (in the user's language, saying so if the guide's differs): the answer when no
    sentence of the model's passes, or what follows the model's when they leave much out."""
    key = "qa.quoted" if source_language == language else "qa.quoted_other_language"
    body = (quoted or source.excerpt).replace("\n", "\n> ")
    return message(language, key, title=source.title) + f"\n> {body} [{source.number}]"


def build_messages(
    question: str,
    hits: Sequence[Hit],
    language: str,
    history: Sequence[tuple[str, str]] = (),
    history_turns: int = 3,
    kb: SubsectionSource | None = None,
) -> tuple[list[Source], list[BaseMessage]]:
    """The numbered sources and the exact messages sent to the model for ``question`` (with
    ``kb``, a hit that only introduces sub-sections is expanded into them)."""
    sources = numbered_sources(hits, question, kb)
    prompt = load_prompt("qa")
    user = prompt.render_user(
        sources=sources,
        question=question,
        language=language,
        language_name=LANGUAGE_NAMES[language],
        max_sentences=MAX_SENTENCES,
    )
    messages = [
        SystemMessage(content=prompt.system),
        *history_messages(history, history_turns),
        HumanMessage(content=user),
    ]
    return sources, messages


class GroundedQA:
    """The skill of last resort: a cited answer from the guides written for the user's role
    (or "not covered"). It takes every turn no other skill took."""

    name = "qa"
    roles = ALL_ROLES

    def __init__(self, context: SkillContext) -> None:
        self.context = context

    def takes(self, turn: Turn) -> bool:
        return True

    def respond(self, turn: Turn) -> Reply:
        reply = answer_question(
            turn.message,
            self.context.kb,
            self.context.model,
            turn.language,
            turn.conversation.history,
            self.context.settings.history_turns,
            audience=turn.role,
            collection=turn.conversation.collection,
            phrased=self.context.settings.answer_mode == "model",
        )
        note = guidance_note(turn.message, turn.language, self.context.settings)
        if note:  # someone else's crisis: the safeguarding route first, whatever the guides say
            return Reply(reply.kind, reply.language, chain([note + "\n\n"], reply.pieces),
                         reply.sources)  # fmt: skip
        if turn.conversation.stance == "mentoring" and reply.kind == "answer":
            label = mentoring_label(turn.language) + "\n"
            return Reply("answer", reply.language, chain([label], reply.pieces), reply.sources)
        return reply
