"""Build hook (the project is configured in pyproject.toml): the bundled guides (``knowledge/``)
and the prompts and messages (``prompts/``) ship inside the wheel as ``assistant/_data/``, where
``assistant.config`` finds them with importlib.resources. A source checkout reads them in place.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

BUNDLED = ("knowledge", "prompts")


class BuildWithBundledData(build_py):
    """``build_py`` that also copies the bundled data folders into the built package."""

    def run(self) -> None:
        super().run()
        root = Path(__file__).resolve().parent
        target = Path(self.build_lib) / "assistant" / "_data"
        for name in BUNDLED:
            shutil.copytree(
                root / name,
                target / name,
                dirs_exist_ok=True,
                ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
            )


setup(cmdclass={"build_py": BuildWithBundledData})
