"""End-to-end tests run the worker process against the real broker that `make test` starts."""

import pytest

from tests.kafka_helpers import require_broker


@pytest.fixture(scope="session", autouse=True)
def _broker_is_up() -> None:
    require_broker()
