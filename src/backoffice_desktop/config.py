"""Where this workstation keeps its own files, and its local settings.

Local settings (interface language, the store last opened, window geometry) belong
to the workstation, not to the shared store. ``--config-dir`` (or
``BACKOFFICE_CONFIG_DIR``) points everything elsewhere, so tests and smoke runs never
touch a real user's files.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

from . import APP_NAME

CONFIG_DIR_ENV = "BACKOFFICE_CONFIG_DIR"
DB_URL_ENV = "BACKOFFICE_DB_URL"
LANGUAGES = ("system", "ru", "en")


@dataclass
class AppPaths:
    config_dir: Path
    data_dir: Path
    log_dir: Path

    @classmethod
    def resolve(cls, config_dir: str | Path | None = None) -> AppPaths:
        chosen = config_dir or os.environ.get(CONFIG_DIR_ENV)
        if chosen:
            root = Path(chosen).expanduser()
            return cls(config_dir=root, data_dir=root / "data", log_dir=root / "logs")
        return cls(
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    @property
    def default_store(self) -> Path:
        return self.data_dir / "backoffice.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"


@dataclass
class LocalSettings:
    language: str = "system"
    store_url: str = ""
    recent_stores: list[str] = field(default_factory=list)
    window_geometry: str = ""
    #: Sync with the shop every this many minutes while the app is open here; 0: off.
    sync_every_minutes: int = 0

    @classmethod
    def load(cls, paths: AppPaths) -> LocalSettings:
        try:
            raw = json.loads(paths.settings_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        settings = cls(**known)
        if settings.language not in LANGUAGES:
            settings.language = "system"
        return settings

    def save(self, paths: AppPaths) -> None:
        paths.config_dir.mkdir(parents=True, exist_ok=True)
        tmp = paths.settings_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(paths.settings_file)

    def remember_store(self, url: str) -> None:
        self.store_url = url
        self.recent_stores = [url] + [u for u in self.recent_stores if u != url][:7]


def choose_store_url(cli_url: str | None, paths: AppPaths, settings: LocalSettings) -> str:
    """``--db`` wins, then ``BACKOFFICE_DB_URL``, then the last store, then the default file."""
    url = cli_url or os.environ.get(DB_URL_ENV) or settings.store_url
    if url:
        return url
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    return str(paths.default_store)
