"""All Kafka I/O of the worker: client construction, topics, polling, publishing, commits.

Two delivery modes share one interface (``begin_batch`` / ``publish`` / ``complete_batch`` /
``abort_batch``):

* at_least_once: records are sent, the producer is flushed and every send is checked, and only
  then are the batch's offsets committed. A crash between flush and commit re-delivers the
  batch: downstream sees duplicates (same ``event_id``) bounded by one batch per partition.
* exactly_once: each batch is one Kafka transaction holding its events, its dead letters and
  its consumed offsets (``send_offsets_to_transaction`` with the consumer's group metadata, so
  a zombie of an older group generation is fenced). ``read_committed`` consumers see each event
  once.

Rebalances only happen inside ``KafkaConsumer.poll`` and the runner completes (commits) each
batch before it polls again, so when partitions are revoked nothing is left uncommitted.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from kafka import ConsumerRebalanceListener, KafkaAdminClient, KafkaConsumer, KafkaProducer
from kafka.coordinator.assignors.cooperative_sticky import CooperativeStickyAssignor
from kafka.errors import (
    CommitFailedError,
    KafkaError,
    RebalanceInProgressError,
    TopicAlreadyExistsError,
)
from kafka.structs import OffsetAndMetadata, TopicPartition

from worker.config import WorkerSettings
from worker.log import get_logger
from worker.pipeline import InboundMessage, OutboundRecord

log = get_logger(__name__)


class BrokerUnreachableError(RuntimeError):
    """The bootstrap servers did not answer within the start-up timeout."""


class PublishError(RuntimeError):
    """A record could not be written; the batch's offsets must not be committed."""


@dataclass(frozen=True)
class PartitionKey:
    topic: str
    partition: int


AssignmentCallback = Callable[[list[PartitionKey], list[PartitionKey]], None]


def _common_client_config(settings: WorkerSettings) -> dict[str, object]:
    """Connection settings shared by consumer, producer and admin client (TLS, SASL)."""
    config: dict[str, object] = {
        "bootstrap_servers": settings.bootstrap_list,
        "client_id": settings.client_id,
        "security_protocol": settings.security_protocol,
    }
    if settings.security_protocol in ("SSL", "SASL_SSL"):
        config["ssl_check_hostname"] = settings.ssl_check_hostname
        for name in ("ssl_cafile", "ssl_certfile", "ssl_keyfile"):
            value = getattr(settings, name)
            if value is not None:
                config[name] = value
        if settings.ssl_password is not None:
            config["ssl_password"] = settings.ssl_password.get_secret_value()
    if settings.security_protocol.startswith("SASL_"):
        config["sasl_mechanism"] = settings.sasl_mechanism
        config["sasl_plain_username"] = settings.sasl_username
        if settings.sasl_password is not None:
            config["sasl_plain_password"] = settings.sasl_password.get_secret_value()
    return config


def check_broker(settings: WorkerSettings) -> None:
    """Wait, with backoff, until a broker answers; fail with the address when none does."""
    deadline = time.monotonic() + settings.startup_timeout_s
    delay = 0.5
    attempt = 0
    while True:
        attempt += 1
        remaining_ms = int((deadline - time.monotonic()) * 1000)
        try:
            admin = KafkaAdminClient(
                **_common_client_config(settings),
                bootstrap_timeout_ms=max(500, min(5_000, remaining_ms)),
            )
        except (KafkaError, OSError) as exc:
            if time.monotonic() + delay >= deadline:
                raise BrokerUnreachableError(
                    f"no Kafka broker answered at {settings.bootstrap_servers} within "
                    f"{settings.startup_timeout_s:.0f}s ({attempt} attempts; last error: {exc}); "
                    "check --bootstrap-servers / WORKER_BOOTSTRAP_SERVERS and that the broker "
                    "is running"
                ) from exc
            log.warning(
                "broker not reachable yet",
                bootstrap_servers=settings.bootstrap_servers,
                attempt=attempt,
                error=str(exc),
                retry_in_s=delay,
            )
            time.sleep(delay)
            delay = min(delay * 2, 5.0)
            continue
        admin.close()
        return


