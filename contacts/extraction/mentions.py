"""People in a sentence: names from the directory, descriptions of office holders, new names."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain, product

from anyascii import anyascii

from contacts.extraction.countries import country_name
from contacts.extraction.people import Directory, OfficeTerm, PersonEntry, is_latin, skeleton
from contacts.extraction.text import Token, fold_token

Match = tuple[int, int, tuple[str, object]]

# Case endings that inflected names take in Russian, German, Romanian ("Путина", "Merkels").
_ENDINGS = (
    "ului",
    "ovi",
    "om",
    "em",
    "im",
    "oi",
    "ei",
    "ii",
    "ia",
    "iu",
    "ul",
    "a",
    "u",
    "e",
    "i",
    "s",
)
# Instrumental endings of names whose nominative ends in "-й" or "-я" (Cyrillic letters).
_SOFT_INSTRUMENTAL = (("еем", "ей"), ("ием", "ий"), ("ией", "ия"), ("ієм", "ій"), ("ією", "ія"))
_SURNAME_CASES = ("kogo", "komu", "kim", "kom", "koi", "kuiu", "kaia")
# Where "the leader" of a country is its head of government rather than its head of state.
_PARLIAMENTARY = frozenset(
    [
        "GB",
        "DE",
        "IT",
        "ES",
        "CA",
        "JP",
        "IN",
        "IL",
        "NL",
        "BE",
        "SE",
        "NO",
        "DK",
        "AU",
        "NZ",
        "HU",
        "CZ",
        "SK",
        "SI",
        "HR",
        "GR",
        "PT",
        "IE",
        "AT",
        "BG",
        "EE",
        "LV",
        "LT",
        "LU",
        "MT",
        "IQ",
        "PK",
        "TH",
        "MY",
        "AL",
        "ME",
        "MK",
        "RS",
        "XK",
    ]
)
_PARTICLES = frozenset(
    [
        "von",
        "van",
        "der",
        "de",
        "da",
        "di",
        "del",
        "la",
        "le",
        "al",
        "bin",
        "ibn",
        "el",
        "du",
        "dos",
        "das",
    ]
)
_ARTICLES = frozenset(
    [
        "the",
        "a",
        "an",
        "der",
        "die",
        "das",
        "dem",
        "den",
        "des",
        "le",
        "la",
        "les",
        "l",
        "il",
        "lo",
        "gli",
        "i",
        "un",
        "une",
        "el",
        "al",
        "lui",
    ]
)
# Words that may stand between a role and its country: "President of the Republic of Moldova".
_CONNECTORS = frozenset(
    [
        "of",
        "the",
        "de",
        "la",
        "din",
        "al",
        "a",
        "ai",
        "ale",
        "lui",
        "sau",
        "sa",
        "sai",
        "sale",
        "ses",
        "seine",
        "seinen",
        "suoi",
        "sus",
        "his",
        "her",
        "its",
        "du",
        "des",
        "della",
        "del",
        "dello",
        "di",
        # "degli Stati Uniti", "de los Estados Unidos", "dos Estados Unidos", "da França"
        "degli",
        "dei",
        "delle",
        "dell",
        "los",
        "las",
        "dos",
        "das",
        "do",
        "da",
        "der",
        "von",
        "s",
        "d",  # "d'Iran"
    ]
)
# "Președintele Republicii Populare Chineze", "le président de la République populaire de
# Chine", "President of the Islamic Republic of Iran": the republic and its kind between a
# title and its country, free hops
_REPUBLIC = frozenset(
    (
        "republic",
        "republicii",
        "republica",
        "republique",
        "republik",
        "repubblica",
        "respubliki",
        "bundesrepublik",
        "populare",
        "populara",
        "people",
        "populaire",
        "popolare",
        "popular",
        "islamice",
        "islamica",
        "islamic",
        "islamique",
        "islamischen",
        "federale",
        "federala",
        "federal",
        "federative",
        "democratice",
        "democratica",
        "democratic",
        "democratique",
        "socialiste",
    )
)
_CONNECTORS |= _REPUBLIC
_EUROPEAN = frozenset(("european", "europeana", "europene", "europeni"))
# Prepositions that part a title from a country word before them.
_PREPOSITIONS = frozenset(
    ("pentru", "for", "pour", "fur", "per", "para", "cu", "with", "avec", "mit", "con", "catre")
)
_POSSESSIVES = frozenset(("sa", "sau", "his", "her", "son", "sein", "seine", "suo"))
_ROLE_TITLES = {
    "head_of_state": "President of {c}",
    "head_of_government": "Prime Minister of {c}",
    "foreign_minister": "Minister of Foreign Affairs of {c}",
    "minister": "Minister of {c}",
    "head_of_organization": "Head of {c}",
    "other_official": "Official of {c}",
}


@dataclass(frozen=True)
class NewPerson:
    """A named official the directory does not know, proposed for the editor to confirm."""

    name: str
    country: str
    role: str
    title: str


@dataclass
class Mention:
    start: int
    end: int
    person_id: int | None = None
    new: NewPerson | None = None
    kind: str = "name"  # name, description, new
    excluded: bool = False
    source: bool = False  # named as the source of a statement ("said Peskov")
    candidates: tuple[int, ...] = ()

    def _replace_span(self, start: int, end: int) -> Mention:
        return Mention(start, end, self.person_id, self.new, self.kind)

    @property
    def key(self) -> tuple[str, object]:
        if self.person_id is not None:
            return ("id", self.person_id)
        assert self.new is not None
        return ("new", self.new.name.lower())


def name_variants(tok: Token, german: bool = False) -> list[str]:
    """The token's skeleton, and without a case ending when the script or language inflects."""
    skel = tok.skel
    out = [skel]
    if tok.text.isascii():
        # German genitive: "Merkels Politik"
        if german and skel.endswith("s") and len(skel) >= 5:
            out.append(skel[:-1])
        return out
    low = tok.text.lower()
    for ending, nominative in _SOFT_INSTRUMENTAL:
        # "Макеем" -> "Макей", "Сергеем" -> "Сергей": the skeleton merges the two vowels, so
        # cutting "em" off it leaves no name
        if low.endswith(ending) and len(low) > len(ending) + 2:
            out.append(skeleton(fold_token(low[: -len(ending)] + nominative)))
            break
    for e in _SURNAME_CASES:
        # Russian surnames declined like adjectives: "Зеленским", "Зеленского" -> "Зеленский"
        if skel.endswith(e) and len(skel) - len(e) >= 3:
            out.append(skel[: -len(e)] + "ki")
    for e in _ENDINGS:
        if skel.endswith(e) and len(skel) - len(e) >= 4:
            out.append(skel[: -len(e)])
    return out[:5]


