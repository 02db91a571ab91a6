"""Story-level entities: merge the mentions of a story's articles into one entity each.

Merging rules, in order:

* roles are not names (``Kremlchef Putin`` → ``Putin``; the NER tagger already splits them off);
* genitives fold into the base form when the base form occurs (``Putins`` → ``Putin``);
* case variants fold (``Nato``/``NATO``);
* transliteration variants fold by a phonetic key and a small edit distance
  (``Selenskyj``/``Selensky``/``Zelensky``/``Zelenskyy``);
* a surname alone joins the one person of the story with that surname; two people with the
  same surname and different first names stay apart (a lone surname then goes to the one
  last mentioned in that article);
* the canonical name is the fullest form seen (``Wladimir Putin``).

:class:`EntityIndex` answers "who is this?" for speakers: a name, a genitive, a role bound
to a person in the story (``der Kremlchef`` → Wladimir Putin), or an epithet that points to
the person last mentioned (``der Republikaner``, ``der 79-Jährige``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

from lagebild.model import Article, Entity, Mention, Span, stable_id
from lagebild.nlp.roles import is_role_word

_DETERMINERS = re.compile(r"^(der|die|das|des|dem|den|ein|eine|einer|eines|sein|seine|seiner|seinem|seinen|ihr|ihre|ihrer|ihrem|ihren)\s+", re.I)
_ADJECTIVE = re.compile(r"^[a-zäöüß][\wäöüß-]*(e|en|er|es|em)\s+")
_PHONETIC = (
    ("tsch", "ch"), ("sch", "sh"), ("zh", "sh"), ("ck", "k"), ("ph", "f"), ("w", "v"), ("z", "s"),
    ("yy", "i"), ("ij", "i"), ("iy", "i"), ("y", "i"), ("j", "i"), ("c", "k"), ("ou", "u"), ("ä", "e"),
    ("ö", "o"), ("ü", "u"), ("ß", "ss"),
)
_SALIENT_LABELS = ("PER",)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def phonetic_key(name: str) -> str:
    """A spelling-independent key for transliterated names."""
    key = _fold(name)
    for a, b in _PHONETIC:
        key = key.replace(a, b)
    key = re.sub(r"(.)\1+", r"\1", key)  # double letters
    return re.sub(r"i+$", "i", key)


def _edit_distance(a: str, b: str, limit: int = 2) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _similar_surname(a: str, b: str) -> bool:
    ka, kb = phonetic_key(a), phonetic_key(b)
    if ka == kb:
        return True
    return min(len(ka), len(kb)) >= 6 and _edit_distance(ka, kb, 1) <= 1


@dataclass(slots=True)
class _Occurrence:
    article: Article
    mention: Mention
    form: str  # surface without genitive


class _Cluster:
    def __init__(self) -> None:
        self.occurrences: list[_Occurrence] = []
        self.forms: Counter[str] = Counter()
        self.labels: Counter[str] = Counter()
        self.roles: Counter[str] = Counter()

    def add(self, occurrence: _Occurrence) -> None:
        self.occurrences.append(occurrence)
        self.forms[occurrence.form] += 1
        self.labels[occurrence.mention.label] += 1
        role = occurrence.mention.role
        if role:
            self.roles[role] += 1
            # "der ukrainische Präsident Wolodymyr Selenskyj" binds "ukrainisch Präsident" too.
            text = occurrence.article.text
            at = text.rfind(role, max(0, occurrence.mention.start - 60), occurrence.mention.start)
            before = re.search(r"([a-zäöüß]+?)(?:e|en|er|es|em)\s+$", text[max(0, at - 30) : at]) if at >= 0 else None
            if before:
                self.roles[f"{before.group(1)} {role}"] += 1

    @property
    def label(self) -> str:
        return self.labels.most_common(1)[0][0]

    @property
    def full_forms(self) -> list[str]:
        return [f for f in self.forms if len(f.split()) >= 2]

    def canonical(self) -> str:
        def rank(form: str) -> tuple:
            return (len(form.split()) if self.label == "PER" else 0, self.forms[form], -sum(ch.isupper() for ch in form) if self.label != "PER" else 0, form)

        return max(self.forms, key=rank)


def _strip_genitive(surface: str, known: set[str]) -> str:
    for suffix in ("s", "'", "’", "es"):
        if surface.endswith(suffix) and len(surface) > len(suffix) + 2:
            base = surface[: -len(suffix)]
            if _fold(base) in known:
                return base
    return surface


def _last_token(form: str) -> str:
    return form.split()[-1]


def merge_entities(articles: list[Article]) -> list[Entity]:
    """One entity per real-world entity across the story's articles, with every mention as an exact span."""
    # A name that stands after a person's role anywhere in the story is a person's name everywhere.
    person_forms = {_fold(m.text) for a in articles for m in a.mentions if m.role}
    person_forms |= {_fold(_last_token(m.text)) for a in articles for m in a.mentions if m.role}
    occurrences: list[_Occurrence] = []
    known_forms = {_fold(m.text) for a in articles for m in a.mentions}
    known_forms |= {_fold(_last_token(m.text)) for a in articles for m in a.mentions if m.label == "PER"}
    for article in articles:
        for mention in article.mentions:
            form = " ".join(mention.text.split())
            if not form or form[0].islower() or (len(form.split()) == 1 and is_role_word(form)):
                continue
            form = " ".join(_strip_genitive(w, known_forms) if i == len(form.split()) - 1 else w for i, w in enumerate(form.split()))
            if mention.label != "PER" and (_fold(form) in person_forms or _fold(_last_token(form)) in person_forms):
                mention = Mention(mention.start, mention.end, mention.text, "PER", mention.role)
            occurrences.append(_Occurrence(article, mention, form))

    clusters: list[_Cluster] = []
    # People first: full names define persons; single tokens attach by surname.
    persons: list[_Cluster] = []
    by_full: dict[str, _Cluster] = {}
    singles: list[_Occurrence] = []
    others: dict[str, _Cluster] = {}
    for occ in occurrences:
        if occ.mention.label == "PER" and len(occ.form.split()) >= 2:
            first, last = occ.form.split()[0], _last_token(occ.form)
            match = None
            for cluster in persons:
                for full in cluster.full_forms:
                    if _fold(full.split()[0]) == _fold(first) and _similar_surname(_last_token(full), last):
                        match = cluster
                        break
                if match:
                    break
            if match is None:
                match = _Cluster()
                persons.append(match)
            match.add(occ)
            by_full[_fold(occ.form)] = match
        elif occ.mention.label == "PER":
            singles.append(occ)
        else:
            key = phonetic_key(occ.form)
            others.setdefault(key, _Cluster()).add(occ)

    # Lone surnames (and lone tokens that are a known person's surname, whatever their label).
    for occ in singles + [o for c in list(others.values()) for o in c.occurrences if len(o.form.split()) == 1]:
        candidates = [c for c in persons if any(_similar_surname(_last_token(f), occ.form) for f in c.full_forms)]
        if occ.mention.label != "PER" and len(candidates) != 1:
            continue
        if occ.mention.label != "PER":
            others[phonetic_key(occ.form)].occurrences.remove(occ)
        if len(candidates) == 1:
            candidates[0].add(occ)
        elif len(candidates) > 1:
            recent = _most_recent(candidates, occ)
            recent.add(occ)
        else:
            key = phonetic_key(occ.form)
            lone = next((c for c in persons if not c.full_forms and any(_similar_surname(f, occ.form) for f in c.forms)), None)
            if lone is None:
                lone = _Cluster()
                persons.append(lone)
            lone.add(occ)
    clusters = persons + [c for c in others.values() if c.occurrences]
    # Rebuild counters of clusters that lost occurrences above.
    entities: list[Entity] = []
    for cluster in clusters:
        fresh = _Cluster()
        for occ in cluster.occurrences:
            fresh.add(occ)
        if not fresh.occurrences:
            continue
        name = fresh.canonical()
        label = fresh.label
        mentions = sorted(
            (Span(o.article.id, o.mention.start, o.mention.end, o.article.text[o.mention.start : o.mention.end]) for o in fresh.occurrences),
            key=lambda s: (s.article, s.start),
        )
        aliases = sorted({o.mention.text for o in fresh.occurrences} | set(fresh.forms))
        entities.append(
            Entity(
                id=stable_id("e-", label, _fold(name)),
                name=name,
                type=label,  # type: ignore[arg-type]
                aliases=aliases,
                mentions=mentions,
                roles=[role for role, _ in fresh.roles.most_common()],
            )
        )
    entities.sort(key=lambda e: (-len(e.mentions), e.name))
    return entities


