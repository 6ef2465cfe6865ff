"""Management commands: load_reference_data, load_seeds, create_editor, export_contacts."""

import csv
import datetime as dt
import io
import json
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import CommandError, ManagementUtility, call_command

from contacts.models import Alias, Article, Contact, Country, Office, Person, Source

SEEDS = Path(settings.BASE_DIR) / "seeds"


def run(*args: str) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_load_reference_data_adds_only_what_is_missing(db):
    # The session database already holds the fixtures: a second load adds nothing...
    assert " 0 added" in run("load_reference_data")
    # ...and leaves an editor's corrections alone, without the fixture's version beside them.
    trump = Office.objects.filter(person__slug="donald-trump").latest("start_date")
    moved = trump.start_date + dt.timedelta(days=1)
    Office.objects.filter(pk=trump.pk).update(title="Edited title", start_date=moved)
    Country.objects.filter(code="RO").update(capital="Edited")
    # A role corrected on an office keeps its title and start (the table's unique key).
    pence = Office.objects.filter(person__slug="mike-pence").first()
    Office.objects.filter(pk=pence.pk).update(role="minister")
    offices = Office.objects.count()
    assert " 0 added" in run("load_reference_data")
    assert Office.objects.count() == offices
    assert Office.objects.get(pk=trump.pk).title == "Edited title"
    assert Country.objects.get(code="RO").capital == "Edited"


def test_load_reference_data_restores_missing_rows_with_their_search_keys(
    db, django_assert_max_num_queries
):
    # A no-op load reads each table once instead of three queries per fixture row.
    with django_assert_max_num_queries(10):
        assert " 0 added" in run("load_reference_data")
    Person.objects.filter(slug="ahmed-attaf").delete()  # with aliases and offices
    Alias.objects.filter(person__slug="vladimir-putin", language="ru").delete()
    out = run("load_reference_data")
    attaf = Person.objects.get(slug="ahmed-attaf")
    assert attaf.name_folded == "ahmed attaf" and attaf.country_id == "DZ"
    assert attaf.offices.filter(role="foreign_minister", country="DZ").exists()
    assert Alias.objects.get(person=attaf, name="Ахмед Аттаф").name_folded == "akhmed attaf"
    assert Person.objects.search("Путин").get().slug == "vladimir-putin"
    added = 1 + Alias.objects.filter(person=attaf).count() + attaf.offices.count()
    added += Alias.objects.filter(person__slug="vladimir-putin", language="ru").count()
    assert f"Reference data: {added} added" in out


def test_load_seeds_loads_the_seed_and_a_second_run_changes_nothing(db):
    first = run("load_seeds")
    assert "3 contact(s) created" in first
    snapshot = (
        list(Article.objects.values()),
        list(Contact.objects.values("id", "medium", "date_from", "date_to", "duration_minutes")),
        list(Source.objects.values()),
    )
    second = run("load_seeds")
    assert "0 contact(s) created, 3 already recorded" in second
    assert snapshot == (
        list(Article.objects.values()),
        list(Contact.objects.values("id", "medium", "date_from", "date_to", "duration_minutes")),
        list(Source.objects.values()),
    )
    article = Article.objects.get()
    assert article.body == (SEEDS / "000_12f3dc67eeff07b2.txt").read_text(encoding="utf-8")
    assert article.outlet == "Digi24" and article.language == "ro"


