"""One sentence at a time: clauses, their people, dates and cue words into draft contacts."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from contacts.extraction.anchors import drop_background, drop_time_anchors
from contacts.extraction.countries import CAPITALS, PLACE_WORDS, VENUE_CITIES, country_name
from contacts.extraction.dates import DateExpr, find_dates
from contacts.extraction.mentions import (
    HOME_COUNTRY,
    Description,
    Mention,
    NewPerson,
    elect_roles,
    find_descriptions,
    find_names,
    name_variants,
    new_person,
    plain_roles,
    resolve_description,
)
from contacts.extraction.people import Directory, PersonEntry, name_tokens
from contacts.extraction.text import Token, tokenize

Match = tuple[int, int, tuple[str, object]]
Key = tuple[str, object]
# Cue category -> (start, end, value) of each match in the sentence or clause.
Cues = dict[str, list[tuple[int, int, object]]]

_RANGE_TO = frozenset(("to", "or", "la", "sau", "do", "ili", "a", "ou", "bis", "oder", "o"))
_AND = frozenset(("and", "si", "et", "und", "e", "i"))
_AND_WORDS = frozenset(("and", "și", "şi", "si", "et", "und", "e", "y", "i", "и", "і", "та"))
_DE_NOUN_NOT_PLAN = frozenset(("morgen",))
MEDIUM_ORDER = ("video", "phone", "message", "meeting")
_TRIGGERS = frozenset(("phone", "video", "meeting", "message", "generic", "participate", "event"))


@dataclass
class Draft:
    """A contact being assembled: people as keys ("id", pk) or ("new", name)."""

    keys: list[Key]
    medium: str | None
    date_from: dt.date
    date_to: dt.date
    sentence: tuple[int, int]
    duration: int | None = None
    initiator: Key | None = None
    implied: bool = False
    copy: int = 0  # "two phone calls" with the same people: copies that never merge
    venue: bool = False  # "in the Oval Office", "on the sidelines": in person
    mutual: bool = False  # "exchanged messages": no one initiated it
    undated: bool = False  # the text gave it no date: it took the focus's or publication's
    # told with an ordinal or as earlier ("their second call", "had met"): a contact of its own
    recalled: bool = False
    paired: bool = False  # told of "the two leaders", "cei doi": a pair named elsewhere
    recipient: Key | None = None  # of a message: the one it was sent "to"
    private: bool = False  # "one-on-one", "tête-à-tête": a smaller contact inside an event
    apart: bool = False  # "hours earlier", "ceva mai devreme": another contact that day

    def overlaps(self, a: dt.date, b: dt.date) -> bool:
        return self.date_from <= b and a <= self.date_to

    def narrow(self, a: dt.date, b: dt.date) -> None:
        if (b - a) < (self.date_to - self.date_from) and self.overlaps(a, b):
            self.date_from, self.date_to = max(a, self.date_from), min(b, self.date_to)


@dataclass
class ArticleState:
    """What reading an article has gathered so far: drafts, the contact in focus, people."""

    text: str
    published: dt.date
    lang: str
    directory: Directory
    drafts: list[Draft] = field(default_factory=list)
    focus: Draft | None = None
    recent: list[int] = field(default_factory=list)  # person ids in order of mention
    new_people: dict[Key, NewPerson] = field(default_factory=dict)
    media_seen: list[str] = field(default_factory=list)
    new_surnames: dict[str, Key] = field(default_factory=dict)
    mentioned: list[Key] = field(default_factory=list)  # people in order of mention
    visit: bool = False  # someone is said to be on a visit
    fronted_subject: Key | None = None  # the subject after a phrase put first
    fronted_with: bool = False  # that phrase names its people only after "with"
    # relative clauses with contact words about a person named after the subject: the token
    # opening each ("…, the US president, who in February placed calls to …") -> where the
    # antecedent starts
    relative_of: dict[int, int] = field(default_factory=dict)
    relative_end: dict[int, int] = field(default_factory=dict)  # -> where the antecedent ends
    # "X and Y, who met in Riyadh on 18 February, spoke by phone on Saturday": where the
    # relative clause and the rest of the main clause start; both are the pair's contacts
    pair_clauses: set[int] = field(default_factory=set)
    # The people of the sentence's previous clause, and whether it had a contact word.
    previous_clause: tuple[list[Key], bool] = field(default_factory=lambda: ([], False))
    previous_pair: bool = False  # the clause before had only "the two leaders" and no contact
    # The country of the article's dateline ("ALGIERS (Reuters) -"), if any.
    dateline: str | None = None
    dateline_end: int = 0  # where a dated wire dateline ends: its date is the item's
    dateline_day: dt.date | None = None  # that date ("BEIJING, March 14 (Xinhua) --")
    sentence_countries: list[str] = field(default_factory=list)  # codes the sentence names
    sentence_names: list[Mention] = field(default_factory=list)
    denied: list[frozenset[Key]] = field(default_factory=list)  # pairs said not to have met
    # pairs whose contact by a medium was called off ("a renunțat la întâlnirea cu X")
    cancelled: list[tuple[frozenset[Key], str]] = field(default_factory=list)
    last_subject: Key | None = None  # the first person the last sentence with people named
    # The day the previous sentence named ("Marţi, X a sosit la Kiev."), and this one's.
    previous_day: tuple[dt.date, dt.date] | None = None
    previous_span: tuple[int, int] | None = None  # the sentence read before this one
    capitals: set[str] = field(default_factory=set)  # "Seoul's", "de la Chișinău" anywhere
    sentence_day: tuple[dt.date, dt.date] | None = None
    # days the sentence names after an "after" ("… had spoken after X took office on Oct 4")
    after_days: list[DateExpr] = field(default_factory=list)
    # People the directory knows without an office that day, titled as officials in the text
    titled: dict[Key, NewPerson] = field(default_factory=dict)
    name_skels: set[str] | None = None  # capitalised words of the whole text, when asked
    nouns: set[str] | None = None  # German capitalised words the text puts after an article
    full_named: set[int] | None = None  # people the whole text names in full, when asked


def read_sentence(
    art: ArticleState, tokens: list[Token], matches: list[Match], span: tuple[int, int]
) -> None:
    """Add the sentence's contacts to `art`, or what it tells about the contact in focus."""
    directory = art.directory
    told = len(art.drafts)
    art.previous_day, art.sentence_day = art.sentence_day, None
    names = find_names(tokens, directory, art.lang)
    names = _without_namesakes(tokens, names, matches, directory, german=art.lang == "de")
    if art.lang == "de":
        names = _without_common_nouns(art, tokens, names)
    # A title alone ("the Pope", "Papa") is a description of whoever holds it that day.
    titles = {i for i, j, (cat, _) in matches if cat == "roles" and j == i + 1}
    names = [m for m in names if not (m.end - m.start == 1 and m.start in titles)]
    names = _with_new_people(art, tokens, names)
    names = _with_shared_surnames(art, tokens, names)
    art.sentence_names = names
    descs = find_descriptions(tokens, matches, names)
    # "chief of staff", "head of the press office": a staff title, not a leader's
    staff_spans = [(i, j) for i, j, (cat, _) in matches if cat == "staff"]
    descs = [d for d in descs if not any(a <= d.start and d.end < b for a, b in staff_spans)]
    # "their first meeting since July, on Monday": the day after "since" is not the contact's
    # when the sentence names another (alone, it dates the contact before: "seit Mitte Mai")
    since_ends = {j for _, j, (cat, _) in matches if cat == "since"}
    # (the "since" words alone: the days told after them join `since_ends` below)
    since_words = frozenset(since_ends)
    dates = find_dates(tokens, matches, art.published)
    dates = [d for d in dates if tokens[d.start].start >= art.dateline_end]
    if not dates and not names and not descs:
        # "Joi, la Washington, X a respins … „NATO este solidă.” … a declarat X după ce a
        # fost primit de Y": a sentence without a day or anyone in it keeps the scene's day
        art.sentence_day = art.previous_day
    # "speaking at his news conference on Tuesday", "at Tuesday's briefing": the day of the
    # press event, not of a contact told beside it
    press = [(i, j) for i, j, (cat, _) in matches if cat == "block"]
    dates = [
        d
        for d in dates
        if not any(
            0 <= d.start - b <= 1 or (a == d.end + 1 and _possessive_day(art, tokens, d))
            for a, b in press
        )
    ]
    # "the first call since Trump was sworn in four weeks ago", "da quando ha giurato il 22
    # ottobre": the day of an event contacts followed; alone, they fall between it and
    # publication
    since_starts = [i for i, _, (cat, _) in matches if cat == "since_clause"]
    every_trigger = {i for i, _, (cat, _) in matches if cat in _TRIGGERS}
    dates = [
        _since_event(tokens, d, since_starts, since_ends, every_trigger, art.published)
        for d in dates
    ]
    since_ends |= {d.start for d in dates if d.kind == "since"}
    # "Thursday's swearing-in": the day of an event named, no contact's nor the scene's
    # ("Tuesday's call" keeps it)
    dates = [
        d
        for d in dates
        if not _possessive_day(art, tokens, d)
        or any(
            d.end < i <= d.end + 2 and cat in MEDIUM_ORDER + ("generic", "event")
            for i, _, (cat, _) in matches
        )
    ]
    if any(d.start not in since_ends for d in dates):
        dates = [d for d in dates if d.start not in since_ends]
    cats: Cues[str, list[tuple[int, int, object]]] = {}
    for i, j, (cat, value) in matches:
        if cat in _AFTER_CUES and _afternoon(tokens, i):
            continue
        cats.setdefault(cat, []).append((i, j, value))
    # "Late last month", "in late May": a part of a month, not the deceased ("the late king")
    cats["former"] = [
        f
        for f in cats.get("former", [])
        if not any(d.start <= f[1] <= d.end for d in dates)
        # "el a fost întâmpinat de premierul X": the verb "to be", not "former"
        and not (f[0] > 0 and tokens[f[0]].key == "fost" and tokens[f[0] - 1].key in _RO_AUX)
    ]
    # "potrivit unui comunicat publicat pe pagina președinției", "according to a statement
    # posted on X": where the report was published, not a message made public
    according = [i for i, _, _ in cats.get("attrib", ()) if tokens[i].key in _ACCORDING]
    if according and cats.get("post"):
        cats["post"] = [
            p
            for p in cats["post"]
            if not any(
                0 < p[0] - a <= 6 and all(t.key for t in tokens[a : p[0]]) for a in according
            )
        ]
    # "sent his sincere congratulations to", "conveyed condolences": a written message
    sent = [j for _, j, _ in cats.get("sent", ())]
    for i, j, _ in cats.get("greetings", ()):
        if any(0 <= i - k <= 3 for k in sent):
            cats.setdefault("message", []).append((i, j, None))
    if _message_chain(art) is not None:
        # "X wrote that …", "in his message, X …" after a message told with its addressee
        # (not a post: "che su Twitter ha scritto", "wrote on X" is public, no message)
        posts = [i for i, _, _ in cats.get("post", ())]
        cats.setdefault("message", []).extend(
            w for w in cats.get("wrote", ()) if not any(abs(w[0] - i) <= 4 for i in posts)
        )
    if cats.get("post") and not any(cats.get(c) for c in MEDIUM_ORDER):
        # "Tra i primi, X, che su Twitter ha scritto …", "among the first to post on X": one
        # who posts publicly takes no part in the contact told before (README rule 2)
        cats["participate"] = []
    art.visit = art.visit or "visit" in cats
    _recap_as_generic(art, cats)
    art.sentence_countries = [v[0] for _, _, v in cats.get("country", ())]  # type: ignore[index]
    # "ministrul de externe de la Chișinău": a capital stands for its government
    art.sentence_countries += [
        CAPITALS[tokens[j].key]
        for _, j, _ in cats.get("from_capital", ())
        if j < len(tokens) and tokens[j].is_capitalised and tokens[j].key in CAPITALS
    ]
    # "their call on Sunday" is a call; "called on Putin to …" is not
    date_starts = {d.start for d in dates}
    cats["not_call"] = [m for m in cats.get("not_call", []) if m[1] not in date_starts]
    cats["not_call"] += _naming_calls(tokens, cats)
    # "liderii UE", "the leaders of Russia and China" describe people, not the pair in focus
    described = {d.start for d in descs if d.countries}
    cats["pair"] = [p for p in cats.get("pair", []) if p[0] not in described]
    # "a avut o întâlnire cu liderii filialelor": leaders met "with" by someone named are
    # others, not the pair in focus
    first_name = min((m.start for m in names), default=len(tokens))
    # "the leaders' meeting": whose meeting, not who takes part in this one
    cats["pair"] = [p for p in cats["pair"] if not _possessive(tokens, p[1])]
    cats["pair"] = [
        p
        for p in cats["pair"]
        if not (p[0] > first_name and tokens[p[0] - 1].key in _WITH and p[1] - p[0] == 1)
    ]
    # "his first call since taking office with …": a time phrase, not a clause of its own
    in_office = {i for i, _, _ in cats.get("since_office", ())}
    cats["break"] = [b for b in cats.get("break", []) if b[0] not in in_office]
    for i in _future_tense(tokens, art.lang):
        cats.setdefault("modal", []).append((i, i + 1, None))
    # '"Me reuní hoy con X", escribió Y', '« J'ai rencontré X », a écrit Y': the verb that
    # puts the quote in its writer's mouth is no message to anyone
    cats["message"] = [
        m for m in cats.get("message", []) if not _after_quote(art.text, tokens, m[0])
    ]
    for c in ("modal", "postmodal"):
        # a capitalised word inside the sentence is a name: "the Coalition of the Willing"
        # (German capitalises its nouns: "Einladung", "Absage")
        # ("am Morgen", "heute Morgen": the noun is the morning; "morgen" is tomorrow)
        cats[c] = [
            m
            for m in cats.get(c, [])
            if m[0] == 0
            or not tokens[m[0]].is_capitalised
            or (art.lang == "de" and tokens[m[0]].key not in _DE_NOUN_NOT_PLAN)
        ]
    for k in _headline_plans(art, tokens, names, descs, cats):
        cats.setdefault("modal", []).append((k, k + 1, None))
    # "voicing hope that …", "expressed the hope": a hope voiced is a noun, no plan
    cats["modal"] = [
        m for m in cats.get("modal", []) if not (m[0] > 0 and _voiced(tokens, m[0]))
    ]
    # "the summit, which will be held in November": the day of a plan dates no contact
    plans = [i for c in ("modal", "postmodal") for i, _, _ in cats.get(c, ())]
    # (but "to avoid a repeat of last month's summit": a past day named with "'s" is the day
    # of something that took place, not of the plan)
    dates = [
        d
        for d in dates
        if not any(0 < d.start - i <= 5 for i in plans)
        or (_possessive_day(art, tokens, d) and d.date_to < art.published)
    ]
    if plans:
        # "talks to prepare the NATO leaders' meeting in December, which Trump is to attend"
        # (published in November): a month without a year that begins within two months
        # after publication is the coming one in a sentence telling of a plan, not last year's
        month_ends = {j for _, j, (cat, _) in matches if cat == "months"}
        dates = [d for d in dates if not _coming_month(art, d, month_ends)]
    # (a day put first, before a comma and any plan word, is the scene's day even when a plan
    # is told after it: "Joi, la Washington, X a respins îngrijorările …")
    front = _front_day(tokens, dates, plans)
    if not plans or front is not None:
        # (not the day a statement was made: "the Kremlin said on Tuesday …")
        said_at = [j for _, j, _ in cats.get("attrib", ())]
        # (or a part of a month: "La începutul lunii iulie, X a mers la București. Acolo …")
        days = [
            (d.date_from, d.date_to)
            for d in ([front] if plans and front is not None else dates)
            if d.width <= 10
            and d.kind != "relative"
            and not any(0 <= d.start - j <= 2 for j in said_at)
            # (nor the day of what something followed: "în prima sa vizită de la preluarea
            # mandatului, la 1 octombrie 2024")
            and not any(0 <= d.start - j <= 6 for j in since_words)
        ]
        if days or dates:
            art.sentence_day = days[-1] if days and days[-1][1] <= art.published else None
    contact_ends = {j for c in MEDIUM_ORDER + ("generic",) for _, j, _ in cats.get(c, ())}
    # "an emergency session of the Council, convened on Friday", "reuniunea Consiliului,
    # convocată vineri": a participle after a comma tells of the thing named before it, not
    # of a contact (unless that thing is the contact or its people: "the talks, held …")
    name_ends = {m.end for m in names}
    for c in MEDIUM_ORDER:
        cats[c] = [
            (i, j, v)
            for i, j, v in cats.get(c, [])
            if not (
                i > 1
                and tokens[i].key in _SET_PARTICIPLES
                and tokens[i - 1].text == ","
                and i - 1 not in contact_ends
                and i - 1 not in name_ends
            )
        ]
    for i in _venues(tokens):
        if (
            i > 2
            and tokens[i - 1].key in _SET_PARTICIPLES
            and tokens[i - 2].text == ","
            and i - 2 not in contact_ends
        ):
            continue  # "the first UN General Assembly, held in London,": that event's place
        cats.setdefault("venue", []).append((i, i + 2, None))
    for i, j in _visits_to_people(tokens, cats, names, descs, dates):
        cats.setdefault("meeting", []).append((i, j, None))
    for i, j, _ in cats.get("visit", ()):
        # "the two leaders visited Horyuji temple together": a joint visit is a meeting
        if any(t.key in _TOGETHER for t in tokens[j : j + 6]) or (
            i > 0 and tokens[i - 1].key in _TOGETHER
        ):
            cats.setdefault("meeting", []).append((i, j, None))
    cats["apostrophe_s"] = [
        (k, k + 1, None)
        for k in range(1, len(tokens))
        if tokens[k].key == "s" and art.text[tokens[k].start - 1 : tokens[k].start] in ("'", "’")
    ]
    _exclude_staff(tokens, names, cats, directory, dates[0].date_to if dates else art.published)
    anchored: list[tuple[str, list[Mention], int]] = []
    descs = drop_time_anchors(tokens, cats, names, descs, anchored)
    descs = drop_background(tokens, cats, names, descs, {d.start for d in dates})

    people_at = frozenset([m.start for m in names] + [d.start for d in descs])
    if art.lang == "en" and cats.get("meeting"):
        cats["meeting"] = [
            t for t in cats["meeting"] if not _welcomed_thing(art, tokens, t, people_at)
        ]
    art.relative_end = {}
    relatives = _relatives(tokens, art.lang)
    art.relative_of = _object_relatives(art, tokens, cats, names, descs, relatives)
    for r in art.relative_of:
        cats.setdefault("break", []).append((r, r + 1, None))
    art.pair_clauses = _pair_relatives(art, tokens, cats, names, descs, relatives)
    for r in art.pair_clauses:
        cats.setdefault("break", []).append((r, r + 1, None))
    for k in _planned_sequels(tokens, cats, people_at):
        cats.setdefault("break", []).append((k, k + 1, None))
    front = _front_end(tokens, cats, people_at)
    clauses = _clauses(tokens, cats, people_at, front)
    every_date = list(dates)
    after_at = [i for c in ("after", "anchor_after") for i, _, _ in cats.get(c, ())]
    art.after_days = [d for d in dates if d.is_day and any(0 < d.start - i <= 12 for i in after_at)]
    sentence_people: list[Mention] = []
    art.previous_clause = ([], False)
    art.previous_pair = False
    for ci, (lo, hi) in enumerate(clauses):
        in_clause = {c: [m for m in ms if lo <= m[0] < hi] for c, ms in cats.items()}
        if ci == 1:
            _fronted_sequence(cats, clauses[0], in_clause)
        # "During a meeting with Modi, Putin praised …": the subject comes after the comma
        art.fronted_subject = None
        if ci == 0 and front == hi:
            art.fronted_subject = next(
                (m.key for m in names if hi <= m.start <= hi + 2 and not m.excluded), None
            ) or _fronted_description(art, descs, hi, dates)
        # "After talks yesterday with A and B, the Ukrainian leader …": everyone the phrase
        # names comes after its "with", so all are the subject's counterparts
        first = min((m.start for m in names if lo <= m.start < hi), default=hi)
        art.fronted_with = art.fronted_subject is not None and any(
            tokens[k].key in _WITH for k in range(lo, first)
        )
        if ci > 0 and art.lang == "ro" and _ro_elliptic(tokens, lo, hi, in_clause):
            # "X urmează să participe joi la summit, iar vineri la întâlnirea informală": a
            # clause without a verb of its own goes on with the plan before it
            a, b = clauses[ci - 1]
            if any(a <= i < b for c in ("modal", "postmodal") for i, _, _ in cats.get(c, ())):
                in_clause.setdefault("modal", []).append((lo, lo + 1, None))
        if ci > 0 and any(i == lo for i, _, _ in cats.get("purpose", ())):
            # "qu'il se rendrait à Kiev pour y rencontrer …": the purpose of a planned trip
            a, b = clauses[ci - 1]
            if any(a <= i < b for c in ("modal", "postmodal") for i, _, _ in cats.get(c, ())):
                in_clause.setdefault("modal", []).append((lo, lo + 1, None))
        if (
            in_clause.get("condolence")
            and not any(in_clause.get(c) for c in ("phone", "video", "meeting", "message"))
            # (not in a statement: "ha espresso il proprio cordoglio in una dichiarazione")
            and not any(tokens[k].key.startswith(_STATEMENT) for k in range(lo, hi))
        ):
            # "ha inviato ieri le sue condoglianze al capo dello Stato": condolences sent, told
            # of no call or meeting, are a message
            in_clause["message"] = in_clause["condolence"]
        triggers = [(i, j, c) for c in _TRIGGERS for i, j, _ in in_clause.get(c, ())]
        # Dates hang on the contact words, not on a summit merely named beside them.
        strong = [t for t in triggers if t[2] not in ("event", "participate")] or triggers
        anchors = sorted({i for i, _, _ in strong} | {j - 1 for _, j, _ in strong}) or [lo]
        # "…, which took effect on July 1", "…, care deține în acest an …": a relative clause
        # after the contact words without any of its own dates something else
        # (also when a break cut it off: "… before signing a declaration, which took effect
        # on July 1")
        every = sorted(i for c in _TRIGGERS for i, _, _ in cats.get(c, ()))
        if triggers:
            for r in relatives:
                if r in art.relative_of:
                    continue  # a clause of its own, with its own contact
                # the relative clause runs to its closing comma ("Macron met Modi, who is
                # on a visit to France, on Tuesday": Tuesday is the meeting's)
                # (or its colon: "Una chiamata, e che Palazzo Chigi mette in evidenza: ieri
                # sera Biden ha telefonato a Meloni": last night is the call's)
                close = next(
                    (k for k in range(r + 1, len(tokens)) if tokens[k].text in (",", ":")),
                    len(tokens),
                )
                # (also one about a person, closed before the contact words, when the
                # sentence has another date: "Ieri, X, care sosise joi la Kiev, a avut o
                # întâlnire cu Y": Thursday is the arrival's)
                # (unless contact words follow it: "Macron, who last week hosted a summit,
                # spoke by phone with Meloni on Tuesday": Tuesday is the call's)
                later = any(i > close for i, _, _ in strong)
                if any(r < i < close for i, _, _ in strong) and not later:
                    continue  # "…, care vineri l-a sunat pe Y": the clause tells the contact
                about_person = any(m.end == r - 1 for m in names)
                other = any(not r < d.start < close for d in dates)
                before = lo <= r and close < anchors[-1] and about_person and other
                # (but one about the contact noun itself tells its day: "In the message,
                # which was sent on Saturday", "la llamada, que tuvo lugar el viernes")
                of_contact = any(j == r - 1 and tokens[j].text == "," for _, j, _ in strong)
                if (r > max(lo, anchors[0]) or before) and not of_contact:
                    dates = [
                        d
                        for d in dates
                        if not (r < d.start < close and not any(r < i < d.start for i in every))
                    ]
        clause_dates = [d for d in dates if lo <= d.start < hi]
        said = [j for _, j, _ in cats.get("attrib", ())]
        # (also after an attribution that follows the contact words: "hat am Dienstagabend
        # … telefoniert, teilte ein Sprecher am Mittwoch mit")
        said += [j for i, j, _ in cats.get("attrib", ()) if i > anchors[-1]]
        date = _nearest(clause_dates, anchors, said)
        if date is None and triggers and any(c == "message" for *_, c in triggers):
            date = _message_range(art, dates, clauses, ci, cats)
        elif date is not None and any(c == "message" for *_, c in triggers):
            date = _occasion(art, date, cats)
        if date is None and triggers:
            # A date told in an earlier clause carries over ("Marți, X a vorbit cu Y, apoi …");
            # one in a later clause with contact words of its own belongs to that clause
            # ("…, iar miercuri va participa la o reuniune").
            # (nor one in a later clause opened by "after": "…, după ce racheta fusese
            # doborâtă pe 31 octombrie", "…, after the missile fell on Monday" dates the
            # event the contact followed)
            opens_after = {i for i, _, _ in cats.get("after", ())}
            claimed = [
                (a, b)
                for a, b in clauses[ci + 1 :]
                if any(a <= i < b for c in _TRIGGERS for i, _, _ in cats.get(c, ()))
                or a in opens_after
            ]
            free = [d for d in dates if not any(a <= d.start < b for a, b in claimed)]
            date = _nearest(free, anchors, said)
            gap = _days_between(tokens, cats, lo)
            contact_words = any(c not in ("event", "participate") for *_, c in triggers)
            if (
                date is not None
                and date.is_day
                and gap
                and contact_words
                and date.kind != "relative"
            ):
                # "came two days after he met Zelenskyy": that many days before (or after)
                d = date.date_from + dt.timedelta(days=gap)
                date = DateExpr(date.start, date.end, d, d, "day")
            elif date is None and gap and contact_words and _dated_focus(art):
                # "The call came two days after X, in a call with Y, urged …": counted from
                # the contact in focus
                d = art.focus.date_to + dt.timedelta(days=gap)  # type: ignore[union-attr]
                date = DateExpr(lo, lo, d, d, "day")
        if date is not None and date.kind == "relative":
            # "that day", "the day before": the day named earlier in the sentence, else the
            # day of the contact the text was last about
            named = [d for d in dates if d.end <= date.start and d.kind != "relative"]
            base = named[-1].date_to if named and named[-1].is_day else None
            # "the day before the leaders' meeting": the day of the last meeting told of
            meetings = [i for i, _, _ in cats.get("meeting", ()) if date.end <= i <= date.end + 3]
            met = [d for d in art.drafts if d.medium == "meeting" and d.date_from == d.date_to]
            if base is None and meetings and met:
                base = met[-1].date_to
            focus = art.focus
            if (
                named
                and named[-1].is_day
                and date.offset != 0
                # (set beside the day it tells of: "on Monday, the day after their meeting")
                and named[-1].end == date.start - 1
                and tokens[named[-1].end].text == ","
                and any(date.end <= i <= date.end + 3 for i, _, _ in triggers)
            ):
                # "called Scholz on Monday, the day after their meeting in Berlin": the day
                # named is the one after (or before) the contact the phrase names
                d = named[-1].date_to - dt.timedelta(days=date.offset)
                date = DateExpr(date.start, date.end, d, d, "day")
            elif base is None and date.offset == 0 and focus is not None and not named:
                # "Nello stesso giorno", "the same day" after a contact told by a range
                # ("la settimana scorsa"): that range
                date = DateExpr(date.start, date.end, focus.date_from, focus.date_to, "range")
            else:
                base = base or (focus.date_to if focus else art.published)
                date = date.shifted(base)
        day = date.date_to if date else (art.focus.date_to if art.focus else art.published)
        people = _clause_people(art, tokens, names, descs, lo, hi, day, sentence_people, in_clause)
        if triggers:
            people = _without_aside(tokens, people, triggers, relatives, lo)
            people = _before_plan(tokens, people, triggers, in_clause)
            if art.lang == "ro":
                people = _ro_invited(tokens, people)
            people = _outside_quotes(tokens, people, triggers, lo, hi)
        for m in people:
            if m.person_id is not None:
                art.recent.append(m.person_id)
        if triggers:
            own_dates = [d for d in clause_dates if d.kind != "relative"]
            _clause(
                art,
                tokens,
                in_clause,
                triggers,
                date,
                people,
                sentence_people,
                span,
                (lo, hi),
                own_dates,
            )
        sentence_people.extend(people)
        art.previous_clause = ([m.key for m in people], bool(triggers))
        art.previous_pair = bool(in_clause.get("pair")) and not people and not triggers
    _anchored_contacts(art, anchored, sentence_people, told, span)
    _since_contact(art, tokens, cats, every_date, told, span)
    if len(art.drafts) > told:
        art.sentence_day = None  # a sentence with a contact: its day is that contact's
    if sentence_people:
        art.last_subject = sentence_people[0].key
    focus = art.focus
    people = list(dict.fromkeys(m.key for m in sentence_people))
    if (
        len(art.drafts) == told
        and focus is not None
        and not focus.keys
        and focus.sentence == art.previous_span
        and focus.paired
        and len(people) == 2
    ):
        # "Cei doi șefi de stat au vorbit despre … Maia Sandu i-a mulțumit lui X …": the
        # pair of a contact told without names, named in the next sentence
        focus.keys = people
    art.previous_span = span


