"""Date expressions in a sentence, resolved against the publication date (README rule 6)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from contacts.extraction.text import Token

Match = tuple[int, int, tuple[str, object]]

_LUNI_NOT_MONDAY = frozenset(
    [
        "ultimele",
        "ultimii",
        "cateva",
        "multe",
        "doua",
        "trei",
        "patru",
        "cinci",
        "sase",
        "sapte",
        "opt",
        "noua",
        "zece",
        "cu",
        "de",
        "unor",
        "cele",
    ]
)


@dataclass(frozen=True)
class DateExpr:
    start: int  # token span in the sentence
    end: int
    date_from: dt.date
    date_to: dt.date
    kind: str  # day, weekday, week, month, year, range, relative
    offset: int = 0  # for "relative": days after the event referred to

    def shifted(self, base: dt.date) -> DateExpr:
        d = base + dt.timedelta(days=self.offset)
        return DateExpr(self.start, self.end, d, d, "day")

    @property
    def is_day(self) -> bool:
        return self.date_from == self.date_to

    @property
    def width(self) -> int:
        return (self.date_to - self.date_from).days


def weekday_on_or_before(day: dt.date, weekday: int, *, strictly: bool = False) -> dt.date:
    back = (day.weekday() - weekday) % 7
    if strictly and back == 0:
        back = 7
    return day - dt.timedelta(days=back)


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def last_week(published: dt.date) -> tuple[dt.date, dt.date]:
    monday = published - dt.timedelta(days=published.weekday() + 7)
    return monday, monday + dt.timedelta(days=6)


def _year_for(month: int, day: int, published: dt.date) -> int:
    """The year of a day-and-month without a year: the latest not after publication.

    A date up to 60 days after publication stays in that year (announced plans name them).
    """
    try:
        candidate = dt.date(published.year, month, day)
    except ValueError:
        return published.year - 1
    if candidate <= published or (candidate - published).days <= 60:
        return published.year
    return published.year - 1


def _int(tok: Token) -> int | None:
    return int(tok.key) if tok.key.isdigit() and len(tok.key) <= 4 else _day_ordinal(tok)


def _day_ordinal(tok: Token) -> int | None:
    """ "5th", "1st", "1er", "2-го": a day of the month written as an ordinal."""
    m = _ORDINAL_DAY.match(tok.key)
    return int(m.group(1)) if m else None


_ORDINAL_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th|er|e|eme|go|lea)$")


@dataclass
class _Scan:
    """One sentence's tokens and cue matches, indexed by start position."""

    tokens: list[Token]
    published: dt.date
    by_start: dict[int, list[tuple[int, str, object]]]

    def cats_at(self, i: int) -> dict[str, tuple[int, object]]:
        """Category -> (end, value) of the longest cue of each category starting at i."""
        out: dict[str, tuple[int, object]] = {}
        for j, cat, value in self.by_start.get(i, ()):
            if cat not in out or j > out[cat][0]:
                out[cat] = (j, value)
        return out

    def number_at(self, i: int) -> tuple[int, int] | None:
        """(value, end) of a number in digits or words at i."""
        if 0 <= i < len(self.tokens):
            n = _int(self.tokens[i])
            if n is not None:
                return n, i + 1
            c = self.cats_at(i)
            if "numbers" in c:
                return int(str(c["numbers"][1])), c["numbers"][0]
        return None


def _previous_month(p: dt.date) -> tuple[dt.date, dt.date, str]:
    last = p.replace(day=1) - dt.timedelta(days=1)
    return (*month_range(last.year, last.month), "month")


def _weekend(p: dt.date) -> tuple[dt.date, dt.date, str]:
    sat = weekday_on_or_before(p, 5)
    return sat, min(sat + dt.timedelta(days=1), p), "week"


