"""The README stays true: every setting has a row in its configuration table."""

from __future__ import annotations

import re

from assistant.config import Settings
from tests.conftest import REPO


def documented_variables() -> set[str]:
    """The variables named in the first cell of the README's table rows."""
    names: set[str] = set()
    for line in (REPO / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("| `"):
            names.update(re.findall(r"`([A-Z][A-Z0-9_]+)`", line.split(" | ")[0]))
    return names


def test_every_setting_has_a_row_in_the_readmes_configuration_table() -> None:
    expected = {f"MENTOR_{name.upper()}" for name in Settings.model_fields}
    expected |= {"OPENAI_BASE_URL", "OPENAI_API_KEY"}  # read under their usual names too
    missing = sorted(expected - documented_variables())
    assert not missing, f"add these to the README's configuration table: {missing}"