def _since_contact(
    art: ArticleState,
    tokens: list[Token],
    cats: Cues,
    dates: list[DateExpr],
    told: int,
    span: tuple[int, int],
) -> None:
    """ "X and Y spoke on Tuesday, their first call since their summit in November", "prima
    dintre ei de la întâlnirea din California, din noiembrie anul trecut": the contact the
    sentence tells, and the pair's earlier one after "since", on its own date."""
    if len(art.drafts) <= told:
        return
    base = art.drafts[-1]
    if len(base.keys) < 2 or base.date_from != base.date_to:
        return
    contacts = [
        (i, j, c)
        for c in ("meeting", "phone", "video", "generic", "event")
        for i, j, _ in cats.get(c, ())
    ]
    for _, e, _ in [*cats.get("since", ()), *cats.get("since_clause", ())]:
        trigger = next(
            (
                t
                for t in sorted(contacts)
                if e <= t[0] <= e + 3 and not any(tk.text == "," for tk in tokens[e : t[0]])
            ),
            None,
        )
        if trigger is None:
            continue
        date = next(
            (
                d
                for d in dates
                if 0 <= d.start - trigger[1] <= 10
                and d.kind != "relative"
                and d.date_to < base.date_from
                and not any(trigger[1] <= i < d.start for i, _, _ in contacts)
            ),
            None,
        )
        if date is None:
            continue
        medium = {"generic": None, "event": "meeting"}.get(trigger[2], trigger[2])
        if any(
            set(d.keys) == set(base.keys) and d.overlaps(date.date_from, date.date_to)
            for d in art.drafts
        ):
            continue
        art.drafts.append(
            Draft(
                keys=list(base.keys),
                medium=medium,
                date_from=date.date_from,
                date_to=date.date_to,
                sentence=span,
                recalled=True,
            )
        )


_TOGETHER = frozenset(
    ("together", "jointly", "impreuna", "ensemble", "gemeinsam", "zusammen", "insieme",
     "juntos", "juntas", "vmeste", "razom")
)


def _coming_month(art: ArticleState, d: DateExpr, month_ends: set[int]) -> bool:
    if d.kind not in ("month", "range") or d.date_from.year >= art.published.year:
        return False
    if d.end not in month_ends:
        return False  # a year told after the month: "December 2018", "decembrie anul trecut"
    try:
        coming = d.date_from.replace(year=d.date_from.year + 1)
    except ValueError:
        return False
    return 0 < (coming - art.published).days <= 60


_CLAUSE_LINKS = frozenset(("iar", "and", "while", "whereas", "si", "et", "und", "e", "y", "i"))


def _opens_clause(tokens: list[Token], lo: int, hi: int) -> bool:
    """A comma and a linking word between lo and hi open another clause."""
    return any(
        tokens[k].text == ","
        and k + 1 < hi
        and (tokens[k + 1].key in _CLAUSE_LINKS or tokens[k + 1].text == "а")  # (Russian "а")
        for k in range(lo, hi)
    )


def _front_day(tokens: list[Token], dates: list[DateExpr], plans: list[int]) -> DateExpr | None:
    """A day that opens the sentence, closed by a comma before any plan word ("Joi, …",
    "On Thursday, …")."""
    first = dates[0] if dates else None
    if first is None or first.start > 1 or first.end >= len(tokens):
        return None
    if tokens[first.end].text != "," or any(i < first.end for i in plans):
        return None
    return first


def _fronted_sequence(cats: Cues, first: tuple[int, int], in_clause: Cues) -> None:
    """ "Later that same day, X took part in …", "Afterwards, X met …": a time phrase put
    first, without contact words of its own, tells the next clause's contact apart."""
    lo, hi = first
    if any(lo <= i < hi for c in _TRIGGERS for i, _, _ in cats.get(c, ())):
        return
    for c in ("apart", "sequel"):
        fronted = [m for m in cats.get(c, ()) if lo <= m[0] < hi]
        if fronted:
            in_clause[c] = [*fronted, *in_clause.get(c, ())]


def _welcomed_thing(
    art: ArticleState, tokens: list[Token], trigger: tuple, people_at: frozenset[int]
) -> bool:
    """ "welcomed the progress of …", "welcomed the Secretary-General's decision": a thing
    welcomed, not a guest received."""
    i, j, _ = trigger
    if tokens[i].key not in _WELCOMED or j >= len(tokens) or tokens[j].key not in _DETS:
        return False
    person = next((k for k in range(j + 1, min(j + 4, len(tokens))) if k in people_at), None)
    if person is None:
        return True
    # the person owns the thing welcomed
    return any(
        tokens[k].key == "s" and art.text[tokens[k].start - 1 : tokens[k].start] in ("'", "’")
        for k in range(person + 1, min(person + 5, len(tokens)))
    )


_WELCOMED = frozenset(("welcomed", "welcomes"))


def _possessive_day(art: ArticleState, tokens: list[Token], d: DateExpr) -> bool:
    """A day with "'s" after it ("Thursday's swearing-in"): an event's day."""
    if d.end >= len(tokens) or tokens[d.end].key != "s":
        return False
    return art.text[tokens[d.end].start - 1 : tokens[d.end].start] in ("'", "’")



def _headline_plans(
    art: ArticleState, tokens: list[Token], names: list[Mention], descs: list, cats: Cues
) -> list[int]:
    """An English headline's "to" right after its subject ("PM Modi to hold virtual summit
    with Morrison", "Biden To Meet Xi"): a plan, the headline's future. Only in a line
    with no closing stop and no verb before the "to" ("called Xi to talk" is told)."""
    if art.lang != "en" or not tokens or tokens[-1].text in (".", "!", "?", ":", ";"):
        return []
    ends = {m.end for m in names} | {d.end for d in descs}
    verbs = [i for c in _TRIGGERS for i, _, _ in cats.get(c, ())]
    return [
        k
        for k in range(1, len(tokens) - 1)
        if tokens[k].key == "to" and k in ends and not any(i < k for i in verbs)
    ]


def _voiced(tokens: list[Token], i: int) -> bool:
    """A modal word right after a verb of voicing ("voicing hope", "expressed the hope")."""
    k = i - 1
    if k > 0 and tokens[k].key in ("the", "his", "her", "their"):
        k -= 1
    return tokens[k].key in _VOICING


_VOICING = frozenset(("voicing", "voiced", "voices", "expressing", "expressed", "expresses"))


def _dated_focus(art: ArticleState) -> bool:
    focus = art.focus
    return focus is not None and focus.date_from == focus.date_to and not focus.implied


def _naming_calls(tokens: list[Token], cats: Cues) -> list[tuple[int, int, object]]:
    """English "called the meeting 'very friendly'", "called their talks productive": "call"
    naming a contact told of, not a telephone call."""
    kinds = ("meeting", "generic", "phone", "video", "event")
    nouns = {i for c in kinds for i, _, _ in cats.get(c, ())}
    out: list[tuple[int, int, object]] = []
    for i, j, _ in cats.get("phone", ()):
        if tokens[i].key not in _CALL_VERBS or j >= len(tokens) or tokens[j].key not in _DETS:
            continue
        if j + 1 in nouns or j + 2 in nouns:
            out.append((i, j, None))
    return out


_CALL_VERBS = frozenset(("called", "calls", "call", "calling"))
_DETS = frozenset(("the", "their", "this", "that", "his", "her", "its", "these", "those"))


def _recap_as_generic(art: ArticleState, cats: Cues) -> None:
    """ "In the talks", "au cours de l'entretien", "в ходе переговоров", "nel colloquio": the
    call or video call in focus told again, not a meeting of its own."""
    focus = art.focus
    recaps = [(i, j) for i, j, _ in cats.get("recap", ())]
    if not recaps or focus is None or focus.medium not in ("phone", "video"):
        return
    meetings = cats.get("meeting", [])
    inside = [m for m in meetings if any(a <= m[0] and m[1] <= b for a, b in recaps)]
    if inside:
        cats["meeting"] = [m for m in meetings if m not in inside]
        cats.setdefault("generic", []).extend(inside)


def _anchored_contacts(
    art: ArticleState,
    anchored: list[tuple[str, list[Mention], int]],
    sentence_people: list[Mention],
    told: int,
    span: tuple[int, int],
) -> None:
    """ "X a vorbit la telefon cu Z la finalul întâlnirii cu Y": the meeting of X and Y,
    on the day of the call told beside it."""
    for category, met, at in anchored:
        subject = next(
            (m for m in sentence_people if m.start < at and m.key not in {n.key for n in met}),
            None,
        ) or next((m for m in sentence_people if m.key not in {n.key for n in met}), None)
        if subject is None or not all(m.person_id is not None for m in met):
            continue
        main = art.drafts[told] if len(art.drafts) > told else None
        day = (main.date_from, main.date_to) if main else (art.published, art.published)
        art.drafts.append(
            Draft(
                keys=list(dict.fromkeys([subject.key, *(m.key for m in met)])),
                medium=category if category in MEDIUM_ORDER else None,
                date_from=day[0],
                date_to=day[1],
                sentence=span,
                undated=True,  # "after" puts it before the contact beside it, on no day told
            )
        )


_AFTER_CUES = frozenset(("break", "after", "temporal"))


def _afternoon(tokens: list[Token], i: int) -> bool:
    """ "după-amiază", "după-amiezii": the afternoon, not "after"."""
    return (
        tokens[i].key == "dupa"
        and i + 1 < len(tokens)
        and tokens[i + 1].key.startswith(("amiaz", "amiez"))
    )


def _without_namesakes(
    tokens: list[Token],
    names: list[Mention],
    matches: list[Match],
    directory: Directory,
    *,
    german: bool,
) -> list[Mention]:
    """A surname after a given name that is not the person's: "Ludovic Orban" is not
    Viktor Orbán, "Mihai Sandu" is not Maia Sandu."""
    covered = {k for i, j, _ in matches for k in range(i, j)}
    # "in Paris" (no "Pary"), "Corea del Sur" (no "Correa"): a place, not a surname alone
    places = {
        k
        for i, j, (cat, _) in matches
        if cat == "country" and (j - i > 1 or tokens[i].key in PLACE_WORDS)
        for k in range(i, j)
    }
    out = []
    for m in names:
        if m.end - m.start == 1 and (m.start in places or tokens[m.start].key in PLACE_WORDS):
            continue
        k = m.start - 1
        if m.end - m.start == 1 and k >= 2 and _inside_place(tokens, k):
            continue  # "Dar es Salaam" is no Salam
        if m.end - m.start == 1 and k >= 0 and m.person_id is not None:
            t = tokens[k]
            before = tokens[k - 1].key if k > 0 else ""
            g = tokens[k - 1] if k > 0 else None
            if (
                g is not None
                and t.is_capitalised
                and t.key.isalpha()
                and g.is_capitalised
                and g.key.isalpha()
                and not (k in covered or k - 1 in covered)
                and not any(o.end in (m.start, k) for o in names)
                and any(directory.may_be_given_name(pid, g.skel) for pid in m.candidates)
            ):
                m.start = k - 1  # "Filipe Jacinto Nyusi": a middle name the directory lacks
                out.append(m)
                continue
            if (
                t.is_capitalised
                and t.key.isalpha()
                and len(t.key) >= 3
                and not t.text.isupper()
                and k not in covered
                and t.key not in _NOT_GIVEN
                # German capitalises its nouns: a word after an article is one of them
                and not (german and before in _GERMAN_ARTICLES)
                # a sentence's first word is capitalised anyway ("Ранее Фицо …"): only a
                # given name the directory knows counts there ("Mihai Sandu a declarat …")
                and (k > 0 or directory.is_given_name(t.skel))
                and not any(o.end == m.start for o in names)
                and not any(directory.may_be_given_name(pid, t.skel) for pid in m.candidates)
            ):
                continue
            if (
                t.is_capitalised
                and t.key.isalpha()
                and k not in covered
                and not any(o.end == m.start for o in names)
                and any(directory.may_be_given_name(pid, t.skel) for pid in m.candidates)
            ):
                m.start = k  # "Ibrahim Solih" for "Ibrahim Mohamed Solih": one name
        out.append(m)
    return out


_GERMAN_ARTICLES = frozenset(
    ("der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer")
)
_PLACE_LINKS = frozenset(("es", "am", "an", "sur", "upon"))


def _inside_place(tokens: list[Token], k: int) -> bool:
    """A lower-case link between capitalised words: "Dar es Salaam", "Frankfurt am Main"."""
    return (
        tokens[k].key in _PLACE_LINKS
        and not tokens[k].is_capitalised
        and (tokens[k - 1].is_capitalised and tokens[k - 1].key.isalpha())
    )


# Capitalised words before a surname that are not given names: function words, honorifics
# and titles the lexicon does not list alone ("Secretary Rubio", "Senator X").
_NOT_GIVEN = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
        "lord",
        "dame",
        "dl",
        "dna",
        "domnul",
        "doamna",
        "herr",
        "frau",
        "m",
        "mme",
        "monsieur",
        "madame",
        "signor",
        "signora",
        "sr",
        "sra",
        "senor",
        "senora",
        "don",
        "sheikh",
        "sheik",
        "prince",
        "princess",
        "crown",
        "prinz",
        "prinzessin",
        "and",
        "but",
        "the",
        "a",
        "an",
        "si",
        "iar",
        "dar",
        "insa",
        "le",
        "la",
        "les",
        "et",
        "mais",
        "der",
        "die",
        "das",
        "und",
        "aber",
        "il",
        "lo",
        "e",
        "ma",
        "el",
        "los",
        "y",
        "pero",
        "secretary",
        "senator",
        "sen",
        "governor",
        "gov",
        "mayor",
        "commissioner",
        "speaker",
        "chairman",
        "chairwoman",
        "chair",
        "vice",
        "deputy",
        "general",
        "gen",
        "admiral",
        "minister",
        "his",
        "her",
        "majesty",
        "highness",
        "excellency",
        "comrade",
        "gospodin",
        "president",
        "premier",
        "chancellor",
        "leader",
        "pope",
        "king",
        "queen",
        "emir",
        "sultan",
        "sheikha",
    ]
)


