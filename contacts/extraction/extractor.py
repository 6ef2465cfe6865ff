"""Article text -> suggested contacts, following the corpus annotation rules."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from contacts.extraction.countries import CAPITALS, latin_country_word
from contacts.extraction.dates import find_dates
from contacts.extraction.lexicon import phrases
from contacts.extraction.mentions import NewPerson
from contacts.extraction.people import Directory
from contacts.extraction.sentences import MEDIUM_ORDER, ArticleState, Draft, Key, read_sentence
from contacts.extraction.text import PhraseSet, split_sentences, tokenize


@dataclass(frozen=True)
class Participant:
    name: str
    country: str
    role: str
    person_id: int | None = None
    new: NewPerson | None = None

    def to_record(self) -> dict:
        return {"name": self.name, "country": self.country, "role": self.role}


@dataclass
class Suggestion:
    """One suggested contact: corpus-schema fields plus the people's ids or proposals."""

    participants: list[Participant]
    medium: str
    date_from: dt.date
    date_to: dt.date
    evidence: str
    duration_minutes: int | None = None
    initiator: Participant | None = None
    evidence_start: int = 0  # offsets of the evidence sentence in the text
    evidence_end: int = 0
    copy: int = field(default=0, repr=False)  # a second call with the same people, same day

    @property
    def person_ids(self) -> list[int | None]:
        """Each participant's directory id, None for a proposed new person."""
        return [p.person_id for p in self.participants]

    @property
    def new_people(self) -> list[NewPerson]:
        return [p.new for p in self.participants if p.new is not None]

    @property
    def initiator_id(self) -> int | None:
        return self.initiator.person_id if self.initiator else None

    def to_record(self) -> dict:
        exact = self.date_from == self.date_to
        return {
            "participants": [p.to_record() for p in self.participants],
            "medium": self.medium,
            "date": self.date_from.isoformat() if exact else None,
            "date_from": None if exact else self.date_from.isoformat(),
            "date_to": None if exact else self.date_to.isoformat(),
            "duration_minutes": self.duration_minutes,
            "initiator": self.initiator.name if self.initiator else None,
            "evidence": self.evidence,
        }


def extract_contacts(
    text: str, *, published: dt.date, lang: str, directory: Directory
) -> list[Suggestion]:
    """The contacts `text` reports, as suggestions for an editor to check."""
    art = ArticleState(
        text=text, published=published, lang=(lang or "en").lower()[:2], directory=directory
    )
    lex = phrases(art.lang)
    art.dateline = _dateline_country(text, lex)
    art.dateline_end = _dateline_end(text)
    if art.dateline_end:
        head = tokenize(text[: art.dateline_end])
        days = [d for d in find_dates(head, lex.find(head), published) if d.is_day]
        art.dateline_day = days[0].date_from if days and days[0].date_from <= published else None
    # what is read: Moldovan spelling in the standard one (same offsets); `text` is quoted
    read = _standard_romanian(text) if art.lang == "ro" else text
    art.capitals = _capital_countries(tokenize(read), art.lang)
    header: list = []  # the lead-in of a bulleted list ("On Saturday, the Prime Minister:")
    for start, end in split_sentences(text):
        tokens = tokenize(read[start:end], start)
        bullet = _BULLET.match(text, start) is not None and _line_start(text, start)
        if header and bullet:
            # "- met X in person;": each item completes the lead-in into a sentence of its own
            body = [t for t in tokens if t.key or t.text not in "—–"] if tokens else []
            tokens = [*header, *body]
        elif _lead_in(text, end):
            header = tokens[:-1]
            continue
        else:
            header = []
        if tokens and (bullet or not _subhead(text, start, end, tokens)):
            matches = [m for m in lex.find(tokens) if not _other_script(tokens, m)]
            read_sentence(art, tokens, matches, (start, end))
    return _finish(art)