def find_names(tokens: list[Token], directory: Directory, lang: str = "") -> list[Mention]:
    """Directory names in the tokens, longest first; one-word names only when capitalised."""
    out: list[Mention] = []
    n = len(tokens)
    i = 0
    german = lang == "de"
    while i < n:
        found = _name_at(tokens, i, directory, german)
        if found and i + 1 < n:
            # "King Salman bin Abdulaziz Al Saud": a longer name from the next word on wins
            nxt = _name_at(tokens, i + 1, directory, german)
            if nxt and nxt[0] > found[0] + 1:
                i, found = i + 1, nxt
        if found and found[0] == 1 and out and out[-1].end == i and out[-1].end - out[-1].start > 1:
            # "Miguel Díaz-Canel Bermúdez", "Marcelo Ebrard Casaubón": a second surname
            # after a full name is part of it, not another official's surname
            out[-1] = Mention(out[-1].start, i + 1, person_id=out[-1].person_id,
                              candidates=out[-1].candidates, kind="name")
            i += 1
        elif found:
            length, ids = found
            out.append(Mention(i, i + length, person_id=ids[0], candidates=ids, kind="name"))
            i += length
        else:
            i += 1
    return out


def _name_at(
    tokens: list[Token], i: int, directory: Directory, german: bool
) -> tuple[int, tuple[int, ...]] | None:
    """The longest directory name starting at token `i`: its length and the people's ids."""
    n = len(tokens)
    tok = tokens[i]
    if not tok.key or tok.key.isdigit():
        return None
    if not any(v in directory.first_tokens for v in name_variants(tok, german)):
        return None
    for length in (5, 4, 3, 2, 1):  # "Salman bin Abdulaziz Al Saud"
        if i + length > n:
            continue
        window = tokens[i : i + length]
        if any(not t.key for t in window):
            continue
        if length == 1 and not tok.is_capitalised:
            continue
        if length == 1 and tok.text.lower() in _FUNCTION_WORDS:
            continue  # "Și premierul …" (Romanian "and") is not "Си" (Xi)
        if length == 1 and not german and _another_name_follows(tokens, i):
            continue  # "Dan Barna", "Costa Rica": someone (or something) else
        hyphenated = length > 1 and window[-1].start == window[-2].end + 1  # "Jae-in"
        if (
            not window[-1].is_capitalised
            and not window[-1].key.isdigit()
            and length > 1
            and not hyphenated
            and (not any(c.isupper() for c in window[-1].text))
        ):
            continue
        latin = all(is_latin(t.text) for t in window)
        for combo in product(*(name_variants(t, german) for t in window)):
            ids = directory.by_tokens(combo, latin=latin)
            if ids:
                return length, ids
    return None