def _with_new_people(art: ArticleState, tokens: list[Token], names: list[Mention]) -> list[Mention]:
    """Names of people proposed earlier in the article, found again by surname."""
    if not art.new_surnames:
        return names
    # (a surname alone the directory gives someone the article never named yields to the
    # one it did: "Prime Minister Kim Min-seok … On Tuesday, Kim met …" is not Kim Jong Un)
    alone = {
        m.start: m
        for m in names
        if m.end - m.start == 1 and m.person_id is not None and m.person_id not in art.recent
    }
    names = [
        m for m in names if not (m.start in alone and tokens[m.start].skel in art.new_surnames)
    ]
    taken = {i for m in names for i in range(m.start, m.end)}
    extra = []
    for i, t in enumerate(tokens):
        key = art.new_surnames.get(t.skel) if t.is_capitalised and i not in taken else None
        if key is not None:
            extra.append(Mention(i, i + 1, new=art.new_people[key], kind="new"))
    return sorted([*names, *extra], key=lambda m: m.start)


# A public statement (folded stems): condolences voiced in one are no message to anyone
_STATEMENT = (
    "statement", "declarati", "dichiarazion", "comunicat", "communique", "comunicado",
    "erklarung", "zayavleni", "declaracao", "declaracion",
)


def _before_plan(
    tokens: list[Token], people: list[Mention], triggers: list, cats: Cues
) -> list[Mention]:
    """People named after a plan that follows the contact told ("X met A on Monday, and in
    the coming days he is due to meet B", "y tiene previsto reunirse con B", "et il doit
    rencontrer B") are parties to the plan, not to the contact."""
    first = min(i for i, _, _ in triggers)
    plans = [
        i
        for c in ("modal", "postmodal")
        for i, _, _ in cats.get(c, ())
        if i > first and any(tokens[k].key in _AND | _CLAUSE_JOINS for k in range(first, i))
    ]
    if not plans:
        return people
    cut = min(plans)
    kept = [m for m in people if m.start < cut]
    return kept if len({m.key for m in kept}) >= 2 else people


_CLAUSE_JOINS = frozenset(("y", "iar", "while", "whereas", "mientras", "tandis", "alors"))
_ACCORDING = frozenset(("potrivit", "conform", "according"))


def _ro_invited(tokens: list[Token], people: list[Mention]) -> list[Mention]:
    """ "l-a invitat pe Putin să viziteze China", "Putin este binevenit într-o vizită", "este
    așteptat la Beijing": the guest of a visit to come is no party to the contact told; nor
    the founder of a body named beside it."""
    out = []
    for m in people:
        # (a title may stand between: "l-a invitat pe președintele rus Vladimir Putin să")
        before = []
        for t in reversed(tokens[max(0, m.start - 6) : m.start]):
            if t.text in ",.;":
                break
            before.append(t.key)
        after = [t.key for t in tokens[m.end : m.end + 3]]
        invited = bool(_RO_INVITED.intersection(before)) and after[:1] == ["sa"]
        welcome = any(k.startswith(("binevenit", "asteptat")) for k in after[:2])
        # "Consiliul pentru Pace lansat de Donald Trump": the founder of a body named
        founder = any(
            before[k] == "de" and before[k + 1].startswith(_RO_FOUNDED)
            for k in range(len(before) - 1)
        )
        if not (invited or welcome or founder):
            out.append(m)
    return out


_RO_INVITED = frozenset(("invitat", "invitata", "invitati", "invita", "invitase"))
_RO_FOUNDED = ("lansat", "creat", "creata", "infiintat", "fondat")


def _with_shared_surnames(
    art: ArticleState, tokens: list[Token], names: list[Mention]
) -> list[Mention]:
    """A surname alone that several people in the directory bear ("Sharif", "Aoun") names
    the one of them the article named earlier ("Shehbaz Sharif … On Wednesday, Sharif met
    …"); with none or several of them named, no one."""
    if not art.recent:
        return names
    for m in names:
        if m.end - m.start == 1 and m.person_id is not None and m.person_id not in art.recent:
            # "Kim" the directory gives Kim Jong Un, after "Kim Min-seok" was named in full:
            # the one named
            other = _named_bearer(art, tokens[m.start])
            if other is not None:
                m.person_id, m.candidates = other, (other,)
    taken = {i for m in names for i in range(m.start, m.end)}
    added = []
    for i, t in enumerate(tokens):
        if i in taken or not t.is_capitalised or not t.key.isalpha() or len(t.key) < 3:
            continue
        if _next_capitalised(tokens, i):
            continue
        ids = {
            pid
            for v in name_variants(t, art.lang == "de")
            for pid in art.directory.shared_surname((v,))
        }
        named = [pid for pid in reversed(art.recent) if pid in ids]
        if named and len(set(named)) == 1:
            added.append(Mention(i, i + 1, person_id=named[0], candidates=(named[0],)))
    if not added:
        return names
    return sorted([*names, *added], key=lambda m: m.start)


def _named_bearer(art: ArticleState, t: Token) -> int | None:
    """The person the article named last whose first or last name is the word `t`."""
    variants = set(name_variants(t, art.lang == "de"))
    for pid in reversed(art.recent):
        p = art.directory.get(pid)
        parts = name_tokens(p.name) if p else ()
        if len(parts) >= 2 and (parts[0] in variants or parts[-1] in variants):
            return pid
    return None


def _next_capitalised(tokens: list[Token], i: int) -> bool:
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return bool(nxt and nxt.is_capitalised and nxt.key.isalpha())


def _visits_to_people(
    tokens: list[Token],
    cats: Cues,
    names: list[Mention],
    descs: list[Description],
    dates: list[DateExpr],
) -> list[tuple[int, int]]:
    """ "visited Putin", "l-a vizitat pe Putin", "a rendu visite à Poutine": visiting a
    person (not a place) is meeting them; so is "Orbán hat Putin besucht", verb last."""
    starts = {m.start for m in names} | {d.start for d in descs}
    dated = {k for d in dates for k in range(d.start, d.end)}
    out = []
    for i, j, _ in cats.get("visit", ()):
        if tokens[i].key in ("vizita", "vizitei") and j < len(tokens) and tokens[j].key == "lui":
            continue  # "vizita lui Putin": Putin's visit, the visitor named
        if tokens[i].text.lower().startswith(("визит", "візит")):
            continue  # "визит Лаврова": Lavrov's visit (the visitor in the genitive)
        if _person_follows(tokens, j, starts, dated):
            out.append((i, j))
        elif tokens[i].key.startswith("besucht"):
            before = [m for m in names if m.end <= i and i - m.end <= 4]
            if before and any(m.start < before[-1].start for m in names):
                out.append((i, j))
    return out


def _person_follows(tokens: list[Token], j: int, starts: set[int], dated: set[int]) -> bool:
    """A person named within a few words after `j`, before any place name."""
    for k in range(j, min(j + 5, len(tokens))):
        if k in starts:
            return not _possessive_follows(tokens, k)
        if k in dated:
            continue
        t = tokens[k]
        if t.is_capitalised or (t.key and t.key not in _VISIT_FILLER):
            return False
    return False


def _possessive(tokens: list[Token], j: int) -> bool:
    """ "the leaders' meeting", "Putin's envoy": a possessive ends right before `j`."""
    if j >= len(tokens) or j == 0:
        return False
    # "'s" is a token of its own; a plural's bare apostrophe leaves a gap of one character
    return tokens[j].key == "s" or tokens[j].start == tokens[j - 1].end + 2


def _possessive_follows(tokens: list[Token], k: int) -> bool:
    """ "visited Putin's home town": the name owns the place visited."""
    for n in range(k + 1, min(k + 5, len(tokens))):
        if tokens[n].key == "s" and tokens[n].start == tokens[n - 1].end + 1:
            return True
        if not tokens[n].is_capitalised:
            return False
    return False


_VISIT_FILLER = frozenset(
    ("to", "pe", "a", "al", "la", "lui", "au", "aux", "el", "il", "the", "his", "her", "on")
)


def _venues(tokens: list[Token]) -> list[int]:
    """ "la Beijing", "in Geneva", "в Кремле": a place where leaders meet in person."""
    return [
        i
        for i in range(len(tokens) - 1)
        if tokens[i].key in _AT
        and tokens[i + 1].is_capitalised
        and tokens[i + 1].key in VENUE_CITIES
    ]


# A participle that puts a named event somewhere: "the Assembly, held in London, …"
_SET_PARTICIPLES = frozenset(
    ("held", "hosted", "organised", "organized", "convened", "staged", "adopted", "signed")
    + ("desfasurat", "desfasurata", "organizat", "organizata", "gazduit", "gazduita")
    + ("adoptat", "adoptata", "semnat", "semnata", "convocat", "convocata")
)

_AT = frozenset(("in", "at", "la", "v", "vo", "a", "au", "im", "nel", "en", "din"))


def _future_tense(tokens: list[Token], lang: str) -> list[int]:
    """French, Italian, Spanish and Portuguese verbs in the future tense ("rencontrera",
    "incontrerà", "reunirá", "conversarão") or the conditional, and Romanian conditionals
    and subjunctives: plans and wishes."""
    if lang == "fr":
        return [
            i
            for i, t in enumerate(tokens)
            if _FR_FUTURE.search(t.key) and t.key not in _FR_NOT_FUTURE and not t.is_capitalised
        ]
    if lang == "it":
        rx = _IT_FUTURE
    elif lang == "es":
        rx = _ES_FUTURE
    elif lang == "pt":
        rx = _PT_FUTURE
    else:
        rx = None
    if rx is not None:
        # (the auxiliary of a contact on hearsay is none: "si sarebbero sentiti", "habrían
        # conversado", "teriam conversado")
        return [
            i
            for i, t in enumerate(tokens)
            if rx.search(t.text.lower()) and t.key not in _HEARSAY_AUXILIARIES
        ]
    if lang == "ro":
        return _ro_irrealis(tokens)
    return []


def _ro_irrealis(tokens: list[Token]) -> list[int]:
    """Romanian conditional and subjunctive: "m-aș aștepta ca X să intre în legătură cu Y",
    "i-a sugerat să revină cu un telefon", "ar discuta": a wish or a plan, not a contact.
    ("ar fi avut loc", "ar fi vorbit" report a contact on hearsay; "a reușit să vorbească"
    tells one.)"""
    out = []
    for i, t in enumerate(tokens):
        word = t.text.lower().replace("ş", "ș").replace("ǎ", "ă")
        nxt = tokens[i + 1].key if i + 1 < len(tokens) else ""
        prev = {x.key for x in tokens[max(0, i - 2) : i]}
        conditional = word in ("aș", "ar") and nxt != "fi"
        subjunctive = word == "să" and not any(p.startswith(("reus", "apuc")) for p in prev)
        if conditional or subjunctive:
            out.append(i)
    return out


# Future and conditional ("se rendrait", "rencontreraient"): a plan, not a contact.
_FR_FUTURE = re.compile(
    r"\w{3,}(?:era|eront|eras|erai|erons|erez|ira|iront|dra|dront|vra|vront|rait|raient)$"
)
_FR_NOT_FUTURE = frozenset(
    (
        "camera",
        "opera",
        "riviera",
        "ultra",
        "extra",
        "contra",
        "mantra",
        "portrait",
        "retrait",
        "extrait",
        "attrait",
        "abstrait",
        "distrait",
    )
)
# (and the conditional: "incontrerebbe", "se reunirían", "conversariam")
_HEARSAY_AUXILIARIES = frozenset(
    ("avrebbe", "avrebbero", "sarebbe", "sarebbero", "habria", "habrian", "teriam", "haveriam")
)
_IT_FUTURE = re.compile(r"\w{2,}(?:rà|ranno|remo|rete|rebbe|rebbero)$")
_ES_FUTURE = re.compile(r"\w{2,}(?:rá|rán|rían)$")
_PT_FUTURE = re.compile(r"\w{2,}(?:rá|rão|remos|riam)$")


def _exclude_staff(
    tokens: list[Token], names: list[Mention], cats: Cues, directory: Directory, day: dt.date | None
) -> None:
    """Spokespeople, advisers, ambassadors and former officials named beside their title."""
    role_tokens = {k: j for i, j, _ in cats.get("roles", ()) for k in range(i, j)}
    role_ends = {j for _, j, _ in cats.get("roles", ())}
    role_starts = {i for i, _, _ in cats.get("roles", ())}
    # a staff word inside a role is part of it, unless the staff phrase is the longer one
    # ("chief of staff" is not a "chief")
    staff = [
        (i, j)
        for c in ("staff", "former")
        for i, j, _ in cats.get(c, ())
        if i not in role_tokens or role_tokens[i] < j
    ]
    staff += elect_roles(
        [(i, j, (c, v)) for c in ("roles", "elect") for i, j, v in cats.get(c, ())]
    )
    triggers = sorted(i for c in _TRIGGERS for i, _, _ in cats.get(c, ()))
    elect = [
        i
        for i, _ in elect_roles(
            [(i, j, (c, v)) for c in ("roles", "elect") for i, j, v in cats.get(c, ())]
        )
    ]
    said = [i for i, _, _ in cats.get("attrib", ())]
    country_tokens = {k for i, j, _ in cats.get("country", ()) for k in range(i, j)}
    for m in names:
        # "when Trump was president-elect", "Nicuşor Dan, preşedintele ales": not yet in
        # office, wherever the sentence names him
        if m.person_id is not None and any(
            m.end <= i <= m.end + 3 and all(t.key in _COPULA for t in tokens[m.end : i])
            for i in elect
        ):
            for o in names:
                if o.person_id == m.person_id:
                    o.excluded = True
        prev_end = max((o.end for o in names if o.end <= m.start), default=-1)
        for i, j, _ in cats.get("staff", ()):
            if i in role_tokens and role_tokens[i] >= j:
                continue  # "Înaltul Reprezentant": a title, not staff
            # "a avut o întâlnire cu ambasadorul Slovaciei, căruia i-a transmis urări pentru
            # Robert Fico": met "with" staff, the people named after are not met
            met_with = any(tokens[k].key in _WITH for k in range(max(i - 3, 0), i)) and not any(
                max(i - 3, 0) <= o.start < i for o in names
            )  # "with the Slovak ambassador", "cu ambasadorul"
            if met_with and j <= m.start and not any(t.key in _WITH for t in tokens[j : m.start]):
                m.excluded = True
        for i, j in staff:
            # "consilierul diplomatic al Kremlinului, Iuri Ușakov", "former President X"
            # (not a name with a title of its own between: "Ambasadorul SUA i-a transmis
            # preşedintelui Nicuşor Dan …"; "former President X" keeps its title inside)
            # (the whole title: "former Nepal prime minister X" is not titled "minister"; a
            # country word between is the title's own: "former South Korean president X")
            lead = min((a for a, b, _ in cats.get("roles", ()) if b == m.start), default=-1)
            titled = lead > j + 1 and not all(k in country_tokens for k in range(j, lead))
            if (
                prev_end <= i
                and j <= m.start
                and m.start - j <= 8
                and not any(j <= t < m.start for t in triggers)
                and not titled
            ):
                m.excluded = True
            # "Dmitri Peskov, purtătorul de cuvânt" (not "Sikorski, precum și cu ambasadorul")
            if (
                m.end < len(tokens)
                and tokens[m.end].text == ","
                and m.end < i <= m.end + 4
                and not any(t.key in _LINKS for t in tokens[m.end + 1 : i])
                # "…, Luminița Odobescu, a anunțat purtătorul de cuvânt": the spokesperson
                # announced the contact, and the name before is a party to it
                and not any(m.end < a < i for a in said)
                # "…, the State Department spokesman announced": the spokesperson reports it
                and not any(
                    j <= a <= j + 4 and not any(t.text == "," for t in tokens[j:a]) for a in said
                )
                # "calls from X, former Maldives president Y and …": the next item of a list
                and not _titled_name_follows(tokens, names, cats, j)
            ):
                m.excluded = True
            # "Trump's envoy", "Putin's spokesman": the boss is not a party either
            if m.end < len(tokens) and tokens[m.end].key == "s" and m.end < i <= m.end + 2:
                m.excluded = True
        # "despite President Trump's refusal": the owner of something else than a contact
        # ("Putin's talks with X" keeps him) is no party; also after "the two leaders" told
        # the parties ("the two leaders discussed … Putin's campaign of sabotage")
        pair_before = any(i < m.start for c in ("pair", "pair_weak") for i, _, _ in cats.get(c, ()))
        if (
            any(i == m.end for i, _, _ in cats.get("apostrophe_s", ()))
            and (pair_before or any(o.start < m.start for o in names))
            and not any(m.end < t <= m.end + 3 for t in triggers)
            and not any(
                m.end < i <= m.end + 3 for c in ("roles", "visit") for i, _, _ in cats.get(c, ())
            )
        ):
            m.excluded = True
        # "la vicepresidenta de Nicolás Maduro", "vicepreședinta lui X", "Maduro's vice
        # president": the one whose officer someone is, not a party himself
        if m.start >= 2 and tokens[m.start - 1].key in _OWNER_OF and m.start - 1 in role_ends:
            m.excluded = True
        if any(i == m.end for i, _, _ in cats.get("apostrophe_s", ())) and m.end + 1 in role_starts:
            m.excluded = True
        # "negotiations with the Trump administration", "l'administration Trump": a name as
        # the attribute of a body, not a party
        if any(i == m.end or j == m.start for i, j, _ in cats.get("attributed", ())):
            m.excluded = True
        # "deputising for Prime Minister Johnson", "în locul lui X": someone else stood in
        for _i, j, _ in cats.get("instead", ()):
            if 0 <= m.start - j <= 6 and not any(j <= t < m.start for t in triggers):
                m.excluded = True
        # "spoke about Zelensky's plan", "a vorbit despre Putin", "despre pregătirea unei vizite
        # a premierului": the topic, not a party (up to a comma, "with" or contact word)
        for _i, j, _ in cats.get("topic", ()):
            if _in_topic(tokens, j, m.start, triggers):
                m.excluded = True
        # "potrivit lui Uşakov", "said Peskov": the source of a statement, not a party to it
        # (but "said Putin had received …" reports what Putin did: a verb follows the name)
        thats = {i for i, _, _ in cats.get("that", ())}
        ends_phrase = m.end >= len(tokens) or not tokens[m.end].key
        for _i, j, _ in cats.get("attrib", ()):
            if (
                j <= m.start <= j + 2
                and ends_phrase
                and not any(j <= t < m.start for t in triggers)
                and not any(j <= t < m.start for t in thats)  # "a declarat joi că Putin …"
            ):
                m.source = True
        if m.person_id is not None and day is not None:
            p = directory.get(m.person_id)
            o = p.office_on(day) if p else None
            if o is not None and o.is_staff:
                m.excluded = True


# A genitive between a title and the name of its holder's superior: "of", "de", "lui", "di"
_OWNER_OF = frozenset(("of", "de", "lui", "di", "del", "von", "du", "do", "da"))


def _titled_name_follows(tokens: list[Token], names: list[Mention], cats: Cues, j: int) -> bool:
    """A name of its own right after a staff or former title ("former Maldives president
    Mohamed Nasheed"): the title is that person's, not an apposition to the name before."""
    if any(j <= m.start <= j + 3 for m in names):
        return True
    return any(
        j <= a <= j + 3
        and b + 1 < len(tokens)
        and all(t.is_capitalised and t.key.isalpha() for t in tokens[b : b + 2])
        for a, b, _ in cats.get("roles", ())
    )


def _regional(tokens: list[Token], lead: int, names: set[int], cats: Cues) -> bool:
    """A capitalised word that is no country, name, article or title right before a title
    without a country: a region's or a body's ("Ontario Premier", "Bavarian Minister")."""
    k = lead - 1
    if k < 0:
        return False
    t = tokens[k]
    if not (t.is_capitalised and t.key.isalpha()) or k in names or t.key in _NOT_GIVEN:
        return False
    if k == 0 or tokens[k - 1].text in ("—", "–", "-", "(", ")", '"', "“", "„", ":"):
        return False  # a sentence's or a quote's first word is capitalised anyway
    covered = {
        n for c in ("country", "roles", "eu_body", "counterpart", "former", "elect", "staff")
        for i, j, _ in cats.get(c, ()) for n in range(i, j)
    }
    return k not in covered and t.key not in _APPOSITION


# "the office of", "funcția de", "le poste de": an office named, not a person holding it
_OFFICE_OF = frozenset(
    [
        ("functia", "de"),
        ("functiei", "de"),
        ("postul", "de"),
        ("office", "of"),
        ("post", "of"),
        ("poste", "de"),
        ("fonction", "de"),
        ("fonctions", "de"),
        ("carica", "di"),
        ("cargo", "de"),
        ("amt", "des"),
    ]
)


