"""Chunking: size limits, overlap, section boundaries and deterministic ids."""

from assistant.retrieval.chunking import chunk_document, split_text
from assistant.retrieval.documents import Document, Section


def _doc(*sections: Section, source: str = "knowledge/en/x.md") -> Document:
    return Document(source=source, title="Guide", language="en", sections=list(sections))


def test_short_text_is_one_piece() -> None:
    assert split_text("One paragraph.\n\nTwo.", 100, 10) == ["One paragraph.\n\nTwo."]


def test_pieces_respect_the_size_limit_and_overlap() -> None:
    sentences = " ".join(f"Sentence number {i} is here." for i in range(60))
    pieces = split_text(sentences, 200, 60)
    assert len(pieces) > 5
    assert all(len(p) <= 200 for p in pieces)
    # neighbours share at least one whole sentence
    first_tail = pieces[0].split(". ")[-1]
    assert first_tail.rstrip(".") in pieces[1]


def test_a_giant_word_is_cut_hard() -> None:
    pieces = split_text("x" * 1000, 300, 0)
    assert [len(p) for p in pieces] == [300, 300, 300, 100]


def test_chunks_never_cross_sections_and_carry_citation_metadata() -> None:
    doc = _doc(Section(("Goal",), "About goals. " * 50), Section(("Reality",), "About now."))
    chunks = chunk_document(doc, "guides", 300, 50)
    sections = [c.metadata["section"] for c in chunks]
    assert sections[-1] == "Reality" and set(sections[:-1]) == {"Goal"}
    assert all(c.metadata["title"] == "Guide" for c in chunks)
    assert all(c.metadata["source"] == "knowledge/en/x.md" for c in chunks)
    assert chunks[-1].embed_text.startswith("Guide — Reality\n\n")
    assert [c.metadata["chunk_index"] for c in chunks] == list(range(len(chunks)))


def test_ids_are_deterministic_and_scoped() -> None:
    doc = _doc(Section(("Goal",), "Text."), Section(("Goal",), "Same heading twice."))
    first = chunk_document(doc, "guides", 300, 50)
    again = chunk_document(doc, "guides", 300, 50)
    other = chunk_document(doc, "programme", 300, 50)
    assert [c.id for c in first] == [c.id for c in again]
    assert len({c.id for c in first}) == 2
    assert not {c.id for c in first} & {c.id for c in other}


def test_editing_one_section_changes_only_its_hashes() -> None:
    before = chunk_document(_doc(Section(("A",), "a"), Section(("B",), "b")), "g", 300, 0)
    after = chunk_document(_doc(Section(("A",), "a"), Section(("B",), "b!")), "g", 300, 0)
    assert [c.id for c in before] == [c.id for c in after]
    assert before[0].metadata["content_hash"] == after[0].metadata["content_hash"]
    assert before[1].metadata["content_hash"] != after[1].metadata["content_hash"]
