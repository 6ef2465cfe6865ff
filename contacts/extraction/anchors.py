"""Contacts named only to place another in time or in the background: not its parties."""

from __future__ import annotations

from contacts.extraction.mentions import Description, Mention
from contacts.extraction.text import Token

Cues = dict[str, list[tuple[int, int, object]]]

_NOUNS = ("meeting", "phone", "video", "generic", "event")
_MAIN = ("phone", "video", "message", "meeting", "generic")
_WITH = frozenset(("with", "cu", "avec", "mit", "con", "s", "so", "z", "pe", "entre"))
# Only these between the anchor and its noun: "after his meeting", not "after he met".
_DETERMINERS = frozenset(
    (
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "this",
        "that",
        "first",
        "last",
        "de",
        "la",
        "le",
        "l",
        "sa",
        "son",
        "leur",
        "leurs",
        "cet",
        "cette",
        "du",
        "des",
        "dem",
        "der",
        "den",
        "einem",
        "einer",
        "seinem",
        "seiner",
        "ihrem",
        "ihrer",
        "il",
        "lo",
        "del",
        "della",
        "dell",
        "suo",
        "sua",
        "el",
        "su",
        "sus",
    )
)
_CHAIN = frozenset(("and", "si", "et", "und", "e", "y", "i", "ta", ""))


def drop_time_anchors(
    tokens: list[Token],
    cats: Cues,
    names: list[Mention],
    descs: list[Description],
    done: list[tuple[str, list[Mention], int]] | None = None,
) -> list[Description]:
    """ "X a vorbit la telefon cu Z la finalul întâlnirii cu Y", "X called Z on the way to
    his meeting with Y", "nach dem Treffen mit Y telefonierte X mit Z": the meeting with Y
    only tells when the call was. When the sentence also tells a contact of its own (another
    medium, or a counterpart named outside the phrase), Y is no party to it, and the phrase
    is no contact of its own either; after "after", "la finalul", "nach" it took place, and
    its medium and the people named in it are added to `done`, with where the phrase starts.
    Returns the descriptions outside such phrases."""
    afters = {a for a, _, _ in cats.get("anchor_after", ())}
    spans = []
    for a, b, _ in cats.get("anchor", ()):
        noun = next(
            (
                (i, j, c)
                for c in _NOUNS
                for i, j, _ in cats.get(c, ())
                if b <= i <= b + 3 and all(t.key in _DETERMINERS for t in tokens[b:i])
            ),
            None,
        )
        if noun is None:
            continue
        k = noun[1]
        while k < len(tokens) and k < noun[1] + 3 and tokens[k].key not in _WITH:
            k += 1
        if k < len(tokens) and tokens[k].key in _WITH:
            lo = k + 1
        elif any(m.start == noun[1] for m in names):
            lo = noun[1]  # "after meeting Putin"
        else:
            continue
        hi = _phrase_end(tokens, lo, names, descs)
        if hi > lo:
            spans.append((a, noun, lo, hi))
    if not spans:
        return descs
    inside = {k for a, _, _, hi in spans for k in range(a, hi)}
    # a planned or denied contact beside it ("… told reporters he would call X") tells no
    # contact of its own: the phrase keeps its meeting
    unreal = [i for c in ("modal", "neg", "neg_det") for i, _, _ in cats.get(c, ())]
    plans = [*unreal, *(i for i, _, _ in cats.get("postmodal", ()))]
    outside_triggers = [
        (i, c)
        for c in _MAIN
        for i, _, _ in cats.get(c, ())
        if i not in inside and not any(0 < i - u <= 3 for u in unreal)
    ]
    outside_people = {m.key for m in names if m.start not in inside and not m.excluded} | {
        ("desc", d.start) for d in descs if d.start not in inside
    }
    if not outside_triggers:
        return descs
    for a, (i, _j, c), lo, hi in spans:
        other_medium = any(oc != c and oc != "generic" for _, oc in outside_triggers)
        if not (other_medium or len(outside_people) >= 2):
            continue
        met = [m for m in names if lo <= m.start < hi and not m.excluded]
        # (not "after the meeting with X was cancelled", "după întâlnirea anulată cu X")
        cancelled = any(a <= u < hi + 4 for u in plans)
        if done is not None and a in afters and met and not cancelled:
            done.append((c, list(met), a))
        for m in met:
            m.excluded = True
        descs = [d for d in descs if not lo <= d.start < hi]
        cats[c] = [t for t in cats.get(c, ()) if t[0] != i]
    return descs


def _phrase_end(
    tokens: list[Token], lo: int, names: list[Mention], descs: list[Description]
) -> int:
    """The end of the people after "with": a few words before the first ("the Russian
    President"), then names and titles joined by "and"."""
    starts = {m.start: m.end for m in names} | {d.start: d.end for d in descs}
    k = lo
    while k < len(tokens) and k < lo + 3 and k not in starts and not tokens[k].is_capitalised:
        k += 1
    end = lo
    while k in starts:
        k = end = starts[k]
        if k in starts:
            continue  # "președintele rus | Vladimir Putin"
        if k < len(tokens) and tokens[k].key in _CHAIN and tokens[k].key and k + 1 in starts:
            k += 1
    return end


_BETWEEN = frozenset(
    ("between", "intre", "dintre", "entre", "zwischen", "tra", "fra", "mezhdu", *_WITH)
)


def drop_background(
    tokens: list[Token],
    cats: Cues,
    names: list[Mention],
    descs: list[Description],
    date_starts: set[int],
) -> list[Description]:
    """ "the task, set in a telephone conversation between Putin and Trump, of …": a contact
    named in a participial phrase, without a date of its own, is background the article
    does not report; neither it nor its people make a contact. Returns the descriptions
    outside such phrases."""
    for a, b, _ in cats.get("background", ()):
        # a participle, not a verb whose subject is named before it ("X agreed in a call …")
        k = a - 1
        while k >= 0 and tokens[k].text not in (",", ";"):
            k -= 1
        if any(k < m.start < a for m in names) or any(k < d.start < a for d in descs):
            continue
        if any(k < i < a for i, _, _ in cats.get("pronoun", ())):
            continue
        nouns = [
            (i, j, c)
            for c in _NOUNS
            for i, j, _ in cats.get(c, ())
            if b <= i <= b + 4 and all(t.key for t in tokens[b:i])
        ]
        if not nouns:
            continue
        last = max(j for _, j, _ in nouns)
        k = last
        while k < len(tokens) and k < last + 2 and tokens[k].key not in _BETWEEN:
            k += 1
        lo = k + 1 if k < len(tokens) and tokens[k].key in _BETWEEN else last
        hi = max(_phrase_end(tokens, lo, names, descs), last)
        if any(a <= s < hi + 3 for s in date_starts):
            continue  # "reached in their call on Monday": dated, a contact of its own
        for m in names:
            if lo <= m.start < hi:
                m.excluded = True
        descs = [d for d in descs if not lo <= d.start < hi]
        for i, _, c in nouns:
            cats[c] = [t for t in cats.get(c, ()) if t[0] != i]
    return descs
