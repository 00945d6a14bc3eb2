"""The worker on a real broker: events out, dead letters, commits, metrics, restarts."""

from __future__ import annotations

import json
import urllib.request

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.kafka_helpers import (
    committed_offsets,
    create_topic,
    end_offsets,
    header_map,
    new_topics,
    produce,
    read_topic,
    running_worker,
    unique,
    wait_until,
    worker_settings,
)
from worker.extraction import ExtractionResult, Extractor
from worker.kafka_io import BrokerUnreachableError, check_broker
from worker.models import EVENT_ADAPTER, Article

pytestmark = pytest.mark.integration

ARREST_EN = (
    "Spanish National Police arrested 12 people in Madrid on Tuesday during an operation "
    "against a cocaine trafficking network, the interior ministry said."
)
ARREST_AR = "ألقت الشرطة القبض على ثلاثة أشخاص في القاهرة بتهمة الاتجار في المخدرات."
QUIET_EN = "The city council approved a new budget for public libraries on Monday."


def _article(article_id: str, text: str, language: str | None = "en") -> bytes:
    return json.dumps(
        {"id": article_id, "text": text, "language": language, "published_at": "2025-03-06"}
    ).encode()


def _scrape(port: int) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
        body: bytes = response.read()
    return body.decode()


def _sample(metrics_text: str, name: str, **labels: str) -> float:
    """The value of one sample of the exposition text (0.0 when absent)."""
    for family in text_string_to_metric_families(metrics_text):
        for sample in family.samples:
            if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                return float(sample.value)
    return 0.0


class ExplodingExtractor(Extractor):
    """Fails on articles whose id starts with 'boom', like an extractor bug would."""

    def extract(self, article: Article) -> ExtractionResult:
        if article.id.startswith("boom"):
            raise RuntimeError("simulated extractor bug")
        return super().extract(article)


def test_articles_become_typed_events_keyed_by_article() -> None:
    """Valid articles give events on the output topic with the contract's key and headers."""
    topics = new_topics()
    create_topic(topics.input)
    produce(topics.input, [(b"a-en", _article("a-en", ARREST_EN))])
    with running_worker(worker_settings(topics)):
        records = read_topic(topics.output, expected=1)
    arrests = [r for r in records if header_map(r)["event-type"] == b"arrest"]
    assert arrests, [header_map(r) for r in records]
    record = arrests[0]
    assert record.key == b"a-en"
    headers = header_map(record)
    assert headers["schema-version"] == b"1"
    assert headers["article-id"] == b"a-en"
    assert headers["content-type"] == b"application/json"
    event = EVENT_ADAPTER.validate_json(record.value)
    assert event.type == "arrest"
    assert getattr(event, "persons_count", None) == 12


def test_article_without_event_gives_no_output_but_is_committed() -> None:
    """An article with no law-enforcement action is processed, committed and yields nothing."""
    topics = new_topics()
    create_topic(topics.input, partitions=1)
    produce(topics.input, [(b"q", _article("q", QUIET_EN))])
    with running_worker(worker_settings(topics)):
        wait_until(lambda: committed_offsets(topics.group, topics.input).get(0) == 1)
    assert read_topic(topics.output, expected=0, settle_s=1.0) == []


BAD_MESSAGES: list[tuple[str, bytes | None]] = [
    ("not_utf8", b'{"id": "x", "text": "caf\xe9"}'),
    ("not_json", b"<html>not json</html>"),
    ("schema_invalid", b'["an", "array"]'),
    ("schema_invalid", b'{"id": "no-text"}'),
    ("too_large", json.dumps({"id": "big", "text": "x" * 6000}).encode()),
    ("extraction_failed", _article("boom-1", ARREST_EN)),
]


def test_every_bad_input_kind_lands_in_the_dlq_unchanged() -> None:
    """Each bad message is in the DLQ with its reason and original bytes; the worker goes on."""
    topics = new_topics()
    create_topic(topics.input, partitions=1)
    bad = [(f"bad-{i}".encode(), value) for i, (_, value) in enumerate(BAD_MESSAGES)]
    produce(topics.input, [*bad, (b"good", _article("good", ARREST_EN))])
    settings = worker_settings(topics, max_message_bytes=4096)
    with running_worker(settings, extractor=ExplodingExtractor()):
        dead = read_topic(topics.dlq, expected=len(BAD_MESSAGES))
        events = read_topic(topics.output, expected=1)
    assert len(dead) == len(BAD_MESSAGES)
    by_key = {record.key: record for record in dead}
    for index, (reason, value) in enumerate(BAD_MESSAGES):
        record = by_key[f"bad-{index}".encode()]
        headers = header_map(record)
        assert headers["error-reason"] == reason.encode()
        assert record.value == value
        assert headers["source-topic"] == topics.input.encode()
        assert headers["source-partition"] == b"0"
        assert headers["source-offset"] == str(index).encode()
        assert headers["failed-at"]
    assert events, "the valid article after the bad ones was not processed"


def test_article_over_a_megabyte_reaches_the_dlq_unchanged() -> None:
    """A 2 MB article (over the worker's limit) is dead-lettered whole, not stuck."""
    topics = new_topics()
    create_topic(topics.input, partitions=1, configs={"max.message.bytes": str(4 * 1024 * 1024)})
    value = json.dumps({"id": "huge", "text": "x" * (2 * 1024 * 1024)}).encode()
    produce(topics.input, [(b"huge", value)], max_request_size=4 * 1024 * 1024)
    with running_worker(worker_settings(topics)):
        dead = read_topic(topics.dlq, expected=1)
    assert [header_map(r)["error-reason"] for r in dead] == [b"too_large"]
    assert dead[0].value == value


