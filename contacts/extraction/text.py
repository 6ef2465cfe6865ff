"""Sentences, tokens in folded form, and a matcher for lexicon phrases over tokens."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

from anyascii import anyascii

from contacts.extraction.people import skeleton

V = TypeVar("V")

_TOKEN = re.compile(r"\w+|[,;:()\[\]\"„“”«»—–]", re.UNICODE)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”»)]?\s+")
# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "lt",
        "col",
        "sen",
        "rep",
        "gov",
        "prof",
        "jr",
        "sr",
        "nr",
        "no",
        "dl",
        "dna",
        "pr",
        "ing",
        "hr",
        "fr",
        "mme",
        "mm",
        "m",
        "gospod",
        "g",
        "sv",
        "ca",
        "cca",
        "approx",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    key: str  # folded: lower-case ASCII letters and digits
    skel: str  # spelling skeleton of key, for names
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return bool(self.key)

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


@lru_cache(maxsize=65536)
def fold_token(text: str) -> str:
    return _NON_ALNUM.sub("", anyascii(text).lower())


@lru_cache(maxsize=65536)
def _skeleton(key: str) -> str:
    return skeleton(key)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        key = fold_token(word) if word[0].isalnum() or word[0] == "_" else ""
        out.append(
            Token(word, key, _skeleton(key) if key else "", m.start() + offset, m.end() + offset)
        )
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`; paragraphs always end a sentence."""
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        chunk = para.group()
        pos = 0
        for m in _SENTENCE_END.finditer(chunk):
            before = chunk[pos : m.start()].rsplit(None, 1)
            last = before[-1] if before else ""
            last_word = re.sub(r"\W", "", last.rsplit(".", 1)[-1]).lower()
            nxt = chunk[m.end() : m.end() + 1]
            if (
                not nxt
                or not (nxt.isupper() or nxt in '"„“«(—–' or nxt.isdigit())
                or last_word in _ABBREVIATIONS
                or (len(last_word) == 1 and last_word.isalpha() and not _platform_x(before))
                or (last_word.isdigit() and _looks_like_ordinal_date(chunk, m.end()))
            ):
                continue
            end = m.end()
            spans.append((start + pos, start + len(chunk[:end].rstrip())))
            pos = end
        if pos < len(chunk) and chunk[pos:].strip():
            spans.append((start + pos, start + len(chunk.rstrip())))
    return spans


def _platform_x(before: list[str]) -> bool:
    """The network X after a preposition ("in a post on X.", "pe X.", "sur X."), not an
    initial ("George W."): the full stop ends the sentence."""
    if not before or before[-1] not in ("X", "X.") or len(before) < 2:
        return False
    words = before[0].rsplit(None, 1)
    return bool(words) and words[-1].lower() in _ON_PLATFORM


_ON_PLATFORM = frozenset(("on", "pe", "sur", "auf", "su", "en", "no", "na", "via", "в", "у"))


def _looks_like_ordinal_date(chunk: str, pos: int) -> bool:
    """German "23. Juli": a day number with a full stop before a capitalised month."""
    word = re.match(r"\w+", chunk[pos:])
    return bool(word) and fold_token(word.group()) in _GERMAN_MONTHS


_GERMAN_MONTHS = frozenset(
    [
        "januar",
        "februar",
        "marz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ]
)


class PhraseSet(Generic[V]):
    """Phrases of folded tokens; a token ending in "*" matches by prefix.

    `find` returns (start, end, value) for every phrase that matches at every position.
    """

    def __init__(self, phrases: Mapping[str, V] | Iterable[tuple[str, V]]) -> None:
        items = phrases.items() if isinstance(phrases, Mapping) else phrases
        self._exact: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        self._prefix: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        seen = set()
        for phrase, value in items:
            parts = tuple(_fold_pattern(p) for p in phrase.split())
            parts = tuple(p for p in parts if p)
            if not parts or (parts, value) in seen:
                continue
            seen.add((parts, value))
            first = parts[0]
            if first.endswith("*"):
                self._prefix.setdefault(first[:2], []).append((parts, value))
            else:
                self._exact.setdefault(first, []).append((parts, value))

    def find(
        self, tokens: list[Token], lo: int = 0, hi: int | None = None
    ) -> list[tuple[int, int, V]]:
        hi = len(tokens) if hi is None else hi
        out = []
        for i in range(lo, hi):
            key = tokens[i].key
            if not key:
                continue
            cands = self._exact.get(key, [])
            pref = self._prefix.get(key[:2])
            if pref:
                cands = cands + pref
            for parts, value in cands:
                j = _match(parts, tokens, i, hi)
                if j:
                    out.append((i, j, value))
        return out


def _fold_pattern(p: str) -> str:
    star = p.endswith("*")
    key = fold_token(p.rstrip("*"))
    return key + "*" if star and key else key


def _match(parts: tuple[str, ...], tokens: list[Token], i: int, hi: int) -> int:
    j = i
    for part in parts:
        while j < hi and not tokens[j].key:
            # Punctuation inside a phrase breaks it, except quotes.
            if tokens[j].text in '"„“”«»':
                j += 1
                continue
            return 0
        if j >= hi:
            return 0
        key = tokens[j].key
        if part.endswith("*"):
            if not key.startswith(part[:-1]):
                return 0
        elif key != part:
            return 0
        j += 1
    return j
