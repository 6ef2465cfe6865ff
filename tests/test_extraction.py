"""Tests for contacts/extraction: cases in tests/data/extraction/*.json, and the seed article."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from contacts.extraction import Directory, Suggestion, extract_contacts
from contacts.names import fold

DATA = Path(__file__).parent / "data" / "extraction"
ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_12f3dc67eeff07b2.txt"
# Unit cases read with tests/data/extraction/directory.json; every other *.json there
# (but directory.json) holds whole articles read with the people of fixtures/.
CASE_FILES = ("dates.json", "media.json", "negatives.json", "people.json")


def _directory() -> Directory:
    return Directory.from_dicts(json.loads((DATA / "directory.json").read_text("utf-8")))


DIRECTORY = _directory()


def _cases() -> list:
    out = []
    for name in CASE_FILES:
        for case in json.loads((DATA / name).read_text(encoding="utf-8")):
            out.append(pytest.param(case, id=f"{name[:-5]}: {case['name']}"))
    return out


def _extract(case: dict, directory: Directory = DIRECTORY) -> list[Suggestion]:
    return extract_contacts(
        case["text"],
        published=dt.date.fromisoformat(case["published"]),
        lang=case["lang"],
        directory=directory,
    )


def _names(names: list[str]) -> frozenset[str]:
    return frozenset(fold(n) for n in names)


def _span(c: dict) -> tuple[str, str]:
    return (c["date"], c["date"]) if c.get("date") else (c["date_from"], c["date_to"])


def _matches(want: dict, got: dict) -> bool:
    return (
        _names(want["participants"]) == _names([p["name"] for p in got["participants"]])
        and want["medium"] == got["medium"]
        and _span(want) == _span(got)
    )


@pytest.mark.parametrize("case", _cases())
def test_extraction_case(case: dict) -> None:
    suggestions = _extract(case)
    got = [s.to_record() for s in suggestions]
    assert len(got) == len(case["expected"]), got
    for want in case["expected"]:
        found = [(s, g) for s, g in zip(suggestions, got, strict=True) if _matches(want, g)]
        assert found, (want, got)
        suggestion, record = found[0]
        if "duration_minutes" in want:
            assert record["duration_minutes"] == want["duration_minutes"]
        if "initiator" in want:
            assert fold(record["initiator"] or "") == fold(want["initiator"] or "")
        for name, role in want.get("roles", {}).items():
            assert {p["name"]: p["role"] for p in record["participants"]}[name] == role
        if "new_people" in want:
            assert [vars(p) for p in suggestion.new_people] == want["new_people"]
            assert None in suggestion.person_ids
        assert record["evidence"] in case["text"]


def _articles() -> list:
    out = []
    for path in sorted(DATA.glob("*.json")):
        name = path.name
        if name in CASE_FILES or name == "directory.json":
            continue
        cases = json.loads(path.read_text(encoding="utf-8"))
        out.extend(pytest.param(c, id=f"{name[:-5]}: {c['name']}") for c in cases)
    return out


# django_db: with `-k whole_articles` no other selected test would ask for the test
# database, and the session directory would be read from an empty one.
@pytest.mark.django_db
@pytest.mark.parametrize("case", _articles())
def test_whole_articles_with_reference_people(case: dict, reference_directory: Directory) -> None:
    """Articles we wrote in the corpus's style, read with the people of fixtures/."""
    got = [s.to_record() for s in _extract(case, reference_directory)]
    assert len(got) == len(case["expected"]), got
    unmatched = list(got)
    for want in case["expected"]:
        found = next((g for g in unmatched if _matches(want, g)), None)
        assert found is not None, (want, got)
        unmatched.remove(found)
        if "duration_minutes" in want:
            assert found["duration_minutes"] == want["duration_minutes"]
        if "initiator" in want:
            assert fold(found["initiator"] or "") == fold(want["initiator"] or "")


@pytest.fixture(scope="session")
def reference_directory(django_db_setup, django_db_blocker) -> Directory:
    """The people of fixtures/, read once: the cases only read it."""
    from contacts.directory import load_directory

    with django_db_blocker.unblock():
        return load_directory()