# Conjunctions, articles and prepositions that a capital at a sentence's start can make look
# like a one-word name (as the text spells them, so another script's names stay found).
_FUNCTION_WORDS = frozenset(
    (
        "și", "şi", "si", "iar", "dar", "la", "le", "de", "din", "cu", "pe", "în", "in", "a", "o",
        "un", "e", "i", "y", "et", "ou", "und", "oder", "aber", "mit", "the", "and", "but", "for",
        "on", "at", "to", "of", "el", "lo", "los", "las", "il", "di", "da", "del", "con", "per",
        "sul",
        # German pronouns, possessives and adverbs that open sentences ("Seine Regierung",
        # "Dann telefonierte …", "Wenn …" are no Zeine, Dan or Wen)
        "dann", "denn", "wenn", "sein", "seine", "seinen", "seinem", "seiner", "seines",
        "ihr", "ihre", "ihren", "ihrem", "ihrer", "auch", "nach", "vor", "bei", "als", "wie",
    )
)


def _another_name_follows(tokens: list[Token], i: int) -> bool:
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return bool(nxt and nxt.is_capitalised and nxt.key.isalpha() and not nxt.text.isupper())


@dataclass
class Description:
    start: int
    end: int
    role: str
    countries: list[tuple[str, str]]  # (code, title hint)
    counterpart: bool = False
    lead: int = -1  # first token, with a country word before the role ("the Slovak …")

    @property
    def first(self) -> int:
        """The description's first token: its leading country word's, or the role's."""
        return min(self.start, self.lead) if self.lead >= 0 else self.start


def find_descriptions(
    tokens: list[Token], matches: list[Match], names: list[Mention]
) -> list[Description]:
    """Role words with the country words around them: "preşedintele american", "US President"."""
    taken = set()
    for m in names:
        taken.update(range(m.start, m.end))
    roles: dict[int, tuple[int, str]] = {}
    countries: dict[int, tuple[int, str, str]] = {}
    counterparts: dict[int, int] = {}
    conj: set[int] = set()
    for i, j, (cat, value) in matches:
        if i in taken:
            continue
        if cat == "roles" and (i not in roles or j > roles[i][0]):
            roles[i] = (j, str(value))
        elif cat == "counterpart":
            counterparts[i] = j
        elif cat == "country":
            code, caps = value  # type: ignore[misc]
            if caps and not all(t.text.isupper() for t in tokens[i:j]):
                continue
            if i not in countries or j > countries[i][0]:
                countries[i] = (j, code, "")
        elif cat == "eu_body" and (i not in countries or j >= countries[i][0]):
            countries[i] = (j, "EU", str(value))
    for i, t in enumerate(tokens):
        if t.key in ("si", "and", "i", "et", "und", "e", "or", "sau", "ili"):
            conj.add(i)
    # "president-elect", "președintele ales", "der designierte Kanzler": not yet in office
    elect_spans = elect_roles(matches)
    represented = [(i, j) for i, j, (cat, _) in matches if cat == "represented"]
    not_leader = {i for i, _, (cat, _) in matches if cat == "not_leader"}
    out: list[Description] = []
    starts = sorted(set(roles) | set(counterparts))
    covered_until = -1
    for i in starts:
        if i < covered_until:
            continue
        if i in roles:
            j, role = roles[i]
            is_cp = False
            if any(a == i for a, _ in elect_spans):
                covered_until = j
                continue
        else:
            j, role, is_cp = counterparts[i], "counterpart", True
        if role in ("leader", "leaders") and any(
            i - 2 <= k < i or j <= k < j + 2 for k in not_leader
        ):
            covered_until = j  # "German opposition leader X", "liderul opoziţiei"
            continue
        found: list[tuple[str, str]] = []
        lead = i
        # after: "preşedintele american", "President of France", "президентов России и Франции"
        k = j
        hops = 0
        while k < len(tokens) and hops < 4:
            if k in taken:
                break
            if k in countries:
                cj, code, hint = countries[k]
                found.append((code, hint))
                k = cj
                hops = 0
                # "of China, Turkey and Iran", "России и Франции"
                listed = k in conj or (k < len(tokens) and tokens[k].text == ",")
                nxt = k + 1
                if nxt < len(tokens) and tokens[nxt].key in _ARTICLES and nxt + 1 in countries:
                    nxt += 1  # "of Finland, France, the United Kingdom and Italy"
                if not (listed and nxt in countries):
                    break
                k = nxt
                continue
            if k in roles or k in counterparts:
                break
            if tokens[k].key not in _CONNECTORS:
                break
            hops += tokens[k].key not in _REPUBLIC
            k += 1
        end = max(j, max((countries[x][0] for x in range(j, k) if x in countries), default=j))
        if found and end < len(tokens) and tokens[end].key in _STATE_NOUNS:
            end += 1  # "the President of the Kyrgyz Republic, X": the state's name ends there
        if not found:
            # before: "US President", "the Turkish leader", "der französische Staatspräsident"
            k = i - 1
            while k >= 0 and i - k <= 3:
                if k in taken or not tokens[k].key:
                    break
                hit = [x for x in countries if x <= k < countries[x][0]]
                if hit:
                    cj, code, hint = countries[hit[0]]
                    found.insert(0, (code, hint))
                    lead = hit[0]
                    # "the Turkish and Russian presidents": one more country before "and"
                    k = hit[0] - 1
                    if k >= 1 and k in conj:
                        more = [x for x in countries if x <= k - 1 < countries[x][0]]
                        if more and more[0] not in taken:
                            found.insert(0, countries[more[0]][1:])
                    break
                if tokens[k].key in _PREPOSITIONS:
                    break  # "regele X al Țărilor de Jos pentru liderii aliați": another's
                # one adjective may stand between ("new", "noul")
                if (
                    tokens[k].key not in _ARTICLES
                    and tokens[k].key not in _POSSESSIVES
                    and (i - k > 2)
                ):
                    break
                k -= 1
        if not found and i in countries:
            found.append(countries[i][1:])  # one word for both: "Kremlchef"
        if not found and role == "official" and j < len(tokens) and tokens[j].key in _EUROPEAN:
            found.append(("EU", ""))  # "Oficialul european": of the Union's institutions
        seat = _ministry_seat(tokens, j) if role in ("leader", "minister") else None
        if seat is not None:
            # "il capo della Farnesina", "le chef du Quai d'Orsay", "der Chef des Auswärtigen
            # Amts": the foreign minister of the country whose ministry that is
            role, found = "foreign_minister", [(seat, "")]
        if not found:
            found = _country_after_name(tokens, j, taken, countries)
        if not found:
            found = _country_represented(tokens, i, represented, countries)
        if role == "commissioner" and not found:
            found = _commission(tokens, i, j)
            if not found:
                covered_until = j  # "comisarul de poliție", "High Commissioner": no one's
                continue
        if role == "head_of_state" and not found and tokens[i].key.startswith("bundesprasident"):
            found.append(("DE", ""))
        if role == "head_of_government" and not found and tokens[i].key.startswith("bundeskanzler"):
            found.append(("DE", ""))
        if role == "leader" and found:
            # "the head of the Russian government", "глава российского правительства": the
            # government's head, whom the country word between does not make its leader
            gov = next(
                (x for x in range(j, min(end + 2, len(tokens))) if _government(tokens[x].key)),
                None,
            )
            if gov is not None and gov not in taken:
                role, end = "head_of_government", max(end, gov + 1)
        out.append(Description(i, end, role, found, counterpart=is_cp, lead=lead))
        covered_until = end
        second = _second_of_plural(tokens, i, end, countries, conj, taken)
        if second is not None and role in _PLURAL_PAIR_ROLES:
            # "Les présidents congolais X et rwandais Y", "los presidentes ruso X y
            # estadounidense Y": the second adjective titles the second name alike
            k, cj, code = second
            out.append(Description(k, cj, role, [(code, "")], lead=k))
            covered_until = cj
    return out