def _in_topic(tokens: list[Token], j: int, k: int, triggers: list[int]) -> bool:
    """Whether token `k` is inside the topic phrase opened by "about", "despre", "sur" and
    ending at `j`: no comma, "with" or contact word between, and not far off."""
    if not 0 <= k - j <= 12:
        return False
    return not any(
        tokens[n].text in (",", ";", ":") or tokens[n].key in _WITH for n in range(j, k)
    ) and not any(j <= t < k for t in triggers)


# "was", "era", "war": a name's predicate follows
_COPULA = frozenset(
    (
        "",
        "was",
        "is",
        "still",
        "then",
        "era",
        "este",
        "inca",
        "atunci",
        "pe",
        "war",
        "ist",
        "noch",
        "etait",
        "est",
        "encore",
        "fue",
        "es",
        "era",
        "aun",
        "ancora",
        "byl",
        "byla",
    )
)
# Words that join another party rather than describe the one before the comma.
_LINKS = frozenset(
    ("and", "with", "as", "si", "cu", "precum", "et", "avec", "und", "mit", "e", "con", "y", "i")
)


def _object_relatives(
    art: ArticleState,
    tokens: list[Token],
    cats: Cues,
    names: list[Mention],
    descs: list[Description],
    relatives: list[int],
) -> dict[int, int]:
    """Relative pronouns right after a comma that closes a person named after another one
    ("X became the third leader phoned by the US president, who in February placed calls to
    A and B"), when contact words follow in the relative clause: pronoun -> antecedent start."""
    spans = _person_spans(names, descs)
    contact = sorted(
        i for c in ("phone", "video", "meeting", "message") for i, _, _ in cats.get(c, ())
    )
    out = {}
    for r in relatives:
        if tokens[r - 1].text != ",":
            continue
        antecedent = [a for a, b in spans if b == r - 1]
        first = min(antecedent, default=0)
        # (someone else named before it, not its own title: "Brazil's President X, who …")
        if not antecedent or not any(
            b < first and not _apposed(tokens, b, first) for _, b in spans
        ):
            continue
        close = next((k for k in range(r + 1, len(tokens)) if tokens[k].text == ","), None)
        nested = close is not None and (
            any(close < x <= close + 3 for x in relatives)
            or (close + 1 < len(tokens) and tokens[close + 1].key in _WHERE)
        )
        if close is not None and not nested:
            # closed by a comma: the sentence goes on about someone else (not when another
            # relative clause opens there: "X, care a ajuns de la Odesa, oraș în care se
            # întâlnise cu Y": the place where X met Y)
            continue
        # its own counterparts, named before any purpose or other clause ("…, who called
        # him to brief him on his talks with X" is the contact told, X no party to it)
        opening = range(close + 1, close + 4) if close is not None else range(0)
        opening_breaks = {i for i, _, _ in cats.get("break", ()) if i in opening}
        end = min(
            [
                i
                for c in ("break", "purpose")
                for i, _, _ in cats.get(c, ())
                if i > r and i not in opening
            ]
            + [k for k in range(r + 1, len(tokens) - 1) if _infinitive(tokens, k)]
            + [len(tokens)]
        )
        if any(r < i < end for i in contact) and any(r < a < end for a, _ in spans):
            out[r] = antecedent[0]
            art.relative_end[r] = r - 1
            if nested and close is not None:
                # the nested clause ("…, where he met Y") tells the antecedent's contact
                inner = next(
                    (x for x in opening if x in relatives or x in opening_breaks),
                    None,
                )
                if inner is not None and any(inner < i < end for i in contact):
                    out[inner] = antecedent[0]
                    art.relative_end[inner] = r - 1
    return out


def _person_spans(names: list[Mention], descs: list[Description]) -> list[tuple[int, int]]:
    """Where each person the sentence names (not excluded) or describes starts and ends."""
    return sorted(
        [(m.start, m.end) for m in names if not m.excluded]
        + [(d.first, d.end) for d in descs]
    )


# "where" opening a relative clause of place ("…, where he met X")
_WHERE = frozenset(("where", "unde", "ou", "wo", "dove", "donde", "onde", "gde"))


def _pair_relatives(
    art: ArticleState,
    tokens: list[Token],
    cats: Cues,
    names: list[Mention],
    descs: list[Description],
    relatives: list[int],
) -> set[int]:
    """A relative clause closed by a comma after a pair ("X and his counterpart Y, who met in
    Riyadh on 18 February, spoke by phone on Saturday", "X și Y, care s-au întâlnit …, au
    vorbit …", "X und Y, die sich … getroffen hatten, telefonierten …"), with contact words
    both inside it and after it: two contacts of the pair. Returns where the relative clause
    and the rest of the main clause start."""
    spans = _person_spans(names, descs)
    contact = sorted(
        i
        for c in ("phone", "video", "meeting", "message", "generic")
        for i, _, _ in cats.get(c, ())
    )
    starts = list(relatives)
    if art.lang == "de":
        # "…, die sich … getroffen hatten": the reciprocal after a comma
        starts += [
            r
            for r in range(1, len(tokens) - 1)
            if tokens[r - 1].text == ","
            and tokens[r].key in ("die", "der")
            and tokens[r + 1].key == "sich"
        ]
    out: set[int] = set()
    for r in starts:
        if tokens[r - 1].text != ",":
            continue
        last = [a for a, b in spans if b == r - 1]
        if not last:
            continue
        # (joined by "and" to the next one named: "X și omologul său rus, Y, care")
        first = [
            a
            for a, b in spans
            if b < last[0]
            and any(
                tokens[k].text.lower() in _AND_WORDS
                for k in range(b, min(a2 for a2, _ in spans if a2 >= b))
            )
        ]
        if not first or any(i < r for i in contact):
            continue  # (the pair is the subject of the main clause's contact after it)
        close = next((k for k in range(r + 1, len(tokens)) if tokens[k].text == ","), None)
        if close is None or any(r < a < close for a, _ in spans):
            continue  # the relative clause names its own counterparts
        if (
            any(r < i < close for i in contact)
            and any(close < i for i in contact)
            and not any(close < a for a, _ in spans)
        ):
            out |= {r, close + 1}
    return out


def _infinitive(tokens: list[Token], k: int) -> bool:
    """English "to" before a verb ("called him to brief him"), not before a name or noun."""
    nxt = tokens[k + 1]
    return (
        tokens[k].key == "to"
        and nxt.key.isalpha()
        and not nxt.is_capitalised
        and nxt.key not in _DETERMINERS
    )


_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "their", "its", "our", "both", "all"))


def _clauses(
    tokens: list[Token], cats: Cues, people_at: frozenset[int], front: int | None
) -> list[tuple[int, int]]:
    """The sentence's clauses, cut at its breaks, semicolons and the end of a phrase put first
    (`front`, from `_front_end`)."""
    cuts = {i for i, _, _ in cats.get("break", ()) if i > 0}
    cuts |= {i for i, t in enumerate(tokens) if t.text == ";"}
    if front is not None and _during_unnamed(tokens, cats, front, people_at):
        # "Lors d'un appel téléphonique mardi, X a exhorté son homologue Y …", "During a call
        # on Tuesday, X urged Y …": the contact of the people the main clause names
        front = None
    if front is not None and not any(0 < c < front for c in cuts):
        cuts.add(front)
    bounds = [0, *sorted(cuts), len(tokens)]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def _days_between(tokens: list[Token], cats: Cues, lo: int) -> int:
    """-N for a clause opened by "N days after", +N for "N days before"; else 0."""
    if lo < 2:
        return 0
    after = any(i == lo for i, _, _ in cats.get("after", ()))
    before = tokens[lo].key in _BEFORE
    if not (after or before):
        return 0
    units = [(i, j) for i, j, _ in cats.get("dayunit", ()) if j == lo]
    if not units:
        return 0
    k = units[0][0]
    numbers = {b: int(v) for _, b, v in cats.get("numbers", ())}
    n = int(tokens[k - 1].key) if tokens[k - 1].key.isdigit() else numbers.get(k, 0)
    if not 0 < n <= 14:
        return 0
    return -n if after else n


_BEFORE = frozenset(("before", "inainte", "avant", "vor", "prima", "antes", "перед", "до"))


def _without_aside(
    tokens: list[Token], people: list[Mention], triggers: list, relatives: list[int], lo: int
) -> list[Mention]:
    """ "El canciller X, que acompaña a Fernández en la gira, mantuvo un desayuno con Y",
    "Le ministre X, qui accompagne Macron en Inde, s'est entretenu avec Y": someone named
    inside a relative clause between commas, after the subject and before the contact
    words, is no party to the contact when the main clause names its counterpart."""
    first = min(i for i, _, _ in triggers)
    out = people
    for r in relatives:
        if not lo < r < first or not any(m.end == r - 1 for m in people):
            continue
        close = next((k for k in range(r + 1, first) if tokens[k].text == ","), None)
        if close is None or not any(m.start > first for m in people):
            continue  # ("…, che aveva criticato il Pontefice, ha avuto un incontro": his)
        out = [m for m in out if not r < m.start < close]
    return out


def _calls_by_relative(
    tokens: list[Token], kept: list[tuple[int, int, str]], lang: str
) -> list[tuple[int, int, str]]:
    """ "Reuniunea virtuală a fost inițiativa lui Macron, care l-a sunat vineri pe Trump",
    "the video summit was Macron's idea, who phoned Trump": the virtual meeting is the topic
    of the main clause, the call in the relative clause is the contact told."""
    videos = [i for i, _, c in kept if c == "video"]
    phones = [i for i, _, c in kept if c == "phone"]
    for r in _relatives(tokens, lang):
        if max(videos) < r < min(phones):
            return [t for t in kept if t[2] != "video"]
    return kept


def _relatives(tokens: list[Token], lang: str) -> list[int]:
    """Relative pronouns opening a clause after a comma ("…, which", "…, care", "…, țară
    care", "…, a country which")."""
    words = _RELATIVE.get(lang, _RELATIVE["en"])
    out = []
    for i in range(1, len(tokens)):
        if tokens[i].key not in words:
            continue
        k = i - 1
        while k > 0 and i - k <= 2 and tokens[k].key and not tokens[k].is_capitalised:
            k -= 1
        if tokens[k].text == ",":
            out.append(i)
    return out


_RELATIVE = {
    "en": frozenset(("which", "who", "whose", "whom")),
    # (also the possessive "a cărui", "a cărei", "ale căror": "X, a cărui țară deține …")
    "ro": frozenset(("care", "caruia", "careia", "carora", "carui", "carei", "caror")),
    "fr": frozenset(("qui", "dont", "lequel", "laquelle")),
    "it": frozenset(("che", "cui", "quale")),
    "es": frozenset(("que", "quien", "quienes", "cuyo", "cuya")),
    "pt": frozenset(("que", "quem", "cujo", "cuja")),
    "ru": frozenset(("kotoryy", "kotoraya", "kotoroe", "kotorye", "kotorogo", "kotoroy")),
    "uk": frozenset(("yakiy", "yaka", "yake", "yaki")),
    "de": frozenset(),
}


_ANY_RELATIVE = frozenset().union(*_RELATIVE.values())


def _occasion(art: ArticleState, date: DateExpr, cats: Cues) -> DateExpr:
    """A message's day that is the day of the occasion it marks ("congratulations on his
    election last Friday"): sent between that day and the day it was made public (the
    wire's dateline, else publication)."""
    if not date.is_day or not any(0 < date.start - j <= 3 for _, j, _ in cats.get("occasion", ())):
        return date
    public = art.dateline_day or art.published
    if public <= date.date_from:
        return date
    return DateExpr(date.start, date.end, date.date_from, public, "range")


def _nearest(dates: list[DateExpr], anchors: list[int], said: list[int]) -> DateExpr | None:
    """The date expression closest to a trigger word; one right after "said" comes last
    ("said on Sunday he had spoken … on Saturday")."""
    if not dates:
        return None

    def distance(d: DateExpr) -> tuple[int, int]:
        near = min(min(abs(d.start - a), abs(d.end - 1 - a)) for a in anchors)
        penalty = 20 if any(0 <= d.start - j <= 2 for j in said) else 0
        if any(j <= d.start and j > max(anchors) for j in said):
            penalty = 20  # the day of a statement told after the contact
        return near + penalty, d.width

    return min(dates, key=distance)


def _message_range(
    art: ArticleState, dates: list[DateExpr], clauses: list[tuple[int, int]], ci: int, cats: Cues
) -> DateExpr | None:
    """A message sent after event E and made public on the publication day: [E, published]."""
    after = {i for i, _, _ in cats.get("after", ())}
    for lo, hi in clauses[ci + 1 : ci + 2]:
        if lo in after:
            ds = [d for d in dates if lo <= d.start < hi]
            if ds and ds[0].date_from <= art.published:
                return DateExpr(ds[0].start, ds[0].end, ds[0].date_from, art.published, "range")
    return None


_DAY_WORDS = ("weekdays", "months", "today", "yesterday")


def _clause_people(
    art: ArticleState,
    tokens: list[Token],
    names: list[Mention],
    descs: list[Description],
    lo: int,
    hi: int,
    day: dt.date,
    before: list[Mention],
    cats: Cues,
) -> list[Mention]:
    directory = art.directory
    out: list[Mention] = []
    named = [m for m in names if lo <= m.start < hi]
    for m in named:
        if len(m.candidates) > 1:
            # "Pope", "Costa": of everyone with that name, whoever held an office that day
            held = [pid for pid in m.candidates if (p := directory.get(pid)) and p.office_on(day)]
            m.person_id = held[0] if held else m.candidates[0]
    subject = _subject(art, before + named)
    stop = {i for m in names for i in range(m.start, m.end)}
    # (days are no one's name: "On Friday, the French president …", "Last Friday, …")
    day_words = {i for c in _DAY_WORDS for s, e, _ in cats.get(c, ()) for i in range(s, e)}
    pairs = [(i, j) for i, j, _ in cats.get("pair", ())]
    for d in (d for d in descs if lo <= d.start < hi):
        _record_title(art, tokens, d, names, day, cats)
    if subject is None:
        subject = _titled_subject(art, before + named)
    for d in (d for d in descs if lo <= d.start < hi):
        if subject is None and out and out[0].person_id is not None:
            subject = directory.get(out[0].person_id)  # "Le président français …"
        if not d.countries and any(i <= d.end and d.start <= j + 1 for i, j in pairs):
            continue  # "the two leaders", "cei doi lideri": the pair already named
        lead = d.first
        if not d.countries and _regional(tokens, lead, stop, cats):
            continue  # "Ontario Premier Doug Ford", "Texas Governor": not a state's official
        if lead >= 2 and (tokens[lead - 2].key, tokens[lead - 1].key) in _OFFICE_OF:
            continue  # "învestirea în funcția de președinte al SUA": the office, not its holder
        if not d.countries and d.role in _STATE_TITLES and _of_unknown_body(tokens, d, stop):
            continue  # "X, președintele Senatului": the head of a body that is no state
        if any(0 <= lead - j <= 1 for _, j, _ in cats.get("former", ())):
            # "l'ancien Premier ministre néerlandais", "the former Japanese prime minister",
            # "fostul președinte": someone who held the office once, not its holder that day
            continue
        every = sorted(i for c in _TRIGGERS for i, _, _ in cats.get(c, ()))
        if any(_in_topic(tokens, j, lead, every) for _, j, _ in cats.get("topic", ())):
            continue  # "a vorbit despre liderul rus", "spoke about the Russian leader"
        # A description beside a name only qualifies that name: "preşedintele american Trump".
        beside = [
            m
            for m in names
            if _apposed(tokens, d.end, m.start)
            or (_apposed(tokens, m.end, d.start) and not _fronted(tokens, m))
        ]
        two = _plural_pair(art, tokens, d, names, subject, day)
        if two:
            # "foreign ministers Ronald Lamola and Yusuf Tuggar met": the two countries of the
            # article's first contact between two countries, in the order it named them
            out.extend(two)
            continue
        if beside:
            continue
        guessed = d
        if not d.countries and d.role in _NAMED_ROLES:
            code = _listed_country(tokens, d, descs, names) or _unnamed_country(art, d, day, names)
            if code is not None:
                guessed = Description(d.start, d.end, d.role, [(code, "")], lead=d.lead)
        # (not across another title: "vicepremierul și ministrul de externe al Iordaniei, X")
        titles = {k for o in descs if o is not d for k in range(o.start, o.end)}
        nm = new_person(tokens, guessed, names, stop | titles | day_words, art.lang)
        lead = d.first
        before_lead = [j for c in ("instead", "former", "staff") for _, j, _ in cats.get(c, ())]
        if nm is not None and any(0 <= lead - j <= 3 for j in before_lead):
            continue  # "standing in for Prime Minister X", "former Foreign Minister X"
        own = subject.office_on(day) if subject is not None else None
        if own is None and subject is not None and ("id", subject.id) in art.titled:
            own = art.titled[("id", subject.id)]  # type: ignore[assignment]
        if own is None:
            # the subject may be someone proposed earlier in the sentence: "Ministrul
            # Apărării, Angel Tîlvăr, a vorbit cu omologul turc, Hulusi Akar"
            proposed = next((m.new for m in [*before, *out] if m.new is not None), None)
            own = proposed  # type: ignore[assignment]
        if nm is None and d.counterpart and d.countries and own is not None:
            # "omologul său britanic, Dominic Raab": a named counterpart the directory does
            # not know holds the subject's office in the other country
            as_role = Description(d.start, d.end, own.role, d.countries, lead=d.lead)
            nm = new_person(tokens, as_role, names, stop | day_words, art.lang)
        if nm is not None and nm.new is not None:
            nm = _as_spelled(art.text, tokens, nm)
        if nm is not None:
            known = directory.by_alias(nm.new.name) if nm.new else ()
            if known:
                nm = Mention(nm.start, nm.end, person_id=known[0].id, kind="name")
            out.append(nm)
            continue
        earlier = [m for m in [*before, *named] if m.start < d.start or m in before]
        if not d.countries and not d.counterpart:
            if _of_unknown_body(tokens, d, stop) or d.role == "leaders":
                # "șeful Alianței", "the head of the Agency": no one we can name; "liderii
                # filialelor": several people, none of them one named before
                continue
            if d.role == "minister" and _portfolio_follows(tokens, d.end):
                continue  # "ministrul Finanțelor", "the interior minister": someone unnamed
            # not someone met "with": "Înaintea întâlnirii cu Trump, șeful statului …"
            subjects = [m for m in earlier if not _after_with(tokens, m)]
            bare = _bare_role(art, d.role, day, [m.key for m in subjects])
            if bare is not None:
                out.append(bare._replace_span(d.start, d.end))
                continue
            home = _home_holder(art, d.role, day)
            if home is not None:
                # "El Rey recibió …", "Președintele a primit …" with no one else of that rank
                # named: the home country's
                out.append(Mention(d.start, d.end, person_id=home.id, kind="description"))
                continue
        local = [m.person_id for m in earlier if m.person_id is not None]
        if d.counterpart and d.countries and subject is None and own is not None:
            # "Le chef de l'État guinéen, X, a écrit à son homologue français": a subject the
            # directory does not know has an office all the same; the counterpart holds it
            d = Description(d.start, d.end, own.role, d.countries, lead=d.lead)
        lead = d.first
        # (met "with" them: someone else is the other party)
        met_with = any(tokens[k].key in _WITH for k in range(max(lo, lead - 3), lead))
        listed = _by_countries_only(tokens, d, others=bool(named or before) or met_with)
        for p in resolve_description(
            d, directory, day, subject=subject, local=local, article=art.recent
        ):
            if listed and not _named_in(art, p):
                # "the leaders of Finland, France and Italy joined the call", "omologii săi
                # din Italia, Bulgaria și Austria": people the article never names are left
                # out (README rule 4); "omologii din Suedia și Finlanda" named later stay
                continue
            out.append(Mention(d.start, d.end, person_id=p.id, kind="description"))
    out.extend(m for m in named if not m.excluded and not m.source)
    if len({m.key for m in out}) == 1:
        # "Bei einem Treffen mit Macron … sagte Merz": the one who speaks is the other party
        out.extend(m for m in named if m.source and not m.excluded and m.key != out[0].key)
    out.sort(key=lambda m: m.start)
    seen: set[Key] = set()
    unique = []
    for m in out:
        if m.key not in seen:
            seen.add(m.key)
            unique.append(m)
            art.mentioned.append(m.key)
            if m.new is not None:
                art.new_people[m.key] = m.new
                # Later sentences may name them by surname alone: "Bennett then spoke …"
                surname = tokens[m.end - 1].skel
                art.new_surnames.setdefault(surname, m.key)
                if not tokens[m.end - 1].is_capitalised:
                    # "Cho Tae-yul", "Cho": the family name comes first
                    art.new_surnames.setdefault(tokens[m.start].skel, m.key)
    return unique


