"""The app in Spanish (issue 20): every screen, dialog and key bar says its own words in Spanish.

tests/trees/tiny.es.json translates the tree, so that each screen is read
as a whole: the words asserted are the app's (tui catalogue), and none of
the catalogues' English may be left on the screen (tests/leak_words.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from conftest import TREES
from leak_words import leaks
from pilot_walks import press
from screen_text import screen_text
from toasts import Toasts
from toolmix.load import discovery
from toolmix.load.loader import load_tree
from toolmix.load.translate.side import translated
from toolmix.text.i18n import _, use_language
from toolmix.tui.app import ToolmixApp, make_app
from toolmix.tui.dialogs.confirm import ConfirmDialog
from toolmix.tui.dialogs.export import ExportDialog
from toolmix.tui.dialogs.help import HelpDialog
from toolmix.tui.dialogs.hours import HoursDialog
from toolmix.tui.screens.intro import IntroScreen
from toolmix.tui.screens.picker import PickerScreen
from toolmix.tui.screens.question import QuestionScreen
from toolmix.tui.screens.result import ResultScreen
from toolmix.tui.screens.what_if import WhatIfScreen
from toolmix.tui.screens.why_not import WhyNotScreen
from toolmix.tui.widgets.key_footer import KeyFooter

TINY = TREES / "tiny.json"


def spanish_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ToolmixApp:
    """tiny in Spanish, as ``toolmix --lang es tiny`` starts it (the tree's side file, the app's words)."""
    monkeypatch.setenv("TOOLMIX_LANG", "es")
    use_language("es")
    return make_app(translated(load_tree(TREES / "tiny.json")), sessions_dir=tmp_path / "s")


def keys_in_english(app: ToolmixApp) -> list[str]:
    """The descriptions of the keys in effect (ours and Textual's widgets') left untranslated:
    the palette lists them all."""
    bindings = [active.binding for active in app.screen.active_bindings.values()]
    return [b.description for b in bindings if b.description and _(b.description) == b.description]


async def shows(pilot: Pilot[None], screen: type, *words: str) -> str:
    """The screen on top is a ``screen``, with each of ``words`` and no English of the app."""
    app = pilot.app
    await pilot.pause()
    assert isinstance(app.screen, screen), app.screen
    text = screen_text(app)
    assert [w for w in words if w not in text] == [], text
    assert leaks(text, TINY) == [], text
    assert isinstance(app, ToolmixApp) and keys_in_english(app) == []
    titles = [c.title for c in app.get_system_commands(app.screen)]
    assert len(titles) == len(set(titles)), titles
    return text


async def type_number(pilot: Pilot[None], value: str) -> None:
    pilot.app.screen.query_one("#number", Input).value = value
    await press(pilot, "enter")


async def to_result(pilot: Pilot[None]) -> None:
    """Name, People, Photos and Video, on camera, 3 hours, a website: the steady mix."""
    await press(pilot, "enter", *"ACME", "enter", "2", "2", "1", "enter", "1")
    await type_number(pilot, "3")
    await press(pilot, "1")


@pytest.mark.parametrize("size", [(80, 24), (100, 32)], ids=str)
async def test_the_walk_is_in_spanish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    app = spanish_app(tmp_path, monkeypatch)
    async with app.run_test(size=size) as pilot:
        await shows(pilot, type(app.screen), "Responde unas pocas preguntas.", "⏎ Empezar")
        await shows(pilot, type(app.screen), "f1 Teclas", "^q Salir", "^p paleta")
        await press(pilot, "enter")
        await shows(pilot, QuestionScreen, "Tus respuestas", "Continuar", "esc Atrás")
        await press(pilot, *"ACME", "enter")
        await shows(pilot, QuestionScreen, "¿Quién te compra?", "⏎ Elegir", "1-9 Opción")
        await press(pilot, "2")
        await shows(pilot, QuestionScreen, "Espacio marca, Enter continúa", "espacio Marcar")
        # The most keys a question has: the whole bar fits 80 columns, as in English.
        assert len(str(app.screen.query_one(KeyFooter).render()).rstrip()) <= 80
        await press(pilot, "2", "1", "enter", "1")
        await type_number(pilot, "mucho")
        await shows(pilot, QuestionScreen, "«mucho» no es un número: escribe")
        await type_number(pilot, "")
        await shows(pilot, QuestionScreen, "Escribe ")


async def test_the_result_and_its_dialogs_are_in_spanish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = spanish_app(tmp_path, monkeypatch)
    async with app.run_test(size=(100, 32)) as pilot:
        await to_result(pilot)
        await shows(
            pilot,
            ResultScreen,
            "p Tu plan",
            "m Tu combinación",
            "c Qué lo cambiaría",
            "Esta semana",
            "Cada semana",
            "Tiempo: alrededor de 3 horas de 3 horas a la semana",
            "e Exportar",
            "r Reiniciar",
            "w ¿Y si…?",
        )
        await press(pilot, "m")
        await shows(
            pilot, ResultScreen, "Por qué", "porque a «¿Tienes sitio web?» respondiste", "tab Otra"
        )
        await press(pilot, "c")
        await shows(pilot, ResultScreen, "Qué cambiaría este plan", "Pulsa 1, 2, 3 para probar")
        await press(pilot, "f1")
        await shows(pilot, HelpDialog, "Teclas", "esta ayuda", "Cerrar", "esc Cerrar")
        await press(pilot, "escape", "e")
        await shows(pilot, ExportDialog, "Exportar tu combinación", "Archivo:", "Caso de prueba")
        await press(pilot, "escape", "r")
        await shows(pilot, ConfirmDialog, "¿Empezar de nuevo sin respuestas?", "Cancelar")
        await press(pilot, "escape", "w")
        await shows(pilot, WhatIfScreen, "¿Y si respondieras otra cosa?", "En su lugar", "Con ")
        await shows(pilot, WhatIfScreen, "⏎ Aplicar", "tab Otra columna")
        await press(pilot, "escape", "n")
        await shows(pilot, WhyNotScreen, "¿Por qué sí o por qué no?", "Todos los elementos")
        await shows(pilot, WhyNotScreen, "Está en tu combinación.", "en tu combinación")
        await press(pilot, "escape", "h")
        await shows(pilot, HoursDialog, "Qué te da una hora más", "qué cambiaría", "Ahora: 3 horas")
        await press(pilot, "escape")
        await shows(pilot, ResultScreen)


async def test_the_palette_is_in_spanish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = spanish_app(tmp_path, monkeypatch)
    async with app.run_test(size=(100, 32)) as pilot:
        await to_result(pilot)
        titles = {c.title: c.help for c in app.get_system_commands(app.screen)}
        assert titles["Exportar"].endswith(". Tecla: e") and titles["Exportar"].startswith(
            "Guardar"
        )
        assert titles["Tema"] == "Cambiar el tema actual"
        assert "Teclas" in titles and "Keys" not in titles
        assert leaks("\n".join(f"{t} {h}" for t, h in titles.items())) == []
        await press(pilot, "ctrl+p")
        assert "Buscar comandos…" in screen_text(app)


async def test_the_picker_and_an_export_are_in_spanish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TOOLMIX_LANG", "es")
    use_language("es")
    (tmp_path / "trees").mkdir()
    for name in ("tiny.json", "tiny.es.json"):
        (tmp_path / "trees" / name).write_bytes((TREES / name).read_bytes())
    (tmp_path / "trees" / "roto.json").write_text("{")
    monkeypatch.setattr(discovery, "shipped_trees_dir", lambda: tmp_path / "none")
    monkeypatch.chdir(tmp_path)
    toasts = Toasts()
    app = make_app(trees_dirs=[tmp_path / "trees"], sessions_dir=tmp_path / "s")
    async with app.run_test(size=(100, 32), message_hook=toasts) as pilot:
        await shows(pilot, PickerScreen, "elige un árbol", "· versión 1.0.0", "con errores")
        await press(pilot, "enter")  # the broken file, listed first
        assert toasts.titles == ["Árbol con errores"]
        await press(pilot, "down", "enter")
        await shows(pilot, IntroScreen, "⏎ Empezar", "esc Atrás")
        await to_result(pilot)
        await press(pilot, "e", "enter")
        assert isinstance(app.screen, ResultScreen)
        assert toasts.titles[-1] == "Exportado"
        assert toasts.messages[-1].startswith(f"Guardado en {tmp_path}")


async def test_ctrl_c_says_which_key_quits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = spanish_app(tmp_path, monkeypatch)
    toasts = Toasts()
    async with app.run_test(size=(80, 24), message_hook=toasts) as pilot:
        await press(pilot, "ctrl+c")
        assert toasts.titles == ["¿Quieres salir?"]
        assert toasts.messages == ["Pulsa [b]ctrl+q[/b] para salir de la aplicación"]


async def test_english_is_looked_for(tmp_path: Path) -> None:
    """The check above finds the app's English: the same walk in English trips it."""
    app = make_app(load_tree(TREES / "tiny.json"), sessions_dir=tmp_path / "s")
    async with app.run_test(size=(100, 32)) as pilot:
        await to_result(pilot)
        found = {f.split("'")[1] for f in leaks(screen_text(app), TINY)}
        assert {"Your mix", "Export", "Start over", "Your plan", "Website"} <= found, found
        assert {"Export", "Copy selected text"} <= set(keys_in_english(app))
