"""Where toolmix keeps the user's trees, autosaved sessions, settings and cache."""

from __future__ import annotations

from pathlib import Path


def sessions_dir() -> Path:
    from platformdirs import user_state_path

    return user_state_path("toolmix", appauthor=False) / "sessions"


def settings_file() -> Path:
    from platformdirs import user_config_path

    return user_config_path("toolmix", appauthor=False) / "settings.json"


def tree_cache_dir() -> Path:
    """Trees that passed every check, kept for a faster start (see toolmix.load.cache)."""
    from platformdirs import user_cache_path

    return user_cache_path("toolmix", appauthor=False) / "trees"


def results_dir() -> Path:
    """The last finished result of each tree, offered again by the picker (toolmix.store.results)."""
    from platformdirs import user_data_path

    return user_data_path("toolmix", appauthor=False) / "results"


def documents_dir() -> Path | None:
    """The person's documents folder, if it is there: XDG_DOCUMENTS_DIR of
    user-dirs.dirs (a localised name such as ~/Documentos), else ~/Documents;
    Documents on macOS and Windows. None on a machine without one (a server)."""
    from platformdirs import user_documents_path

    try:
        folder = user_documents_path()
        return folder if folder.is_dir() else None
    except (OSError, RuntimeError):  # no home to find it in
        return None