def _record_title(
    art: ArticleState,
    tokens: list[Token],
    d: Description,
    names: list[Mention],
    day: dt.date,
    cats: Cues,
) -> None:
    """ "Ministrul de Interne, Cătălin Predoiu", "Commerce Secretary X": a person the directory
    knows without an office that day, titled as a serving official, takes the title's office."""
    if d.counterpart or d.role not in _TITLE_ROLES:
        return
    lead = d.first
    not_serving = [
        j for c in ("former", "staff", "instead", "elect") for _, j, _ in cats.get(c, ())
    ]
    if any(0 <= lead - j <= 3 for j in not_serving):
        return  # "former prime minister X", "fostul ministru"
    k = d.end
    comma = next((n for n in range(k, min(k + 6, len(tokens))) if tokens[n].text == ","), None)
    for m in names:
        if m.person_id is None or m.excluded or m.key in art.titled:
            continue
        apposed = _apposed(tokens, d.end, m.start) or _apposed(tokens, m.end, d.start)
        after_portfolio = (
            comma is not None
            and m.start == comma + 1
            and not any(o.start < comma and o.end > d.end for o in names)
        )
        if not (apposed or after_portfolio):
            continue
        p = art.directory.get(m.person_id)
        if p is None or p.office_on(day) is not None:
            continue
        code = d.countries[0][0] if d.countries else p.country
        role = _TITLE_ROLES[d.role]
        if not code or (role in _SINGLE_HOLDER and art.directory.holder(role, code, day)):
            continue  # someone else held that office that day ("top diplomat Wang Yi")
        art.titled[m.key] = NewPerson(p.name, code, role, "")


# Titles that tell a serving official's office, and the role each gives.
_TITLE_ROLES = {
    "head_of_state": "head_of_state",
    "head_of_government": "head_of_government",
    "foreign_minister": "foreign_minister",
    "minister": "minister",
    "vice_president": "other_official",
    "secretary_of_state": "foreign_minister",
}


def _titled_subject(art: ArticleState, mentions: list[Mention]) -> PersonEntry | None:
    """The first person named who is known without an office but titled as a serving one."""
    for m in mentions:
        if m.person_id is not None and not m.excluded and not m.source and m.key in art.titled:
            return art.directory.get(m.person_id)
    return None


def _as_spelled(text: str, tokens: list[Token], m: Mention) -> Mention:
    """A proposed name as the text spells it: "Cho Tae-yul", "Gideon Sa'ar", "Kassym-Jomart"."""
    new = m.new
    if new is None or m.end <= m.start:
        return m
    end = m.end
    # a lower-case part after a hyphen: "Tae-yul"
    while (
        end < len(tokens)
        and tokens[end].key.isalpha()
        and text[tokens[end - 1].end : tokens[end].start] == "-"
    ):
        end += 1
    spelled = " ".join(text[tokens[m.start].start : tokens[end - 1].end].split())
    if any(ord(ch) > 0x24F for ch in spelled) or not _SPELLED.fullmatch(spelled):
        return m  # another script (romanized), or punctuation inside: keep the proposal
    proposed = NewPerson(spelled, new.country, new.role, new.title)
    return Mention(m.start, end, new=proposed, kind="new")


_SPELLED = re.compile(r"[^\W\d_]+(?:[ '’.-][^\W\d_]+)*")


_NAMED_ROLES = frozenset(("head_of_state", "head_of_government", "foreign_minister", "minister"))
# Offices with one holder at a time: an unknown name cannot hold one the directory fills.
_SINGLE_HOLDER = frozenset(("head_of_state", "head_of_government", "foreign_minister"))


def _unnamed_country(
    art: ArticleState,
    d: Description,
    day: dt.date,
    names: list[Mention],
) -> str | None:
    """The country of a title told without one ("Foreign Minister X said after talks with
    Lavrov"): the home country of the language ("premierul X"), else the one country the
    sentence names besides those of the people in it, else the dateline's; none of them
    when the directory knows someone else in that office that day. None rather than a guess.
    """
    directory = art.directory

    def free(code: str) -> bool:
        return d.role not in _SINGLE_HOLDER or directory.holder(d.role, code, day) is None

    home = HOME_COUNTRY.get(art.lang)
    if home is not None and free(home):
        return home
    others = set()
    for m in names:
        p = directory.get(m.person_id) if m.person_id is not None else None
        o = p.office_on(day) if p else None
        if o is not None:
            others.add(o.country)
    named = set(art.sentence_countries) - others
    if len(named) == 1:
        code = next(iter(named))
        return code if free(code) else None
    if not named and art.dateline is not None and art.dateline not in others:
        return art.dateline if free(art.dateline) else None
    capitals = art.capitals - others
    if not named and len(capitals) == 1:
        # "Foreign minister X held a call with his Japanese counterpart … According to
        # Seoul's foreign ministry, …": the one capital the article speaks for
        code = next(iter(capitals))
        return code if free(code) else None
    return None


def _listed_country(
    tokens: list[Token], d: Description, descs: list[Description], names: list[Mention]
) -> str | None:
    """ "avec le président libanais, Michel Aoun, et le premier ministre, Hassan Diab": a title
    without a country, listed after one with a country, is of that country."""
    lead = d.first
    earlier = [o for o in descs if o.end <= lead and o.countries and len(o.countries) == 1]
    if not earlier:
        return None
    o = earlier[-1]
    named = {k for m in names for k in range(m.start, m.end)}
    between = [k for k in range(o.end, lead) if k not in named]
    joined = any(tokens[k].text.lower() in _AND_WORDS for k in between)
    listed = all(
        tokens[k].text in (",", "")
        or tokens[k].text.lower() in _AND_WORDS
        or tokens[k].key in _APPOSITION
        or tokens[k].key in _WITH
        or (tokens[k].is_capitalised and tokens[k].key.isalpha())  # a name the directory lacks
        for k in between
    )
    if not (joined and listed):
        return None
    return o.countries[0][0]


def _plural_pair(
    art: ArticleState,
    tokens: list[Token],
    d: Description,
    known: list[Mention],
    subject: PersonEntry | None = None,
    day: dt.date | None = None,
) -> list[Mention]:
    """Two names after a plural title without countries ("foreign ministers A and B", "los
    cancilleres A y B"): the unknown ones proposed with the countries of the article's first
    contact between two countries, in the same order; none without such a contact."""
    plural = any(tokens[x].key.endswith(_PLURAL_ENDINGS) for x in range(d.start, d.end))
    role = d.role
    if d.counterpart and subject is not None and day is not None:
        # "his Egyptian and Omani counterparts, A and B": the subject's office, abroad
        office = subject.office_on(day)
        titled = art.titled.get(("id", subject.id))
        role = office.role if office else (titled.role if titled else "")
    if role not in _NAMED_ROLES or not plural:
        return []
    if d.countries and len(d.countries) < 2:
        return []  # one country: "the Polish ministers X and Y" are its own
    starts = {m.start: m for m in known}
    found: list[Mention | list[Token]] = [[]]
    k = d.end
    if k < len(tokens) and tokens[k].text == ",":
        k += 1  # "Their foreign ministers, Cho Hyun and Toshimitsu Motegi, …"
    while k < len(tokens) and len(found) <= 2:
        t = tokens[k]
        last = found[-1]
        if isinstance(last, list) and not last and k in starts:
            found[-1] = starts[k]
            k = starts[k].end
            continue
        if t.text.lower() in _AND_WORDS and (isinstance(last, Mention) or last):
            found.append([])
        elif isinstance(last, list) and t.is_capitalised and t.key.isalpha():
            last.append(t)
        else:
            break
        k += 1
    if len(found) != 2 or any(isinstance(n, list) and not 2 <= len(n) <= 4 for n in found):
        return []
    if all(isinstance(n, Mention) for n in found):
        return []  # both known: their own offices tell who they are
    listed = [c for c, _ in d.countries]
    pair = listed if len(listed) == 2 else next(
        (
            codes
            for dr in art.drafts
            if len(codes := list(dict.fromkeys(c for k in dr.keys if (c := _country_of(art, k)))))
            == 2
        ),
        None,
    )
    if pair is None:
        return []
    # a known one keeps their own country; the unknown one takes the other
    taken = {_country_of(art, n.key) for n in found if isinstance(n, Mention)}
    free = [c for c in pair if c not in taken] + [c for c in pair if c in taken]
    out = []
    for n in found:
        if isinstance(n, Mention):
            out.append(n)
            continue
        code = free.pop(0)
        title = "Minister of Foreign Affairs of {c}" if role == "foreign_minister" else "{c}"
        name = " ".join(t.text for t in n)
        new = NewPerson(name, code, role, title.format(c=country_name(code)))
        start = tokens.index(n[0])
        out.append(Mention(start, start + len(n), new=new, kind="new"))
    return out


# Plural endings of titles: "ministers", "cancilleres", "miniştrii", "ministres".
_PLURAL_ENDINGS = (
    *("ers", "res", "trii", "tres", "ents", "entes", "ntii", "rii", "parts", "ogues"),
    *("ologii", "ologi", "ologhi", "ologos", "ollegen"),
)


def _by_countries_only(tokens: list[Token], d: Description, others: bool = True) -> bool:
    """A plural title with a list of countries and no names: "the prime ministers of Japan
    and Canada", "omologii săi din Italia, Bulgaria, Cipru", "les dirigeants allemand,
    britannique et italien"; two countries are enough beside someone named (`others`), but
    not for one's counterparts ("his Turkish and Syrian counterparts": the two holders of his
    office there) nor for the pair alone ("The Turkish and Russian presidents spoke")."""
    lead = d.first
    span = range(lead, d.end)
    counterparts = d.counterpart or any(
        tokens[x].key.endswith(_COUNTERPART_ENDINGS) for x in span
    )
    if len(d.countries) < _MIN_LISTED + (counterparts or not others):
        return False
    return d.role == "leaders" or any(tokens[x].key.endswith(_PLURAL_ENDINGS) for x in span)


_MIN_LISTED = 2
_COUNTERPART_ENDINGS = (
    *("parts", "ogues", "ologii", "ologi", "ologhi", "ologos", "ollegen", "kolleg"),
)


def _named_in(art: ArticleState, person: PersonEntry) -> bool:
    """Whether the article writes the person's surname (or an alias's) anywhere."""
    if art.name_skels is None:
        art.name_skels = {t.skel for t in tokenize(art.text) if t.is_capitalised}
    spellings = [person.name, *(a for a, _ in person.aliases)]
    return any((n := name_tokens(a)) and n[-1] in art.name_skels for a in spellings)


def _portfolio_follows(tokens: list[Token], k: int) -> bool:
    """ "ministrul Finanțelor", "ministrul de Interne", "Minister for Energy": a portfolio."""
    if k >= len(tokens):
        return False
    t = tokens[k]
    if t.key in ("de", "al", "pentru", "for", "of", "des", "du", "der", "fur", "per", "del"):
        return k + 1 < len(tokens) and tokens[k + 1].is_capitalised
    return t.is_capitalised and t.key.isalpha()


def _of_unknown_body(tokens: list[Token], d: Description, names: set[int]) -> bool:
    """A "chief" or "leader" followed by the capitalised name of something not a country;
    a president of a body that is no state: "președintele Comitetului pentru …", "le
    président du groupe d'amitié", "the President of the Senate", "il presidente della
    Camera" (a state's president is "of" a country, a republic or nothing)."""
    if d.end >= len(tokens):
        return False
    nxt = tokens[d.end]
    if d.role in ("leader", "leaders"):
        return nxt.is_capitalised and nxt.key.isalpha() and d.end not in names
    if d.role not in _STATE_TITLES:
        return False
    k = d.end
    while k < len(tokens) and k - d.end < 3 and tokens[k].key in _BODY_OF and (
        k > d.end or not nxt.is_capitalised
    ):
        k += 1
    if k >= len(tokens) or k in names or not tokens[k].key.isalpha():
        return False
    body = tokens[k]
    if k == d.end:
        # Romanian puts the body in the genitive straight after the title, capitalised
        return (
            body.is_capitalised
            and body.key.endswith(_RO_GENITIVE)
            and body.key not in _STATE_BODIES
            and not body.key.startswith(_STATE_BODY_STEMS)
        )
    return body.key not in _STATE_BODIES and not body.key.startswith(_STATE_BODY_STEMS)


# "of the", "du", "de la", "della", "del", "des", "der", "da", "do": a genitive before a body
_BODY_OF = frozenset(
    ("of", "the", "du", "de", "la", "l", "des", "della", "dello", "del", "dei", "degli", "der")
    + ("da", "do", "dos", "das")
)
_RO_GENITIVE = ("ului", "ei", "ii", "lor")
_STATE_TITLES = frozenset(("head_of_state", "head_of_government"))
# What a state's own president or government is "of": a republic, a state, a government
_STATE_BODIES = frozenset(("country", "nation", "state", "pays", "paese", "pais", "land"))
_STATE_BODY_STEMS = (
    "republ", "respubl", "stat", "govern", "gobiern", "gouvern", "regier", "guvern",
    "confedera", "federa", "consigli", "conseil", "consejo", "conselho", "consiliu",
    "minist", "kabinet", "cabinet",
)


def _fronted(tokens: list[Token], m: Mention) -> bool:
    """A name in a phrase put before the subject: "Înaintea întâlnirii cu Trump, șeful
    statului …", "After meeting Trump, the President …" (no apposition)."""
    return (
        bool(tokens)
        and tokens[0].key in _FRONT
        and not any(t.text == "," for t in tokens[: m.start])
        and m.end < len(tokens)
        and tokens[m.end].text == ","
    )


_FRONT = frozenset(
    (
        "inaintea",
        "inainte",
        "dupa",
        "la",
        "in",
        "cu",
        "during",
        "after",
        "before",
        "following",
        "at",
        "with",
        "avant",
        "apres",
        "lors",
        "pendant",
        "nach",
        "vor",
        "bei",
        "wahrend",
        "dopo",
        "prima",
        "durante",
        "tras",
        "antes",
        "despues",
    )
)


def _fronted_description(
    art: ArticleState, descs: list[Description], hi: int, dates: list[DateExpr]
) -> Key | None:
    """The subject after a phrase put first told by a title with its country ("Dopo una
    telefonata con X, il leader ucraino …", "After talks with X, the Turkish president …"):
    its one holder that day."""
    d = next((d for d in descs if hi <= d.first <= hi + 2), None)
    if d is None or not d.countries or d.counterpart or len(d.countries) != 1:
        return None
    day = dates[0].date_to if dates else art.published
    found = resolve_description(d, art.directory, day, subject=None, local=[], article=art.recent)
    return ("id", found[0].id) if len(found) == 1 else None


def _front_end(tokens: list[Token], cats: Cues, people_at: frozenset[int]) -> int | None:
    """Where a phrase put first ends: "After meeting Trump, | the President …"."""
    opening = any(i == 0 for c in ("break", "temporal") for i, _, _ in cats.get(c, ()))
    if not (opening or (tokens and tokens[0].key in _FRONT_TIME)):
        return None
    commas = [i for i, t in enumerate(tokens) if t.text == ","]
    if not commas:
        return None
    k = 0
    # "Tras las conversaciones con el presidente francés, Emmanuel Macron, y el canciller
    # alemán, Olaf Scholz, el líder ucraniano …": commas around a name set after its title
    # are inside the phrase; it ends at the one that closes the last such name
    while (
        k + 1 < len(commas)
        and commas[k] + 1 in people_at
        and tokens[commas[k] + 1].is_capitalised
        and any(j == commas[k] for c in ("roles", "country") for _, j, _ in cats.get(c, ()))
    ):
        j = commas[k + 1]
        if j + 1 < len(tokens) and tokens[j + 1].key in _AND_PLAN and k + 2 < len(commas):
            k += 2
            continue
        return j + 1
    return commas[k] + 1


_FRONT_TIME = frozenset(("inaintea", "during", "lors", "pendant", "wahrend", "durante", "bei"))
_DURING = frozenset(
    ("during", "lors", "pendant", "wahrend", "durante", "bei", "in", "nel", "au", "en")
)


def _during_unnamed(tokens: list[Token], cats: Cues, front: int, people_at: frozenset[int]) -> bool:
    """A phrase put first that is a contact told "during", naming no one: "During a phone
    call on Tuesday, …", "Durante la conversación telefónica, …", "Bei einem Telefonat am
    Montag …"."""
    if not tokens or tokens[0].key not in _DURING or any(k < front for k in people_at):
        return False
    contact = ("phone", "video", "meeting", "message", "generic")
    return any(i < front for c in contact for i, _, _ in cats.get(c, ()))


def _after_with(tokens: list[Token], m: Mention) -> bool:
    k = m.start - 1
    while k >= 0 and tokens[k].key in _APPOSITION:
        k -= 1
    return k >= 0 and tokens[k].key in _WITH


_WITH = frozenset(("with", "cu", "avec", "mit", "con", "s", "so", "z", "pe"))


def _apposed(tokens: list[Token], a: int, b: int) -> bool:
    """Only commas, articles or possessives between a description and a name."""
    if not 0 <= b - a <= 3:
        return False
    return all(not t.key or t.key in _APPOSITION for t in tokens[a:b])


_APPOSITION = frozenset(
    [
        # "preşedintele interimar Ilie Bolojan", "the acting president X"
        "interimar",
        "interimara",
        "acting",
        "interim",
        "outgoing",
        "incumbent",
        "new",
        "noul",
        "noua",
        "actual",
        "actualul",
        "sortant",
        "kommissarische",
        "kommissarischer",
        "uscente",
        "the",
        "a",
        "sau",
        "sa",
        "his",
        "her",
        "son",
        "sein",
        "seine",
        "suo",
        "il",
        "la",
        "le",
        "lui",
        "pe",
    ]
)


def _home_holder(art: ArticleState, role: str, day: dt.date) -> PersonEntry | None:
    """The home country's monarch or president for a bare title, when the article names
    no one holding that rank (Spanish "presidente" is the head of government: not it)."""
    wanted = {"es": ("king",), "ro": ("head_of_state",), "fr": ("head_of_state",)}
    wanted |= {"it": ("head_of_state",), "ru": ("head_of_state",)}
    if role not in wanted.get(art.lang, ()):
        return None
    return art.directory.holder("head_of_state", HOME_COUNTRY[art.lang], day)


def _bare_role(art: ArticleState, role: str, day: dt.date, local: list[Key]) -> Mention | None:
    """ "The President", "șeful statului", "il sovrano": the person last named before it in
    the sentence with that role, else the first such person of the article."""
    wanted = plain_roles(role)
    title = _MONARCH if role == "king" else _POPE if role == "pope" else None
    for key in [*reversed(local), *art.mentioned]:
        if key[0] == "id":
            p = art.directory.get(int(key[1]))  # type: ignore[arg-type]
            o = p.office_on(day) if p else None
            if o is None or p is None or o.role not in wanted:
                continue
            if role == "secretary_of_state" and o.country not in ("US", "VA"):
                continue  # "the Secretary of State" is America's (or the Holy See's) office
            if title is None or title.search(o.title):
                return Mention(0, 0, person_id=p.id, kind="description")
        else:
            new = art.new_people.get(key)
            if (
                new is not None
                and new.role in wanted
                and (title is None or title.search(new.title))
            ):
                return Mention(0, 0, new=new, kind="description")
    return None


_MONARCH = re.compile(r"king|queen|monarch|emir|sultan|emperor|grand duke|prince", re.I)
_POPE = re.compile(r"pope", re.I)


def _subject(art: ArticleState, mentions: list[Mention]) -> PersonEntry | None:
    for m in mentions:
        if m.person_id is not None and not m.excluded and not m.source:
            return art.directory.get(m.person_id)
    return None


