"""Keep the app's word catalogues (gettext) in step with the source.

    python tools/catalogues.py extract   # update every .po from the _() calls in src/
    python tools/catalogues.py compile   # write each .mo beside its .po

A domain's source files are named in DOMAIN_SOURCES; a message marked in two
domains is translated in each. ``extract`` keeps translations already made,
adds new messages untranslated and drops the ones the source no longer has;
``tests/test_catalogues.py`` fails while any is untranslated or a .mo is stale.
Babel (a test dependency) does the reading and writing; the app itself reads
the .mo with Python's own gettext.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "toolmix"
LOCALE = PACKAGE / "locale"
#: Which source files speak through which catalogue (paths under src/toolmix).
DOMAIN_SOURCES = {
    "core": ["audit", "engine", "export", "files", "load", "model", "store", "text"],
    "ask": ["plain.py", "plain_explore.py", "cli"],
    "tui": ["tui"],
}
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}


def sources(domain: str) -> Iterator[Path]:
    for name in DOMAIN_SOURCES[domain]:
        path = PACKAGE / name
        yield from sorted(path.rglob("*.py")) if path.is_dir() else [path]


def extracted(domain: str) -> Catalog:
    """Every message the domain's source marks, with where it is."""
    catalog = Catalog(domain=domain, project="toolmix")
    for path in sources(domain):
        for line, message, comments, context in extract_from_file(
            "python", str(path), keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)
        ):
            where = (str(path.relative_to(ROOT)), line)
            catalog.add(message, locations=[where], auto_comments=comments, context=context)
    return catalog


def po_path(lang: str, domain: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{domain}.po"


def read(path: Path, lang: str) -> Catalog:
    if not path.exists():
        return Catalog(locale=lang, domain=path.stem, project="toolmix")
    with path.open("rb") as f:
        return read_po(f, locale=lang, domain=path.stem)


def po_bytes(catalog: Catalog) -> bytes:
    # Files without line numbers, so an edit elsewhere in a module changes no catalogue.
    out = io.BytesIO()
    write_po(out, catalog, width=100, include_lineno=False, sort_output=False)
    return out.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def languages() -> list[str]:
    return sorted(p.name for p in LOCALE.iterdir() if (p / "LC_MESSAGES").is_dir())


def extract() -> None:
    for domain in DOMAIN_SOURCES:
        template = extracted(domain)
        for lang in languages():
            path = po_path(lang, domain)
            catalog = read(path, lang)
            created = catalog.creation_date  # kept, so an extract changes only messages
            catalog.update(template, no_fuzzy_matching=True)
            catalog.creation_date = created
            catalog.obsolete.clear()
            path.write_bytes(po_bytes(catalog))
            print(f"{path.relative_to(ROOT)}: {len(catalog)} messages")


def compile_all() -> None:
    for lang in languages():
        for domain in DOMAIN_SOURCES:
            path = po_path(lang, domain)
            if path.exists():
                path.with_suffix(".mo").write_bytes(mo_bytes(read(path, lang)))
                print(f"{path.with_suffix('.mo').relative_to(ROOT)} written")


if __name__ == "__main__":
    actions = {"extract": extract, "compile": compile_all}
    if len(sys.argv) != 2 or sys.argv[1] not in actions:
        sys.exit(__doc__)
    actions[sys.argv[1]]()
