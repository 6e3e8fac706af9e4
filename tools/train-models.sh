#!/usr/bin/env bash
# Retrains the shipped models (models/tagger.bin and models/parser.bin) from the Universal
# Dependencies data in ../shared, reproducibly: the same data and seed give byte-identical files.
#
# Training data: UD English EWT train and the CC BY subset of GUM train (licenses: see README,
# "Training data"); EWT dev picks the best epochs. The test splits are never read.
# Takes about 15 minutes on one idle core. Usage: tools/train-models.sh [OUTPUT_DIR] (default
# models). The binary is that of KGRAPH_BUILD_DIR (default build), which must be built.
set -euo pipefail
cd "$(dirname "$0")/.."

kgraph=${KGRAPH_BUILD_DIR:-build}/cli/kgraph
data=${KGRAPH_SHARED_DIR:-../shared}/data
out=${1:-models}
if [[ ! -x "$kgraph" ]]; then
  echo "train-models: $kgraph not found; build first (scripts/setup.sh)" >&2
  exit 1
fi
for file in "$data/ud-ewt/en_ewt-ud-train.conllu" "$data/ud-ewt/en_ewt-ud-dev.conllu" \
  "$data/ud-gum/cc-by/en_gum-ud-train.conllu"; do
  if [[ ! -f "$file" ]]; then
    echo "train-models: $file not found (the shared data must be beside the repository)" >&2
    exit 1
  fi
done

"$kgraph" train \
  --train "$data/ud-ewt/en_ewt-ud-train.conllu" \
  --train "$data/ud-gum/cc-by/en_gum-ud-train.conllu" \
  --dev "$data/ud-ewt/en_ewt-ud-dev.conllu" \
  -o "$out" --seed 1