def ensure_topics(settings: WorkerSettings) -> list[str]:
    """Create the input, output and dead-letter topics that do not exist; return those created."""
    wanted = [settings.input_topic, settings.output_topic, settings.dlq_topic]
    admin = KafkaAdminClient(**_common_client_config(settings))
    try:
        existing = set(admin.list_topics())
        missing = [name for name in dict.fromkeys(wanted) if name not in existing]
        created: list[str] = []
        for name in missing:
            spec: dict[str, object] = {
                "num_partitions": settings.topic_partitions,
                "replication_factor": settings.topic_replication_factor,
            }
            if name == settings.dlq_topic:
                # Dead letters are the original bytes, too_large ones included: the DLQ must
                # take records as large as anything the input topic may hold.
                spec["configs"] = {"max.message.bytes": str(settings.dlq_max_message_bytes)}
            try:
                admin.create_topics({name: spec})
                created.append(name)
            except TopicAlreadyExistsError:
                # Another replica created it between our list and create: fine.
                pass
        if created:
            # KRaft propagates new topics' leaders a moment after the create returns.
            admin.wait_for_topics(created, timeout_ms=30_000)
        return created
    finally:
        admin.close()


class _AssignmentListener(ConsumerRebalanceListener):  # type: ignore[misc]
    """Reports assignment changes; runs on kafka-python's IO thread, so it must not block."""

    def __init__(self, on_change: AssignmentCallback) -> None:
        self._on_change = on_change

    def on_partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        self._on_change([], [PartitionKey(tp.topic, tp.partition) for tp in revoked])

    def on_partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        self._on_change([PartitionKey(tp.topic, tp.partition) for tp in assigned], [])

    def on_partitions_lost(self, lost: set[TopicPartition]) -> None:
        self._on_change([], [PartitionKey(tp.topic, tp.partition) for tp in lost])


