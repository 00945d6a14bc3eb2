"""The one configuration root of the worker.

Read only at the CLI edge (``worker.cli``): every other module receives the values it needs.
Precedence: command-line flag, then ``WORKER_*`` environment variable, then the default.
"""

from __future__ import annotations

import socket
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

Guarantee = Literal["at_least_once", "exactly_once"]
LogFormat = Literal["auto", "json", "console"]


class WorkerSettings(BaseSettings):
    """Settings of ``event-worker run``; each one is also ``WORKER_<NAME>`` in the environment."""

    model_config = SettingsConfigDict(
        env_prefix="WORKER_", extra="forbid", validate_default=True, frozen=True
    )

    bootstrap_servers: str = Field(
        default="127.0.0.1:9092", description="Comma-separated HOST:PORT list of Kafka brokers"
    )
    input_topic: str = Field(
        default="articles", min_length=1, max_length=249, description="Topic of article messages"
    )
    output_topic: str = Field(
        default="law-enforcement-events",
        min_length=1,
        max_length=249,
        description="Topic the event records are published to",
    )
    dlq_topic: str = Field(
        default="articles.dlq",
        min_length=1,
        max_length=249,
        description="Dead-letter topic: bad messages, unchanged, with the reason in headers",
    )
    group_id: str = Field(
        default="event-worker", min_length=1, description="Consumer group of all replicas"
    )
    client_id: str = Field(
        default="event-worker",
        min_length=1,
        description="Client id shown in broker logs and quotas",
    )
    guarantee: Guarantee = Field(
        default="at_least_once",
        description="at_least_once: events flushed before the offset commit; "
        "exactly_once: events, dead letters and offsets in one Kafka transaction",
    )
    instance_id: str = Field(
        default_factory=socket.gethostname,
        min_length=1,
        description="Stable name of this worker instance (pod name); part of the transactional id",
    )
    static_membership: bool = Field(
        default=False,
        description="Join the group as static member instance_id (KIP-345): a restarted "
        "replica takes its partitions back at once; instance_id must then be unique",
    )
    transactional_id_prefix: str = Field(
        default="event-worker", description="exactly_once: prefix of the transactional id"
    )
    transaction_timeout_ms: int = Field(
        default=60_000,
        ge=1_000,
        le=900_000,
        description="exactly_once: the broker aborts a transaction left open this long "
        "(a killed worker's); read_committed readers wait at most this long",
    )
    metrics_host: str = Field(default="0.0.0.0", description="Address the metrics port binds to")  # noqa: S104
    metrics_port: int = Field(default=9108, ge=0, le=65535, description="0 picks a free port")
    auto_offset_reset: Literal["earliest", "latest"] = Field(
        default="earliest", description="Where a new group starts reading"
    )
    max_poll_records: int = Field(
        default=200, ge=1, le=10_000, description="Most messages in one batch (one commit)"
    )
    poll_timeout_ms: int = Field(
        default=500, ge=10, le=60_000, description="Longest wait of one poll; bounds stop latency"
    )
    max_poll_interval_ms: int = Field(
        default=300_000, ge=10_000, description="Kafka: longest gap between polls before eviction"
    )
    session_timeout_ms: int = Field(
        default=45_000, ge=6_000, description="Kafka: heartbeat silence before eviction"
    )
    max_batch_seconds: float = Field(
        default=60.0,
        gt=0,
        description="Time budget of one batch; the rest is handed back to the next poll",
    )
    dead_letter_budget_share: float = Field(
        default=0.5,
        gt=0,
        le=1,
        description="Stop when more than this share of the recent messages are dead letters "
        "(1 disables)",
    )
    dead_letter_budget_window: int = Field(
        default=1000, ge=10, description="How many recent messages the budget looks at"
    )
    dead_letter_budget_min_messages: int = Field(
        default=100, ge=1, description="Messages seen before the budget is enforced"
    )
    max_message_bytes: int = Field(
        default=1_048_576, ge=1_024, description="Larger article messages go to the DLQ"
    )
    dlq_max_message_bytes: int = Field(
        default=16 * 1024 * 1024,
        ge=1_048_576,
        description="Largest dead letter (an oversized article, unchanged); the DLQ topic is "
        "created with this max.message.bytes",
    )
    create_topics: bool = Field(default=True, description="Create missing topics on start")
    topic_partitions: int = Field(
        default=3, ge=1, le=10_000, description="Partitions of topics the worker creates"
    )
    topic_replication_factor: int = Field(
        default=1, ge=1, le=32, description="Replication factor of topics the worker creates"
    )
    startup_timeout_s: float = Field(
        default=30.0, gt=0, description="How long to wait for the broker at start"
    )
    producer_flush_timeout_s: float = Field(
        default=30.0, gt=0, description="Longest wait for the broker to acknowledge a batch"
    )
    health_stale_after_s: float = Field(
        default=120.0,
        gt=0,
        description="/healthz fails when the loop has not polled for this long (must exceed "
        "max_batch_seconds + producer_flush_timeout_s)",
    )
    compression_type: Literal["none", "gzip", "snappy", "lz4", "zstd"] = Field(
        default="none", description="Compression of produced batches"
    )
    linger_ms: int = Field(
        default=5, ge=0, le=10_000, description="Producer: wait this long to fill a batch"
    )
    producer_batch_bytes: int = Field(
        # kafka-python's 16 KB default holds about ten events, so every send opens a new
        # batch; 256 KB cut the producer's CPU per event from ~48 to ~25 µs (docs/benchmarks.md).
        default=262_144,
        ge=1_024,
        le=16 * 1024 * 1024,
        description="Producer: largest batch per partition in bytes",
    )
    languages: Annotated[tuple[str, ...], NoDecode] = Field(
        default=(), description="Languages to extract; empty means every packaged lexicon"
    )
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = Field(
        default="PLAINTEXT", description="How to talk to the brokers (TLS and/or SASL)"
    )
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = Field(
        default=None, description="SASL mechanism when security_protocol is SASL_*"
    )
    sasl_username: str | None = Field(default=None, description="SASL user name")
    sasl_password: SecretStr | None = Field(
        default=None, description="SASL password (never logged)"
    )
    ssl_cafile: str | None = Field(default=None, description="CA bundle to verify the brokers")
    ssl_certfile: str | None = Field(default=None, description="Client certificate (mutual TLS)")
    ssl_keyfile: str | None = Field(default=None, description="Client private key (mutual TLS)")
    ssl_password: SecretStr | None = Field(
        default=None, description="Password of the client key (never logged)"
    )
    ssl_check_hostname: bool = Field(
        default=True, description="Check the broker certificate's host name"
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        default="INFO", description="Lowest level logged"
    )
    log_format: LogFormat = Field(
        default="auto", description="json, console, or auto (JSON unless stderr is a terminal)"
    )

    @field_validator("bootstrap_servers")
    @classmethod
    def _check_bootstrap(cls, value: str) -> str:
        servers = [part.strip() for part in value.split(",") if part.strip()]
        if not servers:
            raise ValueError("needs at least one HOST:PORT")
        for server in servers:
            host, sep, port = server.rpartition(":")
            if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
                raise ValueError(f"{server!r} is not HOST:PORT")
        return ",".join(servers)

    @field_validator("languages", mode="before")
    @classmethod
    def _split_languages(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(part.strip().lower() for part in value.split(",") if part.strip())
        return value

    @model_validator(mode="after")
    def _check_batch_budget(self) -> WorkerSettings:
        # A batch (processing + flush) must end well before Kafka evicts the consumer.
        needed_ms = (self.max_batch_seconds + self.producer_flush_timeout_s) * 1000
        if needed_ms >= self.max_poll_interval_ms:
            raise ValueError(
                "max_batch_seconds + producer_flush_timeout_s must be below "
                f"max_poll_interval_ms ({needed_ms:.0f} >= {self.max_poll_interval_ms})"
            )
        # A long but healthy batch must not look like a hung loop to the liveness probe.
        if needed_ms >= self.health_stale_after_s * 1000:
            raise ValueError(
                "health_stale_after_s must exceed max_batch_seconds + producer_flush_timeout_s "
                f"({self.health_stale_after_s:.0f} s <= {needed_ms / 1000:.0f} s)"
            )
        return self

    @model_validator(mode="after")
    def _check_security(self) -> WorkerSettings:
        if self.security_protocol.startswith("SASL_"):
            missing = [
                name
                for name in ("sasl_mechanism", "sasl_username", "sasl_password")
                if getattr(self, name) is None
            ]
            if missing:
                raise ValueError(
                    f"security_protocol {self.security_protocol} needs " + ", ".join(missing)
                )
        return self

    @property
    def bootstrap_list(self) -> list[str]:
        return self.bootstrap_servers.split(",")
