"""Rule-based extraction of leader-to-leader contacts from article text (no ORM inside)."""

from contacts.extraction.extractor import Participant, Suggestion, extract_contacts
from contacts.extraction.lexicon import LANGUAGES
from contacts.extraction.mentions import NewPerson
from contacts.extraction.people import Directory, OfficeTerm, PersonEntry

__all__ = [
    "LANGUAGES",
    "Directory",
    "NewPerson",
    "OfficeTerm",
    "Participant",
    "PersonEntry",
    "Suggestion",
    "extract_contacts",
]
