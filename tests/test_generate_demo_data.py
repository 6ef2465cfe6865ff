"""generate_demo_data: bulk, reproducible, heavy-tailed, every medium, articles as sources."""
from collections import Counter

import pytest
from django.core.management import call_command
from django.db.models import Count, F

from contacts.models import Alias, Article, Contact, Medium, Participation, Person, Source
from contacts.names import fold


@pytest.mark.django_db
def test_generates_a_realistic_small_set():
    before = Person.objects.count()
    call_command("generate_demo_data", people=60, contacts=800, seed=3, verbosity=0)
    people = Person.objects.filter(slug__startswith="demo-")
    assert people.count() == 60 == Person.objects.count() - before
    assert Contact.objects.count() == 800
    # search keys are filled although bulk_create skips save()
    assert all(p.name_folded == fold(p.name) for p in people)
    assert all(a.name_folded == fold(a.name) for a in Alias.objects.filter(person__in=people))
    assert set(Contact.objects.values_list("medium", flat=True)) == set(Medium.values)
    assert Contact.objects.filter(date_to__gt=F("date_from")).exists()  # ranges
    years = {d.year for d in Contact.objects.values_list("date_from", flat=True)}
    assert len(years) >= 4
    # every contact has two or more people and at least one article
    sizes = Counter(
        Contact.objects.annotate(n=Count("participations")).values_list("n", flat=True)
    )
    assert min(sizes) >= 2 and max(sizes) > 2
    assert not Contact.objects.filter(sources__isnull=True).exists()
    assert Source.objects.count() > Contact.objects.count() > Article.objects.count() / 2
    # heavy tail: the busiest tenth of people take part in a large share of contacts
    per_person = sorted(
        Participation.objects.values("person").annotate(n=Count("pk")).values_list("n", flat=True),
        reverse=True,
    )
    top = sum(per_person[: len(per_person) // 10])
    assert top > 0.25 * sum(per_person)


@pytest.mark.django_db
def test_same_seed_same_data():
    call_command("generate_demo_data", people=20, contacts=100, seed=5, verbosity=0)
    first = list(Contact.objects.order_by("pk").values_list("medium", "date_from", "date_to"))
    Contact.objects.all().delete()
    Article.objects.all().delete()
    Person.objects.filter(slug__startswith="demo-").delete()
    call_command("generate_demo_data", people=20, contacts=100, seed=5, verbosity=0)
    again = list(Contact.objects.order_by("pk").values_list("medium", "date_from", "date_to"))
    assert again == first
