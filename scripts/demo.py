"""Demo companion: feeds the sample articles to the input topic and prints the events.

Run by scripts/demo.sh next to a running worker; stops on Ctrl-C or after --duration seconds.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from kafka import KafkaConsumer, KafkaProducer
from kafka.structs import TopicPartition

REPO = Path(__file__).resolve().parents[1]


def _describe(event: dict[str, Any]) -> str:
    parts = [f"{event['type']:<11}", f"article={event['article']['id']}"]
    parts.append(f"lang={event['article']['language']}")
    for key in ("persons_count", "occurred_on", "sentence_months", "from_country", "to_country"):
        if event.get(key) is not None:
            parts.append(f"{key}={event[key]}")
    if event.get("countries"):
        parts.append("countries=" + ",".join(event["countries"]))
    if event.get("agencies"):
        parts.append("agencies=" + ",".join(a["name"] for a in event["agencies"]))
    for item in event.get("items") or []:
        what = item.get("substance") or item.get("label") or item["category"]
        amount = item.get("quantity") or item.get("amount") or item.get("count")
        unit = item.get("unit") or item.get("currency") or ""
        parts.append(f"[{item['category']}: {what} {amount if amount is not None else ''}{unit}]")
    if event.get("background"):
        parts.append("(background)")
    return "  ".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bootstrap-servers", default="127.0.0.1:9092")
    parser.add_argument("--input-topic", default="articles")
    parser.add_argument("--output-topic", default="law-enforcement-events")
    parser.add_argument("--samples", default=str(REPO / "samples" / "articles.jsonl"))
    parser.add_argument("--interval", type=float, default=0.5, help="seconds between articles")
    parser.add_argument("--duration", type=float, default=0.0, help="stop after N s (0: never)")
    args = parser.parse_args()

    consumer = KafkaConsumer(bootstrap_servers=args.bootstrap_servers, enable_auto_commit=False)
    partitions = [
        TopicPartition(args.output_topic, p)
        for p in sorted(consumer.partitions_for_topic(args.output_topic) or [])
    ]
    consumer.assign(partitions)
    consumer.seek_to_end(*partitions)  # only this run's events
    producer = KafkaProducer(bootstrap_servers=args.bootstrap_servers, acks="all")
    lines = Path(args.samples).read_bytes().splitlines()
    deadline = time.monotonic() + args.duration if args.duration else float("inf")
    sent = received = 0
    next_send = time.monotonic()
    try:
        while time.monotonic() < deadline:
            if sent < len(lines) and time.monotonic() >= next_send:
                line = lines[sent]
                try:
                    key = str(json.loads(line)["id"]).encode()
                except (ValueError, KeyError, TypeError):
                    key = None  # the samples include bad messages, to show the DLQ
                producer.send(args.input_topic, key=key, value=line)
                producer.flush()
                sent += 1
                next_send = time.monotonic() + args.interval
                print(f"-> sent article {sent}/{len(lines)}", flush=True)
            for records in consumer.poll(timeout_ms=200).values():
                for record in records:
                    received += 1
                    print("<- " + _describe(json.loads(record.value)), flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        producer.close()
        consumer.close()
    print(f"demo: {sent} articles sent, {received} events received", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