def test_record_schema() -> None:
    case = {"text": "Xi Jinping sent a letter to Donald Trump on Monday.", "lang": "en",
            "published": "2025-10-15"}
    (suggestion,) = _extract(case)
    record = suggestion.to_record()
    assert set(record) == {"participants", "medium", "date", "date_from", "date_to",
                           "duration_minutes", "initiator", "evidence"}
    assert record["participants"][0] == {"name": "Xi Jinping", "country": "CN",
                                         "role": "head_of_state"}
    assert suggestion.person_ids == [26, 2]
    assert suggestion.initiator_id == 26
    assert case["text"][suggestion.evidence_start:suggestion.evidence_end] == record["evidence"]


def test_directory_lookups() -> None:
    assert [p.id for p in DIRECTORY.by_alias("Пезешкиан")] == [22]
    assert [p.id for p in DIRECTORY.by_alias("Iuri Ușakov")] == [21]
    assert [p.id for p in DIRECTORY.by_alias("iuri uşakov")] == [21]
    assert DIRECTORY.holder("head_of_state", "US", dt.date(2022, 6, 1)).name == "Joe Biden"
    assert DIRECTORY.holder("head_of_state", "US", dt.date(2025, 6, 1)).name == "Donald Trump"
    assert DIRECTORY.holder("head_of_state", "US", dt.date(2021, 1, 1)).name == "Donald Trump"
    assert DIRECTORY.holder("head_of_state", "RU", dt.date(2010, 1, 1)) is None


SEED_CONTACTS = [
    (["Vladimir Putin", "Masoud Pezeshkian"], "phone", ("2026-03-10", "2026-03-10"), None),
    (["Vladimir Putin", "Donald Trump"], "phone", ("2026-03-09", "2026-03-09"), 60),
    (["Vladimir Putin", "Masoud Pezeshkian"], "phone", ("2026-03-05", "2026-03-09"), None),
]


def _seed_records(directory: Directory) -> list[tuple]:
    text = SEED.read_text(encoding="utf-8")
    got = extract_contacts(text, published=dt.date(2026, 3, 10), lang="ro", directory=directory)
    out = []
    for s in got:
        r = s.to_record()
        out.append((_names([p["name"] for p in r["participants"]]), r["medium"], _span(r),
                    r["duration_minutes"]))
    return out


def _seed_expected() -> list[tuple]:
    return [(_names(p), m, d, n) for p, m, d, n in SEED_CONTACTS]


def test_seed_article_end_to_end_with_test_directory() -> None:
    assert sorted(_seed_records(DIRECTORY), key=str) == sorted(_seed_expected(), key=str)


@pytest.mark.django_db
def test_seed_article_end_to_end_with_reference_people() -> None:
    from contacts.directory import load_directory

    assert sorted(_seed_records(load_directory()), key=str) == sorted(_seed_expected(), key=str)


@pytest.mark.django_db
def test_extract_contacts_command_on_the_seed(capsys: pytest.CaptureFixture) -> None:
    call_command("extract_contacts", str(SEED), published="2026-03-10", lang="ro")
    records = json.loads(capsys.readouterr().out)
    assert len(records) == 3
    assert {r["medium"] for r in records} == {"phone"}


@pytest.mark.django_db
def test_extract_contacts_command_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "in.jsonl"
    row = {"id": "x1", "lang": "ro", "published": "2026-03-10",
           "text": SEED.read_text(encoding="utf-8")}
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    call_command("extract_contacts", jsonl=str(path))
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["id"] == "x1"
    assert len(json.loads(line)["contacts"]) == 3