# Expressions whose span depends only on the publication day.
_FIXED: dict[str, Callable[[dt.date], tuple[dt.date, dt.date, str]]] = {
    "daybefore": lambda p: (p - dt.timedelta(days=2), p - dt.timedelta(days=2), "day"),
    "yesterday": lambda p: (p - dt.timedelta(days=1), p - dt.timedelta(days=1), "day"),
    "today": lambda p: (p, p, "day"),
    "lastweek": lambda p: (*last_week(p), "week"),
    "thisweek": lambda p: (p - dt.timedelta(days=p.weekday()), p, "week"),
    "weekend": _weekend,
    "thismonth": lambda p: (p.replace(day=1), p, "month"),
    "thisyear": lambda p: (p.replace(month=1, day=1), p, "year"),
    "lastyear": lambda p: (dt.date(p.year - 1, 1, 1), dt.date(p.year - 1, 12, 31), "year"),
    "lastmonth": _previous_month,
    "lastsummer": lambda p: (
        dt.date(p.year - (p.month < 9), 6, 1),
        dt.date(p.year - (p.month < 9), 8, 31),
        "range",
    ),
}
_RELATIVE = {"rel_before": -1, "rel_same": 0, "rel_after": 1}


def find_dates(tokens: list[Token], matches: list[Match], published: dt.date) -> list[DateExpr]:
    """Every date expression of one sentence, resolved; later overlapping ones are dropped."""
    by_start: dict[int, list[tuple[int, str, object]]] = {}
    for i, j, (cat, value) in matches:
        by_start.setdefault(i, []).append((j, cat, value))
    scan = _Scan(tokens, published, by_start)
    out: list[DateExpr] = []
    i = 0
    while i < len(tokens):
        expr = _date_at(scan, i)
        if expr is not None:
            out.append(expr)
            i = max(expr.end, i + 1)
        else:
            i += 1
    return _prefer_days(out)


def _date_at(scan: _Scan, i: int) -> DateExpr | None:
    tok, c, published = scan.tokens[i], scan.cats_at(i), scan.published
    if tok.key.isdigit() and len(tok.key) <= 2 and i + 2 < len(scan.tokens):
        expr = _numeric(scan.tokens, i)
        if expr is not None:
            return expr
    for key, offset in _RELATIVE.items():
        if key in c and not _of_event(scan, c[key][0]):
            # Relative to the event the text last spoke of: the caller re-anchors it.
            d = published + dt.timedelta(days=offset)
            return DateExpr(i, c[key][0], d, d, "relative", offset)
    for key, span in _FIXED.items():
        if key in c and not (i > 0 and scan.tokens[i - 1].key in _ARTICLES):
            # ("an overnight train", "the yesterday's talks": a word describing a thing)
            a, b, kind = span(published)
            end = c[key][0]
            # "Anfang des Monats", "all'inizio del mese", "в начале этого месяца": a part of it
            parts = [p for k in range(i, end) for p in _PARTS if p in scan.cats_at(k)]
            part = parts[0] if parts else None
            if kind == "month" and part is not None:
                a, b = _part(*month_range(a.year, a.month), part)
                kind = "range"
            return DateExpr(i, end, a, b, kind)
    if "weekdays" in c:
        return _weekday(scan, i, c)
    if "dayword" in c:
        expr = _day_of_month(scan, i, c["dayword"][0])
        if expr is not None:
            return expr
    return _absolute(scan, i, c) or _days_ago(scan, i, c) or _days_apart(scan, i)


def _day_of_month(scan: _Scan, i: int, end: int) -> DateExpr | None:
    """ "no último dia 3", "el pasado día 3": day 3 of the publication's month, or of the
    month before when that day is still to come (a month named after it is _absolute's)."""
    tokens, published = scan.tokens, scan.published
    if end >= len(tokens) or not tokens[end].key.isdigit() or len(tokens[end].key) > 2:
        return None
    after = [scan.cats_at(k) for k in range(end + 1, min(end + 3, len(tokens)))]
    if any("months" in c for c in after):
        return None
    day = int(tokens[end].key)
    month_end = published.replace(day=1)
    try:
        d = published.replace(day=day)
        if d > published:
            prev = month_end - dt.timedelta(days=1)
            d = prev.replace(day=day)
    except ValueError:
        return None
    return DateExpr(i, end + 1, d, d, "day")