def _government(key: str) -> bool:
    return key.startswith(_GOVERNMENT_STEMS)


# "government" in the corpus's languages (folded), and "the cabinet" in Russian
_GOVERNMENT_STEMS = (
    "government", "guvern", "gouvernement", "governo", "gobierno", "regierung", "pravitelstv",
    "kabmin", "uriad",
)


_PLURAL_PAIR_ROLES = frozenset(("head_of_state", "head_of_government", "foreign_minister"))


def _second_of_plural(
    tokens: list[Token],
    i: int,
    end: int,
    countries: dict[int, tuple[int, str, str]],
    conj: set[int],
    taken: set[int],
) -> tuple[int, int, str] | None:
    """After a plural title, its country and a name ("presidents congolais Félix Tshisekedi"),
    "and" with another country word right before another name: (start, end, country)."""
    if not tokens[i].key.endswith(("s", "i", "en", "y")) or end not in taken and not (
        end < len(tokens) and tokens[end].is_capitalised
    ):
        return None
    k = end
    while k < len(tokens) and k - end < 5 and tokens[k].is_capitalised and k not in conj:
        k += 1
    if k == end or k not in conj or k + 1 not in countries:
        return None
    cj = countries[k + 1][0]
    if cj < len(tokens) and tokens[cj].is_capitalised and tokens[cj].key.isalpha():
        return k + 1, cj, countries[k + 1][1]
    return None


_STATE_NOUNS = frozenset(("republic", "kingdom", "federation", "emirates", "islands"))


# Foreign ministries named by their seat or name, as folded token sequences.
_MINISTRY_SEATS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("farnesina",), "IT"),
    (("quai", "d", "orsay"), "FR"),
    (("itamaraty",), "BR"),
    (("auswartigen", "amts"), "DE"),
    (("auswartigen", "amtes"), "DE"),
    (("auswartige", "amt"), "DE"),
    (("foreign", "office"), "GB"),
    (("palacio", "de", "santa", "cruz"), "ES"),
    (("palacio", "san", "martin"), "AR"),
    (("smolenskoy", "ploshchadi"), "RU"),
)
_SEAT_ARTICLES = frozenset(("della", "du", "des", "dem", "del", "do", "da", "of", "the", "de"))


