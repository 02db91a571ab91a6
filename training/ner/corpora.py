"""Readers for the NER corpora in ../shared/corpus, all mapped to PER / ORG / LOC / MISC (IOB2).

Each reader yields sentences as (tokens, tags). What we map and why:

* GermEval 2014: outer layer only; OTH → MISC. The ``deriv`` (``russischen``) and
  ``part`` (``Putin-Regierung``) variants → O: for news analysis they are not
  mentions of the entity itself.
* Legal-LER fine classes: PER, RR (judge), AN (lawyer) → PER; LD, ST, STR, LDS → LOC;
  ORG, UN, INN, GRT, MRK → ORG; laws, rulings, literature → O.
* SmartData: typed character spans on news/RSS text; PERSON → PER, ORGANIZATION* → ORG,
  LOCATION, _CITY, _STREET, _STOP → LOC; routes ("Strecke"), positions, dates, numbers,
  triggers → O.
* Europarl (IOB1 → IOB2): evaluation only, its licence is not settled.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
Sentence = tuple[list[str], list[str]]

GERMEVAL_HELDOUT = 2000  # the first 2,000 sentences of NER-de-test.tsv: never trained or tuned on
MAX_PIECE = 60  # tokens; for corpora without sentence breaks

LEGAL_MAP = {
    "PER": "PER", "RR": "PER", "AN": "PER",
    "LD": "LOC", "ST": "LOC", "STR": "LOC", "LDS": "LOC",
    "ORG": "ORG", "UN": "ORG", "INN": "ORG", "GRT": "ORG", "MRK": "ORG",
}
BASE_MAP = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC", "MISC": "MISC"}


def _map_tag(tag: str, mapping: dict[str, str]) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    mapped = mapping.get(label)
    return f"{prefix}-{mapped}" if mapped else "O"


def repair_iob2(tags: list[str]) -> list[str]:
    """Make a tag sequence valid IOB2 (an I- without its B- becomes B-; also turns IOB1 into IOB2)."""
    fixed = []
    previous = "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        fixed.append(tag)
        previous = tag
    return fixed


def germeval(split: str) -> list[Sentence]:
    path = CORPUS / "germeval2014-ner" / f"NER-de-{split}.tsv"
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("#"):
            continue
        if not line.strip():
            if tokens:
                sentences.append((tokens, repair_iob2(tags)))
            tokens, tags = [], []
            continue
        cols = line.split("\t")
        tokens.append(cols[1])
        tags.append(_map_tag(cols[2], BASE_MAP))
    if tokens:
        sentences.append((tokens, repair_iob2(tags)))
    return sentences


def germeval_heldout() -> list[Sentence]:
    return germeval("test")[:GERMEVAL_HELDOUT]


def germeval_test_rest() -> list[Sentence]:
    return germeval("test")[GERMEVAL_HELDOUT:]


def _columns(path: Path, token_col: int, tag_col: int, sep: str | None, mapping: dict[str, str]) -> list[Sentence]:
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8", errors="replace").split("\n"):
        if not line.strip() or line.startswith("# ") or line.startswith("-DOCSTART-"):
            if tokens:
                sentences.append((tokens, repair_iob2(tags)))
            tokens, tags = [], []
            continue
        cols = line.split(sep)
        if len(cols) <= max(token_col, tag_col):
            continue
        tokens.append(cols[token_col])
        tags.append(_map_tag(cols[tag_col], mapping))
    if tokens:
        sentences.append((tokens, repair_iob2(tags)))
    return sentences


def wikiann(split: str = "train") -> list[Sentence]:
    return _columns(CORPUS / "wikiann-de" / f"{split}.conllu", 1, 2, "\t", BASE_MAP)


def legal() -> list[Sentence]:
    return _columns(CORPUS / "legal-ler" / "ler_dev.conll", 0, 1, " ", LEGAL_MAP) + _columns(CORPUS / "legal-ler" / "ler_test.conll", 0, 1, " ", LEGAL_MAP)


def europeana() -> list[Sentence]:
    out: list[Sentence] = []
    for name in ("enp_DE.lft.bio", "enp_DE.onb.bio", "enp_DE.sbb.bio"):
        out.extend(_columns(CORPUS / "europeana-ner" / name, 0, 1, " ", BASE_MAP))
    # The OCR files have few sentence breaks (one "sentence" has 17,000 tokens): cut at
    # full stops, and anything still long into pieces of at most MAX_PIECE tokens, never inside a name.
    cut: list[Sentence] = []
    for tokens, tags in out:
        start = 0
        for i, token in enumerate(tokens):
            outside = tags[i] == "O" and (i + 1 >= len(tags) or not tags[i + 1].startswith("I-"))
            if outside and ((token.endswith(".") and i - start >= 8) or i - start >= MAX_PIECE):
                cut.append((tokens[start : i + 1], repair_iob2(tags[start : i + 1])))
                start = i + 1
        if start < len(tokens):
            cut.append((tokens[start:], repair_iob2(tags[start:])))
    return cut


def europarl(split: str = "test") -> list[Sentence]:
    # IOB1 → IOB2 is exactly repair_iob2: an entity's first I- becomes B-.
    return _columns(CORPUS / "europarl-ner-de" / f"{split}.tsv", 0, 4, "\t", BASE_MAP)


SMARTDATA_MAP = {"PERSON": "PER", "ORGANIZATION": "ORG", "ORGANIZATION_COMPANY": "ORG", "LOCATION": "LOC", "LOCATION_CITY": "LOC", "LOCATION_STREET": "LOC", "LOCATION_STOP": "LOC"}
# LOCATION_ROUTE ("Strecke"), ORG_POSITION ("Zentralbankchef"), dates, numbers and triggers are not names.


def smartdata() -> Iterator[tuple[str, list[tuple[int, int, str]]]]:
    """(text, [(start, end, label)]) per document."""
    raw = gzip.open(CORPUS / "smartdata-ner" / "dev.json.gz", "rt", encoding="utf-8").read()
    decoder = json.JSONDecoder()
    index = 0
    while index < len(raw):
        while index < len(raw) and raw[index].isspace():
            index += 1
        if index >= len(raw):
            break
        document, index = decoder.raw_decode(raw, index)
        text = (document.get("text") or {}).get("string") or ""
        mentions = (document.get("conceptMentions") or {}).get("array") or []
        spans = []
        for mention in mentions:
            label = SMARTDATA_MAP.get(mention.get("type"))
            if label:
                spans.append((mention["span"]["start"], mention["span"]["end"], label))
        yield text, spans
