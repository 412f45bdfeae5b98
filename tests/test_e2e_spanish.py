"""End to end in Spanish: the installed command in a real pseudo-terminal, walked and exported.

``--lang es`` or a Spanish locale: the tree through tests/trees/tiny.es.json,
the app's words and the export's through the Spanish catalogues.
"""

from __future__ import annotations

from pathlib import Path

import pexpect
import pytest

from conftest import TREES
from terminal import CTRL_Q, ENTER, Terminal


@pytest.mark.parametrize(
    ("args", "env"),
    [(["--lang", "es"], {}), ([], {"LANG": "es_ES.UTF-8"})],
    ids=["--lang es", "LANG=es_ES.UTF-8"],
)
def test_walk_and_export_in_spanish(tmp_path: Path, args: list[str], env: dict[str, str]) -> None:
    cwd, home = tmp_path / "work", tmp_path / "home"
    cwd.mkdir()
    home.mkdir()
    term = Terminal([*args, str(TREES / "tiny.json")], cwd, home, env=env)
    try:
        term.wait_for("Responde unas pocas preguntas.")
        term.wait_for("Empezar")
        term.send(ENTER)
        term.wait_for("¿Cómo se llama tu negocio?")
        term.wait_for("Tus respuestas")
        term.send("ACME" + ENTER)
        term.wait_for("¿Quién te compra?")
        term.send("2")
        term.wait_for("Espacio marca, Enter continúa")
        term.send("2" + ENTER)
        term.wait_for("¿Cuántas horas a la semana puedes dedicarle?")
        term.send(ENTER)  # the default, 3 hours
        term.wait_for("¿Tienes sitio web?")
        term.send("1")
        term.wait_for("ACME: La combinación constante")
        term.wait_for("Tu combinación")
        term.wait_for("Exportar")
        term.send("e")
        term.wait_for("Exportar tu combinación")
        term.send(ENTER)
        term.wait_for("Guardado en")
        exported = (cwd / "acme-tiny.md").read_text()
        assert exported.startswith("# ACME: La combinación constante")
        assert "Publica tres fotos de tu mejor trabajo." in exported
        term.send(CTRL_Q)
        term.child.expect(pexpect.EOF, timeout=10)
    finally:
        term.close()