def test_load_seeds_rolls_back_a_broken_seed_whole(db, tmp_path):
    shutil.copy(SEEDS / "000_12f3dc67eeff07b2.txt", tmp_path)
    meta = json.loads((SEEDS / "000_12f3dc67eeff07b2.json").read_text(encoding="utf-8"))
    good = dict(meta, url="https://example.org/good")
    broken = dict(meta, url="https://example.org/broken")
    broken["contacts"] = [*meta["contacts"], {**meta["contacts"][0], "medium": "telepathy"}]
    (tmp_path / "a.json").write_text(json.dumps(good), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(CommandError, match="unknown medium 'telepathy'"):
        run("load_seeds", "--dir", str(tmp_path))
    assert Article.objects.count() == 0 and Contact.objects.count() == 0


def test_load_seeds_names_unknown_people(db, tmp_path):
    shutil.copy(SEEDS / "000_12f3dc67eeff07b2.txt", tmp_path)
    meta = json.loads((SEEDS / "000_12f3dc67eeff07b2.json").read_text(encoding="utf-8"))
    meta["contacts"][0]["participants"] = ["vladimir-putin", "nobody-known"]
    (tmp_path / "a.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(CommandError, match="unknown people nobody-known"):
        run("load_seeds", "--dir", str(tmp_path))
    assert Article.objects.count() == 0


def test_create_editor_once_with_a_random_password(db):
    out = run("create_editor")
    password = out.split("password: ")[1].split()[0]
    user = User.objects.get(username="editor")
    assert user.check_password(password) and user.is_staff
    assert list(user.groups.values_list("name", flat=True)) == ["Editors"]
    assert "exists" in run("create_editor")
    assert User.objects.get(username="editor").check_password(password)
    # Random, never a fixed default.
    User.objects.all().delete()
    assert run("create_editor").split("password: ")[1].split()[0] != password


SEED_EXPORT = [
    {
        "participants": [
            ("Masoud Pezeshkian", "IR", "head_of_state"),
            ("Vladimir Putin", "RU", "head_of_state"),
        ],
        "medium": "phone",
        "date": None,
        "date_from": "2026-03-05",
        "date_to": "2026-03-09",
        "duration_minutes": None,
    },
    {
        "participants": [
            ("Donald Trump", "US", "head_of_state"),
            ("Vladimir Putin", "RU", "head_of_state"),
        ],
        "medium": "phone",
        "date": "2026-03-09",
        "date_from": None,
        "date_to": None,
        "duration_minutes": 60,
    },
    {
        "participants": [
            ("Masoud Pezeshkian", "IR", "head_of_state"),
            ("Vladimir Putin", "RU", "head_of_state"),
        ],
        "medium": "phone",
        "date": "2026-03-10",
        "date_from": None,
        "date_to": None,
        "duration_minutes": None,
    },
]


def test_export_contacts_json_prints_the_seed_contacts_with_sources(seeded):
    records = json.loads(run("export_contacts", "--format", "json"))
    assert [
        {
            "participants": [(p["name"], p["country"], p["role"]) for p in r["participants"]],
            **{k: r[k] for k in ("medium", "date", "date_from", "date_to", "duration_minutes")},
        }
        for r in records
    ] == SEED_EXPORT
    meta = json.loads((SEEDS / "000_12f3dc67eeff07b2.json").read_text(encoding="utf-8"))
    evidence = {c["evidence"] for c in meta["contacts"]}
    for r in records:
        assert r["initiator"] is None
        (source,) = r["sources"]
        assert source["url"] == meta["url"]
        assert source["outlet"] == "Digi24"
        assert source["published"] == "2026-03-10"
        assert source["evidence"] in evidence


def test_export_contacts_filters(seeded):
    def count(*args: str) -> int:
        return len(json.loads(run("export_contacts", *args)))

    assert count("--start", "2026-03-10") == 1
    assert count("--end", "2026-03-08") == 1  # the range 03-05..03-09 overlaps
    assert count("--country", "US") == 1
    assert count("--country", "us", "--country", "IR") == 3
    assert count("--person", "masoud-pezeshkian") == 2
    assert count("--start", "2027-01-01") == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--start", "10/03/2026"), "not an ISO date"),
        (("--start", "2026-03-10", "--end", "2026-03-01"), "--end is before --start"),
        (("--country", "ZZ"), "unknown country code"),
        (("--person", "nobody"), "unknown person slug"),
    ],
)
def test_export_contacts_rejects_bad_filters(seeded, args, message):
    with pytest.raises(CommandError, match=message):
        run("export_contacts", *args)


def test_export_contacts_bad_date_on_the_command_line_is_a_usage_error(seeded, capsys):
    # From a shell, a bad option value is argparse's usage error, not a traceback.
    with pytest.raises(SystemExit) as exit_:
        ManagementUtility(["manage.py", "export_contacts", "--start", "10/03/2026"]).execute()
    assert exit_.value.code == 2
    assert "argument --start: '10/03/2026' is not an ISO date" in capsys.readouterr().err


def test_export_contacts_csv(seeded):
    rows = list(csv.DictReader(io.StringIO(run("export_contacts", "--format", "csv"))))
    assert [r["date"] or f"{r['date_from']}..{r['date_to']}" for r in rows] == [
        "2026-03-05..2026-03-09",
        "2026-03-09",
        "2026-03-10",
    ]
    assert rows[1]["participants"] == "Donald Trump | Vladimir Putin"
    assert rows[1]["duration_minutes"] == "60"
    assert "Digi24, 2026-03-10" in rows[1]["sources"]


def test_seed_people_who_take_part_in_nothing_exist_with_offices(seeded):
    for slug in ("dmitry-peskov", "yuri-ushakov", "mojtaba-khamenei", "ali-khamenei"):
        person = Person.objects.get(slug=slug)
        assert person.offices.exists()
        assert not person.contacts.exists()


def comparable(records: list[dict]) -> list[dict]:
    return [{k: v for k, v in r.items() if k not in ("id", "sources")} for r in records]


def test_load_seeds_through_the_extractor_equals_what_an_editor_records(db):
    run("load_seeds", "--extract")
    extracted = json.loads(run("export_contacts"))
    Contact.objects.all().delete()
    run("load_seeds")
    recorded = json.loads(run("export_contacts"))
    assert comparable(extracted) == comparable(recorded)
    assert len(extracted) == 3
    # Either way, a second load (of either kind) adds nothing.
    assert "0 contact(s) created" in run("load_seeds", "--extract")
