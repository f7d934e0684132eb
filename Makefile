# Lab Humas Digital — the one entry point.
#   make lab    install (first time) and open JupyterLab on the course
#   make test   install (first time) and run the whole test suite
#   make e2e    JupyterLab in headless Chromium (installs Debian's chromium if missing)
#   make demo   the instructor's job, headless: generate, autograde samples, grades, feedback
#   make periksa  self-study: grade your own exercise notebooks (no answers shown)
#   make data   regenerate the synthetic datasets (byte for byte)
#   make bench  benchmarks, each against a baseline measured in the same run
#   make lint   ruff
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.humas-installed
E2E_STAMP := $(VENV)/.humas-e2e-installed

.PHONY: lab demo test e2e lint periksa bench data clean-generated

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

lab: $(STAMP)
	$(BIN)/humas-lab lab $(LAB_ARGS)

demo: $(STAMP)
	$(BIN)/humas-lab demo

periksa: $(STAMP)
	$(BIN)/humas-lab periksa $(NOTEBOOK)

test: $(STAMP)
	$(BIN)/python -m pytest

# Browser tests: Debian's Chromium (no `playwright install`), the e2e extra, then
# only the tests marked e2e. Screenshots go to test-artifacts/e2e/.
$(E2E_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,e2e]"
	@touch $(E2E_STAMP)

e2e: $(E2E_STAMP)
	@command -v chromium >/dev/null || { \
	    echo "Chromium belum terpasang: memasang paket Debian 'chromium' ..."; \
	    SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	    $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }
	$(BIN)/python -m pytest tests/e2e -m e2e \
	    --screenshot=only-on-failure --output=test-artifacts/e2e/failures $(E2E_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check humas graders tests benchmarks datasets exercises/nbgrader_config.py nbgrader_config.py

data: $(STAMP)
	$(BIN)/python datasets/generate.py

clean-generated:
	rm -rf exercises/release exercises/submitted exercises/autograded exercises/feedback \
	       exercises/sanitasi exercises/gradebook.db exercises/grades.csv

bench: $(STAMP)
	cd benchmarks && for b in bench_*.py; do ../$(BIN)/python $$b || exit 1; done