@pytest.mark.django_db
def test_extract_contacts_jsonl_checks_every_record_before_printing(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    path = tmp_path / "in.jsonl"
    good = {"id": "x1", "lang": "ro", "published": "2026-03-10", "text": "Text."}
    bad = {"id": "x2", "lang": "ro", "published": "10.03.2026", "text": "Text."}
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(CommandError, match=r"in.jsonl:2 published"):
        call_command("extract_contacts", jsonl=str(path))
    assert capsys.readouterr().out == ""


@pytest.mark.django_db
def test_extract_contacts_jsonl_goes_on_past_a_record_the_extractor_fails_on(
    tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from contacts.management.commands import extract_contacts as command

    real = command.suggest

    def flaky(text: str, **kwargs) -> list[dict]:
        if text.startswith("BOOM"):
            raise IndexError("list index out of range")
        return real(text, **kwargs)

    monkeypatch.setattr(command, "suggest", flaky)
    seed = SEED.read_text(encoding="utf-8")
    rows = [
        {"id": "a", "lang": "ro", "published": "2026-03-10", "text": "BOOM " + seed},
        {"id": "b", "lang": "ro", "published": "2026-03-10", "text": seed},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with pytest.raises(CommandError, match=r"failed on 1 of 2 records \(a\)"):
        call_command("extract_contacts", jsonl=str(path))
    first, second = (json.loads(x) for x in capsys.readouterr().out.splitlines())
    assert first == {"id": "a", "contacts": [], "error": "IndexError: list index out of range"}
    assert second["id"] == "b" and len(second["contacts"]) == 3


@pytest.mark.django_db
def test_eval_scores_a_record_the_extractor_fails_on_as_no_contacts(
    tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from contacts.management.commands import eval_extraction
    from contacts.management.commands import extract_contacts as command

    def broken(text: str, **kwargs) -> list[dict]:
        raise KeyError("x")

    monkeypatch.setattr(command, "suggest", broken)
    rows = [{"id": "a", "lang": "en", "published": "2026-03-10", "text": "Text."}]
    lines = eval_extraction._predict(rows, tmp_path / "gold.jsonl", DIRECTORY)
    assert [json.loads(x) for x in lines] == [{"id": "a", "contacts": []}]
    assert "the extractor failed on a (KeyError: 'x')" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "options", "message"),
    [
        (["missing.txt"], {"published": "2026-03-10", "lang": "ro"}, "no such file"),
        ([str(SEED)], {"published": "10/03/2026", "lang": "ro"}, "not an ISO date"),
        ([str(SEED)], {"published": "2026-03-10", "lang": "romanian"}, "language code"),
        ([str(SEED)], {"lang": "ro"}, "--published"),
        ([], {}, "either FILE"),
    ],
)
@pytest.mark.django_db
def test_extract_contacts_command_bad_input(args: list, options: dict, message: str) -> None:
    with pytest.raises(CommandError, match=message):
        call_command("extract_contacts", *args, **options)


@pytest.mark.django_db
def test_eval_extraction_runs_the_scorer_on_the_predictions(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    corpus = tmp_path / "dev.jsonl"
    row = {"id": "s1", "lang": "ro", "published": "2026-03-10", "contacts": [],
           "text": SEED.read_text(encoding="utf-8")}
    corpus.write_text(json.dumps(row) + "\n", encoding="utf-8")
    scorer = tmp_path / "score.py"
    scorer.write_text(
        "import json, sys\n"
        "rows = [json.loads(x) for x in open(sys.argv[2]) if x.strip()]\n"
        "print('scored', len(rows), sum(len(r['contacts']) for r in rows))\n",
        encoding="utf-8",
    )
    call_command("eval_extraction", corpus=str(corpus), score=str(scorer), heldout="")
    assert capsys.readouterr().out.strip() == "scored 1 3"


SHARED_SCORER = ROOT.parent / "shared" / "corpus" / "score.py"


def _heldout_rows() -> list[dict]:
    seed = SEED.read_text(encoding="utf-8")
    gold = [
        {"participants": [{"name": n} for n in names], "medium": medium, "date": a if a == b
         else None, "date_from": None if a == b else a, "date_to": None if a == b else b}
        for names, medium, (a, b), _ in SEED_CONTACTS
    ]
    return [
        {"id": "t1", "lang": "ro", "published": "2026-03-10", "text": seed, "contacts": gold},
        {"id": "t2", "lang": "de", "published": "2025-10-15", "contacts": [],
         "text": "Bundeskanzler Merz wird am Freitag mit Selenskyj telefonieren."},
    ]


def _write_heldout(folder: Path, rows: list[dict], names: tuple[str, ...]) -> None:
    folder.mkdir()
    for name in names:
        (folder / name).write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")


@pytest.mark.django_db
def test_eval_extraction_prints_per_language_f1_of_each_heldout_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    rows = _heldout_rows()
    _write_heldout(tmp_path / "heldout", rows, ("tune.jsonl", "check.jsonl"))
    # a second folder whose check set lacks the negative: its lines must differ
    _write_heldout(tmp_path / "heldout2", rows, ("tune.jsonl",))
    (tmp_path / "heldout2" / "check.jsonl").write_text(json.dumps(rows[0]) + "\n", "utf-8")
    _write_heldout(tmp_path / "heldout11", rows, ("tune.jsonl",))  # after heldout2, not before
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "tune.jsonl").write_text(json.dumps(rows[0]) + "\n", "utf-8")
    corpus = tmp_path / "dev.jsonl"
    corpus.write_text(json.dumps(rows[0]) + "\n", encoding="utf-8")
    call_command("eval_extraction", corpus=str(corpus), score=str(SHARED_SCORER),
                 heldout=str(tmp_path / "heldout*"))
    out = capsys.readouterr().out.splitlines()
    labels = [line.split()[0] for line in out if line.startswith("heldout")]
    assert list(dict.fromkeys(labels)) == [
        "heldout/tune", "heldout/check", "heldout2/tune", "heldout2/check", "heldout11/tune"
    ]
    for label in ("heldout/tune", "heldout/check", "heldout2/tune"):
        lines = {line.split()[1]: line for line in out if line.startswith(label + " ")}
        assert set(lines) == {"all", "ro", "de", "other", "false"}
        assert "articles=  2" in lines["all"] and "F1=1.000" in lines["all"]
        assert "gold=  3" in lines["ro"] and "F1=1.000" in lines["ro"]
        assert "gold=  0" in lines["de"] and "pred=  0" in lines["de"]
        assert "articles=  1" in lines["other"]
        assert lines["false"].endswith("false contacts on negatives: 0")
    lines = {line.split()[1]: line for line in out if line.startswith("heldout2/check ")}
    assert set(lines) == {"all", "ro", "false"}
    assert "articles=  1" in lines["all"]


@pytest.mark.django_db
def test_eval_extraction_sets_tune_leaves_the_check_files_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    rows = _heldout_rows()
    _write_heldout(tmp_path / "heldout", rows, ("tune.jsonl",))
    # a check file that cannot be read: scoring it would fail the command
    (tmp_path / "heldout" / "check.jsonl").write_text("not json\n", "utf-8")
    corpus = tmp_path / "dev.jsonl"
    corpus.write_text(json.dumps(rows[0]) + "\n", encoding="utf-8")
    call_command("eval_extraction", corpus=str(corpus), score=str(SHARED_SCORER),
                 heldout=str(tmp_path / "heldout*"), sets="tune")
    out = capsys.readouterr().out
    assert "heldout/tune " in out
    assert "check" not in out
    with pytest.raises(CommandError, match="unknown dev"):
        call_command("eval_extraction", corpus=str(corpus), score=str(SHARED_SCORER),
                     heldout=str(tmp_path / "heldout*"), sets="tune,dev")


@pytest.mark.django_db
def test_bench_extraction_prints_articles_per_second(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    corpus = tmp_path / "dev.jsonl"
    row = {"id": "s1", "lang": "ro", "published": "2026-03-10",
           "text": SEED.read_text(encoding="utf-8")}
    corpus.write_text(json.dumps(row) + "\n", encoding="utf-8")
    call_command("bench_extraction", corpus=str(corpus), seconds=0.05)
    assert "articles/s on one core" in capsys.readouterr().out


def test_one_name_after_an_unnamed_pair_is_read_without_a_crash() -> None:
    # "The two heads of state" opens a contact with nobody named yet; a later sentence naming
    # one of them must not look up the first participant of that empty contact.
    text = (
        "Cei doi șefi de stat au vorbit despre război.\n"
        "După discuția telefonică, președintele Klaus Iohannis a transmis un mesaj pe contul său."
    )
    got = extract_contacts(text, published=dt.date(2022, 3, 25), lang="ro", directory=DIRECTORY)
    assert all(len(s.person_ids) >= 2 for s in got)


def test_a_stem_in_another_script_reads_no_latin_word_as_a_country() -> None:
    """ "Куб*" folds to "kub": "Kubilius" is no Cuban, "indiqué" no Indian."""
    from contacts.extraction.countries import latin_country_word

    assert latin_country_word("cuba", "CU") and not latin_country_word("kubilius", "CU")
    assert latin_country_word("indian", "IN") and not latin_country_word("indique", "IN")
