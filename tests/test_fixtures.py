"""The reference fixtures: countries, people, aliases and the offices the corpus relies on."""
import datetime as dt
import json
from pathlib import Path

import pytest
from django.conf import settings

from contacts.directory import load_directory
from contacts.extraction import lexicon
from contacts.extraction.people import name_tokens, press_name_keys
from contacts.models import Alias, Country, Office, Person, offices_on
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


def test_every_iso_country_and_the_four_organisations():
    assert Country.objects.count() == 253
    organisations = Country.objects.filter(kind=Country.Kind.ORGANIZATION)
    assert set(organisations.values_list("code", flat=True)) == {"UN", "NATO", "EU", "AUC"}
    assert Country.objects.get(code="VA").kind == Country.Kind.STATE
    # "AU", the African Union's own initials, is Australia's ISO code
    assert Country.objects.get(code="AU").name_en == "Australia"
    assert Country.objects.get(code="AU").kind == Country.Kind.STATE


@pytest.mark.parametrize(
    ("day", "slug"),
    [
        (dt.date(2015, 6, 1), "nkosazana-dlamini-zuma"),
        (dt.date(2019, 3, 13), "moussa-faki"),
        (dt.date(2025, 3, 1), "moussa-faki"),
        (dt.date(2025, 9, 1), "mahmoud-ali-youssouf"),
    ],
)
def test_african_union_commission_chair_on_a_day(day, slug):
    holders = Office.objects.holders(role="head_of_organization", country="AUC", day=day)
    assert list(holders.values_list("person__slug", flat=True)) == [slug]
    assert not Office.objects.holders(role="head_of_organization", country="AU", day=day).exists()


@pytest.mark.parametrize(
    ("day", "slug"),
    [
        (dt.date(2015, 6, 1), "alexander-vershbow"),
        (dt.date(2018, 6, 1), "rose-gottemoeller"),
        (dt.date(2022, 11, 16), "mircea-geoana"),
        (dt.date(2025, 6, 1), "radmila-shekerinska"),
    ],
)
def test_nato_deputy_secretary_general_on_a_day(day, slug):
    holders = Office.objects.holders(role="other_official", country="NATO", day=day)
    assert list(holders.values_list("person__slug", flat=True)) == [slug]


def test_no_nato_deputy_between_geoana_and_shekerinska():
    day = dt.date(2024, 10, 15)  # Boris Ruge acted, and is not recorded
    assert not Office.objects.holders(role="other_official", country="NATO", day=day).exists()
    assert Person.objects.search("Geoana").get().slug == "mircea-geoana"


def test_commissioners_of_the_von_der_leyen_commissions():
    def eu_officials(day: dt.date) -> set[str]:
        holders = Office.objects.holders(role="other_official", country="EU", day=day)
        return set(holders.values_list("person__slug", flat=True))

    first, second = eu_officials(dt.date(2022, 6, 1)), eu_officials(dt.date(2025, 9, 22))
    assert {"valdis-dombrovskis", "margrethe-vestager", "frans-timmermans"} <= first
    assert "thierry-breton" in first
    assert {"roxana-minzatu", "andrius-kubilius", "marta-kos", "teresa-ribera"} <= second
    assert "frans-timmermans" not in eu_officials(dt.date(2023, 9, 1))  # resigned 2023-08-22
    assert {"valdis-dombrovskis", "maros-sefcovic"} <= first & second
    # the High Representative stays the EU's foreign minister, not one more commissioner
    assert "kaja-kallas" not in second
    kallas = Office.objects.holders(role="foreign_minister", country="EU", day=dt.date(2025, 9, 22))
    assert list(kallas.values_list("person__slug", flat=True)) == ["kaja-kallas"]


@pytest.mark.parametrize("term", ["Roxana Mînzatu", "Roxana Mânzatu", "Minzatu", "Sefcovic"])
def test_commissioners_found_in_press_spellings(term):
    assert Person.objects.search(term).get().slug in ("roxana-minzatu", "maros-sefcovic")


