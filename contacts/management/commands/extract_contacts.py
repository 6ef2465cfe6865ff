"""Print the contacts the extractor suggests for a text file, or for each record of a JSONL file."""
import datetime as dt
import json
import logging
import re
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from contacts.directory import load_directory
from contacts.extraction import LANGUAGES, Directory, extract_contacts


def _date(value: str, where: str = "--published") -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except (TypeError, ValueError):
        raise CommandError(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _lang(value: str, where: str = "--lang") -> str:
    """An ISO 639-1 code; languages without a lexicon are read with the English one."""
    lang = (value or "").strip().lower()
    if not re.fullmatch(r"[a-z]{2}", lang):
        raise CommandError(f"{where}: {value!r} is not a language code ({', '.join(LANGUAGES)})")
    return lang


logger = logging.getLogger(__name__)


def suggest(text: str, *, published: dt.date, lang: str, directory: Directory) -> list[dict]:
    return [
        s.to_record()
        for s in extract_contacts(text, published=published, lang=lang, directory=directory)
    ]


def suggest_or_error(
    rid: str, text: str, *, published: dt.date, lang: str, directory: Directory
) -> tuple[list[dict], str | None]:
    """The suggestions for one record of a batch, or none and the reason the extractor failed:
    one article the rules stumble on must not cost the rest of the batch."""
    try:
        return suggest(text, published=published, lang=lang, directory=directory), None
    except Exception as e:  # noqa: BLE001 - any fault of the rules, reported per record
        logger.exception("extractor failed on record %s", rid)
        return [], f"{type(e).__name__}: {e}"


class Command(BaseCommand):
    help = "Suggest contacts for one article (FILE --published --lang) or a JSONL corpus."

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", nargs="?", help="a UTF-8 text file with one article")
        parser.add_argument("--published", help="publication date of FILE (YYYY-MM-DD)")
        parser.add_argument("--lang", help=f"language of FILE: {', '.join(LANGUAGES)}")
        parser.add_argument(
            "--jsonl", help="records with id, lang, published, text; one output line each"
        )

    def handle(self, *args, **options) -> None:
        if bool(options["file"]) == bool(options["jsonl"]):
            raise CommandError("give either FILE (with --published and --lang) or --jsonl PATH")
        if options["jsonl"]:
            self._jsonl(Path(options["jsonl"]))
            return
        path = Path(options["file"])
        if options["published"] is None or options["lang"] is None:
            raise CommandError("FILE needs --published DATE and --lang LANG")
        published = _date(options["published"])
        lang = _lang(options["lang"])
        text = _read(path)
        contacts = suggest(text, published=published, lang=lang, directory=load_directory())
        self.stdout.write(json.dumps(contacts, ensure_ascii=False, indent=2))

    def _jsonl(self, path: Path) -> None:
        records = []
        for n, line in enumerate(_read(path).splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text, rid = record["text"], record["id"]
            except (json.JSONDecodeError, KeyError, TypeError) as e:
                raise CommandError(f"{path}:{n}: not a record with id and text ({e})") from None
            where = f"{path}:{n}"
            published = _date(record.get("published"), f"{where} published")
            lang = _lang(record.get("lang"), f"{where} lang")
            records.append((rid, text, published, lang))
        # Every record is checked before the first line is printed: bad input prints nothing.
        directory = load_directory()
        failed = []
        for rid, text, published, lang in records:
            contacts, error = suggest_or_error(
                rid, text, published=published, lang=lang, directory=directory
            )
            row = {"id": rid, "contacts": contacts}
            if error:
                row["error"] = error
                failed.append(str(rid))
            self.stdout.write(json.dumps(row, ensure_ascii=False))
        if failed:
            raise CommandError(
                f"the extractor failed on {len(failed)} of {len(records)} records "
                f"({', '.join(failed[:10])}); their lines carry an 'error' and no contacts"
            )


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CommandError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise CommandError(f"{path}: cannot read it as UTF-8 text ({e})") from None