class KafkaGateway:
    """The worker's consumer and producer, and the delivery mode that ties them together."""

    def __init__(self, settings: WorkerSettings, on_assignment: AssignmentCallback) -> None:
        self._settings = settings
        self._exactly_once = settings.guarantee == "exactly_once"
        self._consumer = KafkaConsumer(
            **_common_client_config(settings),
            group_id=settings.group_id,
            group_instance_id=settings.instance_id if settings.static_membership else None,
            enable_auto_commit=False,
            auto_offset_reset=settings.auto_offset_reset,
            max_poll_records=settings.max_poll_records,
            max_poll_interval_ms=settings.max_poll_interval_ms,
            session_timeout_ms=settings.session_timeout_ms,
            heartbeat_interval_ms=min(3000, settings.session_timeout_ms // 3),
            # Only committed transactions of upstream producers; harmless for plain producers.
            isolation_level="read_committed",
            allow_auto_create_topics=False,
            # Incremental rebalances: a joining or leaving replica only moves the partitions
            # that change owner instead of stopping the whole group.
            partition_assignment_strategy=(CooperativeStickyAssignor,),
        )
        producer_config: dict[str, object] = {
            **_common_client_config(settings),
            "acks": "all",
            "enable_idempotence": True,
            "linger_ms": settings.linger_ms,
            "batch_size": settings.producer_batch_bytes,
            "compression_type": None
            if settings.compression_type == "none"
            else settings.compression_type,
            # Large enough for a too_large article forwarded unchanged to the DLQ.
            "max_request_size": settings.dlq_max_message_bytes + 65_536,
        }
        if self._exactly_once:
            producer_config["transactional_id"] = (
                f"{settings.transactional_id_prefix}-{settings.group_id}-{settings.instance_id}"
            )
            producer_config["transaction_timeout_ms"] = settings.transaction_timeout_ms
        self._producer = KafkaProducer(**producer_config)
        if self._exactly_once:
            self._producer.init_transactions()
        self._pending: list[object] = []
        self._wait_for_input_metadata(settings.input_topic, settings.startup_timeout_s)
        self._consumer.subscribe(
            [settings.input_topic], listener=_AssignmentListener(on_assignment)
        )

    def _wait_for_input_metadata(self, topic: str, timeout_s: float) -> None:
        """Join the group only once this client sees the input topic's partitions.

        A topic created a moment ago may not be in the client's first metadata; joining then
        gives an empty assignment that is only corrected at the next metadata refresh
        (minutes later).
        """
        deadline = time.monotonic() + timeout_s
        while not self._consumer.partitions_for_topic(topic):
            if time.monotonic() > deadline:
                log.warning("input topic has no partitions yet; joining anyway", topic=topic)
                return
            time.sleep(0.2)

    # -- consuming -------------------------------------------------------------------------

    def poll(self, timeout_ms: int) -> list[InboundMessage]:
        batches = self._consumer.poll(
            timeout_ms=timeout_ms, max_records=self._settings.max_poll_records
        )
        messages: list[InboundMessage] = []
        for records in batches.values():
            for record in records:
                messages.append(
                    InboundMessage(
                        topic=record.topic,
                        partition=record.partition,
                        offset=record.offset,
                        key=record.key,
                        value=record.value,
                    )
                )
        return messages

    def lag(self) -> dict[PartitionKey, int]:
        """Highwater minus position for every assigned partition whose highwater is known."""
        result: dict[PartitionKey, int] = {}
        for tp in self._consumer.assignment():
            try:
                highwater = self._consumer.highwater(tp)
                position = self._consumer.position(tp, timeout_ms=1000)
            except KafkaError:
                continue
            if highwater is not None and position is not None:
                result[PartitionKey(tp.topic, tp.partition)] = max(0, highwater - position)
        return result

    def connected(self) -> bool:
        """True while the consumer holds at least one open broker connection.

        kafka-python has no public "is connected" call (``bootstrap_connected`` turns false
        once metadata is fetched), but its own client metrics count live connections.
        """
        consumer_metrics = self._consumer.metrics().get("consumer-metrics", {})
        return bool(consumer_metrics.get("connection-count", 0) > 0)

    # -- delivery --------------------------------------------------------------------------

    def begin_batch(self) -> None:
        if self._exactly_once:
            self._producer.begin_transaction()

    def publish(self, topic: str, record: OutboundRecord) -> None:
        future = self._producer.send(
            topic, key=record.key, value=record.value, headers=record.headers
        )
        self._pending.append(future)

    def complete_batch(self, next_offsets: dict[PartitionKey, int]) -> bool:
        """Make the batch durable: returns False when a rebalance made the commit moot.

        Raises ``PublishError`` when a record could not be written: the caller must stop
        without committing so that a restart re-reads the batch.
        """
        offsets = {
            TopicPartition(key.topic, key.partition): OffsetAndMetadata(offset, "", -1)
            for key, offset in next_offsets.items()
        }
        if self._exactly_once:
            return self._commit_transaction(offsets)
        self._flush_and_check()
        if not offsets:
            return True
        try:
            self._consumer.commit(offsets)
        except (CommitFailedError, RebalanceInProgressError) as exc:
            # The group moved on: the new owner re-reads from the last commit. The events are
            # already published, so this is the at-least-once duplicate window, not a loss.
            log.warning("offset commit rejected by a rebalance", error=str(exc))
            return False
        return True

    def abort_batch(self) -> None:
        """Throw away the current batch; its messages will be read again."""
        self._pending.clear()
        if self._exactly_once:
            try:
                self._producer.abort_transaction()
            except KafkaError as exc:
                log.warning("abort of the transaction failed", error=str(exc))
        self._rewind_to_committed()

    def rewind(self, offsets: dict[PartitionKey, int]) -> None:
        """Make the next poll start at these offsets (messages handed back unprocessed)."""
        for key, offset in offsets.items():
            self._consumer.seek(TopicPartition(key.topic, key.partition), offset)

    def _commit_transaction(self, offsets: dict[TopicPartition, OffsetAndMetadata]) -> bool:
        self._flush_and_check()
        if offsets:
            self._producer.send_offsets_to_transaction(offsets, self._consumer.group_metadata())
        self._producer.commit_transaction()
        return True

    def _flush_and_check(self) -> None:
        pending, self._pending = self._pending, []
        self._producer.flush(timeout=self._settings.producer_flush_timeout_s)
        for future in pending:
            if not future.is_done:  # type: ignore[attr-defined]
                raise PublishError(
                    f"a record was not acknowledged within "
                    f"{self._settings.producer_flush_timeout_s:.0f}s"
                )
            if future.failed():  # type: ignore[attr-defined]
                raise PublishError(f"publish failed: {future.exception}")  # type: ignore[attr-defined]

    def _rewind_to_committed(self) -> None:
        for tp in self._consumer.assignment():
            committed = self._consumer.committed(tp)
            if committed is None:
                self._consumer.seek_to_beginning(tp)
            else:
                self._consumer.seek(tp, committed)

    def close(self) -> None:
        try:
            self._producer.flush(timeout=self._settings.producer_flush_timeout_s)
        finally:
            self._producer.close(timeout=self._settings.producer_flush_timeout_s)
            self._consumer.close(autocommit=False)