def test_dlamini_zuma_is_not_jacob_zuma():
    assert Person.objects.search("Dlamini-Zuma").get().slug == "nkosazana-dlamini-zuma"
    assert Person.objects.search("Jacob Zuma").get().slug == "jacob-zuma"


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


# officials.json: foreign ministers, heads of state and government since 2015, added beside
# people.json (which it must never repeat).
FIXTURES = Path(settings.BASE_DIR) / "fixtures"
LEADER_ROLES = ("head_of_state", "head_of_government", "foreign_minister")


def fixture_rows(name: str, model: str) -> list[dict]:
    rows = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return [row["fields"] for row in rows if row["model"] == model]


def test_officials_are_loaded():
    slugs = [p["slug"] for p in fixture_rows("officials.json", "contacts.person")]
    assert slugs and Person.objects.filter(slug__in=slugs).count() == len(slugs)
    offices = fixture_rows("officials.json", "contacts.office")
    assert Office.objects.filter(person__slug__in=slugs).count() == sum(
        o["person"][0] in slugs for o in offices
    )


def test_officials_repeat_no_person_of_people_json():
    people = fixture_rows("people.json", "contacts.person")
    officials = fixture_rows("officials.json", "contacts.person")
    assert {p["slug"] for p in people}.isdisjoint(p["slug"] for p in officials)
    assert {fold(p["name"]) for p in people}.isdisjoint(fold(p["name"]) for p in officials)
    assert len({p["slug"] for p in officials}) == len(officials)


def test_no_fixture_row_repeats_another_s_natural_key():
    """The loader keeps the first row of a natural key and drops the rest silently (an alias
    listed for two languages keeps only the first)."""
    keys = {
        "contacts.person": lambda f: f["slug"],
        "contacts.alias": lambda f: (f["person"][0], f["name"]),
        "contacts.office": lambda f: (f["person"][0], f["title"], f["start_date"]),
    }
    repeated = []
    for model, key in keys.items():
        seen = set()
        for name in ("people.json", "officials.json"):
            for fields in fixture_rows(name, model):
                k = key(fields)
                if k in seen:
                    repeated.append((model, k))
                seen.add(k)
    assert repeated == []


def test_officials_aliases_belong_to_one_person_per_language():
    """No spelling of a new official, in its language, also names someone else."""
    owners: dict[tuple[str, str], set[str]] = {}
    for name in ("people.json", "officials.json"):
        for alias in fixture_rows(name, "contacts.alias"):
            key = (alias["language"], fold(alias["name"]))
            owners.setdefault(key, set()).add(alias["person"][0])
    new_keys = {
        (a["language"], fold(a["name"])) for a in fixture_rows("officials.json", "contacts.alias")
    }
    assert {key: slugs for key, slugs in owners.items() if key in new_keys and len(slugs) > 1} == {}


def test_ludovic_orban_and_viktor_orban_stay_apart():
    assert Person.objects.search("Ludovic Orban").get().slug == "ludovic-orban"
    assert Person.objects.search("Viktor Orbán").get().slug == "viktor-orban"
    assert not Alias.objects.filter(person__slug="ludovic-orban", name_folded="orban").exists()


def test_leader_offices_of_one_country_do_not_overlap():
    """One holder per (country, role) at a time; the hand-over day may be shared."""
    overlaps = []
    for role in LEADER_ROLES:
        terms: dict[str, list[tuple[dt.date, dt.date, str]]] = {}
        for country, start, end, slug in Office.objects.filter(role=role).values_list(
            "country_id", "start_date", "end_date", "person__slug"
        ):
            terms.setdefault(country, []).append((start, end or dt.date.max, slug))
        for country, spans in terms.items():
            spans.sort()
            for (_, end_a, slug_a), (start_b, _, slug_b) in zip(spans, spans[1:], strict=False):
                if end_a > start_b:
                    overlaps.append((role, country, slug_a, slug_b))
    assert overlaps == []


def test_every_office_ends_after_it_starts():
    for office in fixture_rows("officials.json", "contacts.office"):
        assert office["end_date"] is None or office["end_date"] >= office["start_date"], office


