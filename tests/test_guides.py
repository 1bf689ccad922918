"""What every bundled guide (knowledge/<lang>/<name>.md) must satisfy.

Front matter::

    ---
    title: <title in the guide's language>
    language: en                        # equals the folder: en or fr
    audience: [mentee, mentor, trainer]  # a non-empty subset of these three
    topics: [kebab-case-id, ...]         # lower-case ascii kebab-case ids
    translation_of: [fr/twin.md]         # twins in the other language, relative to knowledge/
    ---

- Twins link both ways, are written in the other language and exist.
- Twins are for the same readers: one-to-one twins have the same audience; a guide that covers the
  ground of several twins is for exactly the union of their audiences, and each of those twins for
  a part of it. Twins have topic ids in common.
- Every English guide has at least one French twin.
- The sidecar <name>.questions.yaml has a key for every `##` section, each key is exactly the text
  of a `##` (or `###`) heading of the guide, naming one heading only, and every key lists distinct
  questions (the writing brief asks for 4 to 5 per section).
- No guide shares a sequence of 8 words with the seed articles the knowledge base was written from.
  The seeds are not part of this repository: tests/data/seed_8grams.txt holds only hashes of their
  8-word sequences (built by ``python -m evals.seed_overlap --build <seeds>``).

Self-contained: reads the files with yaml and the standard library, nothing from ``assistant``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from evals.seed_overlap import HASHES, body, load_hashes, overlaps

KNOWLEDGE = Path(__file__).resolve().parents[1] / "knowledge"
LANGUAGES = ("en", "fr")
AUDIENCES = {"mentee", "mentor", "trainer"}
FIELDS = {"title", "language", "audience", "topics", "translation_of"}
KEBAB = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
GUIDE_PATH = re.compile(r"(en|fr)/[a-z0-9]+(?:-[a-z0-9]+)*\.md")
HEADING = re.compile(r"(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*")
FENCE = re.compile(r"[ \t]*(```|~~~)")

GUIDES = sorted(p for lang in LANGUAGES for p in (KNOWLEDGE / lang).glob("*.md"))
ENGLISH = [g for g in GUIDES if g.parent.name == "en"]


def rel(path: Path) -> str:
    """``knowledge/en/grow-model.md`` -> ``en/grow-model.md`` (how guides name each other)."""
    return path.relative_to(KNOWLEDGE).as_posix()


def front_matter(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n"), f"{rel(path)}: no front matter"
    end = text.find("\n---\n", 4)
    assert end != -1, f"{rel(path)}: front matter is not closed by ---"
    front = yaml.safe_load(text[4:end])
    assert isinstance(front, dict), f"{rel(path)}: front matter is not a mapping"
    return front


def twins(path: Path) -> list[str]:
    return list(front_matter(path).get("translation_of") or [])


def audience(guide: str) -> set[str]:
    return set(front_matter(KNOWLEDGE / guide)["audience"])


def headings(path: Path) -> list[tuple[int, str]]:
    """(level, text) of every Markdown heading outside code fences."""
    found: list[tuple[int, str]] = []
    in_fence = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else HEADING.fullmatch(line)
        if match:
            found.append((len(match.group(1)), match.group(2)))
    return found


@pytest.mark.parametrize("guide", GUIDES, ids=rel)
def test_front_matter_has_every_field_in_the_right_form(guide: Path) -> None:
    front = front_matter(guide)
    assert not FIELDS - set(front), f"missing: {sorted(FIELDS - set(front))}"
    assert isinstance(front["title"], str) and front["title"].strip()
    assert front["language"] == guide.parent.name
    readers = front["audience"]
    assert isinstance(readers, list) and readers, "audience is a non-empty list"
    assert len(set(readers)) == len(readers) and set(readers) <= AUDIENCES, readers
    topics = front["topics"]
    assert isinstance(topics, list) and topics, "topics is a non-empty list"
    assert len(set(topics)) == len(topics), topics
    not_kebab = [t for t in topics if not (isinstance(t, str) and KEBAB.fullmatch(t))]
    assert not not_kebab, f"topics must be lower-case ascii kebab-case: {not_kebab}"
    assert isinstance(front["translation_of"], list), "translation_of is a list"


@pytest.mark.parametrize("guide", GUIDES, ids=rel)
def test_twins_exist_in_the_other_language_and_link_back(guide: Path) -> None:
    for twin in twins(guide):
        assert isinstance(twin, str) and GUIDE_PATH.fullmatch(twin), twin
        assert twin.split("/")[0] != guide.parent.name, f"{twin} is in the same language"
        assert (KNOWLEDGE / twin).is_file(), f"{twin} does not exist"
        assert rel(guide) in twins(KNOWLEDGE / twin), f"{twin} does not link back"


@pytest.mark.parametrize("guide", GUIDES, ids=rel)
def test_twins_are_for_the_same_readers_and_share_topics(guide: Path) -> None:
    mine = twins(guide)
    present = [t for t in mine if (KNOWLEDGE / t).is_file()]
    if not present:
        pytest.skip("no twin to compare with yet")
    readers = set(front_matter(guide)["audience"])
    if len(mine) > 1:  # covers the ground of several twins: for all of their readers
        assert readers == set().union(*(audience(t) for t in present))
    else:
        [twin] = present
        if len(twins(KNOWLEDGE / twin)) > 1:  # one part of a guide that covers several
            assert readers <= audience(twin)
        else:
            assert readers == audience(twin)
    topics = set(front_matter(guide)["topics"])
    for twin in present:
        assert topics & set(front_matter(KNOWLEDGE / twin)["topics"]), f"no topic in common: {twin}"


@pytest.mark.parametrize("guide", ENGLISH, ids=rel)
def test_every_english_guide_has_a_french_twin(guide: Path) -> None:
    french = [t for t in twins(guide) if t.startswith("fr/")]
    assert french, "translation_of names no French guide"
    missing = [t for t in french if not (KNOWLEDGE / t).is_file()]
    assert not missing, f"French twin not written yet: {missing}"


@pytest.mark.parametrize("guide", GUIDES, ids=rel)
def test_sidecar_keys_are_the_guide_headings(guide: Path) -> None:
    sidecar = guide.with_name(f"{guide.stem}.questions.yaml")
    assert sidecar.is_file(), f"no {sidecar.name}"
    questions = yaml.safe_load(sidecar.read_text(encoding="utf-8"))
    assert isinstance(questions, dict), "the sidecar maps headings to lists of questions"
    found = headings(guide)
    sections = [text for level, text in found if level == 2]
    named = [text for level, text in found if level in (2, 3)]
    assert not [s for s in sections if s not in questions], "every ## section needs a key"
    for key, items in questions.items():
        assert named.count(key) == 1, f"{key!r} must name exactly one ## or ### heading"
        assert isinstance(items, list) and items, f"{key!r}: a list of questions"
        assert all(isinstance(q, str) and q.strip() for q in items), key
        assert len(set(items)) == len(items), f"{key!r}: a question is repeated"


def test_the_seed_hash_file_holds_only_hashes() -> None:
    lines = HASHES.read_text(encoding="ascii").splitlines()
    assert len(lines) > 1000
    assert all(re.fullmatch(r"[0-9a-f]{16}", line) for line in lines)
    assert lines == sorted(set(lines))


@pytest.fixture(scope="module")
def seed_hashes() -> set[str]:
    assert HASHES.is_file(), "build it: python -m evals.seed_overlap --build <seed folder>"
    return load_hashes(HASHES)


@pytest.mark.parametrize("guide", GUIDES, ids=rel)
def test_no_guide_shares_eight_words_with_the_seed_articles(
    guide: Path, seed_hashes: set[str]
) -> None:
    shared = overlaps(body(guide.read_text(encoding="utf-8")), seed_hashes)
    assert not shared, f"reword: {shared}"
