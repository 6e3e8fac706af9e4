#!/usr/bin/env bash
# Regenerates tests/golden/news_triples.tsv from the current build (run after an intended change
# in tokenizer, tagger or extractor; review `git diff tests/golden` before committing).
#
# It runs exactly what tests/cli/golden_test.cc compares: `kgraph extract --format tsv` over
# samples/news, from the repository root, so the document column reads samples/news/<file>.txt.
# The binary is taken from the build the tests run against: KGRAPH_BUILD_DIR (default build),
# which must already be built (scripts/setup.sh or cmake --build).
set -euo pipefail
cd "$(dirname "$0")/.."

kgraph=${KGRAPH_BUILD_DIR:-build}/cli/kgraph
if [[ ! -x "$kgraph" ]]; then
  echo "update-golden: $kgraph not found; build first (scripts/setup.sh)" >&2
  exit 1
fi

mkdir -p tests/golden
golden=tests/golden/news_triples.tsv
# Write to a temporary file first so a failing run never leaves a truncated golden file behind.
trap 'rm -f "$golden.tmp"' EXIT
"$kgraph" extract --format tsv samples/news >"$golden.tmp"
mv "$golden.tmp" "$golden"
echo "update-golden: wrote $golden ($(($(wc -l <"$golden") - 1)) triples) with $kgraph" >&2