@pytest.mark.parametrize(
    ("country", "day", "slug"),
    [
        ("BR", dt.date(2023, 5, 10), "mauro-vieira"),
        ("GB", dt.date(2020, 3, 1), "dominic-raab"),
        ("PL", dt.date(2021, 6, 1), "zbigniew-rau"),
        ("AR", dt.date(2022, 6, 1), "santiago-cafiero"),
        ("FR", dt.date(2019, 1, 1), "jean-yves-le-drian"),
    ],
)
def test_foreign_minister_on_a_day(country, day, slug):
    holders = Office.objects.holders(role="foreign_minister", country=country, day=day)
    assert list(holders.values_list("person__slug", flat=True)) == [slug]


@pytest.mark.parametrize(
    ("role", "country", "day", "slug"),
    [
        ("head_of_government", "RO", dt.date(2020, 6, 1), "ludovic-orban"),
        ("head_of_government", "RO", dt.date(2021, 6, 1), "florin-citu"),
        ("head_of_government", "AT", dt.date(2022, 6, 1), "karl-nehammer"),
        ("head_of_state", "CZ", dt.date(2020, 1, 1), "milos-zeman"),
    ],
)
def test_leader_on_a_day(role, country, day, slug):
    holders = Office.objects.holders(role=role, country=country, day=day)
    assert list(holders.values_list("person__slug", flat=True)) == [slug]


@pytest.mark.parametrize(
    ("day", "slug"),
    [
        (dt.date(2016, 6, 1), "joe-biden"),
        (dt.date(2019, 2, 28), "mike-pence"),
        (dt.date(2021, 3, 1), "kamala-harris"),
        (dt.date(2025, 5, 9), "jd-vance"),
    ],
)
def test_us_vice_president_on_a_day(day, slug):
    holders = Office.objects.holders(role="other_official", country="US", day=day)
    holders = holders.filter(title="Vice President of the United States")
    assert list(holders.values_list("person__slug", flat=True)) == [slug]


def test_mike_pence_is_vice_president_under_the_first_trump_term():
    pence = Person.objects.prefetch_related("offices").get(slug="mike-pence")
    office = offices_on(pence.offices.all(), dt.date(2019, 6, 1))
    assert (office.country_id, office.role) == ("US", "other_official")
    assert offices_on(pence.offices.all(), dt.date(2021, 6, 1)) is None


DATE_CATEGORIES = ("weekdays", "months", "today", "yesterday", "weekend")


def _one_words(spec: str) -> list[str]:
    """The one-word phrases of a lexicon entry, without a value ("friday:4") or a prefix
    star ("montag*")."""
    phrases = (p.strip().rpartition(":")[0] or p.strip() for p in spec.split("|"))
    return [p.rstrip("*") for p in phrases if p and " " not in p]


def _one_word_phrases(lang: str, category: str) -> list[str]:
    """The lexicon's one-word phrases of a category."""
    return _one_words(lexicon._LEX.get(lang, lexicon._LEX["en"]).get(category, ""))


@pytest.mark.django_db
def test_no_name_the_directory_finds_alone_is_a_date_word():
    """A leader found by one word that is also a day ("Friday", Romanian "marți" against
    "Martí", "ieri" against "Jerí", French "mois" against "Moïse") would turn that day into a
    person in every article; such people are left out of the directory until the extractor
    tells them apart."""
    directory = load_directory()
    clashes = set()
    for lang in lexicon.LANGUAGES:
        for category in DATE_CATEGORIES:
            for word in _one_word_phrases(lang, category):
                key = name_tokens(word)
                if len(key) == 1 and directory.by_tokens(key):
                    clashes.add((lang, word, directory.by_tokens(key)))
    assert clashes == set()


def _lexicon_words() -> set[str]:
    """Every one-word phrase of the lexicon in every language, and the function words."""
    from contacts.extraction.mentions import _FUNCTION_WORDS

    words = set(_FUNCTION_WORDS)
    for lang in lexicon.LANGUAGES:
        for spec in lexicon._LEX.get(lang, {}).values():
            if isinstance(spec, str):
                words.update(_one_words(spec))
    return words


