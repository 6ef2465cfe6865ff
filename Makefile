# Leader contacts: `make run` to try it, `make test` to check it. `make help` lists the rest.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help run test lint migrations-check bench eval serve-prod

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-18s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

run: $(VENV)/.installed ## Install, migrate, load fixtures and the seed, serve on 127.0.0.1:$(PORT)
	$(PY) manage.py migrate --noinput --verbosity 0
	$(PY) manage.py load_reference_data
	$(PY) manage.py load_seeds
	$(PY) manage.py create_editor
	DJANGO_DEBUG=1 DJANGO_PUBLIC_DASHBOARD=1 $(PY) manage.py runserver 127.0.0.1:$(PORT)

test: $(VENV)/.installed-dev ## Run the whole test suite (browser tests included)
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(PY) -m pytest

lint: $(VENV)/.installed-dev ## ruff and a check that models and migrations agree
	$(VENV)/bin/ruff check .
	$(PY) manage.py makemigrations --check --dry-run

migrations-check: $(VENV)/.installed ## Fail when a model change has no migration
	$(PY) manage.py makemigrations --check --dry-run

bench: $(VENV)/.installed-dev ## Print speed figures (dashboard, export, extraction)
	$(PY) manage.py bench_dashboard
	$(PY) manage.py bench_export
	$(PY) manage.py bench_extraction

serve-prod: $(VENV)/.installed ## Serve with gunicorn (config/gunicorn.py: each worker starts its export browser early)
	$(PY) manage.py migrate --noinput --verbosity 0
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(VENV)/bin/gunicorn -c config/gunicorn.py

eval: $(VENV)/.installed ## Score the contact extractor on ../shared/corpus/dev.jsonl and tests/data/heldout*/
	$(PY) manage.py eval_extraction
