"""Print how many articles per second the extractor reads on one core."""
import datetime as dt
import json
import time
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from contacts.directory import load_directory
from contacts.extraction import extract_contacts
from contacts.management.commands.eval_extraction import SHARED


class Command(BaseCommand):
    help = "Time the extractor over the corpus texts, repeated; prints articles per second."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--corpus", default=str(SHARED / "dev.jsonl"))
        parser.add_argument("--seconds", type=float, default=2.0, help="minimum run time")

    def handle(self, *args, **options) -> None:
        corpus = Path(options["corpus"])
        if not corpus.exists():
            raise CommandError(f"{corpus}: no such file")
        call_command("migrate", interactive=False, verbosity=0)
        call_command("load_reference_data", verbosity=0)
        directory = load_directory()
        records = [json.loads(x) for x in corpus.read_text(encoding="utf-8").splitlines() if x]
        articles = [(r["text"], dt.date.fromisoformat(r["published"]), r["lang"]) for r in records]
        # One warm-up pass: the lexicons are compiled once per process.
        for text, published, lang in articles:
            extract_contacts(text, published=published, lang=lang, directory=directory)
        done, start = 0, time.perf_counter()
        while (elapsed := time.perf_counter() - start) < options["seconds"] or not done:
            for text, published, lang in articles:
                extract_contacts(text, published=published, lang=lang, directory=directory)
            done += len(articles)
        elapsed = time.perf_counter() - start
        self.stdout.write(
            f"extraction: {done / elapsed:.0f} articles/s on one core "
            f"({done} articles of {corpus.name}, {elapsed:.1f} s; target 50/s)"
        )