@pytest.mark.django_db
def test_no_press_spelling_of_a_cyrillic_name_is_a_common_word():
    """The directory also reads a Cyrillic name as each press spells it ("Mikhaïl
    Michoustine", "Emomali Rachmon"); no surname alone made that way may be a word of the
    lexicon or a function word of any language."""
    directory = load_directory()
    derived = {
        key[-1:]: person.id for person in directory.people for key in press_name_keys(person)
    }
    clashes = {
        (word, derived[key])
        for word in _lexicon_words()
        if (key := name_tokens(word)) in derived
        and derived[key] in directory.by_tokens(key, latin=True)
    }
    assert clashes == set()


def test_press_spellings_of_a_cyrillic_name():
    from contacts.extraction.transliteration import press_spellings

    spellings = press_spellings("Сергей Шойгу")
    assert {"serghei șoigu", "sergueï choïgou", "sergej schojgu", "sergej šojgu"} <= spellings
    assert "volodymyr hroisman" in press_spellings("Володимир Гройсман", "uk")
    assert "rumen radev" in press_spellings("Румен Радев", "bg")


# Periods of more than GAP_DAYS since 2015 in which a (country, role) of the three leader roles
# has no office: each is explained here, or the test fails. "omission, not yet filled" marks a
# known hole still to be filled (remove the line when filling it).
GAP_DAYS = 30
GAPS_FROM, GAPS_TO = dt.date(2015, 1, 1), dt.date(2026, 11, 1)
ACCEPTED_GAPS: dict[tuple[str, str, str, str | None], str] = {
    ("AD", "head_of_government", "2015-01-01", "2019-05-16"):
        "Antoni Martí left out: his surname alone reads as Romanian 'marți' (date-word clash)",
    ("AF", "head_of_government", "2020-03-09", "2021-09-07"):
        "no prime minister under Ghani's second term until the Taliban's acting one",
    ("AG", "foreign_minister", "2015-01-01", "2018-03-26"): "omission, not yet filled",
    ("AM", "foreign_minister", "2021-05-31", "2021-08-19"):
        "vacancy: Aivazian resigned, deputies acted until Mirzoyan",
    ("AT", "head_of_state", "2016-07-08", "2017-01-26"):
        "vacancy: the National Council's presidium exercised the presidency",
    ("BB", "head_of_state", "2015-01-01", "2021-11-30"): "omission, not yet filled",
    ("BF", "foreign_minister", "2022-01-24", "2022-03-05"):
        "military junta after the 2022-01-24 coup, before the transitional government",
    ("BF", "head_of_government", "2022-01-24", "2022-03-03"):
        "military junta after the 2022-01-24 coup, before the transitional government",
    ("BG", "foreign_minister", "2026-05-08", None): "successor not found in the stored sources",
    ("BI", "head_of_government", "2015-01-01", "2020-06-24"):
        "role did not exist before the 2020 restoration of the prime minister",
    ("BJ", "head_of_government", "2015-01-01", "2015-06-18"):
        "vacancy: no prime minister until Zinsou",
    ("BJ", "head_of_government", "2016-04-06", None): "role abolished by Talon",
    ("BT", "foreign_minister", "2015-01-01", "2024-01-28"): "omission, not yet filled",
    ("CG", "head_of_government", "2015-01-01", "2016-04-23"): "omission, not yet filled",
    ("CO", "foreign_minister", "2026-08-07", None): "successor not found in the stored sources",
    ("CO", "head_of_state", "2026-08-07", None): "successor not found in the stored sources",
    ("CR", "foreign_minister", "2015-01-01", "2018-05-08"): "omission, not yet filled",
    ("CR", "foreign_minister", "2018-12-13", "2020-02-03"): "omission, not yet filled",
    ("CU", "head_of_government", "2015-01-01", "2019-12-21"):
        "the head of state (Council of State) led the government until 2019",
    ("DJ", "foreign_minister", "2025-02-15", "2025-04-01"): "omission, not yet filled",
    ("EC", "foreign_minister", "2021-03-11", "2021-05-24"):
        "a deputy minister acted until Montalvo (not recorded)",
    ("EE", "foreign_minister", "2016-10-12", "2016-11-23"):
        "another minister acted for a few weeks (not recorded)",
    ("EE", "foreign_minister", "2022-06-03", "2022-07-18"):
        "another minister acted for a few weeks (not recorded)",
    ("FJ", "foreign_minister", "2015-01-01", "2022-12-24"): "omission, not yet filled",
    ("GH", "foreign_minister", "2015-01-01", "2017-01-28"): "omission, not yet filled",
    ("GH", "foreign_minister", "2025-01-07", "2025-02-07"):
        "no ministers until the new president's cabinet was sworn in",
    ("GM", "foreign_minister", "2015-01-01", "2017-02-01"): "omission, not yet filled",
    ("GN", "foreign_minister", "2021-09-05", "2021-11-01"):
        "military junta after the 2021-09-05 coup, before the transitional government",
    ("GN", "head_of_government", "2021-09-05", "2021-10-06"):
        "military junta after the 2021-09-05 coup, before the transitional government",
    ("GQ", "foreign_minister", "2015-01-01", "2018-02-06"): "omission, not yet filled",
    ("GW", "foreign_minister", "2015-01-01", "2018-04-25"): "omission, not yet filled",
    ("GW", "foreign_minister", "2023-12-20", None): "omission, not yet filled",
    ("GW", "head_of_government", "2018-01-16", "2018-04-16"): "omission, not yet filled",
    ("GY", "foreign_minister", "2015-01-01", "2015-05-20"): "omission, not yet filled",
    ("HN", "foreign_minister", "2015-01-01", "2019-07-30"): "omission, not yet filled",
    ("HN", "foreign_minister", "2022-01-27", "2025-06-09"): "omission, not yet filled",
    ("HT", "foreign_minister", "2015-01-01", "2020-03-04"): "omission, not yet filled",
    ("HT", "foreign_minister", "2021-07-20", "2024-06-12"): "omission, not yet filled",
    ("HT", "head_of_government", "2024-04-25", "2024-06-03"): "omission, not yet filled",
    ("HT", "head_of_state", "2021-07-07", "2024-04-30"):
        "vacancy after Moïse's assassination; prime ministers governed",
    ("HT", "head_of_state", "2026-02-07", None):
        "no president after the transitional council's mandate ended",
    ("HU", "foreign_minister", "2026-05-09", None): "successor not found in the stored sources",
    ("KG", "head_of_government", "2020-10-06", "2020-11-14"):
        "Sadyr Japarov was acting prime minister in the October 2020 crisis (not recorded)",
    ("KM", "foreign_minister", "2015-01-01", "2017-05-01"): "omission, not yet filled",
    ("KN", "foreign_minister", "2015-01-01", "2015-02-18"): "omission, not yet filled",
    ("KN", "head_of_government", "2015-02-18", "2022-08-06"): "omission, not yet filled",
    ("LB", "head_of_state", "2015-01-01", "2016-10-31"): "vacancy: parliament elected no president",
    ("LB", "head_of_state", "2022-10-30", "2025-01-09"): "vacancy: parliament elected no president",
    ("LC", "foreign_minister", "2015-01-01", "2021-07-28"): "omission, not yet filled",
    ("LI", "foreign_minister", "2019-07-02", "2019-11-11"): "omission, not yet filled",
    ("LR", "foreign_minister", "2015-01-01", "2015-11-01"): "omission, not yet filled",
    ("LS", "foreign_minister", "2015-01-01", "2017-06-20"): "omission, not yet filled",
    ("LV", "foreign_minister", "2023-07-08", "2023-09-15"):
        "another minister acted until Kariņš (not recorded)",
    ("LY", "head_of_government", "2015-01-01", "2016-03-30"):
        "rival governments before the Government of National Accord",
    ("MG", "foreign_minister", "2017-04-14", "2019-01-24"): "omission, not yet filled",
    ("MG", "head_of_state", "2023-09-09", "2023-12-16"):
        "Rajoelina resigned to run; the government acted collegially until his re-investiture",
    ("ML", "foreign_minister", "2020-08-18", "2020-10-05"):
        "military junta after the 2020-08-18 coup, before the transition",
    ("ML", "head_of_government", "2020-08-18", "2020-09-27"):
        "military junta after the 2020-08-18 coup, before the transition",
    ("ML", "head_of_state", "2020-08-18", "2020-09-25"):
        "military junta after the 2020-08-18 coup, before the transition",
    ("MM", "head_of_government", "2015-01-01", "2016-04-06"):
        "role did not exist (before the State Counsellor; before the junta's premiership)",
    ("MM", "head_of_government", "2021-02-01", "2021-08-01"):
        "role did not exist (before the State Counsellor; before the junta's premiership)",
    ("MR", "foreign_minister", "2015-01-01", "2016-02-01"): "omission, not yet filled",
    ("MU", "foreign_minister", "2021-02-01", "2023-03-01"): "omission, not yet filled",
    ("MV", "foreign_minister", "2016-07-05", "2018-11-17"): "omission, not yet filled",
    ("MY", "foreign_minister", "2018-05-10", "2018-07-02"):
        "vacancy during the cabinet's formation",
    ("NG", "foreign_minister", "2015-05-29", "2015-11-11"):
        "no ministers until the new president's cabinet was sworn in",
    ("NG", "foreign_minister", "2023-05-29", "2023-08-21"):
        "no ministers until the new president's cabinet was sworn in",
    ("NP", "foreign_minister", "2017-10-17", "2018-03-16"): "omission, not yet filled",
    ("NP", "foreign_minister", "2021-06-04", "2021-09-22"): "omission, not yet filled",
    ("NP", "foreign_minister", "2022-12-26", "2024-03-06"): "omission, not yet filled",
    ("NP", "foreign_minister", "2025-09-09", "2025-12-26"): "omission, not yet filled",
    ("NP", "foreign_minister", "2026-03-26", None): "omission, not yet filled",
    ("PE", "foreign_minister", "2015-01-01", "2018-04-02"): "omission, not yet filled",
    ("PE", "foreign_minister", "2026-07-28", None): "successor not found in the stored sources",
    ("PE", "head_of_government", "2026-07-28", None): "successor not found in the stored sources",
    ("PE", "head_of_state", "2025-10-10", "2026-02-18"):
        "José Jerí left out: 'Jerí' reads as Romanian 'ieri' (date-word clash)",
    ("PE", "head_of_state", "2026-07-28", None): "successor not found in the stored sources",
    ("PG", "foreign_minister", "2019-06-07", "2022-06-23"): "omission, not yet filled",
    ("PK", "foreign_minister", "2018-04-26", "2018-08-20"): "omission, not yet filled",
    ("SB", "foreign_minister", "2015-01-01", "2024-05-07"): "omission, not yet filled",
    ("SC", "foreign_minister", "2015-01-01", "2020-11-03"): "omission, not yet filled",
    ("SC", "foreign_minister", "2025-10-26", None): "successor not found in the stored sources",
    ("SC", "head_of_state", "2015-01-01", "2016-10-16"): "omission, not yet filled",
    ("SD", "foreign_minister", "2018-04-19", "2018-06-07"):
        "vacant or held by acting officials not recorded during Sudan's transitions and war",
    ("SD", "foreign_minister", "2019-04-11", "2019-09-08"):
        "vacant or held by acting officials not recorded during Sudan's transitions and war",
    ("SD", "foreign_minister", "2020-07-09", "2021-02-08"):
        "vacant or held by acting officials not recorded during Sudan's transitions and war",
    ("SD", "foreign_minister", "2021-10-25", "2022-01-21"):
        "vacant or held by acting officials not recorded during Sudan's transitions and war",
    ("SD", "foreign_minister", "2023-04-10", "2025-04-30"):
        "vacant or held by acting officials not recorded during Sudan's transitions and war",
    ("SD", "head_of_government", "2015-01-01", "2017-03-02"):
        "role did not exist or vacant during Sudan's transitions and war",
    ("SD", "head_of_government", "2019-04-11", "2019-08-21"):
        "role did not exist or vacant during Sudan's transitions and war",
    ("SD", "head_of_government", "2022-01-02", "2025-05-19"):
        "role did not exist or vacant during Sudan's transitions and war",
    ("SL", "foreign_minister", "2021-04-29", "2023-07-10"): "omission, not yet filled",
    ("SM", "foreign_minister", "2016-12-27", "2020-01-08"): "omission, not yet filled",
    ("SN", "head_of_government", "2019-05-14", "2022-09-17"): "role abolished until 2022",
    ("SO", "foreign_minister", "2015-01-01", "2021-11-20"): "omission, not yet filled",
    ("SO", "foreign_minister", "2023-12-01", "2024-04-07"): "omission, not yet filled",
    ("SO", "head_of_government", "2020-07-25", "2020-09-23"): "omission, not yet filled",
    ("SR", "foreign_minister", "2015-01-01", "2017-03-01"): "omission, not yet filled",
    ("SR", "foreign_minister", "2025-05-26", "2025-07-17"): "omission, not yet filled",
    ("ST", "foreign_minister", "2015-01-01", "2022-11-14"): "omission, not yet filled",
    ("ST", "head_of_state", "2015-01-01", "2016-09-03"): "omission, not yet filled",
    ("SY", "head_of_government", "2025-03-29", None):
        "role abolished by the 2025 constitutional declaration",
    ("SY", "head_of_state", "2024-12-08", "2025-01-29"):
        "al-Sharaa led the new authorities de facto before being named president",
    ("SZ", "head_of_government", "2018-09-04", "2018-10-27"): "omission, not yet filled",
    ("TD", "head_of_government", "2018-05-04", "2021-04-26"): "role abolished from 2018 to 2021",
    ("TG", "head_of_government", "2015-01-01", "2015-06-05"): "omission, not yet filled",
    ("TL", "foreign_minister", "2015-01-01", "2015-02-16"): "omission, not yet filled",
    ("TL", "foreign_minister", "2017-09-15", "2018-06-22"): "omission, not yet filled",
    ("TN", "foreign_minister", "2020-07-24", "2020-09-02"): "omission, not yet filled",
    ("TN", "head_of_government", "2021-07-25", "2021-10-11"):
        "Saied dismissed the prime minister and governed without one until Najla Bouden",
    ("TR", "head_of_government", "2018-07-09", None): "role abolished in 2018",
    ("VC", "foreign_minister", "2015-01-01", "2020-11-10"): "omission, not yet filled",
    ("VC", "head_of_government", "2025-11-28", None):
        "Godwin Friday left out: 'Friday' is a date word",
    ("VE", "foreign_minister", "2017-06-21", "2017-08-02"): "omission, not yet filled",
    ("YE", "foreign_minister", "2015-01-01", "2015-03-23"): "omission, not yet filled",
    ("YE", "foreign_minister", "2024-02-05", "2024-03-26"): "vacancy",
    ("ZM", "foreign_minister", "2021-05-12", "2021-09-07"): "omission, not yet filled",

}


