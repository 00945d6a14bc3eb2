"""Integration tests need the real broker that `make test` starts; they fail, never skip."""

import pytest

from tests.kafka_helpers import require_broker


@pytest.fixture(scope="session", autouse=True)
def _broker_is_up() -> None:
    require_broker()
