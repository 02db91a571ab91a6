"""Language detection with lingua, limited to languages news in Europe is written in."""

from __future__ import annotations

from functools import lru_cache

from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

_LANGUAGES = (
    Language.GERMAN, Language.ENGLISH, Language.FRENCH, Language.ITALIAN, Language.SPANISH,
    Language.DUTCH, Language.POLISH, Language.RUSSIAN, Language.UKRAINIAN, Language.TURKISH,
    Language.PORTUGUESE, Language.CZECH, Language.DANISH, Language.SWEDISH, Language.ARABIC,
)


@lru_cache(maxsize=1)
def _detector():
    return LanguageDetectorBuilder.from_languages(*_LANGUAGES).with_low_accuracy_mode().build()


def detect_language(text: str, sample_chars: int = 600) -> str:
    """ISO 639-1 code of ``text``'s language, or ``"und"`` when undecidable."""
    sample = text[:sample_chars]
    if len(sample.strip()) < 20:
        return "und"
    language = _detector().detect_language_of(sample)
    if language is None:
        return "und"
    code: IsoCode639_1 = language.iso_code_639_1
    return code.name.lower()