def _ministry_seat(tokens: list[Token], j: int) -> str | None:
    """The country of a foreign ministry named right after a title ("capo della Farnesina")."""
    k = j
    while k < len(tokens) and k - j < 2 and tokens[k].key in _SEAT_ARTICLES:
        k += 1
    for words, code in _MINISTRY_SEATS:
        if tuple(t.key for t in tokens[k : k + len(words)]) == words:
            return code
    return None


def _commission(tokens: list[Token], i: int, j: int) -> list[tuple[str, str]]:
    """A commissioner of the European Commission: "European Commissioner", "comisarul
    pentru apărare" (a portfolio follows); not a "High Commissioner" nor a police rank."""
    if i > 0 and tokens[i - 1].key in _HIGH:
        return []
    european = j - i > 1 or tokens[i].key.startswith(("evrokomissar", "eukommissar"))
    portfolio = j < len(tokens) and tokens[j].key in _PORTFOLIO
    return [("EU", "Commission")] if european or portfolio else []


_HIGH = frozenset(("high", "inaltul", "inaltului", "inalt", "haut", "hoher", "hohe", "alto"))
_PORTFOLIO = frozenset(("pentru", "for", "pour", "fur", "per", "para", "po"))


def elect_roles(matches: list[Match]) -> list[tuple[int, int]]:
    """Spans of a role with "elect" or "designate" right before or after it."""
    roles = [(i, j) for i, j, (cat, _) in matches if cat == "roles"]
    elects = [(i, j) for i, j, (cat, _) in matches if cat == "elect"]
    out = []
    for i, j in roles:
        for a, b in elects:
            if a == j or b == i:
                out.append((min(i, a), max(j, b)))
    return out


def _country_represented(
    tokens: list[Token],
    i: int,
    represented: list[tuple[int, int]],
    countries: dict[int, tuple[int, str, str]],
) -> list[tuple[str, str]]:
    """ "Britain was represented by Foreign Secretary X": the country the official stood for."""
    for a, b in represented:
        if b == i or (b == i - 1 and tokens[b].key in _ARTICLES):
            for k in range(a - 1, max(a - 6, -1), -1):
                if k in countries and countries[k][0] <= a:
                    return [countries[k][1:]]
    return []


def _country_after_name(
    tokens: list[Token], j: int, taken: set[int], countries: dict[int, tuple[int, str, str]]
) -> list[tuple[str, str]]:
    """ "Foreign Minister Ahmed Hassan of Egypt": the country after a new person's name."""
    k = j
    while k < len(tokens) and k - j < 4 and k not in taken and tokens[k].is_capitalised:
        if not tokens[k].key.isalpha():
            return []
        k += 1
    if k - j < 2 or k >= len(tokens) or tokens[k].key not in _OF_COUNTRY:
        return []
    k += 1
    if k < len(tokens) and tokens[k].key in _ARTICLES:
        k += 1
    return [countries[k][1:]] if k in countries else []


_LEADER_WORDS = ("leader", "lider", "mandatar", "dirigeant")
_ARABIC_LINKS = frozenset(("al", "el", "bin", "ibn", "bint", "abu", "ben"))
# Honorifics before a name that are not part of it.
_HONORIFICS = frozenset(
    ("sheikh", "sheik", "sheikha", "prince", "princess", "crown", "dr", "sir", "dame", "lord")
)
_OF_COUNTRY = frozenset(("of", "din", "al", "de", "du", "des", "von", "di", "del", "della"))


def resolve_description(
    d: Description,
    directory: Directory,
    day: dt.date,
    *,
    subject: PersonEntry | None,
    local: list[int],
    article: list[int],
) -> list[PersonEntry]:
    """The office holders a description names on `day` (several for "the presidents of A and B").

    A description without a country ("the President", "șeful statului") is the person named
    last before it in the sentence with that role, else the first such person of the article.
    """
    role = d.role
    if d.counterpart:
        if subject is None:
            return []
        office = subject.office_on(day)
        if office is None:
            return []
        role = office.role
    out: list[PersonEntry] = []
    if role == "official":
        # "Oficialul european", "oficialul rus": someone of that country (or body) the
        # article has named, the latest first; no office holder of its own
        codes = {code for code, _ in d.countries}
        p = _latest_named(
            directory, day, local, article,
            lambda o: not o.is_staff and (not codes or o.country in codes),
        )
        return [p] if p else []
    if not d.countries:
        wanted = plain_roles(role)
        own = subject.office_on(day) if subject else None
        for pid in [*reversed(local), *article]:
            p = directory.get(pid)
            o = p.office_on(day) if p else None
            if d.counterpart and (p == subject or (o and own and o.country == own.country)):
                continue  # one's counterpart is someone else, of another country
            if p and o and o.role in wanted:
                return [p]
        if role == "pope":
            p = directory.holder("head_of_state", "VA", day)
            return [p] if p else []
        return []
    for code, hint in d.countries:
        p = _holder(directory, role, code, hint, day)
        if p is None and role == "minister":
            # "ministrul român", "the Romanian minister": of a country's many ministers, the
            # one the article named last
            p = _latest_named(
                directory, day, local, article,
                lambda o, c=code: o.country == c and o.role in _MINISTERS,
            )
        if p is not None and p not in out:
            out.append(p)
    return out


