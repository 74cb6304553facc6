# The two commands: `make run` and `make test`. Both need only Python 3.11 and make.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000

.PHONY: run test worker beat lint migrate seed messages clean bench screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

migrate: $(VENV)/.runtime
	$(BIN)/python manage.py migrate --noinput

seed: migrate
	$(BIN)/python manage.py seed_demo

run: seed
	$(BIN)/python manage.py runserver $(HOST)

test: $(VENV)/.dev
	$(BIN)/python -m pytest $(PYTEST_ARGS)

worker: $(VENV)/.runtime
	$(BIN)/celery -A aula worker --loglevel=INFO

beat: $(VENV)/.runtime
	$(BIN)/celery -A aula beat --loglevel=INFO --schedule=$(VENV)/celerybeat-schedule

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Needs GNU gettext (xgettext, msgfmt); the compiled catalogs are committed.
messages: $(VENV)/.runtime
	$(BIN)/python manage.py makemessages --no-obsolete --ignore=.venv -l pt_BR -l en
	$(BIN)/python manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles

# Performance harness (bench/README.md), not part of `make test`: runs every script in
# bench/ (pages.py only through load.py; common.py and certificates_settings.py are
# modules, not scripts), stops at a failure. PostgreSQL and Redis on this
# machine unless DATABASE_URL, CELERY_BROKER_URL and BENCH_CACHE_URL say otherwise (as in CI);
# each script makes and drops a database of its own. bench/prepare.sh installs wrk if missing.
BENCH_SCRIPTS = $(filter-out bench/common.py bench/pages.py bench/certificates_settings.py,$(wildcard bench/*.py))
bench: $(VENV)/.dev
	@bench/prepare.sh
	@set -e; \
	export DATABASE_URL="$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/aula}"; \
	export CELERY_BROKER_URL="$${CELERY_BROKER_URL:-redis://127.0.0.1:6379/0}"; \
	export BENCH_CACHE_URL="$${BENCH_CACHE_URL:-redis://127.0.0.1:6379/1}"; \
	for script in $(BENCH_SCRIPTS); do echo "== $$script"; $(BIN)/python $$script; done

# The main learner pages at 360 and 1280 px into docs/screenshots/ (needs Chromium and
# pdftoppm, as CI installs them): a throw-away demo database, served and walked through.
screenshots: $(VENV)/.dev
	$(BIN)/python docs/screenshots/render.py