def leader_office_gaps() -> set[tuple[str, str, str, str | None]]:
    """(country, role, first uncovered day, day an office starts or None) for every gap."""
    terms: dict[tuple[str, str], list[tuple[dt.date, dt.date]]] = {}
    for name in ("people.json", "officials.json"):
        for o in fixture_rows(name, "contacts.office"):
            if o["role"] in LEADER_ROLES:
                start = dt.date.fromisoformat(o["start_date"])
                end = dt.date.fromisoformat(o["end_date"]) if o["end_date"] else dt.date.max
                terms.setdefault((o["country"], o["role"]), []).append((start, end))
    gaps = set()
    for (country, role), spans in terms.items():
        covered = GAPS_FROM
        for start, end in sorted(spans):
            if start > covered + dt.timedelta(days=GAP_DAYS):
                gaps.add((country, role, covered.isoformat(), start.isoformat()))
            covered = max(covered, end)
        if covered < GAPS_TO:
            gaps.add((country, role, covered.isoformat(), None))
    return gaps


def test_every_gap_in_the_leader_offices_is_explained():
    gaps = leader_office_gaps()
    assert sorted(gaps - ACCEPTED_GAPS.keys()) == []
    assert sorted(ACCEPTED_GAPS.keys() - gaps) == []  # filled: drop its line
    assert all(ACCEPTED_GAPS.values())
