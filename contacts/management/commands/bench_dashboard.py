"""Time the dashboard views on S/M/L synthetic databases against their bare query time."""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import connection
from django.db.models import Count
from django.test import Client

from contacts.views import gc_paused

SIZES: dict[str, tuple[int, int]] = {"S": (200, 5_000), "M": (1_000, 50_000), "L": (2_000, 200_000)}
SEED = 1
TARGET_PANELS_MS = 500
TARGET_RATIO = 3.0
TARGET_FRAGMENT_BYTES = 1_500_000


class Command(BaseCommand):
    help = "Generate (or reuse) .bench/{S,M,L}.sqlite3 and print view times next to query floors."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--sizes", default="S,M,L", help="Comma-separated: S,M,L")
        parser.add_argument("--requests", type=int, default=7, help="Timed requests per view (≥5)")
        # Internal: measure one size in this process (the parent sets its DATABASE_URL).
        parser.add_argument("--worker", help=argparse.SUPPRESS, default="")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["worker"]:
            self.stdout.write(json.dumps(measure(options["worker"], options["requests"])))
            return
        results = []
        for size in [s.strip().upper() for s in options["sizes"].split(",") if s.strip()]:
            if size not in SIZES:
                raise SystemExit(f"Unknown size {size!r}; choose from {', '.join(SIZES)}")
            self.stderr.write(f"{size}: preparing and measuring (first run generates data)…")
            results.append(run_worker(size, max(5, options["requests"])))
        self.stdout.write(table(results))


def bench_db(size: str) -> Path:
    return Path(settings.BASE_DIR) / ".bench" / f"{size}.sqlite3"


def run_worker(size: str, requests: int) -> dict[str, Any]:
    """Each size runs in its own process, so settings point at its own database."""
    path = bench_db(size)
    path.parent.mkdir(exist_ok=True)
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{path}",
        "DJANGO_PUBLIC_DASHBOARD": "1",
        "DJANGO_DEBUG": "",
        "DJANGO_PLAIN_STATIC": "1",
        "DJANGO_ALLOWED_HOSTS": "testserver",
        "DJANGO_LOG_LEVEL": "WARNING",
    }
    out = subprocess.run(
        [sys.executable, "manage.py", "bench_dashboard", "--worker", size,
         "--requests", str(requests)],
        cwd=settings.BASE_DIR, env=env, check=True, capture_output=True, text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def prepare(size: str) -> float:
    """Migrate and generate the size's data unless it is already there; seconds spent."""
    from contacts.models import Contact

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    people, contacts = SIZES[size]
    if not Contact.objects.exists():
        call_command(
            "generate_demo_data", people=people, contacts=contacts, seed=SEED, verbosity=0
        )
        return time.perf_counter() - started
    return 0.0


def capture_queries(fn: Callable[[], Any]) -> list[tuple[str, Any]]:
    queries: list[tuple[str, Any]] = []

    def wrapper(execute, sql, params, many, context):  # noqa: ANN001, ANN202
        queries.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(wrapper):
        fn()
    return queries


def time_queries(queries: list[tuple[str, Any]]) -> float:
    """Seconds to run exactly the view's SQL and fetch every row: the floor.

    With the garbage collector paused, as the views read their big result sets.
    """
    with gc_paused():
        started = time.perf_counter()
        with connection.cursor() as cursor:
            for sql, params in queries:
                cursor.execute(sql, params)
                if cursor.description:
                    cursor.fetchall()
        return time.perf_counter() - started


def measure(size: str, requests: int) -> dict[str, Any]:
    from contacts.models import Participation, Person

    generated = prepare(size)
    hub = (
        Person.objects.annotate(n=Count("participations")).order_by("-n", "pk").first()
    )
    other = (
        Participation.objects.filter(contact__participations__person=hub)
        .exclude(person=hub)
        .values("person__slug")
        .annotate(n=Count("pk"))
        .order_by("-n")
        .first()["person__slug"]
    )
    year = str(Participation.objects.order_by("-contact__date_from")
               .values_list("contact__date_from", flat=True).first().year)
    client = Client()
    views = [
        ("dashboard page", "/", {}),
        ("panels fragment", "/", {"HTTP_HX_REQUEST": "true"}),
        ("panels, latest year", f"/?start={year}-01-01", {"HTTP_HX_REQUEST": "true"}),
        ("panels, one country", "/?country=RU", {"HTTP_HX_REQUEST": "true"}),
        ("panels, all time", "/?period=all", {"HTTP_HX_REQUEST": "true"}),
        ("leader page (hub)", f"/people/{hub.slug}/", {}),
        ("pair page (hub's top)", f"/pairs/{hub.slug}/{other}/", {}),
    ]
    rows = []
    for name, url, headers in views:
        started = time.perf_counter()
        response = client.get(url, **headers)
        cold = time.perf_counter() - started
        assert response.status_code == 200, (url, response.status_code)
        queries = capture_queries(lambda url=url, headers=headers: client.get(url, **headers))
        # Request and floor alternate, so both see the same load on a shared machine.
        times, floors = [], []
        for _ in range(requests):
            started = time.perf_counter()
            client.get(url, **headers)
            times.append(time.perf_counter() - started)
            floors.append(time_queries(queries))
        floor = statistics.median(floors)
        median = statistics.median(times)
        rows.append({
            "view": name, "url": url, "median_ms": median * 1000, "floor_ms": floor * 1000,
            "ratio": median / floor if floor else float("inf"), "cold_ms": cold * 1000,
            "queries": len(queries), "bytes": len(response.content),
        })
    return {"size": size, "people": SIZES[size][0], "contacts": SIZES[size][1],
            "generated_s": generated, "rows": rows}


def table(results: list[dict[str, Any]]) -> str:
    lines = [
        f"{'size':<4} {'view':<24} {'median ms':>9} {'floor ms':>9} {'ratio':>6} "
        f"{'cold ms':>8} {'queries':>7} {'KB':>7}",
    ]
    for r in results:
        note = f" (generated in {r['generated_s']:.0f} s)" if r["generated_s"] else " (reused)"
        lines.append(f"-- {r['size']}: {r['people']} people, {r['contacts']} contacts{note}")
        for row in r["rows"]:
            lines.append(
                f"{r['size']:<4} {row['view']:<24} {row['median_ms']:>9.1f} "
                f"{row['floor_ms']:>9.1f} {row['ratio']:>6.2f} {row['cold_ms']:>8.0f} "
                f"{row['queries']:>7} {row['bytes'] / 1024:>7.0f}"
            )
    large = next((r for r in results if r["size"] == "L"), None)
    if large:
        panels = next(row for row in large["rows"] if row["view"] == "panels fragment")
        biggest = max(row["bytes"] for row in large["rows"] if "fragment" in row["view"]
                      or "panels" in row["view"])
        verdict = [
            ("panels median < 500 ms", panels["median_ms"] < TARGET_PANELS_MS),
            ("panels < 3x floor", panels["ratio"] < TARGET_RATIO),
            ("fragments < 1.5 MB", biggest < TARGET_FRAGMENT_BYTES),
        ]
        lines.append(
            "Targets at L: " + "; ".join(f"{t}: {'met' if ok else 'MISSED'}" for t, ok in verdict)
        )
    return "\n".join(lines)
