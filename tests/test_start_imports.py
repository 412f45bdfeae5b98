"""What the app's usual start imports (docs/performance.md)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

APP_START = """
import sys
from textual.app import App
App.run = lambda self, *args, **kwargs: None  # everything up to the app's first frame
from toolmix.cli.main import main
main({argv!r})
print(sorted(m for m in sys.modules if m.split(".")[0] in {unneeded!r}))
"""


@pytest.mark.parametrize("argv", [[], ["social-tool-mix"]], ids=["picker", "tree"])
def test_the_usual_start_imports_only_what_it_needs(tmp_path: Path, argv: list[str]) -> None:
    """No pydantic (the tree comes from the cache), and no argparse, json or hashlib
    (docs/performance.md): the bare Textual app it is measured against has none."""
    unneeded = ["argparse", "hashlib", "json", "pydantic", "pydantic_core"]
    env = {
        **os.environ,
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "TEXTUAL_DRIVER": "textual.drivers.headless_driver:HeadlessDriver",  # as under 'toolmix serve': not the line-by-line mode
    }
    code = APP_START.format(argv=argv, unneeded=unneeded)
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
        ).stdout.strip()
        for _ in range(2)  # a first start (it may fill the cache), then the usual one
    ]
    assert runs[1] == "[]"
