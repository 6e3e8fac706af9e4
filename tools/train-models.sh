#!/usr/bin/env bash
# Retrains the shipped models (models/tagger.bin, parser.bin, ner.bin and coref.bin) from the
# Universal Dependencies data in ../shared, reproducibly: the same data and seed give
# byte-identical files.
#
# Training data: UD English EWT train and the CC BY subset of GUM train (licenses: see README,
# "Training data"); EWT dev picks the best epochs of the tagger and parser. The named-entity
# recognizer learns from the Entity annotation of the CC BY GUM train only, tagged and parsed by
# the new tagger and parser, with CC BY GUM dev picking its best epoch; the pronoun ranker of
# coreference learns from the coreference annotation of the same CC BY GUM train, analysed by the
# new tagger, parser and recognizer (5 epochs). The test splits are never read. The tagger's network and the biaffine parser are trained by kgraph-train (which links
# libtorch) on two threads for 12 epochs each (about 45 minutes in all on two cores); the same
# data, seed and thread count give the same bytes.
#
# Usage: tools/train-models.sh [--ner-only] [OUTPUT_DIR] (default models). --ner-only retrains only
# the entity models, ner.bin and then coref.bin (which reads the recognizer's types), on the
# tagger and parser already in OUTPUT_DIR. The binaries are those of
# KGRAPH_BUILD_DIR (default build), which must be built.
set -euo pipefail
cd "$(dirname "$0")/.."

ner_only=false
if [[ "${1:-}" == "--ner-only" ]]; then
  ner_only=true
  shift
fi
kgraph=${KGRAPH_BUILD_DIR:-build}/cli/kgraph
kgraph_train=${KGRAPH_BUILD_DIR:-build}/cli/kgraph-train
data=${KGRAPH_SHARED_DIR:-../shared}/data
out=${1:-models}
for binary in "$kgraph" "$kgraph_train"; do
  if [[ ! -x "$binary" ]]; then
    echo "train-models: $binary not found; build first (scripts/setup.sh)" >&2
    exit 1
  fi
done
for file in "$data/ud-ewt/en_ewt-ud-train.conllu" "$data/ud-ewt/en_ewt-ud-dev.conllu" \
  "$data/ud-gum/cc-by/en_gum-ud-train.conllu" "$data/ud-gum/cc-by/en_gum-ud-dev.conllu"; do
  if [[ ! -f "$file" ]]; then
    echo "train-models: $file not found (the shared data must be beside the repository)" >&2
    exit 1
  fi
done

if [[ "$ner_only" == false ]]; then
  "$kgraph_train" train --parser biaffine --threads 2 --parser-iterations 12 --network-epochs 12 \
    --train "$data/ud-ewt/en_ewt-ud-train.conllu" \
    --train "$data/ud-gum/cc-by/en_gum-ud-train.conllu" \
    --dev "$data/ud-ewt/en_ewt-ud-dev.conllu" \
    -o "$out" --seed 1
fi

"$kgraph" train-ner \
  --models "$out" \
  --train "$data/ud-gum/cc-by/en_gum-ud-train.conllu" \
  --dev "$data/ud-gum/cc-by/en_gum-ud-dev.conllu" \
  -o "$out/ner.bin" --seed 1

"$kgraph" train-coref \
  --models "$out" \
  --train "$data/ud-gum/cc-by/en_gum-ud-train.conllu" \
  -o "$out/coref.bin" --seed 1
