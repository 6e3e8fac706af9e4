#!/usr/bin/env bash
# Refits the clause extractor's confidence weights on CaRB dev and writes them into
# extractors/clause_confidence.cc (between the "kWeights" line and its closing "};"), then prints
# the scores. Run it after any change to the extractor, its features or the models, rebuild, and
# commit the new weights with the change; tests/cli/carb_command_test.cc checks they are current.
set -euo pipefail
cd "$(dirname "$0")/.."

kgraph=${KGRAPH_BUILD_DIR:-build}/cli/kgraph
carb=${KGRAPH_SHARED_DIR:-../shared}/data/carb
if [[ ! -x "$kgraph" ]]; then
  echo "fit-clause-confidence: $kgraph not found; build first (scripts/setup.sh)" >&2
  exit 1
fi
if [[ ! -f "$carb/gold/dev.tsv" ]]; then
  echo "fit-clause-confidence: CaRB dev not found at $carb" >&2
  exit 1
fi

report=$(mktemp)
trap 'rm -f "$report" extractors/clause_confidence.cc.tmp' EXIT
"$kgraph" train-confidence "$carb/gold/dev.tsv" --sentences "$carb/dev.txt" >"$report"
grep -v '^ \|^constexpr\|^};' "$report" >&2
# Replace the old initializer by the new one, through a temporary file.
awk -v report="$report" '
  /^constexpr ClauseWeights kWeights = \{/ {
    while ((getline line < report) > 0) {
      if (line ~ /^constexpr ClauseWeights kWeights/) copying = 1
      if (copying) print line
      if (copying && line ~ /^};/) break
    }
    skipping = 1
    next
  }
  skipping && /^};/ { skipping = 0; next }
  !skipping { print }
' extractors/clause_confidence.cc >extractors/clause_confidence.cc.tmp
mv extractors/clause_confidence.cc.tmp extractors/clause_confidence.cc
clang-format -i extractors/clause_confidence.cc
echo "fit-clause-confidence: wrote the weights into extractors/clause_confidence.cc; rebuild" >&2
