# Two commands for a fresh clone: `make run` and `make test`. Each sets up .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_DIR ?= .demo-school
DEMO_PASSPHRASE := demo school

.PHONY: run test bench soak lint screenshots translations package clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	@if [ ! -e "$(DEMO_DIR)/keys.json" ]; then \
		echo "Creating the demo school in $(DEMO_DIR) (passphrase: $(DEMO_PASSPHRASE))"; \
		LINKBOOK_PASSPHRASE="$(DEMO_PASSPHRASE)" $(VENV)/bin/linkbook demo --data-dir "$(DEMO_DIR)"; \
	fi
	$(VENV)/bin/linkbook --data-dir "$(DEMO_DIR)"

test: $(STAMP)
	bash tests/setup-system.sh
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider -n 2 --dist loadfile

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench

# The long soak (tests/soak/): 1,000 SIGKILLs, 10,000 sync schedules, server restarts; counts in docs/soak.md.
soak: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.soak $(SOAK_ARGS)

# Settings for each tool are in pyproject.toml; the import-circle check comes last so the others report too.
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	$(VENV)/bin/vulture
	$(PY) -m tests.check_import_cycles

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m desktop.ui.screenshots docs/screenshots

# The languages the app speaks besides English: Welsh (all of it), and the ten home languages (what a
# family sees; desktop/ui/family/languages.py). `python -m tests.translation_gaps` lists what waits.
LANGUAGES := cy pl ur pa bn so ar gu pt ta ro

# Refresh the .ts sources from the code (keeping what is translated; a new language's file is made),
# then compile them to .qm.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none $$(find desktop/ui -name '*.py' | sort) \
		-ts $(foreach lang,$(LANGUAGES),resources/translations/linkbook_$(lang).ts)
	for ts in resources/translations/linkbook_*.ts; do \
		$(VENV)/bin/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; done

# The Linux one-folder bundle, its tar.gz and the .deb, in dist/ (see installer/README.md).
package: $(STAMP)
	$(PY) installer/build.py --dist dist --work build

clean:
	rm -rf $(VENV) build dist *.egg-info
