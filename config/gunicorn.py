"""gunicorn settings: `.venv/bin/gunicorn -c config/gunicorn.py` (what `make serve-prod` runs)."""

import os

wsgi_app = "config.wsgi"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
# An image export answers 503 after contacts.export.TIME_LIMIT_SECONDS (15 s), well inside
# this, so a stuck browser never gets a worker killed.
timeout = 30
accesslog = "-"


def post_worker_init(worker) -> None:
    """Start the worker's Chromium in the background once Django is set up, so the first
    image export does not wait for the browser to launch (issue 4).

    Not in AppConfig.ready: management commands and tests must not start a browser.
    """
    if os.environ.get("DJANGO_EXPORT_WARM_UP", "1") != "0":
        from django.urls import resolve

        from contacts import export

        export.warm_up_in_background()
        # Load the URLconf, and with it every view module (Plotly, NetworkX, NumPy), now
        # rather than in the worker's first request.
        resolve("/")
