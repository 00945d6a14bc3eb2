"""Event-stream ingestion worker: law-enforcement news articles in, typed event records out."""

__version__ = "0.1.0"
