"""Time image exports: a cold export in a new process, warm PNG/SVG/PDF of timeline and graph."""
import datetime as dt
import math
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

import plotly.graph_objects as go
from django.conf import settings
from django.core.management.base import BaseCommand

from contacts import export

SIZES = {"S": (800, 450), "M": (1200, 675)}
WARM_PNG_TARGET_SECONDS = 0.5  # timeline at M (issue 4)
COLD_TARGET_SECONDS = 4.0
# Exports are clicks seconds apart: by then the browser has reloaded its tab from the last
# image (contacts.export reloads after answering). Back-to-back exports are timed separately.
IDLE_SECONDS = 1.0

# The first export of a fresh process, as a worker meets it after a restart.
COLD_SCRIPT = """
import time, django
django.setup()
from contacts import export
from contacts.management.commands.bench_export import timeline_figure
fig = timeline_figure()
t = time.perf_counter()
export.render_figure(fig, fmt="png", width=1200, height=675, scale=1)
print(time.perf_counter() - t)
"""

MEDIA = {"phone": "#1f77b4", "video": "#2ca02c", "meeting": "#d62728", "message": "#9467bd"}


def timeline_figure(contacts: int = 300, people: int = 20) -> go.Figure:
    """A timeline the size of a busy quarter: `contacts` markers on `people` lanes."""
    rng = random.Random(4)
    start = dt.date(2026, 1, 1)
    fig = go.Figure()
    for medium, colour in MEDIA.items():
        days = [start + dt.timedelta(days=rng.randrange(90)) for _ in range(contacts // 4)]
        fig.add_trace(
            go.Scatter(
                x=days,
                y=[f"Leader {rng.randrange(people):02d}" for _ in days],
                mode="markers",
                marker={"color": colour, "size": 10},
                name=medium,
                hovertext=[f"{medium} on {d.isoformat()}" for d in days],
            )
        )
    fig.update_layout(template="plotly_white", yaxis={"type": "category"})
    return fig


def graph_figure(nodes: int = 80, edges: int = 200) -> go.Figure:
    """A network the size of a busy quarter: one edge trace with None gaps, one node trace."""
    rng = random.Random(4)
    pos = {
        n: (math.cos(2 * math.pi * n / nodes) + rng.random() / 3, math.sin(2 * math.pi * n / nodes))
        for n in range(nodes)
    }
    xs: list[float | None] = []
    ys: list[float | None] = []
    for _ in range(edges):
        u, v = rng.sample(range(nodes), 2)
        xs += [pos[u][0], pos[v][0], None]
        ys += [pos[u][1], pos[v][1], None]
    fig = go.Figure(
        [
            go.Scatter(x=xs, y=ys, mode="lines", line={"color": "#999", "width": 1}, name="edges"),
            go.Scatter(
                x=[p[0] for p in pos.values()],
                y=[p[1] for p in pos.values()],
                mode="markers+text",
                text=[f"Leader {n:02d}" for n in pos],
                textposition="top center",
                marker={"size": [8 + rng.randrange(20) for _ in pos]},
                name="people",
            ),
        ]
    )
    fig.update_layout(
        template="plotly_white",
        showlegend=False,
        xaxis={"visible": False},
        yaxis={"visible": False},
    )
    return fig


def median_seconds(run: Callable[[], object], repeat: int, *, pause: float = 0.0) -> float:
    times = []
    for _ in range(repeat):
        time.sleep(pause)
        t = time.perf_counter()
        run()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


class Command(BaseCommand):
    help = "Median times of image exports (cold start in a new process; warm PNG, SVG, PDF)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--repeat", type=int, default=5, help="warm exports per cell")
        parser.add_argument("--cold-runs", type=int, default=3, help="new processes to start")

    def handle(self, *args, **options) -> None:
        cold = statistics.median(self.cold_export() for _ in range(options["cold_runs"]))
        self.stdout.write(
            f"cold PNG export (new process, median of {options['cold_runs']}): {cold:.2f} s"
        )

        figures = {"timeline": timeline_figure(), "graph": graph_figure()}
        export.render_figure(figures["timeline"], fmt="png", width=100, height=100, scale=1)
        warm: dict[tuple[str, str, str], float] = {}
        self.stdout.write(f"warm exports, median of {options['repeat']} (s):")
        header = "".join(f"{f:>7}" for f in export.IMAGE_FORMATS)
        self.stdout.write(f"  {'figure':<9}{'size':<12}{header}")
        for kind, fig in figures.items():
            for size, (width, height) in SIZES.items():
                for fmt in export.IMAGE_FORMATS:
                    warm[kind, size, fmt] = median_seconds(
                        lambda fig=fig, fmt=fmt, width=width, height=height: export.render_figure(
                            fig, fmt=fmt, width=width, height=height, scale=1
                        ),
                        options["repeat"],
                        pause=IDLE_SECONDS,
                    )
                cells = "".join(f"{warm[kind, size, f]:>7.2f}" for f in export.IMAGE_FORMATS)
                self.stdout.write(f"  {kind:<9}{size} {width}x{height:<5}{cells}")

        width, height = SIZES["M"]
        back_to_back = median_seconds(
            lambda: export.render_figure(
                figures["timeline"], fmt="png", width=width, height=height, scale=1
            ),
            options["repeat"],
        )
        self.stdout.write(f"  timeline PNG at M back to back: {back_to_back:.2f}")

        png_m = warm["timeline", "M", "png"]
        ok = png_m < WARM_PNG_TARGET_SECONDS and cold < COLD_TARGET_SECONDS
        self.stdout.write(
            f"export: warm timeline PNG at M {png_m:.2f} s (target < {WARM_PNG_TARGET_SECONDS}),"
            f" cold {cold:.2f} s (target < {COLD_TARGET_SECONDS}): {'OK' if ok else 'SLOW'}"
        )

    def cold_export(self) -> float:
        env = {"DJANGO_SETTINGS_MODULE": "config.settings", **os.environ}
        out = subprocess.run(
            [sys.executable, "-c", COLD_SCRIPT],
            cwd=settings.BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        return float(out.stdout.strip().splitlines()[-1])