def test_offsets_are_committed_past_everything_processed() -> None:
    """After the batch, the group's committed offsets equal the end of every partition."""
    topics = new_topics()
    create_topic(topics.input, partitions=3)
    produce(
        topics.input,
        [(f"k{i}".encode(), _article(f"a{i}", ARREST_EN if i % 2 else QUIET_EN)) for i in range(30)]
        + [(b"junk", b"not json")],
    )
    with running_worker(worker_settings(topics)):
        wait_until(
            lambda: committed_offsets(topics.group, topics.input) == end_offsets(topics.input)
        )
    assert sum(end_offsets(topics.input).values()) == 31


def test_metrics_count_articles_events_and_dead_letters() -> None:
    """/metrics reports processed and dead-lettered articles, events, lag and commit time."""
    topics = new_topics()
    create_topic(topics.input, partitions=1)
    produce(
        topics.input,
        [(b"a", _article("a", ARREST_EN)), (b"b", _article("b", QUIET_EN)), (b"c", b"{oops")],
    )
    with running_worker(worker_settings(topics)) as app:
        wait_until(lambda: committed_offsets(topics.group, topics.input).get(0) == 3)
        wait_until(
            lambda: (
                _sample(
                    _scrape(app.metrics_port),
                    "event_worker_consumer_lag",
                    topic=topics.input,
                    partition="0",
                )
                == 0.0
                and "event_worker_consumer_lag{" in _scrape(app.metrics_port)
            )
        )
        text = _scrape(app.metrics_port)
        with urllib.request.urlopen(f"http://127.0.0.1:{app.metrics_port}/readyz") as ready:
            assert ready.status == 200
        with urllib.request.urlopen(f"http://127.0.0.1:{app.metrics_port}/healthz") as live:
            assert live.status == 200
    assert _sample(text, "event_worker_articles_total", outcome="processed") == 2
    assert _sample(text, "event_worker_articles_total", outcome="dead_lettered") == 1
    assert _sample(text, "event_worker_dead_letters_total", reason="not_json") == 1
    assert _sample(text, "event_worker_events_total", type="arrest", language="en") >= 1
    assert _sample(text, "event_worker_last_commit_timestamp_seconds") > 0
    assert _sample(text, "event_worker_processing_seconds_count") == 3
    assert "event_worker_build_info{" in text


def test_missing_topics_are_created_with_configured_partitions() -> None:
    """The worker creates its input, output and DLQ topics when they do not exist."""
    topics = new_topics()
    with running_worker(worker_settings(topics, topic_partitions=2)) as app:
        wait_until(lambda: app.health.assigned > 0)
    for topic in (topics.input, topics.output, topics.dlq):
        assert sorted(end_offsets(topic)) == [0, 1]


def test_restart_resumes_after_the_last_commit() -> None:
    """A second run of the group processes only the new articles: no loss, no repeat."""
    topics = new_topics()
    create_topic(topics.input, partitions=1)
    produce(topics.input, [(b"1", _article("first", ARREST_EN))])
    settings = worker_settings(topics)
    with running_worker(settings):
        read_topic(topics.output, expected=1)
    produce(topics.input, [(b"2", _article("second", ARREST_EN))])
    with running_worker(settings):
        wait_until(lambda: committed_offsets(topics.group, topics.input).get(0) == 2)
    records = read_topic(topics.output, expected=2, settle_s=1.0)
    ids = [header_map(r)["article-id"] for r in records]
    assert sorted(set(ids)) == [b"first", b"second"]
    assert len(ids) == len({json.loads(r.value)["event_id"] for r in records})


def test_exactly_once_events_visible_to_read_committed_once() -> None:
    """In exactly_once mode a read_committed consumer sees each event once, offsets committed."""
    topics = new_topics()
    create_topic(topics.input, partitions=2)
    produce(
        topics.input,
        [(f"k{i}".encode(), _article(f"eo{i}", ARREST_EN)) for i in range(10)] + [(b"x", b"bad")],
    )
    with running_worker(worker_settings(topics, guarantee="exactly_once")):
        wait_until(
            lambda: committed_offsets(topics.group, topics.input) == end_offsets(topics.input)
        )
    records = read_topic(topics.output, expected=10, isolation_level="read_committed", settle_s=1.0)
    event_ids = [json.loads(r.value)["event_id"] for r in records]
    assert len(event_ids) == len(set(event_ids))
    assert {header_map(r)["article-id"] for r in records} == {f"eo{i}".encode() for i in range(10)}
    dead = read_topic(topics.dlq, expected=1, isolation_level="read_committed")
    assert [header_map(r)["error-reason"] for r in dead] == [b"not_json"]


def test_unreachable_broker_fails_start_with_the_address() -> None:
    """With no broker at the address, start-up fails with a message naming it."""
    topics = new_topics()
    settings = worker_settings(topics, bootstrap_servers="127.0.0.1:1", startup_timeout_s=2.0)
    with pytest.raises(BrokerUnreachableError, match=r"127\.0\.0\.1:1"):
        check_broker(settings)


def test_unique_names_do_not_collide() -> None:
    """Every test gets its own topics and group (tests can run against one shared broker)."""
    assert unique("x") != unique("x")
