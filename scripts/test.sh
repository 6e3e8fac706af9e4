#!/usr/bin/env bash
# Quick start (b): set everything up, then run the whole test suite (unit, golden, round-trip,
# bad-input and real-tool checks: xmllint, dot, networkx, the jsonld processor and oxigraph).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# The JSON-LD and SPARQL checks run the reference tools from npm, pinned by package-lock.json.
(cd tests/tools && npm ci --no-audit --no-fund --loglevel=error >&2)
if [[ ! -d ../shared/data ]]; then
  echo "test: ../shared/data is missing: tests that need UD EWT, GUM or CaRB will be SKIPPED" >&2
fi
cd "${KGRAPH_BUILD_DIR:-build}"
ctest --output-on-failure -j "$(nproc)"
