"""Latin spellings of a name written in Cyrillic letters, by each press's convention.

The directory often holds an official's English name and their Russian one ("Михаил
Мишустин"), while Romanian, French, German, Spanish, Italian and Portuguese papers spell it
their own way ("Mihail Mișustin", "Mikhaïl Michoustine", "Michail Mischustin", "Mijaíl
Mishustin"). `press_spellings` writes a Cyrillic name by each of these conventions (and the
scholarly one, "Lukašenko"); the directory indexes them as further names of the person.
"""

from __future__ import annotations

import re

_VOWELS = set("аеёиоуыэюяіїєaeiou")
_SOFT = set("еёиіыэюяєї")  # after г/к a Romance spelling marks the hard sound ("Serghei")

# Letters every convention writes alike.
_COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "io", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu",
    "я": "ia", "і": "i", "ї": "i", "є": "ie", "ґ": "g", "ђ": "dj", "ј": "j", "љ": "lj",
    "њ": "nj", "ћ": "c", "џ": "dz",
}  # fmt: skip

_BY_LANG = {
    "ro": {"ж": "j", "х": "h", "ц": "ț", "ч": "c", "ш": "ș", "щ": "șc", "ы": "î",
           "ё": "io", "ю": "iu", "я": "ia"},
    "fr": {"ж": "j", "х": "kh", "ч": "tch", "ш": "ch", "щ": "chtch", "у": "ou", "й": "ï",
           "ю": "iou", "ё": "io"},
    "de": {"ж": "sch", "з": "s", "в": "w", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch",
           "щ": "schtsch", "й": "j", "я": "ja", "ю": "ju", "ё": "jo", "є": "je"},
    "es": {"ж": "y", "х": "j", "ч": "ch", "ш": "sh", "щ": "sch", "й": "i"},
    "es2": {"ж": "zh", "х": "j"},
    "it": {"ж": "j", "х": "ch", "ч": "c", "ш": "sc", "щ": "sc", "й": "j", "ц": "z"},
    "pt": {"ж": "j", "х": "kh", "ч": "tch", "ш": "ch", "щ": "chtch"},
    "sci": {"ж": "ž", "х": "h", "ц": "c", "ч": "č", "ш": "š", "щ": "šč", "й": "j",
            "я": "ja", "ю": "ju", "ё": "jo", "ы": "y"},
}  # fmt: skip

# Where a convention writes the hard г/к before a soft vowel ("Serghei", "Sergueï").
_HARD_G = {"ro": "gh", "fr": "gu", "es": "gu", "es2": "gu", "pt": "gu", "it": "gh"}
# Where it marks е/я/ю at the start of a word or after a vowel with a glide ("Jewgeni").
_IOTATED_E = {"de": "je", "es": "ye", "es2": "ye"}
# States whose officials' names are written in Cyrillic letters at home.
CYRILLIC_COUNTRIES = frozenset(("RU", "UA", "BY", "KZ", "KG", "TJ", "RS", "BG", "MK", "MN"))
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def is_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def press_spellings(name: str, language: str = "ru") -> set[str]:
    """The name as each press convention writes it (lower case, accents kept)."""
    text = name.lower()
    out = set()
    for conv, table in _BY_LANG.items():
        out.add(_write(text, conv, table, language))
    return out


def _write(text: str, conv: str, table: dict[str, str], language: str) -> str:
    parts = []
    n = len(text)
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        word_start = not prev.isalpha()
        word_end = not nxt.isalpha()
        if ch == "г" and language in ("uk", "be"):
            parts.append("h")
            continue
        if ch == "ъ" and language == "bg":
            parts.append("ă" if conv == "ro" else "a")
            continue
        if ch == "щ" and language == "bg":
            parts.append({"de": "schtsch"}.get(conv, "sht"))
            continue
        if ch == "г" and nxt in _SOFT and conv in _HARD_G:
            parts.append(_HARD_G[conv])
            continue
        if ch == "е" and conv in _IOTATED_E and (word_start or prev in _VOWELS or prev in "ьъ"):
            parts.append(_IOTATED_E[conv])
            continue
        if ch == "и" and language in ("uk",):
            parts.append("y")
            continue
        if ch == "ч" and conv in ("ro", "it") and nxt not in "еиі":
            parts.append("ci")  # "Abramovici", "Ciornomîrdin"
            continue
        if ch == "ш" and conv == "it" and nxt not in "еиі":
            parts.append("sci")
            continue
        if ch == "н" and conv == "fr" and word_end and prev == "и":
            parts.append("ne")  # "Poutine", "Michoustine"
            continue
        parts.append(table.get(ch, _COMMON.get(ch, ch)))
    return "".join(parts)
