"""Fixtures of the integration tests: the django-cml2 exchange site, one for the session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .cml2 import Cml2Site, cml2_running


@pytest.fixture(scope="session")
def cml2_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cml2Site]:
    pytest.importorskip("cml", reason="django-cml2 is in the test extras")
    with cml2_running(tmp_path_factory.mktemp("cml2-site")) as site:
        yield site
