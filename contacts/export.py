"""Figures to PNG/SVG/PDF, and contacts to the records of the export_contacts schema."""
from __future__ import annotations

import asyncio
import atexit
import concurrent.futures
import contextlib
import copy
import csv
import datetime as dt
import functools
import html
import io
import itertools
import json
import logging
import os
import re
import threading
import time
from collections import defaultdict
from collections.abc import Coroutine, Hashable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import networkx as nx
import plotly.graph_objects as go
from django.db.models import Prefetch, QuerySet

from contacts.models import Contact, Medium, Office, Participation, Source, offices_on

if TYPE_CHECKING:
    import kaleido

T = TypeVar("T")

# ---------------------------------------------------------------------------------------------
# Data: contacts -> records (the schema of ../shared/corpus/README.md, plus sources).
# Tests and other tools rely on this format: keep it stable.
# ---------------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "id",
    "medium",
    "date",
    "date_from",
    "date_to",
    "duration_minutes",
    "initiator",
    "participants",
    "countries",
    "roles",
    "sources",
    "evidence",
)


def contacts_for_export(contacts: QuerySet[Contact]) -> QuerySet[Contact]:
    """`contacts` with everything contact_records reads, in a constant number of queries."""
    return contacts.prefetch_related(
        Prefetch(
            "participations",
            queryset=Participation.objects.select_related("person").order_by("person__name"),
        ),
        Prefetch(
            "sources", queryset=Source.objects.select_related("article").order_by(
                "article__published_on", "article__outlet", "pk"
            )
        ),
    ).order_by("date_from", "date_to", "pk")


def contact_records(contacts: Iterable[Contact]) -> list[dict]:
    """One dict per contact: participants with the country and role held on the contact's day."""
    contacts = list(contacts)
    person_ids = {p.person_id for c in contacts for p in c.participations.all()}
    offices: dict[int, list[Office]] = defaultdict(list)
    for office in Office.objects.filter(person_id__in=person_ids):
        offices[office.person_id].append(office)
    records = []
    for contact in contacts:
        participants = []
        initiator = None
        for participation in contact.participations.all():
            person = participation.person
            office = offices_on(offices[person.pk], contact.date_from)
            participants.append(
                {
                    "name": person.name,
                    "slug": person.slug,
                    "country": office.country_id if office else person.country_id,
                    "role": office.role if office else None,
                }
            )
            if participation.is_initiator:
                initiator = person.name
        exact = contact.date_from == contact.date_to
        records.append(
            {
                "id": contact.pk,
                "participants": participants,
                "medium": contact.medium,
                "date": contact.date_from.isoformat() if exact else None,
                "date_from": None if exact else contact.date_from.isoformat(),
                "date_to": None if exact else contact.date_to.isoformat(),
                "duration_minutes": contact.duration_minutes,
                "initiator": initiator,
                "sources": [
                    {
                        "url": s.article.url,
                        "outlet": s.article.outlet,
                        "title": s.article.title,
                        "published": s.article.published_on.isoformat(),
                        "evidence": s.evidence,
                    }
                    for s in contact.sources.all()
                ],
            }
        )
    return records


