# noticeqa: `make run` sets up and starts the app; `make test` sets up and runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.txt | sha1sum | cut -c1-12)

.PHONY: run test setup index browser office bench eval clean

run: setup
	$(BIN)/python app.py ingest
	$(BIN)/python app.py

test: setup browser office
	$(BIN)/python -m pytest -q -p no:cacheprovider -n auto --dist worksteal --durations=25

setup: $(STAMP)

$(STAMP): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check torch==2.13.0
	$(BIN)/pip install -q --disable-pip-version-check -r requirements.txt
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

index: setup
	$(BIN)/python app.py ingest

# Browser tests need Debian's chromium and CJK fonts (Playwright cannot download a browser here).
browser:
	@if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi 'noto.*cjk'; then \
		echo "installing chromium and fonts-noto-cjk for the browser tests"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	fi

# .doc/.wps tests need LibreOffice headless (Debian's libreoffice-writer-nogui; ~30 s to install).
office:
	@if ! command -v soffice >/dev/null 2>&1; then \
		echo "installing libreoffice-writer-nogui for the .doc/.wps tests"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui >/dev/null; \
	fi

bench: setup
	$(BIN)/python bench/bench_core.py

eval: setup
	$(BIN)/python app.py eval --out eval/runs/latest

clean:
	rm -rf data .cache eval/runs bench/results
