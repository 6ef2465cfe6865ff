"""Score the extractor on the development corpus, and on the held-out sets, with score.py."""

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from contacts.directory import load_directory
from contacts.extraction import Directory
from contacts.management.commands.extract_contacts import _date, _lang, suggest_or_error

SHARED = Path(settings.BASE_DIR).parent / "shared" / "corpus"
# Every held-out folder (heldout/, heldout2/, …), each with tune.jsonl and check.jsonl.
HELDOUT = Path(settings.BASE_DIR) / "tests" / "data" / "heldout*"
HELDOUT_SETS = ("tune", "check")


class Command(BaseCommand):
    help = (
        "Run the extractor over the corpus and print score.py's precision, recall and F1; "
        "then per-language F1 on each held-out folder's sets, when present."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--corpus", default=str(SHARED / "dev.jsonl"))
        parser.add_argument("--score", default=str(SHARED / "score.py"), help="the scorer")
        parser.add_argument("--predictions", help="also keep the predictions in this file")
        parser.add_argument(
            "--heldout",
            default=str(HELDOUT),
            help="folders (a glob) with tune.jsonl and check.jsonl ('' to skip them)",
        )
        parser.add_argument(
            "--sets",
            default=",".join(HELDOUT_SETS),
            help="held-out files to score, comma-separated ('tune' leaves check unseen)",
        )

    def handle(self, *args, **options) -> None:
        corpus, scorer = Path(options["corpus"]), Path(options["score"])
        for path in (corpus, scorer):
            if not path.exists():
                raise CommandError(f"{path}: no such file")
        sets = [x.strip() for x in options["sets"].split(",") if x.strip()]
        unknown = sorted(set(sets) - set(HELDOUT_SETS))
        if unknown:
            raise CommandError(f"--sets: unknown {', '.join(unknown)} (choose from tune, check)")
        call_command("migrate", interactive=False, verbosity=0)
        call_command("load_reference_data", verbosity=0)
        directory = load_directory()
        rows = _records(corpus)
        lines = _predict(rows, corpus, directory)
        with tempfile.TemporaryDirectory() as tmp:
            pred = Path(options["predictions"] or Path(tmp) / "pred.jsonl")
            pred.write_text("\n".join(lines) + "\n", encoding="utf-8")
            self.stdout.write(_run(scorer, corpus, pred).rstrip())
        for folder in _heldout_folders(options["heldout"]):
            for name in HELDOUT_SETS:
                path = folder / f"{name}.jsonl"
                if name in sets and path.exists():
                    self._heldout(path, scorer, directory)

    def _heldout(self, path: Path, scorer: Path, directory: Directory) -> None:
        """One line per language of a held-out set: F1 with and without the date condition."""
        label = f"{path.parent.name}/{path.stem}"
        rows = _records(path)
        predictions = _predict(rows, path, directory)
        order = {"ro": 0, "en": 1}
        languages = sorted({r["lang"] for r in rows}, key=lambda x: (order.get(x, 2), x))
        if any(x not in order for x in languages):
            languages.append("other")  # the targets group every language but ro and en
        with tempfile.TemporaryDirectory() as tmp:
            pred = Path(tmp) / "pred.jsonl"
            pred.write_text("\n".join(predictions) + "\n", encoding="utf-8")
            for lang in ("all", *languages):
                subset = [
                    r
                    for r in rows
                    if lang in ("all", r["lang"]) or (lang == "other" and r["lang"] not in order)
                ]
                gold = Path(tmp) / f"gold-{lang}.jsonl"
                gold.write_text(
                    "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in subset),
                    encoding="utf-8",
                )
                res = json.loads(_run(scorer, gold, pred, "--json"))["all"]
                negatives = sum(1 for r in subset if not r["contacts"])
                self.stdout.write(
                    f"{label:15} {lang:5} articles={len(subset):3} gold={res['gold']:3} "
                    f"pred={res['pred']:3} P={res['precision']:.3f} R={res['recall']:.3f} "
                    f"F1={res['f1']:.3f} F1(no date)={res['f1_loose']:.3f} "
                    f"negatives={negatives}"
                )
            res = json.loads(_run(scorer, path, pred, "--json"))
            self.stdout.write(
                f"{label:15} false contacts on negatives: {res['negatives_false_contacts']}"
            )


_NUMBER = re.compile(r"\d+$")


def _heldout_folders(pattern: str) -> list[Path]:
    """The folders a glob names, in their numbers' order ("heldout", "heldout2", …,
    "heldout11"); none for ''."""
    if not pattern:
        return []
    path = Path(pattern)
    return sorted((p for p in path.parent.glob(path.name) if p.is_dir()), key=_folder_number)


def _folder_number(folder: Path) -> tuple[int, str]:
    number = _NUMBER.search(folder.name)
    return (int(number.group()) if number else 0, folder.name)


def _records(path: Path) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def _predict(rows: list[dict], path: Path, directory: Directory) -> list[str]:
    """One prediction line per record; a record the extractor fails on is scored as no
    contacts (and named on stderr) rather than stopping the whole evaluation."""
    lines, failed = [], []
    for n, r in enumerate(rows, 1):
        where = f"{path}:{n}"
        contacts, error = suggest_or_error(
            r["id"],
            r["text"],
            published=_date(r["published"], f"{where} published"),
            lang=_lang(r["lang"], f"{where} lang"),
            directory=directory,
        )
        if error:
            failed.append(f"{r['id']} ({error})")
        lines.append(json.dumps({"id": r["id"], "contacts": contacts}, ensure_ascii=False))
    if failed:
        sys.stderr.write(f"{path}: the extractor failed on {'; '.join(failed)}\n")
    return lines


def _run(scorer: Path, gold: Path, pred: Path, *flags: str) -> str:
    result = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(pred), *flags],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        raise CommandError(f"{scorer} failed: {result.stderr.strip()}")
    return result.stdout
