# Two commands for a newcomer:  make build  and  make test
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
OUT    ?= kg-out

.PHONY: install build test bench eval clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "kg needs Python 3.11 or newer"'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

install: $(STAMP)

build: install
	$(VENV)/bin/kg build corpora/ -o $(OUT)
	@echo "outputs in $(OUT)/: store/ graph.ttl graph.trig graph.jsonld graph.html"
	@echo "try: $(VENV)/bin/kg query --saved who-restricts-whom --store $(OUT)"

test: install
	$(PY) -m pytest -q

eval: install
	$(PY) ../shared/eval/score.py ../shared/eval/geo-dev.jsonl --cmd "$(VENV)/bin/kg extract {dir} --format jsonl"

bench: install
	$(PY) benchmarks/bench_build.py

clean:
	rm -rf $(OUT) .pytest_cache