# A list item's mark at the start of a line: "- ", "• ", "* ", "– ".
_BULLET = re.compile(r"[ \t]*[-–—•*·▪][ \t]+")


def _line_start(text: str, start: int) -> bool:
    return start == 0 or text[text.rfind("\n", 0, start) + 1 : start].strip() == ""


def _lead_in(text: str, end: int) -> bool:
    """A line ending with a colon whose next line is a list item: the items complete it."""
    line_end = text.find("\n", end)
    if line_end < 0 or not text[:line_end].rstrip().endswith(":"):
        return False
    if text[end:line_end].strip():
        return False
    nxt = text[line_end:].lstrip("\n")
    return _BULLET.match(nxt) is not None


def _standard_romanian(text: str) -> str:
    """Romanian as the lexicon spells it: "î" inside a word is "â" in the standard spelling
    that Moldovan and older texts do not follow ("întîlnire", "sîmbătă", "mîine", "Romînia"),
    except after a prefix ("neînțeles", "reîntâlnire") and in names, which keep theirs
    ("Andrii Sîbiha"); the same length, so offsets hold."""
    return _INNER_I.sub(_inner_i, text) if "î" in text or "Î" in text else text


def _inner_i(m: re.Match) -> str:
    word = m.group()
    low = word.lower()
    text = m.string
    before = text[: m.start()].rstrip(" „“\"«")
    opening = not before or before[-1] in ".!?:\n"
    if word[0].isupper() and not opening and not low.startswith("romîn"):
        return word  # a name
    head = next((p for p in _RO_PREFIXES if low.startswith(p)), "")
    body = word[len(head) + 1 : -1]
    if not body or ("î" not in body and "Î" not in body):
        return word
    return word[: len(head) + 1] + body.replace("î", "â").replace("Î", "Â") + word[-1]


_INNER_I = re.compile(r"\w*[îÎ]\w*")
_RO_PREFIXES = ("între", "prea", "pre", "ne", "re")


