"""Where toolmix keeps the user's trees, autosaved sessions and settings."""

from __future__ import annotations

from pathlib import Path


def sessions_dir() -> Path:
    from platformdirs import user_state_path

    return user_state_path("toolmix", appauthor=False) / "sessions"


def settings_file() -> Path:
    from platformdirs import user_config_path

    return user_config_path("toolmix", appauthor=False) / "settings.json"