def _clause(
    art: ArticleState,
    tokens: list[Token],
    cats: Cues,
    triggers: list[tuple[int, int, str]],
    date: DateExpr | None,
    people: list[Mention],
    before: list[Mention],
    span: tuple[int, int],
    bounds: tuple[int, int],
    own_dates: list[DateExpr],
) -> None:
    """One clause with contact words: a new contact, or more about the one in focus."""
    lo, hi = bounds
    if _many_times(tokens, cats) or _unnamed_counterparts(tokens, cats, triggers, people, hi):
        return
    if cats.get("won") and not own_dates:
        # "El m-a sunat când am câștigat", "he called me when I won": a contact dated only by
        # an election, before one of them took office; no day can be suggested
        return
    if date is not None and date.date_from > art.published:
        return  # a planned contact
    kept = _live_triggers(tokens, cats, triggers, hi, people)
    if not kept and cats.get("cancelled"):
        # "Trump a renunțat la întâlnirile de joi, printre care și cea cu Iohannis": that
        # pair's contact by that medium did not happen, whatever the article later calls it
        pair = frozenset({m.key for m in people} | {m.key for m in before[:1]})
        if len(pair) >= 2:
            art.cancelled.extend((pair, c) for _, _, c in triggers if c in MEDIUM_ORDER)
    if not kept and cats.get("denied") and not (cats.get("not_yet") or cats.get("since_office")):
        # "Xi had not spoken with Trump recently", "no podrá reunirse con Trump": the pair's
        # recent contacts are denied in the article (README rule 1); not "had not yet called
        # him", "nu a vorbit cu el de la preluarea mandatului": no contact up to a time, which
        # the contact the article tells may have ended
        pair = {m.key for m in people} | {m.key for m in before[:1]}
        if len(pair) >= 2:
            art.denied.append(frozenset(pair))
    separate = len(cats.get("from", ())) >= 2 or cats.get("separate") or cats.get("separate_weak")
    subject_pair = kept and any(i < min(k[0] for k in kept) for i, _, _ in cats.get("pair", ()))
    if kept and not subject_pair and (separate or _after_with_only(tokens, kept, people)):
        # "Preşedintele ales Nicuşor Dan a primit telefoane de la X, de la Y …", "President-elect
        # X spoke with the leaders of A and B": contacts each with a subject who is no party
        # (elect, former, staff, or out of office that day): no contact among the others
        first = min(i for i, _, _ in kept)
        prior = [m for m in art.sentence_names if lo <= m.start < first]
        day = date.date_to if date is not None else art.published
        if prior and (prior[-1].excluded or _out_of_office(art, prior[-1], day)):
            return
    staff_ends = [(i, j) for c in ("staff", "former") for i, j, _ in cats.get(c, ())]
    # "was represented by first lady Jill Biden": staff stood in, no one took part
    kept = [
        t
        for t in kept
        if not (t[2] == "participate" and any(t[1] <= i <= t[1] + 2 for i, _ in staff_ends))
    ]
    if kept:
        # "first lady Jill Biden, who had a brief meeting with …": the relative pronoun's
        # antecedent is no party, so the meeting is none
        contact = [i for i, _, c in kept if c not in ("participate", "event")]
        first = min(contact or [i for i, _, _ in kept])
        for r in _relatives(tokens, art.lang):
            if r < first and not any(r < m.start < first for m in art.sentence_names):
                antecedent = [m for m in art.sentence_names if m.end == r - 1]
                if antecedent and antecedent[0].excluded:
                    return
                if not antecedent and any(r - 5 <= j < r for _, j in staff_ends):
                    return  # someone unknown to the directory, titled as staff
    # "speaks to him regularly", "în repetate rânduri": habits beside the contact words,
    # not a contact (one far off in the clause is about something else)
    habits = [i for i, _, _ in cats.get("habitual", ())]
    if any(abs(h - i) <= 8 for h in habits for i, _, _ in kept):
        return
    if art.lang == "ro":
        kept = [t for t in kept if t[2] != "message" or _ro_addressed(tokens, cats, t[0], lo, hi)]
    if not kept:
        return
    media = {c for _, _, c in kept}
    if {"video", "phone"} <= media:
        kept = _calls_by_relative(tokens, kept, art.lang)
        media = {c for _, _, c in kept}
    medium = next((m for m in MEDIUM_ORDER if m in media), None)
    # A summit or conference named alone is an event, met in person unless said otherwise;
    # it may be the setting of the contact in focus rather than a contact of its own.
    event_only = medium is None and "event" in media
    medium = "meeting" if event_only else medium
    if medium:
        art.media_seen.append(medium)
    people = _topic_parties(tokens, cats, kept, people, hi)
    keys = [m.key for m in people]
    # "the second call in the last five days": an earlier contact, dated by a range; told
    # with its own pair and day ("X and Y spoke on Sunday, their second call in a week"),
    # the clause is also the later contact itself.
    own_day = date.date_from if date is not None and date.is_day else None
    if _implied_earlier(art, tokens, cats, keys, medium, span, own_day):
        told = any(set(d.keys) == set(keys) and not d.implied for d in art.drafts)
        if own_day is None or len(keys) < 2 or told:
            return
    keys = _with_subject(tokens, kept, keys, people, before)
    keys = _parties(art, cats, keys, before, lo)
    told = not keys or (art.focus is not None and set(keys) <= set(art.focus.keys))
    if told and date is not None and _said_on(date, cats, kept):
        # "The Kremlin said on Tuesday that the call was productive", "…, a anunțat MAE
        # într-un comunicat publicat vineri": the day of the statement, about the contact
        # in focus
        date = None
    if not keys and art.focus is not None and art.previous_clause[1] and lo > 0 and own_dates:
        # "… dintre cei doi lideri, după ce în iunie au avut o discuție": the same pair
        keys = list(art.focus.keys)
    if medium == "message":
        keys = _without_messenger(art, cats, keys, people, min(i for i, _, _ in kept))
    clause = _ClauseFacts(
        medium=medium,
        event_only=event_only,
        participate="participate" in media,
        date=(date.date_from, date.date_to) if date else None,
        duration=_duration(tokens, cats, lo, hi),
        venue=bool(cats.get("venue")),
        said=date is not None
        and (
            _said_on(date, cats, kept)
            or any(tokens[k].key in _SAID_WORDS for k in range(max(0, date.start - 2), date.start))
        ),
    )
    focus = art.focus
    if len(keys) == 1 and focus is not None and keys[0] not in focus.keys:
        # "la finalul întâlnirii cu Carney": one person named again, of a contact already told
        earlier = next(
            (
                d
                for d in reversed(art.drafts)
                if not d.implied
                and keys[0] in d.keys
                and (clause.date is None or d.overlaps(*clause.date))
                and (medium is None or d.medium in (None, medium))
            ),
            None,
        )
        if earlier is not None:
            art.focus = focus = earlier
    joiners = _joined_by_video(kept, people, keys)
    if joiners:
        # "X and Y met in Kyiv, and Z joined by video": the meeting of those present, and a
        # video contact of all of them (corpus README, rule 3)
        present = [k for k in keys if k not in joiners]
        met = _ClauseFacts("meeting", False, False, clause.date, clause.duration, clause.venue)
        _new_drafts(art, tokens, cats, present, met, people, span, own_dates, kept)
        clause = _ClauseFacts("video", False, True, clause.date, None, False)
        _new_drafts(art, tokens, cats, keys, clause, people, span, own_dates, kept)
        return
    remote = (
        focus is not None
        and clause.participate
        and medium == "video"
        and focus.medium == "meeting"
        and not set(keys) <= set(focus.keys)
    )
    if remote and focus is not None:
        # Joining an in-person meeting by video is a video contact with those present
        # (corpus README, rule 3).
        keys = list(dict.fromkeys([*focus.keys, *keys]))
    elif focus is not None and _joins(focus, keys, clause, cats):
        _join(art, focus, keys, clause, cats, people)
        if (
            len(focus.keys) > 2
            and focus.medium in ("phone", "message")
            and (cats.get("separate") or (focus.medium == "message" and cats.get("messages")))
            and not cats.get("mutual")
            and focus in art.drafts
        ):
            # "X sent his condolences to the leaders of A and B. In separate messages to A
            # and B, X said …": one to each, not one to both
            at = art.drafts.index(focus)
            pairs = [replace(focus, keys=[focus.keys[0], k]) for k in focus.keys[1:]]
            art.drafts[at : at + 1] = pairs
            art.focus = pairs[-1]
        return
    if media <= {"participate"}:
        return  # "took part", "alături de": only ever in a contact already told of
    addressee = _message_chain(art) if medium == "message" else None
    if (
        addressee is not None
        and focus is not None
        and keys
        and keys != [addressee]
        and not _addressed(tokens, cats, people, min(i for i, _, _ in kept))
    ):
        # "Leaders continued to send congratulations to Xi on his election … In his message,
        # Finnish President X welcomed …": another sender to the same addressee, sent in the
        # same span of days unless the clause gives its own
        keys = list(dict.fromkeys([*keys, addressee]))
        if clause.date is None:
            clause = replace(clause, date=(focus.date_from, focus.date_to))
    elif (
        len(keys) == 1
        and not before
        and focus is not None
        and len(focus.keys) == 1
        and focus.keys[0] != keys[0]
        and focus.medium is not None
        and _after_with_only(tokens, kept, people)
        and not any(
            lo <= i < min(k for k, _, _ in kept)
            for c in ("roles", "pronoun", "counterpart")
            for i, _, _ in cats.get(c, ())
        )
    ):
        # "X held a string of bilateral meetings on Friday. The first was with Y": a contact
        # told without its subject, after the subject's contacts with people left unnamed
        keys = [focus.keys[0], *keys]
    elif len(keys) < 2 and (cats.get("pair") or cats.get("pair_weak")) and focus is not None:
        # "the two leaders … in December", "telefonierten sie mit Trump"
        keys = list(dict.fromkeys([*_pair_in_focus(art, focus, bool(cats.get("pair"))), *keys]))
    elif (
        len(keys) == 1
        and (focus is None or not focus.keys)
        and art.last_subject not in (None, keys[0])
    ):
        # "Luni, Bolojan s-a aflat la Bruxelles. Acolo, el a avut o întrevedere cu X": the
        # subject pronoun stands for the one the sentence before was about (also after a
        # contact with no one named: "După o întrevedere cu ministrul rus al Agriculturii, el
        # a avut o întâlnire cu X")
        first = min(i for i, _, _ in kept)
        named = min((m.start for m in people), default=hi)
        if any(lo <= i < min(first, named) for i, _, _ in cats.get("pronoun", ())) and not before:
            keys = [art.last_subject, *keys]  # type: ignore[list-item]
    elif (
        len(keys) == 1
        and focus is not None
        and focus.keys
        and keys[0] not in focus.keys
        and _noun_with_opening(tokens, kept, people, lo)
    ):
        # "Il colloquio con il presidente brasiliano X …", "The talks with X …" after a
        # contact of someone else: the next of that subject's contacts
        keys = [focus.keys[0], *keys]
    elif len(keys) == 1 and focus is not None and focus.keys and focus.keys[0] != keys[0]:
        # "The day before, he had spoken with Trump": a subject pronoun before the contact
        # word and the counterpart is the subject of the contact the text was last about.
        first = min(i for i, _, _ in kept)
        named = min((m.start for m in people), default=hi)
        pronoun = next(
            (i for i, _, _ in cats.get("pronoun", ()) if lo <= i < min(first, named)), None
        )
        if pronoun is not None:
            # "she" is the woman of the pair in focus, "he" the man, when names tell them apart
            keys = [_by_pronoun(art, focus.keys, tokens[pronoun].key), *keys]
    if media <= {"event", "participate"} and len({m.key for m in people}) < 2:
        return  # "… before the summit, …": a summit is a contact only of those it names
    _new_drafts(art, tokens, cats, keys, clause, people, span, own_dates, kept)


def _since_event(
    tokens: list[Token],
    d: DateExpr,
    since_starts: list[int],
    since_ends: set[int],
    triggers: set[int],
    published: dt.date,
) -> DateExpr:
    """A date inside a "since" clause about an event without contact words ("since Trump
    was sworn in four weeks ago") as the span from that day to publication; a date right
    after "since" ("since mid-May") is left as it is (a contact then is implied)."""
    if d.start in since_ends or d.date_from > published:
        return d
    for s in since_starts:
        if not 1 < d.start - s <= 10:
            continue
        between = range(s + 1, d.start)
        if any(tokens[k].text in (",", ";") or k in triggers for k in between):
            continue
        return DateExpr(d.start, d.end, d.date_from, published, "since")
    return d


def _said_on(date: DateExpr, cats: Cues, kept: list[tuple[int, int, str]]) -> bool:
    """Whether the date is a statement's: right after "said", or after an attribution that
    follows the contact words with none between ("…, the ministry said in a statement
    released on Friday")."""
    last = max((i for i, _, _ in kept), default=-1)
    first = min((i for i, _, _ in kept), default=-1)
    for i, j, _ in cats.get("attrib", ()):
        if 0 <= date.start - j <= 2:
            return True
        if 0 <= i - date.end <= 1 and j <= first:
            # "The White House on Tuesday confirmed that X had held a call with Y", "que el
            # lunes afirmó haber hablado con él": the day of the statement the contact follows
            return True
        if last < i and j <= date.start and not any(j <= t < date.start for t, _, _ in kept):
            return True
    return False


def _by_pronoun(art: ArticleState, keys: list[Key], pronoun: str) -> Key:
    """Which of the people in focus a subject pronoun stands for: the subject of that contact,
    unless only another one's given name has the pronoun's gender."""
    wanted = _FEMININE.get(pronoun)
    if wanted is None:
        return keys[0]
    fits = [k for k in keys if _feminine(art, k) is wanted]
    return fits[0] if len(fits) == 1 else keys[0]


_FEMININE = {"she": True, "ea": True, "elle": True, "ella": True, "lei": True, "ona": True}
_FEMININE |= {"he": False, "el": False, "il": False, "er": False, "lui": False, "on": False}


def _feminine(art: ArticleState, key: Key) -> bool | None:
    """A guess from the given name: most that end in "a" are women's ("Claudia", "Giorgia",
    "Maia"), a few men's ("Luca", "Nikola") are listed; None when there is no given name."""
    if key[0] == "id":
        p = art.directory.get(int(key[1]))  # type: ignore[arg-type]
        name = p.name if p else ""
    else:
        new = art.new_people.get(key)
        name = new.name if new else ""
    parts = name.split()
    if len(parts) < 2:
        return None
    given = parts[0].lower()
    # ("Narendra", "Jitendra": Sanskrit men's names in -endra, -indra)
    return given.endswith("a") and given not in _MEN_IN_A and not given.endswith("ndra")


_MEN_IN_A = frozenset(
    (
        "luca",
        "nikola",
        "nicola",
        "andrea",
        "mustafa",
        "joshua",
        "attila",
        "kostya",
        "ilia",
        "mykola",
        "sasha",
        "elia",
        "moussa",
        "musa",
        "isa",
        "yahya",
    )
)


def _joined_by_video(
    kept: list[tuple[int, int, str]], people: list[Mention], keys: list[Key]
) -> list[Key]:
    """People who joined a meeting of the same clause by video: named after the meeting
    word and just before "joined by video", "s-a conectat online"."""
    meetings = [i for i, _, c in kept if c == "meeting"]
    videos = [i for i, _, c in kept if c == "video"]
    joins = [i for i, _, c in kept if c == "participate"]
    if not meetings or not videos or not joins:
        return []
    cue = min(joins)
    if not any(abs(v - cue) <= 3 for v in videos) or cue < min(meetings):
        return []
    joiners = [m.key for m in people if min(meetings) < m.start < cue and cue - m.end <= 2]
    present = [k for k in keys if k not in joiners]
    return joiners if joiners and len(present) >= 2 else []


def _with_subject(
    tokens: list[Token],
    kept: list[tuple[int, int, str]],
    keys: list[Key],
    people: list[Mention],
    before: list[Mention],
) -> list[Key]:
    """ "X a sosit la Bruxelles, unde a avut întrevederi cu A, B și C": a clause whose people
    all come after its contact words and "with" had its subject named before it."""
    if len(keys) < 2 or not before or not people:
        return keys
    first = min(i for i, _, _ in kept)
    withs = [k for k in range(first, people[0].start) if tokens[k].key in _WITH]
    if not withs or any(m.start < first for m in people) or people[0].start - withs[-1] > 4:
        return keys
    subject = next((m.key for m in reversed(before) if m.key not in keys), None)
    return [subject, *keys] if subject is not None else keys


def _pair_in_focus(art: ArticleState, focus: Draft, two: bool) -> list[Key]:
    """The people "the two leaders" stand for: those of the contact in focus, or, when it is
    between people of one country (a leader and his minister), the last contact between two
    countries; of a larger one, its two heads of state or government when there are two."""
    drafts = [focus, *reversed(art.drafts)]
    draft = next(
        (d for d in drafts if len({_country_of(art, k) for k in d.keys} - {None}) >= 2), focus
    )
    keys = list(draft.keys)
    if two and len(keys) > 2:
        heads = [
            k
            for k in keys
            if _office_of(art, k, draft.date_to) in ("head_of_state", "head_of_government")
        ]
        if len(heads) == 2:
            return heads
    return keys


def _office_of(art: ArticleState, key: Key, day: dt.date) -> str | None:
    if key[0] == "id":
        p = art.directory.get(int(key[1]))  # type: ignore[arg-type]
        o = p.office_on(day) if p else None
        if o is not None:
            return o.role
    new = art.new_people.get(key) or art.titled.get(key)
    return new.role if new else None


def _noun_with_opening(
    tokens: list[Token], kept: list[tuple[int, int, str]], people: list[Mention], lo: int
) -> bool:
    """A clause opened by a contact noun and "with" someone: "The call with X lasted …",
    "Il colloquio con X", "Discuția cu X", "L'entretien avec X"."""
    first, end = min((i, j) for i, j, _ in kept)
    if not people or any(m.start < end for m in people):
        return False
    if not all(tokens[k].key in _OPENING_ARTICLES for k in range(lo, first)):
        return False
    gap = range(end, people[0].start)
    return len(gap) <= 6 and any(tokens[k].key in _WITH for k in gap)


_OPENING_ARTICLES = frozenset(
    ("the", "their", "his", "her", "il", "lo", "la", "le", "l", "el", "der", "die", "das", "")
)


def _out_of_office(art: ArticleState, m: Mention, day: dt.date) -> bool:
    """A person the directory knows, holding no office that day and not titled as holding one."""
    if m.person_id is None or m.key in art.titled:
        return False
    p = art.directory.get(m.person_id)
    return p is not None and p.office_on(day) is None


def _after_with_only(
    tokens: list[Token], kept: list[tuple[int, int, str]], people: list[Mention]
) -> bool:
    """All the clause's people named after its contact words and "with": the counterparts of
    a subject named before ("President-elect X spoke with the leaders of A and B")."""
    first = min(i for i, _, _ in kept)
    if not people or any(m.start < first for m in people):
        return False
    return any(tokens[k].key in _WITH for k in range(first, people[0].start))


def _unnamed_counterparts(
    tokens: list[Token], cats: Cues, triggers: list, people: list[Mention], hi: int
) -> bool:
    """ "has held phone talks with counterparts from major countries", "a discutat cu omologii
    săi din mai multe state": counterparts in the plural, none of them named or told by
    country, are unnamed participants (README rule 4), not the pair in focus."""
    first = min((i for i, _, _ in triggers), default=hi)
    countries = [i for i, _, _ in cats.get("country", ())]
    for i, _, _ in cats.get("counterpart", ()):
        if i <= first or tokens[i].key not in _PLURAL_COUNTERPARTS:
            continue
        if any(0 < abs(i - c) <= 4 for c in countries):
            continue  # "his German and French counterparts", "omologii din China": by country
        if not any(m.start > i for m in people if m.start < hi):
            return True
    # "convorbirile purtate cu înalții diplomați chinezi": officials in the plural, never
    # named, whatever country they are told of
    for i in range(first, min(first + 12, hi)):
        if tokens[i].key in _PLURAL_OFFICIALS and any(
            tokens[k].key in _WITH for k in range(max(first, i - 3), i)
        ):
            return not any(m.start > i for m in people if m.start < hi)
    return False


_PLURAL_OFFICIALS = frozenset(
    ("diplomati", "diplomatii", "diplomatilor", "oficiali", "oficialii", "oficialilor")
)
_PLURAL_COUNTERPARTS = frozenset(
    ("counterparts", "omologi", "omologii", "omologilor", "omoloage", "omoloagele")
)


def _many_times(tokens: list[Token], cats: Cues) -> bool:
    """ "have met more than 40 times", "de peste 20 de ori": a tally, not one contact."""
    numbers = {b: int(v) for _, b, v in cats.get("numbers", ())}
    # "seven summits last year", "12 meetings": a tally of contacts, none of them told
    for i, _, _ in (t for c in ("meeting", "event", "phone") for t in cats.get(c, ())):
        k = i - 1
        n = int(tokens[k].key) if k >= 0 and tokens[k].key.isdigit() else numbers.get(i, 0)
        if k > 0 and any(a == k - 1 for a, _, _ in cats.get("months", ())):
            continue  # "their July 7 meeting": a day of the month, not a tally
        if k > 1 and (tokens[k - 2].key, tokens[k - 1].key) in _PARTITIVE:
            continue  # "the first of the five meetings": one of them
        if n >= 5 and tokens[k].key not in ("noua", "neuf"):  # "o nouă reuniune": new
            return True
    for i, _, _ in cats.get("timesword", ()):
        k = i - 1 if i > 0 and tokens[i - 1].key != "de" else i - 2
        if k < 0:
            continue
        n = int(tokens[k].key) if tokens[k].key.isdigit() else numbers.get(k + 1, 0)
        if n >= 4:
            return True
    return False


def _ro_addressed(tokens: list[Token], cats: Cues, i: int, lo: int, hi: int) -> bool:
    """A Romanian message sent to someone: "i-a transmis un mesaj", "le-a adresat", "o
    scrisoare adresată lui X", "un mesaj de condoleanțe președintelui X" (the dative); "Trump
    a transmis și un mesaj despre lupta anticorupție" is a public statement."""
    clitic = any(
        tokens[k].key in ("i", "le", "ii") and tokens[k + 1].key in ("a", "au")
        for k in range(lo, i - 1)
    )
    to = any(lo <= a < hi for a, _, _ in cats.get("to", ()))
    # the dative of a title: "premierului", "președintelui", "omologilor săi", "liderilor"
    dative = any(
        t.key.endswith(("lui", "ilor")) for t in tokens[max(lo, i - 8) : min(hi, i + 8)]
    )
    return clitic or to or dative


_PARTITIVE = frozenset(
    (("of", "the"), ("of", "its"), ("of", "his"), ("of", "her"), ("din", "cele")),
)


def _without_messenger(
    art: ArticleState, cats: Cues, keys: list[Key], people: list[Mention], trigger: int
) -> list[Key]:
    """ "Fidan conveyed a message from Erdogan to Putin": the envoy carries, the sender writes."""
    for _i, j, _ in cats.get("from", ()):
        sender = next((m for m in people if j <= m.start <= j + 3), None)
        if sender is None:
            continue
        home = _country_of(art, sender.key)
        carriers = {
            m.key
            for m in people
            if m.start < trigger and m.key != sender.key and _country_of(art, m.key) == home
        }
        return [k for k in keys if k not in carriers]
    return keys


@dataclass(frozen=True)
class _ClauseFacts:
    medium: str | None
    event_only: bool
    participate: bool
    date: tuple[dt.date, dt.date] | None
    duration: int | None
    venue: bool
    # the day is a statement's ("…, the ministry said Wednesday"): the contact's own is untold
    said: bool = False


