"""Logging set-up: structlog for our own lines, with the stdlib (kafka-python) routed through it.

JSON lines when stderr is not a terminal (containers, CI), coloured key=value lines on a TTY.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

import structlog

from worker.config import LogFormat


def configure_logging(level: str = "INFO", log_format: LogFormat = "auto") -> None:
    """Configure structlog and the stdlib root logger once, at the CLI edge."""
    use_json = log_format == "json" or (log_format == "auto" and not sys.stderr.isatty())
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        structlog.processors.StackInfoRenderer(),
    ]
    renderer: Any
    if use_json:
        renderer = structlog.processors.JSONRenderer()
        shared.append(structlog.processors.dict_tracebacks)
    else:
        renderer = structlog.dev.ConsoleRenderer()

    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=shared,
            processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
        )
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # kafka-python is chatty at INFO (every connection and metadata refresh); its warnings
    # and errors are what an operator needs.
    kafka_level = logging.DEBUG if level == "DEBUG" else logging.WARNING
    logging.getLogger("kafka").setLevel(kafka_level)


def get_logger(name: str) -> Any:
    """A structlog logger bound to ``name`` (typed Any: structlog's proxies are dynamic)."""
    return structlog.stdlib.get_logger(name)
