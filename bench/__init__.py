"""Benchmark suite of the event worker (GitHub issue 6): ``python -m bench``.

Phases, each on its own uniquely named topics of the broker at ``--bootstrap``:

* offline: the extractor in-process (decode + extract + encode through ``worker.pipeline``);
* passthrough: a minimal kafka-python consume -> produce loop, no extraction (the ceiling);
* worker: ``python -m worker run`` as a subprocess, at_least_once and exactly_once;
* latency: end-to-end latency at 50% of the measured at_least_once throughput;
* scaling: one versus two worker processes on a 4-partition topic, with CPU shares;
* memory: RSS of one worker over a long stream (100k articles by default).

``python -m bench.extraction`` is the extractor's own micro-benchmark (per language, per stage).
"""