_MINISTERS = frozenset(("minister", "foreign_minister"))


def _latest_named(
    directory: Directory,
    day: dt.date,
    local: list[int],
    article: list[int],
    wanted: Callable[[OfficeTerm], bool],
) -> PersonEntry | None:
    """The person named latest, in the sentence (`local`) and then in the article, whose
    office on `day` is `wanted`."""
    for pid in chain(reversed(local), reversed(article)):
        p = directory.get(pid)
        o = p.office_on(day) if p else None
        if p and o and wanted(o):
            return p
    return None


def plain_roles(role: str) -> tuple[str, ...]:
    return {
        "leader": ("head_of_state", "head_of_government"),
        "leaders": ("head_of_state", "head_of_government"),
        "king": ("head_of_state",),
        "pope": ("head_of_state",),
        "secretary_general": ("head_of_organization",),
        "secretary_of_state": ("foreign_minister", "other_official"),
        "vice_president": ("other_official",),
    }.get(role, (role,))


def _holder(
    directory: Directory, role: str, code: str, hint: str, day: dt.date
) -> PersonEntry | None:
    if code in ("EU", "UN", "NATO"):
        if role in ("head_of_state", "head_of_organization", "leader", "secretary_general"):
            return directory.holder("head_of_organization", code, day, title_hint=hint)
        if role == "foreign_minister" and code == "EU":
            # the High Representative, whichever role the directory files the office under
            high = [
                p
                for p in directory.holders("other_official", code, day)
                if any("high representative" in o.title.lower() for o in p.offices)
            ]
            return directory.holder("foreign_minister", code, day) or (high[0] if high else None)
        return None
    if role == "chancellor":
        # Spanish "canciller": Germany's or Austria's head of government, elsewhere the
        # foreign minister (Latin American usage)
        role = "head_of_government" if code in ("DE", "AT") else "foreign_minister"
    if role in ("leader", "leaders"):  # "the leaders of Russia and China": one per country
        order = (
            ("head_of_government", "head_of_state")
            if code in _PARLIAMENTARY
            else ("head_of_state", "head_of_government")
        )
        for r in order:
            p = directory.holder(r, code, day)
            if p:
                return p
        return None
    if role in ("king", "pope"):
        return directory.holder("head_of_state", "VA" if role == "pope" else code, day)
    if role == "secretary_of_state":
        if code == "US":
            return directory.holder("foreign_minister", "US", day)
        if code == "VA":
            return directory.holder("other_official", "VA", day, title_hint="Secretary of State")
        return None
    if role == "vice_president":
        return directory.holder("other_official", code, day, title_hint="Vice President")
    if role in ("minister", "secretary_general", "counterpart"):
        return None
    return directory.holder(role, code, day)


# A bare "premierul X" in a Romanian text is Romania's, "le Premier ministre X" France's.
HOME_COUNTRY = {"ro": "RO", "fr": "FR", "de": "DE", "it": "IT", "ru": "RU", "es": "ES", "uk": "UA"}