def _days_apart(scan: _Scan, i: int) -> DateExpr | None:
    """ "Two days earlier, …", "Cu două zile înainte, …", "Drei Tage später": that many days
    from the contact the text was last about (the caller re-anchors it)."""
    tokens, n = scan.tokens, len(scan.tokens)
    num = scan.number_at(i)
    if num is None or not 1 <= num[0] <= 14 or num[1] >= n:
        return None
    unit = _unit(scan.cats_at(num[1]))
    if unit is None or unit[0] >= n:
        return None
    k = unit[0]
    c = scan.cats_at(k)
    for key, sign in (("span_before", -1), ("span_after", 1)):
        if key not in c:
            continue
        end = c[key][0]
        word = " ".join(t.key for t in tokens[k:end])
        if word in _SPAN_PREPOSITIONS and end < n and tokens[end].text not in (",", ";"):
            return None  # "two days before the summit", "two days after he met …"
        offset = sign * num[0] * unit[1]
        d = scan.published + dt.timedelta(days=offset)
        return DateExpr(i, end, d, d, "relative", offset)
    return None


_SPAN_PREPOSITIONS = frozenset(
    ("before", "after", "inainte", "avant", "apres", "prima", "dopo", "antes", "despues", "depois")
)


def _of_event(scan: _Scan, end: int) -> bool:
    """ "on the eve of the summit", "à la veille du sommet": before an event, not a day
    ("cu o zi înainte de această întâlnire", "cu o zi înainte de întâlnirea din Biroul Oval"
    are the day before the contact told of)."""
    tokens = scan.tokens
    while end < len(tokens) and tokens[end].text in _CLOSING_QUOTES:
        end += 1  # '"na véspera" da sua partida': the eve of his departure, quoted
    if end + 1 < len(tokens) and tokens[end + 1].key in _THIS:
        return False
    if any(_CONTACT_NOUNS & scan.cats_at(k).keys() for k in range(end + 1, end + 3)):
        return False
    return end < len(tokens) and tokens[end].key in _OF


_CLOSING_QUOTES = frozenset(('"', "”", "»", "’", "'"))


_CONTACT_NOUNS = frozenset(("meeting", "phone", "video"))


_THIS = frozenset(
    (
        "aceasta",
        "acestei",
        "acest",
        "acestui",
        "this",
        "that",
        "cette",
        "cet",
        "ce",
        "diesem",
        "dieser",
        "diesen",
        "questo",
        "questa",
        "quel",
        "quella",
        "este",
        "esta",
        "ese",
        "esa",
        "etoi",
        "etogo",
        "toi",
        "togo",
    )
)


_ARTICLES = frozenset(("a", "an"))
_PARTS = ("early", "mid", "late")
_OF = frozenset(
    ("of", "de", "du", "des", "della", "del", "di", "der", "zum", "zur")
    # pt "na véspera da sua partida", it "alla vigilia dei colloqui", de "am Vorabend
    # seiner Abreise", ru "накануне своего визита" (a genitive follows, no preposition)
    + ("da", "do", "das", "dos", "dello", "dei", "degli", "delle", "seiner", "seines")
    + ("ihrer", "ihres", "своего", "своей", "своих", "его", "ее", "её", "их")
)


def _numeric(tokens: list[Token], i: int) -> DateExpr | None:
    """dd.mm.yyyy or dd/mm/yyyy, written without spaces."""
    a, b, c = tokens[i], tokens[i + 1], tokens[i + 2]
    if not (b.start == a.end + 1 and c.start == b.end + 1 and len(c.key) == 4):
        return None
    if not (b.key.isdigit() and c.key.isdigit()):
        return None
    try:
        d = dt.date(int(c.key), int(b.key), int(a.key))
    except ValueError:
        return None
    return DateExpr(i, i + 3, d, d, "day")


def _prefer_days(exprs: list[DateExpr]) -> list[DateExpr]:
    """A weekday next to a full date ("miercuri, 13 august") counts once, as the full date."""
    keep = []
    for e in exprs:
        near = [
            o
            for o in exprs
            if o is not e and abs(o.start - e.end) <= 2 or o is not e and abs(e.start - o.end) <= 2
        ]
        if e.kind == "weekday" and any(o.kind == "day" and o.is_day for o in near):
            continue
        keep.append(e)
    return keep