def _parties(
    art: ArticleState, cats: Cues, keys: list[Key], before: list[Mention], lo: int
) -> list[Key]:
    """The clause's people, completed from the sentence when a pronoun or a verb implies them."""
    pair = cats.get("pair") or cats.get("pair_weak")
    fronted = art.fronted_subject
    if lo in art.pair_clauses and not keys and len({m.key for m in before}) >= 2:
        return list(dict.fromkeys(m.key for m in before))
    if lo in art.relative_of:
        # "…, the newly inaugurated US president, who in February placed calls to A and B":
        # the relative pronoun's antecedent is the subject, not the sentence's first person
        antecedent = next(
            (m.key for m in before if m.end == art.relative_end.get(lo, lo - 1)), None
        )
        if antecedent is not None:
            return list(dict.fromkeys([antecedent, *keys]))
    if len(keys) == 1 and not before and fronted is not None and fronted != keys[0]:
        return [fronted, keys[0]]
    if len(keys) > 1 and not before and art.fronted_with and fronted not in keys:
        return [fronted, *keys]  # type: ignore[list-item]
    if not keys and pair and len({m.key for m in before}) >= 2:
        # "…, iar miercuri cei doi au vorbit": the two named earlier in the sentence
        return list(dict.fromkeys(m.key for m in before))
    # "… a vorbit marţi cu X, după ce luni a discutat cu Y": the subject carries over into
    # the next clause, though not into a purpose clause ("pentru a-i prezenta …").
    purpose = any(i == lo for i, _, _ in cats.get("purpose", ()))
    # "los dos jefes de Estado pasaron al despacho para una reunión privada", "les deux
    # chefs d'État se sont retirés pour un entretien": the pair is the purpose's subject
    # (with those who joined them: "… para una reunión privada a la que se sumaron A y B")
    if purpose and art.previous_pair and art.focus is None:
        here = {*keys, *(m.key for m in art.sentence_names)}
        last = [k for k in dict.fromkeys(reversed(art.mentioned)) if k not in here][:2]
        if len(last) == 2:
            return [*last, *keys]
    if len(keys) < 2 and cats.get("pair") and art.focus is None:
        # "The two presidents last met in August": the last two people the text named
        last = list(dict.fromkeys(reversed(art.mentioned)))[:2]
        return last if len(last) == 2 and set(keys) <= set(last) else keys
    # (a purpose clause after a clause without a contact: "went to Moscow for talks with …")
    if len(keys) == 1 and before and not (purpose and art.previous_clause[1]):
        group, had_trigger = art.previous_clause
        if not had_trigger and len(group) >= 2 and keys[0] not in group:
            # "Scholz, Macron și Draghi au sosit la Kiev, unde s-au întâlnit cu Zelenski"
            return [*group, keys[0]]
        subject = next((m.key for m in before if m.key != keys[0]), None)
        if subject is not None:
            return [subject, keys[0]]
    return keys


def _joins(focus: Draft, keys: list[Key], clause: _ClauseFacts, cats: Cues) -> bool:
    """Whether the clause tells more about the contact in focus rather than a new one."""
    if clause.date is not None and not focus.overlaps(*clause.date) and not _dates_focus(
        focus, keys, clause, cats
    ):
        return False
    if cats.get("apart"):
        return False  # "Earlier in the day X and Y met": hours apart, another contact
    if cats.get("sequel") and clause.medium and not set(keys) <= set(focus.keys):
        return False  # "Afterwards Biden met X": the next contact, with someone else
    medium = clause.medium
    # A different stated medium is a different contact ("had earlier met him in person").
    same_medium = (
        medium is None
        or clause.event_only
        or focus.medium in (None, medium)
        or (focus.medium == "meeting" and medium == "video")
        # "held a virtual meeting … called the meeting friendly": the video meeting again
        # (not one told as earlier: "In precedenza Meloni aveva incontrato Zelensky")
        or (
            focus.medium == "video"
            and medium == "meeting"
            and not (clause.venue or cats.get("earlier") or cats.get("ordinal"))
        )
        # "a participat la reuniunea …", "among the leaders on the call": of a video conference
        or (clause.participate and focus.medium == "video")
    )
    # "Putin and Zelensky also had a one-on-one meeting": a smaller contact inside the event
    private = bool(cats.get("private")) and len(keys) >= 2 and set(keys) < set(focus.keys)
    if not same_medium or private:
        return False
    if (
        focus.private
        and clause.participate
        and cats.get("event")
        and not set(keys) <= set(focus.keys)
    ):
        # "X a avut o întrevedere bilaterală cu Y. X și Y au luat parte la reuniunea
        # organizată de Z": the summit with more people is another contact
        return False
    # Someone else "took part" in it, or it is a video conference, or it has no pair yet.
    grows = focus.medium == "video" or len(focus.keys) < 2 or clause.participate
    return (
        set(keys) <= set(focus.keys)
        or (clause.participate and grows)
        or (len(keys) < 2 and not focus.keys)
    )


def _dates_focus(focus: Draft, keys: list[Key], clause: _ClauseFacts, cats: Cues) -> bool:
    """A clause that names no one else and gives the day of the contact in focus, told
    without one: "X held talks with Y in Rome. The meeting, on Monday, focused on …",
    "Întâlnirea a avut loc luni"."""
    if not focus.undated or focus.recalled or focus.implied or clause.date is None:
        return False
    a, b = clause.date
    if a != b or b > focus.date_to or (focus.date_to - b).days > 7:
        return False
    if cats.get("apart") or cats.get("ordinal") or _earlier_told(cats):
        return False
    return set(keys) <= set(focus.keys)


def _earlier_told(cats: Cues) -> bool:
    """An "earlier" cue ("had talked") that is not the tense of reported speech ("told
    reporters that the two leaders had talked on Monday")."""
    reported = [j for _, j, _ in cats.get("that", ())]
    said = [j for _, j, _ in cats.get("attrib", ())]
    return any(
        not any(r <= i and any(a <= r for a in said) for r in reported)
        for i, _, _ in cats.get("earlier", ())
    )


def _join(
    art: ArticleState,
    focus: Draft,
    keys: list[Key],
    clause: _ClauseFacts,
    cats: Cues,
    people: list[Mention],
) -> None:
    for k in keys:
        if k not in focus.keys:
            focus.keys.append(k)
    # (a meeting told as held in person, "лицом к лицу", "in the Kremlin", stays a meeting
    # when a later clause speaks of video links)
    if focus.medium is None or (
        focus.medium == "meeting" and clause.medium == "video" and not focus.venue
    ):
        focus.medium = clause.medium or focus.medium
    if clause.date is not None and focus.undated and not focus.overlaps(*clause.date):
        focus.date_from, focus.date_to = clause.date  # the day told after the contact
        focus.undated = False
    elif clause.date is not None:
        focus.narrow(*clause.date)
    focus.duration = focus.duration or clause.duration
    focus.venue = focus.venue or clause.venue
    if not focus.mutual:
        focus.initiator = focus.initiator or _initiator(
            art, cats, people, focus.keys, clause.medium
        )


def _new_drafts(
    art: ArticleState,
    tokens: list[Token],
    cats: Cues,
    keys: list[Key],
    clause: _ClauseFacts,
    people: list[Mention],
    span: tuple[int, int],
    own_dates: list[DateExpr],
    kept: list[tuple[int, int, str]],
) -> None:
    focus = art.focus
    addressee = _message_chain(art)
    if clause.date is not None:
        d_from, d_to = clause.date
    else:
        # Undated: the day of the contact in focus when it has one ("the same evening, …"),
        # else the publication day; a month-wide background contact gives no day.
        # (after a background contact told by a range, the last contact told by its day)
        # A sentence without a contact that named a day sets the scene for the next one:
        # "Tot marţi, premierul japonez a sosit la Kiev. Kishida s-a întâlnit cu …"
        days = [d for d in art.drafts if d.date_from == d.date_to and not d.implied]
        dated = focus is not None and focus.date_from == focus.date_to
        # (but one told in the sentence just before, not recalled as earlier, goes on with
        # the same person: "The tour opened in Kabul on Monday, when X called on Y. He also
        # held talks with Z")
        goes_on = (
            focus is not None
            and not focus.recalled
            and focus.sentence == art.previous_span
            and bool(set(keys) & set(focus.keys))
        )
        if dated and focus is not None and _flashback(art, focus) and not goes_on:
            # "Meloni met Kishida on Tuesday. They first spoke on January 9. Tajani held
            # talks with Kamikawa": a contact recalled from before does not move the story's
            # day; the next one told without a day is of the day the article is about
            days = [d for d in days if not _flashback(art, d)]
            focus = days[-1] if days else None
            dated = focus is not None
        if art.previous_day is not None:
            d_from, d_to = art.previous_day
        elif dated and focus is not None and cats.get("earlier") and (
            after := _after_day(art, focus)
        ):
            # "Before that, the two had spoken by phone after parliament elected him on Oct
            # 4": between that day and the day before the contact in focus
            d_from = after
            d_to = focus.date_from - dt.timedelta(days=1)
        elif dated and focus is not None:
            d_from = d_to = focus.date_to
        elif focus is not None and days:
            d_from = d_to = days[-1].date_to
        else:
            d_from = d_to = art.published
    medium = clause.medium
    hub = art.fronted_subject
    comma = next((k for k in range(len(tokens)) if tokens[k].text == ","), None)
    if comma is not None and people and people[0].start > 0:
        # "In separate messages to A and B, X said …": the subject after a phrase put first
        # that names everyone else is the one each contact is with
        after = [m for m in people if comma < m.start <= comma + 6]
        if after and all(m.start < comma for m in people if m.key != after[0].key):
            hub = after[0].key
    groups = [keys]
    # ("the two leaders later spoke with X": the pair together, not one after the other)
    weak = cats.get("separate_weak") and medium in ("phone", "message") and not cats.get("pair")
    # "sent messages of condolence to his Turkish and Syrian counterparts": written messages in
    # the plural are one to each addressee, unless the two sides exchanged them
    plural = medium == "message" and cats.get("messages") and not cats.get("mutual")
    # a written message to officials of several countries is one to each of them (README
    # rule 5), unless it is a joint one of several senders of one country to one addressee
    several = medium == "message" and not cats.get("mutual") and not _joint_senders(art, keys)
    several = several or (medium == "phone" and cats.get("congratulated"))
    separate = (cats.get("separate") or weak or plural or several) and len(keys) > 2
    if separate or _titled_list(tokens, cats, medium, keys, people, kept):
        if hub in keys[1:]:
            keys = [hub, *(k for k in keys if k != hub)]
        groups = [[keys[0], k] for k in keys[1:]]
    elif len(keys) > 2:
        groups = _verb_objects(tokens, kept, people, keys) or groups
    dates_of = {tuple(g): (d_from, d_to) for g in groups}
    if len(groups) > 1 and len(own_dates) > 1:
        # "talks with A on Sunday and with B on Monday": each counterpart's own date
        where = {m.key: (m.start, m.end) for m in people}
        said = [j for _, j, _ in cats.get("attrib", ())]
        for g in groups:
            if g[-1] not in where:
                continue
            at, end = where[g[-1]]
            near = [d for d in own_dates if -4 <= d.start - end <= 4 or 0 <= at - d.end <= 3]
            # (not a day after ", а", ", iar", ", and": "talks with A, and the day before,
            # on January 22, with B", "переговоры с A, а днем ранее, 22 января, …")
            near = [d for d in near if d.start < end or not _opens_clause(tokens, end, d.start)]
            if not near and any(
                d.start >= end and _opens_clause(tokens, end, d.start) for d in own_dates
            ):
                # then the day told before the counterpart, in the same clause
                before = [d for d in own_dates if d.end <= at]
                near = [d for d in before if not _opens_clause(tokens, d.end, at)][-1:]
            near = [d for d in near if not any(0 <= d.start - j <= 2 for j in said)]
            if near:
                dates_of[tuple(g)] = (near[0].date_from, near[0].date_to)
    repeat = _count(tokens, cats, min(i for i, _, _ in kept))
    copies = [*range(repeat), *([0] * (len(groups) - 1))] if repeat > 1 else [0] * len(groups)
    groups = [groups[0]] * repeat + groups[1:] if repeat > 1 else groups
    for g, n in zip(groups, copies, strict=True):
        draft = Draft(
            keys=list(g),
            medium=medium,
            date_from=dates_of[tuple(g)][0],
            date_to=dates_of[tuple(g)][1],
            sentence=span,
            duration=clause.duration,
            copy=n,
            venue=clause.venue,
            mutual=bool(cats.get("mutual")),
            undated=clause.date is None or clause.said,
            recalled=bool(cats.get("ordinal") or cats.get("earlier")),
            private=bool(cats.get("private")),
            apart=bool(cats.get("apart")),
            paired=bool(cats.get("pair") or cats.get("pair_weak")),
        )
        draft.initiator = _initiator(art, cats, people, g, medium)
        if medium == "message":
            draft.recipient = _recipient(tokens, cats, people, g, min(i for i, _, _ in kept))
            if draft.recipient is None and addressee in g:
                draft.recipient = addressee  # another sender to the addressee in focus
        art.drafts.append(draft)
        art.focus = draft


def _joint_senders(art: ArticleState, keys: list[Key]) -> bool:
    """Whether all the parties but one are of one country ("the President and the Prime
    Minister wrote to X": a joint letter)."""
    countries = [_country_of(art, k) for k in keys]
    return any(countries.count(c) == len(keys) - 1 for c in set(countries) if c)


def _after_day(art: ArticleState, focus: Draft) -> dt.date | None:
    """The day of the event an earlier contact followed, when it is before the focus's."""
    days = [d.date_from for d in art.after_days if d.date_to < focus.date_from]
    return days[-1] if days else None


def _verb_objects(
    tokens: list[Token], kept: list[tuple[int, int, str]], people: list[Mention], keys: list[Key]
) -> list[list[Key]] | None:
    """One subject, two contact words joined by "and also", "then", each with people of
    its own after it: "X met A and also held talks with B", "встретился с A, а также провел
    переговоры с B", "s-a întâlnit cu A și a avut apoi convorbiri cu B": one contact each."""
    where: dict[Key, int] = {}
    for m in people:
        where.setdefault(m.key, m.start)
    if any(k not in where for k in keys):
        return None
    starts = sorted({i for i, _, _ in kept})
    if len(starts) < 2:
        return None
    subject = [k for k in keys if where[k] < starts[0]]
    if len(subject) != 1:
        return None
    bounds = [starts[0]]
    for t in starts[1:]:
        joint = [x for x in range(max(bounds[-1] + 1, t - 4), t) if tokens[x].key in _ALSO_THEN]
        if joint and not any(joint[0] <= where[k] < t for k in keys):
            bounds.append(t)
    if len(bounds) < 2:
        return None
    groups = []
    for n, b in enumerate(bounds):
        end = bounds[n + 1] if n + 1 < len(bounds) else len(tokens)
        objects = [k for k in keys if b < where[k] < end]
        if not objects:
            return None  # "met A and then held talks with him": one contact
        groups.append([subject[0], *objects])
    return groups


# Words that join a second contact of the same subject: "and also", "then", "а также"
_ALSO_THEN = frozenset(
    (
        "also", "then", "later", "apoi", "asemenea", "ulterior", "takzhe", "zatem", "potom",
        "egalement", "aussi", "puis", "ensuite", "auch", "dann", "anschliessend", "danach",
        "anche", "poi", "inoltre", "tambien", "luego", "ademas", "tambem", "depois",
    )
)


def _titled_list(
    tokens: list[Token],
    cats: Cues,
    medium: str | None,
    keys: list[Key],
    people: list[Mention],
    kept: list[tuple[int, int, str]],
) -> bool:
    """ "В среду Лавров провёл переговоры с госсекретарём США A, министром иностранных дел
    Словакии B и главой МИД Вьетнама C", "X a rencontré le ministre A, le président B et …":
    three or more counterparts listed after talks (not "a meeting", not a call, which is
    often one with all), each with a title of his own, are talks with each in turn (one
    record per counterpart), unless the sentence names a summit, a format or the group
    together."""
    if len(keys) < 4 or medium != "meeting":
        return False
    if any(cats.get(c) for c in ("event", "pair", "participate", "mutual")):
        return False
    first = min(i for i, _, _ in kept)
    if first > 0 and tokens[first - 1].key in _INDEFINITE:
        return False  # "a meeting with A, B and C": one meeting
    subject = [m for m in people if m.end <= first]
    listed = sorted((m for m in people if m.start > first), key=lambda m: m.start)
    if len(subject) != 1 or len(listed) < 3 or len({m.key for m in listed}) != len(keys) - 1:
        return False
    for a, b in zip(listed, listed[1:], strict=False):
        between = {t.text.lower() for t in tokens[a.end : b.start]}
        if not between & {",", *_AND_WORDS}:
            return False
    # each named right after a title of one ("министром иностранных дел Словакии Юраем
    # Бланаром"), not all after one plural ("European leaders including A, B and C")
    roles = [(i, j) for i, j, v in cats.get("roles", ()) if v != "leaders"]
    if any(v == "leaders" and i < listed[0].start for i, _, v in cats.get("roles", ())):
        return False  # "a réuni plusieurs dirigeants européens, dont A, B et C"
    ends = [first, *(m.end for m in listed)]
    return all(
        any(ends[n] <= i and 0 <= m.start - j <= 5 for i, j in roles)
        for n, m in enumerate(listed)
    )


def _recipient(
    tokens: list[Token], cats: Cues, people: list[Mention], keys: list[Key], trigger: int
) -> Key | None:
    """The person a message was sent "to": named right after that word, after the trigger."""
    tos = [j for i, j, _ in cats.get("to", ()) if i >= trigger]
    for m in people:
        if m.key in keys and any(
            0 <= m.start - j <= 6 and all(t.key for t in tokens[j : m.start]) for j in tos
        ):
            return m.key  # "to South Korean Prime Minister X"
    return None


def _addressed(tokens: list[Token], cats: Cues, people: list[Mention], trigger: int) -> bool:
    """Whether the clause names whom its message went to ("a letter to X")."""
    return _recipient(tokens, cats, people, [m.key for m in people], trigger) is not None


def _message_chain(art: ArticleState) -> Key | None:
    """The addressee of the message in focus, when the focus is a message told with one."""
    focus = art.focus
    if focus is None or focus.medium != "message" or focus.implied:
        return None
    return focus.recipient


def _flashback(art: ArticleState, draft: Draft) -> bool:
    """A contact told after one of a later day, or recalled as earlier ("had met", "their
    second call"): background to the article's story."""
    if draft.recalled:
        return True
    told = art.drafts[: art.drafts.index(draft)] if draft in art.drafts else []
    return any(not d.implied and d.date_from > draft.date_to for d in told)


def _count(tokens: list[Token], cats: Cues, first: int) -> int:
    """2-4 for "held two phone calls", "două convorbiri", "spoke twice"; otherwise 1."""
    for a, _, v in cats.get("times", ()):
        if abs(a - first) <= 4:
            return int(v)
    for a, b, v in cats.get("numbers", ()):
        prev = tokens[a - 1].key if a > 0 else ""
        if 2 <= int(v) <= 4 and b == first and prev not in _ORDINAL_ARTICLES:
            return int(v)
    return 1


# "a doua", "the two", "cei doi": an ordinal or the pair, not a count of contacts
_ORDINAL_ARTICLES = frozenset(("a", "al", "the", "cei", "cele", "les", "die", "i", "le", "these"))


