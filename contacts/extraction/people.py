"""The people directory the extractor resolves names and descriptions against (no ORM)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from anyascii import anyascii

from contacts.extraction.transliteration import CYRILLIC_COUNTRIES, is_cyrillic, press_spellings
from contacts.names import fold

# Same order as contacts.models.Role: when one person holds several offices, the first wins.
ROLE_ORDER = (
    "head_of_state",
    "head_of_government",
    "head_of_organization",
    "foreign_minister",
    "minister",
    "other_official",
)
ROLE_RANK = {role: rank for rank, role in enumerate(ROLE_ORDER)}

# Offices whose holders speak for or advise a leader; they are never parties to a contact
# (corpus README, rule 2).
_STAFF_TITLE = re.compile(
    r"spokes|press secretary|aide\b|advis|envoy|ambassador|charg[eé]|counsel", re.IGNORECASE
)


@dataclass(frozen=True)
class OfficeTerm:
    country: str
    role: str
    title: str
    start: dt.date
    end: dt.date | None = None

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    @property
    def is_staff(self) -> bool:
        return bool(_STAFF_TITLE.search(self.title))


@dataclass(frozen=True)
class PersonEntry:
    id: int
    name: str
    slug: str = ""
    country: str | None = None
    aliases: tuple[tuple[str, str], ...] = ()  # (name, language)
    offices: tuple[OfficeTerm, ...] = ()

    def office_on(self, day: dt.date) -> OfficeTerm | None:
        """The office held on `day`, highest role first (as contacts.models.offices_on)."""
        held = [o for o in self.offices if o.covers(day)]
        return min(held, key=lambda o: (ROLE_RANK.get(o.role, 99), o.start), default=None)


def is_latin(text: str) -> bool:
    """Whether every letter is a Latin one (with or without diacritics)."""
    return all(ord(c) < 0x370 or 0x1E00 <= ord(c) <= 0x1EFF for c in text if c.isalpha())


def name_tokens(text: str) -> tuple[str, ...]:
    """A name as a tuple of comparable tokens, split as the extractor splits text.

    Words are split in their own script first ("Цзиньпин" is one word, though anyascii writes
    it "Tszin'pin"), then folded and reduced to their `skeleton`.
    """
    keys = (_NON_ALNUM.sub("", anyascii(w).lower()) for w in _WORD.findall(text))
    return tuple(skeleton(k) for k in keys if k)


_WORD = re.compile(r"\w+")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def press_name_keys(p: PersonEntry) -> list[tuple[str, ...]]:
    """The `name_tokens` of each way the Romanian, French, German, Spanish, Italian or
    Portuguese press spells a leader's Cyrillic names ("Mihail Mișustin", "Mikhaïl
    Michoustine"); none for a leader of a country that does not write in Cyrillic."""
    if p.country not in CYRILLIC_COUNTRIES:
        return []
    keys = []
    for n, language in p.aliases:
        if not is_cyrillic(n) or len(n.split()) < 2:
            continue
        for spelling in press_spellings(n, language):
            key = name_tokens(spelling)
            if len(key) >= 2:
                keys.append(key)
    return keys


def skeleton(token: str) -> str:
    """A folded token with spelling variants merged: "Zelenskyy"/"Selenskyj", "Macron"/"Makron"."""
    s = token
    for a, b in (("sch", "sh"), ("ph", "f"), ("ck", "k"), ("kh", "h"), ("tz", "ts")):
        s = s.replace(a, b)
    s = s.translate(_SKELETON)
    out = []
    for ch in s:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


_SKELETON = str.maketrans({"w": "v", "c": "k", "q": "k", "y": "i", "j": "i", "z": "s"})

# Particles of European surnames ("Di Maio", "von der Leyen", "Le Drian", "dos Santos").
_PARTICLES = frozenset(
    skeleton(w)
    for w in (
        "di", "de", "da", "del", "della", "do", "dos", "das", "du", "le", "la", "van", "von",
        "der", "den", "ter", "vel",
    )
)

_POPE_WORDS = frozenset(skeleton(w) for w in ("pope", "papa", "papst", "pape"))

# Titles some aliases begin with ("King Charles III", "Papa Leon al XIV-lea"), as skeletons.
_TITLE_WORDS = frozenset(
    skeleton(w)
    for w in (
        "king",
        "queen",
        "pope",
        "regele",
        "regina",
        "papa",
        "rey",
        "reina",
        "re",
        "roi",
        "reine",
        "konig",
        "papst",
        "korol",
    )
)


