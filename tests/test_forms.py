"""contacts/forms.py: every dashboard parameter is validated; bad values are named, not ignored."""
import datetime as dt

import pytest
from django.http import QueryDict

from contacts.forms import DashboardFilterForm, Filters, PairForm


def form(query: str) -> DashboardFilterForm:
    return DashboardFilterForm(QueryDict(query))


@pytest.mark.django_db
def test_empty_query_gives_defaults():
    f = form("")
    assert f.is_valid(), f.errors
    assert f.filters() == Filters()


@pytest.mark.django_db
def test_valid_query_is_cleaned_into_filters(seeded):
    f = form(
        "start=2026-03-01&end=2026-03-31&country=RU&country=IR&person=vladimir-putin"
        "&medium=phone&role=head_of_state&min_pair=2&nodes=country&colour=community&period=all"
    )
    assert f.is_valid(), f.errors
    filters = f.filters()
    assert filters.start == dt.date(2026, 3, 1) and filters.end == dt.date(2026, 3, 31)
    assert filters.countries == ("IR", "RU")
    assert filters.person_slugs == ("vladimir-putin",) and len(filters.person_ids) == 1
    assert (filters.media, filters.roles, filters.min_pair) == (("phone",), ("head_of_state",), 2)
    assert (filters.nodes, filters.colour, filters.period) == ("country", "community", "all")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("start=2026-13-01", "start"),
        ("start=yesterday", "start"),
        ("end=10/03/2026", "end"),
        ("start=2026-03-10&end=2026-03-01", "end"),
        ("country=XX", "country"),
        ("country=ru", "country"),
        ("person=nobody-at-all", "person"),
        ("medium=pigeon", "medium"),
        ("role=king", "role"),
        ("min_pair=0", "min_pair"),
        ("min_pair=two", "min_pair"),
        ("nodes=planets", "nodes"),
        ("colour=pink", "colour"),
        ("period=decade", "period"),
        ("start=2026-01-01&start=2026-02-01", "start"),
        ("countries=RU", "countries"),
    ],
)
def test_bad_values_are_errors_naming_the_parameter(query, named):
    f = form(query)
    assert not f.is_valid()
    assert named in f.error_message()


def test_pair_window_is_validated():
    assert PairForm(QueryDict("days=5")).is_valid()
    bad = PairForm(QueryDict("days=0"))
    assert not bad.is_valid() and "days" in bad.error_message()
    assert not PairForm(QueryDict("day=5")).is_valid()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "",
        "period=all",
        "start=2026-03-01&end=2026-03-31&country=IR&country=RU&person=donald-trump"
        "&person=vladimir-putin&match=all&medium=phone&role=head_of_state&min_pair=2"
        "&nodes=country&colour=community",
    ],
)
def test_query_string_selects_the_same_filters_again(seeded, query):
    f = form(query)
    assert f.is_valid(), f.errors

    again = form(f.filters().query_string())

    assert again.is_valid(), again.errors
    assert again.filters() == f.filters()
    assert f.filters().query_string() == query
