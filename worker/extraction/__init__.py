"""Pure extraction: article text in, typed law-enforcement event records out.

No Kafka, no metrics, no I/O beyond reading the packaged TOML lexicons once at start-up.
"""

from worker.extraction.extractor import EXTRACTOR_VERSION, ExtractionResult, Extractor

__all__ = ["EXTRACTOR_VERSION", "ExtractionResult", "Extractor"]
