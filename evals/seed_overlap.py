"""Seed overlap: no guide may share a sequence of 8 words with the seed articles.

    python -m evals.seed_overlap --build ../shared/seeds   # writes tests/data/seed_8grams.txt
    python -m evals.seed_overlap --check                   # lists overlaps of the guides against it

The seed articles (the domain reference the guides were written from) are not part of a clone of
this repository, so the test suite never reads them. ``--build`` stores only hashes: for every
8-word sequence of the seeds, the first 16 hex digits of the SHA-1 of its normalised words joined
by single spaces, sorted and one per line. No seed text is written.

Normalising, the same on both sides: Unicode NFKD, accents dropped, lower case, every character
that is not a letter or a digit becomes a space, then split into words. The whole text is one
sequence of words (a sequence may run across sentences and headings). Guides are the
``knowledge/<lang>/*.md`` files, read without their front matter. ``--check`` exits with 1 when
any guide overlaps.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path

N = 8
REPO = Path(__file__).resolve().parents[1]
HASHES = REPO / "tests" / "data" / "seed_8grams.txt"
KNOWLEDGE = REPO / "knowledge"


def words(text: str) -> list[str]:
    """The normalised words of ``text`` (NFKD, no accents, lower case, letters and digits)."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return "".join(c if c.isalnum() else " " for c in plain).split()


def grams(text: str, n: int = N) -> Iterator[tuple[int, str]]:
    """(index of the first word, the n words joined by spaces) for every n-word sequence."""
    found = words(text)
    for i in range(len(found) - n + 1):
        yield i, " ".join(found[i : i + n])


def digest(gram: str) -> str:
    return hashlib.sha1(gram.encode("utf-8")).hexdigest()[:16]


def body(markdown: str) -> str:
    """A guide without its ``---`` front matter block."""
    if markdown.startswith("---\n"):
        end = markdown.find("\n---", 4)
        if end != -1:
            return markdown[end + 4 :]
    return markdown


def guides(knowledge: Path = KNOWLEDGE) -> list[Path]:
    return sorted(knowledge.glob("*/*.md"))


def load_hashes(path: Path = HASHES) -> set[str]:
    return {line.strip() for line in path.read_text(encoding="ascii").splitlines() if line.strip()}


def overlaps(text: str, hashes: set[str]) -> list[str]:
    """The 8-word sequences of ``text`` (normalised) whose hash is among ``hashes``."""
    return [gram for _, gram in grams(text) if digest(gram) in hashes]


def build(seeds: Path, out: Path = HASHES) -> int:
    files = sorted(p for p in seeds.glob("*.txt") if p.is_file())
    if not files:
        raise SystemExit(f"no seed articles (*.txt) in {seeds}")
    hashes = {digest(g) for f in files for _, g in grams(f.read_text(encoding="utf-8"))}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(f"{h}\n" for h in sorted(hashes)), encoding="ascii")
    print(f"{len(hashes)} hashes from {len(files)} seed articles -> {out}")
    return 0


def check(knowledge: Path = KNOWLEDGE, hashes_path: Path = HASHES) -> int:
    hashes = load_hashes(hashes_path)
    total = 0
    for guide in guides(knowledge):
        hits = overlaps(body(guide.read_text(encoding="utf-8")), hashes)
        total += len(hits)
        for gram in hits:
            print(f"{guide.relative_to(knowledge)}: {gram}")
    print(f"{total} shared {N}-word sequences in {len(guides(knowledge))} guides")
    return 1 if total else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--build", type=Path, metavar="SEEDS", help="folder of seed *.txt files")
    mode.add_argument("--check", action="store_true", help="report guides' overlaps")
    parser.add_argument("--hashes", type=Path, default=HASHES, help="the hash file")
    parser.add_argument("--knowledge", type=Path, default=KNOWLEDGE, help="the guides' folder")
    args = parser.parse_args(argv)
    if args.build is not None:
        return build(args.build, args.hashes)
    return check(args.knowledge, args.hashes)


if __name__ == "__main__":
    sys.exit(main())