@dataclass(frozen=True)
class Directory:
    """An immutable index of people: by id, by folded alias, and office holders by day."""

    people: tuple[PersonEntry, ...] = ()
    _by_id: dict[int, PersonEntry] = field(default_factory=dict, repr=False, compare=False)
    _by_key: dict[tuple[str, ...], tuple[int, ...]] = field(
        default_factory=dict, repr=False, compare=False
    )
    # The same from names in Latin letters only: a word in Latin letters is not read with a
    # key another script's spelling made ("Жут" -> "Zhut" is no German "Schutz")
    _by_latin_key: dict[tuple[str, ...], tuple[int, ...]] = field(
        default_factory=dict, repr=False, compare=False
    )
    _by_folded: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False, compare=False)
    _by_office: dict[tuple[str, str], tuple[tuple[OfficeTerm, int], ...]] = field(
        default_factory=dict, repr=False, compare=False
    )
    _first_tokens: set[str] = field(default_factory=set, repr=False, compare=False)
    _given: dict[int, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)
    _given_names: set[str] = field(default_factory=set, repr=False, compare=False)
    _shared: dict[tuple[str, ...], tuple[int, ...]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        by_key: dict[tuple[str, ...], set[int]] = {}
        by_latin_key: dict[tuple[str, ...], set[int]] = {}
        by_folded: dict[str, set[int]] = {}
        by_office: dict[tuple[str, str], list[tuple[OfficeTerm, int]]] = {}
        surnames: dict[tuple[str, ...], set[int]] = {}
        foreign_surnames: dict[tuple[str, ...], set[int]] = {}
        derived_surnames: dict[tuple[str, ...], set[int]] = {}
        for p in self.people:
            self._by_id[p.id] = p
            names = [p.name, *(a for a, _ in p.aliases)]
            given: set[str] = set()
            for n in names:
                by_folded.setdefault(fold(n), set()).add(p.id)
                key = name_tokens(n)
                indexes = (by_key, by_latin_key) if is_latin(n) else (by_key,)
                if key:
                    for index in indexes:
                        index.setdefault(key, set()).add(p.id)
                    given.update(k[:3] for k in key[:-1])
                if len(key) >= 3 and key[0] in _TITLE_WORDS:
                    # "Regele Charles al III-lea" is also found as "Charles al III-lea"
                    for index in indexes:
                        index.setdefault(key[1:], set()).add(p.id)
                if len(key) == 2 and key[0] in _POPE_WORDS and len(key[1]) >= 4:
                    # "Papa Francesco", "Папа Франциск": the pontifical name alone
                    # ("Francesco ha ricevuto …"), as a surname is
                    target = surnames if is_latin(n) else foreign_surnames
                    target.setdefault(key[1:], set()).add(p.id)
            # A name in Cyrillic letters as the press spells it: the whole name, and its
            # surname alone when nobody else bears it.
            for key in press_name_keys(p):
                for index in (by_key, by_latin_key):
                    index.setdefault(key, set()).add(p.id)
                given.update(k[:3] for k in key[:-1])
                if len(key[-1]) >= 5 and key[-2] not in _PARTICLES:
                    derived_surnames.setdefault(key[-1:], set()).add(p.id)
            self._given[p.id] = frozenset(given)
            parts = list(name_tokens(p.name))
            if len(parts) >= 2 and parts[0] not in _TITLE_WORDS:
                self._given_names.add(parts[0])
            parts = list(name_tokens(p.name))
            # A surname alone ("Merkel") finds the person when nobody else bears it (not the
            # last word of one with a particle: "Di Maio" is no "Maio", Spanish "mayo")
            if (
                len(parts) >= 2
                and " of " not in f" {fold(p.name)} "
                and len(parts[-1]) >= 4
                and parts[-2] not in _PARTICLES
            ):
                surnames.setdefault((parts[-1],), set()).add(p.id)
            # Family name first ("Kim Jong Un", "Yoon Suk Yeol"): the first word alone.
            if (
                len(parts) == 3
                and len(parts[1]) <= 4
                and len(parts[2]) <= 4
                and len(parts[0]) >= 2
                and parts[1] not in _PARTICLES  # "David van Weel" is no "David"
            ):
                surnames.setdefault((parts[0],), set()).add(p.id)
            # "Lee Jae-myung", "Cho Tae-yul": a given name joined by a lower-case hyphen
            words = p.name.split()
            if len(words) == 2 and re.fullmatch(r"\w+-[a-z]\w*", words[1]) and len(parts[0]) >= 2:
                surnames.setdefault((parts[0],), set()).add(p.id)
            for o in p.offices:
                by_office.setdefault((o.role, o.country), []).append((o, p.id))
        for key, ids in derived_surnames.items():
            # never one that makes another's surname ambiguous ("Saleh", "Salman")
            if not (surnames.get(key, set()) | foreign_surnames.get(key, set())) - ids:
                surnames.setdefault(key, set()).update(ids)
        for key in foreign_surnames:
            surnames.setdefault(key, set())
        for key, latin_ids in surnames.items():
            ids = latin_ids | foreign_surnames.get(key, set())
            if key not in by_key and len(ids) == 1:
                by_key[key] = ids
            elif key not in by_key and len(ids) > 1:
                self._shared[key] = tuple(sorted(ids))  # "Sharif": Nawaz or Shehbaz
            if key not in by_latin_key and len(latin_ids) == 1:
                by_latin_key[key] = latin_ids
        self._by_key.update({k: tuple(sorted(v)) for k, v in by_key.items()})
        self._by_latin_key.update({k: tuple(sorted(v)) for k, v in by_latin_key.items()})
        self._first_tokens.update(k[0] for k in by_key)
        self._by_folded.update({k: tuple(sorted(v)) for k, v in by_folded.items()})
        self._by_office.update({k: tuple(v) for k, v in by_office.items()})

    @classmethod
    def build(cls, people: Iterable[PersonEntry]) -> Directory:
        return cls(people=tuple(people))

    @classmethod
    def from_dicts(cls, rows: Iterable[dict]) -> Directory:
        """From plain dicts: {id, name, slug, country, aliases: [[name, lang]], offices: [...]}."""
        people = []
        for n, r in enumerate(rows, 1):
            offices = tuple(
                OfficeTerm(
                    country=o["country"],
                    role=o["role"],
                    title=o.get("title", ""),
                    start=dt.date.fromisoformat(o["start"]),
                    end=dt.date.fromisoformat(o["end"]) if o.get("end") else None,
                )
                for o in r.get("offices", ())
            )
            people.append(
                PersonEntry(
                    id=r.get("id", n),
                    name=r["name"],
                    slug=r.get("slug", ""),
                    country=r.get("country"),
                    aliases=tuple(
                        (a[0], a[1]) if isinstance(a, list | tuple) else (a, "")
                        for a in r.get("aliases", ())
                    ),
                    offices=offices,
                )
            )
        return cls.build(people)

    @property
    def first_tokens(self) -> set[str]:
        """The first skeleton token of every known name (a fast pre-check for scanning)."""
        return self._first_tokens

    def __len__(self) -> int:
        return len(self.people)

    def get(self, person_id: int) -> PersonEntry | None:
        return self._by_id.get(person_id)

    def by_alias(self, name: str) -> tuple[PersonEntry, ...]:
        """People one of whose names folds to the same text as `name` ("Uşakov" = "Ушаков")."""
        ids = self._by_folded.get(fold(name)) or self._by_key.get(name_tokens(name), ())
        return tuple(self._by_id[i] for i in ids)

    def may_be_given_name(self, person_id: int, skel: str) -> bool:
        """Whether a word before a surname could be one of the person's given names
        ("Volodimir" before "Zelenski" could, "Ludovic" before "Orban" could not)."""
        return skel[:3] in self._given.get(person_id, frozenset())

    def is_given_name(self, skel: str) -> bool:
        """Whether a word is the given name of anyone in the directory ("Mihai", "Ludovic")."""
        return skel in self._given_names

    def shared_surname(self, key: tuple[str, ...]) -> tuple[int, ...]:
        """Ids of the several people a surname alone could name ("Sharif", "Aoun")."""
        return self._shared.get(key, ())

    def by_tokens(self, key: tuple[str, ...], *, latin: bool = False) -> tuple[int, ...]:
        """Ids of the people with a name whose skeleton tokens are exactly `key` (`latin`:
        a name in Latin letters, read with the keys of names in Latin letters only)."""
        return (self._by_latin_key if latin else self._by_key).get(key, ())

    def holders(
        self, role: str, country: str, day: dt.date, *, title_hint: str = ""
    ) -> tuple[PersonEntry, ...]:
        """Everyone who held `role` of `country` on `day` (title_hint narrows by title words)."""
        found = [(o, pid) for o, pid in self._by_office.get((role, country), ()) if o.covers(day)]
        if title_hint:
            hinted = [(o, pid) for o, pid in found if title_hint.lower() in o.title.lower()]
            found = hinted or found
        found.sort(key=lambda x: "acting" in x[0].title.lower())
        seen: list[PersonEntry] = []
        for _, pid in found:
            if self._by_id[pid] not in seen:
                seen.append(self._by_id[pid])
        return tuple(seen)

    def holder(
        self, role: str, country: str, day: dt.date, *, title_hint: str = ""
    ) -> PersonEntry | None:
        """Who held `role` of `country` on `day`, or None."""
        found = self.holders(role, country, day, title_hint=title_hint)
        return found[0] if found else None