def _live_triggers(
    tokens: list[Token], cats: Cues, triggers: list, hi: int, people: list[Mention]
) -> list[tuple[int, int, str]]:
    """Trigger words not negated, planned, cancelled or denied, nor a public post's message.

    Plans and negations scope over the trigger group they precede (from the previous group
    on); passive ones ("was cancelled", "is expected") also over the group just before them,
    up to a "that" clause, whose content is someone's statement.
    """
    negs = [i for i, _, _ in cats.get("neg", ())]
    neg_dets = [i for i, _, _ in cats.get("neg_det", ())]
    blocks = [(i, j) for i, j, _ in cats.get("block", ())]
    # "a joint press conference", "conferință de presă comună": the press event of a meeting
    blocks = [
        (b0, b1)
        for b0, b1 in blocks
        if not any(
            i <= b0 and b1 <= j and j - i > b1 - b0 for i, j, c in triggers if c == "meeting"
        )
    ]
    not_calls = {i for i, _, _ in cats.get("not_call", ())}
    posts = bool(cats.get("post"))
    cues = sorted(i for c in ("modal", "postmodal", "next") for i, _, _ in cats.get(c, ()))
    post_cues = sorted(i for i, _, _ in cats.get("postmodal", ()))
    # "futuros encuentros", "künftige Treffen", "будущих встреч": only the noun they qualify
    pre_cues = [i for i, _, _ in cats.get("premodal", ())]
    thats = sorted(i for i, _, _ in cats.get("that", ()))
    afters = [i for c in ("after", "anchor_after") for i, _, _ in cats.get(c, ())]
    durings = [(i, j) for i, j, _ in cats.get("during", ())]
    # "Relațiile trebuie să fie stabile, i-a spus X lui Y, pe care l-a primit luni": a plan
    # word in the words quoted before "said" is the speaker's, not of a contact told after it
    said_after_quote = [
        a
        for a, _, _ in cats.get("attrib", ())
        if tokens[a].key not in _ACCORDING
        and (
            (a > 0 and tokens[a - 1].text in ",\"”»")
            or (a > 1 and tokens[a - 1].key in _RO_CLITICS and tokens[a - 2].text in ",\"”»")
        )
    ]
    groups: list[list] = []
    for i, j, c in sorted(triggers):
        if c in ("phone", "caller") and i in not_calls:
            continue
        if groups and i <= groups[-1][1] + 2:
            groups[-1][1] = max(groups[-1][1], j)
            groups[-1][2].append((i, j, c))
        else:
            groups.append([i, j, [(i, j, c)]])
    kept = []
    prev_end = -1
    previous_dead = False
    said = [i for i, _, _ in cats.get("attrib", ())]
    for gi, (start, end, members) in enumerate(groups):
        nxt = groups[gi + 1][0] if gi + 1 < len(groups) else hi
        # "The meeting that X and Y were to hold … has been called off": a "that" right after
        # the contact noun opens its relative clause, not someone's statement (unless a
        # verb of saying came before: "said after the talks that …"); the clause's verb is
        # further off than a plain one's
        relative = end in thats and not any(i < start for i in said)
        reach = end + (30 if relative else 20)
        stops = [t for t in thats if t > end or (t == end and not relative)]
        stop = min([nxt, reach, hi, *stops])
        # (a plan after "and" is another verb's: "hat telefoniert und will ihn … treffen")
        ands = [
            k
            for k in range(end, min(stop, len(tokens) - 1))
            if tokens[k].text.lower() in _AND_WORDS
            and not tokens[k + 1].is_capitalised
            and any(k < c <= k + 2 for c in cues)
        ]
        if ands:
            stop = min(stop, ands[0])
        # "A meeting between X and Y was to …", "Ein Treffen der beiden … sollte": the verb
        # after the people the contact noun names
        np_end = _noun_phrase_end(tokens, cats, people, end, stop)
        dead = (
            any(
                prev_end <= i <= start
                and not _in_fronted_after(tokens, afters, i, start)
                and not _setting_after_comma(tokens, durings, i, start)
                and not any(i < a < start for a in said_after_quote)
                for i in cues
            )
            or any(end <= i < stop for i in post_cues)
            or any(end <= i < min(end + 2, stop) for i in cues)  # "talks will …"
            or any(np_end <= i < min(np_end + 2, stop) for i in cues)
        )
        if gi == 0 and start <= 3:
            # "La întâlnire, cei doi vor continua discuțiile", "At the meeting, they will …":
            # a contact put first as the setting of a plan is the planned one
            comma = next((k for k in range(end, min(end + 3, hi)) if tokens[k].text == ","), None)
            dead = dead or (comma is not None and any(comma < i <= comma + 8 for i in cues))
        negated = any(
            0 < start - n <= 4 and "," not in {t.text for t in tokens[n:start]} for n in negs
        ) or any(0 < start - n <= 2 for n in neg_dets)  # "no call", "nicio discuție"
        # "a vorbit cu Y, potrivit unui comunicat care nu a fost însoțit de …": a word of
        # taking part denied in a relative clause after a contact told is about something else
        if (
            negated
            and kept
            and all(c in ("event", "participate") for *_, c in members)
            and any(tokens[k].key in _ANY_RELATIVE for k in range(prev_end, start))
        ):
            previous_dead = True
            prev_end = end
            continue
        if negated:
            cats["denied"] = [(start, end, None)]
            return []  # "nu s-a întâlnit …, deși o astfel de întrevedere fusese anunțată"
        # "conferinţa de presă telefonică", "a phone interview": the press, not a contact
        # (but "told journalists that he had discussed …" reports a contact)
        dead = dead or any(
            start - 4 <= b0
            and b1 <= end + 4
            and not any(b1 <= t < start or end <= t < b0 for t in thats)
            for b0, b1 in blocks
        )
        # "set to meet Putin on the sidelines of the summit": the summit is the setting of
        # the planned meeting, not a contact of its own
        settings_only = all(c in ("event", "participate") for *_, c in members)
        dead = dead or (settings_only and previous_dead)
        # "va avea o întâlnire cu X, o întâlnire cu Y și un prânz cu Z": more objects of
        # the planned verb
        # (or their purpose: "is due to meet X to discuss …", "was due to travel to Kyiv to
        # meet X, and then to Berlin for talks with Y")
        dead = dead or (
            previous_dead
            and start > 0
            and tokens[start - 1].key in _INDEFINITE | _PURPOSE_LEADS
            and not _ro_auxiliary(tokens, start - 1)
        )
        # (or a noun phrase set after it: "will meet Y on Wednesday, their first meeting in
        # a year", "va avea o întâlnire cu Y, prima lor întâlnire": the planned contact)
        dead = dead or (
            previous_dead
            and any(
                tokens[k].text == ","
                and tokens[k + 1].key in _APPOSED
                and not _ro_auxiliary(tokens, k + 1)
                for k in range(max(prev_end, start - 6), start - 1)
            )
        )
        previous_dead = dead
        prev_end = end
        if dead:
            continue
        kept.extend(
            m
            for m in members
            if not (m[2] == "message" and posts)
            and not _receives_no_one(m, cats, people)
            and not any(m[0] - 2 <= i < m[0] for i in pre_cues)
        )
    return kept


def _noun_phrase_end(
    tokens: list[Token], cats: Cues, people: list[Mention], end: int, stop: int
) -> int:
    """Where the people named right after a contact noun end ("meeting between X and Y",
    "Treffen der beiden Chefdiplomaten", "встреча Лаврова и Тиллерсона"); else `end`."""
    spans = sorted(
        [(m.start, m.end) for m in people] + [(i, j) for i, j, _ in cats.get("pair", ())]
    )
    k = end
    for a, b in spans:
        if a < k:
            continue
        gap = tokens[k:a]
        if a - k > 3 or any(not t.key or t.key[0].isdigit() for t in gap) or a >= stop:
            break
        k = b
    return k


def _outside_quotes(
    tokens: list[Token], people: list[Mention], triggers: list, lo: int, hi: int
) -> list[Mention]:
    """ "'I told the US president that Putin is bluffing,' X told a joint press conference
    with Y": the people of a quotation take no part in a contact told outside it."""
    inside = [False] * (hi - lo)
    depth = 0
    for k in range(lo, hi):
        q = tokens[k].text
        if q in ("„", "«") or (q == "“" and depth == 0):
            depth += 1
        elif q in ("»", "”", "“") and depth > 0:
            depth -= 1
        elif q == '"':
            depth = 0 if depth else 1
        elif depth:
            inside[k - lo] = True
    if depth or not any(inside):
        return people  # no quotation, or one that runs on past the clause
    if any(inside[i - lo] for i, _, _ in triggers if lo <= i < hi):
        return people
    return [m for m in people if not (lo <= m.start < hi and inside[m.start - lo])]


def _in_fronted_after(tokens: list[Token], afters: list[int], cue: int, start: int) -> bool:
    """ "După ce și-a amânat vizita, X i-a telefonat lui Y", "After cancelling his trip, X
    called Y": a plan inside an 'after' clause closed by a comma is not the call's; nor is
    the noun of an 'after' phrase ("Nach der Absage habe X mit Y telefoniert", "after the
    cancellation X spoke with Y", "tras la cancelación"), whatever follows it."""
    if any(
        a < cue <= a + 2
        and all(t.key in _AFTER_DETS for t in tokens[a + 1 : cue])
        and not (a > 0 and tokens[a - 1].key == "d")  # "d'après", according to
        for a in afters
    ) and not any(cue < a < start for a in afters):
        return True
    return (
        any(a < cue for a in afters)
        and any(tokens[k].text == "," for k in range(cue + 1, start))
        and not any(cue < a < start for a in afters)
    )


_AFTER_DETS = frozenset(
    ("the", "this", "that", "his", "her", "their", "der", "die", "dem", "den", "des", "seiner",
     "ihrer", "la", "le", "l", "les", "el", "los", "las", "il", "lo", "gli", "o", "os", "as",
     "sa", "son", "ses", "su", "sus", "sua")
)


def _ro_elliptic(tokens: list[Token], lo: int, hi: int, cats: Cues) -> bool:
    """A Romanian clause opened by "iar" or "și" with no verb before its contact noun ("iar
    vineri la întâlnirea informală"): the past needs an auxiliary ("a", "au", "s-a")."""
    if tokens[lo].key not in ("iar", "si"):
        return False
    first = min((i for c in _TRIGGERS for i, _, _ in cats.get(c, ())), default=hi)
    return not any(t.key in _RO_VERBAL for t in tokens[lo + 1 : first])


# Auxiliaries and pronouns that mark a Romanian verb.
_RO_VERBAL = frozenset(
    ("a", "au", "am", "ai", "ati", "s", "se", "va", "vor", "o", "sa", "este", "sunt", "fost", "ar")
)


def _topic_parties(
    tokens: list[Token], cats: Cues, kept: list, people: list[Mention], hi: int
) -> list[Mention]:
    """ "X i-a informat pe A și B despre discuțiile pe care le avusese cu Y", "X briefed A
    about his talks with Y": a contact told as the topic, with its counterpart after "with",
    is the subject's with those; the people told of it take no part."""
    topic_ends = {j for _, j, _ in cats.get("topic", ())}
    if not kept or not people or not all(
        t[0] in topic_ends or (t[0] - 1 in topic_ends and tokens[t[0] - 1].key in _ARTICLE_WORDS)
        for t in kept
    ):
        return people
    first = min(t[0] for t in kept)
    withs = [k for k in range(first, min(hi, first + 12)) if tokens[k].key in _WITH]
    if not withs or people[0].start >= first:
        return people
    return [people[0], *(m for m in people if m.start > withs[0])]


_ARTICLE_WORDS = frozenset(("the", "his", "her", "their", "la", "le", "les", "die", "das", "der"))


def _setting_after_comma(
    tokens: list[Token], durings: list[tuple[int, int]], cue: int, start: int
) -> bool:
    """ "Invitația de a veni i-a fost adresată de X, în cadrul convorbirii pe care cei doi au
    purtat-o", "…, during their call on Monday": a contact opened by "during" after a comma is
    the setting of what came before, out of the reach of a plan told before the comma."""
    return any(
        cue < a and b <= start <= b + 2 and any(tokens[k].text == "," for k in range(cue, a))
        for a, b in durings
    )


def _ro_auxiliary(tokens: list[Token], k: int) -> bool:
    """Romanian "i-a", "l-a", "s-a" before a verb: the auxiliary "a", not an article."""
    return (
        tokens[k].key == "a"
        and k > 0
        and tokens[k - 1].key in _RO_CLITICS
        and tokens[k].start == tokens[k - 1].end + 1
    )


# Romanian auxiliaries before the participle "fost" ("a fost", "au fost", "ar fi fost").
_RO_AUX = frozenset(("a", "au", "am", "ai", "ati", "fi", "ar", "as", "ati", "s", "o", "vor", "va"))
_RO_CLITICS = frozenset(("i", "l", "s", "le", "ne", "v", "m", "ti", "mi", "si"))
_PURPOSE_LEADS = frozenset(
    ("to", "for", "pentru", "pour", "zu", "um", "per", "para", "chtoby", "dlya")
)
_INDEFINITE = frozenset(("o", "un", "a", "an", "une", "ein", "eine", "einen", "una", "uno"))
# A statement's verb right before its day ("the ministry said Wednesday", "a anunțat miercuri")
_SAID_WORDS = frozenset(
    ("said", "says", "announced", "stated", "declarat", "anuntat", "precizat", "afirmat")
)
# The first word of a noun phrase set after a clause: "…, their first meeting", "…, prima lor
# întâlnire"
_APPOSED = _INDEFINITE | frozenset(
    ("the", "their", "its", "primul", "prima", "ultimul", "ultima", "cea", "cel")
)


def _receives_no_one(trigger: tuple[int, int, str], cats: Cues, people: list[Mention]) -> bool:
    """ "received aid", "a primit sprijin": receiving, without a guest, is no meeting."""
    i, j, _ = trigger
    if not any(a == i for a, _, _ in cats.get("receive", ())):
        return False
    froms = [a for a, _, _ in cats.get("from", ())]
    guests = [
        m for m in people if j <= m.start <= j + 16 and not any(j <= f < m.start for f in froms)
    ]
    pairs = [a for a, _, _ in cats.get("pair", ()) if j <= a <= j + 6]  # "hosted the two leaders"
    # verb last: "Scholz hat … Tusk empfangen" names host and guest before it
    # ("wurde er von Selenskyj empfangen": a pronoun stands for the guest)
    pronouns = [a for a, _, _ in cats.get("pronoun", ()) if a < i]
    hosts_and_guests = len([m for m in people if m.end <= i]) + min(len(pronouns), 1) >= 2
    return not guests and not pairs and not hosts_and_guests


def _implied_earlier(
    art: ArticleState,
    tokens: list[Token],
    cats: Cues,
    keys: list[Key],
    medium: str | None,
    span: tuple[int, int],
    own_day: dt.date | None = None,
) -> bool:
    ordinals = cats.get("ordinal", ())
    recent = cats.get("recent", ())
    if not ordinals or not recent:
        return False
    days = None
    for _i, j, _ in recent:
        k = j
        n = None
        if k < len(tokens) and tokens[k].key.isdigit():
            n, k = int(tokens[k].key), k + 1
        else:
            for a, b, v in cats.get("numbers", ()):
                if a == k:
                    n, k = int(v), b
        units = [b for a, b, _ in cats.get("dayunit", ()) if a == k]
        if n and units:
            days = n
        elif units or (
            k < len(tokens)
            and tokens[k].key in ("week", "saptamana", "nedeli", "semaine", "woche", "settimana")
        ):
            days = days or 7
    if days is None:
        return False
    focus = art.focus
    if len(keys) < 2 and focus is not None:
        keys = list(focus.keys)
    if len(keys) < 2:
        return False
    same = [d for d in art.drafts if set(d.keys) == set(keys) and not d.implied]
    later = max((d.date_from for d in same), default=own_day or art.published)
    start = art.published - dt.timedelta(days=days)
    end = later - dt.timedelta(days=1)
    if end < start:
        return False
    count = max(int(v) for _, _, v in ordinals)
    for _ in range(count - 1):
        art.drafts.append(
            Draft(
                keys=list(keys),
                medium=medium or (focus.medium if focus else None),
                date_from=start,
                date_to=end,
                sentence=span,
                implied=True,
            )
        )
    return True


def _duration(tokens: list[Token], cats: Cues, lo: int, hi: int) -> int | None:
    """Minutes of a stated or approximate length ("about an hour" = 60); "more than" = None."""
    units = [(i, j, 60) for i, j, _ in cats.get("hour", ())]
    units += [(i, j, 1) for i, j, _ in cats.get("minute", ())]
    numbers = [(a, b, int(v)) for a, b, v in cats.get("numbers", ())]
    numbers += [(k, k + 1, int(t.key)) for k, t in enumerate(tokens) if t.key.isdigit()]
    halves = [a for a, _, _ in cats.get("half", ())]
    for i, j, scale in sorted(units):
        if not lo <= i < hi:
            continue
        before = [(a, b, v) for a, b, v in numbers if i - 4 <= a and b <= i]
        if not before:
            # "около часа", "about an hour" without a number word: one unit
            if any(i - 2 <= m < i for m, _, _ in cats.get("approx", ())):
                return scale
            continue
        a, b, number = max(before, key=lambda x: x[1])
        # "two and a half hours", "three and a half hours": the number before "and a half"
        if any(h == b for h in halves) and a >= 2 and tokens[a - 1].key in _AND:
            earlier = [x for x in numbers if x[1] == a - 1]
            if earlier:
                return earlier[0][2] * scale + (30 if scale == 60 else 0)
        if any(h == b for h in halves) and number == 1 and scale == 60:
            return 30  # "eine halbe Stunde", "o jumătate de oră"
        start = a - 3
        more = any(start <= m < a for m, _, _ in cats.get("more", ()))
        if more and not any(start <= m < a for m, _, _ in cats.get("approx", ())):
            return None
        if scale == 60 and any(a - 2 <= h < a for h in halves):
            return 30  # "half an hour", "jumătate de oră"
        half = any(a <= h < i or j <= h < j + 3 for h in halves)
        if a >= 2 and tokens[a - 1].key in _RANGE_TO and any(x[1] == a - 1 for x in numbers):
            return None  # "20 to 30 minutes": no single figure
        minutes = number * scale + (30 if half and scale == 60 else 0)
        if 0 < minutes <= 24 * 60:
            return minutes
    return None


def _initiator(
    art: ArticleState,
    cats: Cues,
    people: list[Mention],
    keys: list[Key],
    medium: str | None,
) -> Key | None:
    """Who called, sent, or asked for the contact, when the text says so."""
    present = [m for m in people if m.key in keys]
    for i, j, _ in [*cats.get("behalf", ()), *cats.get("initiative", ())]:
        for m in present:
            if j <= m.start <= j + 4:
                return m.key
        countries = [
            v[0] for a, b, v in cats.get("country", ()) if j - 1 <= a <= j + 4 or i - 4 <= a < i
        ]
        for code in countries:
            for k in keys:
                if _country_of(art, k) == code:
                    return k
    not_calls = {i for i, _, _ in cats.get("not_call", ())}
    callers = [i for i, _, _ in cats.get("caller", ()) if i not in not_calls]
    if callers and medium in ("phone", None):
        first = min(callers)
        before = [m for m in present if m.start < first]
        if before:
            # The nearest before "called" ("Macron, care l-a sunat"); in German the verb
            # comes last and the subject first ("Hollande hat Merkel angerufen").
            return before[0].key if art.lang == "de" else before[-1].key
    for _i, j, _ in cats.get("from", ()):
        for m in present:
            if j <= m.start <= j + 3:
                return m.key
    if medium == "message" and present and not cats.get("mutual"):
        return present[0].key  # the sender, unless they "exchanged" messages
    return None


def _country_of(art: ArticleState, key: Key, day: dt.date | None = None) -> str | None:
    if key[0] == "id":
        p = art.directory.get(int(key[1]))  # type: ignore[arg-type]
        if p is None:
            return None
        o = p.office_on(day or art.published) or (p.offices[-1] if p.offices else None)
        return o.country if o else p.country
    new = art.new_people.get(key)
    return new.country if new else None


# German capitalises its nouns: a one-word surname that the text also uses as a noun,
# after an article ("den Frieden", "einen dauerhaften Frieden", "im Frieden"), is that
# noun everywhere ("Frieden sei nur mit Stärke möglich"), unless the text also gives the
# person's full name.
_GERMAN_NOUN = re.compile(
    r"\b(?:[Dd](?:er|ie|as|en|em|es)|[Ee]in(?:e[nmrs]?)?|[Kk]ein(?:e[nmrs]?)?|im|zum|zur|vom"
    r"|beim|ins)\s+(?:[a-zäöüß]+(?:e|en|er|em|es)\s+)?([A-ZÄÖÜ][a-zäöüß]+)\b(?![-\w])"
)


def _without_common_nouns(art: ArticleState, tokens: list[Token], names: list[Mention]) -> list:
    if art.nouns is None:
        art.nouns = {m.group(1).lower() for m in _GERMAN_NOUN.finditer(art.text)}
    if not art.nouns:
        return names
    out = []
    for m in names:
        word = tokens[m.start].text.lower()
        if m.end - m.start == 1 and m.person_id is not None and word in art.nouns:
            if art.full_named is None:
                # people the text names in full, in its own spelling ("Wladimir Putin")
                every = find_names(tokenize(art.text), art.directory, art.lang)
                art.full_named = {n.person_id for n in every if n.end - n.start > 1 and n.person_id}
            if m.person_id not in art.full_named:
                continue
        out.append(m)
    return out


def _planned_sequels(tokens: list[Token], cats: Cues, people_at: frozenset[int]) -> list[int]:
    """ "X met A on Monday and plans to meet B", "se entrevistó con A, y tiene previsto
    reunirse con B", "s'est entretenu avec A et doit rencontrer B", "traf A und will B
    treffen": a plan joined by "and" to a contact told is a clause of its own (B is no party
    to the contact with A)."""
    plans = sorted(i for i, _, _ in cats.get("modal", ()))
    if not plans:
        return []
    told = sorted(i for c in _TRIGGERS for i, _, _ in cats.get(c, ()))
    out = []
    for p in plans:
        k = next(
            (k for k in range(p - 1, max(p - 6, 0), -1) if tokens[k].text.lower() in _AND_PLAN),
            None,
        )
        if k is None or not any(t < k for t in told) or any(k < t < p for t in told):
            continue
        if any(k < x < p for x in people_at):
            continue  # "… and the minister will take part": another subject, not a sequel
        if any(tokens[x].text in (".", ";") for x in range(k, p)):
            continue
        out.append(k)
    return out


_AND_PLAN = frozenset(("and", "y", "e", "et", "und", "și", "şi", "и", "а"))


def _after_quote(text: str, tokens: list[Token], i: int) -> bool:
    """Whether token `i` opens an attribution right after a closing quote ('…", wrote')."""
    if i == 0:
        return False
    k = i - 1
    if tokens[k].key in ("a", "ha", "hat"):  # "a écrit", "ha scritto", "hat geschrieben"
        k -= 1
    before = text[: tokens[k + 1].start].rstrip()
    if before.endswith(","):
        before = before[:-1].rstrip()
    return before.endswith(('"', "\u201d", "\u00bb", "\u201c"))