def _most_recent(candidates: list[_Cluster], occ: _Occurrence) -> _Cluster:
    best, best_pos = candidates[0], -1
    for cluster in candidates:
        for other in cluster.occurrences:
            if other.article.id == occ.article.id and other.mention.start < occ.mention.start and other.mention.start > best_pos:
                best, best_pos = cluster, other.mention.start
    if best_pos < 0:
        best = max(candidates, key=lambda c: len(c.occurrences))
    return best


class EntityIndex:
    """Who is meant: by span, by name or alias, by a role bound in the story, or by an epithet."""

    def __init__(self, entities: list[Entity]):
        self.entities = entities
        self._by_span: dict[tuple[str, int, int], Entity] = {}
        self._by_form: dict[str, Entity] = {}
        self._by_role: dict[str, Counter] = defaultdict(Counter)
        self._positions: dict[str, list[tuple[int, int, Entity]]] = defaultdict(list)
        for entity in entities:
            for mention in entity.mentions:
                self._by_span[(mention.article, mention.start, mention.end)] = entity
                self._positions[mention.article].append((mention.start, mention.end, entity))
            for alias in entity.aliases + [entity.name]:
                self._by_form.setdefault(_fold(alias), entity)
                if entity.type == "PER":
                    self._by_form.setdefault(_fold(_last_token(alias)), entity)
            for role in entity.roles:
                self._by_role[_fold(role)][entity.id] += 1
        for positions in self._positions.values():
            positions.sort(key=lambda p: p[0])
        self._by_id = {e.id: e for e in entities}

    def entity_for_span(self, article_id: str, start: int, end: int) -> Entity | None:
        found = self._by_span.get((article_id, start, end))
        if found:
            return found
        for s, e, entity in self._positions.get(article_id, ()):
            if s < end and start < e:
                return entity
        return None

    def bound_role(self, role: str) -> Entity | None:
        """The person a role is bound to in this story (``Kremlchef`` → Wladimir Putin), if one dominates."""
        counts = self._by_role.get(_fold(role))
        if not counts:
            base = _fold(role).rsplit("-", 1)[-1]
            merged: Counter = Counter()
            for key, value in self._by_role.items():
                if key.rsplit("-", 1)[-1] == base:
                    merged.update(value)
            counts = merged
        if not counts:
            return None
        (best, n), *rest = counts.most_common()
        if rest and rest[0][1] == n:
            return None
        return self._by_id[best]

    def resolve(self, surface: str, article_id: str | None = None) -> Entity | None:
        """The entity a name, genitive or role phrase refers to (``Putins``, ``der Kremlchef``)."""
        phrase = " ".join(surface.split())
        phrase = _DETERMINERS.sub("", phrase)
        if not phrase:
            return None
        folded = _fold(phrase)
        if folded in self._by_form:
            return self._by_form[folded]
        for suffix in ("s", "'", "’"):
            if folded.endswith(suffix) and folded[: -len(suffix)] in self._by_form:
                return self._by_form[folded[: -len(suffix)]]
        words = phrase.split()
        if words and is_role_word(words[-1]):
            adjective = re.match(r"([a-zäöüß]+?)(?:e|en|er|es|em)$", words[-2]) if len(words) > 1 else None
            if adjective:
                bound = self.bound_role(f"{adjective.group(1)} {words[-1]}")
                if bound is not None:
                    return bound
            return self.bound_role(words[-1])
        stripped = _ADJECTIVE.sub("", phrase)
        if stripped != phrase:
            return self.resolve(stripped, article_id)
        return None

    def resolve_epithet(self, article: Article, offset: int, phrase: str) -> Entity | None:
        """``der Republikaner``/``der 79-Jährige``: a bound role, else the person last mentioned before ``offset``."""
        bound = self.resolve(phrase, article.id)
        if bound is not None:
            return bound
        return self.last_person_before(article.id, offset)

    def persons_between(self, article_id: str, start: int, end: int) -> list[Entity]:
        """The people mentioned in ``[start, end)`` of an article, in order, once per mention."""
        return [e for s, _e, e in self._positions.get(article_id, ()) if start <= s < end and e.type == "PER"]

    def last_person_before(self, article_id: str, offset: int, window: int = 1500) -> Entity | None:
        best = None
        for start, _end, entity in self._positions.get(article_id, ()):
            if start >= offset:
                break
            if entity.type in _SALIENT_LABELS and offset - start <= window:
                best = entity
        return best
