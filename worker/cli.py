"""``event-worker``: the command line, and the only place where settings are read.

Sub-commands: ``run`` (the Kafka worker), ``extract`` (offline, JSON Lines in and out),
``eval`` (score the extractor on an annotated corpus), ``schemas`` (write the JSON Schemas).
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import IO, Any, get_args, get_origin

from pydantic import ValidationError

from worker import __version__
from worker.app import WorkerApp
from worker.config import WorkerSettings
from worker.evaluation import evaluate, load_corpus
from worker.extraction import Extractor
from worker.kafka_io import BrokerUnreachableError
from worker.log import configure_logging, get_logger
from worker.pipeline import ArticleRejectedError, decode_article, encode_event
from worker.runner import WorkerGaveUpError
from worker.schemas import write_schemas

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_CONFIG = 2


# -- settings from flags ----------------------------------------------------------------------


def _flag(field_name: str) -> str:
    return "--" + field_name.replace("_", "-")


def _add_settings_flags(parser: argparse.ArgumentParser) -> None:
    """One flag per setting, so flags, env variables and defaults never drift apart."""
    for name, info in WorkerSettings.model_fields.items():
        env = f"WORKER_{name.upper()}"
        help_text = f"{info.description or name} (env {env})"
        annotation = info.annotation
        if annotation is bool:
            parser.add_argument(
                _flag(name), dest=name, action=argparse.BooleanOptionalAction, help=help_text
            )
            continue
        choices = get_args(annotation) if _is_literal(annotation) else None
        parser.add_argument(_flag(name), dest=name, choices=choices, help=help_text)


def _is_literal(annotation: Any) -> bool:
    return str(get_origin(annotation)) == "typing.Literal"


def settings_from_args(args: argparse.Namespace) -> WorkerSettings:
    overrides = {
        name: getattr(args, name)
        for name in WorkerSettings.model_fields
        if getattr(args, name, None) is not None
    }
    return WorkerSettings(**overrides)


def describe_config_error(error: ValidationError) -> str:
    """Name the setting, its flag and its env variable for every invalid value."""
    lines = ["invalid configuration:"]
    for item in error.errors():
        name = str(item["loc"][0]) if item["loc"] else "?"
        where = f"{name} ({_flag(name)} / WORKER_{name.upper()})"
        given = item.get("input")
        shown = "" if isinstance(given, dict) else f" (got {given!r})"
        lines.append(f"  {where}: {item['msg']}{shown}")
    return "\n".join(lines)


# -- run ----------------------------------------------------------------------------------------


def _command_run(settings: WorkerSettings) -> int:
    log = get_logger("worker.cli")
    app = WorkerApp(settings)

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        log.info("stop requested", signal=signal.Signals(signum).name)
        app.request_stop()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        app.start()
        app.run()
    except BrokerUnreachableError as exc:
        log.error("cannot start", error=str(exc))
        return EXIT_FAILURE
    except WorkerGaveUpError as exc:
        log.error("worker stopped on failure", error=str(exc))
        return EXIT_FAILURE
    finally:
        app.close()
    return EXIT_OK


# -- extract ------------------------------------------------------------------------------------


def _read_lines(source: str) -> Iterator[tuple[int, bytes]]:
    stream: IO[bytes] = sys.stdin.buffer if source == "-" else Path(source).open("rb")  # noqa: SIM115
    try:
        for number, line in enumerate(stream, start=1):
            stripped = line.strip()
            if stripped:
                yield number, stripped
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def _command_extract(source: str, output: str | None, max_bytes: int) -> int:
    extractor = Extractor()
    out: IO[bytes] = (
        sys.stdout.buffer if output is None or output == "-" else Path(output).open("wb")  # noqa: SIM115
    )
    skipped = 0
    events = 0
    articles = 0
    try:
        for number, line in _read_lines(source):
            try:
                article = decode_article(line, max_bytes)
            except ArticleRejectedError as rejected:
                skipped += 1
                print(f"line {number}: {rejected.reason}: {rejected.detail}", file=sys.stderr)
                continue
            articles += 1
            for event in extractor.extract(article).events:
                value = encode_event(event).value or b""
                out.write(value + b"\n")
                events += 1
    finally:
        if out is not sys.stdout.buffer:
            out.close()
    print(
        f"{articles} articles, {events} events, {skipped} invalid lines skipped",
        file=sys.stderr,
    )
    return EXIT_OK


# -- entry point --------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="event-worker",
        description="Law-enforcement news articles in, typed event records out (Kafka worker).",
    )
    parser.add_argument("--version", action="version", version=f"event-worker {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="consume articles, publish events (Kafka)")
    _add_settings_flags(run)

    extract = commands.add_parser("extract", help="offline extraction: JSON Lines in and out")
    extract.add_argument("source", nargs="?", default="-", help="article JSON Lines file or -")
    extract.add_argument("-o", "--output", default=None, help="events JSON Lines file (stdout)")
    extract.add_argument(
        "--max-message-bytes", type=int, default=10 * 1024 * 1024, help="skip longer lines"
    )

    evaluate_cmd = commands.add_parser(
        "eval", help="score the extractor on an annotated corpus (P/R/F1 per type and field)"
    )
    evaluate_cmd.add_argument(
        "corpus", nargs="+", help="corpus folders (or files), e.g. corpus/test corpus/holdout"
    )
    evaluate_cmd.add_argument("--json", dest="json_path", default=None, help="also write JSON")

    schemas = commands.add_parser("schemas", help="write the JSON Schemas of the messages")
    schemas.add_argument("directory", nargs="?", default="schemas")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "schemas":
        for path in write_schemas(Path(args.directory)):
            print(path)
        return EXIT_OK
    if args.command == "eval":
        corpus = [item for path in args.corpus for item in load_corpus(Path(path))]
        report = evaluate(corpus, Extractor())
        print(report.table())
        if args.json_path:
            Path(args.json_path).write_text(json.dumps(report.as_dict(), indent=2) + "\n")
        return EXIT_OK
    if args.command == "extract":
        configure_logging("WARNING", "auto")
        return _command_extract(args.source, args.output, args.max_message_bytes)

    try:
        settings = settings_from_args(args)
    except ValidationError as error:
        print(f"event-worker: {describe_config_error(error)}", file=sys.stderr)
        return EXIT_BAD_CONFIG
    configure_logging(settings.log_level, settings.log_format)
    return _command_run(settings)


if __name__ == "__main__":
    sys.exit(main())