def new_person(
    tokens: list[Token], d: Description, names: list[Mention], stop: set[int], lang: str = ""
) -> Mention | None:
    """A capitalised name right after a description the directory cannot resolve (the
    caller gives a description without a country the one it infers, or none)."""
    if not d.countries or d.role in ("counterpart", "leaders", "pope"):
        return None
    taken = {i for m in names for i in range(m.start, m.end)}
    k = d.end
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
    elif k < len(tokens) and not tokens[k].is_capitalised:
        # "le ministre islandais des Affaires étrangères, X": the portfolio, then the name
        comma = next((n for n in range(k, min(k + 8, len(tokens))) if tokens[n].text == ","), None)
        if comma is not None and not any(n in taken or n in stop for n in range(k, comma)):
            k = comma + 1
        elif tokens[k].key in _PORTFOLIO:
            # "comisarul pentru apărare și spațiu Andrius Kubilius": the portfolio, then the name
            n = k + 1
            while n < min(k + 7, len(tokens)) and tokens[n].key and not tokens[n].is_capitalised:
                n += 1
            if n < len(tokens) and tokens[n].is_capitalised and n not in taken and n not in stop:
                # "Commissioner for Trade Valdis Dombrovskis": a capitalised portfolio too
                run = n
                while run < len(tokens) and tokens[run].is_capitalised and run not in taken:
                    run += 1
                k = max(n, run - 2)
    parts: list[Token] = []
    while k < len(tokens) and len(parts) < 6:
        t = tokens[k]
        if (k in taken or k in stop) and parts:
            return None  # first names of a known person: "Реджепом Тайипом Эрдоганом"
        if k in taken or k in stop or not t.key:
            break
        if t.key in _HONORIFICS and not parts and _name_runs(tokens, k + 1, taken | stop) >= 2:
            k += 1  # "Sheikh Salem …", "Prince Faisal …": the name follows
            continue
        if t.is_capitalised and t.key.isalpha() or t.key in _PARTICLES and parts:
            parts.append(t)
        else:
            break
        k += 1
        # Arabic names run longer: "Salem Abdullah Al-Jaber Al-Sabah"
        if len(parts) >= 4 and not any(x.key in _ARABIC_LINKS for x in parts):
            break
    while parts and parts[-1].key in _PARTICLES:
        parts.pop()
    if parts and d.role == "minister" and k + 2 < len(tokens) and tokens[k].text == ",":
        # "Ministrul Energiei, Virgil Popescu": the portfolio, then the name after the comma
        after = [t for t in tokens[k + 1 : k + 4] if t.is_capitalised and t.key.isalpha()]
        if len(after) >= 2 and all(n not in taken and n not in stop for n in range(k + 1, k + 3)):
            parts, k = [], k + 1
            while k < len(tokens) and len(parts) < 4 and k not in taken and k not in stop:
                t = tokens[k]
                if not (t.is_capitalised and t.key.isalpha() or t.key in _PARTICLES and parts):
                    break
                parts.append(t)
                k += 1
    start, end = (tokens.index(parts[0]), k) if parts else (0, 0)
    if len(parts) < 2:
        parts = _name_before(tokens, d, taken | stop)
        if len(parts) < 2:
            return None
        start, end = tokens.index(parts[0]), tokens.index(parts[-1]) + 1
    code = d.countries[0][0]
    if d.role == "leader" and (
        code in ("EU", "UN", "NATO") or not tokens[d.start].key.startswith(_LEADER_WORDS)
    ):
        return None  # "army chief X", "the head of the agency": not a state's leader
    role = {
        # "el mandatario venezolano, Nicolás Maduro", "the Venezuelan leader X"
        "leader": "head_of_government" if code in _PARLIAMENTARY else "head_of_state",
        "chancellor": "head_of_government" if code in ("DE", "AT") else "foreign_minister",
        "secretary_of_state": "foreign_minister" if code == "US" else "other_official",
        "secretary_general": "head_of_organization",
        "vice_president": "other_official",
        "commissioner": "other_official",
        "official": "other_official",
    }.get(d.role, d.role)
    if d.role == "king":
        role, title = "head_of_state", f"Monarch of {country_name(code)}"
    elif d.role == "commissioner":
        title = "European Commissioner"
    else:
        title = _ROLE_TITLES.get(role, "Official of {c}").format(c=country_name(code))
    lead = d.first
    if parts and any(t.text[-2:] in _INSTRUMENTAL_TITLE for t in tokens[lead : d.end]):
        # after "министром", "главой МИД", "белорусским коллегой" the name is in the
        # instrumental too: proposed in its base form
        parts = [_nominative(t) for t in parts]
    name = " ".join(t.text for t in parts)
    if any(ord(ch) > 0x24F for ch in name):
        name = romanize(name, lang)  # "Роберт Фицо" -> "Robert Fitso": the editor corrects it
    return Mention(
        start, end, new=NewPerson(name=name, country=code, role=role, title=title), kind="new"
    )


def _name_runs(tokens: list[Token], k: int, stop: set[int]) -> int:
    """How many capitalised words run from `k` ("Sheikh Hasina": one after the honorific,
    which is then part of the name)."""
    n = k
    while n < len(tokens) and n not in stop and tokens[n].is_capitalised:
        if not tokens[n].key.isalpha():
            break
        n += 1
    return n - k


def romanize(name: str, lang: str = "ru") -> str:
    """A Cyrillic name in the spelling English Wikipedia titles mostly use: BGN/PCGN for
    Russian ("Евгений Примаков" -> "Yevgeny Primakov", "Ильхам Алиев" -> "Ilkham Aliyev"),
    the Ukrainian national system for Ukrainian ("Денис Шмигаль" -> "Denys Shmyhal");
    other scripts as anyascii writes them."""
    out = []
    for word in re.split(r"(\W+)", name):
        if not word or not any("\u0400" <= ch <= "\u04ff" for ch in word):
            out.append(anyascii(word))
            continue
        low = word.lower()
        letters = []
        for i, ch in enumerate(low):
            prev = low[i - 1] if i else ""
            nxt = low[i + 1 : i + 2]
            if lang == "uk":
                if prev and ch in _UK_INNER:
                    letters.append(_UK_INNER[ch])  # "Андрій" -> "Andrii", "Юлія" -> "Yuliia"
                else:
                    letters.append(_UK_LETTERS.get(ch, anyascii(ch)))
                continue
            if ch in "иы" and nxt == "й" and i + 2 == len(low) and i >= 2:
                letters.append("y")  # "Дмитрий" -> "Dmitry", "Зеленский" -> "Zelensky"
            elif ch == "й" and prev in _II and not nxt and i >= 3:
                continue
            elif ch == "я" and prev == "и" and not nxt:
                letters.append("a")  # "Мария" -> "Maria"
            elif ch == "е":
                soft = not prev or prev in _VOWELS or prev in _SIGNS
                letters.append("ye" if soft else "e")  # "Евгений" -> "Yevgeny", "Алиев"
            elif ch == "ё":
                letters.append("o" if prev and prev in _HUSHING else "yo")
            else:
                letters.append(_RU_LETTERS.get(ch, anyascii(ch)))
        text = "".join(letters)
        out.append(text[:1].upper() + text[1:] if word[:1].isupper() else text)
    return "".join(out)


