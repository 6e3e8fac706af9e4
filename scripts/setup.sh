#!/usr/bin/env bash
# Installs kgraph's build and run dependencies from Debian packages (when any is missing) and
# builds kgraph in Release mode into build/. Safe to run again: it only does what is missing.
#
# Environment: KGRAPH_BUILD_DIR (default build), CI=true turns warnings into errors.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config
  libboost-graph-dev rapidjson-dev libxml2-dev libxml2-utils
  libgraphviz-dev graphviz libcli11-dev libutf8proc-dev zlib1g-dev
  libgtest-dev libgmock-dev
  libtorch-dev libblas-dev libopenblas0-openmp
  python3 python3-networkx nodejs npm
)

missing=()
for package in "${packages[@]}"; do
  # A Node.js from elsewhere (NodeSource's nodejs bundles npm and conflicts with Debian's npm
  # package) already provides what the npm package would.
  [[ "$package" == npm ]] && command -v npm >/dev/null && continue
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

build_dir=${KGRAPH_BUILD_DIR:-build}
werror=OFF
[[ "${CI:-}" == "true" ]] && werror=ON
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKGRAPH_WERROR="$werror" >&2
cmake --build "$build_dir" -j "$(nproc)" >&2
