"""The stable interface of the extraction package: ``Extractor.extract(Article)``.

Stages (each in its own module): language -> normalisation (text.py) -> one phrase scan
(matcher.py) -> sentences -> trigger mentions with precision rules (mentions.py) ->
arguments (arguments.py, items.py) -> merging into events (assembly.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from worker.extraction.assembly import attach_arguments, build_events, cluster_mentions
from worker.extraction.compiled import CompiledLanguage, compile_language
from worker.extraction.context import ArticleContext
from worker.extraction.gazetteer import (
    load_agencies,
    load_cities,
    load_local_forces,
    load_name_particles,
    load_news_agencies,
    load_places,
    load_state_force_heads,
)
from worker.extraction.langid import detect_language
from worker.extraction.lexicon import LEXICON_ROOT, SHARED_DIR, available_languages
from worker.extraction.matcher import NameTable
from worker.extraction.mentions import find_mentions
from worker.extraction.text import normalize
from worker.models import Article, Event

EXTRACTOR_VERSION = "0.2.0"


@dataclass(frozen=True)
class ExtractionResult:
    """What one article gave.

    ``language`` is the language actually used (given or detected); ``supported`` is False when
    no lexicon exists for it (a normal outcome: the article is processed with no events).
    """

    language: str | None
    supported: bool
    events: list[Event] = field(default_factory=list)


class Extractor:
    """Built once at start-up (lexicons compiled), then called for every article.

    ``languages`` limits which lexicon folders are loaded; None loads every folder found.
    ``lexicon_root`` lets tests point at their own lexicons.
    """

    def __init__(
        self, languages: tuple[str, ...] | None = None, lexicon_root: Path | None = None
    ) -> None:
        root = lexicon_root or LEXICON_ROOT
        found = available_languages(root)
        self.languages: tuple[str, ...] = (
            found if languages is None else tuple(lang for lang in languages if lang in found)
        )
        shared = root / "shared" if lexicon_root is not None else SHARED_DIR
        agencies = load_agencies(shared / "agencies.toml")
        # Hand-picked places first, then the GeoNames towns (the generator leaves out every
        # name a hand-picked place has).
        places = load_places(shared / "places.toml") + load_cities(shared / "cities.toml")
        local_forces = load_local_forces(shared / "agencies.toml")
        state_heads = load_state_force_heads(shared / "agencies.toml")
        news_agencies = load_news_agencies(shared / "news_agencies.toml")
        particles = load_name_particles(shared / "names.toml")
        name_tables: dict[tuple[int, ...], NameTable] = {}  # one per script, languages share
        self._compiled: dict[str, CompiledLanguage] = {
            lang: compile_language(
                lang,
                agencies,
                places,
                root,
                local_forces=local_forces,
                state_force_heads=state_heads,
                news_agencies=news_agencies,
                name_particles=particles,
                name_tables=name_tables,
            )
            for lang in self.languages
        }

    def extract(self, article: Article) -> ExtractionResult:
        language = article.language or detect_language(article.text, self.languages)
        compiled = self._compiled.get(language) if language else None
        if compiled is None:
            return ExtractionResult(language=language, supported=False, events=[])
        ctx = ArticleContext(
            compiled, normalize(article.text, compiled.language), article.published_date()
        )
        mentions = find_mentions(ctx)
        if not mentions:
            return ExtractionResult(language=language, supported=True, events=[])
        clusters = cluster_mentions(attach_arguments(ctx, mentions))
        events = build_events(ctx, article, compiled.language, EXTRACTOR_VERSION, clusters)
        return ExtractionResult(language=language, supported=True, events=events)