def records_json(records: list[dict]) -> str:
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def records_csv(records: list[dict]) -> str:
    """One row per contact; lists joined with " | " so a spreadsheet shows one cell each."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for r in records:
        writer.writerow(
            {
                "id": r["id"],
                "medium": r["medium"],
                "date": r["date"] or "",
                "date_from": r["date_from"] or "",
                "date_to": r["date_to"] or "",
                "duration_minutes": r["duration_minutes"] or "",
                "initiator": r["initiator"] or "",
                "participants": " | ".join(p["name"] for p in r["participants"]),
                "countries": " | ".join(p["country"] or "" for p in r["participants"]),
                "roles": " | ".join(p["role"] or "" for p in r["participants"]),
                "sources": " | ".join(
                    f'{s["outlet"]}, {s["published"]}: {s["url"] or s["title"]}'
                    for s in r["sources"]
                ),
                "evidence": " | ".join(s["evidence"] for s in r["sources"]),
            }
        )
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# Images: Plotly figures -> PNG/SVG/PDF through Kaleido and Debian's Chromium (issue 4).
# ---------------------------------------------------------------------------------------------

IMAGE_FORMATS = ("png", "svg", "pdf")
# The whole export, a browser start included (2-5 s), stays well inside a worker's timeout
# (gunicorn's default is 30 s), so a stuck browser costs one 503, never a killed worker.
TIME_LIMIT_SECONDS = 15.0
# Kaleido reloads its tab after every image; a reload costs the next image ~0.1-0.15 s of
# plotly.js warming up again (bench_export). Plotly.toImage draws each image into a new element
# and purges it, so one page serves many images: reload only every so many, to bound what a
# long-lived page gathers. A failed image throws the whole browser away (ImageRenderer._run).
RELOAD_EVERY = 50
# Drawn once after the browser starts, so the first export finds plotly.js warmed up.
WARM_UP_FIGURE = {
    "data": [{"type": "scatter", "x": ["2026-01-01", "2026-02-01"], "y": [0, 1],
              "mode": "markers", "name": "Phone call"}],
    "layout": {"title": {"text": "warm-up", "subtitle": {"text": "warm-up"}},
               "annotations": [{"text": "warm-up", "showarrow": False}]},
}
INSTALL_HINT = "Install Chromium on the server: apt-get install chromium"

_logger = logging.getLogger(__name__)


class ExportError(Exception):
    """An image could not be made; the message is fit to show to the analyst."""


class ExportUnavailable(ExportError):
    """No browser to render with."""


class ExportTimeout(ExportError):
    """The export did not finish within its time limit."""


class ImageRenderer:
    """One headless Chromium, driven by Kaleido on a private event-loop thread.

    Kaleido's own sync server (`kaleido.start_sync_server`) hands results back through one
    shared queue with no time limit, so after a timed-out call the next caller would receive
    the late image, and a browser that fails to start leaves every caller waiting forever.
    Here each call has its own future, a lock serialises calls (one tab; the browser is not
    thread-safe), and a timed-out or broken browser is thrown away and restarted on next use.
    """

    def __init__(self, *, browser_path: str | None = None) -> None:
        self.browser_path = browser_path
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._kaleido: kaleido.Kaleido | None = None
        self.start_seconds: float | None = None  # how long the last browser start took

    @property
    def is_running(self) -> bool:
        return self._kaleido is not None

    def render(
        self,
        fig: go.Figure | dict,
        *,
        fmt: str,
        width: int,
        height: int,
        scale: float,
        time_limit: float | None = None,
    ) -> bytes:
        time_limit = TIME_LIMIT_SECONDS if time_limit is None else time_limit
        if fmt not in IMAGE_FORMATS:
            raise ValueError(f"format must be one of {', '.join(IMAGE_FORMATS)}, not {fmt!r}")
        deadline = time.monotonic() + time_limit
        # Waiting behind other exports counts against the limit: a queue of slow exports must
        # not hold a worker longer than one would.
        if not self._lock.acquire(timeout=time_limit):
            raise ExportTimeout("The export server is busy; try again in a moment.")
        try:
            if self._kaleido is None:
                self._start(deadline=deadline)
            opts = {"format": fmt, "width": width, "height": height, "scale": scale}
            return self._run(self._kaleido.calc_fig(fig, opts), deadline=deadline)
        finally:
            self._lock.release()

    def warm_up(self) -> None:
        """Start the browser now, if it is not running, so the first export is not cold."""
        if not self._lock.acquire(timeout=TIME_LIMIT_SECONDS):
            return
        try:
            if self._kaleido is None:
                deadline = time.monotonic() + TIME_LIMIT_SECONDS
                self._start(deadline=deadline)
                opts = {"format": "png", "width": 400, "height": 300, "scale": 1}
                self._run(self._kaleido.calc_fig(WARM_UP_FIGURE, opts), deadline=deadline)
        except ExportError as e:
            _logger.warning("image export browser did not start: %s", e)
        finally:
            self._lock.release()

    def stop(self, *, timeout: float = 15.0) -> None:
        """Close the browser, waiting up to `timeout` (it starts again on the next render)."""
        if self._lock.acquire(timeout=timeout):
            try:
                self._discard(wait=timeout)
            finally:
                self._lock.release()

    def _start(self, *, deadline: float) -> None:
        # Kaleido and choreographer log every render at INFO; keep them to warnings unless the
        # settings' LOGGING says otherwise.
        for name in ("kaleido", "choreographer", "logistro"):
            if logging.getLogger(name).level == logging.NOTSET:
                logging.getLogger(name).setLevel(logging.WARNING)
        loop = asyncio.new_event_loop()
        loop.set_exception_handler(_log_loop_exception)
        threading.Thread(target=loop.run_forever, name="kaleido", daemon=True).start()
        self._loop = loop
        started = time.monotonic()
        try:
            self._kaleido = self._run(self._open(), deadline=deadline)
        except ExportTimeout:
            raise
        except Exception as e:  # noqa: BLE001 - whatever stops the browser, the answer is 503
            self._discard()
            from kaleido.errors import ChromeNotFoundError

            if isinstance(e, ChromeNotFoundError | FileNotFoundError):
                raise ExportUnavailable(f"Image export needs Chromium. {INSTALL_HINT}") from e
            raise ExportUnavailable(f"Chromium could not start ({e}). {INSTALL_HINT}") from e
        self.start_seconds = time.monotonic() - started
        _logger.info("Kaleido browser started in %.1f s", self.start_seconds)

    async def _open(self) -> kaleido.Kaleido:
        # mathjax=False: otherwise the page loads MathJax from a CDN and, offline, about one
        # export in 25 stalls for 5 s. Plotly.js itself comes from the plotly package.
        k = _kaleido_class()(n=1, mathjax=False, timeout=None, path=self.browser_path)
        await k.open()
        return k

    def _run(self, coro: Coroutine[Any, Any, T], *, deadline: float) -> T:
        from choreographer.channels import ChannelClosedError
        from kaleido.errors import BrowserClosedError, KaleidoError

        assert self._loop is not None
        future = asyncio.run_coroutine_threadsafe(coro, self._loop)
        try:
            return future.result(timeout=max(0.0, deadline - time.monotonic()))
        except concurrent.futures.TimeoutError:
            future.cancel()
            # The tab may still be busy with this figure: start afresh next time.
            self._discard()
            raise ExportTimeout(
                "The image took too long to make; try a smaller size or a narrower selection."
            ) from None
        except (KaleidoError, ChannelClosedError, BrowserClosedError) as e:
            # A crashed or confused browser: the next export starts a new one.
            self._discard()
            raise ExportError(f"The image could not be made: {e}") from e

    def _discard(self, *, wait: float = 0.0) -> None:
        """Close the browser and its loop in the background, or wait up to `wait` seconds."""
        loop, k = self._loop, self._kaleido
        self._loop = self._kaleido = None
        if loop is None:
            return

        async def close() -> None:
            try:
                if k is not None:
                    await asyncio.wait_for(k.close(), timeout=10)
            except Exception:  # noqa: BLE001 - a wedged browser is killed with its process
                _logger.warning("Kaleido browser did not close cleanly", exc_info=True)
            finally:
                loop.call_soon(loop.stop)

        closing = asyncio.run_coroutine_threadsafe(close(), loop)
        if wait:
            with contextlib.suppress(concurrent.futures.TimeoutError):
                closing.result(timeout=wait)

    def _forget_after_fork(self) -> None:
        # The child has neither the loop thread nor the browser, and the lock may have been
        # held at fork time: start from nothing (the browser starts on first use).
        self._lock = threading.Lock()
        self._loop = self._kaleido = None


@functools.cache
def _kaleido_class() -> type[kaleido.Kaleido]:
    import kaleido  # 0.3 s to import: only processes that make images pay for it

    class Kaleido(kaleido.Kaleido):
        """Kaleido that reloads its tab every RELOAD_EVERY images, not after each, and hands
        the image back before, not after, that reload.

        Kaleido 1.5 reloads the tab after each image (plotly.js is parsed again, ~0.3 s, and
        the next image draws with cold JavaScript) and only then returns the image. Here the
        occasional reload runs while the caller sends its response; the next render waits for
        the reloaded tab.
        """

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.reloads: set[asyncio.Task] = set()
            self.images = 0

        async def _return_kaleido_tab(self, tab: Any) -> None:
            self.images += 1
            if self.images % RELOAD_EVERY:
                await self.tabs_ready.put(tab)  # Kaleido's own queue of idle tabs
                return
            reload = asyncio.create_task(super()._return_kaleido_tab(tab))
            self.reloads.add(reload)
            reload.add_done_callback(self._reloaded)

        def _reloaded(self, reload: asyncio.Task) -> None:
            self.reloads.discard(reload)
            if not reload.cancelled() and (e := reload.exception()):
                # The tab is lost: the next render times out and the browser is restarted.
                _logger.warning("Kaleido tab reload failed: %r", e)

    return Kaleido


def _log_loop_exception(loop: asyncio.AbstractEventLoop, context: dict) -> None:
    # Cancelled renders leave Kaleido's inner tasks failing after we stopped waiting for them.
    _logger.debug("kaleido loop: %s", context.get("message"), exc_info=context.get("exception"))


_renderer = ImageRenderer()
os.register_at_fork(after_in_child=_renderer._forget_after_fork)
# Close Chromium before the interpreter goes, or its profile directory outlives the cleanup.
atexit.register(_renderer.stop, timeout=5.0)


def warm_up_in_background() -> None:
    """Start this process's browser on a thread, e.g. from gunicorn's post_fork hook."""
    threading.Thread(target=_renderer.warm_up, name="kaleido-warm-up", daemon=True).start()


def render_figure(
    fig: go.Figure | dict, *, fmt: str, width: int, height: int, scale: float
) -> bytes:
    """`fig` as PNG, SVG or PDF bytes, made by this process's browser (started on first use).

    Raises ExportTimeout past TIME_LIMIT_SECONDS and ExportUnavailable without Chromium.
    """
    return _renderer.render(fig, fmt=fmt, width=width, height=height, scale=scale)


def sources_note(*, article_count: int, outlets: Sequence[str], shown: int = 3) -> str:
    """'Sources: 12 articles from Agerpres, Digi24, …' (outlets in the order given)."""
    if not article_count:
        return "Sources: no articles"
    noun = "article" if article_count == 1 else "articles"
    names = list(dict.fromkeys(outlets))
    listed = ", ".join(names[:shown]) + (", …" if len(names) > shown else "")
    return f"Sources: {article_count:,} {noun} from {listed}" if listed else (
        f"Sources: {article_count:,} {noun}"
    )


def decorate_for_print(
    fig: go.Figure | dict,
    *,
    title: str,
    period: str,
    sources_note: str,
    made_on: dt.date,
    media: Mapping[str, str] | None = None,
) -> go.Figure:
    """A copy of `fig` that stands on its own in print.

    Adds the title, the period under it, a legend of the media (unless the figure hides its
    legend), and a footnote with the sources and the date made. `media` maps a medium's label
    to its colour, for figures whose traces do not already name every medium.
    """
    spec = print_spec(
        fig, title=title, period=period, sources_note=sources_note, made_on=made_on, media=media
    )
    return go.Figure(spec, _validate=False)


def print_spec(
    fig: go.Figure | dict,
    *,
    title: str,
    period: str,
    sources_note: str,
    made_on: dt.date,
    media: Mapping[str, str] | None = None,
) -> dict:
    """decorate_for_print's figure as the dict render_figure takes as it is.

    Works on dicts: Plotly's update_layout validated every key path and cost a third of a
    warm export, and a Figure is turned into a dict again by Kaleido (bench_export).
    """
    spec = fig.to_dict() if isinstance(fig, go.Figure) else copy.deepcopy(fig)
    data: list[dict] = spec.setdefault("data", [])
    layout: dict = spec.setdefault("layout", {})
    if media:
        named = {t.get("name") for t in data if t.get("showlegend") is not False}
        for label, colour in media.items():
            if label not in named:
                data.append(
                    {
                        "type": "scatter",
                        "x": [None],
                        "y": [None],
                        "mode": "lines",
                        "line": {"color": colour, "width": 4},
                        "name": label,
                        "showlegend": True,
                        "hoverinfo": "skip",
                    }
                )
    margin = layout.get("margin", {})
    top = max(margin.get("t") or 0, 110)
    bottom = max(margin.get("b") or 0, 90)
    left = margin["l"] if margin.get("l") is not None else 80
    right = max(margin["r"] if margin.get("r") is not None else 80, 40)  # room for a marker
    layout["title"] = {
        **layout.get("title", {}),
        "text": _plotly_text(title),
        "font": {**layout.get("title", {}).get("font", {}), "size": 18},
        "subtitle": {"text": _plotly_text(period), "font": {"size": 13}},
        "x": 0,
        "xref": "paper",
        "xanchor": "left",
        "y": 0.98,
        "yref": "container",
        "yanchor": "top",
    }
    layout["margin"] = {**margin, "t": top, "b": bottom, "l": left, "r": right}
    layout["paper_bgcolor"] = "white"
    # A figure that hides its legend (the network: its traces are not media) keeps it hidden,
    # and one whose traces are not media (contacts per week) gets no "Medium" over them.
    if layout.get("showlegend") is not False:
        by_medium = any(t.get("name") in Medium.labels for t in data)
        layout["showlegend"] = True
        layout["legend"] = {
            **layout.get("legend", {}),
            "title": {"text": "Medium" if by_medium else ""},
            "orientation": "h",
            "x": 1,
            "xanchor": "right",
            "y": 1.02,
            "yanchor": "bottom",
        }
    layout.setdefault("annotations", []).append(
        {
            "text": _plotly_text(f"{sources_note} · Made on {made_on.isoformat()}"),
            "xref": "paper",
            "yref": "paper",
            "x": 0,
            "y": 0,
            "xanchor": "left",
            "yanchor": "bottom",
            "yshift": -bottom + 6,
            "showarrow": False,
            "align": "left",
            "font": {"size": 11, "color": "#444"},
            "name": "footnote",
        }
    )
    return spec


def _plotly_text(text: str) -> str:
    # Plotly reads a subset of HTML in text; names from the data must not become markup.
    return html.escape(text, quote=False)


def export_filename(
    kind: str,
    start: dt.date | None,
    end: dt.date | None,
    countries: Iterable[str],
    ext: str,
) -> str:
    """`contacts-timeline-2026-03-01_2026-03-31-RU-IR.png`: the selection, safe as a name."""
    parts = ["contacts", _slug(kind)]
    if start or end:
        parts.append(
            f"{start.isoformat() if start else 'start'}_{end.isoformat() if end else 'end'}"
        )
    codes = list(dict.fromkeys(c.upper() for c in countries if re.fullmatch(r"[A-Za-z]{2,4}", c)))
    parts += codes[:8]
    if len(codes) > 8:
        parts.append(f"and-{len(codes) - 8}-more")
    return "-".join(parts) + "." + _slug(ext)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


# ---------------------------------------------------------------------------------------------
# Graph files: the selection as GEXF or GraphML for Gephi (issue 4). Both formats take only
# flat scalar attributes, so media counts are one attribute per medium and dates ISO strings.
# ---------------------------------------------------------------------------------------------


def gephi_graph(
    contacts: Iterable[Any],
    *,
    min_pair: int = 1,
    group_of: Mapping[int, Hashable] | None = None,
    node_attributes: Mapping[Hashable, Mapping[str, Any]] | None = None,
) -> nx.Graph:
    """Pairs of the contacts (`graph.ContactRecord`s) with weight, media counts, first, last.

    Pairs with fewer than `min_pair` contacts are dropped, as on the dashboard; `group_of`
    then merges people into groups (their countries), dropping contacts within a group.
    Nodes get `node_attributes`, plus their number of contacts and first and last contact.
    """
    edges: dict[tuple[int, int], dict[str, Any]] = {}
    for c in contacts:
        for u, v in itertools.combinations(sorted(c.person_ids), 2):
            _count(edges.setdefault((u, v), _new_pair()), c.id, c.medium, c.date_from, c.date_to)
    kept = {pair: e for pair, e in edges.items() if e["weight"] >= min_pair}
    if group_of is not None:
        grouped: dict[tuple[Hashable, Hashable], dict[str, Any]] = {}
        for (u, v), e in kept.items():
            gu, gv = group_of.get(u) or "?", group_of.get(v) or "?"
            if gu == gv:
                continue
            g = grouped.setdefault((gu, gv) if str(gu) < str(gv) else (gv, gu), _new_pair())
            g["contacts"] |= e["contacts"]
            for medium, ids in e["media"].items():
                g["media"].setdefault(medium, set()).update(ids)
            g["first"] = min(g["first"] or e["first"], e["first"])
            g["last"] = max(g["last"] or e["last"], e["last"])
        for g in grouped.values():
            g["weight"] = len(g["contacts"])
        kept = grouped  # type: ignore[assignment]

    G = nx.Graph()
    node_contacts: dict[Hashable, set[int]] = defaultdict(set)
    node_first: dict[Hashable, dt.date] = {}
    node_last: dict[Hashable, dt.date] = {}
    for (u, v), e in sorted(kept.items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1]))):
        attributes = {"weight": e["weight"]}
        for medium in Medium.values:
            attributes[f"media_{medium}"] = len(e["media"].get(medium, ()))
        attributes["first"] = e["first"].isoformat()
        attributes["last"] = e["last"].isoformat()
        G.add_edge(u, v, **attributes)
        for n in (u, v):
            node_contacts[n] |= e["contacts"]
            node_first[n] = min(node_first.get(n, e["first"]), e["first"])
            node_last[n] = max(node_last.get(n, e["last"]), e["last"])
    for n in G.nodes:
        G.nodes[n].update(
            {k: ("" if v is None else v) for k, v in (node_attributes or {}).get(n, {}).items()}
        )
        G.nodes[n].update(
            contacts=len(node_contacts[n]),
            first=node_first[n].isoformat(),
            last=node_last[n].isoformat(),
        )
    return G


def _new_pair() -> dict[str, Any]:
    return {"weight": 0, "contacts": set(), "media": {}, "first": None, "last": None}


def _count(e: dict[str, Any], contact_id: int, medium: str, start: dt.date, end: dt.date) -> None:
    e["weight"] += 1
    e["contacts"].add(contact_id)
    e["media"].setdefault(medium, set()).add(contact_id)
    e["first"] = min(e["first"] or start, start)
    e["last"] = max(e["last"] or end, end)


def graph_gexf(G: nx.Graph) -> bytes:
    out = io.BytesIO()
    nx.write_gexf(G, out)
    return out.getvalue()


def graph_graphml(G: nx.Graph) -> bytes:
    out = io.BytesIO()
    nx.write_graphml(G, out)
    return out.getvalue()
