VENV ?= .venv
PY := $(VENV)/bin/python
SHARED ?= ../shared

.PHONY: install test lint bench model gazetteer clean

install:
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# the CPU build of torch first, so no dependency resolution reaches for a CUDA one
	$(PY) -m pip install -q "torch==2.13.0" || $(PY) -m pip install -q "torch>=2.3,<=2.13.0" --index-url https://download.pytorch.org/whl/cpu
	$(PY) -m pip install -q -e ".[dev]"

test:
	$(PY) -m pytest -q

lint:
	$(VENV)/bin/ruff check qawl tests training benchmarks
	$(VENV)/bin/ruff format --check qawl tests training benchmarks

bench:
	$(PY) -m pip install -q -e ".[bench]"
	$(PY) benchmarks/run.py --shared $(SHARED)

# The bundled NER tagger (ft2) from ../shared, offline, about 2 hours on one thread (knobs: see
# training/build_model.sh; RECIPE=v2 or VECTORS=train need gensim: pip install -e ".[train]").
model:
	PY="$(PY)" bash training/build_model.sh $(SHARED)

gazetteer:
	$(PY) -m pip install -q -e ".[gazetteer-build]"
	$(PY) training/build_gazetteer.py --shared $(SHARED)

clean:
	rm -rf build dist *.egg-info .pytest_cache