def _weekday(scan: _Scan, i: int, c: dict) -> DateExpr | None:
    tokens, cats_at, published = scan.tokens, scan.cats_at, scan.published
    j, weekday = c["weekdays"]
    key = tokens[i].key
    prev = tokens[i - 1].key if i > 0 else ""
    if key == "luni" and prev in _LUNI_NOT_MONDAY:
        return None  # "în ultimele luni": months, not Monday
    if (
        key == "luni"
        and j + 1 < len(tokens)
        and tokens[j].key == "de"
        and tokens[j + 1].key.startswith("zile")
    ):
        return None  # "luni de zile": for months
    strictly = False
    future = False
    prev_c = cats_at(i - 1) if i > 0 else {}
    next_c = cats_at(j) if j < len(tokens) else {}
    if "last" in prev_c or "last" in next_c:
        strictly = True
        if "last" in next_c:
            j = next_c["last"][0]
    if "next" in prev_c or "next" in next_c:
        future = True
    # "vineri seara", "Monday evening" are the same day; the time words need no handling.
    if future:
        d = published + dt.timedelta(days=(int(weekday) - published.weekday()) % 7 or 7)
    else:
        d = weekday_on_or_before(published, int(weekday), strictly=strictly)
    return DateExpr(i, j, d, d, "weekday")


def _absolute(scan: _Scan, i: int, c: dict) -> DateExpr | None:
    tokens, cats_at, number_at, published = (
        scan.tokens,
        scan.cats_at,
        scan.number_at,
        scan.published,
    )
    n = len(tokens)
    part = None
    start = i
    # early / mid / late <month>
    for key in ("early", "mid", "late"):
        if key in c:
            k = c[key][0]
            # "începutul lunii martie": skip a "month" word
            while k < n and tokens[k].key in ("lunii", "lui", "of", "de", "di", "des", "du", "del"):
                k += 1
            if k < n and "months" in cats_at(k):
                part = key
                i = k
                c = cats_at(k)
                break
            # "at the end of last month", "la începutul lunii (trecute)": a part of that month
            month = _part_month(tokens, k, cats_at(k) if k < n else {}, published)
            if month is not None:
                a, b, end = month
                a, b = _part(a, b, key)
                return DateExpr(start, end, a, b, "range")
    day_before = number_at(i) if part is None else None
    if (
        day_before is not None
        and 1 <= day_before[0] <= 31
        and (tokens[i].key.isdigit() or _day_ordinal(tokens[i]))
    ):
        k = day_before[1]
        if k < n and tokens[k].key in ("de", "th", "st", "nd", "rd"):
            k += 1
        mc = cats_at(k) if k < n else {}
        if "months" in mc:
            j, month = mc["months"]
            return _day_month(tokens, start, j, day_before[0], int(month), published)
    if "months" not in c:
        return None
    j, month = c["months"]
    month = int(month)
    ambiguous = tokens[i].key in _AMBIGUOUS_MONTHS
    # Month then day: "August 12", "October 10, 2011"
    day_after = _int(tokens[j]) if j < n and len(tokens[j].key) <= 4 else None
    if (
        day_after is not None
        and 1 <= day_after <= 31
        and not (tokens[j].key.isdigit() and len(tokens[j].key) > 2)
    ):
        return _day_month(tokens, start, j + 1, day_after, month, published)
    year, j2 = _year_after(tokens, j)
    if ambiguous and year is None and part is None:
        prev = tokens[i - 1].key if i > 0 else ""
        if prev not in ("in", "din", "en", "im", "nel", "v", "since", "of"):
            return None
        if not tokens[i].is_capitalised and tokens[i].key in ("may", "mai", "march", "mars"):
            return None
    if year is None and j2 < n:
        # "in May this year", "in March last year", "în mai anul trecut"
        k = j2 + 1 if tokens[j2].key in _YEAR_LINKS and j2 + 1 < n else j2
        ck = cats_at(k)
        if "thisyear" in ck or "lastyear" in ck:
            cat = "thisyear" if "thisyear" in ck else "lastyear"
            year = published.year - (cat == "lastyear")
            j2 = ck[cat][0]
    if year is None:
        year = published.year if month <= published.month else published.year - 1
    a, b = _part(*month_range(year, month), part)
    return DateExpr(start, j2, a, b, "month" if part is None else "range")


_YEAR_LINKS = frozenset(("of", "del", "de", "des", "dell", "do", "din"))