def _subhead(text: str, start: int, end: int, tokens: list) -> bool:
    """A short line of its own without a full stop after the first paragraph ("Encontro na
    ONU", "Talks in Geneva"): a subheading, which tells no contact of its own."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    return (
        line_start > 0
        and bool(text[:line_start].strip())
        and line == text[start:end].strip()
        and len(tokens) <= 8
        and line[-1:] not in ".!?:;\"»“”'…)"
    )


def _dateline_country(text: str, lex: PhraseSet) -> str | None:
    """The country of a wire dateline: "ALGIERS, March 3 (Reuters) -", "CAIRO (AP) —",
    "Москва. 30 декабря. ИНТЕРФАКС"; None without one or for a place of no known country."""
    m = _DATELINE.match(text)
    if m is None:
        return None
    tokens = tokenize(m.group(1))
    codes = {v[1][0] for _, _, v in lex.find(tokens) if v[0] == "country"}
    return codes.pop() if len(codes) == 1 else None


def _dateline_end(text: str) -> int:
    """Where a wire dateline that carries a date ends ("PARIS, March 13 (Reuters) -",
    "Madrid, 4 feb (EFE).-", "Москва. 30 декабря. ИНТЕРФАКС -"): the date there is the
    item's, not a contact's; 0 without one."""
    m = _DATED_LINE.match(text)
    if m is None or not any(ch.isdigit() for ch in m.group(1)):
        return 0
    return m.end()


def _other_script(tokens: list, match: tuple) -> bool:
    """A country word in Latin letters matched only by a stem in another script."""
    i, j, (cat, value) = match
    if cat != "country" or j - i != 1 or not tokens[i].text.isascii():
        return False
    return not latin_country_word(tokens[i].key, value[0])


def _capital_countries(tokens: list, lang: str) -> set[str]:
    """Countries the article names by their capitals as actors: "Seoul's foreign ministry",
    "ministrul de externe de la Chișinău"."""
    out = set()
    for i, t in enumerate(tokens):
        code = CAPITALS.get(t.key) if t.is_capitalised else None
        if code is None:
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        possessive = lang == "en" and nxt is not None and nxt.key == "s" and nxt.start == t.end + 1
        de_la = lang == "ro" and i > 1 and (tokens[i - 2].key, tokens[i - 1].key) == ("de", "la")
        if possessive or de_la:
            out.add(code)
    return out


# A place in capitals (or a capitalised word and a full stop) opening the text.
_DATELINE = re.compile(r"\s*([A-ZĂÂÎȘŞȚŢА-Я][A-ZĂÂÎȘŞȚŢА-Я' -]{2,}|[A-ZА-Я]\w+\.)[,.(\s—–-]")


# A short opening before an agency's name in brackets or a dash: "CITY, Month Day (Agency) -".
_DATED_LINE = re.compile(
    r"\s*([A-ZĂÂÎȘŞȚŢÀ-ÝА-ЯЁ(][^\n]{0,70}?)(?:\([^()\n]{2,30}\)\s*\.?\s*[-—–]+|\s[-—–]{1,2}\s)"
)


def _finish(art: ArticleState) -> list[Suggestion]:
    drafts = _retold(_merge(art.drafts))
    out = []
    for d in drafts:
        pair = frozenset(d.keys)
        if (art.published - d.date_from).days <= 7 and (
            pair in art.denied or (pair, d.medium) in art.cancelled
        ):
            continue  # the article denies the pair's recent contact, or says it was called
            # off; older ones stand
        day = d.date_to
        parts: list[Participant] = []
        for k in d.keys:
            p = _participant(art, k, day)
            if p is not None and p not in parts:
                parts.append(p)
        if len(parts) < 2 or len({p.country for p in parts}) < 2:
            continue
        initiator = None
        if d.initiator is not None:
            initiator = next((p for p in parts if _pkey(p) == d.initiator), None)
        start, end = d.sentence
        out.append(
            Suggestion(
                participants=parts,
                medium=d.medium or _unstated_medium(art, d, drafts),
                date_from=d.date_from,
                date_to=d.date_to,
                evidence=art.text[start:end].strip(),
                duration_minutes=d.duration,
                initiator=initiator,
                evidence_start=start,
                evidence_end=end,
                copy=d.copy,
            )
        )
    return _merge_suggestions(out)


def _pkey(p: Participant) -> Key:
    return ("id", p.person_id) if p.person_id is not None else ("new", p.name.lower())


def _participant(art: ArticleState, key: Key, day: dt.date) -> Participant | None:
    if key[0] == "id":
        person = art.directory.get(int(key[1]))  # type: ignore[arg-type]
        if person is None:
            return None
        office = person.office_on(day)
        titled = art.titled.get(key)
        if office is None and titled is not None:
            # "Ministrul de Interne, Cătălin Predoiu": an office the directory lacks
            return Participant(person.name, titled.country, titled.role, person.id)
        if office is None:
            # Not in office that day (a former or future official), or never in one the
            # directory knows of (diplomats, private persons): not a party to a contact.
            return None
        if office.is_staff:
            return None
        return Participant(person.name, office.country, office.role, person.id)
    new = art.new_people.get(key)
    if new is None:
        return None
    return Participant(new.name, new.country, new.role, None, new)


def _merge(drafts: list[Draft]) -> list[Draft]:
    out: list[Draft] = []
    for d in drafts:
        target = None
        for o in out:
            if set(o.keys) != set(d.keys) or o.copy != d.copy:
                continue
            if o.medium and d.medium and o.medium != d.medium:
                continue
            if o.implied != d.implied and not (
                o.implied and o.date_from <= d.date_from and d.date_to <= o.date_to
            ):
                continue
            if o.overlaps(d.date_from, d.date_to):
                target = o
                break
            if _same_undated(o, d):
                target = o
                break
        if target is None:
            out.append(d)
            continue
        if target.undated and not d.undated and not target.overlaps(d.date_from, d.date_to):
            # "X a purtat o nouă discuție cu Y. Miercuri, între cei doi …": the lede told
            # without a day is the contact the next sentence dates
            target.date_from, target.date_to = d.date_from, d.date_to
        target.undated = target.undated and d.undated
        if target.implied and not d.implied:
            target.implied = False
        target.medium = target.medium or d.medium
        target.venue = target.venue or d.venue
        target.narrow(d.date_from, d.date_to)
        target.duration = target.duration or d.duration
        target.initiator = target.initiator or d.initiator
    return out


def _retold(drafts: list[Draft]) -> list[Draft]:
    """A contact told again without a day of its own, by some of its people ("held a virtual
    meeting with X, joined by A and B … X called the meeting friendly"): the same contact,
    not a smaller one beside it."""
    out = []
    for d in drafts:
        keys = set(d.keys)
        same = d.undated and not (d.implied or d.recalled or d.private) and any(
            o is not d
            and keys < set(o.keys)
            and o.overlaps(d.date_from, d.date_to)
            and not o.implied
            and not (o.apart or d.apart)  # "Ceva mai devreme, X se întâlnise cu Y, Z …"
            and (d.medium in (None, o.medium) or (d.medium == "meeting" and o.medium == "video"))
            for o in drafts
        )
        if not same and not _other_medium_retold(d, out):
            out.append(d)
    return out


def _other_medium_retold(draft: Draft, earlier: list[Draft]) -> bool:
    """A contact told without a day of its own, by the same people as one told before on
    that day but with another medium ("held a call with X. They talked about X's meetings in
    Davos", "both men reaffirmed … peace talks"): the words of the first one's topics, not a
    second contact; the pair's contacts of one day have one medium."""
    if not draft.undated or draft.implied or draft.recalled or draft.medium is None:
        return False
    keys = set(draft.keys)
    return any(
        set(o.keys) == keys
        and o.medium not in (None, draft.medium)
        and not o.implied
        and o.date_from == o.date_to == draft.date_from == draft.date_to
        for o in earlier
    )


def _same_undated(a: Draft, b: Draft) -> bool:
    """One of the pair's contacts told without a date, the other with one a few days off,
    neither an earlier one recalled by an ordinal ("their second call"): the same contact."""
    if a.undated == b.undated or a.implied or b.implied or a.recalled or b.recalled:
        return False
    dated = b if a.undated else a
    undated = a if a.undated else b
    if dated.date_from != dated.date_to:
        return False
    return abs((undated.date_to - dated.date_to).days) <= 3


def _merge_suggestions(items: list[Suggestion]) -> list[Suggestion]:
    """Drafts that became the same contact once people were resolved count once."""
    out: list[Suggestion] = []
    for s in items:
        ids = {_pkey(p) for p in s.participants}
        same = next(
            (
                o
                for o in out
                if {_pkey(p) for p in o.participants} == ids
                and o.medium == s.medium
                and o.date_from == s.date_from
                and o.date_to == s.date_to
                and o.copy == s.copy
            ),
            None,
        )
        if same is None:
            out.append(s)
        else:
            same.duration_minutes = same.duration_minutes or s.duration_minutes
            same.initiator = same.initiator or s.initiator
    return out


def _unstated_medium(art: ArticleState, draft: Draft, drafts: list[Draft]) -> str:
    """The medium of a contact told only as "discussed", "a discutat" (README rule 3 needs
    one): in person when a place or a visit says so; the medium the article states for the
    same people at another time; else the article's call or video, its meeting, or a call.
    """
    if draft.venue:
        return "meeting"
    same = [d.medium for d in drafts if d.medium and set(d.keys) == set(draft.keys)]
    if same:
        return same[0]
    for m in MEDIUM_ORDER[:2]:
        if m in art.media_seen:
            return m
    return "meeting" if "meeting" in art.media_seen or art.visit else "phone"