_VOWELS = frozenset("аеёиоуыэюяіїєaeiou")
_RU_LATIN = "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i yi ye g"
_RU_LETTERS = {
    ch: latin.strip("-")
    for ch, latin in zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ", _RU_LATIN.split(), strict=True)
}
_UK_LETTERS = {**_RU_LETTERS, "г": "h", "и": "y", "є": "ye", "ї": "yi", "ю": "yu", "я": "ya"}
# Ukrainian letters spelt otherwise inside a word than at its start
_UK_INNER = {"є": "ie", "ї": "i", "й": "i", "ю": "iu", "я": "ia"}
_II = frozenset("иы")
_SIGNS = frozenset("ьъ")
_HUSHING = frozenset("жчшщ")


def _nominative(t: Token) -> Token:
    """ "Магнуссоном" -> "Магнуссон", "Ивановой" -> "Иванова", "Евгением" -> "Евгений",
    "Андрієм" -> "Андрій" (instrumental forms)."""
    text = t.text
    if len(text) > 4:
        for ending, nominative in _INSTRUMENTAL:
            if text.endswith(ending):
                text = text[: -len(ending)] + nominative
                break
    return Token(text, t.key, t.skel, t.start, t.end)


# Instrumental endings of the titles before a name ("министром", "главой", "коллегой",
# "белорусским").
_INSTRUMENTAL_TITLE = frozenset(("ом", "ем", "ой", "ою", "им", "ым"))
# Instrumental endings of names and what the nominative ends with, longest first.
_INSTRUMENTAL = (
    ("ским", "ский"),
    ("цким", "цкий"),
    ("ской", "ская"),
    ("ием", "ий"),
    ("ієм", "ій"),
    ("ией", "ия"),
    ("ією", "ія"),
    ("еем", "ей"),
    ("ым", ""),
    ("ом", ""),
    ("ем", ""),
    ("ой", "а"),
    ("ою", "а"),
)


_AS = frozenset(("as", "ca", "comme", "als", "come", "como", "kak"))
_ON = frozenset(("on", "upon", "for", "pentru", "pour", "zur", "zu", "per", "por", "s"))
# "election", "re-election", "appointment" (folded, also split at the hyphen)
_ELECTED = frozenset(
    (
        "election", "reelection", "appointment", "inauguration", "alegerea", "realegerea",
        "numirea", "investirea", "wahl", "wiederwahl", "ernennung",
        "elezione", "rielezione", "nomina", "eleccion", "reeleccion", "nombramiento",
        "eleicao", "reeleicao", "izbraniem", "pereizbraniem", "naznacheniem",
    )
)


def _name_before(tokens: list[Token], d: Description, taken: set[int]) -> list[Token]:
    """ "Robert Fico, the Slovak prime minister, …": a name just before the description."""
    k = d.first - 1
    if k >= 0 and tokens[k].key in _ARTICLES:
        k -= 1  # "…, the Slovak prime minister"
    if k >= 2 and tokens[k].key in _AS:
        # "congratulated Filipe Nyusi on his re-election as President of Mozambique"
        on = next((n for n in range(k - 1, max(k - 6, 0), -1) if tokens[n].key in _ON), None)
        if on is None or not any(tokens[n].key in _ELECTED for n in range(on + 1, k)):
            return []
        k = on
    elif k < 1 or tokens[k].text != ",":
        return []
    parts: list[Token] = []
    k -= 1
    while k >= 0 and len(parts) < 4 and k not in taken:
        t = tokens[k]
        if t.text.lower() in _FUNCTION_WORDS and not (t.key in _PARTICLES and parts):
            break
        if t.is_capitalised and t.key.isalpha() or (t.key in _PARTICLES and parts):
            parts.insert(0, t)
            k -= 1
        else:
            break
    if k == 0 and tokens[0].text.lower() in _FUNCTION_WORDS:
        return []  # "In New York, the French president …": a phrase put first, not a name
    while parts and parts[0].key in _PARTICLES:
        parts.pop(0)
    return parts
