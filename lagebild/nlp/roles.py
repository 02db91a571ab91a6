"""Role words that stand before names (``Kremlchef Putin``, ``US-Präsident Donald Trump``).

A role is a noun from ROLE_WORDS or a compound ending in one of ROLE_SUFFIXES,
optionally with a hyphenated prefix (``US-``, ``Kreml-``) and, before it, an
adjective (``der russische Außenminister``). Used by the NER post-rules, entity
merging (roles are not part of a name) and speaker resolution (``der Kremlchef``).
"""

from __future__ import annotations

import re
from functools import lru_cache

ROLE_WORDS = frozenset(
    """
    präsident präsidentin kanzler kanzlerin bundeskanzler bundeskanzlerin minister ministerin
    chef chefin sprecher sprecherin berater beraterin gesandter gesandte sondergesandter sondergesandte
    regierungschef regierungschefin staatschef staatschefin ministerpräsident ministerpräsidentin
    bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin landrat landrätin
    vorsitzender vorsitzende parteichef parteichefin generalsekretär generalsekretärin
    senator senatorin abgeordneter abgeordnete botschafter botschafterin diplomat diplomatin
    könig königin prinz prinzessin papst kardinal bischof bischöfin richter richterin anwalt anwältin
    trainer trainerin kapitän kapitänin direktor direktorin intendant intendantin professor professorin
    reporter reporterin korrespondent korrespondentin autor autorin sänger sängerin schauspieler schauspielerin
    unternehmer unternehmerin milliardär milliardärin gründer gründerin ceo premier premierminister premierministerin
    außenminister außenministerin verteidigungsminister verteidigungsministerin finanzminister finanzministerin
    innenminister innenministerin kremlchef kreml-chef oppositionsführer oppositionsführerin
    vizepräsident vizepräsidentin vizekanzler vizekanzlerin amtskollege amtskollegin kollege kollegin
    kommissar kommissarin herzog herzogin fürst fürstin schiedsrichter schiedsrichterin
    gouverneur gouverneurin landesrat landesrätin stadtrat stadträtin staatssekretär staatssekretärin
    """.split()
)
ROLE_SUFFIXES = (
    "präsident", "präsidentin", "kanzler", "kanzlerin", "minister", "ministerin", "chef", "chefin",
    "sprecher", "sprecherin", "berater", "beraterin", "gesandter", "gesandte", "vorsitzender", "vorsitzende",
    "sekretär", "sekretärin", "direktor", "direktorin", "bürgermeister", "bürgermeisterin", "führer", "führerin",
    "kommissar", "kommissarin",
    # "Staatsanwalt", "Oberstaatsanwältin", "Rechtsanwalt"; "Staatsanwaltschaft" is an institution, not a role
    "anwalt", "anwältin",
    # Austrian offices: "Landeshauptmann", "Bezirkshauptfrau", "Klubobmann", "Parteiobfrau"
    "hauptmann", "hauptfrau", "obmann", "obfrau",
)

_ROLE_NOUN = r"(?:[A-ZÄÖÜ][\w]*-)?[A-ZÄÖÜ][\wäöüß-]*"
# "US-Präsident", "der russische Außenminister", "Putins Berater", "seine Sprecherin"
ROLE_BEFORE_NAME = re.compile(r"(?P<role>" + _ROLE_NOUN + r")\s+$")


# Case endings a role noun takes ("des US-Präsidenten", "des Kremlchefs", "dem Minister").
INFLECTIONS = ("en", "es", "n", "s")


def _is_role_stem(base: str) -> bool:
    return base in ROLE_WORDS or any(base.endswith(suffix) and len(base) - len(suffix) >= 3 for suffix in ROLE_SUFFIXES)


@lru_cache(maxsize=65_536)  # asked of every capitalised word near a name or a quote; news repeats its words
def is_role_word(word: str) -> bool:
    """``Kremlchef``, ``US-Präsident``, ``Außenministerin``, ``US-Präsidenten`` are roles; ``Putin`` is not."""
    lower = word.lower().strip(".,;:")
    if lower in ROLE_WORDS:
        return True
    base = lower.rsplit("-", 1)[-1]
    if _is_role_stem(base):
        return True
    return any(base.endswith(ending) and _is_role_stem(base[: -len(ending)]) for ending in INFLECTIONS)


def role_before(text: str, start: int) -> tuple[int, str] | None:
    """The role word directly before ``start`` (e.g. a name's start), as (offset, word), or None."""
    match = ROLE_BEFORE_NAME.search(text, max(0, start - 40), start)
    if match and match.end() == start and is_role_word(match.group("role")):
        return match.start("role"), match.group("role")
    return None


def role_gender(word: str) -> str | None:
    """The grammatical gender a role noun gives its bearer: ``Innenministerin``, ``Sprecherin``,
    ``Bezirkshauptfrau`` → "f"; ``Sprecherinnen`` → "pl"; ``Innenminister``, ``Kremlchef`` → "m";
    a nominalised adjective or participle (``Vorsitzende``, ``Abgeordnete``) or no role → None."""
    base = word.lower().strip(".,;:").rsplit("-", 1)[-1]
    if base.endswith("innen") and is_role_word(base[:-3]):
        return "pl"
    if not is_role_word(word):
        return None
    if base.endswith(("in", "frau")):
        return "f"
    if base.endswith(("e", "en")) and base != "kollege":
        return None  # "Vorsitzende", "Gesandte", "Präsidenten" (a case ending or a plural)
    return "m"
