"""The reference fixtures: countries, people, aliases and the offices the corpus relies on."""
import datetime as dt
import json
from pathlib import Path

import pytest
from django.conf import settings

from contacts.models import Alias, Country, Office, Person
from contacts.names import fold

CORPUS = Path(settings.BASE_DIR).parent / "shared" / "corpus" / "dev.jsonl"
SEED_PEOPLE = (
    "vladimir-putin",
    "masoud-pezeshkian",
    "donald-trump",
    "dmitry-peskov",
    "yuri-ushakov",
    "mojtaba-khamenei",
    "ali-khamenei",
)


def gold_participants() -> list[tuple[str, dict, dt.date]]:
    """(article id, participant, day) for every day a gold contact's date names."""
    rows = []
    with CORPUS.open(encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            for contact in article["contacts"]:
                days = [contact["date"]] if contact["date"] else [
                    contact["date_from"],
                    contact["date_to"],
                ]
                for participant in contact["participants"]:
                    rows.extend(
                        (article["id"], participant, dt.date.fromisoformat(day)) for day in days
                    )
    return rows


pytestmark = pytest.mark.django_db


def test_every_iso_country_and_the_three_organisations():
    assert Country.objects.count() == 252
    organisations = Country.objects.filter(kind=Country.Kind.ORGANIZATION)
    assert set(organisations.values_list("code", flat=True)) == {"UN", "NATO", "EU"}
    assert Country.objects.get(code="VA").kind == Country.Kind.STATE


def test_every_country_has_a_romanian_name_with_comma_below_letters():
    assert not Country.objects.filter(name_ro="").exists()
    names_ro = "".join(Country.objects.values_list("name_ro", flat=True))
    assert "ş" not in names_ro and "ţ" not in names_ro
    assert Country.objects.get(code="RU").name_ro == "Rusia"
    assert Country.objects.get(code="MD").name_ro == "Republica Moldova"
    assert Country.objects.get(code="US").name_en == "United States"


def test_coordinates_are_in_range_where_present():
    for lat, lon in Country.objects.values_list("latitude", "longitude"):
        assert (lat is None) == (lon is None)
        if lat is not None:
            assert -90 <= lat <= 90 and -180 <= lon <= 180
    bucharest = Country.objects.get(code="RO")
    assert bucharest.capital == "Bucharest"
    assert round(bucharest.latitude) == 44 and round(bucharest.longitude) == 26


def test_seed_people_exist():
    assert set(Person.objects.filter(slug__in=SEED_PEOPLE).values_list("slug", flat=True)) == set(
        SEED_PEOPLE
    )


@pytest.mark.parametrize("day", [dt.date(2026, 3, 9), dt.date(2026, 3, 10)])
@pytest.mark.parametrize(
    ("slug", "country"),
    [("vladimir-putin", "RU"), ("masoud-pezeshkian", "IR"), ("donald-trump", "US")],
)
def test_seed_participants_are_heads_of_state_on_the_seed_days(slug, country, day):
    holders = Office.objects.holders(role="head_of_state", country=country, day=day)
    assert list(holders.values_list("person__slug", flat=True)) == [slug]


def test_supreme_leader_changed_before_the_seed_article():
    leaders = Office.objects.filter(title="Supreme Leader of Iran").held_on(dt.date(2026, 3, 10))
    assert list(leaders.values_list("person__slug", flat=True)) == ["mojtaba-khamenei"]
    assert not Office.objects.holders(
        role="head_of_state", country="IR", day=dt.date(2026, 3, 10)
    ).filter(person__slug__endswith="khamenei").exists()


@pytest.mark.parametrize("term", ["Uşakov", "Ușakov", "Usakov", "Ушаков", "Yuri Ushakov"])
def test_ushakov_is_found_in_every_spelling(term):
    assert list(Person.objects.search(term).values_list("slug", flat=True)) == ["yuri-ushakov"]


def test_aliases_cover_english_romanian_and_russian_spellings():
    putin = Person.objects.get(slug="vladimir-putin")
    assert {"en", "ro", "ru"} <= set(putin.aliases.values_list("language", flat=True))
    assert Person.objects.search("Volodimir Zelenski").get().slug == "volodymyr-zelenskyy"
    assert Person.objects.search("Зеленский").get().slug == "volodymyr-zelenskyy"
    assert Person.objects.search("Benedetto XVI").get().slug == "pope-benedict-xvi"
    people_without_russian = Person.objects.exclude(aliases__language="ru")
    assert not people_without_russian.exists()
    assert Alias.objects.filter(person__slug="vladimir-putin", name="Vladimir Putin").exists()


def test_every_gold_participant_holds_the_gold_office_on_the_gold_date():
    missing = []
    for article_id, participant, day in gold_participants():
        person = Person.objects.get(name_folded=fold(participant["name"]))
        holders = Office.objects.holders(
            role=participant["role"], country=participant["country"], day=day
        )
        if not holders.filter(person=person).exists():
            missing.append((article_id, participant["name"], day.isoformat()))
    assert missing == []


def test_offices_of_one_title_do_not_overlap_within_a_person():
    for person in Person.objects.prefetch_related("offices"):
        terms = sorted(
            (o.title, o.start_date, o.end_date or dt.date.max) for o in person.offices.all()
        )
        for (title_a, _, end_a), (title_b, start_b, _) in zip(terms, terms[1:], strict=False):
            assert title_a != title_b or end_a < start_b, person.slug
