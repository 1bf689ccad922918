"""Where a person in crisis can get help: emergency numbers and help lines by country, and the
programme's safeguarding contact, read from a YAML file a programme can edit
(``MENTOR_SAFETY_RESOURCES``; the bundled default is ``prompts/safety/resources.yaml``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, Field, ValidationError

TOPICS = ("suicide", "self_harm", "abuse", "harassment", "danger")
FALLBACK = "international"


class HelpLine(BaseModel):
    """A service people can call, text or visit."""

    name: str
    contact: str
    url: str = ""
    languages: list[str] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)


class Country(BaseModel):
    """How to reach emergency services (by language) and the help lines of one country."""

    emergency: dict[str, str]
    lines: list[HelpLine] = Field(default_factory=list)


class Programme(BaseModel):
    safeguarding_contact: str = ""


class Resources(BaseModel):
    """The whole file."""

    programme: Programme = Field(default_factory=Programme)
    countries: dict[str, Country]

    def country(self, code: str) -> Country:
        """The country's resources; the international ones for an unknown or empty code."""
        return self.countries.get(code.lower()) or self.countries[FALLBACK]

    def lines_for(self, code: str, topic: str, language: str, most: int = 4) -> list[HelpLine]:
        """Up to ``most`` lines of the country for ``topic``, those in ``language`` first, then
        the international ones (a directory always comes last)."""
        own = [line for line in self.country(code).lines if topic in line.topics]
        own.sort(key=lambda line: language not in line.languages)
        international = [line for line in self.countries[FALLBACK].lines if topic in line.topics]
        chosen = own[: most - 1] if code.lower() != FALLBACK else []
        return chosen + [line for line in international if line not in chosen][: most - len(chosen)]


class ResourcesError(ValueError):
    """The resources file cannot be read; the message says which file and what is wrong."""


@lru_cache(maxsize=4)
def load_resources(path: Path) -> Resources:
    """The resources in ``path`` (cached per path)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        resources = Resources.model_validate(data)
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise ResourcesError(
            f"cannot read the safety resources {path} ({type(exc).__name__}): fix the file or "
            "unset MENTOR_SAFETY_RESOURCES to use the bundled one"
        ) from exc
    if FALLBACK not in resources.countries:
        raise ResourcesError(f"the safety resources {path} need an '{FALLBACK}' entry")
    return resources
