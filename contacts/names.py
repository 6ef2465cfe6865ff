"""Name folding: one comparable form for names in any script, with or without diacritics."""

import re

from anyascii import anyascii

_SPACES = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case ASCII with single spaces: "Uşakov", "Ușakov", "Ушаков" -> "usakov"/"ushakov".

    anyascii maps both the cedilla (ş) and the comma-below (ș) Romanian letters to "s",
    and transliterates Cyrillic, so one index serves every script editors paste.
    """
    return _SPACES.sub(" ", anyascii(text).lower()).strip()
