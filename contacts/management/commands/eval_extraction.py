"""Score the extractor on the development corpus with the corpus's own score.py."""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from contacts.directory import load_directory
from contacts.management.commands.extract_contacts import _date, _lang, suggest

SHARED = Path(settings.BASE_DIR).parent / "shared" / "corpus"


class Command(BaseCommand):
    help = "Run the extractor over the corpus and print score.py's precision, recall and F1."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--corpus", default=str(SHARED / "dev.jsonl"))
        parser.add_argument("--score", default=str(SHARED / "score.py"), help="the scorer")
        parser.add_argument("--predictions", help="also keep the predictions in this file")

    def handle(self, *args, **options) -> None:
        corpus, scorer = Path(options["corpus"]), Path(options["score"])
        for path in (corpus, scorer):
            if not path.exists():
                raise CommandError(f"{path}: no such file")
        call_command("migrate", interactive=False, verbosity=0)
        call_command("load_reference_data", verbosity=0)
        directory = load_directory()
        lines = []
        for n, line in enumerate(corpus.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            r = json.loads(line)
            where = f"{corpus}:{n}"
            contacts = suggest(
                r["text"],
                published=_date(r["published"], f"{where} published"),
                lang=_lang(r["lang"], f"{where} lang"),
                directory=directory,
            )
            lines.append(json.dumps({"id": r["id"], "contacts": contacts}, ensure_ascii=False))
        with tempfile.TemporaryDirectory() as tmp:
            pred = Path(options["predictions"] or Path(tmp) / "pred.jsonl")
            pred.write_text("\n".join(lines) + "\n", encoding="utf-8")
            result = subprocess.run(
                [sys.executable, str(scorer), str(corpus), str(pred)],
                capture_output=True,
                text=True,
                check=False,
            )
        if result.returncode:
            raise CommandError(f"{scorer} failed: {result.stderr.strip()}")
        self.stdout.write(result.stdout.rstrip())