def _part(a: dt.date, b: dt.date, part: str | None) -> tuple[dt.date, dt.date]:
    """Days 1-10, 11-20 or 21-end of the month a..b (README rule 6)."""
    if part == "early":
        return a, a + dt.timedelta(days=9)
    if part == "mid":
        return a + dt.timedelta(days=10), a + dt.timedelta(days=19)
    if part == "late":
        return a + dt.timedelta(days=20), b
    return a, b


def _part_month(
    tokens: list[Token], k: int, c: dict[str, tuple[int, object]], published: dt.date
) -> tuple[dt.date, dt.date, int] | None:
    """The month after "early/mid/late": last month, this month, or "of the month"."""
    if "lastmonth" in c:
        a, b, _ = _previous_month(published)
        return a, b, c["lastmonth"][0]
    if "thismonth" in c:
        return (*month_range(published.year, published.month), c["thismonth"][0])
    prev = tokens[k - 1].key if k > 0 else ""
    if prev in _MONTH_WORDS or (k < len(tokens) and tokens[k].key in _MONTH_WORDS):
        end = k + 1 if k < len(tokens) and tokens[k].key in _MONTH_WORDS else k
        if end < len(tokens) and tokens[end].key in _LAST_WORDS:
            a, b, _ = _previous_month(published)
            return a, b, end + 1
        return (*month_range(published.year, published.month), end)
    return None


_MONTH_WORDS = frozenset(("lunii", "month", "mois", "monats", "mese", "mes", "mesiatsa"))
_LAST_WORDS = frozenset(("trecute", "trecut", "dernier", "vergangenen", "scorso", "pasado"))


_AMBIGUOUS_MONTHS = frozenset(
    [
        "may",
        "mai",
        "march",
        "mars",
        "mar",
        "jan",
        "jun",
        "jul",
        "aug",
        "dec",
        "sep",
        "oct",
        "nov",
        "feb",
        "apr",
        "ian",
        "iun",
        "iul",
    ]
)


def _year_after(tokens: list[Token], j: int) -> tuple[int | None, int]:
    k = j
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
    if k < len(tokens) and tokens[k].key.isdigit() and len(tokens[k].key) == 4:
        year = int(tokens[k].key)
        if 1900 <= year <= 2100:
            return year, k + 1
    return None, j


def _day_month(
    tokens: list[Token], start: int, j: int, day: int, month: int, published: dt.date
) -> DateExpr | None:
    year, j = _year_after(tokens, j)
    if year is None:
        year = _year_for(month, day, published)
    try:
        d = dt.date(year, month, day)
    except ValueError:
        return None
    return DateExpr(start, j, d, d, "day")


def _days_ago(scan: _Scan, i: int, c: dict) -> DateExpr | None:
    tokens, cats_at, number_at, published = (
        scan.tokens,
        scan.cats_at,
        scan.number_at,
        scan.published,
    )
    n = len(tokens)
    # "acum cinci zile", "il y a trois jours", "vor zwei Tagen", "acum o săptămână"
    if "ago" in c:
        num = number_at(c["ago"][0])
        unit = _unit(cats_at(num[1])) if num and num[1] < n else None
        if num and unit:
            d = published - dt.timedelta(days=num[0] * unit[1])
            return DateExpr(i, unit[0], d, d, "day")
        return None
    # "five days ago", "two weeks ago", "пять дней назад", "tre giorni fa"
    num = number_at(i)
    if num and num[1] < n:
        unit = _unit(cats_at(num[1]))
        if unit:
            k = unit[0]
            if k < n and "ago" in cats_at(k):
                d = published - dt.timedelta(days=num[0] * unit[1])
                return DateExpr(i, cats_at(k)["ago"][0], d, d, "day")
    # a bare year after a preposition: "din 2026", "in 2025"
    if (
        tokens[i].key.isdigit()
        and len(tokens[i].key) == 4
        and i > 0
        and "year_prep" in cats_at(i - 1)
    ):
        year = int(tokens[i].key)
        if 1900 <= year <= published.year:
            return DateExpr(i, i + 1, dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    return None


def _unit(c: dict[str, tuple[int, object]]) -> tuple[int, int] | None:
    """(end, days) of a day or week unit: "zile", "weeks"; a week ago is one day, 7 back."""
    if "dayunit" in c:
        return c["dayunit"][0], 1
    if "weekunit" in c:
        return c["weekunit"][0], 7
    return None
